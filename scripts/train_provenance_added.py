"""Train the learned added-vs-source check of provenance tracing and report it on sets it did not see.

Usage:
    python scripts/train_provenance_added.py [--data ../shared/data] [--out src/cablegram/nlp/models/provenance_added.json] [-v]

Examples: the project's labelled readout → article pairs (benchmarks/data/provenance_{pairs,heldout,fresh,fresh2,
fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,fresh9}.jsonl; of fresh5 … fresh9 only the development two thirds: their final
thirds by the SHA-256 of the pair id are never trained on) and the seed pair (<data>/provenance/pairs.jsonl when
present). The rules' alignment (MiniLM embeddings, learned check off) gives, per claim sentence, the features of
:func:`cablegram.provenance.sentence_model.sentence_features` (label added or source; see
:mod:`cablegram.provenance.training`). Model: ``LinearModel.fit(l2=1.0, class_weight="balanced")``, deterministic.

Before writing, it prints leave-one-set-out figures (each set scored by the check trained on the others; the rules'
labels, then the check's; 3-way macro-F1 and added F1, without the trace's later steps). The benchmark's ``--loso``
gives the figure through the whole trace. Exit 2 when the labelled files are missing or the embedder is not MiniLM.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = {"own": "provenance_pairs.jsonl", "heldout": "provenance_heldout.jsonl", "fresh": "provenance_fresh.jsonl",
        "fresh2": "provenance_fresh2.jsonl", "fresh3": "provenance_fresh3.jsonl", "fresh4": "provenance_fresh4.jsonl",
        "fresh5": "provenance_fresh5.jsonl", "fresh6": "provenance_fresh6.jsonl", "fresh7": "provenance_fresh7.jsonl",
        "fresh8": "provenance_fresh8.jsonl", "fresh9": "provenance_fresh9.jsonl"}
UNSEEN = ("fresh5", "fresh6", "fresh7", "fresh8", "fresh9")  # sets whose final third (by hash) is never trained on
THREE = ("supported", "altered", "added")


def _final_third(recs: list[dict]) -> set[str]:
    """Ids of the final third of a fresh set: the smallest SHA-256 digests of the pair ids (benchmarks/provenance.py)."""
    ranked = sorted(recs, key=lambda r: hashlib.sha256(r["id"].encode("utf-8")).hexdigest())
    return {r["id"] for r in ranked[: round(len(recs) / 3)]}


def _records(data: Path) -> list[tuple[str, dict]]:
    out = []
    files = {name: REPO / "benchmarks" / "data" / f for name, f in SETS.items()}
    files["seed"] = data / "provenance" / "pairs.jsonl"
    for name, path in files.items():
        if path.is_file():
            recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            final = _final_third(recs) if name in UNSEEN else set()
            out += [(name, r) for r in recs if r["id"] not in final]
    return out


def _scores(gold: list[str], pred: list[str]) -> dict:
    f1 = {}
    for lab in THREE:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab != g for g, p in zip(gold, pred))
        fn = sum(g == lab != p for g, p in zip(gold, pred))
        f1[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    present = [lab for lab in THREE if lab in gold]
    return {"macro_f1": round(sum(f1[x] for x in present) / len(present), 3), "added_f1": round(f1["added"], 3),
            "sentences": len(gold)}


def _labels(ap, checks) -> list[str]:
    """The labels of one aligned pair: the rules' when ``checks`` is None, else after the learned check."""
    from cablegram.provenance.sentence_model import recheck_added

    matches = ap.matches
    if checks is not None and checks.added is not None:
        matches = recheck_added(matches, ap.source, ap.idx, ap.val, ap.params, ap.dates, model=checks.added)
    return [m.label for m in matches]


def _leave_one_set_out(pairs: list) -> dict:
    from cablegram.provenance.training import fit_checks

    out, all_gold, all_rules, all_learned = {}, [], [], []
    for name in sorted({ap.set_name for ap in pairs}):
        checks = fit_checks([ap for ap in pairs if ap.set_name != name])
        gold, rules, learned = [], [], []
        for ap in (ap for ap in pairs if ap.set_name == name):
            for g, a, b in zip(ap.gold, _labels(ap, None), _labels(ap, checks)):
                if g["label"] != "other":
                    gold.append(g["label"])
                    rules.append(a)
                    learned.append(b)
                    if "-v" in sys.argv and (a != g["label"] or b != g["label"]):
                        print(f"   {ap.rec_id[:24]} {g['i']} gold {g['label']} rules {a} checks {b} | {g['text'][:90]}")
        out[name] = {"rules": _scores(gold, rules), "learned": _scores(gold, learned)}
        print(f"leave-one-set-out {name:10s} rules {out[name]['rules']}  with the checks {out[name]['learned']}")
        all_gold += gold
        all_rules += rules
        all_learned += learned
    out["all"] = {"rules": _scores(all_gold, all_rules), "learned": _scores(all_gold, all_learned)}
    print(f"leave-one-set-out all        rules {out['all']['rules']}  with the checks {out['all']['learned']}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "cablegram" / "nlp" / "models" / "provenance_added.json")
    ap.add_argument("-v", action="store_true", help="print the sentences either labels wrongly")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    from cablegram.provenance.embeddings import load_embedder
    from cablegram.provenance.training import aligned_pair, fit_checks

    records = _records(args.data)
    if not records:
        print("error: no labelled pairs found under benchmarks/data (provenance_*.jsonl)", file=sys.stderr)
        return 2
    embedder = load_embedder("auto")
    if embedder.name != "minilm-int8-onnx":
        print(f"error: the checks are trained on MiniLM features; the loaded embedder is {embedder.name}", file=sys.stderr)
        return 2
    pairs = []
    for name, rec in records:
        aligned = aligned_pair(name, rec, embedder)
        if aligned is None:
            print(f"warning: {rec['id']}: the article splits differently from its labelled sentences; skipped", file=sys.stderr)
        else:
            pairs.append(aligned)
    figures = _leave_one_set_out(pairs)
    model = fit_checks(pairs).added
    model.meta["leave_one_set_out"] = figures
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model.features)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
