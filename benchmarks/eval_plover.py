"""PLOVER event-type accuracy on the 2016 gold-standard records (plover_gsr).

Our 16 types are mapped into the gold's 18-type label space with
:func:`cablegram.nlp.plover.to_gold_2016` (REQUEST→DEMAND, ACCUSE→DISAPPROVE or
INVESTIGATE by mode, ASSAULT→FIGHT for conventional weapons or two-sided fighting).
The full pipeline codes each record; its most confident event is the answer (none counts
as a miss, so precision and recall differ).

Which model: the shipped one by default — it was trained on plover_gsr dev too, so on dev
files that figure is a training-set figure, kept only as a regression guard. The honest dev
figure comes from ``--model`` pointing at the held-out run's model, which never saw plover_gsr
(``scripts/train_event_model.py --holdout 0.2``). ``--rules`` scores the cue rules alone.

Usage: python benchmarks/eval_plover.py --data ../shared/data [--model PATH | --rules]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from cablegram.nlp.events import is_fight
from cablegram.nlp.plover import GOLD_2016_TYPES, to_gold_2016

DATASET = "plover_gsr"
# 2016 gold modes that our modes name differently.
_MODE_ALIASES = {"riot-spon": "riot", "demo-org": "demo", "demo-spon": "demo", "detain": "arrest", "other": None}


def load(data_dir: Path) -> dict[str, list[dict]]:
    files = sorted((Path(data_dir) / DATASET).glob("*.jsonl"))
    return {f.name: [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()] for f in files}


def _match(pred: str | None, gold_actors: list[dict]) -> bool:
    if not pred:
        return False
    p = pred.lower()
    return any(a.get("actorText") and (p in a["actorText"].lower() or a["actorText"].lower() in p) for a in gold_actors)


def _per_class(records: list[dict], preds: list[tuple]) -> dict[str, dict]:
    per_class = {}
    for label in GOLD_2016_TYPES:
        tp = sum(1 for r, (p, _) in zip(records, preds) if p == label and r["event"] == label)
        fp = sum(1 for r, (p, _) in zip(records, preds) if p == label and r["event"] != label)
        fn = sum(1 for r, (p, _) in zip(records, preds) if p != label and r["event"] == label)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        per_class[label] = {"f1": round(f1, 3), "support": tp + fn}
    return per_class


def _arguments(records: list[dict], preds: list[tuple]) -> dict:
    """Mode accuracy on records whose type is right; source and target accuracy on records that name them."""
    n = {"mode": 0, "source": 0, "target": 0}
    ok = dict.fromkeys(n, 0)
    for r, (p, ev) in zip(records, preds):
        gold_mode = _MODE_ALIASES.get(r.get("mode"), r.get("mode"))
        if p == r["event"] and gold_mode:
            n["mode"] += 1
            ok["mode"] += int(ev is not None and ev.mode == gold_mode)
        for side in ("source", "target"):
            if r[side]:
                n[side] += 1
                ok[side] += int(ev is not None and _match(getattr(ev, f"{side}_text"), r[side]))
    out = {f"{k}_accuracy": round(ok[k] / n[k], 4) if n[k] else None for k in n}
    out["mode_n"] = n["mode"]
    return out


def score(records: list[dict], preds: list[tuple]) -> dict:
    n = len(records)
    correct = sum(1 for r, (p, _) in zip(records, preds) if p == r["event"])
    predicted = sum(1 for p, _ in preds if p)
    precision = correct / predicted if predicted else 0.0
    recall = correct / n if n else 0.0
    micro_f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_class = _per_class(records, preds)
    present = [v["f1"] for v in per_class.values() if v["support"]]
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for r, (p, _) in zip(records, preds):
        confusion[r["event"]][p or "NONE"] = confusion[r["event"]].get(p or "NONE", 0) + 1
    return {
        "n": n, "micro_f1": round(micro_f1, 4), "precision": round(precision, 4), "recall": round(recall, 4),
        "macro_f1": round(sum(present) / len(present), 4) if present else 0.0, **_arguments(records, preds),
        "per_class": per_class, "confusion": dict(confusion),
    }


def _depth(doc, event) -> int:
    """How far below its sentence's root the event's trigger sits in the parse (0: the main verb)."""
    start, end = event.spans.get("trigger", (0, 0))
    span = doc.char_span(start, end, alignment_mode="expand")
    return len(list(span.root.ancestors)) if span is not None and len(span) else 99


def predict(doc):
    """(gold-space label, event) for a one-event text: the most confident event of the document; among
    equally confident ones (a further clause's event takes the main one's confidence) the one nearest the
    sentence's root ("ordered X to appear for questioning": the order, not the questioning)."""
    events = list(doc._.cg_events)
    if not events:
        return None, None
    top = max(e.confidence for e in events)
    event = min((e for e in events if e.confidence == top), key=lambda e: _depth(doc, e))
    sent = event.sentence.lower()
    return to_gold_2016(event.type, event.mode, is_fight(sent), event.modality, sent), event


def evaluate(data_dir: Path, nlp=None, model: str | None = None, rules: bool = False) -> dict:
    """Figures per file with the pipeline ``nlp`` (built here when None, with ``model`` or the cue rules)."""
    files = load(data_dir)
    if not files:
        return {"skipped": f"no {DATASET}/*.jsonl under {data_dir}"}
    if nlp is None:
        from cablegram.nlp.pipeline import build_nlp

        cfg = {"cablegram_events": {"model": "" if rules else (model or "event_type.onnx")}}
        nlp = build_nlp(config=cfg)
    coder = nlp.get_pipe("cablegram_events")
    method = "cue rules only" if coder.model is None else f"model {coder.model.path.name}"
    out = {}
    for name, records in files.items():
        docs = list(nlp.pipe([r["text"] for r in records]))
        out[name] = score(records, [predict(d) for d in docs])
        out[name]["method"] = method
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", help="event model file (default: the shipped one)")
    parser.add_argument("--rules", action="store_true", help="score the cue rules alone")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "plover.json")
    args = parser.parse_args(argv)
    result = evaluate(args.data, model=args.model, rules=args.rules)
    for name, r in result.items():
        if isinstance(r, dict) and "micro_f1" in r:
            print(f"{name}: micro-F1 {r['micro_f1']:.3f} macro-F1 {r['macro_f1']:.3f} mode acc {r['mode_accuracy']} "
                  f"source acc {r['source_accuracy']} target acc {r['target_accuracy']} ({r['method']})")
        else:
            print(f"{name}: {r}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
