"""Provenance: trace article sentences to primary sources, near-duplicates and story clusters.

Public API::

    trace(article, sources, *, nlp=None, settings=None, embedder=None) -> TraceReport
    find_candidates(store, article, settings) -> list[Candidate]
    DedupIndex / near_duplicate_pairs(texts)      near-duplicates (MinHash + LSH)
    build_clusters(documents) / cluster_store(store, settings)
    split_sentences(text), load_embedder(kind)
"""

from .candidates import Candidate, find_candidates
from .clusters import ClusterParams, build_clusters, cluster_store
from .dedup import DedupIndex, DedupParams, near_duplicate_pairs
from .embeddings import load_embedder
from .sentences import Sentence, split_sentences
from .trace import SentenceTrace, TraceReport, trace

__all__ = [
    "Candidate", "ClusterParams", "DedupIndex", "DedupParams", "Sentence", "SentenceTrace", "TraceReport",
    "build_clusters", "cluster_store", "find_candidates", "load_embedder", "near_duplicate_pairs", "split_sentences", "trace",
]
