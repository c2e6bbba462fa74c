"""PLOVER root code on the plv relation set (Hu et al., ACL 2024): accuracy, macro-F1, per-class F1, confusions.

Three figures per file (``<data>/plv/*.jsonl``; dev and held-out files alike):

- ``classifier``: the learned type classifier alone on the sentence (no pipeline);
- ``system``: the full pipeline finds the event itself — the sentence's first event is the answer, a
  sentence with no event counts as wrong (label ``NONE``);
- ``gold_actors``: the full pipeline, choosing among the sentence's events the one whose source and target
  match the marked actors (text overlap), else the first event.

The project's CONCEDE and RETREAT are scored as plv's YIELD. ``direction`` is the share of events of the
right type whose source and target both match the marked actors (and ``direction_swapped`` where they are
exchanged). ``--model`` evaluates another model file (e.g. the held-out run's, ``/tmp/…onnx``), ``--ids``
restricts to the ids listed under ``heldout_ids`` in a training report (e.g. ``tests/data/event_model_heldout.json``),
``--classifier-only`` skips the pipeline.

Usage: python benchmarks/eval_plv.py --data ../shared/data [--model PATH] [--ids REPORT] [--classifier-only]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

DATASET = "plv"
TO_PLV = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def load(data_dir: Path, ids: set[str] | None = None) -> dict[str, list[dict]]:
    out = {}
    for f in sorted((Path(data_dir) / DATASET).glob("*.jsonl")):
        rows = [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
        if ids is not None:
            rows = [r for r in rows if f"{DATASET}:{r['id']}" in ids]
        if rows:
            out[f.name] = rows
    return out


def heldout_ids(report: Path) -> set[str]:
    return set(json.loads(Path(report).read_text(encoding="utf-8"))["heldout_ids"])


def scores(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, macro-F1 over the gold labels, per-class F1 and the ten most frequent confusions."""
    labels = sorted(set(gold))
    per = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab != g for g, p in zip(gold, pred))
        fn = sum(g == lab != p for g, p in zip(gold, pred))
        per[lab] = round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0
    confusions = Counter((g, p) for g, p in zip(gold, pred) if g != p).most_common(10)
    return {"n": len(gold), "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold)), 4),
            "macro_f1": round(sum(per.values()) / max(1, len(per)), 4), "per_class_f1": per,
            "confusions": [f"{g}->{p}: {n}" for (g, p), n in confusions]}


def reliability(conf, correct, bins: int = 5) -> tuple[list[dict], float]:
    """Reliability table (equal-width confidence bins: n, mean confidence, accuracy) and the expected
    calibration error (bin-size-weighted |accuracy - confidence|)."""
    table, ece = [], 0.0
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        idx = [i for i, c in enumerate(conf) if lo < c <= hi or (k == 0 and c == 0)]
        if not idx:
            continue
        mean_c = sum(conf[i] for i in idx) / len(idx)
        acc = sum(correct[i] for i in idx) / len(idx)
        ece += len(idx) / len(conf) * abs(acc - mean_c)
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "confidence": round(mean_c, 3), "accuracy": round(acc, 3)})
    return table, round(ece, 4)


def classify(model, rows: list[dict]) -> dict:
    probs = model.predict_proba([r["text"] for r in rows])
    pred = [model.labels[i] for i in probs.argmax(1)]
    out = scores([r["event"] for r in rows], pred)
    conf = [float(c) for c in probs.max(1)]
    out["reliability"], out["ece"] = reliability(conf, [p == r["event"] for p, r in zip(pred, rows)])
    return out


def _overlap(a: str | None, b: str) -> bool:
    if not a:
        return False
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _pick(events, row):
    def fit(e):
        return (_overlap(e.source_text, row["source"]) + _overlap(e.target_text, row["target"]))
    return max(events, key=fit) if events else None


def system(nlp, rows: list[dict]) -> dict:
    gold, first, chosen, right_type, direction, swapped = [], [], [], 0, 0, 0
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=32)):
        events = list(doc._.cg_events)
        gold.append(row["event"])
        first.append(TO_PLV.get(events[0].type, events[0].type) if events else "NONE")
        best = _pick(events, row)
        label = TO_PLV.get(best.type, best.type) if best else "NONE"
        chosen.append(label)
        if best is not None and label == row["event"]:
            right_type += 1
            direction += _overlap(best.source_text, row["source"]) and _overlap(best.target_text, row["target"])
            swapped += _overlap(best.source_text, row["target"]) and _overlap(best.target_text, row["source"])
    out = {"system": scores(gold, first), "gold_actors": scores(gold, chosen)}
    out["gold_actors"]["direction"] = round(direction / max(1, right_type), 4)
    out["gold_actors"]["direction_swapped"] = round(swapped / max(1, right_type), 4)
    out["gold_actors"]["no_event"] = sum(p == "NONE" for p in chosen)
    return out


def evaluate(data_dir: Path, nlp=None, model_path: str | None = None, ids: set[str] | None = None,
             classifier_only: bool = False) -> dict:
    """Figures per plv file (see the module docstring); ``nlp`` is a full pipeline (built when None)."""
    from cablegram.nlp.event_model import DEFAULT_EVENT_MODEL, load_event_model

    files = load(data_dir, ids)
    if not files:
        return {"skipped": f"no {DATASET}/*.jsonl under {data_dir}"}
    model = load_event_model(model_path or DEFAULT_EVENT_MODEL)
    if model is None:
        return {"skipped": f"event model {model_path or DEFAULT_EVENT_MODEL!r} not found"}
    if not classifier_only and nlp is None:
        from cablegram.nlp.pipeline import build_nlp

        nlp = build_nlp()
        if model_path:
            nlp.get_pipe("cablegram_events").model = model
    out = {}
    for name, rows in files.items():
        t0 = time.perf_counter()
        res = {"classifier": classify(model, rows)}
        res["classifier"]["seconds"] = round(time.perf_counter() - t0, 2)
        if not classifier_only:
            t0 = time.perf_counter()
            res |= system(nlp, rows)
            res["system"]["seconds"] = round(time.perf_counter() - t0, 2)
        out[name] = res
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", help="event model file (default: the shipped one)")
    parser.add_argument("--ids", type=Path, help="training report whose heldout_ids to keep")
    parser.add_argument("--classifier-only", action="store_true")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "plv.json")
    args = parser.parse_args(argv)
    result = evaluate(args.data, model_path=args.model, ids=heldout_ids(args.ids) if args.ids else None,
                      classifier_only=args.classifier_only)
    if "skipped" in result:
        print(f"skipped: {result['skipped']}")
        return 0
    for name, res in result.items():
        for kind, r in res.items():
            extra = f" direction {r['direction']} (swapped {r['direction_swapped']})" if "direction" in r else ""
            print(f"{name} {kind}: n={r['n']} accuracy {r['accuracy']:.3f} macro-F1 {r['macro_f1']:.3f}{extra}")
            print(f"  confusions: {', '.join(r['confusions'][:6])}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
