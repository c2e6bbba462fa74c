"""Noun chunks of one sentence, found by walking that sentence only.

spaCy's ``Span.noun_chunks`` walks every noun chunk of the whole Doc and keeps those inside the span, so
asking for a sentence's chunks costs a pass over the document. Asked once per event candidate and per
participant phrase, that made the events component's actor code quadratic in the article's length
(on 200 news articles, most of its Python time). :func:`sentence_noun_chunks` runs the language's noun
chunk iterator on the sentence itself, which gives the same chunks: a parse tree never crosses a
sentence boundary, so no chunk of an earlier sentence can cover or suppress one of this sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["sentence_noun_chunks"]


def sentence_noun_chunks(sent: Span) -> list[Span]:
    """The base noun phrases of ``sent`` (a sentence Span of a parsed Doc), in order, as
    ``list(sent.noun_chunks)`` gives them. Raises NotImplementedError when the language has no noun
    chunk iterator and ValueError when the Doc is not parsed (both as spaCy does)."""
    doc = sent.doc
    iterator = doc.noun_chunks_iterator
    if iterator is None:
        raise NotImplementedError(f"language {doc.lang_!r} has no noun chunk iterator")
    return [Span(doc, start, end, label=label) for start, end, label in iterator(sent)]
