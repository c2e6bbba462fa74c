"""Run the NLP pipeline over a store's unprocessed documents (resumable, idempotent)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .ingest.quality import holds_back
from .nlp.workers import analyse_batches
from .records import Document
from .store.base import Store


@dataclass
class ProcessSummary:
    """What a run analysed: documents processed, failures ``(doc_id, message)`` and the records found (events
    before the store merges one act coded twice in a sentence); ``found`` holds the same counts per document
    (doc_id -> (mentions, events, claims, commitments)), for :meth:`without`."""

    processed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, message)
    events: int = 0
    claims: int = 0
    mentions: int = 0
    commitments: int = 0
    found: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def add(self, doc_id: str, mentions: int, events: int, claims: int, commitments: int) -> None:
        """Count one processed document's records."""
        self.processed += 1
        self.mentions += mentions
        self.events += events
        self.claims += claims
        self.commitments += commitments
        self.found[doc_id] = (mentions, events, claims, commitments)

    def without(self, doc_ids: set[str]) -> ProcessSummary:
        """The same run counted without the documents ``doc_ids`` (e.g. superseded versions, which the
        listings leave out); failures are kept."""
        out = ProcessSummary(failed=list(self.failed))
        for doc_id, counts in self.found.items():
            if doc_id not in doc_ids:
                out.add(doc_id, *counts)
        return out


def process_store(store: Store, pipeline=None, *, reprocess: bool = False, batch_size: int = 16,
                  progress: Callable[[int, int], None] | None = None, include_flagged: bool = False,
                  workers: int = 1) -> ProcessSummary:
    """Analyse documents not yet processed (all documents when ``reprocess``) and save the results.

    Each document's results are written in one transaction, so a run killed half-way
    leaves every document either fully processed or untouched; rerunning continues
    where it stopped. ``workers`` > 1 analyses batches of ``batch_size`` documents on that many
    forked processes (see :mod:`cablegram.nlp.workers`); this process still does all the writing.
    """
    from .store.locks import process_lock

    # One run at a time per store: a second run waits here, then finds only what is still unprocessed.
    with process_lock(store):
        return _process_locked(store, pipeline, reprocess, batch_size, progress, include_flagged, workers)


def _process_locked(store: Store, pipeline, reprocess: bool, batch_size: int,
                    progress: Callable[[int, int], None] | None, include_flagged: bool,
                    workers: int = 1) -> ProcessSummary:
    from .nlp.pipeline import Pipeline

    pipeline = pipeline or Pipeline.from_settings()
    # Documents created by `import-events` carry imported events, not text to analyse.
    # Documents whose ingest quality flags hold them back (boilerplate, mixed encoding, …) wait for include_flagged.
    docs: list[Document] = [d for d in store.iter_documents(unprocessed_only=not reprocess)
                            if not d.meta.get("imported") and (include_flagged or not holds_back(d))]
    summary = ProcessSummary()
    stored_actors: set[str] = set()
    total, done = len(docs), 0
    for batch in analyse_batches(pipeline, docs, batch_size=batch_size, workers=workers):
        summary.failed.extend(batch.failed)
        analyses = batch.analyses
        done += batch.size
        _store_known_actors(store, pipeline, analyses, stored_actors)
        for analysis in analyses:
            store.save_analysis(analysis)
            summary.add(analysis.doc_id, len(analysis.mentions), len(analysis.events), len(analysis.claims),
                        len(analysis.commitments))
        if progress:
            progress(done, total)
    return summary


def _store_known_actors(store: Store, pipeline, analyses, done: set[str]) -> None:
    """Copy the knowledge-base actors these analyses mention into the store, so the store (and the
    API, dashboard and Datasette on top of it) can name them; only the ones mentioned, not the whole KB."""
    kb = pipeline.knowledge_base()
    if kb is None:
        return
    wanted = {m.actor_id for a in analyses for m in a.mentions} - done
    actors = [kb.actors[i] for i in sorted(wanted) if i in kb.actors]
    if actors:
        store.upsert_actors(actors)
    done.update(wanted)
