"""What a tracker row cites as its source: provenance, never a hedge and never a party.

The Kiel tracker's coders name their sources ("According to Source of Aid 2, …", "Following \"Source of Aid 1\",
…", "According to the official WB list, …", "(see Source of aid 3)"). Such a citation is where the row's facts
come from: the commitment is neither speculative (an anonymous source) nor given by the body whose document is
cited. The document nouns ("list", "PDF", "website" …) are data: ``[words] source_documents`` in
``commitments.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["citation_ranges", "cites_source"]

_SOURCE_OF_AID = r"\"?sources?\s+of\s+aid(?:\s*\d+)?\"?(?:\s*,?\s*(?:section|page|p\.)\s*\d+)?"
_LEAD = r"(?:according\s+to|following|as\s+per|based\s+on|\(\s*see|see|\()\s*(?:the\s+|an?\s+)?"


def _official(documents: frozenset[str]) -> str:
    nouns = "|".join(re.escape(d) for d in sorted(documents, key=len, reverse=True)) or r"(?!)"
    return rf"official\s+(?:[\w.&-]+\s+){{0,3}}?(?:{nouns})\b"


@lru_cache(maxsize=8)
def _citation(documents: frozenset[str]) -> re.Pattern:
    """A citation in running text (built once per set of document nouns)."""
    return re.compile(rf"{_LEAD}(?:{_SOURCE_OF_AID}|{_official(documents)})|{_SOURCE_OF_AID}", re.IGNORECASE)


@lru_cache(maxsize=8)
def _cited(documents: frozenset[str]) -> re.Pattern:
    """A citation as a claimant's words, its lead optional (built once per set of document nouns)."""
    return re.compile(rf"(?:{_LEAD})?(?:{_SOURCE_OF_AID}|{_official(documents)})", re.IGNORECASE)


def citation_ranges(text: str, documents: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that cite a source document ("According to the official WB list",
    "\"Source of Aid 1\" section 7", "(see Source of aid 3)")."""
    return [(m.start(), m.end()) for m in _citation(documents).finditer(text)]


def cites_source(words: str | None, documents: frozenset[str]) -> bool:
    """Whether a claimant as written is only cited source documents (``"Source of Aid 2"``, ``Source of Aid 1 and
    Source of Aid 2``, ``Source of Aid 1 (page 4)``, ``the official WB list``, ``their official website``)."""
    if not words:
        return False
    rest, n = _cited(documents).subn(" ", words)
    rest = _FILLER.sub(" ", rest)
    return n > 0 and not rest.strip()


# What may stand beside the citations in a claimant that is only a citation ("and", "(page 4)", "of the fund").
_FILLER = re.compile(r"\b(?:and|or|the|their|its|his|her|page|p|section|\d+|of\s+the\s+\w+)\b|[^\w]", re.IGNORECASE)
