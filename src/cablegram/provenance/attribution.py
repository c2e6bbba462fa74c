"""Who an unsupported sentence is credited to: the claims component when present, else a small pattern check.

Classes (``records.CLAIMANT_KINDS``): named, organisation, anonymous, analysts, outlet, none.
The pattern fallback, in order of precedence:

- organisation: an agency-like noun (ministry, department, office, service, agency, forces …) after
  "according to", "citing", "source(s):", "source attribution:" or before a reporting verb;
- named: "<Name Surname> said/noted/…" or "said/according to <Title> <Name>";
- anonymous: sources, officials, insiders, diplomats, people familiar, unnamed/anonymous …;
- analysts: analysts, observers, experts, commentators, pundits …;
- none: no attribution cue.
"""

from __future__ import annotations

import re

_ORG_NOUN = (r"(?:ministry|department|office|service|agency|council|commission|government|kremlin|pentagon|"
             r"white house|army|forces|command|staff|embassy|nato|united nations|press service)")
_REPORT = r"(?:said|says|stated|states|announced|announces|reported|reports|noted|notes|added|told|confirmed|claimed|indicated)"
_ORG = re.compile(
    rf"(?:according to|citing|source attribution:|sources?:|reported by|detailed by|published by|released by|statement (?:from|by)|per)\s+(?:the\s+)?(?:[\w.’'-]+\s+){{0,6}}?{_ORG_NOUN}"
    rf"|{_ORG_NOUN}\s+(?:[\w’'-]+\s+){{0,2}}?{_REPORT}\b", re.I)
_NAMED = re.compile(
    rf"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*,?\s+(?:[\w\s]{{0,30}},\s+)?{_REPORT}\b"
    rf"|\b(?:{_REPORT}|according to)\s+(?:(?:President|Minister|Secretary|Spokesperson|spokesman|spokeswoman|General|Ambassador)\s+)?"
    rf"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_ANON = re.compile(r"\b(?:sources?|officials?|insiders?|diplomats?|people (?:familiar|close)|person (?:familiar|close)|"
                   r"unnamed|anonymous|a spokesperson who|those (?:familiar|close))\b", re.I)
_ANALYSTS = re.compile(r"\b(?:analysts?|observers?|experts?|commentators?|pundits?|specialists?|military bloggers?|"
                       r"think tanks?|researchers?|scholars?)\b", re.I)


def pattern_attribution(sentence: str) -> str:
    """The attribution class of ``sentence`` by the pattern rules of the module docstring."""
    if _ORG.search(sentence):
        return "organisation"
    if _NAMED.search(sentence):
        return "named"
    if _ANON.search(sentence):
        return "anonymous"
    if _ANALYSTS.search(sentence):
        return "analysts"
    return "none"
