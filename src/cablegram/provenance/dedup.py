"""Near-duplicate detection with MinHash signatures and locality-sensitive hashing.

Shingles are runs of ``k`` consecutive content words (lower-cased, stop words dropped, so that
boiler phrases shared by unrelated articles do not count). Word hashing is vectorised with numpy
(a polynomial rolling hash over the bytes of a whole batch of documents), so signing costs
O(total bytes + shingles × num_perm) with small constants. Signatures are datasketch's
``affine32`` MinHash values (same permutations, same formula), so they can be wrapped in
:class:`datasketch.MinHash` and stored in :class:`datasketch.MinHashLSH`.

Two entry points:

- :class:`DedupIndex`: incremental, for documents as they arrive (datasketch ``MinHashLSH``);
- :func:`near_duplicate_pairs`: batch, vectorised banding over a signature matrix (sort by band key).

Both confirm LSH candidates by the Jaccard estimate over the full signature (``threshold``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .lexical import STOPWORDS

_P = np.uint64(0x100000001B3)  # odd multiplier of the polynomial byte hash
_P_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_SEP = 1  # byte that separates documents in a batch
# Bytes kept in words: ASCII letters/digits and every non-ASCII byte (UTF-8 letters); the rest become spaces.
_TABLE = bytes(
    (b if (48 <= b <= 57 or 97 <= b <= 122 or b >= 128) else (_SEP if b == _SEP else 32)) for b in range(256)
)


@dataclass(frozen=True)
class DedupParams:
    """Shingling, signature and banding settings (defaults measured with benchmarks/dedup.py)."""

    k: int = 2              # words per shingle
    num_perm: int = 64      # MinHash permutations
    bands: int = 21         # LSH bands (bands × rows ≤ num_perm)
    rows: int = 3           # rows per band
    threshold: float = 0.3  # confirmed when the estimated Jaccard similarity reaches this
    seed: int = 1
    max_bucket: int = 200   # buckets larger than this (boilerplate) only pair neighbours, bounding the work


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the polynomial hash over all bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch applies it before the affine permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _word_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of every word of a batch of texts and, per word, the index of its text."""
    joined = "\x01".join(t.replace("\x01", " ") for t in texts).lower().encode("utf-8", "replace").translate(_TABLE)
    b = np.frombuffer(joined, dtype=np.uint8)
    n = b.size
    is_word = (b != 32) & (b != _SEP)
    prev = np.concatenate(([False], is_word[:-1]))
    nxt = np.concatenate((is_word[1:], [False]))
    starts = np.flatnonzero(is_word & ~prev)
    ends = np.flatnonzero(is_word & ~nxt) + 1
    with np.errstate(over="ignore"):
        pw = np.full(n + 1, _P, dtype=np.uint64)
        pw[0] = 1
        pw = np.cumprod(pw, dtype=np.uint64)
        ipw = np.full(n + 1, _P_INV, dtype=np.uint64)
        ipw[0] = 1
        ipw = np.cumprod(ipw, dtype=np.uint64)
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(b.astype(np.uint64) * pw[:n], out=prefix[1:])
        words = _mix64((prefix[ends] - prefix[starts]) * ipw[starts])
    doc = np.cumsum(b == _SEP)[starts] if n else np.zeros(0, dtype=np.int64)
    return words, doc.astype(np.int64)


def _stop_hashes() -> np.ndarray:
    words, _ = _word_hashes([" ".join(sorted(STOPWORDS))])
    return np.unique(words)


