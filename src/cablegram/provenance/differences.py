"""What differs between an article sentence and the primary sentence(s) it aligns with.

:func:`find_changes` returns :class:`Change` records, each with a kind, a short detail
("$41 billion vs $40.1 billion") and the character span of the changed words in the article
sentence. Kinds (the codebook's change kinds):

- ``number``: a figure not in the evidence (values compared, so "40,000" = "40 thousand");
- ``date``: a day or month not in the evidence (relative days resolved against publication dates);
- ``duration``: the time scope changed ("for as long as it takes" → "for two more years");
- ``modality``: planned, agreed-to or conditional in the evidence, stated as done (or the reverse),
  or negation added/dropped;
- ``actor``: someone else does it (a subject swap, or a titled person the evidence does not name;
  a spokesperson or other source of the statement is attribution, not an actor change);
- ``quote``: words in quote marks that the evidence does not contain;
- ``strength``: a stronger or weaker speech verb ("underscored" vs "noted", "demanded" vs "urged");
- ``event_type``: a call reported as a meeting or visit, or the reverse;
- ``hedging``: a hedge added or dropped ("reportedly", "possible") — recorded, never altering by itself.

``ALTERING`` lists the kinds that make a matched sentence *altered*. All checks are rules, linear in
the length of the sentences. Cross-lingual evidence (``same_language=False``) is checked only for
what survives translation: numbers, dates, durations and names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from ..nlp.dates import resolve_date
from .expressions import Expression, closest, duration_days, expressions, same_date, same_duration, same_number
from . import vocabulary
from .lexical import STOPWORDS, content_stems, coverage, names, words
from .vocabulary import hedges, negations, possibility_modals, speech_strength

ALTERING = ("number", "date", "duration", "modality", "actor", "quote", "strength", "event_type")

_PLAN = re.compile(
    r"\b(?:will|shall|would|'ll|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|aims?\s+to|aimed\s+to|"
    r"agreed\s+to|agree\s+to|agreement\s+to|committed\s+to|commit\s+to|commitments?\s+to|intentions?\s+to|"
    r"pledged\s+to|promised\s+to|vowed\s+to|(?:is|are)\s+working\s+(?:with\s+(?:[\w’'-]+\s+){1,7}?)?to|"
    r"(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:planned|scheduled|foreseen|envisaged|slated|due)\s+(?:for|in|on|by|at)|"
    r"(?:is|are|was|were)\s+due\s+to(?=\s+(?!the\b|an?\b|its\b|their\b|his\b|her\b|this\b|that\b)[a-z]{3,}\b)|"
    r"set\s+to|expected\s+to|going\s+to|to\s+be\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|un|wn|lt|nt|ld)|are\s+to|is\s+to|in\s+the\s+(?:coming|next)\s+(?:days|weeks|months)|"
    r"next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|upcoming|forthcoming|proposed|"
    r"would\s+like\s+to|(?:stands?\s+|stood\s+)?ready\s+to|readiness\s+to|prepared\s+to|willing(?:ness)?\s+to)\b"
    r"|(?<!\w)(?:домовилися|домовились|договорились|договорилися|планують|планує|планируют|планирует|буде|будуть|будет|будут|"
    r"має намір|намерен\w*|наступних\s+(?:кількох\s+)?тижн\w*|найближчим\w*|ближайш\w+\s+недел\w*|майбутн\w+|предстоящ\w+)(?!\w)", re.I)
# Talked about, not settled: a discussion, options, progress or planning.
_DISCUSSED = re.compile(r"\b(?:discussed|discuss|talked about|explored|considered|considering|exchanged views|"
                        r"(?:particular\s+|special\s+)?attention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given)\s+to)\b|"
                        r"(?<!\w)(?:обговорили|обговорив|обсудили|обсудил|розглянули)(?!\w)|"
                        r"\b(?:possible|potential|opportunities|options|prospects|ways|means|progress|planning|preparations|"
                        r"efforts)\s+(?:to|for|of|on)\b", re.I)
_SETTLED = re.compile(r"(?<!\w)(?:домовил\w*|договор\w*|погодил\w*|підписал\w*|подписал\w*|ухвалил\w*)(?!\w)|"
                      r"\b(?:agreed|agree|agreement|decided|decision|signed|adopted|approved|completed|finalized|finalised|"
                      r"concluded|launched|(?:has|have)\s+(?:already\s+)?\w+ed)\b", re.I)
# Verbs that state an act as settled: reported where the source only stresses, supports or advances it,
# they turn a goal into a decision ("the allies adopted the initiative").
_SETTLED_ACT = re.compile(r"\b(?:agreed|decided|signed|adopted|approved|completed|finalized|finalised|concluded)\b", re.I)
_PLAN_VERB = re.compile(
    r"\b(?:will|shall|would|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|agreed\s+to|committed\s+to|pledged\s+to|"
    r"commitments?\s+to|intentions?\s+to|promised\s+to|set\s+to|expected\s+to|going\s+to|ready\s+to|readiness\s+to|prepared\s+to|willing(?:ness)?\s+to)\s+"
    r"(?:(?:\w+ly|also|then|soon|now|further|still|first|together)\s+)?(?:be\s+)?(?P<v>[a-z]+)"
    r"(?:\s+(?:to\s+)?(?P<v2>[a-z]+))?", re.I)
_ONGOING = frozenset("continue remain keep stand support maintain work stay coordinate be have help seek".split())
_ENCOUNTER_OBJECT = re.compile(r"\s+(?:a\s+|an\s+)?(?:(?:phone|telephone|video|virtual|bilateral)\s+)?"
                               r"(?:call|conversation|talks|meeting with|discussions?)\b", re.I)
# A planned step short of the act itself: a plan, a study, a draft ("will develop a plan for …", "agreed to explore …").
_PREPARATORY = frozenset("develop prepare draft draw explore study consider examine discuss assess review design".split())
# An act the source states as completed: reported as still to come, it is a modality change.
_COMPLETED = frozenset("signed adopted approved completed concluded finalized finalised launched established ratified".split())
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?\w+(?:ed|en|ent|eld|et|ade|ought|uilt)\b|"
                   r"\b(?:completed|finalized|finalised|concluded|signed|launched|opened|established|delivered|"
                   r"implemented|carried out|finished|began|started|held|sent|set up|agreed on|approved|adopted|created|"
                   r"announced)\b", re.I)
_IRREGULAR = {"send": "sent", "hold": "held", "meet": "met", "give": "gave", "make": "made", "begin": "began",
              "take": "took", "bring": "brought", "buy": "bought", "build": "built", "lead": "led", "speak": "spoke",
              "write": "wrote", "go": "went", "leave": "left", "sign": "signed", "set": "set", "lend": "lent",
              "spend": "spent", "sell": "sold", "seek": "sought", "put": "put", "pay": "paid", "shut": "shut"}
# Past participles that differ from the past tense ("have already begun training" for "is planned to begin").
_PARTICIPLE = {"begin": "begun", "give": "given", "take": "taken", "write": "written", "go": "gone", "speak": "spoken",
               "undertake": "undertaken", "draw": "drawn", "grow": "grown", "show": "shown", "choose": "chosen"}
# A passive plan: "a facility … to be launched in 2027", "talks to be convened": its participle is the planned act.
# A passive plan ("to be deployed", "will be deployed"): its participle in an article with no plan word tells it done.
_PASSIVE_PLAN = re.compile(r"\b(?:to|will|shall|would)\s+be\s+(?:\w+ly\s+)?(?P<p>[a-z]{3,}(?:ed|en|un|wn|lt|nt|ld))\b", re.I)
_CALL = re.compile(r"\b(?:call|phone|phoned|telephone|spoke|video ?conference|videolink|virtual(?:ly)?|"
                   r"розмов\w*|телефон\w*|разговор\w*)\b", re.I)
# A month or weekday name (capitalised): a time, never a place ("in September", "at talks in Geneva in May").
_CALENDAR_WORD = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
                  r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "hosted by Switzerland" names a third party's event, not the encounter of the readout's parties.
_MEETING = re.compile(r"\b(?:met|meeting|visit|visited|visiting|trip|in person|hosted(?!\s+by\b)|talks in|travell?ed to|"
                      # talks held at a named place ("held talks with Holt in Velm")
                      rf"talks\s+with\s+(?:[\w’'-]+\s+){{1,6}}?in\s+(?!{_CALENDAR_WORD})(?-i:[A-Z])[\w’'-]+|"
                      r"travell?ing to|travels to|fl(?:ew|ies|ying|own) to|arrived in|went to|"
                      # a trip told in other words: "headed to the Ostrian capital", "journeyed to Velm", "visits",
                      # "was in Velm for talks", "face-to-face", "in-person"
                      r"visits|in-person|face[ -]to[ -]face|sat down with|arriv(?:es|ing) in|landed in|"
                      r"(?:head(?:ed|s|ing)|journey(?:ed|s|ing)?) (?:to|for) (?:the\s+)?(?-i:[A-Z])[\w’'-]*|"
                      r"in\s+(?-i:[A-Z])[\w’'-]+\s+for\s+(?:talks|discussions|consultations)|"
                      r"зустр\w*|визит\w*|візит\w*|встреч\w*)\b", re.I)
_QUOTED = re.compile(r"[\"“«]([^\"”»]{3,}?)[\"”»]")
_TITLE = (r"(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|Secretary of State|Secretary|"
          r"Chancellor|Ambassador|General|Envoy|Special Envoy|Commissioner|Chairman|Chair|Premier)")
_PERSON_TITLE = re.compile(rf"\b{_TITLE}\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")
_ATTRIBUTION_PERSON = re.compile(
    r"\b(?:spokes(?:person|man|woman)|press secretary|spokes(?:person|man|woman) for [\w\s]+?|deputy spokesperson|"
    r"according to|told|said|says|wrote|posted)\s*,?\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)|"
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),\s+(?:a|the)\s+[\w\s]*spokes", re.I)
# a lower-case word: "Reyes", "Ahmed" are names, not verbs
_SUBJECT_VERB = re.compile(r"\b(?:[a-z]\w*(?:ed|es)|met|spoke|said|told|held|gave|made|thanked|welcomed|will|shall)\b")
_ALIASES = {"us": "usa", "u s": "usa", "united states": "usa", "america": "usa", "washington": "usa", "american": "usa",
            "uk": "gbr", "britain": "gbr", "united kingdom": "gbr", "london": "gbr", "british": "gbr",
            "russia": "rus", "moscow": "rus", "kremlin": "rus", "russian": "rus",
            "ukraine": "ukr", "kyiv": "ukr", "kiev": "ukr", "ukrainian": "ukr"}


@dataclass(frozen=True)
class Change:
    """One difference: its kind, a short detail, and the changed words' [start, end) in the article sentence."""

    kind: str
    detail: str
    start: int | None = None
    end: int | None = None
    source_text: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


def _canon(name: str) -> str:
    """A comparable key for a name: a country alias code, else the folded last word."""
    from ..kb.fold import fold_token

    low = re.sub(r"[.’']", " ", name.lower()).strip()
    low = re.sub(r"^the\s+", "", " ".join(low.split()))
    if low in _ALIASES:
        return _ALIASES[low]
    return fold_token(name.split()[-1]) if name.split() else ""


def name_in(name: str, text: str) -> bool:
    """Whether ``name``'s last word appears in ``text`` (fuzzy, across scripts through the KB's name folding)."""
    key = _canon(name)
    if key in _ALIASES.values():
        return any(_ALIASES.get(w) == key for w in words(text)) or any(_ALIASES.get(" ".join(p)) == key
                                                                       for p in zip(words(text), words(text)[1:]))
    tokens = _folded_tokens(text)
    last = name.split()[-1] if name.split() else ""
    if "-" in last and key not in tokens:  # a double surname ("Okonjo-Lindkvist"): the text's words are its halves
        if name_in(last.replace("-", ""), text):
            return True  # a syllable-joined given name written with a hyphen ("Li-ren" for "Liren")
        return all(name_in(part, text) for part in last.split("-") if len(part) >= 3)
    return key in tokens or any(len(t) >= 4 and (fuzz.ratio(key, t) >= 85 or _loose(key) == _loose(t)
                                                 or same_sound(key, t)) for t in tokens)


def _loose(key: str) -> str:
    """A folded surname with the Russian "-yov"/"-ev" ending made one ("zhuravliiv" and "zhuravlev": Zhuravlyov,
    Zhuravlev), for names of six letters or more."""
    return re.sub(r"iiv$", "ev", key) if len(key) >= 6 else key


@lru_cache(maxsize=16)
def _folded_tokens(text: str) -> frozenset[str]:
    """Folded name keys of the words of ``text`` (cached: the same source text is asked about for every sentence)."""
    from ..kb.fold import fold_token

    return frozenset(fold_token(w) for w in re.findall(r"[^\W\d_]{3,}", text))


# A speech verb just before a day: the day of the statement ("the embassy said on Thursday it was …").
_SAID_ON = re.compile(r"\b(?:said|says|announced|stated|confirmed|reported|told\s+\w+)\s+(?:in\s+an?\s+(?:\w+\s+)?"
                      r"(?:statement|release|post|briefing|communiqu[ée]|note)\s+)?(?:on\s+)?$", re.I)


def _same_day_told(sentence: str, d: Expression, theirs: list[Expression], known: set[str], article_date: str | None,
                   evidence_dates: list[str | None] | None) -> bool:
    """Whether the article's date ``d`` is a day the source gives (``known``: the evidence's days resolved) or one
    that cannot be compared with it."""
    if any(same_date(d.key, t.key) for t in theirs):
        return True
    if d.key[0] == "rel" and not article_date and all(t.key[0] != "rel" for t in theirs):
        return True  # the article's own "today" with no date of its own against a stated day: no day to compare
    # an absolute day resolves without the article's date ("on 14 March 2024" for a readout of that day's "today")
    said_on = _SAID_ON.search(sentence[: d.start]) is not None and any(evidence_dates or ())
    day = resolve_date(d.text if d.key[0] != "rel" else f"on {d.text}", article_date) if known or said_on else None
    if day and day in known:
        return True
    if day and day in (evidence_dates or ()) and said_on:
        return True  # "said on Thursday" for a statement published that Thursday: the day it was made
    return _month_of_known_day(d, known)  # "spoke … in May" for the readout's "today" of 14 May: less precise


def _readout_own_day(d: Expression, context: str, article_date: str | None,
                     evidence_dates: list[str | None] | None) -> bool:
    """Whether the article's relative day ``d`` ("on Tuesday") is the day the whole source tells its own event on
    ("this morning summoned the ambassador", "spoke today"): that word resolved against the source's publication date
    is the day ``d`` resolves to against the article's. The evidence sentence may carry another date about something
    else ("the statements made on 15 February"), which ``d`` is not compared with."""
    issued = {e for e in evidence_dates or () if e}
    if d.key[0] != "rel" or not article_date or len(issued) != 1 or not context:
        return False
    day = resolve_date(f"on {d.text}", article_date)
    if day is None:
        return False
    offsets = vocabulary.relative_day_offsets()
    told = {offsets[m.group(0).lower()] for m in _relative_day_phrase().finditer(context)}
    anchor = date.fromisoformat(next(iter(issued))[:10])
    return any((anchor + timedelta(days=n)).isoformat() == day for n in told)


@lru_cache(maxsize=1)
def _relative_day_phrase() -> re.Pattern:
    """Any phrase of :func:`.vocabulary.relative_day_offsets` as whole words."""
    alternation = "|".join(re.escape(w) for w in sorted(vocabulary.relative_day_offsets(), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.I)


def _dates_changes(sentence: str, evidence: list[str], mine: list[Expression], theirs: list[Expression],
                   article_date: str | None, evidence_dates: list[str | None] | None, context: str = "") -> list[Change]:
    if not theirs:
        return (_month_vs_period(sentence, evidence, mine, article_date, evidence_dates)
                or _month_for_vague_plan(sentence, " ".join(evidence), mine))
    if _unanchored(theirs, evidence_dates):
        return []  # the source's "today" with no date of its own: no day to compare "on Thursday" with
    known = _evidence_days(evidence, evidence_dates or [None] * len(evidence))
    out = []
    for d in mine:
        if (_same_day_told(sentence, d, theirs, known, article_date, evidence_dates)
                or _readout_own_day(d, context, article_date, evidence_dates)):
            continue
        other = next((t for t in theirs if (t.key[0] == "rel") == (d.key[0] == "rel")), theirs[0])
        out.append(Change("date", f"{d.text} vs {other.text}", d.start, d.end, other.text))
    return out


# A time the source leaves vague: a season, "before the end of the year", "later this year", "in the coming months".
_VAGUE_PERIOD = re.compile(r"\b(?:in|during|by|over)\s+the\s+(?:spring|summer|autumn|fall|winter)\b|"
                           r"\b(?:this|next|later\s+this)\s+(?:spring|summer|autumn|fall|winter)\b|"
                           r"\b(?:before|by|until)\s+the\s+end\s+of\s+(?:the|this)\s+year\b|\blater\s+this\s+year\b|"
                           r"\bin\s+the\s+(?:coming|next)\s+(?:few\s+)?months\b|"
                           # a season of the weather or the year's work ("before the rainy season", "ahead of the harvest")
                           r"\b(?:before|by|until|ahead\s+of|during|in)\s+the\s+(?:(?:rainy|dry|monsoon|lean|hurricane|"
                           r"cyclone|heating|planting|harvest|sowing|winter|summer)\s+season|rains|monsoon|harvest)\b", re.I)
# A deadline or limit before a time ("before the roads close in June", "by March"): the time is the one that counts.
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|ahead\s+of)\b[^,;.]*$", re.I)
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())


def _month_for_vague_plan(sentence: str, src: str, mine: list[Expression]) -> list[Change]:
    """A bare month the article gives a plan ("agreed to open talks in September", "will meet in March") where the
    source names no month, only a vaguer time (:data:`_VAGUE_PERIOD`: "in the autumn", "before the end of the year"):
    a date the source never gave (``date``); December for the end of the year is the deadline's own month."""
    vague, plan = _VAGUE_PERIOD.search(src), _PLAN.search(sentence)
    if not vague or set(re.findall(r"[a-z]+", src.lower())) & _MONTH_NAMES:
        return []
    year_end = "end" in vague.group(0).lower()
    for d in mine:
        timed = (plan is not None and d.start > plan.start()) or _DEADLINE_BEFORE.search(sentence[: d.start]) is not None
        if len(d.key) == 3 and isinstance(d.key[0], int) and not d.key[1] and not d.key[2] and timed:
            if year_end and d.key[0] == 12:
                continue  # "in December" for "before the end of the year": the deadline's own month
            return [Change("date", f"{d.text.rstrip('.')} vs {vague.group(0)}", d.start, d.end, vague.group(0))]
    return []


def _unanchored(theirs: list[Expression], evidence_dates: list[str | None] | None) -> bool:
    """Whether every date the evidence names is relative ("today", "yesterday", "on Thursday") and no evidence
    sentence has a publication date to resolve them against."""
    return all(t.key[0] == "rel" for t in theirs) and not any(evidence_dates or [])


def _month_of_known_day(d: Expression, known: set[str]) -> bool:
    """Whether a date of the article with parts missing ("in May", "in May 2026", "on 6 May": no day or no year) fits
    a day the evidence names (ISO days, :func:`_evidence_days`) in every part it gives."""
    month, day, year = d.key if len(d.key) == 3 else (None, None, None)
    if not isinstance(month, int) or (day is not None and year is not None):
        return False
    return any(k[5:7] == f"{month:02d}" and (day is None or k[8:10] == f"{day:02d}")
               and (year is None or k[:4] == str(year)) for k in known if len(k) >= 10 or (day is None and len(k) >= 7))


