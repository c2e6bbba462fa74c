"""Train the commitments component's category and tracker-type models on the Kiel tracker rows.

    python scripts/train_commitments.py --data ../shared/data [--folds 5] [--no-save]

Reads ``<data>/kiel_ust/kiel_ust.dev.jsonl`` (the analyst's explanation of each aid package and its
coded category and specific type), prints K-fold cross-validated accuracy of both models (rows with
the same text stay in one fold, so no row is scored by a model that saw it), then trains on all rows
and writes ``src/cablegram/nlp/models/commitment_category.json``, ``commitment_type.json`` and
``commitment_value.json`` (the package-value chooser of :mod:`cablegram.nlp.commitment_values`)
(plus the figures in ``benchmarks/results/commitment_models.json``). Deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))


def cross_validate(rows: list[dict], k: int) -> dict:
    """Pooled K-fold accuracy of the category and type models (type: within the predicted category) and of
    the package-value choice (rows whose amount is written in the text: the chosen figure is the tracker's)."""
    from eval_kiel import amount_stated, folds

    from cablegram.nlp.commitment_model import KindModels, tracker_type

    fold_of = folds(rows, k)
    cat_right = type_right = type_n = value_right = value_n = 0
    for f in range(k):
        models = KindModels.train([r for r, g in zip(rows, fold_of) if g != f])
        for r in (r for r, g in zip(rows, fold_of) if g == f):
            cat, _, typ, _ = models.predict(r["text"])
            cat_right += cat == r["category"]
            if r.get("category_specific"):
                type_n += 1
                type_right += typ == tracker_type(r["category_specific"])
            if amount_stated(r):
                value_n += 1
                value_right += _value_right(models.value, r)
    return {"folds": k, "rows": len(rows), "category_accuracy": round(cat_right / len(rows), 4),
            "type_accuracy": round(type_right / max(type_n, 1), 4), "type_rows": type_n,
            "value_accuracy": round(value_right / max(value_n, 1), 4), "value_rows": value_n}


def _value_right(model, row: dict, min_p: float = 0.5) -> bool:
    """Whether the figure chosen as the package's value (the model's when p >= min_p, else the first) is the row's."""
    from cablegram.nlp.amounts import find_amounts
    from cablegram.nlp.commitment_values import package_value

    amounts = find_amounts(row["text"])
    if not amounts:
        return False
    pick = package_value(model, row["text"], amounts)
    chosen = amounts[pick[0]] if pick and pick[1] >= min_p else amounts[0]
    return abs(chosen.value - row["amount_as_given"]) <= 0.005 * row["amount_as_given"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="shared data folder (with kiel_ust/)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-save", dest="save", action="store_false")
    args = ap.parse_args(argv)
    from eval_kiel import load_rows

    from cablegram.nlp.commitment_model import CATEGORY_FILE, TYPE_FILE, VALUE_FILE, KindModels

    try:
        rows = load_rows(args.data)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    cv = cross_validate(rows, args.folds)
    print(f"{args.folds}-fold CV on {cv['rows']} kiel_ust dev rows: category {cv['category_accuracy']:.3f}, "
          f"tracker type {cv['type_accuracy']:.3f} (n={cv['type_rows']}), package value {cv['value_accuracy']:.3f} "
          f"(n={cv['value_rows']})")
    if not args.save:
        return 0
    models = KindModels.train(rows)
    out = REPO / "src" / "cablegram" / "nlp" / "models"
    for model, name in ((models.category, CATEGORY_FILE), (models.type, TYPE_FILE), (models.value, VALUE_FILE)):
        model.meta.update({"data": "kiel_ust dev (Kiel Ukraine Support Tracker, snapshot 2024-03-10)",
                           "command": "python scripts/train_commitments.py --data ../shared/data", "cv": cv})
        model.save(out / name)
        print(f"wrote {out / name} ({(out / name).stat().st_size / 1024:.0f} kB, {len(model.features)} features)")
    res = REPO / "benchmarks" / "results" / "commitment_models.json"
    res.parent.mkdir(parents=True, exist_ok=True)
    res.write_text(json.dumps(cv, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
