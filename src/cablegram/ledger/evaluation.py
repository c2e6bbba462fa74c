"""Per-field precision/recall of extracted commitments against an annotated gold set.

Gold lines (``tests/data/commitments_gold.jsonl``): ``{"id", "text", "commitments": [{donor, recipient,
category, subcategory, amount, currency, status, reference}]}``; an empty list means "no commitment".

Matching: within a sentence, predicted rows are paired with gold rows greedily (same amount first,
then same category, then order). Then, per field, a pair whose values agree is a true positive; a
predicted value that is wrong or not in the gold is a false positive; a gold value missed or wrong
is a false negative. Unpaired rows count against every field they fill. Names (donor, recipient)
agree when one contains the other case-insensitively ("Ostravia" ~ "Ostravian soldiers"); amounts
agree within 0.5%.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FIELDS = ("row", "donor", "recipient", "category", "subcategory", "amount", "currency", "status", "reference")


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        v = v.strip().lower()
        for p in ("the ",):
            if v.startswith(p):
                v = v[len(p):]
        return v or None
    return v


def agree(field: str, pred: Any, gold: Any) -> bool:
    """Whether a predicted field value counts as correct."""
    p, g = _norm(pred), _norm(gold)
    if p is None or g is None:
        return p is None and g is None
    if field in ("donor", "recipient"):
        return p in g or g in p
    if field == "amount":
        return abs(float(p) - float(g)) <= 0.005 * max(abs(float(g)), 1.0)
    return p == g


def _pair(preds: list[dict], golds: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    preds, golds = list(preds), list(golds)
    pairs = []
    for key in ("amount", "category", None):
        for g in list(golds):
            for p in preds:
                if key is None or (g.get(key) is not None and agree(key, p.get(key), g.get(key))):
                    pairs.append((p, g))
                    preds.remove(p)
                    golds.remove(g)
                    break
    return pairs, preds, golds


def _count_pair(p: dict, g: dict, tp: dict, fp: dict, fn: dict) -> None:
    """Add one paired row's per-field agreement to the counts."""
    for f in FIELDS[1:]:
        pv, gv = p.get(f), g.get(f)
        if f == "reference":
            pv, gv = bool(pv), bool(gv)
            if not pv and not gv:
                continue
        if agree(f, pv, gv):
            tp[f] += 1 if gv is not None else 0
            continue
        fp[f] += 1 if _norm(pv) is not None else 0
        fn[f] += 1 if _norm(gv) is not None else 0


def score(predictions: Iterable[list[dict]], gold: Iterable[list[dict]]) -> dict[str, dict[str, float]]:
    """Per-field precision, recall and F1 over sentences (parallel lists of row dicts)."""
    tp = dict.fromkeys(FIELDS, 0)
    fp = dict.fromkeys(FIELDS, 0)
    fn = dict.fromkeys(FIELDS, 0)
    for preds, golds in zip(predictions, gold):
        pairs, extra, missed = _pair(preds, golds)
        tp["row"] += len(pairs)
        fp["row"] += len(extra)
        fn["row"] += len(missed)
        for p, g in pairs:
            _count_pair(p, g, tp, fp, fn)
        for p in extra:
            for f in FIELDS[1:]:
                if _norm(p.get(f)) not in (None, False):
                    fp[f] += 1
        for g in missed:
            for f in FIELDS[1:]:
                if _norm(g.get(f)) not in (None, False):
                    fn[f] += 1
    out = {}
    for f in FIELDS:
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 1.0
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 1.0
        out[f] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                  "tp": tp[f], "fp": fp[f], "fn": fn[f]}
    return out


def commitment_row(c) -> dict:
    """A Commitment as a gold-comparable dict (``reference`` read from the reason)."""
    from .linking import is_reference

    d = c.to_dict() if hasattr(c, "to_dict") else dict(c)
    return {"donor": d.get("donor"), "recipient": d.get("recipient"), "category": d.get("category"),
            "subcategory": d.get("subcategory"), "amount": d.get("amount"), "currency": d.get("currency"),
            "status": d.get("status"), "reference": is_reference(d)}
