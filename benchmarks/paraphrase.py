"""Paraphrase benchmark: MSRP accuracy/AUC (embeddings vs lexical vs the alignment score) and
FakeNewsAMT legit-vs-rewritten separation.

    python benchmarks/paraphrase.py --data ../shared/data [--limit N]

MSRP: cosine per sentence pair; AUC (rank statistic) and accuracy at the best threshold found on the
same data (so an optimistic figure; the threshold is printed), plus accuracy at the alignment's own
``supported`` threshold. FakeNewsAMT: trace each fake rewrite against its legit story and against a
different legit story of the same domain; AUC of the share of supported sentences. Writes
benchmarks/results/paraphrase.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cablegram.provenance.align import AlignParams, combined_score  # noqa: E402
from cablegram.provenance.embeddings import load_embedder  # noqa: E402
from cablegram.provenance.lexical import coverage  # noqa: E402
from cablegram.provenance.trace import trace  # noqa: E402
from cablegram.records import Document  # noqa: E402


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def best_accuracy(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.unique(np.round(scores, 3)):
        acc = float(((scores >= t) == (labels == 1)).mean())
        best = max(best, (acc, float(t)))
    return best


def load(data: Path, name: str) -> list[dict]:
    rows = []
    for path in sorted((data / name).glob("*.jsonl")):
        rows += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N MSRP pairs (0 = all)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "paraphrase.json")
    args = ap.parse_args()
    msrp = load(args.data, "msrp")
    fake = load(args.data, "fakenewsamt")
    if not msrp and not fake:
        sys.exit(f"error: no msrp/*.jsonl or fakenewsamt/*.jsonl under {args.data}")
    if args.limit:
        msrp = msrp[: args.limit]
    result: dict = {}
    embedders = [load_embedder("auto"), load_embedder("lexical")]
    if msrp:
        labels = np.array([int(r["label"]) for r in msrp])
        cov = np.array([coverage(r["sentence1"], [r["sentence2"]]) for r in msrp])
        result["msrp"] = {"pairs": len(msrp)}
        for emb in embedders:
            t = time.perf_counter()
            a = emb.encode([r["sentence1"] for r in msrp])
            b = emb.encode([r["sentence2"] for r in msrp])
            secs = time.perf_counter() - t
            cos = (a * b).sum(axis=1)
            p = AlignParams.for_embedder(emb.name)
            comb = np.array([combined_score(c, v, p) for c, v in zip(cos, cov)])
            acc, thr = best_accuracy(cos, labels)
            cacc, cthr = best_accuracy(comb, labels)
            result["msrp"][emb.name] = {
                "cosine_auc": round(auc(cos, labels), 4), "cosine_best_accuracy": round(acc, 4), "cosine_best_threshold": thr,
                "alignment_score_auc": round(auc(comb, labels), 4), "alignment_best_accuracy": round(cacc, 4),
                "alignment_best_threshold": cthr,
                "accuracy_at_supported_threshold": round(float(((comb >= p.supported) == (labels == 1)).mean()), 4),
                "encode_seconds": round(secs, 1)}
        result["msrp"]["majority_baseline"] = round(max(labels.mean(), 1 - labels.mean()), 4)
    if fake:
        rng = random.Random(5)
        for emb in embedders:
            own, other = [], []
            for r in fake:
                peers = [x for x in fake if x["domain"] == r["domain"] and x["id"] != r["id"]]
                f = Document(text=r["fake_text"])
                own.append(trace(f, [Document(text=r["legit_text"])], embedder=emb).summary["share_supported"])
                other.append(trace(f, [Document(text=rng.choice(peers)["legit_text"])], embedder=emb).summary["share_supported"])
            scores = np.array(own + other)
            labels = np.array([1] * len(own) + [0] * len(other))
            result.setdefault("fakenewsamt", {"pairs": len(fake)})[emb.name] = {
                "auc_own_vs_other_story": round(auc(scores, labels), 4),
                "mean_supported_share_own_story": round(float(np.mean(own)), 3),
                "mean_supported_share_other_story": round(float(np.mean(other)), 3)}
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
