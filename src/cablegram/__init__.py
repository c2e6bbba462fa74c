"""cablegram: structured, sourced event data from diplomatic and conflict news.

The public API (everything else is internal)::

    import cablegram
    store = cablegram.open_store("cablegram.db")
    cablegram.ingest_sources(store, ["articles/"])
    cablegram.process_store(store)                     # actors, PLOVER events, claims, commitments
    report = cablegram.trace(article, [readout])       # supported / altered / added per sentence
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# Lazy attributes: importing cablegram must stay cheap (no spaCy, no model) until a name is used.
_EXPORTS = {
    "Settings": "cablegram.config",
    "open_store": "cablegram.store",
    "Store": "cablegram.store",
    "Pipeline": "cablegram.nlp.pipeline",
    "build_nlp": "cablegram.nlp.pipeline",
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
    "ConfigError": "cablegram.errors",
    "StoreError": "cablegram.errors",
    "NotFoundError": "cablegram.errors",
    "PipelineError": "cablegram.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cablegram' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