def _evidence_days(evidence: list[str], evidence_dates: list[str | None]) -> set[str]:
    """The days (ISO) the evidence sentences name, each resolved against its sentence's publication date: every date of
    the sentence, relative ones ("today") included ("The Council today adopted a decision … until 30 November 2028"
    names its own day as well as the end date)."""
    known = set()
    for e, ed in zip(evidence, evidence_dates):
        known |= {_full_day(x) for x in expressions(e)[0]}  # "3 червня 2025 року": a day in full needs no anchor
        if not ed:
            continue
        known.add(resolve_date(e, ed))
        known |= {resolve_date(f"on {x.text}" if x.key[0] == "rel" else x.text, ed) for x in expressions(e)[0]}
    return known - {None}


def _full_day(x: Expression) -> str | None:
    """The ISO day of a date given with its day, month and year (in any language the date patterns read), else None."""
    if len(x.key) == 3 and all(isinstance(k, int) for k in x.key):
        month, day, year = x.key
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_PERIOD_PART = re.compile(r"\b(?P<p>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<u>half|quarter)\s+of\s+"
                          r"(?:the\s+)?(?P<y>\d{4}|(?:this|next|the)\s+year)\b", re.I)


def _period_part_changes(sentence: str, src: str) -> list[Change]:
    """Another half or quarter of the same year ("the second half of 2027" for "the first half of 2027"): ``date``."""
    theirs = {(m.group("u").lower(), m.group("y").lower()): m.group("p").lower() for m in _PERIOD_PART.finditer(src)}
    for m in _PERIOD_PART.finditer(sentence):
        other = theirs.get((m.group("u").lower(), m.group("y").lower()))
        if other and other != m.group("p").lower():
            return [Change("date", f"{m.group(0)} vs the {other} {m.group('u').lower()}", m.start(), m.end(), other)]
    return []


_REL_PERIOD = re.compile(r"\b(?P<w>next|this|later this|(?:before|by|until) the end of (?:the|this)) (?P<u>year|month)\b", re.I)


def _month_vs_period(sentence: str, evidence: list[str], mine: list[Expression], article_date: str | None,
                     evidence_dates: list[str | None] | None) -> list[Change]:
    """A month named in the article where the source only gives a relative period ("in May" for "next year",
    published in May): a date change when the month, taken in the article's year (not before its month), falls
    outside the period the source's date makes of it."""
    src = " ".join(evidence)
    rel = _REL_PERIOD.search(src)
    ev_date = next((d for d in evidence_dates or [] if d), None)
    if not rel or not article_date or not ev_date:
        return []
    a_year, a_month = int(article_date[:4]), int(article_date[5:7])
    s_year, s_month = int(ev_date[:4]), int(ev_date[5:7])
    nxt = rel.group("w").lower() == "next"
    planned = _PLAN.search(sentence) is not None
    for d in mine:
        month, year = (d.key[0], d.key[2]) if len(d.key) == 3 and isinstance(d.key[0], int) else (None, None)
        if not month or year or (month < a_month and not planned):
            continue  # only a bare month of the article's year, or of the next one in a plan ("agreed to meet in January")
        m_year = a_year + (1 if month < a_month else 0)
        if rel.group("u").lower() == "year":
            ok = m_year == s_year + (1 if nxt else 0)
        else:
            ok = (m_year * 12 + month) == (s_year * 12 + s_month + (1 if nxt else 0))
        if not ok:
            return [Change("date", f"{d.text.rstrip('.')} vs {rel.group(0)}", d.start, d.end, rel.group(0))]
    return []


_PAST_REF = re.compile(r"\b(?:last|previous|past)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|\b(?:earlier|ago|"
                       r"previously|since|already|former|formerly)\b", re.I)
# ", in March," / ", in the spring of 2025,": a date set off by commas
_DATE_ASIDE = re.compile(r",\s+(?:in|on|during|by)\s+(?:(?:the|early|late|mid-?)\s+)?(?:\w+\s+){0,2}\w*\d*\w*\s*,", re.I)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|has|have)\b|\b[a-z]{3,}ed\b", re.I)
_ENCOUNTER_ACT = re.compile(r"\b(?:spoke|speak|call|called|phoned|conversation|talks|talked|met|meet|meeting|visit|visited|"
                            r"hosted|received|welcomed)\b", re.I)


def earlier_event(sentence: str, evidence: list[str], evidence_dates: list[str | None] | None) -> str | None:
    """The date of an earlier event the sentence tells as background ("The factory was first announced in
    September." against a readout of 29 November that plans the factory "next year"): a month or year before the
    source's own, in the sentence's first clause, told in the past tense with no plan, no encounter (a changed day
    of the readout's own call or meeting is a ``date`` change; a state lasting "since" then dates none), and an evidence that dates nothing in the past
    (no month or year, no "last month", "earlier", "since"). Returns the date's text, else None."""
    ev_date = next((d for d in evidence_dates or [] if d), None)
    if not ev_date or _dates_the_past(" ".join(evidence), ev_date):
        return None
    found = _earlier_date(sentence, int(ev_date[:4]), int(ev_date[5:7])) or _ago(sentence)
    # a state lasting "since April" dates no encounter: background even with an encounter verb ("has hosted the talks")
    if found and (_told_as_past(sentence) or re.search(rf"\bsince\s+{re.escape(found)}", sentence)):
        return found
    return None


# A time counted back from the report ("two years ago", "a decade ago"): an earlier event's, never the
# readout's own encounter (which is "today" or a weekday).
_AGO = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+(?:years?|decades?)"
                  r"\s+ago\b", re.I)


def _ago(sentence: str) -> str | None:
    """The counted-back time of :data:`_AGO` in the sentence, else None."""
    m = _AGO.search(sentence)
    return m.group(0) if m else None


def _told_as_past(sentence: str) -> bool:
    """Past tense, no plan and no encounter (see :func:`earlier_event`)."""
    return not (_ENCOUNTER_ACT.search(sentence) or _PLAN_VERB.search(sentence)) and _PAST_TENSE.search(sentence) is not None


def _dates_the_past(src: str, own_date: str) -> bool:
    """Whether ``src`` dates anything in the past: a month or year other than its own date ``own_date`` (ISO; "On 27
    November" in a readout of that day dates its encounter) and not in a later year ("in 2027"), "last month",
    "earlier", "since" …"""
    own = (int(own_date[5:7]), int(own_date[8:10]), int(own_date[:4])) if len(own_date) >= 10 else None
    planned = _PLAN.search(src) is not None  # a bare month of a plan is a coming one ("is planned to begin in January")
    return _PAST_REF.search(src) is not None or any(
        d.key[0] != "rel" and not (own and (same_date(d.key, own) or (d.key[2] or 0) > own[2]))
        and not (planned and d.key[2] is None) for d in expressions(src)[0])


def _earlier_date(sentence: str, year: int, month: int) -> str | None:
    """The first month or year in the sentence's first clause before ``year``/``month`` (a bare month in that year);
    a date set off by commas right after the subject ("The previous summit, in March, ended …") is the clause's."""
    first_clause_end = next((m.start() for m in _CLAUSE_EDGE.finditer(sentence)), len(sentence))
    aside = _DATE_ASIDE.match(sentence, first_clause_end)
    if aside:
        first_clause_end = aside.end()
    for d in expressions(sentence)[0]:
        if d.key[0] == "rel" or d.start > first_clause_end or (d.key[0] is None and d.key[2] is None):
            continue
        m, y = d.key[0], d.key[2] or year
        if (m is None and y < year) or (m is not None and y * 12 + m < year * 12 + month):
            return d.text.rstrip(".")
    return None


# Units of measure a figure may count in ("5,000 tonnes of grain", "40 km of road"): a figure of one never replaces a
# count of things or people ("400,000 people"), nor one of another measure.
# Units of time count too ("a two-day summit", "a 48-hour truce"): a length of time, never a count of things or people.
_MEASURES = frozenset("tonne ton kilogram kg kilometre kilometer km mile metre meter hectare litre liter barrel megawatt mw "
                      "gigawatt percent per % hour day week fortnight month year".split())
_MEASURE_SPELLING = {"ton": "tonne", "kilometer": "km", "kilometre": "km", "meter": "metre", "liter": "litre",
                     "percent": "%", "per": "%", "mw": "megawatt"}


def _measure(text: str, n: Expression) -> str:
    """The unit of measure right after the figure ("tonnes", "-gigawatt"; "per cent" as "%"), one spelling for each,
    "" for a count."""
    after = re.match(r"\s*-?\s*(%|[A-Za-z]+)", text[n.end:]) if text else None
    word = after.group(1).lower() if after else ""
    word = word[:-1] if len(word) > 3 and word.endswith("s") else word
    return _MEASURE_SPELLING.get(word, word) if word in _MEASURES else ""


_THINGS_AFTER = re.compile(r"\s+(?:more\s+|new\s+|additional\s+)?[a-z]{3,}")


def _money_and_things(text_a: str, a: Expression, text_b: str, b: Expression) -> bool:
    """Whether one figure is an amount of money and the other a count of things ("40 engineers", "300 transformers"):
    another quantity, never a changed figure of the same one."""
    def things(text: str, n: Expression) -> bool:
        return n.key[1] == "" and bool(_THINGS_AFTER.match(text, n.end))

    return (a.key[1] == "money" and things(text_b, b)) or (b.key[1] == "money" and things(text_a, a))


# Nouns that count the same people ("300 troops" for "300 soldiers"): a count of one of them for one of another is the
# same count.
_SAME_COUNTED = (frozenset("troops soldiers servicemen servicemembers personnel fighters forces".split()),
                 frozenset("people persons civilians residents inhabitants individuals villagers".split()),
                 frozenset("families households homes".split()))
_COUNTED_NOUNS = re.compile(r"\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)")


def _other_things_counted(text_a: str, a: Expression, text_b: str, b: Expression) -> bool:
    """Whether two counts count plainly different things ("two tugboats" and "four new gangways"): each
    figure is followed by lower-case nouns, no word is common to them, the article's last one is nowhere in the source
    sentence and the two are not words for the same people (:data:`_SAME_COUNTED`). Another quantity, never a changed
    figure of the same one."""
    if a.key[1] != "" or b.key[1] != "":
        return False
    mine, theirs = _COUNTED_NOUNS.match(text_a, a.end), _COUNTED_NOUNS.match(text_b, b.end)
    if mine is None or theirs is None:
        return False
    own = [w for w in mine.group(1).split() if w not in STOPWORDS]
    other = [w for w in theirs.group(1).split() if w not in STOPWORDS]
    if not own or not other or not own[-1].endswith("s") or not other[-1].endswith("s"):
        return False  # plural nouns only: "two of them", "three more", "2 and 3" are no counted things
    stems = {w[:5] for w in other}
    if any(w[:5] in stems for w in own) or own[-1][:5] in text_b.lower():
        return False
    return not any(own[-1] in group and other[-1] in group for group in _SAME_COUNTED)


def _number_changes(mine: list[Expression], theirs: list[Expression], sentence: str = "", src: str = "") -> list[Change]:
    """A figure that replaces one of the evidence's (of the same measure, or both counts: :func:`_measure`, when the
    texts are given). A figure with no counterpart in the evidence is new content (kind ``new figure``, not altering):
    the sentence adds a claim rather than changing one."""
    unmatched = [t for t in theirs if not any(same_number(m, t) for m in mine)]
    out = []
    for n in mine:
        if any(same_number(n, t) for t in theirs):
            continue
        unit = _measure(sentence, n)
        orig = closest(n, [t for t in unmatched if _measure(src, t) == unit and not _money_and_things(sentence, n, src, t)
                           and not _other_things_counted(sentence, n, src, t)]
                       if sentence and src else unmatched)
        if orig is None:
            out.append(Change("new figure", f"{n.text} not in the source", n.start, n.end))
        else:
            kind = "date" if _told_as_year(sentence, n) and _YEAR.fullmatch(orig.text.strip()) else "number"
            out.append(Change(kind, f"{n.text} vs {orig.text}", n.start, n.end, orig.text))  # a year: a date
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")
# A year, not a count: before a noun of a period ("the 2027–2028 term", "the 2031 games") or after a preposition of time
# or a dash of a range ("in 2031", "for the 2027–", "by 2030"); a count otherwise ("2030 police", "2000 children").
_YEAR_NOUN = re.compile(r"\s*(?:[–-]\s*(?:19|20)\d\d\s*)?(?:term|season|session|budget|census|elections?|games|olympics|"
                        r"cycle|plan|strategy|agenda|edition|summit)\b", re.I)
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|by|until|till|since|from|for|before|after|of|to|through|and)\s+(?:the\s+)?|[–-]\s*)$",
                          re.I)


def _told_as_year(sentence: str, n: Expression) -> bool:
    """Whether the figure ``n`` is a year (:data:`_YEAR_NOUN`, :data:`_YEAR_BEFORE`), not a count that looks like one."""
    if not _YEAR.fullmatch(n.text.strip()):
        return False
    if _YEAR_NOUN.match(sentence, n.end):
        return True
    return not _COUNTED.match(sentence, n.end) and bool(_YEAR_BEFORE.search(sentence[: n.start]))


# What a figure counts, right after it ("rose to 2030 soldiers", "a total of 2030 tents"): no year, whatever comes before.
_COUNTED = re.compile(r"\s+(?!(?:and|or|to|until|when|as|with|on|in|at|for|of|by)\b)[a-z]{3,}")


# The two ends of a range in the source: "between 200 and 300", "200 to 300" (not "from 200 to 300": a change of
# level, whose second figure is the new one).
_RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+")
_RANGE_OPEN = re.compile(r"\bbetween\s+$", re.I)
_RANGE_FROM = re.compile(r"\bfrom\s+$", re.I)


def _range_narrowed(mine: list[Expression], theirs: list[Expression], src: str) -> list[Change]:
    """A range of the source ("between 200 and 300 engineers", "200 to 300 engineers") told as one of its ends
    ("300 engineers"): a changed ``number`` (the article states as exact what the source gives as a span). A figure
    the article itself bounds or hedges ("up to 300", "some 300") keeps the range's meaning and is no change."""
    out = []
    for a, b in zip(theirs, theirs[1:]):
        join = _RANGE_JOIN.fullmatch(src, a.end, b.start)
        if join is None or a.key[1] != b.key[1] or a.key[0] >= b.key[0]:
            continue
        before = src[max(0, a.start - 12):a.start]
        opening = _RANGE_OPEN.search(before)
        if _RANGE_FROM.search(before) or (join.group(0).strip() == "and" and not opening):
            continue  # "from 200 to 300": a change of level; "18 carriers and 6 systems": a list
        low = [n for n in mine if same_number(n, a)]
        high = [n for n in mine if same_number(n, b)]
        if bool(low) == bool(high):
            continue  # both ends told (the range itself) or neither
        n = (low or high)[0]
        if n.approx:
            continue
        span = src[a.start - len(opening.group(0)) if opening else a.start:b.end]
        out.append(Change("number", f"{n.text} vs {span} (a range told as one of its ends)", n.start, n.end, span))
    return out


_FILLER = frozenset("of the a an and in on at to by from its their more than over".split())


def _content_after(text: str, at: int, n: int = 3) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text[at:].lower())[: n + 2] if w not in _FILLER][:n]


def _vague_made_figure(changes: list[Change], sentence: str, src: str) -> list[Change]:
    """A new figure counting what the source quantifies only vaguely ("increasing civilian deaths" → "killed
    hundreds of civilians") is a changed ``number``: the article turns an impression into a count. The figure's
    noun (the next content words) must share a stem with the words the vague quantity word qualifies."""
    vague = vocabulary.vague_quantities()
    if not vague or not any(c.kind == "new figure" for c in changes):
        return changes
    src_low = src.lower()
    qualified = [(m.group(0), _content_after(src_low, m.end())) for m in
                 re.finditer(r"\b(?:" + "|".join(re.escape(v) for v in vague) + r")\b", src_low)]
    out = []
    for c in changes:
        nouns = _content_after(sentence, c.end or 0) if c.kind == "new figure" else []
        hit = next((v for v, after in qualified if any(len(a) >= 4 and len(b) >= 4 and a[:5] == b[:5]
                                                      for a in nouns for b in after)), None)
        out.append(Change("number", f"{c.detail.split(' not in')[0]} vs \"{hit}\" (a vague quantity made a figure)",
                          c.start, c.end, hit) if hit else c)
    return out


_EXCLUSIVE = re.compile(r"\b(?:alone|solely|by itself|on (?:its|their) own)\b", re.I)
_GROUP = re.compile(r"\b(?P<head>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:and|together with|along with)\s+"
                    r"(?:its|their|other|her|his)\s+(?:[Aa]llies|[Pp]artners)(?:\s+and\s+[Pp]artners|\s+and\s+[Aa]llies)?")


def _group_narrowed(sentence: str, src: str) -> list[Change]:
    """"the United States and its Allies" in the source, "the United States alone" (or "the United States" in
    the same frame: the same next word) in the article: an ``actor`` change, the group narrowed to one member."""
    out = []
    for g in _GROUP.finditer(src):
        head = g.group("head")
        if not name_in(head, sentence) or re.search(r"\b(?:allies|allied|partners|coalition)\b", sentence, re.I):
            continue
        m = next((m for m in re.finditer(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}", sentence) if _canon(m.group(0)) == _canon(head)), None)
        if m is None:
            continue
        same_frame = _content_after(sentence, m.end(), 1) == _content_after(src, g.end(), 1)
        if _EXCLUSIVE.search(sentence[m.end():m.end() + 20]) or same_frame:
            out.append(Change("actor", f"{m.group(0)} vs {g.group(0)} (a group narrowed)", m.start(), m.end(), g.group(0)))
    return out


# Every side addressed ("calls on all parties to the conflict to …", "urged both sides to …") and one party addressed
# in the same call ("urged Dravia's army to …"): a group narrowed to one of its members.
_ALL_PARTIES = re.compile(r"\b(?:all|both)\s+(?:the\s+)?(?:parties|sides)\b", re.I)
_CALL_TO = (r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed)?|press(?:es|ed)|appeal(?:s|ed)?\s+to|"
            r"implor(?:e|es|ed))\s+")
_ONE_PARTY = re.compile(_CALL_TO + r"(?P<p>(?:the\s+)?[A-Z][\w’'-]+(?:’s|'s)?(?:\s+[A-Z][\w’'-]+)*(?:\s+(?:army|forces|"
                        r"government|authorities|side|troops|military|militias?|rebels))?)\s+to\b")


def _all_parties_narrowed(sentence: str, src: str) -> list[Change]:
    """All parties called on in the source (:data:`_ALL_PARTIES`), one named party called on in the article
    (:data:`_ONE_PARTY`): an ``actor`` change."""
    theirs = _ALL_PARTIES.search(src)
    if theirs is None or _ALL_PARTIES.search(sentence) or not re.search(_CALL_TO + r"(?:\w+\s+){0,2}?(?:all|both)\b", src, re.I):
        return []
    one = _ONE_PARTY.search(sentence)
    if one is None:
        return []
    return [Change("actor", f"{one.group('p')} vs {theirs.group(0)} (a group narrowed)", one.start("p"), one.end("p"),
                   theirs.group(0))]


def _duration_changes(mine: list[Expression], theirs: list[Expression]) -> list[Change]:
    """Time scopes of the article the evidence gives otherwise (lengths compared as days, :func:`.same_duration`). A
    deadline ("within a week") where the evidence has no time scope at all is new detail, not a changed one."""
    out = []
    for d in mine:
        if not theirs and d.text.lower().startswith("within"):
            continue
        counted = duration_days(d.text) is not None
        if any(same_duration(d, t) or (not (counted and duration_days(t.text)) and fuzz.ratio(d.key[0], t.key[0]) >= 85)
               for t in theirs):
            continue
        detail = f"{d.text} vs {theirs[0].text}" if theirs else f"{d.text} not in the source"
        out.append(Change("duration", detail, d.start, d.end, theirs[0].text if theirs else None))
    return out


def _new_duration_in_new_clause(sentence: str, src: str, change: Change) -> bool:
    """Whether a time scope the source lacks altogether stands in a clause the source mostly lacks ("…, which left the
    island without power for three weeks"): new material, not a changed scope."""
    if change.source_text is not None or change.start is None:
        return False
    at = re.compile(re.escape(sentence[change.start:change.end])).search(sentence, change.start)
    if at is None or not _span_in_new_clause(sentence, src, at):
        return False
    edges = [e for e in _CLAUSE_EDGE.finditer(sentence) if e.end() <= at.start()]
    clause = sentence[edges[-1].end() if edges else 0: at.start()]
    return bool(_CLAUSE_VERB.search(clause))  # a clause with a verb of its own, not "… and recovery for two more years"


_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|have|had|left|kept|took|made|cut|shut|lost|went)\b")


