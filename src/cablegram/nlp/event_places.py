"""Which place entities can be an event's place (issue 12): not a word of a person's name, not a word of a title.

The named-entity model sometimes labels part of a person's name a place ("… the killing of Jamal Khashoggi",
with "Jamal" as GPE) and names places inside the titles of books and films ("the author of the new book: … Lost
the Middle East"). :func:`named_no_place` tells such entities apart from the event's place.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicons import load_lexicon, word_set

__all__ = ["named_no_place"]

_TITLE_WORDS = frozenset({"and", "of", "the", "in", "on", "to", "a", "an", "for", "with", "at", "from", "by"})


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "places.title_nouns")


def _in_longer_name(ent) -> bool:
    """The entity runs straight into another proper name, with only a space between ("Jamal" + "Khashoggi"):
    one name, not a place."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and after.pos_ == "PROPN" and after.ent_type_ and ent[-1].whitespace_:
        return True
    return before is not None and before.pos_ == "PROPN" and before.ent_type_ and bool(before.whitespace_)


def _in_title(ent) -> bool:
    """The entity is a word of a work's title: a title entity (WORK_OF_ART) of the same phrase ends shortly before
    it, or a noun of works (``plover.toml`` ``[places] title_nouns``: book, film, …) governs its phrase."""
    doc = ent.doc
    for k in range(max(ent.sent.start, ent.start - 6), ent.start):
        # the title goes on up to the place in title case ("…: How America Abandoned the Kurds and Lost the …")
        if doc[k].ent_type_ == "WORK_OF_ART" and all(t.is_title or t.is_upper or t.ent_type_ == "WORK_OF_ART"
                                                      or t.lower_ in _TITLE_WORDS for t in doc[k:ent.start]):
            return True
    tok = ent.root
    for _ in range(6):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in _title_nouns():
            return True
    return False


def named_no_place(ent) -> bool:
    """True when the place entity ``ent`` (a spaCy Span) is a word of a person's name or of a title, not a place."""
    return _in_longer_name(ent) or _in_title(ent)
