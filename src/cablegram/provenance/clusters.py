"""Story clusters: documents that report the same story, with earliest document, primary source and
a derivation tree (each document's most similar earlier document is its parent).

Similarity is the MinHash estimate over single content words (looser than near-duplicates: rewrites
of one story share vocabulary, not phrasing). Pairs come from LSH banding, so building clusters for
N documents costs O(N log N) plus O(size²) per cluster for the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from ..records import Cluster, Document, stable_id
from .dedup import DedupParams, candidate_pairs, estimated_jaccard, shingles, signatures


@dataclass(frozen=True)
class ClusterParams:
    """Story-level similarity: unigram MinHash, Jaccard ≥ threshold, published within ``window_days``."""

    dedup: DedupParams = DedupParams(k=1, num_perm=64, bands=32, rows=2, threshold=0.3)
    window_days: int = 7


# Hosts of government sites: ".gov", ".gov.<cc>", "gov.<cc>", "mfa.<…>", "mid.ru", "kremlin.ru", "president.gov.ua".
_GOV_HOST = re.compile(r"^(?:[\w-]+\.)*(?:gov(?:\.[a-z]{2})?|gov\.[a-z]{2}|mfa\.[\w.-]+|mid\.ru|kremlin\.ru|"
                       r"gouv\.fr|bund\.de|europa\.eu|un\.org|nato\.int)$")


def official_url(url: str | None) -> bool:
    """Whether ``url`` is on a government or intergovernmental site (``state.gov``, ``mfa.gov.ua``, ``gov.uk`` …)."""
    host = urlsplit(url or "").hostname or ""
    return bool(host) and bool(_GOV_HOST.match(host.lower()))


def is_primary(doc: Document, primary_publishers: Iterable[str] = ()) -> bool:
    """Flagged primary, published by one of the configured primary publishers (substring, any case), or
    fetched from a government site (:func:`official_url`)."""
    if doc.is_primary or official_url(doc.url):
        return True
    pub = (doc.publisher or "").lower()
    return bool(pub) and any(p.lower() in pub for p in primary_publishers)


def _day(doc: Document) -> date | None:
    try:
        return date.fromisoformat((doc.published_at or "")[:10])
    except ValueError:
        return None


def _sort_key(doc: Document, primary: bool) -> tuple:
    d = _day(doc)
    return (d is None, d or date.max, not primary, doc.published_at or "", doc.id)


def _similar_pairs(docs: list[Document], sig, params: ClusterParams) -> list[tuple[int, int]]:
    """Index pairs whose estimated Jaccard similarity reaches the threshold, within the day window."""
    cand = candidate_pairs(sig, params.dedup)
    if not cand.size:
        return []
    pairs = []
    est = estimated_jaccard(sig, cand[:, 0], cand[:, 1])
    for (i, j), s in zip(cand.tolist(), est.tolist()):
        if s < params.dedup.threshold:
            continue
        di, dj = _day(docs[i]), _day(docs[j])
        if di and dj and abs((di - dj).days) > params.window_days:
            continue
        pairs.append((i, j))
    return pairs


PRIMARY_CONTAINMENT = 0.6  # share of a primary's content words an article must hold to join the primary's story


def _contained_primary_pairs(docs: list[Document], primaries: set[int], params: ClusterParams) -> list[tuple[int, int]]:
    """Pairs (primary, other) where the other document holds ≥ ``PRIMARY_CONTAINMENT`` of the primary's distinct
    content words, within the day window. A short readout inside a long rewrite has a low Jaccard similarity
    (the seed readout and its rewrite: 0.14) though the rewrite contains nearly all of it. O(P·N) set operations."""
    if not primaries:
        return []
    hashes, owner = shingles([(d.title or "") + "\n" + d.text for d in docs], 1)
    words: list[set[int]] = [set() for _ in docs]
    for h, i in zip(hashes.tolist(), owner.tolist()):
        words[i].add(h)
    pairs = []
    for p in sorted(primaries):
        if len(words[p]) < 5:
            continue
        dp = _day(docs[p])
        for j, other in enumerate(words):
            dj = _day(docs[j])
            if j == p or (dp and dj and abs((dp - dj).days) > params.window_days):
                continue
            if len(words[p] & other) / len(words[p]) >= PRIMARY_CONTAINMENT:
                pairs.append((p, j))
    return pairs


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union-find) of ``n`` items joined by ``pairs``, in first-member order."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _cluster(docs: list[Document], sig, members: list[int], primaries: set[int]) -> Cluster:
    """One cluster: members ordered by day (primary first on ties) and each one's likeliest parent."""
    order = sorted(members, key=lambda i: _sort_key(docs[i], i in primaries))
    edges = []
    for pos, child in enumerate(order[1:], start=1):
        earlier = order[:pos]
        scores = estimated_jaccard(sig, [child] * len(earlier), earlier)
        best = max(range(len(earlier)), key=lambda k: (scores[k], earlier[k] in primaries))
        edges.append([docs[earlier[best]].id, docs[child].id, round(float(scores[best]), 3)])
    prim = [i for i in order if i in primaries]
    ids = sorted(docs[i].id for i in members)
    return Cluster(id=stable_id("clu", *ids), doc_ids=[docs[i].id for i in order], earliest_doc_id=docs[order[0]].id,
                   primary_doc_id=docs[prim[0]].id if prim else None, edges=edges)


def build_clusters(documents: list[Document], *, primary_publishers: Iterable[str] = (),
                   params: ClusterParams = ClusterParams()) -> list[Cluster]:
    """Clusters of two or more documents, largest first."""
    docs = list(documents)
    if len(docs) < 2:
        return []
    sig = signatures([(d.title or "") + "\n" + d.text for d in docs], params.dedup)
    primaries = {i for i in range(len(docs)) if is_primary(docs[i], primary_publishers)}
    out = [_cluster(docs, sig, members, primaries)
           for members in _components(len(docs), _similar_pairs(docs, sig, params)
                                      + _contained_primary_pairs(docs, primaries, params)) if len(members) >= 2]
    out.sort(key=lambda c: (-len(c.doc_ids), c.id))
    return out


def cluster_store(store, settings, params: ClusterParams = ClusterParams()) -> list[Cluster]:
    """Recompute the story clusters of every stored document and save them (``store.save_clusters``)."""
    clusters = build_clusters(list(store.iter_documents()), primary_publishers=settings.primary_publishers, params=params)
    store.save_clusters(clusters)
    return clusters
