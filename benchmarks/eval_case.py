"""CASE 2021 Task 2 (fine-grained event types) through a documented mapping from PLOVER.

Mapping (our type + mode + a few sentence cues → CASE label):
  ASSAULT: suicide-attack→SUIC_BOMB; "chemical"/"gas"→CHEM_WEAP; "grenade"→GRENADE; explosives→REM_EXPLOS;
           heavy weapons with aircraft cues→AIR_STRIKE, other heavy weapons→ART_MISS_ATTACK; firearms or
           two-sided fighting→ARMED_CLASH; abduct→ABDUCT_DISSAP; sexual→SEX_VIOL; destroy→PROPERTY_DISTRUCT;
           otherwise ATTACK.
  PROTEST: riot→VIOL_DEMONSTR, otherwise PEACE_PROTEST.   COERCE: arrest→ARREST; against protesters→FORCE_AGAINST_PROTEST.
  AGREE→AGREEMENT; CONSULT/SUPPORT→DIPLO; RETREAT withdraw→NON_VIOL_TERRIT_TRANSFER; anything else → no CASE label.
CASE labels outside PLOVER's scope (disasters, organised crime, ATTRIB, HQ_ESTABLISHED, …) count as misses.
Usage: python benchmarks/eval_case.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from cablegram.nlp.events import is_fight

DATASET = "case2021_task2"
_AIR = ("air strike", "airstrike", "warplane", "aircraft", "jet", "helicopter", "drone", "bombard", "air raid")


def to_case(event, text: str) -> str | None:
    t, mode, low = event.type, event.mode, text.lower()
    if t == "ASSAULT":
        if mode == "suicide-attack":
            return "SUIC_BOMB"
        if "chemical" in low or " gas " in low:
            return "CHEM_WEAP"
        if "grenade" in low:
            return "GRENADE"
        if mode == "explosives":
            return "REM_EXPLOS"
        if mode == "heavy-weapons":
            return "AIR_STRIKE" if any(a in low for a in _AIR) else "ART_MISS_ATTACK"
        if mode == "firearms" or is_fight(low):
            return "ARMED_CLASH"
        return {"abduct": "ABDUCT_DISSAP", "sexual": "SEX_VIOL", "destroy": "PROPERTY_DISTRUCT"}.get(mode, "ATTACK")
    if t == "PROTEST":
        return "VIOL_DEMONSTR" if mode == "riot" else "PEACE_PROTEST"
    if t == "COERCE":
        if any(w in low for w in ("protest", "demonstrat", "rally", "march")):
            return "FORCE_AGAINST_PROTEST"
        return "ARREST" if mode == "arrest" else None
    if t == "AGREE":
        return "AGREEMENT"
    if t in ("CONSULT", "SUPPORT"):
        return "DIPLO"
    if t == "RETREAT" and mode == "withdraw":
        return "NON_VIOL_TERRIT_TRANSFER"
    return None


def evaluate(data_dir: Path, nlp) -> dict:
    files = sorted((Path(data_dir) / DATASET).glob("*.jsonl"))
    if not files:
        return {"skipped": f"no {DATASET}/*.jsonl under {data_dir}"}
    out = {}
    for f in files:
        rows = [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
        preds = []
        for doc in nlp.pipe([r["text"] for r in rows]):
            events = doc._.cg_events or []
            best = max(events, key=lambda e: e.confidence) if events else None
            preds.append(to_case(best, best.sentence) if best else None)
        correct = sum(p == r["label"] for p, r in zip(preds, rows))
        predicted = sum(1 for p in preds if p)
        prec = correct / predicted if predicted else 0.0
        rec = correct / len(rows)
        mappable = {to for to in ("SUIC_BOMB", "CHEM_WEAP", "GRENADE", "REM_EXPLOS", "AIR_STRIKE", "ART_MISS_ATTACK",
                                  "ARMED_CLASH", "ABDUCT_DISSAP", "SEX_VIOL", "PROPERTY_DISTRUCT", "ATTACK", "VIOL_DEMONSTR",
                                  "PEACE_PROTEST", "FORCE_AGAINST_PROTEST", "ARREST", "AGREEMENT", "DIPLO",
                                  "NON_VIOL_TERRIT_TRANSFER")}
        in_scope = [(p, r) for p, r in zip(preds, rows) if r["label"] in mappable]
        errors = Counter((r["label"], p) for p, r in zip(preds, rows) if p != r["label"])
        out[f.name] = {
            "n": len(rows), "micro_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
            "precision": round(prec, 4), "recall": round(rec, 4),
            "in_scope_n": len(in_scope),
            "in_scope_accuracy": round(sum(p == r["label"] for p, r in in_scope) / len(in_scope), 4) if in_scope else None,
            "top_errors": [[g, p, n] for (g, p), n in errors.most_common(15)],
        }
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    from cablegram.nlp.pipeline import build_nlp
    result = evaluate(args.data, build_nlp())
    print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "top_errors"} for k, v in result.items()}, indent=2))
    out = Path(__file__).parent / "results" / "case.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
