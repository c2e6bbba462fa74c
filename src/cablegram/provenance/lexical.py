"""Word-level helpers shared by alignment and difference checks: content words, light stems, names."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out
over own same she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours s t
said says say told according also its it's which whose
""".split())
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?", re.UNICODE)
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)*")
# A capital letter of the Latin alphabets beyond A-Z ("Ørsted", "Šimek", "Élodie", "Łuczak").
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_ANY_NAME = re.compile(rf"\b[{_CAPITAL}][\w’'-]+(?:\s+(?:[{_CAPITAL}]\.\s+)?[{_CAPITAL}][\w’'-]+)*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (possessive ’s removed), Latin letters with diacritics folded ("Sæverud" → "saeverud",
    "Hlavatý" → "hlavaty": one name however a rewrite spells it)."""
    fold = _latin_fold()
    return [re.sub(r"[’']s$", "", w.lower().translate(fold)) for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def _latin_fold() -> dict[int, str]:
    """A str.translate table taking Latin letters with diacritics (U+00C0–U+024F) to plain ones, ligatures spelled
    out; other scripts (Cyrillic "й") untouched."""
    import unicodedata

    table = {ord(k): v for k, v in {"æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss", "œ": "oe", "Œ": "OE",
                                    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "ð": "d"}.items()}
    for code in range(0xC0, 0x250):
        if code in table:
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and base.isascii():
            table[code] = base
    return table


def stem(word: str) -> str:
    """A crude stem: the first six letters, enough to equate counteroffensive/counter-offensive variants, say/said."""
    return word[:6]


@lru_cache(maxsize=8192)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the non-stopword words of ``text`` (digits kept: numbers matter). Cached: source sentences
    are compared with many article sentences."""
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 2 or w.isdigit()))


def coverage(sentence: str, evidence_texts: list[str], name_threshold: float = 82.0) -> float:
    """Share of the sentence's content stems found in the evidence (fuzzy for capitalised names).

    O(len(sentence) × len(evidence)) — called only for a few candidate sentences.
    """
    own = content_stems(sentence)
    if not own:
        return 0.0
    ev = set().union(*(content_stems(t) for t in evidence_texts)) if evidence_texts else set()
    hit = set(own & ev)
    rest = own - hit
    if rest and ev:
        # Transliteration variants (Dmitry/Dmytro) and spelling differences count as present.
        for w in list(rest):
            if len(w) >= 4 and any(len(e) >= 4 and fuzz.ratio(w, e) >= name_threshold for e in ev):
                hit.add(w)
    return len(hit) / len(own)


def names(text: str, *, any_capital: bool = False) -> list[str]:
    """Capitalised word runs that are not just the sentence's first word (rough proper names); with ``any_capital``,
    also those whose capitals are beyond A-Z ("Østergaard", "Šimek")."""
    out = []
    for m in (_ANY_NAME if any_capital else _NAME).finditer(text):
        name = m.group(0)
        if m.start() == 0 and " " not in name and name.lower() in STOPWORDS:
            continue
        out.append(name)
    return out


def predicate_coverage(sentence: str, evidence_texts: list[str]) -> tuple[float, int]:
    """Share of the sentence's lower-case content words (what is said or done, not who) found in the
    evidence, and how many there are. Names alone do not make a statement the same statement."""
    own = {stem(w.lower()) for w in re.findall(r"\b[a-z][\w’'-]*", sentence)
           if w.lower() not in STOPWORDS and len(w) > 2}
    if not own:
        return 1.0, 0
    ev = set().union(*(content_stems(_without_inner_names(t)) for t in evidence_texts)) if evidence_texts else set()
    return len(own & ev) / len(own), len(own)


_INNER_NAME = re.compile(r"(?<=[\w,;:)’'\"] )[A-Z][\w’'-]*")


def _without_inner_names(text: str) -> str:
    """``text`` less its capitalised words after the first (names: the "Refugee" of "the UN Refugee Relief Agency"
    states nothing about refugees)."""
    return _INNER_NAME.sub(" ", text)
