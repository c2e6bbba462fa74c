"""Nationality words and capitals that do not stand for their state (issue 16).

The actors component resolves a state's adjective ("British") and its capital ("London") to the
state. Two kinds of use name no state actor:

- a nationality: the state's adjective (or short name) before a common noun of a private person or
  group ("a British journalist", "the Canadian woman", "British-born jihadists", "British media"), or
  a plural nationality noun counted as persons ("four Americans"). It says where people come from;
  only state organs, forces and officials ("British troops", "the British government") act for the
  state, and those nouns are not in the list. :meth:`Nationality.private_people` drops such mentions.
- a capital as a place: after a compass word ("east London") or after an institution and a comma
  ("King's College, London"). :meth:`Nationality.capital_places` turns them into place spans.

Word lists are data: ``nlp/data/actor_nationality.toml`` (users extend it through the actors
component's config, ``lexicon_extra["nationality"]``). Token offsets are spaCy token indices.
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Doc, Span

from ..kb.base import KnowledgeBase
from ..records import Actor
from .lexicons import load_lexicon, word_set

LEXICON = "actor_nationality"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "‐", "‑"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


class Hit(Protocol):
    """What this module reads of the actors component's hits."""

    start: int
    end: int
    actor: Actor
    method: str


def _folded_set(lexicon: dict, key: str) -> set[str]:
    return {w.casefold() for w in word_set(lexicon, key)}


class Nationality:
    """Finds state mentions that are a nationality or a capital used as a place.

    ``kb``: the knowledge base (its places tell capitals); ``extra`` extends the lexicon."""

    def __init__(self, kb: KnowledgeBase, extra: dict[str, Any] | None = None):
        self.kb = kb
        lex = load_lexicon(LEXICON, extra)
        self._private = _folded_set(lex, "private.nouns")
        self._counters = _folded_set(lex, "private.counters")
        self._directions = _folded_set(lex, "capitals.directions")

    # -- nationalities ----------------------------------------------------------------------
    def private_people(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """``hits`` less the one-word state mentions that are a nationality of private people."""
        return [h for h in hits if not (h.actor.type == "state" and h.end - h.start == 1
                                        and self.is_nationality(doc, h.start))]

    def is_nationality(self, doc: Doc, i: int) -> bool:
        """Whether the state word at token ``i`` says only where private people come from."""
        tok = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text in _POSSESSIVE:
            return False  # "Britain's journalists" is the state's
        if i + 2 < len(doc) and doc[i + 1].text in _HYPHENS and doc[i + 2].lower_ in ("born", "raised", "educated"):
            return True  # "British-born"
        if tok.tag_ in ("NNS", "NNPS") and tok.text.endswith("s") and i > 0 and doc[i - 1].lower_ in self._counters:
            return True  # "four Americans"
        head = self._modified_noun(doc, i)
        return head is not None and self._private_noun(head)

    def _modified_noun(self, doc: Doc, i: int):
        """The noun the word at token ``i`` modifies (through adjectives and compounds), or None."""
        tok = doc[i]
        seen = 0
        while tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and seen < 4:
            tok = tok.head
            seen += 1
            if tok.pos_ in ("NOUN", "PROPN") and self._private_noun(tok):
                return tok
        if tok is doc[i]:
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            return nxt if nxt is not None and nxt.pos_ == "NOUN" else None  # a parse that missed the modifier
        return tok if tok.pos_ in ("NOUN", "PROPN") else None

    def _private_noun(self, tok) -> bool:
        return tok.lower_ in self._private or tok.lemma_.casefold() in self._private

    # -- capitals -------------------------------------------------------------------------------
    def capital_places(self, doc: Doc, folded: list[list[str]], hits: list[Hit]) -> tuple[list[Hit], list[Span]]:
        """(hits kept, place spans): capitals after a compass word ("east London") or after an
        institution's name and a comma ("King's College, London") are the city (label ``capital``,
        ``kb_id`` the state's ISO3), not the state."""
        keep, spans = [], []
        for h in hits:
            key = tuple(w for t in range(h.start, h.end) for w in folded[t])
            place = self.kb.places.get(key) if h.actor.type == "state" else None
            if place is not None and place.kind == "capital" and self._city_context(doc, h.start):
                spans.append(Span(doc, h.start, h.end, label=place.kind, kb_id=place.country or ""))
            else:
                keep.append(h)
        return keep, spans

    def _city_context(self, doc: Doc, start: int) -> bool:
        if start == 0:
            return False
        prev = doc[start - 1]
        if prev.lower_ in self._directions:
            return True
        return prev.text == "," and start > 1 and doc[start - 2].ent_type_ in ("ORG", "FAC") \
            and doc[start - 2].text[:1].isupper()
