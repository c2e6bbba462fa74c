"""Titles in apposition to a name, and names around a known actor that are someone else (issue 16).

- :meth:`Apposition.apposed_person` finds the name a title stands beside ("the president, Bashar
  al-Assad", "Ciyager Amed, an SDF leader"): a name in apposition to a title always wins over the
  holder of the office, and a named person is never replaced by a role's holder.
- :meth:`Apposition.qualifies` tells whether a state mention after "of (the)" qualifies a title
  ("the leader of Syria") or only modifies a noun ("the leader of the Syrian Kurds": the Kurds' leader,
  not Syria's).
- :meth:`Apposition.longer_names` drops a known group's mention that begins a longer name of another
  group ("Hizbullah Brigades" is not Hezbollah); :meth:`Apposition.backers` drops the backer of what
  follows ("the UN-backed government": the government acts, not the UN).

Word lists: ``nlp/data/actor_apposition.toml`` (``lexicon_extra["apposition"]`` of the actors
component extends it). Token offsets are spaCy token indices.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from ..records import Actor
from .actor_hits import Hit
from .lexicons import folded_word_set, load_lexicon

LEXICON = "actor_apposition"
_HYPHENS = frozenset({"-", "‐", "‑"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PLACEHOLDER = "apposed-name@"




class Apposition:
    """Reads appositions and names around known actors; ``extra`` extends the lexicon."""

    def __init__(self, extra: dict[str, Any] | None = None):
        lex = load_lexicon(LEXICON, extra)
        self._group_heads = folded_word_set(lex, "names.group_heads")
        self._backer_words = folded_word_set(lex, "names.backer_words")
        self._determiners = folded_word_set(lex, "titles.determiners")
        self._time_words = folded_word_set(lex, "titles.time_words")

    def apposed_person(self, doc: Doc, start: int, end: int, by_start: dict[int, Hit],
                       by_end: dict[int, Hit]) -> tuple[int | None, Hit | None]:
        """(token, person hit) for a title at tokens start..end (its qualifier included): ``token`` is a
        token of a person's name in apposition to it, after it (", Bashar al-Assad") or before it
        ("Ciyager Amed, an SDF leader"), else None; the hit when a known person holds that name."""
        if end < len(doc) and doc[end].text in _POSSESSIVE:
            return None, None  # "Sara Netanyahu, the prime minister's wife": the title owns a noun, no apposition
        before = self._person_before(doc, start, by_end)  # "Hassan Rouhani, Iran's president, Vladimir Putin said"
        if before[0] is not None or end + 1 >= len(doc) or doc[end].text != ",":
            return before
        hit = by_start.get(end + 1)
        if hit is not None and hit.actor.type == "person":
            return end + 1, hit
        return (end + 1 if doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].text[:1].isupper() else None), None

    def _person_before(self, doc: Doc, start: int, by_end: dict[int, Hit]) -> tuple[int | None, Hit | None]:
        """A person's name, a comma and determiners right before token ``start``: (its last token, known hit).
        A time word may stand before the determiner ("Mrs. Clinton, then the secretary of state")."""
        k = start
        while k > 0 and doc[k - 1].lower_ in self._determiners:
            k -= 1
        if k > 0 and k < start and doc[k - 1].lower_ in self._time_words:
            k -= 1
        if k < 2 or doc[k - 1].text != ",":
            return None, None
        hit = by_end.get(k - 1)
        if hit is not None and hit.actor.type == "person":
            return k - 2, hit
        return (k - 2 if doc[k - 2].ent_type_ == "PERSON" and doc[k - 2].text[:1].isupper() else None), None

    @staticmethod
    def placeholder(token: int) -> Actor:
        """A stand-in actor for a title in apposition to a name not resolved yet (the name at ``token``
        becomes a new actor later in the component); :meth:`resolve_placeholders` replaces it."""
        return Actor(id=f"{_PLACEHOLDER}{token}", name="", type="person", is_new=True)

    @staticmethod
    def resolve_placeholders(hits: list[Hit]) -> list[Hit]:
        """Title hits holding a :meth:`placeholder` get the actor of the hit over the name's token;
        dropped when no hit holds it."""
        if not any(h.actor.id.startswith(_PLACEHOLDER) for h in hits):
            return hits
        at = {t: h.actor for h in hits if not h.actor.id.startswith(_PLACEHOLDER) for t in range(h.start, h.end)}
        out = []
        for h in hits:
            if h.actor.id.startswith(_PLACEHOLDER):
                actor = at.get(int(h.actor.id[len(_PLACEHOLDER):]))
                if actor is None:
                    continue
                h = replace(h, actor=actor)
            out.append(h)
        return out

    def qualifies(self, doc: Doc, hit: Hit) -> bool:
        """False when the one-word mention ``hit`` after "of (the)" modifies the noun after it
        ("the Syrian Kurds"): then it is no qualifier of the title before it."""
        if hit.end - hit.start != 1 or hit.end >= len(doc):
            return True
        nxt = doc[hit.end]
        return not (nxt.tag_ in ("NN", "NNS", "NNPS") and nxt.text not in _POSSESSIVE)

    def longer_names(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """``hits`` less group and organisation mentions followed by a capitalised group word that makes a
        longer name ("Hizbullah Brigades")."""
        return [h for h in hits if not (h.actor.type in ("group", "organisation") and h.end < len(doc)
                                        and doc[h.end].text[:1].isupper()
                                        and doc[h.end].lower_ in self._group_heads)]

    def backers(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """``hits`` less mentions joined by a hyphen to a backing word ("UN-backed", "Iran-funded")."""
        return [h for h in hits if not (h.end + 1 < len(doc) and doc[h.end].text in _HYPHENS
                                        and doc[h.end + 1].lower_ in self._backer_words)]
