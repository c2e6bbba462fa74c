"""Tracing stored articles: one candidate-source policy for the CLI, the API, ``process`` and ``watch``.

The policy, for an article (a stored document that is not primary):

1. **window**: primary documents (flagged at ingest, published by one of ``Settings.primary_publishers``,
   or fetched from a government site: :func:`.clusters.official_url`) dated within ``Settings.trace_window_days`` of the article
   (undated documents are not excluded);
2. **rank**: 0.6 × cosine of the two documents' openings + 0.4 × Jaccard overlap of their actors
   (:mod:`.candidates`);
3. **threshold**: a candidate below ``MIN_SOURCE_SCORE`` is not claimed as a source; the best
   ``MAX_SOURCES`` above it are traced against. When the trace then finds no sentence supported or
   altered, the article is recorded as *unrelated* and no alignments are saved (an article is never
   shown as "100 % unsupported" by a readout it has nothing to do with).

Batching: :func:`trace_all` embeds every candidate primary's opening once, and the articles'
openings in batches of ``batch_size``; candidate ranking is one matrix product per batch.
Cost: O(A + P) opening encodings plus O(A·P) dot products for A articles and P primaries, then one
trace per article with a source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..records import Document
from .candidates import OPENING_CHARS, Candidate, _actors
from .clusters import _day, is_primary

MIN_SOURCE_SCORE = 0.35  # candidate score (0-1) below which no source is claimed (see the module docstring)
MAX_SOURCES = 2          # best candidates traced against together
NO_PRIMARY_HINT = ("; no primary source is stored: ingest the readout with `cablegram ingest FILE --primary`, add its "
                   "publisher to `primary_publishers` in the settings, or trace one article with `--source`")


@dataclass
class TraceOutcome:
    """What happened to one article: ``traced``, ``unrelated`` (best source shares nothing), ``no_source`` or ``failed``."""

    doc_id: str
    status: str
    sources: list[str] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    message: str | None = None


@dataclass
class TraceRun:
    """Totals of a :func:`trace_all` run."""

    outcomes: list[TraceOutcome] = field(default_factory=list)
    primaries: int | None = None  # primary sources stored (None: not counted)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def line(self) -> str:
        traced = self.count("traced")
        return (f"traced {traced} article{'' if traced == 1 else 's'}; {self.count('no_source')} without a candidate source "
                f"(score < {MIN_SOURCE_SCORE}), {self.count('unrelated')} unrelated to their best candidate, "
                f"{self.count('failed')} failed") + (NO_PRIMARY_HINT if self.primaries == 0 else "")


def mark_primary(doc: Document, primary_publishers: Iterable[str]) -> Document:
    """``doc`` flagged primary when its publisher is one of ``primary_publishers`` (substring, any case)."""
    if not doc.is_primary and is_primary(doc, primary_publishers):
        doc.is_primary = True
    return doc


def primary_pool(store, settings) -> list[Document]:
    """Stored documents that count as primary sources (flagged, or from a listed publisher), latest versions only: a
    readout that a later document names as its ``previous_version`` (the same URL or file, changed text) is
    superseded and never a candidate source, so an article is traced against the text the publisher stands by now."""
    docs = list(store.iter_documents())
    superseded = {d.previous_version for d in docs if d.previous_version}
    return [d for d in docs if d.id not in superseded and is_primary(d, settings.primary_publishers)]


def _in_window(article: Document, primary: Document, days: int) -> bool:
    a, p = _day(article), _day(primary)
    return a is None or p is None or abs((a - p).days) <= days


def rank_candidates(store, articles: list[Document], pool: list[Document], settings, embedder,
                    pool_vecs: np.ndarray | None = None) -> list[list[Candidate]]:
    """For each article, the primaries of ``pool`` in its window scoring ≥ MIN_SOURCE_SCORE, best first."""
    if not articles or not pool:
        return [[] for _ in articles]
    if pool_vecs is None:
        pool_vecs = embedder.encode([d.text[:OPENING_CHARS] for d in pool])
    art_vecs = embedder.encode([a.text[:OPENING_CHARS] for a in articles])
    cos = art_vecs @ pool_vecs.T
    pool_actors = [_actors(store, d) for d in pool]
    out = []
    for i, art in enumerate(articles):
        mine = _actors(store, art)
        found = []
        for j, doc in enumerate(pool):
            if doc.id == art.id or doc.content_hash == art.content_hash or not _in_window(art, doc, settings.trace_window_days):
                continue
            shared = mine & pool_actors[j]
            union = mine | pool_actors[j]
            score = 0.6 * float(cos[i, j]) + 0.4 * (len(shared) / len(union) if union else 0.0)
            if score >= MIN_SOURCE_SCORE:
                found.append(Candidate(doc, round(score, 4), round(float(cos[i, j]), 4), sorted(shared)))
        found.sort(key=lambda c: -c.score)
        out.append(found)
    return out


def _trace_one(store, article: Document, candidates: list[Candidate], settings, embedder, nlp, save: bool) -> TraceOutcome:
    from .trace import trace

    if not candidates:
        return TraceOutcome(article.id, "no_source")
    sources = [c.document for c in candidates[:MAX_SOURCES]]
    try:
        report = trace(article, sources, nlp=nlp, settings=settings, embedder=embedder)
    except InputError as exc:
        return TraceOutcome(article.id, "failed", [s.id for s in sources], message=str(exc))
    ids = [s.id for s in sources]
    if report.summary["supported"] + report.summary["altered"] == 0:
        return TraceOutcome(article.id, "unrelated", ids, report.summary)
    if save:
        store.save_alignments(article.id, report.alignments())
    return TraceOutcome(article.id, "traced", ids, report.summary)


def trace_document(store, doc: Document, settings, *, embedder=None, nlp=None, save: bool = True) -> TraceOutcome:
    """Trace one stored article against its best candidate sources (the policy of the module docstring)."""
    from .embeddings import load_embedder

    if is_primary(doc, settings.primary_publishers):
        return TraceOutcome(doc.id, "no_source", message="the document is itself a primary source")
    embedder = embedder or load_embedder(settings.embeddings)
    candidates = rank_candidates(store, [doc], primary_pool(store, settings), settings, embedder)[0]
    return _trace_one(store, doc, candidates, settings, embedder, nlp, save)


def trace_all(store, settings, *, doc_ids: Iterable[str] | None = None, only_untraced: bool = True,
              batch_size: int = 64, embedder=None, nlp=None,
              progress: Callable[[int, int], None] | None = None) -> TraceRun:
    """Trace every stored article (or those of ``doc_ids``) in batches; already traced ones are skipped
    unless ``only_untraced`` is False. Returns the per-article outcomes."""
    from .embeddings import load_embedder

    wanted = set(doc_ids) if doc_ids is not None else None
    pool = primary_pool(store, settings)
    articles = [d for d in store.iter_documents()
                if (wanted is None or d.id in wanted) and not is_primary(d, settings.primary_publishers)
                and not (only_untraced and store.get_alignments(d.id))]
    run = TraceRun(primaries=len(pool))
    if not articles:
        return run
    embedder = embedder or load_embedder(settings.embeddings)
    pool_vecs = embedder.encode([d.text[:OPENING_CHARS] for d in pool]) if pool else None
    for lo in range(0, len(articles), batch_size):
        batch = articles[lo:lo + batch_size]
        ranked = rank_candidates(store, batch, pool, settings, embedder, pool_vecs)
        for art, cands in zip(batch, ranked):
            run.outcomes.append(_trace_one(store, art, cands, settings, embedder, nlp, True))
        if progress:
            progress(min(lo + batch_size, len(articles)), len(articles))
    return run


def retrace_for_primaries(store, primary_ids: Iterable[str], settings, *, embedder=None) -> TraceRun:
    """Re-trace the articles that a newly arrived primary source may be the origin of: those in its date
    window that are untraced, or whose saved trace does not cite it, when it ranks among their best sources."""
    from .embeddings import load_embedder

    primaries = [store.get_document(i) for i in primary_ids]
    primaries = [p for p in primaries if is_primary(p, settings.primary_publishers)]
    if not primaries:
        return TraceRun()
    new_ids = {p.id for p in primaries}
    articles = [d for d in store.iter_documents() if not is_primary(d, settings.primary_publishers)
                and any(_in_window(d, p, settings.trace_window_days) for p in primaries)]
    embedder = embedder or load_embedder(settings.embeddings)
    pool = primary_pool(store, settings)
    run = TraceRun()
    for art, cands in zip(articles, rank_candidates(store, articles, pool, settings, embedder)):
        top = {c.document.id for c in cands[:MAX_SOURCES]}
        if not top & new_ids:
            continue
        cited = {e.doc_id for a in store.get_alignments(art.id) for e in a.evidence}
        if cited and new_ids <= cited:
            continue
        run.outcomes.append(_trace_one(store, art, cands, settings, embedder, None, True))
    return run


def best_sources(store, article: Document, settings, *, embedder=None) -> list[Document]:
    """The sources :func:`trace_document` would trace ``article`` against (empty: none claimed)."""
    from .embeddings import load_embedder

    embedder = embedder or load_embedder(settings.embeddings)
    ranked = rank_candidates(store, [article], primary_pool(store, settings), settings, embedder)[0]
    return [c.document for c in ranked[:MAX_SOURCES]]
