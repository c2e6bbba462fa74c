"""Train the learned modality check (not shipped, see docs/models.md) and judge it leave-one-set-out.

Data: the project's five annotated sets of real sentences (``tests/data/modality_real.jsonl``, ``_fresh``,
``_fresh2``, ``_fresh3``, ``_fresh4``; references only, the text is read from ``--data``). Each annotated trigger
gives one example: :func:`cablegram.nlp.modality_model.features` of the trigger with the rules' result, and its
gold label. ``--loso`` trains on four sets and scores the fifth, for each set (given trigger: the rules vs the
model vs the blend that keeps the rules unless the model is confident; system: the events component's own
trigger, with the blend applied where the event's modality is the rules' one). Without ``--loso`` it trains on
all five sets and writes the model. Deterministic: same data, same model.

Usage: python scripts/train_modality.py --data ../shared/data [--loso] [--out PATH] [--sets real,fresh,...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

L2 = 3.0
THRESHOLD = 0.95
THRESHOLDS = (0.7, 0.8, 0.9, 0.95, 1.01)


def collect(data_dir: Path, nlp, sets: dict[str, Path]) -> dict[str, list[dict]]:
    """Per set, one row per annotated reference: gold label, rules' label, features on the gold trigger and
    (when the pipeline has the events component) on the system's trigger."""
    from eval_modality import _on_word, _same_predicate, real_sentences

    from cablegram.nlp.modality import _counted, classify, modality_cues, reported_act
    from cablegram.nlp.modality_model import features

    out: dict[str, list[dict]] = {}
    C = modality_cues()
    for name, path in sets.items():
        rows = real_sentences(data_dir, path, "all")
        items = []
        for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows])):
            sent = next(iter(doc.sents)) if len(list(doc.sents)) == 1 else doc[:]
            span = doc.char_span(row["trigger"][0], row["trigger"][1], alignment_mode="expand")
            item = {"gold": row["modality"], "rules": "occurred", "feats": None, "system": "none", "sys_feats": None}
            if span is not None:
                rules = classify(sent, span.root)
                item["rules"] = rules.modality
                item["feats"] = features(sent, _counted(span.root, C), rules)
            hit = [e for e in getattr(doc._, "cg_events", []) if _same_predicate(doc, e.spans.get("trigger"), span)]
            hit.sort(key=lambda e: not _on_word(doc, e.spans.get("trigger"), span))
            if hit:
                item["system"] = hit[0].modality
                t = hit[0].spans["trigger"]
                tok = reported_act(doc.char_span(t[0], t[1], alignment_mode="expand").root)
                rules = classify(tok.sent, tok)
                if rules.modality == hit[0].modality:  # a frame of the events component did not override it
                    item["sys_feats"] = features(tok.sent, _counted(tok, C), rules)
            items.append(item)
        out[name] = items
    return out


def without_rules(rows: list[dict]) -> list[dict]:
    """``rows`` with the rules' own label and cue left out of the features (the model alone)."""
    out = []
    for r in rows:
        r = dict(r)
        for key in ("feats", "sys_feats"):
            if r[key] is not None:
                r[key] = {f: v for f, v in r[key].items() if not f.startswith("rule=")}
        out.append(r)
    return out


def train(rows: list[dict], l2: float = L2, threshold: float = THRESHOLD):
    """A :class:`LinearModel` on the rows' features and gold labels (balanced classes, features seen twice)."""
    from cablegram.nlp.linear import LinearModel

    data = [r for r in rows if r["feats"] is not None]
    model = LinearModel.fit([r["feats"] for r in data], [r["gold"] for r in data], l2=l2, min_count=2,
                            class_weight="balanced", meta={"threshold": threshold, "l2": l2, "n": len(data)})
    return model.prune(1e-3)


def _blend(model, feats, rules: str, threshold: float) -> str:
    if feats is None:
        return rules
    proba = model.predict_proba([feats])[0]
    best = int(proba.argmax())
    return model.labels[best] if proba[best] >= threshold else rules


def _score(model, rows: list[dict], threshold: float, system: bool = False) -> float:
    from eval_modality import _macro

    key, base = ("sys_feats", "system") if system else ("feats", "rules")
    return _macro([r["gold"] for r in rows], [_blend(model, r[key], r[base], threshold) for r in rows])[0]


def _inner_threshold(collected: dict[str, list[dict]], names: list[str], l2: float) -> float:
    """The override threshold that a leave-one-set-out inside ``names`` scores best (1.01: never override)."""
    def total(t: float) -> float:
        return sum(_score(train([r for n in names if n != h for r in collected[n]], l2), collected[h], t)
                   for h in names)
    return max(THRESHOLDS, key=lambda t: (total(t), t))


def loso(collected: dict[str, list[dict]], l2: float = L2, threshold: float = THRESHOLD) -> dict:
    """Leave-one-set-out figures (macro F1 over the labels present, as ``benchmarks/eval_modality.py``): the
    rules; the stacked model (rules' label and cue among its features) alone and blended at ``threshold``; the
    model without the rules' features blended at ``threshold`` and at a threshold chosen inside the four training
    sets (``nested``); ``system_*`` on the events component's trigger (a missed trigger counts as wrong)."""
    from eval_modality import _macro

    bare = {name: without_rules(rows) for name, rows in collected.items()}
    result = {}
    for held, rows in collected.items():
        others = [n for n in collected if n != held]
        stacked = train([r for n in others for r in collected[n]], l2)
        alone = train([r for n in others for r in bare[n]], l2)
        nested = _inner_threshold(bare, others, l2)
        gold = [r["gold"] for r in rows]
        result[held] = {
            "n": len(rows), "given_rules": _macro(gold, [r["rules"] for r in rows])[0],
            "given_stacked": _score(stacked, rows, 0.0), "given_stacked_blend": _score(stacked, rows, threshold),
            "given_alone": _score(alone, bare[held], 0.0), "given_alone_blend": _score(alone, bare[held], threshold),
            "given_alone_nested": _score(alone, bare[held], nested), "nested_threshold": nested,
            "system_rules": _macro(gold, [r["system"] for r in rows])[0],
            "system_stacked_blend": _score(stacked, rows, threshold, system=True),
            "system_alone_nested": _score(alone, bare[held], nested, system=True)}
    keys = [k for k in next(iter(result.values())) if k not in ("n", "nested_threshold")]
    result["mean"] = {k: round(sum(result[n][k] for n in collected) / len(collected), 4) for k in keys}
    return result


def main(argv=None) -> int:
    from eval_modality import SETS

    from cablegram.nlp.pipeline import build_nlp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="../shared/data")
    parser.add_argument("--loso", action="store_true", help="judge leave-one-set-out; write no model")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names (default: all five)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "modality_check.json",
                        help="where to write the model (not shipped: see docs/models.md)")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--cache", type=Path, help="a JSON file for the collected features (read if present)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data directory {args.data}: pass --data ../shared/data", file=sys.stderr)
        return 2
    sets = {n: SETS[n] for n in args.sets.split(",")}
    if args.cache and args.cache.exists():
        collected = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        nlp = build_nlp()
        collected = collect(args.data, nlp, sets)
        if args.cache:
            args.cache.write_text(json.dumps(collected), encoding="utf-8")
    if args.loso:
        print(json.dumps(loso(collected, args.l2, args.threshold), indent=2))
        return 0
    model = train([r for rows in collected.values() for r in rows], args.l2, args.threshold)
    model.meta["sets"] = sorted(collected)
    model.save(args.out)
    print(json.dumps({"out": str(args.out), "features": len(model.features), "n": model.meta["n"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
