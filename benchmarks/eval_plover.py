"""PLOVER event-type accuracy on the 2016 gold-standard records (plover_gsr).

Our 16 types are mapped into the gold's 18-type label space with
:func:`cablegram.nlp.plover.to_gold_2016` (REQUEST→DEMAND, ACCUSE→DISAPPROVE or
INVESTIGATE by mode, ASSAULT→FIGHT for conventional weapons or two-sided fighting).

- dev files (``*.dev.jsonl``): 5-fold cross-validation; the classifier of each fold is
  trained on the other four folds only. The rules-only figure is reported beside it.
- other files (held-out): the shipped model, trained on all of dev.

Usage: python benchmarks/eval_plover.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from cablegram.nlp.events import EventClassifier, EventCoder, is_fight, pick_sentence, sentence_features
from cablegram.nlp.plover import GOLD_2016_TYPES, from_gold_2016, to_gold_2016

DATASET = "plover_gsr"
FOLDS = 5
# 2016 gold modes that our modes name differently.
_MODE_ALIASES = {"riot-spon": "riot", "demo-org": "demo", "demo-spon": "demo", "detain": "arrest", "other": None}


def load(data_dir: Path) -> dict[str, list[dict]]:
    files = sorted((Path(data_dir) / DATASET).glob("*.jsonl"))
    return {f.name: [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()] for f in files}


def folds_of(records: list[dict], k: int = FOLDS) -> list[int]:
    """Stratified, deterministic fold numbers: records sorted by (label, id), dealt round-robin."""
    order = sorted(range(len(records)), key=lambda i: (records[i]["event"], records[i]["id"]))
    fold = [0] * len(records)
    for rank, i in enumerate(order):
        fold[i] = rank % k
    return fold


def _match(pred: str | None, gold_actors: list[dict]) -> bool:
    if not pred:
        return False
    p = pred.lower()
    return any(a.get("actorText") and (p in a["actorText"].lower() or a["actorText"].lower() in p) for a in gold_actors)


def predict(coder: EventCoder, doc):
    """(gold-space label, event) for a one-event text."""
    sent = pick_sentence(doc, coder.index)
    if sent is None:
        return None, None
    event = coder.code_sentence(sent, 0, doc)
    if event is None:
        return None, None
    return to_gold_2016(event.type, event.mode, is_fight(sent.text.lower())), event


def score(records: list[dict], preds: list[tuple]) -> dict:
    n = len(records)
    correct = sum(1 for r, (p, _) in zip(records, preds) if p == r["event"])
    predicted = sum(1 for p, _ in preds if p)
    precision = correct / predicted if predicted else 0.0
    recall = correct / n if n else 0.0
    micro_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_class = {}
    for label in GOLD_2016_TYPES:
        tp = sum(1 for r, (p, _) in zip(records, preds) if p == label and r["event"] == label)
        fp = sum(1 for r, (p, _) in zip(records, preds) if p == label and r["event"] != label)
        fn = sum(1 for r, (p, _) in zip(records, preds) if p != label and r["event"] == label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per_class[label] = {"f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0, "support": tp + fn}
    present = [v["f1"] for v in per_class.values() if v["support"]]
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for r, (p, _) in zip(records, preds):
        confusion[r["event"]][p or "NONE"] = confusion[r["event"]].get(p or "NONE", 0) + 1
    mode_n = mode_ok = src_n = src_ok = tgt_n = tgt_ok = 0
    for r, (p, ev) in zip(records, preds):
        gold_mode = _MODE_ALIASES.get(r.get("mode"), r.get("mode"))
        if p == r["event"] and gold_mode:
            mode_n += 1
            mode_ok += int(ev is not None and ev.mode == gold_mode)
        if r["source"]:
            src_n += 1
            src_ok += int(ev is not None and _match(ev.source_text, r["source"]))
        if r["target"]:
            tgt_n += 1
            tgt_ok += int(ev is not None and _match(ev.target_text, r["target"]))
    return {
        "n": n, "micro_f1": round(micro_f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
        "macro_f1": round(sum(present) / len(present), 4) if present else 0.0,
        "mode_accuracy": round(mode_ok / mode_n, 4) if mode_n else None, "mode_n": mode_n,
        "source_accuracy": round(src_ok / src_n, 4) if src_n else None,
        "target_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else None,
        "per_class": per_class, "confusion": dict(confusion),
    }


def training_rows(coder: EventCoder, docs, records):
    rows, labels = [], []
    for doc, rec in zip(docs, records):
        sent = pick_sentence(doc, coder.index)
        if sent is None:
            continue
        feats, _ = sentence_features(sent, coder.index)
        rows.append(feats)
        labels.append(from_gold_2016(rec["event"]))
    return rows, labels


def cross_validate(nlp, records: list[dict], docs=None) -> dict:
    docs = docs if docs is not None else list(nlp.pipe([r["text"] for r in records]))
    coder = EventCoder(nlp, "eval", None, 0.25, 0.0)
    rules = score(records, [predict(coder, d) for d in docs])
    folds = folds_of(records)
    preds: list[tuple] = [(None, None)] * len(records)
    for k in range(FOLDS):
        train = [i for i in range(len(records)) if folds[i] != k]
        rows, labels = training_rows(coder, [docs[i] for i in train], [records[i] for i in train])
        coder.model = EventClassifier.fit(rows, labels)
        for i in range(len(records)):
            if folds[i] == k:
                preds[i] = predict(coder, docs[i])
    coder.model = None
    result = score(records, preds)
    result["rules_only"] = {k: rules[k] for k in ("micro_f1", "macro_f1", "mode_accuracy", "source_accuracy", "target_accuracy")}
    result["method"] = f"{FOLDS}-fold cross-validation (stratified, deterministic)"
    return result


def evaluate(data_dir: Path, nlp) -> dict:
    """Figures per file: cross-validated on dev files, shipped model on held-out files."""
    files = load(data_dir)
    if not files:
        return {"skipped": f"no {DATASET}/*.jsonl under {data_dir}"}
    out = {}
    for name, records in files.items():
        if ".dev." in name:
            out[name] = cross_validate(nlp, records)
        else:
            coder = EventCoder(nlp, "eval", "plover_lr.json", 0.25, 0.0)
            docs = list(nlp.pipe([r["text"] for r in records]))
            out[name] = score(records, [predict(coder, d) for d in docs])
            out[name]["method"] = "shipped model trained on all dev records"
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "plover.json")
    args = parser.parse_args(argv)
    from cablegram.nlp.pipeline import build_nlp
    nlp = build_nlp()
    result = evaluate(args.data, nlp)
    for name, r in result.items():
        if isinstance(r, dict) and "micro_f1" in r:
            print(f"{name}: micro-F1 {r['micro_f1']:.3f} macro-F1 {r['macro_f1']:.3f} mode acc {r['mode_accuracy']} "
                  f"source acc {r['source_accuracy']} target acc {r['target_accuracy']} ({r['method']})")
            if "rules_only" in r:
                print(f"  rules only: {r['rules_only']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
