"""The words the provenance checks use, read from the shared lexicons under ``cablegram/nlp/data``.

Nothing here is a word list of its own: hedges and negators come from ``modality.toml``, speech-verb
strength and hedges of doubt from ``attribution.toml`` (verbs of accusing from ``modality.toml``), month and weekday names from
``calendar.toml``, number words, scales and inexact-figure words from ``numbers.toml``. Each accessor
reads once per process (cached) and returns immutable values; errors are the lexicon loader's
:class:`~cablegram.errors.PipelineError` naming the file.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from ..nlp.lexicons import load_lexicon, word_set

# Languages whose month names a trace compares (the languages of the primary sources it supports).
TRACE_LANGUAGES = ("en", "uk", "ru")
_STRENGTH_LEVELS = (("weak", 1), ("firm", 2), ("strong", 3))
# Verbs of acclaim ("hailed the progress" for "noted the progress"): firm, as "stressed" is; the attribution lexicon
# lists them as plain speech verbs. "praised" and "commended" stay neutral: readouts and reports swap them freely.
_ACCLAIM = frozenset("hail hailed hails hailing laud lauded lauds applaud applauded applauds".split())


@lru_cache(maxsize=1)
def hedges() -> frozenset[str]:
    """Words that hedge a statement: modality adverbs and qualifiers, attribution hedges, possibility modals."""
    return (word_set(load_lexicon("modality"), "hedge.adverbs", "hedge.qualifiers", "hedge.possibility_modals")
            | word_set(load_lexicon("attribution"), "hedges.words"))


@lru_cache(maxsize=1)
def possibility_modals() -> frozenset[str]:
    """Modal verbs that turn a statement from certain into possible ("may", "might", "could")."""
    return word_set(load_lexicon("modality"), "hedge.possibility_modals")


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """Negators and negative quantifiers ("not", "never", "no", "none", …)."""
    return word_set(load_lexicon("modality"), "negation.negators", "negation.quantifiers", "negation.temporal")


@lru_cache(maxsize=1)
def speech_strength() -> MappingProxyType:
    """Speech verb form → strength 1 (weak: "noted") … 3 (strong: "demanded"), English, Ukrainian and Russian; the verbs
    of accusing (``modality.toml`` [frame] accusation_verbs: "accused", "blamed") are strong too — "accused the
    newspaper of …" for "regrets that the newspaper …" hardens the statement as "demanded" does; verbs of acclaim
    (:data:`_ACCLAIM`: "hailed") are firm."""
    lex = load_lexicon("attribution")
    levels = {w: 3 for w in word_set(load_lexicon("modality"), "frame.accusation_verbs")}
    levels.update({w: 2 for w in _ACCLAIM})
    levels.update({w: level for key, level in _STRENGTH_LEVELS for w in word_set(lex, f"speech_strength.{key}")})
    return MappingProxyType(levels)


@lru_cache(maxsize=1)
def month_numbers() -> MappingProxyType:
    """Month name or abbreviation (English, Ukrainian, Russian, lower case) → month number 1–12."""
    months = load_lexicon("calendar").get("months", {})
    return MappingProxyType({name.lower(): int(n) for lang in TRACE_LANGUAGES for name, n in months.get(lang, {}).items()})


@lru_cache(maxsize=1)
def relative_day_offsets() -> MappingProxyType:
    """Every phrase naming a day relative to the statement's date, one word or more ("today", "this morning", "last
    night") → its offset in days."""
    return MappingProxyType({w.lower(): int(n) for w, n in load_lexicon("calendar").get("relative_days", {}).items()})


@lru_cache(maxsize=1)
def relative_days() -> tuple[str, ...]:
    """One-word names of a day relative to the statement's date: English weekdays, "today", "yesterday", …"""
    cal = load_lexicon("calendar")
    weekdays = [w for w in cal.get("weekdays", {}).get("en", {}) if w.endswith("day")]
    relative = [w for w in cal.get("relative_days", {}) if " " not in w]
    return tuple(dict.fromkeys(weekdays + relative))


@lru_cache(maxsize=1)
def number_words() -> MappingProxyType:
    """Count words → value: units from two up (one, a, an are articles more often than figures), "half",
    and the exact and vague quantity words ("dozen", "hundreds") of ``numbers.toml``."""
    num = load_lexicon("numbers")
    units = {w.lower(): float(v) for w, v in num.get("units", {}).items() if float(v) >= 2}
    half = {w.lower(): float(v) for w, v in num.get("fractions", {}).items() if float(v) == 0.5}
    quantities = {w.lower(): float(v) for w, v in num.get("quantity_words", {}).items()}
    return MappingProxyType({**units, **half, **quantities})


@lru_cache(maxsize=1)
def scales() -> tuple[MappingProxyType, MappingProxyType]:
    """(scale word → multiplier, stem of an inflected scale word → multiplier) from ``numbers.toml``."""
    num = load_lexicon("numbers")
    return (MappingProxyType({w.lower(): float(v) for w, v in num.get("scales", {}).items()}),
            MappingProxyType({w.lower(): float(v) for w, v in num.get("scale_stems", {}).items()}))


def scale_of(word: str) -> float:
    """The multiplier of a scale word ("million", "bn", "мільйонів"); 1.0 for an unknown word."""
    exact, stems = scales()
    low = word.lower().rstrip(".")
    if low in exact:
        return exact[low]
    return next((v for stem, v in stems.items() if low.startswith(stem)), 1.0)


@lru_cache(maxsize=1)
def inexact_markers() -> tuple[str, ...]:
    """Words before a figure that make it inexact ("about", "more than", "близько"), longest first."""
    quals = load_lexicon("numbers").get("qualifiers", {})
    words = {w.lower() for key in ("upper", "lower", "approximate", "loose") for w in quals.get(key, [])}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def vague_quantities() -> tuple[str, ...]:
    """Words that quantify without a figure ("increasing civilian deaths", "many casualties") from
    ``numbers.toml`` [vague_quantities]: a figure the article puts in their place is a changed number."""
    return tuple(w.lower() for w in load_lexicon("numbers").get("vague_quantities", {}).get("words", []))
