"""What differs between an article sentence and the primary sentence(s) it aligns with.

Each check returns strings ``"<kind>: <detail>"`` where kind is one of
``number``, ``date``, ``actor``, ``modality``, ``hedging``, ``stronger``, ``weaker``, ``quote``.
All checks are rule-based and linear in the length of the sentences.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..nlp.dates import resolve_date

from .lexical import names, words

NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion trillion dozen dozens hundreds thousands millions half""".split())
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
week weekend month year""".split())
HEDGES = frozenset("""may might could possibly reportedly allegedly apparently perhaps likely unlikely suggest suggests
suggesting suggested seem seems appear appears appeared unconfirmed rumoured rumored purportedly""".split())
STRONG = frozenset("""must demand demanded demands insist insisted insists condemn condemned condemns never always certainly
definitely guarantee guaranteed vow vowed vows warn warned warns ultimatum absolutely undoubtedly""".split())
WEAK = frozenset("""should ask asked asks urge urged urges hope hoped hopes consider considered considers discuss discussed""".split())
NEGATIONS = frozenset("""not no never neither nor none without n't cannot""".split())
_PLANNED = re.compile(r"\b(will|shall|plans? to|planned to|intends? to|intended to|is set to|are set to|going to|expected to|to be held|would)\b", re.I)
_NUMBER = re.compile(r"\d[\d,.]*")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,}?)[\"”]")
_PERSON_TITLE = re.compile(
    r"\b(?:President|Prime Minister|Minister|Secretary|Chancellor|Ambassador|General|Spokesperson|Spokesman|Foreign Minister)"
    r"\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


def _numbers(text: str) -> set[str]:
    nums = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}
    return nums | {w for w in words(text) if w in NUMBER_WORDS}


def _dates(text: str) -> set[str]:
    return {w for w in words(text) if w in MONTHS or w in DAY_WORDS} | {n for n in _numbers(text) if re.fullmatch(r"(19|20)\d\d", n)}


def _fuzzy_in(name: str, text: str, threshold: float = 82.0) -> bool:
    return fuzz.partial_ratio(name.lower(), text.lower()) >= threshold


def _same_day(sentence: str, evidence: list[str], article_date: str | None,
              evidence_dates: list[str | None] | None) -> bool | None:
    """Whether the day the sentence names is a day the evidence names, each resolved against its own
    publication date; None when either side cannot be resolved."""
    if not article_date or not evidence_dates:
        return None
    mine = resolve_date(sentence, article_date)
    theirs = {resolve_date(e, d) for e, d in zip(evidence, evidence_dates) if d} - {None}
    if not mine or not theirs:
        return None
    return mine in theirs


def differences(sentence: str, evidence: list[str], *, article_date: str | None = None,
                evidence_dates: list[str | None] | None = None) -> list[str]:
    """Differences between ``sentence`` and the concatenated ``evidence`` sentences (empty list: none found).

    With publication dates, relative day words are compared as the days they resolve to."""
    src = " ".join(evidence)
    src_words = set(words(src))
    own_words = set(words(sentence))
    out: list[str] = []

    dates_a, dates_s = _dates(sentence), _dates(src)
    nums_a = _numbers(sentence) - dates_a
    nums_s = _numbers(src) - dates_s
    if nums_a - nums_s:
        out.append("number: " + ", ".join(sorted(nums_a - nums_s)) + " not in the source")
    if dates_a - dates_s and dates_s and not _same_day(sentence, evidence, article_date, evidence_dates):
        out.append("date: " + ", ".join(sorted(dates_a - dates_s)) + " where the source has " + ", ".join(sorted(dates_s)))

    # Actor: a titled person in the article whose name the source does not contain (transliterations tolerated).
    for m in _PERSON_TITLE.finditer(sentence):
        person = m.group(1)
        surname = person.split()[-1]
        if not _fuzzy_in(surname, src) and names(src):
            out.append(f"actor: {person} is not named in the source")

    neg_a, neg_s = bool(own_words & NEGATIONS), bool(src_words & NEGATIONS)
    if neg_a != neg_s:
        out.append("modality: " + ("negated in the article, not in the source" if neg_a else "negated in the source, not in the article"))
    plan_a, plan_s = bool(_PLANNED.search(sentence)), bool(_PLANNED.search(src))
    if plan_s and not plan_a:
        out.append("modality: planned or conditional in the source, stated as done in the article")
    elif plan_a and not plan_s:
        out.append("modality: stated as planned or conditional in the article, not in the source")

    hedge_a, hedge_s = own_words & HEDGES, src_words & HEDGES
    if hedge_a - hedge_s:
        out.append("hedging: the article adds " + ", ".join(sorted(hedge_a - hedge_s)))
    elif hedge_s - hedge_a:
        out.append("hedging: the article drops " + ", ".join(sorted(hedge_s - hedge_a)))
    strong_a, strong_s = own_words & STRONG, src_words & STRONG
    if strong_a - strong_s:
        out.append("stronger: the article says " + ", ".join(sorted(strong_a - strong_s)))
    elif strong_s - strong_a and own_words & WEAK:
        out.append("weaker: the source says " + ", ".join(sorted(strong_s - strong_a)))

    for q in _QUOTED.findall(sentence):
        if fuzz.partial_ratio(q.lower(), src.lower()) < 90:
            out.append(f"quote: the words in quotes ({q[:60]!r}) are not in the source")
    return out


def name_variants(article: str, source: str, threshold: float = 85.0) -> list[tuple[str, str]]:
    """Pairs (article spelling, source spelling) of name words that differ but fold to (nearly) the same key.

    Uses the knowledge base's transliteration folding (Dmitry/Dmytro, Anthony/Antony); pairs where one
    word merely extends the other (Russia/Russian, State/States) are derivations, not variants.
    """
    from ..kb.fold import fold_token

    src_tokens = {t for n in names(source) for t in n.replace(".", " ").split() if len(t) > 3}
    folded = {t: fold_token(t) for t in src_tokens}
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n in names(article):
        for t in n.split():
            if len(t) <= 3 or t in src_tokens or t in seen:
                continue
            key = fold_token(t)
            for s_tok, s_key in folded.items():
                low_t, low_s = t.lower(), s_tok.lower()
                if low_t.startswith(low_s) or low_s.startswith(low_t) or t[0].lower() != s_tok[0].lower():
                    continue
                if key == s_key or fuzz.ratio(key, s_key) >= threshold:
                    out.append((t, s_tok))
                    seen.add(t)
                    break
    return out