def shingles(texts: list[str], k: int = 2, stop: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the k-word content shingles of each text, and the text index of each (sorted by text)."""
    words, doc = _word_hashes(texts)
    stop = _stop_hashes() if stop is None else stop
    keep = ~np.isin(words, stop)
    words, doc = words[keep], doc[keep]
    if words.size < k:
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64)
    with np.errstate(over="ignore"):
        h = words[: words.size - k + 1].copy()
        for j in range(1, k):
            h = h * np.uint64(0x9E3779B97F4A7C15) + words[j: words.size - k + 1 + j]
        h = _mix64(h)
    same = doc[: doc.size - k + 1] == doc[k - 1:]
    return (h[same] >> np.uint64(32)).astype(np.uint32), doc[: doc.size - k + 1][same]


def permutations(num_perm: int, seed: int = 1) -> np.ndarray:
    """datasketch's affine32 permutation parameters (a, b) for ``num_perm`` and ``seed``."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed).permutations


def signatures(texts: list[str], params: DedupParams = DedupParams(), batch: int = 2000) -> np.ndarray:
    """MinHash signature matrix [len(texts), num_perm] (uint32); texts without shingles get all-max rows.

    O(bytes + shingles × num_perm); processes ``batch`` texts at a time to bound memory.
    """
    a, b = permutations(params.num_perm, params.seed)
    a, b = a.astype(np.uint32), b.astype(np.uint32)
    stop = _stop_hashes()
    out = np.full((len(texts), params.num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    for lo in range(0, len(texts), batch):
        hv, doc = shingles(texts[lo:lo + batch], params.k, stop)
        if hv.size == 0:
            continue
        hv = _fmix32(hv)
        bounds = np.flatnonzero(np.concatenate(([True], doc[1:] != doc[:-1])))
        rows = doc[bounds] + lo
        with np.errstate(over="ignore"):
            for p0 in range(0, params.num_perm, 16):
                phv = hv[:, None] * a[None, p0:p0 + 16] + b[None, p0:p0 + 16]
                out[rows, p0:p0 + 16] = np.minimum.reduceat(phv, bounds, axis=0)
    return out


def estimated_jaccard(sig: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Share of equal signature positions for each pair (i[n], j[n])."""
    out = np.empty(len(i), dtype=np.float32)
    for lo in range(0, len(i), 100_000):
        out[lo:lo + 100_000] = (sig[i[lo:lo + 100_000]] == sig[j[lo:lo + 100_000]]).mean(axis=1)
    return out


def candidate_pairs(sig: np.ndarray, params: DedupParams = DedupParams()) -> np.ndarray:
    """Unique pairs [[i, j], …] (i < j) sharing at least one LSH band. O(bands × N log N)."""
    n = sig.shape[0]
    empty = (sig == np.iinfo(np.uint32).max).all(axis=1)
    found = []
    for band in range(params.bands):
        cols = sig[:, band * params.rows:(band + 1) * params.rows].astype(np.uint64)
        with np.errstate(over="ignore"):
            key = np.zeros(n, dtype=np.uint64)
            for c in range(cols.shape[1]):
                key = _mix64(key * np.uint64(0x9E3779B97F4A7C15) + cols[:, c])
        key[empty] = np.arange(n, dtype=np.uint64)[empty] ^ np.uint64(0xFFFF_FFFF_0000_0000)  # empty texts match nothing
        order = np.argsort(key, kind="stable")
        sk = key[order]
        same = np.flatnonzero(sk[1:] == sk[:-1])
        if same.size == 0:
            continue
        # Pairs within each run of equal keys: neighbours always; all pairs when the run is small.
        run_start = np.flatnonzero(np.concatenate(([True], sk[1:] != sk[:-1])))
        run_len = np.diff(np.concatenate((run_start, [n])))
        small = run_start[(run_len > 1) & (run_len <= params.max_bucket)]
        lens = run_len[(run_len > 1) & (run_len <= params.max_bucket)]
        for L in np.unique(lens):
            starts = small[lens == L]
            iu, ju = np.triu_indices(int(L), 1)
            found.append(np.stack([order[starts[:, None] + iu[None, :]].ravel(), order[starts[:, None] + ju[None, :]].ravel()], axis=1))
        big = run_start[run_len > params.max_bucket]
        for s, L in zip(big, run_len[run_len > params.max_bucket]):
            idx = order[s:s + L]
            found.append(np.stack([idx[:-1], idx[1:]], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    pairs.sort(axis=1)
    code = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([code // n, code % n], axis=1)


def near_duplicate_pairs(texts: list[str], params: DedupParams = DedupParams()) -> list[tuple[int, int, float]]:
    """Confirmed near-duplicate pairs (i, j, estimated Jaccard) among ``texts``, i < j."""
    sig = signatures(texts, params)
    cand = candidate_pairs(sig, params)
    if cand.size == 0:
        return []
    est = estimated_jaccard(sig, cand[:, 0], cand[:, 1])
    keep = est >= params.threshold
    return [(int(i), int(j), float(s)) for (i, j), s in zip(cand[keep], est[keep])]


class DedupIndex:
    """Incremental near-duplicate index over datasketch ``MinHashLSH``.

    ``add(doc_id, text)`` returns the already indexed documents it nearly duplicates, with the
    estimated Jaccard similarity (confirmation step), then indexes it. O(num_perm + bands) per query.
    """

    def __init__(self, params: DedupParams = DedupParams()):
        from datasketch import MinHashLSH

        self.params = params
        self._lsh = MinHashLSH(num_perm=params.num_perm, params=(params.bands, params.rows))
        self._perms = permutations(params.num_perm, params.seed)
        self._sigs: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._sigs

    def _minhash(self, text: str):
        from datasketch import MinHash

        values = signatures([text], self.params)[0]
        return MinHash(num_perm=self.params.num_perm, seed=self.params.seed, scheme="affine32",
                       hashvalues=values, permutations=self._perms)

    def query(self, text: str) -> list[tuple[str, float]]:
        """Indexed documents whose estimated Jaccard with ``text`` reaches the threshold, best first."""
        mh = self._minhash(text)
        return self._confirm(mh, self._lsh.query(mh))

    def _confirm(self, mh, candidates: Iterable[str]) -> list[tuple[str, float]]:
        scored = [(c, float(mh.jaccard(self._sigs[c]))) for c in candidates]
        return sorted([x for x in scored if x[1] >= self.params.threshold], key=lambda x: -x[1])

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index ``text`` under ``doc_id``; returns its confirmed near-duplicates among earlier documents."""
        mh = self._minhash(text)
        if doc_id in self._sigs:
            return self._confirm(mh, [c for c in self._lsh.query(mh) if c != doc_id])
        if (mh.hashvalues == np.iinfo(np.uint32).max).all():
            self._sigs[doc_id] = mh  # too short to shingle: kept, never matched
            return []
        found = self._confirm(mh, self._lsh.query(mh))
        self._lsh.insert(doc_id, mh)
        self._sigs[doc_id] = mh
        return found
