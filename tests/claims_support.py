"""Shared by the claims test files: the attributed claims of a text as the tests compare them."""

from __future__ import annotations

from cablegram.records import Document


def claim_rows(nlp, text: str, published_at: str = "2024-05-01") -> list[tuple[str, str | None, str, str | None]]:
    """``(claimant_kind, claimant words, cue label, claimant id)`` for every claim of ``text``, in order.

    ``nlp`` is a pipeline with the claims component (the ``claims_nlp`` fixture); ``published_at`` (ISO date) is the
    document's date, which resolves titles and relative dates. The claimant words are ``None`` when no span is
    given."""
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at=published_at)))
    out = []
    for c in doc._.cg_claims:
        span = c.spans.get("claimant")
        out.append((c.claimant_kind, text[span[0]:span[1]] if span else None, c.cue, c.claimant))
    return out


def attributed(nlp, text: str, published_at: str = "2024-05-01") -> list[tuple[str, str | None, str | None]]:
    """``(claimant_kind, claimant words, claimant id)`` for each claim of ``text`` that has a cue, in order
    (:func:`claim_rows`)."""
    return [(kind, words, claimant) for kind, words, cue, claimant in claim_rows(nlp, text, published_at) if cue]


def with_claimant_words(nlp, text: str, published_at: str = "2024-05-01") -> list[tuple[str, str, str]]:
    """``(claimant_kind, claimant words, cue label)`` for each claim of ``text`` with a claimant kind and claimant
    words, in order (:func:`claim_rows`)."""
    return [(kind, words, cue) for kind, words, cue, _ in claim_rows(nlp, text, published_at)
            if kind != "none" and words is not None]