def _past_forms(verb: str) -> set[str]:
    v = verb.lower()
    forms = {v + "ed", v + "d", v[:-1] + "ied" if v.endswith("y") else v + "ed"}
    if len(v) > 2 and v[-1] not in "aeiouwy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
        forms.add(v + v[-1] + "ed")
    prefix = next((p for p in ("re", "over", "under") if v.startswith(p) and v[len(p):] in _IRREGULAR), "")
    if v[len(prefix):] in _IRREGULAR:  # "rebuild" → "rebuilt", as "build" → "built"
        forms.add(prefix + _IRREGULAR[v[len(prefix):]])
    if v in _PARTICIPLE:
        forms.add(_PARTICIPLE[v])
    return forms


_TIMING = re.compile(r"\bin the (?:coming|next)(?: several| few)? (?:days|weeks|months)\b|\bnext (?:week|month)\b|"
                     r"\b(?:before|by) the end of (?:the|this) (?:year|month|week)\b|"
                     r"наступних\s+(?:кількох\s+)?тижн|найближч|ближайш", re.I)
_NOW = frozenset({"now", "already", "currently"})
_GOAL = re.compile(r"\b(?:towards?|progress on|work on|aim of|goal of)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
                   r"(?P<n>\w+(?:ion|ment|ing))\s+of\b", re.I)


def _planned_verbs(src: str, plan_s: re.Match) -> list[str]:
    """The verbs the source plans: after each plan phrase ("will help", "agreed to convene"; an ongoing verb gives
    way to the next one), and those later in the first plan's clause ("agreed to instruct their ministries to
    prepare a meeting")."""
    verbs = [(m.group("v2") if m.group("v").lower() in _ONGOING and m.group("v2") else m.group("v")).lower()
             for m in _PLAN_VERB.finditer(src)]
    after = re.match(r"\s*([a-z]{3,})\b", src[plan_s.end():]) if plan_s.group(0).lower().endswith("to") else None
    verbs += [after.group(1).lower()] if after and after.group(1).lower() not in _ONGOING else []  # "working … to open"
    return verbs + [m.group(1).lower() for m in re.finditer(r"\bto\s+([a-z]{4,})\b", src[plan_s.end():plan_s.end() + 120])
                    if m.group(1).lower() not in _ONGOING]


def _ing_form(verb: str) -> str:
    v = verb.lower()
    return (v[:-1] if v.endswith("e") and not v.endswith("ee") else v) + "ing"


# Verbs of founding something: "agreed to establish a fund" is told as done by "have set up / created / founded" too,
# and a place set up by "have opened" ("to set up field kitchens" → "have opened field kitchens").
_FOUNDING = frozenset("establish create set found form launch".split())
_FOUNDED = re.compile(r"\b(?:ha(?:s|ve)|had)\s+(?:now\s+|already\s+|jointly\s+)?(?:been\s+)?"
                      r"(?P<d>set\s+up|established|created|founded|formed|launched|opened)\b", re.I)


# A founding told in the simple past ("The two ports launched a joint ferry line", "a fund was created"), not as a plan.
_FOUNDED_PAST = re.compile(r"(?<!\bto )(?<!\bbe )\b(?P<d>launched|established|created|founded|formed)\b", re.I)


def _founded(sentence: str, verbs: list[str]) -> str | None:
    """The article's perfect or simple past of founding ("have set up", "launched") when the source plans a founding
    verb ("agreed to establish")."""
    m = _FOUNDED.search(sentence) or _FOUNDED_PAST.search(sentence)
    return m.group("d").split()[0] if m and any(v in _FOUNDING for v in verbs) else None


# Verbs of giving: a planned allocation or pledge ("will allocate 500 tonnes") told as handed over ("has delivered 500
# tonnes", "shipped") is a plan told as done (the pledge → allocation → delivery ladder).
_GIVING = frozenset("allocate provide give send supply deliver donate ship transfer grant earmark pledge".split())
_HANDED_OVER = re.compile(r"(?<!to be )(?<!will be )(?<!would be )\b(?P<d>delivered|shipped|handed\s+over|transferred|"
                          r"dispatched)\b", re.I)


def _handed_over(sentence: str, src: str, verbs: list[str]) -> str | None:
    """The article's delivery verb when the source plans a giving verb ("will allocate" → "has delivered") and tells
    of no delivery done itself."""
    m = _HANDED_OVER.search(sentence)
    if not m or _HANDED_OVER.search(src):
        return None
    return m.group("d").split()[0] if any(v in _GIVING for v in verbs) and not _PLAN.search(
        sentence[max(0, m.start() - 40):m.start()]) else None


# Verbs of one act ("start" and "begin"): a plan to start is told as done by "have begun" too.
_SAME_ACT = {"start": ("begin", "commence"), "begin": ("start", "commence"), "commence": ("start", "begin")}


def _done_form(own: set[str], verbs: list[str]) -> str | None:
    """The word of ``own`` that tells a planned verb as done (its past form) or under way ("already financing")."""
    verbs = verbs + [w for v in verbs for w in _SAME_ACT.get(v, ())]  # "plan to start" told as "have begun"
    done = next((f for v in verbs if v not in _ONGOING for f in _past_forms(v) if f in own), None)
    if not done and own & _NOW:
        done = next((_ing_form(v) for v in verbs if v not in _ONGOING and _ing_form(v) in own), None)
    return done


# A plan told with a noun: "The first deliveries are planned for the first quarter of 2027" (the act: "deliver…").
_PLANNED_NOUN = re.compile(r"(?P<subj>[^,;.]{0,80}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                           r"(?:planned|scheduled|foreseen|envisaged|slated|due|expected)\s+(?:for|in|on|by|at)\b", re.I)
_PAST_WORD = re.compile(r"[a-z]{4,}(?:ed|en)$")
# … or with the act's noun after the plan: "are scheduled for delivery next year", "is due for completion in May".
_PLANNED_FOR_NOUN = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:planned|scheduled|slated|due|set)\s+for\s+"
                               r"(?P<n>[a-z]{4,}(?:ery|ion|ment|ing|al))\b", re.I)


def _planned_noun_done(sentence: str, src: str) -> str | None:
    """The article's past form of an act the source plans with a noun ("The first deliveries are planned for …" → "have
    already been delivered"): a word sharing the first five letters of a lower-case word of the plan's subject, in a
    past form, not itself planned in the article."""
    roots = {_root(w) for m in _PLANNED_NOUN.finditer(src) for w in re.findall(r"\b[a-z]{4,}\b", m.group("subj"))}
    roots |= {re.sub(r"(?<=er)y$", "", _root(m.group("n"))) for m in _PLANNED_FOR_NOUN.finditer(src)}
    if not roots:
        return None
    for m in re.finditer(r"[A-Za-z]+", sentence):
        w = m.group(0).lower()
        if _PAST_WORD.match(w) and _root(w) in roots and not _PLAN.search(sentence[max(0, m.start() - 40):m.start()]):
            return m.group(0)
    return None


def _root(word: str) -> str:
    """A noun of an act or a past form without its ending ("deliveries", "delivered" → "deliver"; "shipments",
    "shipped" → "ship"; "reopening", "reopened" → "reopen"), so that the act and its completion meet."""
    w = re.sub(r"(?:ments?|ies|ings?|ions?|ed|en|s)$", "", word.lower())
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls" else w


def _done_verb(sentence: str, src: str, own: set[str], verbs: list[str]) -> str | None:
    """The article's word that tells a planned act as done: the planned verb's past form or under way, a passive
    plan's participle, a planned noun's past form, or a perfect of founding (:func:`_founded`)."""
    return (_done_form(own, verbs) or next((m.group("p").lower() for m in _PASSIVE_PLAN.finditer(src)
                                            if m.group("p").lower() in own), None)
            or _planned_noun_done(sentence, src) or _founded(sentence, verbs) or _handed_over(sentence, src, verbs))


def _planned_to_done(sentence: str, src: str, plan_s: re.Match) -> Change | None:
    """Planned or agreed-to in the source, done in the article: the past form of the planned verb, the planned verb
    under way ("is already financing" for "will finance"), or a completion verb where the source set a time ("in the
    coming weeks")."""
    verbs = _planned_verbs(src, plan_s)
    own = set(words(sentence))
    done_verb = _done_verb(sentence, src, own, verbs)
    done = _DONE.search(sentence)
    if done and done.group(0).lower().split()[-1] in ("held", "had") and _ENCOUNTER_OBJECT.match(sentence, done.end()):
        done = None  # "held a telephone conversation with …": the encounter the readout reports, not the planned act
    preparatory = any(v in _PREPARATORY for v in verbs)  # "will develop a plan for joint production" → "launched"
    goal = _GOAL.search(src)  # "work toward the early conclusion of the agreement" → "concluded the agreement"
    if done and goal and done.group(0).lower().split()[-1][:5] == goal.group("n").lower()[:5]:
        done_verb = done_verb or done.group(0).split()[-1]
    if not (done_verb or ((_TIMING.search(src) or preparatory) and done)):
        # what the plan is to make possible told as possible now ("students can now borrow" for "intends to add a
        # night desk so that students can borrow")
        now = _AVAILABLE_NOW.search(sentence) if not re.search(r"\bnow\b", src, re.I) else None
        return None if now is None else Change(
            "modality", f"planned in the source ({plan_s.group(0)!r}), stated as done in the article", now.start(),
            now.end(), plan_s.group(0))
    at = re.search(rf"\b{re.escape(done_verb)}\b", sentence, re.I) if done_verb else done
    return Change("modality", f"planned in the source ({plan_s.group(0)!r}), stated as done in the article",
                  at.start() if at else None, at.end() if at else None, plan_s.group(0))


# Something possible from now on: "can now borrow", "are now able to", "is now available".
_AVAILABLE_NOW = re.compile(r"\b(?:can|could|may)\s+now\b|\b(?:is|are)\s+now\s+(?:able|available|open|possible)\b", re.I)


# An act the source only requires or plans ("must be completed by 2028", "has to be signed"): its participle states
# nothing done.
_REQUIRED_ACT = re.compile(r"\b(?:must|should|shall|will|would|can|could|may|might|(?:has|have|had|needs?|ought)\s+to|to)\s+"
                           r"(?:\w+ly\s+)?(?:be|have\s+been)\s+(?:\w+ly\s+)?[a-z]+", re.I)


def _done_to_planned(sentence: str, src: str, plan_a: re.Match) -> Change | None:
    """Done (or under way now) in the source, still to happen in the article. A participle the source only requires
    or plans ("must be completed") is not done."""
    verbs = [m.group("v").lower() for m in _PLAN_VERB.finditer(sentence)]
    src_words, own = set(words(src)), set(words(sentence))
    done_words = set(words(_REQUIRED_ACT.sub(" ", src)))
    completed = {w for w in done_words & _COMPLETED if not any(o[:4] == w[:4] for o in own)}  # "signed" → "agreed to explore"
    if (any(f in src_words for v in verbs if v not in _ONGOING for f in _past_forms(v)) or (src_words & _NOW and not own & _NOW)
            or completed):
        return Change("modality", f"done in the source, stated as planned in the article ({plan_a.group(0)!r})",
                      plan_a.start(), plan_a.end())
    return None


# "has already transferred", "had already delivered", "have already been shipped", "already submitted": an act told as
# completed.
# (and an act done to someone: "have already had their visas withdrawn", "already got the fees refunded")
_ALREADY_DONE = re.compile(r"\balready\s+(?:been\s+|(?:had|got|seen)\s+(?:[\w’'-]+\s+){1,4}?)?"
                           r"(?P<v>[a-z]{3,}(?:ed|en|ent|eld|ade|ought|uilt|ung|one|id|wn))\b", re.I)
# The source's act still to come: a plan, a decision or readiness to act, an interest in doing it.
_INTENDED = re.compile(r"\b(?:decided|decision|resolved|ready|readiness|prepared|willing(?:ness)?|intend(?:s|ed)?|intention|"
                       r"plan(?:s|ned)?|interest|interested|expected|expects?|hopes?|hoped|aims?|aimed|seeks?|sought)\s+"
                       r"(?:to|in)\b", re.I)


def _already_done(sentence: str, src: str) -> Change | None:
    """An act the article tells as already completed ("Elmaria has already transferred £40 million", "companies have
    already submitted bids") where the evidence only intends it ("is ready to provide £40 million", "decided to
    allocate", "expressed interest in taking part", "requested access") and neither says it is done already nor uses the article's verb in
    a past form: planned in the source, done in the article (``modality``), whatever verb the article picks. An
    "already" in a clause the source lacks belongs to new material."""
    m = _ALREADY_DONE.search(sentence)
    intended = _INTENDED.search(src) or _PLAN.search(src) or _REQUESTED.search(src)  # "requested access" → "already visited"
    if not m or not intended or re.search(r"\b(?:already|now|currently)\b", src, re.I):
        return None
    root = _root(m.group("v"))
    if any(_root(w) == root for w in words(_REQUIRED_ACT.sub(" ", src)) if _PAST_WORD.match(w)):
        return None  # the source tells the same act done
    if any(e.end() <= m.start() for e in _CLAUSE_EDGE.finditer(sentence)) and _span_in_new_clause(sentence, src, m):
        return None  # "…, which has already doubled trade": a clause of its own the source lacks
    return Change("modality", f"intended in the source ({intended.group(0)!r}), stated as already done in the article",
                  m.start("v"), m.end("v"), intended.group(0))


# Reports the source is still checking ("continues to verify reports of damage to the bridge", "is looking into reports
# that …", "unconfirmed reports"), and the article's confirmation of them ("confirmed that the bridge had been damaged").
_CHECKING_REPORTS = re.compile(r"\b(?:verify|verifying|verifies|check|checking|checks|looking\s+into|investigating|"
                               r"examining|assessing)\s+(?:the\s+)?(?:reports?|claims?|information)\b|"
                               r"\b(?:unconfirmed|unverified)\s+(?:reports?|claims?|information)\b|"
                               # a provisional finding: "initial assessments indicate", "preliminary findings suggest"
                               r"\b(?:initial|preliminary|early|first|provisional)\s+(?:assessments?|findings|indications|"
                               r"estimates|results)\s+(?:indicate|suggest|show|point)\w*\b", re.I)
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)?\b", re.I)
_STILL_UNSURE = re.compile(r"\b(?:reports?|reported|claims?|claimed|unconfirmed|unverified|alleged(?:ly)?|verify\w*|"
                           r"check\w*|not\s+(?:yet\s+)?(?:been\s+)?confirmed|"
                           r"(?:initial|preliminary|early|first|provisional)\s+(?:assessments?|findings|indications|"
                           r"estimates|results))\b", re.I)


def _report_confirmed(sentence: str, src: str) -> Change | None:
    """Reports the source is still verifying told as confirmed ("continues to verify reports of damage to the depot" →
    "confirmed that the depot had been damaged"): an unverified claim made certain (``modality``). The article keeping
    the reports or the checking ("confirmed it was checking reports") changes nothing."""
    checking, confirmed = _CHECKING_REPORTS.search(src), _CONFIRMED.search(sentence)
    if not checking or not confirmed or re.search(r"\bconfirm", src, re.I) or _STILL_UNSURE.search(sentence):
        return None
    return Change("modality", f"{checking.group(0)!r} in the source, confirmed in the article", confirmed.start(),
                  confirmed.end(), checking.group(0))


# Asking for something ("have requested consular access", "sought permission to land") and getting it ("was granted
# consular access", "received permission").
_REQUESTED = re.compile(r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|s(?:ought|eeks?|eeking)|appl(?:y|ies|ied)\s+for)\s+"
                        r"(?:(?:the|an?|their|its|his|her|further|urgent)\s+)*(?P<o>[a-z]{4,})\b", re.I)
_OBTAINED = re.compile(r"\b(?:granted|given|received|obtained|secured|gained|won|got)\s+"
                       r"(?:(?:the|an?|their|its|his|her|further|urgent)\s+)*(?P<o>[a-z]{4,})\b", re.I)


def _request_granted(sentence: str, src: str) -> Change | None:
    """A request in the source told as granted ("requested consular access to the two" → "was granted consular access
    to the two"): the same object asked for there and obtained here, which the source never says it got
    (``modality``)."""
    asked = {_root(m.group("o")): m for m in _REQUESTED.finditer(src)}
    got = next((m for m in _OBTAINED.finditer(sentence) if _root(m.group("o")) in asked), None)
    if not got or _OBTAINED.search(src) or _REQUESTED.search(sentence):
        return None
    theirs = asked[_root(got.group("o"))].group(0)
    return Change("modality", f"asked for in the source ({theirs!r}), obtained in the article", got.start(), got.end(), theirs)


# A condition the source puts on a plan ("…, subject to security conditions", "depending on the weather", "if the
# situation allows").
_CONDITION = re.compile(r"\b(?:subject\s+to|depending\s+on|dependent\s+on|conditional\s+(?:on|upon)|provided\s+(?:that\s+)?|"
                        r"if\s+(?:security|conditions|the\s+situation|the\s+weather|funding)\b|as\s+long\s+as\s+"
                        r"(?:security|conditions|the\s+situation)|(?:weather|security|conditions|circumstances)\s+permitting)",
                        re.I)


def _condition_dropped(sentence: str, src: str) -> Change | None:
    """A plan the source makes conditional ("A second flight is planned for June, subject to security conditions") told
    without its condition ("A second flight will leave in June"): possible made certain (``modality``). The article
    must report the source's clause before the condition (half of its content words) and keep no condition of its
    own."""
    cond = _CONDITION.search(src)
    if not cond or _CONDITION.search(sentence) or not _PLAN.search(src[: cond.start()]):
        return None
    start = max((e.end() for e in _SENTENCE_END.finditer(src) if e.end() <= cond.start()), default=0)
    if coverage(src[start: cond.start()], [sentence]) < 0.5:
        return None
    return Change("modality", f"conditional in the source ({cond.group(0).strip()!r}), unconditional in the article",
                  source_text=cond.group(0).strip())


# An act under way in the source ("Engineers are repairing the dam", "is still relocating families") and the article's
# perfect ("have repaired", "has already relocated"): done.
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?P<v>[a-z]{3,}ing)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?P<already>already\s+|now\s+|fully\s+|successfully\s+)?"
                      r"(?P<v>[a-z]{3,}(?:ed|en|ent|eld|ade|ought|uilt|ung|one|id|ut))\b", re.I)


def _under_way_told_done(sentence: str, src: str) -> Change | None:
    """An act the source tells as under way (:data:`_UNDER_WAY`, not one that goes on by nature: "continuing",
    "working") stated as done in the article's perfect, with the same verb ("are repairing" → "have repaired") or with
    "already" ("are relocating" → "has already moved"); not when the source also tells it done or finished, nor in a
    clause the source lacks: ``modality``."""
    theirs = [m for m in _UNDER_WAY.finditer(src) if _root(m.group("v")) not in _ONGOING_ROOTS]
    if not theirs or re.search(r"(?<!\bbe )\b(?:completed|finished)\b|\b(?:has|have)\s+been\b", src, re.I):
        return None
    for m in _PERFECT.finditer(sentence):
        if m.group("v").lower() in ("been", "had", "seen"):
            continue
        same = [t for t in theirs if _root(t.group("v"))[:5] == _root(m.group("v"))[:5]]
        if (same or (m.group("already") or "").strip().lower() == "already") and not _span_in_new_clause(sentence, src, m):
            t = (same or theirs)[0]
            return Change("modality", f"under way in the source ({t.group(0)!r}), stated as done in the article",
                          m.start("v"), m.end("v"), t.group(0))
    return None


