"""Find candidate primary sources for an article among stored documents.

A candidate is primary (flagged, or from ``Settings.primary_publishers``), published within
``Settings.trace_window_days`` of the article (unknown dates are not excluded), and is ranked by
0.6 × embedding cosine of the two documents' openings + 0.4 × Jaccard overlap of their actors
(actor ids from stored analyses when present, else capitalised names). O(stored documents).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Document
from .clusters import _day, is_primary
from .lexical import names

OPENING_CHARS = 1500  # the lead carries the story; embedding whole documents blurs it


@dataclass
class Candidate:
    document: Document
    score: float
    cosine: float
    shared_actors: list[str]


def _actors(store, doc: Document) -> set[str]:
    analysis = store.get_analysis(doc.id) if doc.id else None
    if analysis is not None and analysis.mentions:
        return {m.actor_id for m in analysis.mentions}
    return {n for n in names(doc.text[:5000]) if len(n) > 3}


def find_candidates(store, article: Document, settings, *, embedder=None, limit: int = 5,
                    min_score: float = 0.35) -> list[Candidate]:
    """The best ``limit`` candidate primary sources for ``article`` (best first)."""
    from .embeddings import load_embedder

    day = _day(article)
    pool = []
    for doc in store.iter_documents():
        if doc.id == article.id or doc.content_hash == article.content_hash or not is_primary(doc, settings.primary_publishers):
            continue
        d = _day(doc)
        if day and d and abs((day - d).days) > settings.trace_window_days:
            continue
        pool.append(doc)
    if not pool:
        return []
    embedder = embedder or load_embedder(settings.embeddings)
    vecs = embedder.encode([article.text[:OPENING_CHARS]] + [d.text[:OPENING_CHARS] for d in pool])
    cos = vecs[1:] @ vecs[0]
    mine = _actors(store, article)
    out = []
    for doc, c in zip(pool, cos.tolist()):
        theirs = _actors(store, doc)
        shared = mine & theirs
        jac = len(shared) / len(mine | theirs) if mine | theirs else 0.0
        score = 0.6 * c + 0.4 * jac
        if score >= min_score:
            out.append(Candidate(doc, round(score, 4), round(c, 4), sorted(shared)))
    out.sort(key=lambda x: -x.score)
    return out[:limit]
