"""Sentence-level provenance benchmark on readout/rewrite pairs (pairs.jsonl layout).

    python benchmarks/provenance.py --data ../shared/data [--embeddings auto|lexical]

Finds ``<data>/provenance/*.jsonl``. Labelled pairs: per-label precision/recall/F1 (supported,
altered, added), a confusion table and attribution accuracy on added sentences. Unlabelled pairs:
the full trace report. Writes benchmarks/results/provenance.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cablegram.provenance.embeddings import load_embedder  # noqa: E402
from cablegram.provenance.report import render  # noqa: E402
from cablegram.provenance.trace import trace  # noqa: E402
from cablegram.records import ALIGNMENT_LABELS, Document  # noqa: E402


def prf(gold: list[str], pred: list[str], label: str) -> dict:
    tp = sum(g == p == label for g, p in zip(gold, pred))
    fp = sum(p == label != g for g, p in zip(gold, pred))
    fn = sum(g == label != p for g, p in zip(gold, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "support": tp + fn}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--embeddings", default="auto")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "provenance.json")
    args = ap.parse_args()
    files = sorted((args.data / "provenance").glob("*.jsonl"))
    if not files:
        sys.exit(f"error: no {args.data}/provenance/*.jsonl found (pass --data DIR)")
    embedder = load_embedder(args.embeddings)
    gold, pred, att_gold, att_pred, per_pair = [], [], [], [], []
    t0 = time.perf_counter()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            p, d = rec["primary"], rec["derivative"]
            primary = Document(text=p["text"], title=p.get("title"), publisher=p.get("publisher"), url=p.get("url"),
                               published_at=p.get("date"), is_primary=True)
            article = Document(text=d["text"], title=d.get("title"), publisher=d.get("publisher"), url=d.get("url"),
                               published_at=d.get("date"))
            report = trace(article, [primary], embedder=embedder)
            labelled = rec.get("derivative_sentences") and all(x.get("label") for x in rec["derivative_sentences"])
            if not labelled:
                render(report)
                continue
            g = [x["label"] for x in rec["derivative_sentences"]]
            pr = [s.label for s in report.sentences]
            if len(g) != len(pr):
                print(f"warning: {rec['id']}: {len(pr)} sentences split, {len(g)} labelled; pair skipped")
                continue
            gold += g
            pred += pr
            for x, s in zip(rec["derivative_sentences"], report.sentences):
                if x["label"] == "added" and s.label == "added":
                    att_gold.append(x["attribution"])
                    att_pred.append(s.attribution)
            per_pair.append({"id": rec["id"], "agreement": round(sum(a == b for a, b in zip(g, pr)) / len(g), 3),
                             "summary": report.summary})
    result = {"embedder": embedder.name, "pairs": len(per_pair), "sentences": len(gold),
              "seconds": round(time.perf_counter() - t0, 2),
              "accuracy": round(sum(a == b for a, b in zip(gold, pred)) / len(gold), 3) if gold else None,
              "labels": {lab: prf(gold, pred, lab) for lab in ("supported", "altered", "added")},
              "confusion": {g: dict(Counter(p for gg, p in zip(gold, pred) if gg == g)) for g in ALIGNMENT_LABELS if g in gold},
              "attribution_accuracy": round(sum(a == b for a, b in zip(att_gold, att_pred)) / len(att_gold), 3) if att_gold else None,
              "per_pair": per_pair}
    print(json.dumps({k: v for k, v in result.items() if k != "per_pair"}, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