_ONGOING_ROOTS = frozenset("continu remain keep work stay support maintain seek monitor follow coordinat help assist "
                           "prepar consider discuss review assess stand wait try".split())


def _modality_changes(sentence: str, src: str, negation: bool = True) -> list[Change]:
    """Planned ↔ done, discussed → settled, reports being checked → confirmed, asked for → obtained, and negation added
    or dropped (when ``negation``)."""
    change = (_plan_change(sentence, src) or _principle_made_act(sentence, src) or _stage_change(sentence, src)
              or _already_done(sentence, src) or _report_confirmed(sentence, src) or _request_granted(sentence, src)
              or _condition_dropped(sentence, src) or _under_way_told_done(sentence, src))
    out = [change] if change else []
    neg_a, neg_s = _negated(sentence), _negated(src)
    if neg_s and not neg_a and _unreported_clause(src, sentence, set(words(src)) & negations()):
        neg_s = False  # "… but had not received a proposal", a clause the sentence leaves out
    if negation and neg_a != neg_s and not (neg_a and (_negates_new_predicate(sentence, src) or _negation_in_new_clause(sentence, src))):
        out.append(Change("modality", "negated in the article, not in the source" if neg_a else "negated in the source, not in the article"))
    return out


def _stage_change(sentence: str, src: str) -> Change | None:
    """A pledge or allocation in the source stated as delivered in the article (:func:`.stages.stage_raised`)."""
    from .stages import stage_raised

    raised = stage_raised(sentence, src)
    if raised is None:
        return None
    verb, theirs = raised
    return Change("modality", f"{theirs} in the source, {verb.group(0).lower()} in the article", verb.start(), verb.end(), theirs)


_INTENT = re.compile(r"\b(?:agreed|decided|resolved)\s+(?:to|on|upon|that)\b", re.I)
_FORMAL_ACT = re.compile(r"\b(?:signed|sealed|inked|ratified|concluded)\b", re.I)


def _intent_made_formal(sentence: str, src: str) -> Change | None:
    """An agreement of intent in the source ("agreed to convene a conference", "decided to establish a partnership")
    reported as a formal act ("signed an agreement to hold the conference"): the signing verb the source lacks."""
    act = _FORMAL_ACT.search(sentence)
    if not act or not _INTENT.search(src) or act.group(0).lower()[:4] in {w[:4] for w in words(src)}:
        return None
    return Change("modality", f"agreed to in the source, {act.group(0).lower()} in the article", act.start(), act.end())


_TENTATIVE = re.compile(r"\b(?:readiness|ready|willing(?:ness)?|prepared|open)\s+to\s+(?:consider|explore|study|examine|discuss)\b"
                        r"|\bpossibility of\b|\bconsider(?:ed|ing)?\s+(?:the\s+)?(?:possibility|option|idea)\b"
                        r"|\b(?:is|are|was|were)\s+(?:also\s+)?considering\s+(?:a|an)\s+\w+"
                        r"|\bunder\s+(?:consideration|review|study|discussion)\b|\b(?:is|are)\s+being\s+(?:considered|studied|"
                        r"examined|discussed|reviewed)\b", re.I)
_COMMITTED = re.compile(r"\b(?:agreed|decided|resolved|pledged|committed)\s+to\b|\bwill\b", re.I)


def _tentative_made_agreed(sentence: str, src: str) -> Change | None:
    """A possibility the source is only ready to consider ("expressed their readiness to consider the possibility of
    resuming flights") reported as agreed ("agreed to resume flights")."""
    agreed = next((m for m in _COMMITTED.finditer(sentence) if _commits_anew(sentence, src, m)), None)
    if not agreed or _TENTATIVE.search(sentence) or not _TENTATIVE.search(src):
        return None
    return Change("modality", f"to be considered in the source, {agreed.group(0).lower()} in the article", agreed.start(),
                  agreed.end())


_INVITED = re.compile(r"\binvit(?:ed|es|ing|ation)\b(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:pay|make|visit|attend|come|travel|join)\b",
                      re.I)
_WILL_GO = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to|agreed\s+to|is\s+due\s+to)\s+(?:\w+ly\s+)?"
                      r"(?:pay|make|visit|attend|come|travel|join)\b", re.I)


# An offer or a readiness of the source's speaker to act ("reiterated its readiness to host the talks", "is prepared to
# send experts", "offered to mediate"): the act is not yet agreed or decided.
_WILLING = re.compile(r"\b(?:readiness|ready|willing(?:ness)?|prepared|offer(?:s|ed)?|open)\s+to\s+"
                      r"(?:\w+ly\s+)?(?P<v>[a-z]{3,})", re.I)
_COMMITTED_ACT = re.compile(r"\b(?:agreed|decided|resolved|pledged|committed|promised)\s+to\s+(?:\w+ly\s+)?(?P<v>[a-z]{3,})"
                         r"|\bwill\s+(?:\w+ly\s+|also\s+)?(?P<w>[a-z]{3,})"
                         r"|(?<=\bsaid\s)(?:that\s+)?(?:[\w’'-]+\s+){1,4}?would\s+(?:\w+ly\s+|also\s+)?(?P<r>[a-z]{3,})",
                         re.I)  # "said Norland would lend …": the reported "will"


def _committed_verb(m: re.Match) -> str:
    """The verb a match of :data:`_COMMITTED_ACT` commits to, lower case."""
    return (m.group("v") or m.group("w") or m.group("r")).lower()


def _offer_made_agreed(sentence: str, src: str) -> Change | None:
    """An act the source's speaker is only ready or willing to do, or offers to do ("reiterated its readiness to host
    the talks") told as agreed, decided or certain ("has agreed to host the talks", "will host the talks"): the same
    verb after the article's commitment word, and no word of readiness or offer left in the article."""
    if (_WILLING.search(sentence) or re.search(r"\b(?:offer\w*|read(?:y|iness)|willing\w*)\b", sentence, re.I)
            or re.search(r"\b(?:if|unless|provided)\b", sentence, re.I)):  # a condition leaves the act open
        return None
    offered = {m.group("v").lower()[:4] for m in _WILLING.finditer(src)}
    agreed = next((m for m in _COMMITTED_ACT.finditer(sentence) if _committed_verb(m)[:4] in offered
                   and (m.group("v") or _committed_verb(m) not in _ONGOING)), None)  # "will continue" its support
    if agreed is None or re.search(rf"\b{re.escape(agreed.group(0))}", src, re.I):
        return None
    return Change("modality", f"offered or ready to in the source, {agreed.group(0).lower()} in the article",
                  agreed.start(), agreed.end())


def _invitation_made_certain(sentence: str, src: str) -> Change | None:
    """A visit the source only invites to ("invited President X to pay a state visit next year") told as one that will
    take place ("X will pay a state visit next year"): unless the source says the invitation was accepted."""
    going = _WILL_GO.search(sentence)
    if (not going or not _INVITED.search(src) or re.search(r"\binvit", sentence, re.I)
            or re.search(r"\baccept", src, re.I)):
        return None
    return Change("modality", f"invited to in the source, {going.group(0).lower()} in the article", going.start(),
                  going.end())


# A hope or wish of the source's speaker ("expressed the hope that the treaty would be ratified", "hoped that talks would
# resume", "looks forward to the ferry line opening"): the act it hopes for is not yet certain.
_HOPED = re.compile(r"\b(?:hope[sd]?|hoping|hopeful|wish(?:es|ed)?|look(?:s|ed|ing)?\s+forward)\b", re.I)
_HOPED_ACT = re.compile(r"\b(?:would|will|could|to)\s+(?:\w+ly\s+|soon\s+|also\s+)?(?:be\s+)?(?P<v>[a-z]{3,})", re.I)
_CERTAIN = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\s+"
                      r"(?:\w+ly\s+|soon\s+|also\s+)?(?:be\s+)?(?P<v>[a-z]{3,})", re.I)
_STILL_HOPED = re.compile(r"\b(?:hope[sd]?|hoping|hopeful|wish\w*|forward|expect\w*|aim\w*|seek\w*|want\w*|"
                          r"could|may|might|possibly|likely)\b", re.I)


def _hope_made_certain(sentence: str, src: str) -> Change | None:
    """An act the source's speaker only hopes for ("expressed the hope that the treaty would be ratified before the
    summer") told as certain ("The treaty will be ratified before the summer"): the article's "will" or "is to" with
    the hoped-for verb, and no word of hope, expectation or possibility left."""
    if _STILL_HOPED.search(sentence):
        return None
    hoped = {m.group("v").lower()[:5] for h in _HOPED.finditer(src)
             for m in _HOPED_ACT.finditer(src, h.end(), min(len(src), h.end() + 80))}
    certain = next((m for m in _CERTAIN.finditer(sentence) if m.group("v").lower()[:5] in hoped), None)
    if certain is None:
        return None
    return Change("modality", f"hoped for in the source, {certain.group(0).lower()} in the article", certain.start(),
                  certain.end())


# A preparatory step toward an act ("would work on a plan to open a ferry line", "to draw up a roadmap for resuming
# flights", "to explore ways to extend the deal"): the act itself is not yet agreed.
_PREPARATORY_STEP = re.compile(r"\b(?:work(?:s|ed|ing)?\s+on|draw(?:s|ing)?\s+up|drew\s+up|prepar(?:e|es|ed|ing)|develop(?:s|ed|ing)?|"
                          r"draft(?:s|ed|ing)?)\s+(?:a|an|the|joint|their)\s+(?:[\w-]+\s+)?(?:plan|proposals?|roadmap|"
                          r"framework|options|concept)\s+(?:to|for)\s+(?P<v>[a-z]{3,})"
                          r"|\bexplor(?:e|es|ed|ing)\s+(?:ways|options|the\s+possibility)\s+(?:to|of|for)\s+(?P<w>[a-z]{3,})"
                          # preparing the act's start: "asked the commission to prepare the launch of a coast guard"
                          r"|\bprepar(?:e|es|ed|ing)\s+(?:for\s+)?(?:the\s+)?(?P<n>opening|launch|start|holding|signing|"
                          r"conclusion|creation|establishment|deployment)\s+of\b",
                          re.I)
_PREPARATION_WORDS = re.compile(r"\b(?:plans?|proposals?|roadmap|framework|options|concept|explor\w*|prepar\w*|draft\w*|"
                                r"ways|possibility|consider\w*|stud(?:y|ies|ied))\b", re.I)


def _preparation_dropped(sentence: str, src: str) -> Change | None:
    """An act the source only prepares (:data:`_PREPARATORY_STEP`: "agreed that their governments would work on a plan to
    open a ferry line") told as the act itself ("agreed to open a ferry line"): the act's verb in the article, none of
    the preparation's words."""
    prep = _PREPARATORY_STEP.search(src)
    if not prep or _PREPARATION_WORDS.search(sentence):
        return None
    stem = (prep.group("v") or prep.group("w") or prep.group("n")).lower()[:4]
    act = re.search(rf"\b{re.escape(stem)}\w*", sentence, re.I)
    if act is None:
        return None
    return Change("modality", f"a preparatory step in the source ({prep.group(0)!r}), the act itself in the article",
                  act.start(), act.end(), prep.group(0))


def _commits_anew(sentence: str, src: str, committed: re.Match) -> bool:
    """Whether a commitment word of the article commits to something the source does not already say will happen:
    "will follow" against "is under consideration and will depend on …" does, "will depend" does not."""
    if committed.group(0).lower() != "will":
        return True
    verb = re.match(r"\s+(?:\w+ly\s+|also\s+|then\s+)?(?:be\s+)?([a-z]+)", sentence[committed.end():])
    return not verb or not re.search(rf"\bwill\s+(?:\w+ly\s+|also\s+|then\s+)?(?:be\s+)?{verb.group(1)}\b", src, re.I)


def _not_yet_settled_told_settled(sentence: str, src: str) -> Change | None:
    """An intent told as a formal act, a possibility, invitation, preparation, hope or offer told as agreed or certain,
    a proposal only taken note of told as accepted."""
    return (_intent_made_formal(sentence, src) or _tentative_made_agreed(sentence, src)
            or _invitation_made_certain(sentence, src) or _preparation_dropped(sentence, src)
            or _hope_made_certain(sentence, src) or _offer_made_agreed(sentence, src)
            or _noted_made_accepted(sentence, src))


# A proposal the source's party only takes note of ("took note of the proposal", "noted the request"), and one accepted
# in the article ("agreed to the proposal", "accepted the offer").
_PROPOSAL = r"(?P<n>proposals?|offers?|requests?|suggestions?|initiatives?|plans?|ideas?)"
_NOTED = re.compile(rf"\b(?:took|takes|taken|taking)\s+(?:due\s+)?note\s+of\s+(?:the|its|their|this|that)\s+"
                    rf"(?:\w+\s+)?{_PROPOSAL}\b", re.I)
_ACCEPTED = re.compile(rf"\b(?:agreed\s+to|accepted|accepts|endorsed|endorses|approved|approves|backed|embraced|"
                       rf"(?:has|have)\s+(?:agreed\s+to|accepted|endorsed|approved|backed))\s+"
                       rf"(?:the|its|their|this|that)\s+(?:\w+\s+)?{_PROPOSAL}\b", re.I)


def _noted_made_accepted(sentence: str, src: str) -> Change | None:
    """A proposal the source's party only took note of ("took note of the request and said it would study it") told as
    accepted ("agreed to the proposal"): the same kind of thing ("proposal", "offer" …) in both, no noting left in the
    article and no acceptance in the source."""
    noted, accepted = _NOTED.search(src), _ACCEPTED.search(sentence)
    if (not noted or not accepted or _NOTED.search(sentence) or _ACCEPTED.search(src)
            or noted.group("n").lower().rstrip("s") != accepted.group("n").lower().rstrip("s")):
        return None
    return Change("modality", f"taken note of in the source ({noted.group(0)!r}), accepted in the article",
                  accepted.start(), accepted.end(), noted.group(0))


def _plan_change(sentence: str, src: str) -> Change | None:
    """Planned ↔ done and discussed → settled (see :func:`_modality_changes`)."""
    plan_a, plan_s = _PLAN.search(sentence), _PLAN.search(src)
    change = _not_yet_settled_told_settled(sentence, src)
    if change:
        return change
    if plan_s and not plan_a:
        change = _planned_to_done(sentence, src, plan_s) or _plan_change_elsewhere(sentence, src)
    elif (not plan_s and _DISCUSSED.search(src) and not _SETTLED.search(src) and (settled := _SETTLED.search(sentence))
          and not _span_in_new_clause(sentence, src, settled)):
        change = Change("modality", f"discussed in the source, settled in the article ({settled.group(0)!r})",
                        settled.start(), settled.end())
    elif (not (plan_a or plan_s) and (settled := _settled_act(sentence))
          and not _settled_on_its_matter(sentence, src, settled) and not _act_named_in_source(settled.group(0), src)):
        change = Change("modality", f"not settled in the source, settled in the article ({settled.group(0)!r})",
                        settled.start(), settled.end())
    elif plan_a and not plan_s:
        change = _done_to_planned(sentence, src, plan_a)
    elif plan_a:
        change = _same_act_done(sentence, src, plan_a)
    return change


def _plan_change_elsewhere(sentence: str, src: str) -> Change | None:
    """:func:`_plan_change` against the evidence sentences without a plan, when the plan of the evidence stands in a
    sentence of its own on another act ("agreed to meet again in the autumn" beside "instructed their envoys to sign
    the deal", told as "signed the deal"), and no evidence sentence settles the article's matter."""
    parts = _SENTENCE_END.split(src)
    rest = " ".join(part for part in parts if not _PLAN.search(part))
    planned = " ".join(part for part in parts if _PLAN.search(part))
    settled = _settled_act(sentence)
    if len(parts) == 1 or not rest or settled is None:
        return None
    matter = _matter(sentence, settled)
    if not content_stems(rest) & matter or content_stems(planned) & matter:
        return None  # the sentences left are on another matter, or the plan's sentence is on this one
    change = _plan_change(sentence, rest)
    if change is None or _settled_on_its_matter(sentence, src, settled) or _act_named_in_source(settled.group(0), src):
        return None
    return change


def _matter(sentence: str, settled: re.Match) -> set[str]:
    """Content stems of what the article settles: the words after its settling verb, or before it ("A memorandum on
    the grid was signed")."""
    return content_stems(sentence[settled.end():]) or content_stems(sentence[: settled.start()])


def _settled_on_its_matter(sentence: str, src: str, settled: re.Match) -> bool:
    """Whether the source settles something (:data:`_SETTLED`) in an evidence sentence about the matter the article
    settles: one sharing a content word with :func:`_matter`. The evidence is several sentences joined; one on another
    matter ("agreed to meet again in the autumn") settles nothing of this one."""
    parts = _SENTENCE_END.split(src)
    if len(parts) == 1:
        return _SETTLED.search(src) is not None
    matter = _matter(sentence, settled)
    return any(_SETTLED.search(part) and content_stems(part) & matter for part in parts)


# The noun of a settling verb ("the council's approval of a footbridge" for "approved"), unless still sought or awaited.
_ACT_NOUNS = {"approved": "approval", "adopted": "adoption", "signed": "signing|signature", "completed": "completion",
              "concluded": "conclusion", "finalized": "finali[sz]ation", "finalised": "finali[sz]ation"}
_ACT_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|await|awaits|awaiting|awaited|pending|needs?|requires?|"
                         r"required|for|subject\s+to|request|requests|requested|asked)\s+(?:\S+\s+){0,2}$", re.I)


def _act_named_in_source(verb: str, src: str) -> bool:
    """Whether the source names the act the article's settling verb tells ("approved") by its noun, as done ("the
    council's approval of a footbridge"), not as sought ("will seek parliament's approval")."""
    noun = _ACT_NOUNS.get(verb.lower())
    return noun is not None and any(not _ACT_SOUGHT.search(src, 0, m.start())
                                    for m in re.finditer(rf"\b(?:{noun})\b", src, re.I))


def _settled_act(sentence: str) -> re.Match | None:
    """The first verb of :data:`_SETTLED_ACT` told as an act, not as a thing's attribute ("the newly adopted law",
    "an agreed text")."""
    return next((m for m in _SETTLED_ACT.finditer(sentence) if not _ATTRIBUTIVE.search(sentence, 0, m.start())), None)


_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|newly|recently|just|jointly|already|previously)\s+$", re.I)


def _same_act_done(sentence: str, src: str, plan_a: re.Match) -> Change | None:
    """Planned in the article ("agreed to sign") where the source states the same act done ("signed"), though the
    source plans something else too ("… to visit next year"): the act's past form in the source, its plan absent."""
    src_words = set(words(src))
    for m in _PLAN_VERB.finditer(sentence):
        verb = m.group("v").lower()
        if verb in _ONGOING or verb in src_words:
            continue
        if any(f in src_words and _said_done(f, src) for f in _past_forms(verb)):
            return Change("modality", f"done in the source, stated as planned in the article ({plan_a.group(0)!r})",
                          plan_a.start(), plan_a.end())
    return None


_PLANNED_PASSIVE = re.compile(r"\b(?:will|would|shall|to|must|should|can|could|may|might)\s+(?:\w+ly\s+)?be\s+$", re.I)


def _said_done(form: str, src: str) -> bool:
    """Whether the source has the past form ``form`` as done somewhere, not only as a planned passive ("will be
    suspended from 2 to 4 April" plans the suspension)."""
    return any(not _PLANNED_PASSIVE.search(src[max(0, m.start() - 40):m.start()])
               for m in re.finditer(rf"\b{re.escape(form)}\b", src, re.I))


