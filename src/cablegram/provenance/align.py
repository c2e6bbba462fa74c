"""One-to-many alignment of article sentences with primary-source sentences.

For each article sentence: cosine similarity of sentence embeddings with every source sentence
(blocked matrix product: O(n·m·d) time, O(block·m) memory), then for the top ``k`` candidates a
lexical check (share of the sentence's content words found in the evidence, fuzzy for names) and a
greedy one-to-many step that adds a second or third source sentence when it covers words the first
one lacks. The label comes from a combined score and the difference checks:

- ``supported``: score ≥ ``supported`` and no difference found;
- ``altered``:   score ≥ ``altered`` and at least one difference (number, date, actor, modality, quote …);
- ``added``:     otherwise;
- ``other``:     boilerplate (bylines, "Read more", source and photo credits), decided before alignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .differences import differences
from .lexical import content_stems, coverage

# Differences that make a matched sentence "altered" (hedging/strength alone only lower the score:
# paraphrase often shifts tone without changing what is asserted).
ALTERING = ("number", "date", "actor", "modality", "quote")

_BOILERPLATE = re.compile(
    r"^(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:,|and)\s*.*)?$"
    r"|read more\b|related:|see also\b|photo:|image:|picture:|video:|source:|sources?:|credit:|copyright\b|©|all rights reserved"
    r"|follow us\b|subscribe\b|share this\b|click here\b|advertisement$|\(?(?:reporting|editing|writing) by\b)",
    re.I)


@dataclass
class AlignParams:
    """Thresholds and weights of the alignment (defaults chosen on MSRP and the seed pair; see benchmarks)."""

    supported: float = 0.58       # combined score above which a sentence counts as supported
    altered: float = 0.50         # combined score above which a sentence with differences counts as altered
    weight_embedding: float = 0.7  # combined = w·(rescaled cosine) + (1-w)·lexical coverage
    cos_floor: float = 0.60       # cosine mapped to 0 (MiniLM scores unrelated same-topic text near here)
    cos_ceiling: float = 0.95     # cosine mapped to 1
    top_k: int = 5                # candidates per sentence examined lexically
    extra_margin: float = 0.15    # an extra evidence sentence must be within this cosine of the best
    extra_gain: float = 0.10      # … and raise coverage by at least this much
    block: int = 1024             # article sentences per matrix block

    @classmethod
    def for_embedder(cls, name: str) -> "AlignParams":
        """Defaults for an embedder: hashed-word cosines are lower and spread differently from MiniLM's."""
        if name == "lexical":
            return cls(supported=0.25, altered=0.25, weight_embedding=0.5, cos_floor=0.05, cos_ceiling=0.55)
        return cls()


@dataclass
class SentenceMatch:
    """The alignment of one article sentence."""

    index: int
    text: str
    label: str
    score: float = 0.0
    cosine: float = 0.0
    coverage: float = 0.0
    evidence: list[tuple[int, float]] = field(default_factory=list)  # (source sentence index, cosine)
    differences: list[str] = field(default_factory=list)


def is_boilerplate(sentence: str) -> bool:
    """Bylines, source lines, links and credits: sentences that carry no claim."""
    s = sentence.strip()
    if _BOILERPLATE.search(s):
        return True
    return bool(re.fullmatch(r"(?:https?://\S+|www\.\S+)", s)) or len(content_stems(s)) == 0


def combined_score(cos: float, cov: float, p: AlignParams) -> float:
    scaled = min(1.0, max(0.0, (cos - p.cos_floor) / (p.cos_ceiling - p.cos_floor)))
    return p.weight_embedding * scaled + (1 - p.weight_embedding) * cov


def top_candidates(a: np.ndarray, s: np.ndarray, k: int, block: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosines of the ``k`` most similar rows of ``s`` for each row of ``a`` (both L2-normalised)."""
    n, m = a.shape[0], s.shape[0]
    k = min(k, m)
    idx = np.zeros((n, k), dtype=np.int64)
    val = np.zeros((n, k), dtype=np.float32)
    for lo in range(0, n, block):
        sims = a[lo:lo + block] @ s.T
        part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        pv = np.take_along_axis(sims, part, axis=1)
        order = np.argsort(-pv, axis=1)
        idx[lo:lo + block] = np.take_along_axis(part, order, axis=1)
        val[lo:lo + block] = np.take_along_axis(pv, order, axis=1)
    return idx, val


def align(article: list[str], source: list[str], article_vecs: np.ndarray, source_vecs: np.ndarray,
          params: AlignParams | None = None,
          dates: tuple[str | None, list[str | None]] | None = None) -> list[SentenceMatch]:
    """Align every article sentence with the source sentences (see the module docstring).

    ``dates``: the article's publication date and each source sentence's, so that relative dates
    ("today" in a readout, "on Thursday" in a report the day after) are compared as days."""
    article_date, source_dates = dates if dates else (None, [None] * len(source))
    p = params or AlignParams()
    if not source:
        return [SentenceMatch(i, t, "other" if is_boilerplate(t) else "added") for i, t in enumerate(article)]
    idx, val = top_candidates(article_vecs, source_vecs, p.top_k, p.block)
    out: list[SentenceMatch] = []
    for i, text in enumerate(article):
        if is_boilerplate(text):
            out.append(SentenceMatch(i, text, "other"))
            continue
        best_j, best_cos = int(idx[i, 0]), float(val[i, 0])
        ev = [(best_j, best_cos)]
        cov = coverage(text, [source[best_j]])
        for j, c in zip(idx[i, 1:], val[i, 1:]):
            if best_cos - float(c) > p.extra_margin:
                break
            new_cov = coverage(text, [source[e] for e, _ in ev] + [source[int(j)]])
            if new_cov - cov >= p.extra_gain:
                ev.append((int(j), float(c)))
                cov = new_cov
        score = combined_score(best_cos, cov, p)
        diffs = differences(text, [source[e] for e, _ in ev], article_date=article_date,
                            evidence_dates=[source_dates[e] for e, _ in ev]) if score >= p.altered else []
        altering = [d for d in diffs if d.split(":", 1)[0] in ALTERING]
        if score >= p.supported and not altering:
            label = "supported"
        elif score >= p.altered and altering:
            label = "altered"
        else:
            label = "added"
        out.append(SentenceMatch(i, text, label, round(score, 4), round(best_cos, 4), round(cov, 4),
                                 sorted(ev), diffs if label != "added" else []))
    return out
