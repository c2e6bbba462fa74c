"""Parts of a sentence that state no support commitment although they name money: a tracker coder's own notes.

The Kiel tracker's analysts explain what they leave out in the first person plural (in our own words:
"We also do not consider the 3 million for the film archive", "2 million to a sports league, which we do
not count", "As we do not include the 5 million for the embassy roof, …"). Those figures are the coder's
exclusions, never the donor's refusals. The verbs are data: ``[words] coder_exclusion_verbs`` (negated: consider, count, include …)
and ``coder_exclusion_plain`` (exclude, disregard: no negation needed) in ``commitments.toml``.

:func:`excluded_ranges` gives the character ranges (relative to the sentence) whose figures are such notes:

- the whole sentence when the note's verb is the sentence's main verb ("We do not consider X, since …: Y");
- back to the last comma, semicolon or "and" before the noun a relative-clause note qualifies ("…, and EUR 2m go
  to a fund, which we do not count");
- otherwise the note's own clause ("Since we do not count X, we arrive at …").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["excluded_ranges", "in_ranges"]

_FIRST_PLURAL = frozenset({"we"})
_BOUNDARY = re.compile(r"[,;:]\s|\band\s")  # where the part a relative-clause note qualifies begins


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _coder_verb(tok: Token, negated_verbs: frozenset[str], plain_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject ``tok`` ("we") is, when it is a coder's exclusion, else None."""
    if tok.lower_ not in _FIRST_PLURAL or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    lemma, form = verb.lemma_.lower(), verb.lower_
    if lemma in plain_verbs or form in plain_verbs:
        return verb
    if (lemma in negated_verbs or form in negated_verbs) and _negated(verb):
        return verb
    return None


def _range(tokens: Span | list[Token], start_char: int) -> tuple[int, int]:
    toks = list(tokens)
    return toks[0].idx - start_char, toks[-1].idx + len(toks[-1]) - start_char


def excluded_ranges(sent: Span, negated_verbs: frozenset[str], plain_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` (offsets in ``sent.text``) that are a coder's exclusion notes (module doc)."""
    ranges = []
    for tok in sent:
        verb = _coder_verb(tok, negated_verbs, plain_verbs)
        if verb is None:
            continue
        if verb.dep_ == "ROOT" or verb == sent.root:
            ranges.append((0, len(sent.text)))
        elif verb.dep_ == "relcl":  # "EUR 5m go to a fund, which we do not count": back to the last boundary
            start, end = _range(list(verb.head.subtree), sent.start_char)
            cuts = [m.end() for m in _BOUNDARY.finditer(sent.text[:start])]
            ranges.append((cuts[-1] if cuts else 0, end))
        else:
            ranges.append(_range(verb.subtree, sent.start_char))
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the character offset ``start`` lies inside one of ``ranges``."""
    return any(a <= start < b for a, b in ranges)
