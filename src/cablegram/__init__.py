"""cablegram: structured, sourced event data from diplomatic and conflict news.

The public API (everything else is internal)::

    import cablegram
    store = cablegram.open_store("cablegram.db")
    cablegram.ingest_sources(store, ["articles/"])
    cablegram.process_store(store)                     # actors, PLOVER events, claims, commitments
    report = cablegram.trace("article.html", ["readout.txt"])  # Documents, paths or URLs; labels per sentence
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # IDEs and type checkers resolve the lazy names below through these imports
    from .config import Settings
    from .demo import run_demo
    from .errors import (
        CATALOGUE,
        CablegramError,
        ConfigError,
        FetchError,
        InputError,
        LanguageError,
        NotFoundError,
        PipelineError,
        StoreError,
    )
    from .ingest import ingest_sources, read_source
    from .nlp.pipeline import Pipeline, build_nlp, build_nlp_from_settings
    from .processing import process_store
    from .provenance import trace
    from .records import Actor, Alignment, Analysis, Claim, Cluster, Commitment, Document, Event, Mention, Role
    from .store import Store, open_store

# Lazy attributes: importing cablegram must stay cheap (no spaCy, no model) until a name is used.
_EXPORTS = {
    "Settings": "cablegram.config",
    "open_store": "cablegram.store",
    "Store": "cablegram.store",
    "Pipeline": "cablegram.nlp.pipeline",
    "build_nlp": "cablegram.nlp.pipeline",
    "build_nlp_from_settings": "cablegram.nlp.pipeline",
    "process_store": "cablegram.processing",
    "ingest_sources": "cablegram.ingest",
    "read_source": "cablegram.ingest",
    "trace": "cablegram.provenance",
    "run_demo": "cablegram.demo",
    "Document": "cablegram.records",
    "Actor": "cablegram.records",
    "Role": "cablegram.records",
    "Mention": "cablegram.records",
    "Event": "cablegram.records",
    "Claim": "cablegram.records",
    "Commitment": "cablegram.records",
    "Alignment": "cablegram.records",
    "Cluster": "cablegram.records",
    "Analysis": "cablegram.records",
    "CablegramError": "cablegram.errors",
    "InputError": "cablegram.errors",
    "FetchError": "cablegram.errors",
    "LanguageError": "cablegram.errors",
    "ConfigError": "cablegram.errors",
    "StoreError": "cablegram.errors",
    "NotFoundError": "cablegram.errors",
    "PipelineError": "cablegram.errors",
    "CATALOGUE": "cablegram.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cablegram' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    """The public API (the lazy names) plus ``__version__``: what ``dir(cablegram)`` and completion show."""
    return sorted([*_EXPORTS, "__version__"])
