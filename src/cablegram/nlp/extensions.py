"""Doc/Span extension attributes shared by cablegram's spaCy components.

The contract between components (all set per document):

- inputs, set by :mod:`cablegram.nlp.pipeline` before the components run:
  ``doc._.cg_doc_id`` (str), ``doc._.cg_date`` (ISO publication date or None),
  ``doc._.cg_publisher`` (str or None)
- ``cablegram_language.v1`` → ``doc._.cg_language`` (ISO 639-1 code or "und")
- ``cablegram_actors.v1``   → ``doc._.cg_mentions`` (list[Mention]), ``doc._.cg_new_actors`` (list[Actor]),
  ``doc.spans["cg_actors"]`` with ``span._.cg_actor_id``
- ``cablegram_claims.v1``   → ``doc._.cg_claims`` (list[Claim]), one per attribution (``attribution_index`` 0 is a sentence's main claim)
- ``cablegram_events.v1``   → ``doc._.cg_events`` (list[Event])
- ``cablegram_commitments.v1`` → ``doc._.cg_commitments`` (list[Commitment])

Sentence indices are positions in ``list(doc.sents)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC_ATTRS = {
    "cg_doc_id": "",
    "cg_date": None,
    "cg_publisher": None,
    "cg_language": None,
    "cg_mentions": None,
    "cg_new_actors": None,
    "cg_claims": None,
    "cg_events": None,
    "cg_commitments": None,
}


def ensure_extensions() -> None:
    """Register the extension attributes once (idempotent; called by every component factory)."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("cg_actor_id"):
        Span.set_extension("cg_actor_id", default=None)


def doc_list(doc: Doc, name: str) -> list:
    """The list stored in ``doc._.<name>``, created empty on first use (defaults must not be shared lists)."""
    value = doc._.get(name)
    if value is None:
        value = []
        doc._.set(name, value)
    return value
