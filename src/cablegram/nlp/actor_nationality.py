"""Nationality words and capitals that do not stand for their state (issue 16).

The actors component resolves a state's adjective ("British") and its capital ("London") to the
state. Two kinds of use name no state actor:

- a nationality: the state's adjective (or short name) before a common noun of a private person or
  group ("a British journalist", "the Canadian woman", "British-born jihadists", "British media"), or
  a plural nationality noun counted as persons ("four Americans"). It says where people come from;
  only state organs, forces and officials ("British troops", "the British government") act for the
  state, and those nouns are not in the list. The same holds for a culture, its values and language
  ("British values", "Persian culture", "the Arabic language"); a thing the state owns or flags ("an
  Iranian tanker was seized", "a Russian warship") stays the state's. :meth:`Nationality.private_people` drops such mentions.
- a capital as a place: after a compass word ("east London") or after an institution and a comma
  ("King's College, London"); the object of an attack or a movement ("the assault on Paris", "travel to
  Paris", "missiles struck Kyiv", "fled Khartoum"); the subject of "to be" with a place noun ("Beijing is
  the billionaire capital"). As an agent or speaker ("Paris said", "London and Berlin agreed") or the
  target of a policy ("sanctions on Moscow") it stays the state. :meth:`Nationality.capital_places` turns
  the places into place spans.

Word lists are data: ``nlp/data/actor_nationality.toml`` (users extend it through the actors
component's config, ``lexicon_extra["nationality"]``). Token offsets are spaCy token indices.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..kb.base import KnowledgeBase
from .actor_hits import Hit
from .lexicons import folded_word_set, load_lexicon

LEXICON = "actor_nationality"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_HYPHENS = frozenset({"-", "‐", "‑"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})




def _inflected(words: set[str]) -> frozenset[str]:
    """``words`` with their regular English inflections (-s/-es, -ed/-d, -ing, a final e dropped)."""
    out = set(words)
    for w in words:
        stem = w[:-1] if w.endswith("e") else w
        out.update({w + "s", w + "es", w + "d", w + "ed", stem + "ing", stem + "ed"})
        if w.endswith("y"):
            out.update({w[:-1] + "ies", w[:-1] + "ied"})
    return frozenset(out)


class Nationality:
    """Finds state mentions that are a nationality or a capital used as a place.

    ``kb``: the knowledge base (its places tell capitals); ``extra`` extends the lexicon."""

    def __init__(self, kb: KnowledgeBase, extra: dict[str, Any] | None = None):
        self.kb = kb
        lex = load_lexicon(LEXICON, extra)
        # private people and bodies, and things of a culture ("British values"): no state mention
        self._private = folded_word_set(lex, "private.nouns") | folded_word_set(lex, "things.no_actor")
        self._counters = folded_word_set(lex, "private.counters")
        self._directions = folded_word_set(lex, "capitals.directions")
        self._place_verbs = _inflected(folded_word_set(lex, "capitals.place_verbs"))
        self._place_nouns = _inflected(folded_word_set(lex, "capitals.place_nouns"))
        self._place_preps = folded_word_set(lex, "capitals.place_preps")
        self._place_attributes = _inflected(folded_word_set(lex, "capitals.place_attributes"))

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
        institution's name and a comma ("King's College, London") or the object of a movement ("travelled to
        Brussels") are the city (label ``capital``, ``kb_id`` the state's ISO3), not the state nor the body
        seated there that the name also stands for ("Brussels" for the EU)."""
        keep, spans = [], []
        for h in hits:
            key = tuple(w for t in range(h.start, h.end) for w in folded[t])
            place = self.kb.places.get(key) if h.actor.type in ("state", "organisation") else None
            if place is not None and place.kind == "capital" and self._city_context(doc, h.start, h.end):
                spans.append(Span(doc, h.start, h.end, label=place.kind, kb_id=place.country or ""))
            else:
                keep.append(h)
        return keep, spans

    def _city_context(self, doc: Doc, start: int, end: int) -> bool:
        if start == 0:
            return self._city_role(doc[end - 1])
        prev = doc[start - 1]
        if prev.lower_ in self._directions:
            return True
        if prev.text == "," and start > 1 and doc[start - 2].ent_type_ in ("ORG", "FAC") \
                and doc[start - 2].text[:1].isupper():
            return True
        return self._city_role(doc[end - 1])

    def _city_role(self, tok) -> bool:
        """Whether the capital's head token ``tok`` is, by the parse, a place: the object of an attack or a
        movement (verb or noun, lexicon ``capitals.place_verbs``/``place_nouns``, through ``place_preps``),
        or the subject of "to be" with a place noun ("Beijing is the billionaire capital"). A conjunct reads
        as the first of its list ("struck Kyiv and Lviv")."""
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in _POSSESSIVE:
            return False  # "the assault on Kyiv's power grid": the state's grid
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj":
            return self._place_object(head)
        if tok.dep_ == "dobj":
            return head.pos_ in ("VERB", "AUX") and self._place_word(head)
        if tok.dep_ == "nsubj" and (head.lemma_ == "be" or head.lower_ in ("is", "was", "'s", "remains", "became")):
            return any(c.dep_ == "attr" and self._is(c, self._place_attributes) for c in head.children)
        return False

    def _place_object(self, prep) -> bool:
        """Whether the preposition ``prep`` joins an attack or a movement to its object ("assault on",
        "travel to", "flew back to")."""
        if prep.lower_ not in self._place_preps or prep.head.i == prep.i:
            return False
        if prep.head.pos_ == "ADV" and prep.head.head.i != prep.head.i:
            prep = prep.head  # "flew back to London"
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep.head  # "travel to Paris" parsed onto the verb
        return self._place_word(prep.head) or (before.pos_ == "NOUN" and self._place_word(before))

    def _place_word(self, tok) -> bool:
        if tok.pos_ in ("VERB", "AUX"):
            return self._is(tok, self._place_verbs)
        return tok.pos_ in ("NOUN", "PROPN") and self._is(tok, self._place_nouns)

    @staticmethod
    def _is(tok, words: frozenset[str]) -> bool:
        return tok.lower_ in words or tok.lemma_.casefold() in words