_AGREED_PRINCIPLE = re.compile(r"\bagreed\s+(?:on|about|upon)\s+the\s+(?:importance|need|value|necessity|significance)\b|"
                               r"\bagreed\s+(?:that\s+)?(?:it\s+(?:is|was)\s+)?(?:important|necessary|essential|vital)\b", re.I)
_AGREED_ACT = re.compile(r"\bagreed\s+to\s+(?:\w+ly\s+)?(?P<v>[a-z]{3,})", re.I)


def _principle_made_act(sentence: str, src: str) -> Change | None:
    """An agreement on a principle in the source ("agreed on the importance of support for X") reported as an
    agreement to a concrete act it does not name ("agreed to send trainers to X")."""
    act = _AGREED_ACT.search(sentence)
    if not act or not _AGREED_PRINCIPLE.search(src) or act.group("v").lower()[:6] in content_stems(src):
        return None
    return Change("modality", f"a principle agreed in the source, an act agreed in the article ({act.group(0)!r})",
                  act.start(), act.end())


_NEGATED_VERB = re.compile(r"\b(?:not|never|n't)\s+(?:(?:be|have|been|ever|always|yet|again|any\s+longer)\s+)*(?P<v>[a-z]{3,})", re.I)


def _negates_new_predicate(sentence: str, src: str) -> bool:
    """Whether every negated verb of the sentence is a word the source lacks ("would never accept any change"
    against a source that accepts nothing): the negation belongs to new content, not to a statement reversed."""
    verbs = [m.group("v").lower() for m in _NEGATED_VERB.finditer(sentence)]
    own = content_stems(src)
    return bool(verbs) and all(stem_ not in own for stem_ in (v[:6] for v in verbs))


def _negation_in_new_clause(sentence: str, src: str) -> bool:
    """Whether every negation word of the sentence stands in a clause the source mostly lacks (:func:`_span_in_new_clause`:
    "…, where a mayor said 2,000 homes were still without water"): it negates new material, not the reported statement."""
    found = [m for m in re.finditer(r"[A-Za-z']+", sentence) if m.group(0).lower() in negations()]
    return bool(found) and all(_span_in_new_clause(sentence, src, m) for m in found)


_NUMBERED_NAME = re.compile(r"\b(?:No\.?|Number)\s+\d{1,4}\b")


# What an act left people without ("leaving part of the town without power", "left 3,000 homes without water"): a
# state the act caused, told as "cutting power to part of the town" just as well; no negation of the act.
_LEFT_WITHOUT = re.compile(r"\b((?:leav(?:e|es|ing)|left)\s+(?:[\w’',-]+\s+){1,6}?)without\b", re.I)


# Declining or refusing to act ("declined to comment further", "refused to sign"): as negative as "will not".
_REFUSED = re.compile(r"\b(?:declin|refus)(?:e|es|ed|ing)\s+to\b", re.I)


def _negated(text: str) -> bool:
    text = _NUMBERED_NAME.sub(" ", text)  # "No 10", "No 7": a residence or office, not a negation
    text = re.sub(r"\bwithout (?:any |further )?(?:pre-?)?(?:delay|conditions?|hesitation|exceptions?|interruption|"
                  r"reservations?)\b|\bnot only\b|\bno later than\b|\bno less than\b|\bno doubt\b|\bno matter\b", " ", text)
    text = _LEFT_WITHOUT.sub(r"\1", text)
    return bool(set(re.findall(r"[a-z']+", text.lower().replace("n't", " n't"))) & negations()) or bool(_REFUSED.search(text))


# Saying that one is worried: as weak as "noted" ("expressed concern over the shelling" for "strongly condemned the
# shelling" softens it; the other way round hardens it).
_CONCERN = re.compile(r"\b(?:express(?:ed|es|ing)?|voic(?:ed|es|ing)|voice|shar(?:ed|es|ing)|share)\s+(?:\w+\s+){0,2}?"
                      r"(?:concerns?|alarm|dismay|regret)\b|\b(?:is|are|was|were|remains?|remained)\s+(?:deeply\s+|gravely\s+|"
                      r"seriously\s+)?(?:concerned|worried|alarmed)\b|\bregrett?(?:ed|s)?\b", re.I)


# Calling on someone to act ("calls on all parties to …") or for something ("called for more help"), or asking them to
# act ("asked the residents to stay indoors", "drivers have been asked to avoid the bridge"): as firm as "urged".
_CALL_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:on|upon|for)\b|\bask(?:s|ed|ing)?\s+(?:(?!(?:whether|if|why|how|what|when|where|which|who|about)\b)[\w’'-]+\s+){0,8}?to\s+"
                      r"(?!the\b|an?\b|his\b|her\b|their\b|its\b)[a-z]{3,}\b", re.I)


# A cue word after a determiner is a noun ("a demand she has made before", "their guarantees", "the stress on"): no
# speech act of the sentence.
_CUE_AS_NOUN = re.compile(r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|such|any|every|no|whose)\s+$"
                          # after a modal the word is what is to be done ("any deal must guarantee …"), no speech act
                          r"|\b(?:must|should|shall|would|could|can|may|might)\s+(?:also\s+|not\s+)?$", re.I)


def _strength_cues(text: str) -> list[tuple[int, str, int, int]]:
    """(strength, cue, start, end) of each speech verb of :func:`speech_strength` and each saying of concern
    (:data:`_CONCERN`, weak) and each call on someone (:data:`_CALL_ON`, firm) in ``text``."""
    strength = speech_strength()
    out = [(strength[w], w, m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)
           if (w := m.group(0).lower()) in strength and not _CUE_AS_NOUN.search(text, 0, m.start())]
    return (out + [(1, m.group(0).lower(), m.start(), m.end()) for m in _CONCERN.finditer(text)]
            + [(2, m.group(0).lower(), m.start(), m.end()) for m in _CALL_ON.finditer(text)])


def has_speech_cue(text: str) -> bool:
    """Whether ``text`` has a speech cue of :func:`_strength_cues` ("urged", "called for", "voiced concern")."""
    return bool(_strength_cues(text))


def _source_cue(sentence: str, src: str, stretch: str | None = None) -> tuple[int, str, int]:
    """(strength, cue) of the source's speech cue to compare with the article sentence's: the cue (:func:`_clause_cue`,
    of the clause sharing most with ``stretch``, the article's cue and its words, or else the whole sentence) of the
    evidence sentence that shares the most content words with ``sentence`` ("condemned the blockade of the port" is
    compared with "expressed concern about the blockade of the port", not with another evidence sentence's "condemned
    the shelling"; of two sentences sharing as many, the one with a cue); (0, "no strong verb") when that sentence has
    none ("had asked to see the detainee" is compared with "have requested access", not with another evidence
    sentence's "urges"). The evidence is several sentences joined. Third: the strength of that sentence's strongest cue."""
    own = content_stems(sentence)
    told = content_stems(stretch) if stretch else own
    best: tuple[int, int, str, int] = (-1, 0, "no strong verb", 0)
    for part in _SENTENCE_END.split(src):
        best = max(best, (len(own & content_stems(part)), *_clause_cue(told, part),
                          max((c[0] for c in _strength_cues(part)), default=0)), key=lambda b: b[:3])
    return best[1], best[2], best[3]


def _clause_cue(own: set[str], part: str) -> tuple[int, str]:
    """(strength, cue) of the source sentence ``part`` for an article sentence of content stems ``own``: of several cues
    ("expressed concern about the raids and called on the bloc to act"), the one whose stretch up to the next cue shares
    the most content words with the article (the strongest of those that share as many); (0, "no strong verb") when
    it has none."""
    cues = sorted(_strength_cues(part), key=lambda c: c[2])
    if not cues:
        return 0, "no strong verb"
    ends = [c[2] for c in cues[1:]] + [len(part)]
    _, a, cue, _ = max((len(own & content_stems(part[c[2]:end])), c[0], c[1], c[2]) for c, end in zip(cues, ends))
    return a, cue


# An undertaking in the source ("committed to raising", "pledged to rebuild", "undertook to fund") and the article's vow
# of it: the same commitment, no stronger speech.
_VOWS = frozenset({"vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging"})
_UNDERTAKING = re.compile(r"\b(?:commit(?:s|ted|ting)?\s+(?:(?:themselves|itself|himself|herself|ourselves)\s+)?to|"
                        r"(?:re)?affirm(?:s|ed)?\s+(?:their|its|his|her|our)\s+commitment\s+to|"
                        r"pledg(?:e|es|ed|ing)|undert(?:ake|akes|ook)\s+to|promis(?:e|es|ed)\s+to|resolved\s+to)\b", re.I)


def _strength_changes(sentence: str, src: str) -> list[Change]:
    # a cue in a clause of its own the source lacks ("…, a shortfall that aid workers blame on …") is new material
    mine = sorted((c for c in _strength_cues(sentence) if not _cue_in_new_clause(sentence, src, c)), key=lambda x: x[2])
    if not mine:
        return []
    a, wa, start, end = max(mine, key=lambda x: x[0])
    stretch = sentence[start:min((c[2] for c in mine if c[2] > start), default=len(sentence))] if len(mine) > 1 else None
    b, wb, strongest = _source_cue(sentence, src, stretch)  # of two cues ("voiced concern … and urged …"), the one told
    if a in (b, strongest) or (strongest == 0 and a < 3):  # as firm as the clause's cue or the sentence's strongest
        return []  # only a demand, condemnation or warning is a change against a neutral verb
    if wa in _VOWS and _UNDERTAKING.search(src):
        return []  # "vowed to raise" for "committed to raising": the same undertaking
    return [Change("strength", f"{wa} vs {wb} ({'stronger' if a > b else 'weaker'} in the article)", start, end, wb)]


def _cue_in_new_clause(sentence: str, src: str, cue: tuple[int, str, int, int]) -> bool:
    """Whether the cue stands after a relative clause's opener ("that", "which", "who") in a clause the source lacks."""
    m = re.compile(re.escape(sentence[cue[2]:cue[3]])).search(sentence, cue[2])
    before = sentence[: cue[2]]
    return (m is not None and re.search(r",[^,;]*\b(?:that|which|who|whom)\b[^,;]*$", before) is not None
            and _span_in_new_clause(sentence, src, m))


def _attribution_people(sentence: str) -> set[str]:
    """People named as the source of the statement (spokespersons, "according to X", "X told …")."""
    return {(m.group(1) or m.group(2)).split()[-1] for m in _ATTRIBUTION_PERSON.finditer(sentence) if m.group(1) or m.group(2)}


_ROLE_WORDS = frozenset("""secretary minister president prime foreign defense defence state general vice chancellor ambassador
envoy special of the us u s uk usa and deputy spokesperson spokesman spokeswoman minister-designate alternate iii ii jr sr
leader leaders counterpart""".split())
_ROLE_REF = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+((?:Foreign |Defen[cs]e |Prime |Vice |Deputy )?(?:Secretary General|Secretary|Minister|President|"
                       r"Chancellor|Ambassador)|[Ss]pokes(?:person|man|woman))\b")
# "Foreign Ministry Spokesperson Dalia Fren … the spokesperson said": who "the spokesperson" is
_SPOKESPERSON = re.compile(r"\b[Ss]pokes(?:person|man|woman),?\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)")
# "Ines Kallberg, the Executive Director of the …": a person introduced with a title the source later uses alone.
_APPOSITIVE_TITLE = re.compile(r"\b((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+),\s+(?:the|its|their)\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+)")
# "The Executive Director thanked …": a capitalised title after "the", resolved through the source's roles.
_TITLE_REF = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]+)")


_POSSESSIVE = re.compile(r"[’']s$")
# Days and months are capitalised but name no one ("The Union on Thursday adopted …").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tomorrow tonight""".split())


def _name_keys(text: str) -> set[str]:
    """Folded words of the names in ``text``, without titles and country adjectives (comparable across spellings)."""
    from ..kb.fold import fold_token

    keys = set()
    for n in names(text, any_capital=True):
        for w in re.split(r"[\s.]+", n):
            w = _POSSESSIVE.sub("", w)  # "Karvonia's Minister": the country Karvonia
            low = w.lower().strip("’'")
            if len(low) > 2 and low not in _ROLE_WORDS and low not in _CALENDAR and _ALIASES.get(low) is None:
                keys.add(fold_token(w))
                # each long part of a hyphenated name is the name too ("Bin-Halim" written "bin Halim" or "Halim")
                keys |= {fold_token(p) for p in low.split("-")[1:] if len(p) > 3} if "-" in low else set()
    return keys


@lru_cache(maxsize=16)
def _roles(context: str) -> dict[str, set[str]]:
    """Who "the Secretary", "the Foreign Minister" … are in the source: title → name keys of its first holder."""
    out: dict[str, set[str]] = {}
    # "the Special Envoy of Belmora, Omar Al-Sadri": the country may be set off by a comma; "the President of the
    # Republic of Vell, Ida Sorn": so may a state's long name (read first)
    for pattern in (_TITLE_OF_STATE, rf"\b({_TITLE})\s+(?:of \w+,?\s+)?((?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]+)"):
        for m in re.finditer(pattern, context):
            title = m.group(1).lower()
            keys = _name_keys(m.group(2))
            for t in {title, title.split()[-1], title.split(" of ")[0]}:  # "Secretary of State X": "the Secretary" too
                if keys:
                    out.setdefault(t, keys)
                    out.setdefault(_HOLDERS + t, set()).update(keys)  # every holder: "the Presidents", "the two ministers"
    for m in _SPOKESPERSON.finditer(context):
        if keys := _name_keys(m.group(1)):
            out.setdefault("spokesperson", keys)
    for m in _APPOSITIVE_TITLE.finditer(context):
        if (keys := _name_keys(m.group(1))) and len(m.group(1).split()) > 1:
            out.setdefault(m.group(2).lower(), keys)
    _office_roles(context, out)
    for ref in {m.group(1) for m in _TITLE_REF.finditer(context)} - {t.title() for t in out}:
        # "The State Counsellor" later on: the person the source first gave that title ("State Counsellor Ana Roe")
        named = re.search(rf"\b{re.escape(ref)}\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)", context)
        if named and (keys := _name_keys(named.group(1))) and ref.lower() not in out:
            out[ref.lower()] = keys
    return out


def _office_roles(context: str, out: dict[str, set[str]]) -> None:
    """Add to ``out`` the holders of offices (:data:`_OFFICE_TITLE`: "Special Rapporteur on Housing Ana Roe", "the
    Special Representative … for Tarvia, Ilse Brand") under the title and its last word, where not already known."""
    for m in _OFFICE_TITLE.finditer(context):
        if keys := _name_keys(m.group("name") or m.group("name2")):
            title = (m.group("title") or m.group("title2")).lower()
            for t in (title, title.split()[-1]):
                out.setdefault(t, keys)


# the comma before the holder's name may be left out ("Minister of Foreign Affairs of Tarvia Ana Roe")
_TITLE_OF_STATE = rf"\b({_TITLE})\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)+of\s+(?:the\s+)?[A-Z][\w’'-]+" \
    r"(?:\s+[A-Z][\w’'-]+)?,?\s+" \
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
_HOLDERS = "\0all "  # key prefix in :func:`_roles` of every holder of a title
# A title in the plural for its holders together ("The Presidents signed", "the two ministers agreed", "Both leaders").
_PLURAL_ROLE = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?(?P<t>(?:[Ff]oreign\s+|[Dd]efen[cs]e\s+|[Pp]rime\s+)?"
                          r"(?:[Pp]resident|[Mm]inister|[Ss]ecretar(?=ies)|[Aa]mbassador|[Cc]hancellor|[Ee]nvoy|[Ll]eader))(?:s|ies)\b")


