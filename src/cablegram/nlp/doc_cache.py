"""Per-doc values that several components read, computed once per Doc instead of once per access.

spaCy builds ``Doc.text`` by joining every token's text on each access (a ``Token`` object per word), and
the same holds for ``Span.text`` and for a list of the words; the components read them many times per
document. These helpers keep the value in ``doc.user_data`` (under keys starting with ``cablegram.``),
with the doc's token count beside it so that a retokenized doc computes it again. A Doc's text never
changes, so the cached text is always the one ``doc.text`` gives.

Shapes: :func:`doc_text` -> str (``doc.text``); :func:`span_text` -> str (``span.text``);
:func:`token_texts` -> list of str, one per token (``[t.text for t in doc]``; callers must not modify it);
:func:`group_bounds` -> tuple of ``(start, end, label, kb_id)``, one per span of a span group, in its order
(iterating a ``SpanGroup`` builds a new ``Span`` per member on every pass).
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

__all__ = ["doc_text", "group_bounds", "span_text", "token_texts"]

_TEXT = "cablegram.text"
_WORDS = "cablegram.token_texts"
_GROUP = "cablegram.group_bounds."


def _cached(doc: Doc, key: str):
    hit = doc.user_data.get(key)
    return hit[1] if hit is not None and hit[0] == len(doc) else None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    text = _cached(doc, _TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = (len(doc), text)
    return text


def span_text(span: Span) -> str:
    """``span.text`` as a slice of the doc's cached text (the same string: a span's text runs from its first
    token's offset to the end of its last token, without that token's trailing white space)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, in order (shared: do not modify the list)."""
    words = _cached(doc, _WORDS)
    if words is None:
        full = doc_text(doc)
        words = [full[start:start + length] for start, length in doc.to_array([IDX, LENGTH]).tolist()] if len(doc) else []
        doc.user_data[_WORDS] = (len(doc), words)
    return words


def group_bounds(doc: Doc, name: str) -> tuple[tuple[int, int, str, str], ...]:
    """``(span.start, span.end, span.label_, span.kb_id_)`` of each span of ``doc.spans[name]`` in order; () when
    the doc has no such group. Read once per group: a group set anew (another object) or grown is read again."""
    if name not in doc.spans:
        return ()
    group = doc.spans[name]
    hit = doc.user_data.get(_GROUP + name)
    if hit is not None and hit[:3] == (len(doc), id(group), len(group)):
        return hit[3]
    bounds = tuple((s.start, s.end, s.label_, s.kb_id_) for s in group)
    doc.user_data[_GROUP + name] = (len(doc), id(group), len(group), bounds)
    return bounds
