"""Who an unsupported sentence is credited to: the claims component when present, else a small pattern check.

Classes (``records.CLAIMANT_KINDS``): named, organisation, anonymous, analysts, outlet, none.
The pattern fallback, in order of precedence:

- anonymous: unnamed people as the speaker: "officials said", "a Pentagon official said", sources,
  insiders, aides, critics, people familiar with …;
- analysts: analysts, observers, experts, commentators, pundits, think tanks …;
- organisation: an agency-like noun (ministry, department, council, groups, organisers, bureau, "the Ukrainian
  side" …) or a country or capital as the speaker, after "according to"/"citing" or before a reporting verb;
- named: "<Name Surname> said", "<Surname> wrote on …", "said <Title> <Name>", "the city's mayor said";
- none: no attribution cue.

Reporting verbs are every form of the attribution lexicon's speech and cognition verbs (``verbs.speech``,
``verbs.cognition``, less ``verbs.excluded_forms``); analyst heads and phrases come from its
``claimants`` table (``nlp/data/attribution.toml``). Linear in the sentence length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.claims_lexicon import verb_forms
from ..nlp.lexicons import load_lexicon, word_set

_ORG_NOUN = (r"(?:ministry|department|office|service|agency|council|commission|government|kremlin|pentagon|"
             r"white house|army|forces|command|staff|embassy|nato|united nations|press service|groups?|organi[sz]ers|"
             r"committee|parliament|court|police|union|bank|fund|estimates|authorities|media|press|newspapers?|broadcasters?|"
             r"news agency|outlets|side|bureau|institute|organi[sz]ation|association|foundation|downing street|no\.? 10|"
             r"opposition(?: part(?:y|ies))?)")
@lru_cache(maxsize=1)
def _report_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(organisation, named, single-name) speaker patterns around a reporting verb: every form of the attribution
    lexicon's speech and cognition verbs ("said", "accused", "believes"), less its mostly-not-attribution forms."""
    lex = load_lexicon("attribution")
    irregular = lex.get("verbs", {}).get("irregular", {})
    forms = verb_forms(word_set(lex, "verbs.speech", "verbs.cognition"), irregular) - word_set(lex, "verbs.excluded_forms")
    report = "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
    org = re.compile(
        rf"(?:according to|citing|source attribution:|sources?:|reported by|detailed by|published by|released by|statement (?:from|by)|per)\s+(?:the\s+)?(?:[\w.’'-]+\s+){{0,6}}?{_ORG_NOUN}"
        rf"|{_ORG_NOUN}\s+(?:[\w’'-]+\s+){{0,2}}?{report}\b", re.I)
    named = re.compile(
        rf"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*,?\s+(?:[\w\s]{{0,30}},\s+)?{report}\b"
        rf"|\b(?:{report}|according to)\s+(?:(?:President|Minister|Secretary|Spokesperson|spokesman|spokeswoman|General|Ambassador)\s+)?"
        rf"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
        rf"|\b(?:mayor|governor|president|prime minister|minister|spokes(?:person|man|woman)|ambassador|commander)\s+{report}\b")
    single = re.compile(rf"\b(?P<n>[A-Z][\w’'-]+)(?:,\s+[a-z][^,;.]{{0,60}},)?\s+(?:later\s+|also\s+|has\s+|had\s+|then\s+)?{report}\b")
    return org, named, single


_ANON_SPEAKER = re.compile(
    r"\b(?:officials?|sources?|insiders?|aides?|critics|diplomats?)\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|say|told|believe|expect|accused|accuse|warned|warn|argued|argue|claimed|claim|complained|insisted)\b"
    r"|\b(?:sources?|people|persons?|those)\s+(?:familiar|close)\b|\b(?:unnamed|anonymous)\b"
    r"|\baccording to (?:\w+\s+){0,2}(?:sources?|insiders?|officials?|diplomats?|aides?)\b", re.I)
_ANON = re.compile(r"\b(?:sources?|officials?|insiders?|diplomats?|aides?|critics|people (?:familiar|close)|person (?:familiar|close)|"
                   r"unnamed|anonymous|a spokesperson who|those (?:familiar|close))\b", re.I)
# Capitals and short country names that pycountry lists under a longer official name.
_CAPITALS = frozenset("""moscow kyiv kiev washington beijing london paris berlin brussels ankara tehran warsaw russia iran syria
china britain america venezuela bolivia tanzania vietnam laos moldova korea taiwan palestine""".split())
_NOT_A_NAME = frozenset("the this that it he she they we his her its their a an there these those".split())


@lru_cache(maxsize=1)
def _analysts() -> re.Pattern:
    """Unnamed experts as claimants: the attribution lexicon's analyst heads and phrases."""
    words = word_set(load_lexicon("attribution"), "claimants.analyst_heads", "claimants.analyst_phrases")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(n.lower() for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name)))


@lru_cache(maxsize=1)
def _unnamed_heads() -> frozenset[str]:
    """Nouns of unnamed claimants ("Officials", "Analysts"): capitalised at a sentence start, never a name."""
    return word_set(load_lexicon("attribution"), "claimants.anonymous_heads", "claimants.analyst_heads")


def _speaker_kind(word: str) -> str | None:
    low = word.lower()
    if low in _NOT_A_NAME or low in _unnamed_heads():
        return None
    if low in _CAPITALS or low in _countries():
        return "organisation"
    return "named"


def pattern_attribution(sentence: str) -> str:
    """The attribution class of ``sentence`` by the pattern rules of the module docstring."""
    if _ANON_SPEAKER.search(sentence):
        return "anonymous"
    if _analysts().search(sentence):
        return "analysts"
    org, named, single = _report_patterns()
    if org.search(sentence):
        return "organisation"
    if named.search(sentence):
        return "named"
    for m in single.finditer(sentence):
        kind = _speaker_kind(m.group("n"))
        if kind:
            return kind
    if _ANON.search(sentence):
        return "anonymous"
    return "none"