def _plural_role_keys(head: str, roles: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(name keys of every holder of the plural title in ``head``, the name keys of the title words themselves)."""
    m = _PLURAL_ROLE.search(head)
    if not m:
        return set(), set()
    t = m.group("t").lower().replace("secretar", "secretary")
    holders = roles.get(_HOLDERS + t) or roles.get(_HOLDERS + t.split()[-1]) or set()
    if not holders and t.split()[-1] == "leader":
        holders = set().union(*(v for k, v in roles.items() if k.startswith(_HOLDERS)))
    return holders, _name_keys(m.group(0))


# An office before its holder's name, with what it is for ("EU Special Representative for the Southern Caucasus Mira
# Olsen", "UN Resident Coordinator Ahmed Bello"): "the Special Representative", "the Coordinator" later on is she.
_OFFICE_TITLE = re.compile(
    r"\b(?P<title>(?:[A-Z][a-z]+\s+){0,2}(?:Representative|Coordinator|Co-ordinator|Director|Director-General|Rapporteur|"
    r"Administrator|High Commissioner|Secretary-General|Mediator|Adviser|Advisor|Commissioner|Envoy))"
    r"\s+(?:(?:for|on|to|of)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and)\s+){1,6}){0,2}"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]+)(?=\s+[a-z]|\s*[,.;:])"
    # "the Special Representative of the Secretary-General for Tarvia, Ilse Brand": the name set off by a comma
    r"|\b(?P<title2>(?:(?!The\b)[A-Z][a-z]+\s+){0,2}(?:Representative|Coordinator|Co-ordinator|Director|"
    r"Director-General|Rapporteur|Administrator|High Commissioner|Mediator|Adviser|Advisor|Envoy))"
    r"(?:\s+(?:for|on|to|of)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and)\s+){0,5}[A-Z][\w’'-]*){1,2},\s+"
    r"(?P<name2>(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]+)(?=\s*[,.;:]|\s+[a-z])")


# A participle phrase opening the sentence ("Working with the water ministry, the society …", "Speaking in Orle, she …"):
# no part of the subject.
_LEADING_PARTICIPLE = re.compile(r"^\s*[A-Z][a-z]{2,}ing\b[^,;]{0,100},\s*")


def _subject(text: str, roles: dict[str, set[str]]) -> tuple[set[str], re.Match | None]:
    """Name keys of the first clause's subject (the words before its first finite verb); role nouns
    ("the Secretary") are resolved through ``roles``."""
    verb = _SUBJECT_VERB.search(text)
    head = _LEADING_PARTICIPLE.sub("", DATELINE.sub("", text[: verb.start()])) if verb else ""
    keys = _name_keys(head)
    for m in _ROLE_REF.finditer(head):
        keys |= _role_keys(m.group(1), roles)
    for m in _TITLE_REF.finditer(head):  # "The Executive Director": the person the source gave that title
        if holder := roles.get(m.group(1).lower()):
            keys = (keys - _name_keys(m.group(1))) | holder
    holders, title_words = _plural_role_keys(head, roles)
    if holders:
        keys = (keys - title_words) | holders
    return keys, verb


def _role_keys(role: str, roles: dict[str, set[str]]) -> set[str]:
    """Name keys of a role noun ("the Deputy Secretary": the source's deputy, else its Secretary)."""
    low = re.sub(r"^spokes(?:man|woman)$", "spokesperson", role.lower())
    return roles.get(low) or roles.get(low.removeprefix("deputy ")) or set()


def _unnamed_role(title: str, context: str) -> bool:
    """Whether the source refers to ``title`` only by the role ("The Prime Minister spoke to …", a readout of the
    Prime Minister's office): the article naming the holder is no other actor."""
    return (title.lower() not in _roles(context)
            and re.search(rf"\b[Tt]he\s+{re.escape(title)}\b(?!\s+(?:of\s+\w+\s+)?[A-Z])", context) is not None)


# "I" as a subject ("Today I had a call", "I thanked"): a readout in its principal's own voice.
_FIRST_PERSON = re.compile(r"(?<![\w’'-])I\s+(?:\w+ly\s+|also\s+|have\s+|had\s+|will\s+)?[a-z]{2,}")


@lru_cache(maxsize=16)
def first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person singular (a president's own readout of a call: "I thanked …")."""
    return _FIRST_PERSON.search(text) is not None


def _unnamed_in_source(sentence: str, src: str, context: str) -> list[Change]:
    """Titled people of the sentence the source never names (spokespersons quoted and a principal the source
    gives only by role excepted)."""
    out = []
    speakers = _attribution_people(sentence)
    speaker_unnamed = first_person(context or src)  # "Today I spoke with …": the readout's speaker is never named in it
    for m in _PERSON_TITLE.finditer(sentence):
        person = m.group(1)
        if person.split()[-1] in speakers or name_in(person, src) or name_in(person, context) or not names(src):
            continue
        if _unnamed_role(sentence[m.start():m.start(1)].strip(), context or src):
            continue  # "Prime Minister Eleanor Whitford" where the readout only says "The Prime Minister": its principal
        if speaker_unnamed:
            speaker_unnamed = False  # the one titled person the first-person readout does not name: its speaker
            continue
        out.append(Change("actor", f"{person} is not named in the source", m.start(1), m.end(1)))
    return out


_INITIATIVE_SRC = re.compile(r"\b[Aa]t the (?:initiative|request|invitation) of (?:the\s+)?(?P<x>[A-Z][\w’'-]+)"
                             r"|\b[Aa]t the (?P<y>[A-Z][\w’'-]+)['’]s (?:initiative|request|invitation)\b")
_INITIATIVE_ART = re.compile(r"\b(?:initiated|requested|proposed|arranged) by (?:the\s+)?(?P<a>[A-Z][\w’'-]+)"
                             r"|\bat (?P<b>[A-Z][\w’'-]+)['’]s (?:initiative|request)\b|\b(?P<c>[A-Z][\w’'-]+) initiated\b"
                             r"|\b[Aa]t the (?:initiative|request|invitation) of (?:the\s+)?(?P<d>[A-Z][\w’'-]+)")


def _initiative_changes(sentence: str, context: str) -> list[Change]:
    """The call or meeting credited to the other party's initiative ("at the initiative of the Myrland side" →
    "initiated by Velesky", the other president): an actor change. A person named within a few words of the
    source's initiating party belongs to it."""
    art = _INITIATIVE_ART.search(sentence)
    src = _INITIATIVE_SRC.search(context) if art else None  # the article first: the whole source is long
    if not art or not src:
        return []
    who, party = next(g for g in art.groups() if g), src.group("x") or src.group("y")
    near = " ".join(context[max(0, m.start() - 30):m.end() + 30] for m in re.finditer(re.escape(party), context))
    if name_in(who, party) or name_in(who, near):
        return []
    return [Change("actor", f"{who} vs the {party} side (whose initiative the source names)", art.start(), art.end())]


# A named body or unit told with another compass word ("Units of the Western Command" for "… of the Eastern Command").
_COMPASS = r"(?:North|South|East|West)(?:ern)?|Central|(?:North|South)-?(?:east|west)(?:ern)?"
_COMPASS_BODY = re.compile(rf"\b(?P<c>{_COMPASS})\s+(?P<h>(?:[A-Z][\w’'-]+\s+){{0,2}}(?:Command|Army|Fleet|Corps|Group|Brigade|"
                           r"Division|Front|Directorate|Department|Bureau|Office|Forces|Grouping|Military District))\b")


def _compass_body_changes(sentence: str, src: str) -> list[Change]:
    """The body the article names with another compass word than the source gives the same body (an ``actor`` change)."""
    theirs = {m.group("h"): m.group(0) for m in _COMPASS_BODY.finditer(src)}
    for m in _COMPASS_BODY.finditer(sentence):
        other = theirs.get(m.group("h"))
        if other and other.split()[0].lower() != m.group("c").lower():
            return [Change("actor", f"{m.group(0)} vs {other}", m.start(), m.end(), other)]
    return []


# "X invited Y to visit": the inviter and the invited; "Y accepted the invitation": the one who accepts.
_INVITER = re.compile(r"(?P<a>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:also\s+)?(?:invited|has\s+invited|extended\s+an\s+"
                      r"invitation\s+to)\s+(?P<b>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")
_ACCEPTER = re.compile(r"(?P<x>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:has\s+|had\s+)?(?:gladly\s+)?accepted\s+"
                       r"(?:an|the|a|his|her|their)\s+invitation\b")


def _invitation_reversed(sentence: str, context: str) -> list[Change]:
    """The one who invited told as the one who accepted ("Y accepted an invitation to visit" where the source has Y
    invite X): an actor change."""
    acc = _ACCEPTER.search(sentence)
    inv = _INVITER.search(context) if acc else None
    if not acc or not inv:
        return []
    who, inviter, invited = _name_keys(acc.group("x")), _name_keys(inv.group("a")), _name_keys(inv.group("b"))
    if who and _any_same_sound(who, inviter) and not _any_same_sound(who, invited):
        return [Change("actor", f"{acc.group('x')} accepted vs {inv.group('b')} (whom {inv.group('a')} invited)",
                       acc.start("x"), acc.end("x"), inv.group("b"))]
    return []


def _actor_changes(sentence: str, src: str, cross: bool, context: str = "") -> list[Change]:
    out = (_unnamed_in_source(sentence, src, context) or _initiative_changes(sentence, context or src)
           or _compass_body_changes(sentence, src) or ([] if cross else _invitation_reversed(sentence, src)))
    if out:
        return out
    roles = _roles(context or src)
    mine, verb_a = _subject(sentence, roles)
    if cross:
        clause, agent, act = _reported_act(sentence, mine, verb_a)
        return _first_named_swap(clause, src, agent, act)
    if verb_a and (_PASSIVE_AUX.search(sentence[: verb_a.start()])
                   or (verb_a.group(0) in ("will", "shall") and _BE_DONE.match(sentence, verb_a.end()))):
        mine = _passive_agent(sentence, verb_a, roles)  # "X was summoned", "X will be set up": X is not the one who acts
    elif verb_a and not mine:
        return _unnamed_roles_swapped(sentence, src, verb_a)
    if not (mine and verb_a):
        return out
    return _swap(sentence, src, context, roles, mine, verb_a)


def _unnamed_roles_swapped(sentence: str, src: str, verb_a: re.Match) -> list[Change]:
    """The doer and the one done to exchanged, both named by role nouns ("The referee told the coach" for "The coach
    told the referee"): the article's subject noun is the object of the same verb in the source and not its
    subject. Encounters both sides hold ("met", "spoke") are no change."""
    verb = verb_a.group(0)
    if _RECIPROCAL.fullmatch(verb) or len(verb) < 4:
        return []
    opening = DATELINE.match(sentence)
    at = opening.end() if opening and opening.end() <= verb_a.start() else 0
    head = sentence[at: verb_a.start()].strip()
    own = [w.lower() for w in re.findall(r"[^\W\d_]+", head) if w.lower() not in STOPWORDS]
    done = re.search(rf"\b{re.escape(verb)}\b", src)
    if not own or len(own) > 3 or done is None:
        return []
    who = _clause_head(src, done.start())
    whom = re.match(r"\s*((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:on|about|of|in|at|that|to|for|with)\b|[,.;]|$)",
                    src[done.end():])
    noun = own[-1]
    if whom is None or noun not in whom.group(1).lower().split() or noun in who.lower().split():
        return []
    return [Change("actor", f"{head} vs {who}", at, at + len(head))]


# Spellings of one sound across transliterations ("Pelc"/"Pelts", "Kasimir"/"Kazimir") that the KB's name folding
# (kb.fold.fold_word) keeps apart; the ones it already merges (ph/f, kh/h, w/v, y/j/i, tz/ts, doubled letters) are
# not repeated here. "ck" → "k" stays: "ts" → "c" makes new ones ("Novitski").
_SOUNDS = (("ts", "c"), ("cz", "c"), ("ck", "k"), ("q", "k"), ("z", "s"))


def _sound(key: str) -> str:
    """A name key folded by the KB (:func:`cablegram.kb.fold.fold_token`, which already merges "Oduya"/"Oduja"),
    spelled by sound (:data:`_SOUNDS`), doubled letters single: one name re-transliterated keeps its key ("pelts" and
    "pelc" → "pelc")."""
    for a, b in _SOUNDS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def _sounded(keys: set[str]) -> set[str]:
    return {_sound(k) for k in keys}


def same_sound(a: str, b: str) -> bool:
    """Whether two folded name keys are one name re-transliterated: the same spelled by sound (:func:`_sound`:
    "verhovats" and "verhovac"), or close once so spelled (:func:`_same_name`: "marketti" and "marchetti",
    "velicko" and "velichko")."""
    sa, sb = _sound(a), _sound(b)
    return sa == sb or _same_name(sa, sb)


def _any_same_sound(mine: set[str], theirs: set[str]) -> bool:
    return any(same_sound(a, b) for a in mine for b in theirs)


def _derived(mine: set[str], theirs: set[str]) -> bool:
    """Whether a name key of one side extends one of the other ("estavian" of "Estavian university hospitals" for
    "estavia"): a country's people or bodies for the country, not another actor."""
    return any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs if min(len(a), len(b)) >= 5)


def _swap(sentence: str, src: str, context: str, roles: dict[str, set[str]], mine: set[str], verb_a: re.Match) -> list[Change]:
    """The actor change when the source's doer of the article's verb (``verb_a``, done by ``mine``) is someone else."""
    out: list[Change] = []
    theirs, verb_s = _source_doer(src, context, roles, mine, verb_a)
    if (theirs and verb_s and not _any_same_sound(mine, theirs) and not _derived(mine, theirs)
            and not (_RECIPROCAL.fullmatch(verb_a.group(0))
                     and (mine <= _name_keys(src) or _parties_swapped(sentence, src, mine, theirs, verb_a, verb_s)))):
        opening = DATELINE.match(sentence)
        at = opening.end() if opening and opening.end() <= verb_a.start() else 0  # a wire dateline is no subject
        head = sentence[at: verb_a.start()].rstrip()
        who = (_SENTENCE_END.split(_clause_head(src, verb_s.start()))[-1]  # the evidence may be several sentences
               or _SUBJECT_VERB.split(src, maxsplit=1)[0].strip())  # a shared subject
        if _same_actor_in_other_words(head, who, theirs, context or src):
            return out
        out.append(Change("actor", f"{head} vs {who}", at, at + len(head)))
    return out


def _same_actor_in_other_words(head: str, who: str, theirs: set[str], context: str) -> bool:
    """Whether the article's subject ``head`` is the source's ``who`` (name keys ``theirs``) told otherwise: a party for
    its member, a body for its union, a seat for its host, a modifier dropped, the same body's staff, the same kind of
    unnamed body, or the same thing in common nouns."""
    return (_party_for_its_member(head, theirs, context) or _body_for_its_union(head, theirs, context)
            or _seat_for_its_host(head, context) or _modifier_dropped(head, who) or _same_body_staff(head, who)
            or _same_kind_of_body(head, who) or _same_unnamed_thing(head, who))


def _seat_for_its_host(head: str, context: str) -> bool:
    """Whether the article's subject is the building the source's meeting was held at ("Ravel Palace announced …",
    "Ravel announced …" for a readout of talks "at Ravel Palace"): the seat speaks for the one it houses, as "Downing
    Street" does for the British prime minister. The subject is one to three capitalised words, the first of them named
    after "at" in the source (not as a country's possessive)."""
    name = re.sub(r"^The\s+", "", head.strip())
    parts = name.split()
    if not 1 <= len(parts) <= 3 or not all(w[:1].isupper() for w in parts):
        return False
    return bool(re.search(rf"\bat\s+(?:the\s+)?{re.escape(parts[0])}\b(?![’'])", context))


# Words for one kind of unnamed body ("Sappers" for "Engineering units", "Aid groups" for "Humanitarian partners"):
# either subject made of words of one group only is the same actor.
_BODY_KINDS = (
    frozenset("sappers sapper engineers engineer engineering deminers demining mine clearance units unit teams team "
              "specialists".split()),
    frozenset("aid humanitarian humanitarians relief groups group agencies agency organisations organizations partners "
              "workers ngos charities".split()),
    frozenset("rescuers rescue emergency services workers teams crews responders firefighters".split()),
)
_BODY_KIND_CORE = (frozenset("sappers sapper engineers engineer engineering deminers demining mine clearance".split()),
                   frozenset("aid humanitarian humanitarians relief ngos charities".split()),
                   frozenset("rescuers rescue emergency responders firefighters".split()))


def _same_kind_of_body(head: str, who: str) -> bool:
    """Whether both subjects name one kind of unnamed body in other words (:data:`_BODY_KINDS`: "Sappers have" for
    "Engineering units", "Aid groups have so far" for "Humanitarian partners have"): every word of each, time words,
    auxiliaries and the armed service they belong to ("Army engineers") set aside, in one group, each with a word of
    that group's core (a body of people named by what it does)."""
    def own(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", text)} - STOPWORDS - _AUX_WORDS - _SERVICE_WORDS

    a, b = own(head), own(who)
    return bool(a and b) and any(a <= kind and b <= kind and a & core and b & core
                                 for kind, core in zip(_BODY_KINDS, _BODY_KIND_CORE))


_AUX_WORDS = frozenset("have has had been be is are was were will so far now already also".split())
_SERVICE_WORDS = frozenset("army military navy naval air force forces armed".split())


_STAFF_WORDS = frozenset("""staff officials diplomats representatives personnel members employees officers workers team
delegates envoys consular""".split())


def _same_body_staff(head: str, who: str) -> bool:
    """Whether both subjects are the people of one body, named with other staff words ("Diplomats from the consulate"
    for "Consulate staff", "Ministry officials" for "officials of the ministry"): the same body word on both sides and
    nothing else but words for its people."""
    def parts(text: str) -> tuple[set[str], set[str]]:
        found = {w.lower() for w in re.findall(r"[^\W\d_]+", text)} - STOPWORDS - {"from", "of", "at", "its"}
        bodies = found & (_BODY_WORDS | {"consulate"})
        return bodies, found - bodies

    (body_a, rest_a), (body_b, rest_b) = parts(head), parts(who)
    return len(body_a) == 1 and body_a == body_b and bool(rest_a) and bool(rest_b) and (rest_a | rest_b) <= _STAFF_WORDS


def _modifier_dropped(head: str, who: str) -> bool:
    """Whether the article's subject is the source's less a modifier ("Trucks have" for "WFP trucks have", "The teams"
    for "The agency's mobile teams"): every word of it in the source's subject, a common noun among them."""
    mine = set(words(head)) - STOPWORDS
    return bool(mine) and mine <= set(words(who)) and any(w.isalpha() and w.lower() == w for w in re.findall(
        r"[^\W\d_]+", who) if w.lower() in mine)


def _parties_swapped(sentence: str, src: str, mine: set[str], theirs: set[str], verb_a: re.Match,
                     verb_s: re.Match) -> bool:
    """Whether the two sides of a symmetric encounter ("A met B", "B held talks with A") are told the other way round:
    a person of the article's subject is named after the source's verb and the source's subject after the article's
    (the same meeting, no other actor)."""
    parties = _parties(src)[0] | _parties(sentence)[0]

    def people(keys: set[str]) -> set[str]:  # a country named on both sides ("of Vesland", "Vesland's") is no person
        return _sounded({k for k in keys if k[:4] not in parties})

    after_s, after_a = people(_name_keys(src[verb_s.end():])), people(_name_keys(sentence[verb_a.end():]))
    return bool(people(mine) & after_s) and bool(people(theirs) & after_a)


def _source_doer(src: str, context: str, roles: dict[str, set[str]], mine: set[str],
                 verb_a: re.Match) -> tuple[set[str], re.Match | None]:
    """Name keys of whoever does the article's verb in the source, and the source's verb: the first clause's subject,
    else the subject of the same verb later on; a readout's "He" is its principal; its "I" the unnamed speaker, who is
    none of the people the readout names."""
    theirs, verb_s = _subject(src, roles)
    if not (verb_s and _same_verb(verb_a.group(0), verb_s.group(0))):
        theirs, verb_s = _subject_of_verb(src, verb_a.group(0), roles)
    if not verb_s:
        theirs, verb_s = _later_sentence_doer(src, roles, verb_a.group(0))
    if not theirs and verb_s and _PRONOUN.fullmatch(_SENTENCE_END.split(src[: verb_s.start()])[-1]) and context:
        theirs = (_subject(_sentence_before(context, src, verb_s.start()), roles)[0]
                  or _subject(_first_sentence(context), roles)[0])  # "The State Secretary …. She": the one named first
    if not theirs and verb_s and _I_SUBJECT.fullmatch(_clause_head(src, verb_s.start())) and mine <= _name_keys(context or src):
        theirs = {"\0speaker"}  # "I invited Orlesk …": the speaker does it, not someone the readout names
    return theirs, verb_s


def _later_sentence_doer(src: str, roles: dict[str, set[str]], verb: str) -> tuple[set[str], re.Match | None]:
    """Name keys of the subject of a later evidence sentence whose first verb is the article's verb in other words
    ("The Minister insisted …" for "… underlined …", after a sentence of who met whom), and that verb (a match in
    ``src``): the evidence is several sentences joined, the first of them about another act."""
    for end in _SENTENCE_END.finditer(src):
        keys, found = _subject(src[end.end():], roles)
        if not (found and keys and _same_verb(verb, found.group(0))):
            continue  # a pronoun or a thing for its subject ("They", "Debris from"): no one to compare
        if not _ATTRIBUTIVE_AFTER.search(src, 0, end.end() + found.start()):  # "from downed drones": no act
            return keys, _SUBJECT_VERB.search(src, end.end() + found.start())
    return set(), None


# Who belongs to which party in the source: "Bertil Auvinen of Quenland", "Osmia's trade minister, Pia Raud",
# "Velorian Foreign Minister Adaeze Okonkwo".
_PERSON_OF = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+of\s+(?:the\s+)?([A-Z][\w’'-]+)")
_PARTY_PERSON = re.compile(rf"\b([A-Z][\w’'-]+?)(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}(?:{_TITLE}|minister|president|"
                           r"leader|ambassador|envoy|chancellor),?\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
# A party in the source: a possessive before a lower-case word ("Haltmark's agricultural exports") or "of X".
_PARTY_MARK = re.compile(r"\b([A-Z][\w’'-]+)['’]s\s+[a-z]|\bof\s+(?:the\s+)?([A-Z][\w’'-]+)")


@lru_cache(maxsize=16)
def _parties(context: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(folded four-letter prefixes of the parties the source names, prefix → name keys of the people it ties to it)."""
    marks = {m.group(1) or m.group(2) for m in _PARTY_MARK.finditer(context)}
    people: dict[str, set[str]] = {}
    for m in _PERSON_OF.finditer(context):
        people.setdefault(_fold(m.group(2))[:4], set()).update(_name_keys(m.group(1)))
    for m in _PARTY_PERSON.finditer(context):
        if _GROUP_WORD.match(m.group(1)) or re.match(r"[A-Z][\w’'-]+['’]s\b", m.group(0)):  # "Lutesian", "Osmia's"
            people.setdefault(_fold(m.group(1))[:4], set()).update(_name_keys(m.group(2)))
    prefixes = frozenset(_fold(w)[:4] for w in marks | {w for w in re.findall(r"\b[A-Z][a-z]+\b", context) if _GROUP_WORD.match(w)})
    return prefixes, {k: frozenset(v) for k, v in people.items()}


@lru_cache(maxsize=16)
def _titled_people(context: str) -> frozenset[str]:
    """Name keys of the people the source gives a title ("President Mara Voss")."""
    return frozenset(k for m in _PERSON_TITLE.finditer(context) for k in _name_keys(m.group(1)))


_GROUP_WORD = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|land|ia|stan)$")


def _party_for_its_member(head: str, theirs: set[str], context: str) -> bool:
    """Whether the article's subject names only parties ("Haltmark", "Haltmark's prime minister", "The Haltmark
    leader") for a person the source does not tie to another party: a country standing for its leader, no other
    actor. A party the source ties to someone else ("Quenland" where "Auvinen of Quenland" did not do it), or another
    party than the one it ties the doer to ("Dunmark's minister" for "Lutesian Foreign Minister Arendse"), is a swap."""
    words_ = [w for w in re.findall(r"[A-Z][\w’'-]+", head) if w.lower().strip("’'") not in _ROLE_WORDS and w != "The"]
    prefixes, people = _parties(context)
    keys = [_fold(_POSSESSIVE.sub("", w))[:4] for w in words_]
    titled = _titled_people(context)
    if not keys or not all(k in prefixes for k in keys) or not theirs & titled:
        return False  # only a party for a titled person of the source ("Ostmark protested" for "Varnland protested": a swap)
    own_parties = {k for k, p in people.items() if p & theirs}  # "Lutesian Foreign Minister Piet Arendse": Lutesia's
    if own_parties:
        return bool(own_parties & set(keys))
    return not any(k in people for k in keys)  # a party the source ties to nobody (else to someone else: a swap)


# A body that speaks of itself by its bare title in its own release ("The Council today adopted …").
_BODY_WORDS = frozenset("""council commission ministry government embassy office presidency secretariat parliament assembly
department agency mission cabinet""".split())


def _body_for_its_union(head: str, theirs: set[str], context: str) -> bool:
    """Whether the source's doer is only a body's bare title ("The Council", its own release's voice) and the article's
    subject names the organisation the release speaks of as "the X" ("The Northern Union adopted …" where it says "the
    Union would keep up its pressure"): the body for its organisation, no other actor. A party the source names bare
    ("against Velastra") is not the body."""
    if not theirs or not theirs <= _BODY_WORDS:
        return False
    own = [w for w in re.findall(r"[A-Z][\w’'-]+", head) if w.lower() not in _BODY_WORDS and w.lower() not in _CALENDAR
           and w != "The"]
    return bool(own) and any(re.search(rf"\bthe\s+{re.escape(w)}\b", context) for w in own)


_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas|who)\b", re.I)
_BE_DONE = re.compile(r"\s+(?:not\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en|wn|un|lt|ld)|set|put|held|made|met|kept|sent|"
                      r"built|cut|hit|led|paid|sold|told|bought|brought|taken|given|done)\b")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
_AGENT = re.compile(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s*)+)")


def _passive_agent(sentence: str, verb: re.Match, roles: dict[str, set[str]]) -> set[str]:
    """Name keys of the agent of a passive clause ("The envoy was received by Chancellor Amsel": Amsel does it),
    else an empty set."""
    if not _PASSIVE_AUX.search(sentence[: verb.start()]):
        return set()
    agent = _AGENT.match(sentence, verb.end())
    return _name_keys(agent.group(1)) if agent else set()
# Verbs of an encounter both parties do: "X met Y" and "Y met with X" report the same act (not "hosted", "received").
_RECIPROCAL = re.compile(r"met|spoke|talked|conferred|held", re.I)
_PRONOUN = re.compile(r"\s*(?:he|she|they)\s*", re.I)
_I_SUBJECT = re.compile(r"\s*(?:(?:Today|Yesterday|Tonight|This\s+(?:morning|afternoon|evening)|Earlier\s+today),?\s+)?"
                        r"I(?:\s+(?:also|then|have|had))?\s*")


@lru_cache(maxsize=16)
def _first_sentence(text: str) -> str:
    from .sentences import split_sentences

    first = split_sentences(text)
    return first[0].text if first else ""


def _sentence_before(context: str, src: str, at: int) -> str:
    """The source sentence before the one of ``src`` (evidence sentences joined) that holds offset ``at``, whose
    subject a sentence-opening "They"/"He" stands for ("X met Y. They discussed …": X, with Y); the source's first
    sentence when that one is not found in ``context`` or is the first."""
    from .sentences import split_sentences

    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(src) if m.end() <= at]
    own = src[starts[-1]:at].strip()
    parts = [p.text for p in split_sentences(context)]
    k = next((i for i, p in enumerate(parts) if own and p.startswith(own)), 0)
    return parts[k - 1] if k > 0 else _first_sentence(context)


_INFORMING = frozenset("informed briefed updated apprised told".split())


def _same_verb(a: str, b: str) -> bool:
    """The same verb ("praised"/"praises"), speech verbs of the same strength ("stressed"/"underscored"), or two verbs
    of informing ("briefed"/"informed")."""
    strength = speech_strength()
    a, b = a.lower(), b.lower()
    return (a[:5] == b[:5] or (a in strength and strength.get(a) == strength.get(b))
            or (a in _INFORMING and b in _INFORMING))


def _clause_head(text: str, at: int) -> str:
    """The words of ``text`` between the last clause break before ``at`` and ``at``."""
    return _CLAUSE_BREAK.split(text[:at])[-1].strip()


_REPORTED_HEAD = re.compile(r"\b(?:said|says|told\s+\w+|stated|noted|announced|added|confirmed|reported|that)\s+")


def _subject_of_verb(src: str, verb: str, roles: dict[str, set[str]]) -> tuple[set[str], re.Match | None]:
    """Name keys of whoever does ``verb`` in ``src`` when it is not the first verb ("Secretary Austin underscored …,
    and he applauded …"): the words before it in its clause; a pronoun, or no word at all ("… met X and thanked him"),
    stands for its sentence's subject."""
    found = re.finditer(rf"(?<![\w-]){re.escape(verb[:5])}\w*", src, re.I) if len(verb) >= 5 else iter(())
    # not a participle before a noun ("debris from downed drones", "the agreed text"): no act, no doer
    m = next((f for f in found if not (f.group(0).lower().endswith(("ed", "en", "wn"))
                                       and _ATTRIBUTIVE_AFTER.search(src, 0, f.start()))), None)
    if not m:
        return set(), None
    head = _SENTENCE_END.split(_clause_head(src, m.start()))[-1]  # the evidence is several sentences joined: its own
    if _REPORTED_HEAD.search(head):
        head = _REPORTED_HEAD.split(head)[-1]  # "X said the cabinet had approved": the cabinet did
    if m.group(0).lower() == verb.lower() and verb.lower().endswith("es") and _SUBJECT_VERB.search(head):
        return set(), None  # a plural noun after its clause's verb ("… will deliver four batteries"): no doer to read
    keys = _name_keys(head) | {k for r in _ROLE_REF.finditer(head) for k in _role_keys(r.group(1), roles)}
    if not keys and (not head or _PRONOUN.fullmatch(head)):  # "… met X and thanked him": the shared subject
        own = src[: m.start()].rfind(". ") + 1
        keys = _subject(src[own:m.start()], roles)[0]
    return keys, m


_ATTRIBUTIVE_AFTER = re.compile(r"\b(?:the|a|an|from|of|by|with|for|its|their|newly|recently)\s+$", re.I)


def _same_unnamed_thing(head: str, who: str) -> bool:
    """Whether both subjects are things named by common nouns only ("Falling debris", "Debris from downed drones"),
    sharing one: no proper name after the first word, one content word in common."""
    def own(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]+", text)} - STOPWORDS - _AUX_WORDS

    def named(text: str) -> bool:
        return any(w[:1].isupper() for w in text.split()[1:])

    shared = own(head) & own(who)
    return (not named(head) and not named(who) and bool(shared)
            and not any(_other_classifier(head, who, word) for word in shared))


def _other_classifier(head: str, who: str, noun: str) -> bool:
    """Whether each subject puts a different plain word (no participle) right before the shared ``noun``: another kind
    of the thing ("Volunteer engineers" for "Army engineers"), not the same thing described otherwise ("Falling
    debris" for "Debris from downed drones")."""
    def before(text: str) -> str | None:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
        at = words.index(noun) if noun in words else 0
        word = words[at - 1] if at > 0 else None
        return None if word is None or word in STOPWORDS or re.search(r"(?:ing|ed)$", word) else word

    mine, theirs = before(head), before(who)
    return mine is not None and theirs is not None and mine != theirs


# A Ukrainian or Russian past-tense verb ("провів", "подякував", "обсудили"): the subject stands before it.
_PAST_VERB_UK_RU = re.compile(r"(?<![\w-])[а-яіїєґ]{3,}(?:в|л|ла|ли|ло)(?![\w-])")


# A speaker frame before a reported clause ("X said (that) …", "X told reporters …") and the reported clause's first verb.
_SPEECH_FRAME = re.compile(r"(?:said|says|told\s+\w+|stated|noted|announced|added|confirmed)(?:\s+that)?\s+", re.I)
_REPORTED_VERB = re.compile(r"\b(?:would|will|shall|should|could|can|may|might|must|had|has|have|was|were|is|are|"
                            r"[a-z]\w*(?:ed|es))\b")


def _reported_act(sentence: str, mine: set[str], verb_a: re.Match | None) -> tuple[str, set[str], re.Match | None]:
    """The reported clause of a speaker frame, its doer's name keys and its verb ("Schallenberg said Austria would
    provide …": Austria provides; the speaker is no actor of the act), else the sentence with its own subject and verb."""
    frame = _SPEECH_FRAME.match(sentence, verb_a.start()) if verb_a else None
    if not frame:
        return sentence, mine, verb_a
    clause = sentence[frame.end():]
    verb = _REPORTED_VERB.search(clause)
    agent = _name_keys(clause[: verb.start()]) if verb else set()
    return (clause, agent, verb) if agent else (sentence, mine, verb_a)


def _first_named_swap(sentence: str, src: str, mine: set[str], verb_a: re.Match | None) -> list[Change]:
    """Across languages: the first person the source sentence names is one the article names after its verb, and
    not its subject ("Austin thanked Reznikov" for "Міністр Резніков подякував міністру Остіну")."""
    if not (mine and verb_a):
        return []
    verb_s = _PAST_VERB_UK_RU.search(src)
    if not verb_s:
        return []
    after = _name_keys(sentence[verb_a.end():]) - mine
    for w in re.findall(r"(?<![\w’'-])[A-ZА-ЯІЇЄҐ][^\W\d_]{2,}(?![\w-])", src[: verb_s.start()]):
        key = _fold(w)
        if any(_same_name(key, k) for k in mine):
            return []
        if any(_same_name(key, k) for k in after):
            head = sentence[: verb_a.start()].strip()
            return [Change("actor", f"{head} vs {w} (who does it in the source)", 0, len(head))]
    return []


def _fold(word: str) -> str:
    from ..kb.fold import fold_token

    return fold_token(word)


def _same_name(a: str, b: str) -> bool:
    """Folded name keys of the same name, allowing a case ending ("reznikovu" ~ "reznikiv")."""
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 80)


# An encounter still to come ("looked forward to meeting in person", "agreed to meet", "invited him to visit", "agreed
# to meet at the ministerial meeting in May",
# "to prepare a visit", "an upcoming trip"):
# not the encounter the readout reports.
_PLANNED_ENCOUNTER = re.compile(r"(?<!travelled )(?<!traveled )"  # "travelled to X to meet Y" is the trip itself
                                r"\b(?:to|will|would|shall|plans?\s+to|forward\s+to)\s+(?:\w+\s+){0,3}?"
                                r"(?:meet(?:ing)?|visit(?:ing)?|travel(?:l?ing)?\s+to|speak(?:ing)?|talk(?:ing)?)\b"
                                r"(?:\s+(?:again|in person|soon))?"
                                # where the planned encounter is to be ("to meet in person at the ministerial meeting")
                                # (to its last occasion word: "at the Lakes Forum leaders' meeting")
                                r"(?:\s+(?:at|during|on the (?:sidelines|margins) of)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}"
                                r"(?:meeting|summit|conference|session|forum)\b)?"
                                r"|\b(?:prepar\w*|plan(?:s|ned|ning)?|arrang\w*|organi[sz]\w*|upcoming|forthcoming|future|"
                                r"possible|proposed|next)\s+(?:\w+\s+){0,2}?(?:meetings?|visits?|trips?|summits?)\b"  # "prepare a visit"
                                r"|\bmeetings?\s+of\s+(?:the\s+|their\s+|a\s+)?\w+", re.I)  # "a meeting of the commission": a body's


@lru_cache(maxsize=64)
def _encounter(text: str) -> tuple[re.Match | None, re.Match | None]:
    """The first call word and the first meeting word of ``text``, encounters still to come set aside (cached: the
    whole source is asked once)."""
    text = _PLANNED_ENCOUNTER.sub(lambda m: " " * len(m.group(0)), text)
    return _CALL.search(text), _MEETING.search(text)


def _event_type_changes(sentence: str, src: str, context: str = "") -> list[Change]:
    """A call reported as a meeting or the reverse, judged against the whole source: the kind of
    encounter is a fact about the readout, not about one of its sentences."""
    call_a, meet_a = _encounter(sentence)
    call_s, meet_s = _encounter(src)
    if context:
        call_c, meet_c = _encounter(context)
        call_s, meet_s = call_s or call_c, meet_s or meet_c
    if meet_a and not call_a and call_s and not meet_s:
        return [Change("event_type", f"{meet_a.group(0)} vs {call_s.group(0)} (a call reported as a meeting)", meet_a.start(), meet_a.end())]
    if call_a and not meet_a and meet_s and not call_s:
        return [Change("event_type", f"{call_a.group(0)} vs {meet_s.group(0)} (a meeting reported as a call)", call_a.start(), call_a.end())]
    return []


_FRAME_WORDS = frozenset("said says told tells added adds according to the readout statement in a an".split())


# Where or when the words were said, part of a bare speech frame ("…," X told Y in the Oval Office / during the talks).
_OCCASION = r"(?:meeting|talks|call|conversation|signing|ceremony|visit|summit|session|capital|dinner|reception|launch)"
_FRAME_ADJUNCT = re.compile(rf"\b(?:in|at|during|after)\s+(?:the|their)\s+(?:(?:[A-Z][\w’'-]+\s*)+|"
                            rf"{_OCCASION}(?:\s+{_OCCASION})?\b)")


# The listener of a quote named by the role the encounter gives them ("…," X told her guest / his Quenish counterpart):
# the other principal of the source, part of a bare speech frame.
_FRAME_LISTENER = re.compile(r"\b(told|tells|assured|assures|reminded|reminds)\s+(?:her|his|their|the)\s+"
                             r"(?:visiting\s+|[A-Z][\w’'-]+\s+)?(?:guests?|hosts?|counterparts?|visitors?|"
                             r"interlocutors?|colleagues?|partners?)\b")


# The press as the listener of a bare frame ("…," X told reporters (after the talks)): the readout's own speaker's words,
# unless X is the counterpart the source's opening meets (:func:`_counterpart`): the other side's remarks to the press
# are never the readout's.
_FRAME_PRESS = re.compile(r"\btold\s+(?:reporters|journalists|the\s+press)\b")
_MEETS = re.compile(r"\b(?:with|received|receives|hosted|hosts|welcomed|welcomes)\b")


def _counterpart(name: str, source: list[str]) -> bool:
    """Whether the source's first sentence naming ``name`` names them as the one its principal meets ("Secretary Pryce
    spoke today with Foreign Minister Lenart Vosk": Vosk), not as one of the principals ("President A and President B
    met")."""
    last = name.split()[-1]
    first = next((t for t in source if last in t), "")
    at = first.find(last)
    return at > 0 and bool(_MEETS.search(first[:at]))
# A quote framed by a lone pronoun ("…," she told reporters): the speaker is the one the article's previous sentence
# opens with.
_FRAME_PRONOUN = re.compile(r"^\W*(?:he|she)\s+(?:said|says|told|tells|added|adds)\b", re.I)


def _pronoun_speaker(frame: str, previous: str) -> list[str]:
    """The speaker a pronoun frame stands for: the name the previous article sentence opens with (within its first
    four words: "Okonjo-Lindkvist urged donors …", "The UN's Amara Holm said …"); none when the frame has no lone
    he/she or the previous sentence opens with no name."""
    if not previous or not _FRAME_PRONOUN.match(frame):
        return []
    found = names(previous)
    if not found:
        return []
    head = " ".join(previous.split()[:4])
    return [found[0]] if found[0].split()[0] in head else []


# What a frame may call the source's agreement or act in other words ("the research accord" for "agreements on
# research", "the deal" for "the memorandum").
_DOCUMENT_WORDS = frozenset("accord accords agreement agreements deal deals pact pacts memorandum treaty plan decision "
                            "step move talks visit".split())
_NAMING_VERBS = frozenset("called calls described describes termed terms hailed hails labelled labeled".split())


def _source_word(word: str, own: frozenset[str]) -> bool:
    """Whether ``word`` is one of the source's content words (``own``: their stems), a plural for its singular too
    ("the floods" for a source's "flood-hit areas")."""
    return word[:6] in own or (len(word) > 3 and word.endswith("s") and word[:-1][:6] in own)


def _named_thing_frame(rest: list[str], source_text: str) -> bool:
    """A frame that names what the speaker called something the source speaks of ("X called the rail fund “…”"): a
    naming verb, every other word the source's."""
    own = content_stems(source_text)
    return (bool(rest) and rest[0] in _NAMING_VERBS
            and all(w in STOPWORDS or w in _DOCUMENT_WORDS or _source_word(w, own) for w in rest[1:]))


_COPULA = frozenset("was is were are be been would will had has".split())


def _said_thing_frame(rest: list[str], frame: str, source_text: str) -> bool:
    """A frame that says what a thing the source speaks of was ("X said the charter was “…”"): a verb of saying, at
    most four other words, each a copula or the source's, one of them the source's content word."""
    own = content_stems(source_text)
    return (bool(re.search(r"\b(?:said|says|added|adds)\b", frame)) and 0 < len(rest) <= 4
            and all(w in STOPWORDS or w in _COPULA or w in _DOCUMENT_WORDS or _source_word(w, own) for w in rest)
            and any(w not in STOPWORDS and w not in _COPULA and _source_word(w, own) for w in rest))


def _named_official(name: str, source_text: str) -> bool:
    """Whether the source names the person later than its opening with a title or office ("Karin Hollby, UNHCR's
    Representative in Kaldoria, visited …"): one of the readout's own officials."""
    last = name.split()[-1]
    m = re.search(rf"\b{re.escape(last[:3])}\w*", source_text)
    return bool(m) and name_in(name, source_text) and bool(
        re.search(r"\b(?:Representative|Coordinator|Spokes(?:person|man|woman)|Minister|Secretary|Ambassador|Envoy|"
                  r"Director|Commissioner|President|Head|Chief)\b", source_text[max(0, m.start() - 80):m.end() + 80]))


def _respelled_in(name: str, text: str) -> bool:
    """Whether the last word of ``name`` is a name of ``text`` spelled another way (:func:`same_sound`: "Adamiya" for
    "Adamia")."""
    last = words(name)[-1:]
    return bool(last) and any(same_sound(_fold(last[0]), _fold(w)) for w in words(" ".join(names(text))))


def _principal_speakers(sentence: str, source: list[str], previous: str) -> bool:
    """Whether the sentence's frame, its quotes set aside, is bare (see :func:`invented_quote`) and names only the
    source's principals or officials as its speakers (a counterpart's remarks to the press excepted)."""
    frame = _QUOTED.sub(" ", sentence)
    frame = _FRAME_LISTENER.sub(" told ", _FRAME_ADJUNCT.sub(" ", _FRAME_PRESS.sub(" told ", frame)))
    speakers = names(frame) or _pronoun_speaker(frame, previous)
    name_words = {w for n in speakers for w in words(n)}
    rest = [w for w in words(frame) if w not in _FRAME_WORDS and w not in name_words and w not in ("he", "she")]
    whole = " ".join(source)
    if (rest and not (_named_thing_frame(rest, whole) or _said_thing_frame(rest, frame, whole))) or not speakers:
        return False
    if not all(name_in(n, source[0]) or _named_official(n, whole) or _respelled_in(n, source[0]) for n in speakers):
        return False
    return not (_FRAME_PRESS.search(sentence) and any(_counterpart(n, source) for n in speakers))


def invented_quote(sentence: str, source: list[str], same_language: bool = True, previous: str = "") -> Change | None:
    """Words put in the mouth of the source's principals: a sentence that is only a quote and a bare speech
    frame ("…," Biden told Zelenskyy; "…," Sturla told her guest; "…," she told reporters, ``previous``, the article's
    sentence before, opening with the name she stands for) naming people of the source's first sentence,
    with quoted words (three or more) the source does not contain. Across languages the words cannot be compared: a source without
    any quotation marks quoted nobody. Such a sentence reports the source's encounter with words it never
    had (the codebook's ``quote`` change), however little its wording resembles the source."""
    quotes = [m for m in _QUOTED.finditer(sentence) if len(m.group(1).split()) >= 3]
    if not quotes or not source or not _principal_speakers(sentence, source, previous):
        return None
    text = " ".join(source)
    q = quotes[0]
    unseen = (fuzz.partial_ratio(q.group(1).lower(), text.lower()) < 90) if same_language else not _QUOTED.search(text)
    if not unseen:
        return None
    return Change("quote", f"the words in quotes ({q.group(1)[:60]!r}) are not in the source", q.start(1), q.end(1))


# Verbs that put the quoted words after them in the speaker's mouth ("X hailed the “remarkable progress”", "X said Y
# “fully backs” …"), besides the speech verbs of :func:`.vocabulary.speech_strength`.
_QUOTING_VERBS = frozenset("said says told tells added adds called calls described describes termed terms hailed hails "
                           "praised praises lauded applauded".split())
MAX_FRAME_GAP = 3  # words between the speaker's verb and a two-word quote
# Verbs of saying whose object is the reported clause ("X said the villagers had “lost everything”"): a two-word quote
# anywhere in that clause, up to MAX_CLAUSE_GAP words after the verb, is the speaker's.
_SAYING_VERBS = frozenset("said says told tells added adds".split())
MAX_CLAUSE_GAP = 8


def _spoken_quote(sentence: str, m: re.Match) -> bool:
    """Whether a quote of two lower-case words is the speaker's: a quoting verb (:data:`_QUOTING_VERBS`, or a speech
    verb of :func:`.vocabulary.speech_strength`) at most ``MAX_FRAME_GAP`` words before it, or a verb of saying
    (:data:`_SAYING_VERBS`) at most ``MAX_CLAUSE_GAP`` words before it, in the same clause. A two-word name in quotes
    (“Green Corridor”) or a scare quote with no speaker's verb before it is no quote."""
    q = m.group(1)
    if len(q.split()) != 2 or q != q.lower():
        return False
    before = [w.lower().strip("’'") for w in re.split(r"[.;:,()]", sentence[: m.start()])[-1].split()]
    strength = speech_strength()
    return (any(w in _QUOTING_VERBS or w in strength for w in before[-(MAX_FRAME_GAP + 1):])
            or any(w in _SAYING_VERBS for w in before[-(MAX_CLAUSE_GAP + 1):]))


# Words in single quote marks ("said the shipment showed 'full respect for the accord'", "‘a grave step’"): the
# opening mark after no letter, the closing one before none, an apostrophe inside a word ("Norland's") no mark.
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])['‘]([^\W\d_](?:[^'‘’\"“”\n]|['’](?=\w)){2,}?)['’](?![\w’'])")
# Verbs that pass a verdict on what they name ("called the decree “illegitimate”", "branded the levy as 'unfair'"), the
# quoted verdict up to MAX_VERDICT_GAP words after the verb, in its clause.
_VERDICT_VERBS = frozenset("called calls calling branded brands branding described describes describing termed terms "
                           "labelled labeled labels dubbed dubs denounced denounces condemned condemns blasted blasts "
                           "slammed slams decried decries hailed hails".split())
MAX_VERDICT_GAP = 6
_NAMING_WORDS = frozenset("the a an its their his her our this that these those so-called".split())


def _quotes(sentence: str) -> list[re.Match]:
    """The quotes of ``sentence``, in double (:data:`_QUOTED`) or single quote marks (:data:`_SINGLE_QUOTED`)."""
    double = list(_QUOTED.finditer(sentence))
    single = [m for m in _SINGLE_QUOTED.finditer(sentence)
              if not any(d.start() <= m.start() < d.end() for d in double)]
    return sorted(double + single, key=lambda m: m.start())


def _verdict_quote(sentence: str, m: re.Match, src: str) -> bool:
    """Whether a quote of one or two lower-case words is a verdict the source does not give: a verb of verdict
    (:data:`_VERDICT_VERBS`) at most ``MAX_VERDICT_GAP`` words before it in its clause, and a content word of the
    quote that the source lacks ("called the decree “illegitimate”" for a source that found it unlawful). The source's
    own word in quote marks is no change."""
    q = m.group(1)
    if not 1 <= len(q.split()) <= 2 or q != q.lower():
        return False
    before = [w.lower().strip("’'") for w in re.split(r"[.;:,()]", sentence[: m.start()])[-1].split()]
    if not before or before[-1] in _NAMING_WORDS:
        return False  # "denounced the so-called “reform”": the quote names a thing, it passes no verdict
    return (any(w in _VERDICT_VERBS for w in before[-(MAX_VERDICT_GAP + 1):])
            and bool(content_stems(q) - content_stems(src)))


def quote_changes(sentence: str, src: str, *, verdicts: bool = True) -> list[Change]:
    """Quoted words (three or more words, or two in a speaker's mouth: :func:`_spoken_quote`) that the evidence does
    not contain, and (with ``verdicts``) a verdict of one or two words the source does not give
    (:func:`_verdict_quote`)."""
    out = []
    for m in _quotes(sentence):
        q = m.group(1)
        if (((len(q.split()) >= 3 or _spoken_quote(sentence, m)) and fuzz.partial_ratio(q.lower(), src.lower()) < 90)
                or (verdicts and _verdict_quote(sentence, m, src))):
            out.append(Change("quote", f"the words in quotes ({q[:60]!r}) are not in the source", m.start(1), m.end(1)))
    return out


_CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:and|but|while|whereas|which|who|how|as)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")


def _span_in_new_clause(sentence: str, src: str, m: re.Match) -> bool:
    """Whether the match stands in a clause of at least three content words that the source mostly lacks
    ("…, which have escalated sharply since …"): it belongs to new material, not to the reported statement."""
    edges = list(_CLAUSE_EDGE.finditer(sentence))
    start = max((e.end() for e in edges if e.end() <= m.start()), default=0)
    end = min((e.start() for e in edges if e.start() >= m.end()), default=len(sentence))
    clause = sentence[start:end]
    return len(content_stems(clause)) >= 3 and coverage(clause, [src]) < 0.34


def _in_new_clause(sentence: str, src: str, modal_words: set[str]) -> bool:
    """Whether each added modal stands in a clause of at least three content words that the source mostly
    lacks ("… and how that aid could shape the operations ahead"): it hedges new material, not the reported
    statement, so it is no change of that statement's modality."""
    for m in re.finditer(rf"\b(?:{'|'.join(sorted(modal_words))})\b", sentence, re.I):
        edges = list(_CLAUSE_EDGE.finditer(sentence))
        start = max((e.end() for e in edges if e.end() <= m.start()), default=0)
        end = min((e.start() for e in edges if e.start() >= m.end()), default=len(sentence))
        clause = sentence[start:end]
        if len(content_stems(clause)) < 3 or coverage(clause, [src]) >= 0.34:
            return False
    return True


# "any action that could …", "all steps which might …": a relative clause on whatever act of a kind, before its modal.
_ANY_THAT = re.compile(r"\b(?:any|every|all|no)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+$", re.I)


def _any_that_might(src: str, modal_words: set[str]) -> bool:
    """Whether each modal the source has and the sentence drops qualifies an act of a kind in general ("refrain from
    any step that could endanger the convoys" told as "avoid steps endangering the convoys"): what such an act might
    do, no statement made certain."""
    found = list(re.finditer(rf"\b(?:{'|'.join(sorted(modal_words))})\b", src, re.I))
    return bool(found) and all(_ANY_THAT.search(src[max(0, m.start() - 60): m.start()]) for m in found)


def _unreported_clause(src: str, sentence: str, modal_words: set[str]) -> bool:
    """Whether each modal the source has and the sentence drops stands in a source clause whose content words the
    sentence mostly lacks ("The measures will remain in force until March and may be extended" reported as "The
    measures run until March"): the sentence leaves that clause out, it does not make it certain. A clause ends at
    the end of its evidence sentence too (the evidence is several sentences joined)."""
    edges = [*_CLAUSE_EDGE.finditer(src), *_SENTENCE_END.finditer(src)]
    for m in re.finditer(rf"\b(?:{'|'.join(sorted(modal_words))})\b", src, re.I):
        start = max((e.end() for e in edges if e.end() <= m.start()), default=0)
        end = min((e.start() for e in edges if e.start() >= m.end()), default=len(src))
        clause = src[start:end]
        if not content_stems(clause) or coverage(clause, [sentence]) >= 0.34:
            return False
    return True


# "discussed how cooperation could develop", "whether talks might resume": the modal belongs to the topic discussed.
_INDIRECT_MODAL = re.compile(r"(\b(?:how|whether|ways?\s+in\s+which)\b[^;.]{0,120}?)\b(?:could|might|may)\b", re.I)
# "cleared the roads so that buses could run again": the modal of a purpose or result, not a hedge.
_PURPOSE_MODAL = re.compile(r"(\b(?:so\s+that|in\s+order\s+that)\b[^;.,]{0,80}?)\b(?:could|might|may|can)\b", re.I)


# "May" capitalised inside a sentence ("is planned for May", "until May 2027"): the month, never the modal.
_MONTH_MAY = re.compile(r"(?<=[\w,;:’')\]] )May\b")
# A possibility in other words than a modal verb: "reserves the right to respond", "does not rule out talks", "keeps
# open the option of": read as the modal "may" (what may happen, not what will).
_POSSIBILITY_PHRASE = re.compile(r"\b(?:reserv(?:es?|ed|ing)|retain(?:s|ed|ing)?)\s+(?:the|its|their|his|her|our)\s+"
                                 r"right\s+to\b|\b(?:does|do|did)\s+not\s+rule\s+out\b|"
                                 r"\bkeeps?\s+open\s+the\s+option\s+(?:of|to)\b", re.I)


def _as_modal(text: str) -> str:
    """``text`` with a phrase of possibility (:data:`_POSSIBILITY_PHRASE`) read as "may"."""
    return _POSSIBILITY_PHRASE.sub("may", text)


def _hedging_changes(sentence: str, src: str) -> list[Change]:
    """Hedges added or dropped. A modal verb (may, might, could) added to or dropped from a statement is
    a change of modality (possible vs certain); other hedges ("possible", "reportedly") are recorded only."""
    hedge_words, modals = hedges(), possibility_modals()
    sentence, src = (_PURPOSE_MODAL.sub(r"\1", _INDIRECT_MODAL.sub(r"\1", _as_modal(_MONTH_MAY.sub(" ", sentence)))),
                     _PURPOSE_MODAL.sub(r"\1", _INDIRECT_MODAL.sub(r"\1", _as_modal(_MONTH_MAY.sub(" ", src)))))
    hedge_a, hedge_s = set(words(sentence)) & hedge_words, set(words(src)) & hedge_words
    modal = (hedge_a ^ hedge_s) & modals
    added_modal = modal & hedge_a
    if added_modal and _in_new_clause(sentence, src, added_modal):
        return [Change("hedging", f"the article adds {', '.join(sorted(added_modal))} in a clause the source does not have")]
    dropped = modal - hedge_a
    if dropped and not added_modal and re.search(r"\bcan\b", sentence, re.I) and not re.search(r"\bcan\b", src, re.I):
        return [Change("hedging", f"the source's {', '.join(sorted(dropped))} told as can")]  # "may be extended": "can be"
    if dropped and not added_modal and _unreported_clause(src, sentence, dropped):
        return [Change("hedging", f"the source's {', '.join(sorted(dropped))} stands in a clause the article does not report")]
    if (dropped and not added_modal and _any_that_might(src, dropped)
            and not re.search(r"\b(?:will|shall)\b", sentence, re.I)):
        return [Change("hedging", f"the source's {', '.join(sorted(dropped))} tells what any such act might do")]
    if modal:
        m = re.search(rf"\b(?:{'|'.join(sorted(modal))})\b", sentence)
        return [Change("modality", ("possible in the article, certain in the source" if modal & hedge_a
                                    else "possible in the source, certain in the article") + f" ({', '.join(sorted(modal))})",
                       m.start() if m else None, m.end() if m else None)]
    if hedge_a - hedge_s:
        return [Change("hedging", "the article adds " + ", ".join(sorted(hedge_a - hedge_s)))]
    if hedge_s - hedge_a:
        return [Change("hedging", "the article drops " + ", ".join(sorted(hedge_s - hedge_a)))]
    return []


# A wire dateline opening the sentence ("VELMAR, May 15 (Eastwind) - …", "LISCA, June 4 (Riverside Dispatch) – …"): the
# day the story was filed, not a date of what it reports.
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:(?:,\s*[A-Z][\w.]+)?,\s+[^()\-–—]{3,30}?\s*(?:\([^()]{2,60}\)\s*)?"
                      r"|\s*\([^()]{2,60}\)\s*)[-–—]+\s")  # or the place and the outlet alone: "ORSA (Lake Post) — "


def _outside_dateline(sentence: str, dates: list[Expression]) -> list[Expression]:
    """The sentence's dates but those inside its opening wire dateline (:data:`DATELINE`)."""
    m = DATELINE.match(sentence)
    return [d for d in dates if d.start >= m.end()] if m else dates


def find_changes(sentence: str, evidence: list[str], *, article_date: str | None = None,
                 evidence_dates: list[str | None] | None = None, same_language: bool = True,
                 context: str = "") -> list[Change]:
    """Differences between ``sentence`` and the concatenated ``evidence`` sentences (empty list: none found).

    With publication dates, relative day words are compared as the days they resolve to. ``context``:
    the whole source text, to know who "the Secretary" is and which names the source uses anywhere."""
    src = " ".join(evidence)
    d_a, t_a, n_a = expressions(sentence)
    d_s, t_s, n_s = expressions(src)
    out = (_vague_made_figure(_number_changes(n_a, n_s, sentence, src), sentence, src) if same_language
           else _number_changes(n_a, n_s))
    out += _range_narrowed(list(n_a), list(n_s), src) if same_language else []
    out += (_group_narrowed(sentence, src) + _all_parties_narrowed(sentence, src)) if same_language else []
    out += (_dates_changes(sentence, evidence, _outside_dateline(sentence, d_a), d_s, article_date, evidence_dates,
                           context)
            + _period_part_changes(sentence, src))
    # Durations are parsed in English only: across languages, only a counted one ("for two more years")
    # against a source sentence without any figure is a checkable change.
    durations = _duration_changes(t_a if same_language or t_s else [d for d in t_a if re.search(r"\d|two|three|four|five|six|ten", d.text)],
                                  t_s) if same_language or t_s or not n_s else []
    out += [c for c in durations if not (same_language and _new_duration_in_new_clause(sentence, src, c))]
    out += _actor_changes(sentence, src, not same_language, context)
    out += _modality_changes(sentence, src, same_language)
    out += _strength_changes(sentence, src)
    out += _event_type_changes(sentence, src, context)
    if not same_language and not _QUOTED.search(context or src):
        out += quote_changes(sentence, "")  # the source quoted nobody: every quote in the article is new
    if same_language:
        out += quote_changes(sentence, src)
        out += _hedging_changes(_without(sentence, d_a), _without(src, d_s))
        out += _place_changes(sentence, src, context) or _venue_changes(sentence, src)
    return out


def _without(text: str, spans: list[Expression]) -> str:
    """``text`` with the given expressions blanked out (so the month "May" is not read as the modal "may")."""
    for e in sorted(spans, key=lambda x: -x.start):
        text = text[: e.start] + " " * (e.end - e.start) + text[e.end:]
    return text


_PLACE = re.compile(rf"\b(?:in|to|at)\s+(?!{_CALENDAR_WORD})((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# Where a gathering is or will be held: "will be held in Castrelia", "will take place in Norvena".
_HELD_IN = re.compile(r"\b(?:(?:will|to|would|shall)\s+be\s+held|(?:was|were|is|are)\s+held|(?:will|to|would|shall)\s+take\s+place|"
                      r"took\s+place|takes\s+place)\s+in\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# A gathering to be held somewhere: "agreed to hold a summit in Norvena", "will host the next round of talks in Castrelia".
_HOLD_IN = re.compile(r"\b(?:hold|holds|holding|host|hosts|hosting|convene|convenes|convening)\s+(?:an?|the|their|its|a\s+joint)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:summit|meeting|conference|session|forum|consultations|talks|round(?:\s+of\s+talks)?)"
                      r"\s+in\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _venue(text: str) -> re.Match | None:
    """Where the text holds a gathering (:data:`_HELD_IN`, :data:`_HOLD_IN`), its group 1 the place."""
    return _HELD_IN.search(text) or _HOLD_IN.search(text)


def _venue_changes(sentence: str, src: str) -> list[Change]:
    """A gathering held in another city or country than the source says ("will be held in Castrelia" for "will take place
    in Norvena", "agreed to hold a summit in Castrelia" for "… in Norvena"), whatever else the source names the
    article's place for."""
    mine, theirs = _venue(sentence), _venue(src)
    if mine and theirs and not name_in(mine.group(1), theirs.group(1)) and not name_in(theirs.group(1), sentence):
        return [Change("event_type", f"in {mine.group(1)} vs {theirs.group(1)} (the place of the meeting)", mine.start(1),
                       mine.end(1), theirs.group(1))]
    return []


# A venue the source names by its office ("at the Prime Minister's Office", "at the Presidential Residence") and the
# seat's own name in the article ("at Haldor Street", "at Ravel House"): the same place.
_OFFICE_VENUE = re.compile(r"\bat\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Office|Residence|Chancellery|Palace)\b")
_SEAT_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,2}(?:Street|House|Palace|Residence|Castle|Hall|Mansion)")


def _seat_words(sentence: str, m: re.Match) -> str:
    """The capitalised words of a place match and the one after it ("Haldor" + "Street")."""
    tail = re.match(r"(?:\s+[A-Z][\w’'-]+)?", sentence[m.end(1):])
    return (m.group(1) + (tail.group(0) if tail else "")).strip()


def _place_changes(sentence: str, src: str, context: str) -> list[Change]:
    """A meeting place in the article that the source puts elsewhere ("met … in Bogota" vs "at the Department of State")."""
    if not _MEETING.search(sentence) or not _MEETING.search(src):
        return []
    theirs = [m.group(1) for m in _PLACE.finditer(src)]
    seat_venue = _OFFICE_VENUE.search(context or src)
    credit = re.search(r"\b(?:according\s+to|citing)\b", sentence, re.I)
    for m in _PLACE.finditer(sentence):
        place = m.group(1)
        if credit and m.start() > credit.start():
            break  # where the credited text was published ("according to a note issued in Velm"): no meeting's place
        if seat_venue and _SEAT_NAME.fullmatch(_seat_words(sentence, m)):
            continue  # "at Haldor Street" for "at the Prime Minister's Office": the seat's name
        if theirs and not name_in(place, src) and not name_in(place, context):
            return [Change("event_type", f"in {place} vs {theirs[0]} (the place of the meeting)", m.start(1), m.end(1), theirs[0])]
    return []


def differences(sentence: str, evidence: list[str], *, article_date: str | None = None,
                evidence_dates: list[str | None] | None = None) -> list[str]:
    """:func:`find_changes` as strings ``"<kind>: <detail>"``."""
    return [str(c) for c in find_changes(sentence, evidence, article_date=article_date, evidence_dates=evidence_dates)]


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
