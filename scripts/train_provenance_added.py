"""Train the learned added-vs-source check of provenance tracing and report it on pairs it did not see.

Usage:
    python scripts/train_provenance_added.py [--data ../shared/data] [--out src/cablegram/nlp/models/provenance_added.json]

Examples: every claim sentence (gold label not "other") of the project's labelled readout → article pairs
(benchmarks/data/provenance_{pairs,heldout,fresh,fresh2,fresh3,fresh4}.jsonl and the development two thirds of
provenance_fresh5.jsonl: its final third by the SHA-256 of the pair id is never trained on) and of the seed pair
(<data>/provenance/pairs.jsonl when present); label "added" or "source" (supported or altered). Features:
:func:`cablegram.provenance.sentence_model.sentence_features` of the rules' alignment (MiniLM embeddings,
learned check off). Model: ``LinearModel.fit(l2=1.0, class_weight="balanced")``, deterministic.

Before writing the model trained on every pair it prints, with the rules alone and with the check, the
3-way macro-F1 and added F1 of (1) leave-one-pair-out over all pairs and (2) leave-sets-out: trained on
the sets written first (own, heldout, seed), scored on the later ones (fresh, fresh2); and trained on every set
but the last ones written (fresh3; fresh4 + fresh5's development part), scored on them. Exit 2 when the labelled
files are missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = {"own": "provenance_pairs.jsonl", "heldout": "provenance_heldout.jsonl", "fresh": "provenance_fresh.jsonl",
        "fresh2": "provenance_fresh2.jsonl", "fresh3": "provenance_fresh3.jsonl", "fresh4": "provenance_fresh4.jsonl",
        "fresh5": "provenance_fresh5.jsonl"}
UNSEEN = ("fresh5",)  # sets whose final third (by hash) is never trained on: it is reported as unseen
THREE = ("supported", "altered", "added")
L2 = 1.0


def _pairs(data: Path) -> list[tuple[str, dict]]:
    out = []
    files = {name: REPO / "benchmarks" / "data" / f for name, f in SETS.items()}
    files["seed"] = data / "provenance" / "pairs.jsonl"
    for name, path in files.items():
        if path.is_file():
            recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            final = _final_third(recs) if name in UNSEEN else set()
            out += [(name, r) for r in recs if r["id"] not in final]
    return out


def _final_third(recs: list[dict]) -> set[str]:
    """Ids of the final third of a fresh set: the smallest SHA-256 digests of the pair ids (benchmarks/provenance.py)."""
    ranked = sorted(recs, key=lambda r: hashlib.sha256(r["id"].encode("utf-8")).hexdigest())
    return {r["id"] for r in ranked[: round(len(recs) / 3)]}


def _aligned(rec: dict, embedder):
    """The rules' matches (learned check off), the source sentences, top-3 candidates and dates of one pair."""
    from cablegram.provenance.align import AlignParams, align, top_candidates
    from cablegram.provenance.sentences import split_sentences

    p, d = rec["primary"], rec["derivative"]
    a = [s.text for s in split_sentences(d["text"])]
    docs = [p, *(rec.get("extra_primaries") or [])]  # an article merging several readouts
    s = [x.text for doc in docs for x in split_sentences(doc["text"])]
    params = replace(AlignParams.for_embedder(embedder.name), learned_added=False)
    av, sv = embedder.encode(a), embedder.encode(s)
    dates = (d.get("date"), [doc.get("date") for doc in docs for _ in split_sentences(doc["text"])])
    matches = align(a, s, av, sv, params, dates=dates)
    idx, val = top_candidates(av, sv, 3, params.block)
    return matches, s, idx, val, params, dates


def _examples(pairs: list[tuple[str, dict]], embedder) -> list[dict]:
    from cablegram.provenance.sentence_model import candidates_for, match_features
    from cablegram.records import Document

    out = []
    for set_name, rec in pairs:
        matches, s, idx, val, params, dates = _aligned(rec, embedder)
        gold = rec["derivative_sentences"]
        if len(gold) != len(matches):
            print(f"warning: {rec['id']}: {len(matches)} sentences split, {len(gold)} labelled; skipped", file=sys.stderr)
            continue
        feats = {m.index: match_features(m, candidates_for(m.index, s, idx, val)) for m in matches if m.label != "other"}
        primary = Document(text=rec["primary"]["text"], publisher=rec["primary"].get("publisher"), is_primary=True)
        out.append({"set": set_name, "id": rec["id"], "gold": [g["label"] for g in gold], "feats": feats, "primary": primary,
                    "aligned": (matches, s, idx, val, params, dates)})
    return out


def _fit(examples: list[dict]):
    from cablegram.nlp.linear import LinearModel

    rows, labels = [], []
    for ex in examples:
        for i, f in ex["feats"].items():
            if ex["gold"][i] != "other":
                rows.append(f)
                labels.append("added" if ex["gold"][i] == "added" else "source")
    return LinearModel.fit(rows, labels, l2=L2, class_weight="balanced",
                           meta={"embedder": "minilm-int8-onnx", "examples": len(rows), "l2": L2,
                                 "trained_on": sorted({ex["set"] for ex in examples})})


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


def _predict(ex: dict, model) -> list[str]:
    """Labels as :func:`cablegram.provenance.trace.trace` gives them: rules, the check when a model is given,
    then a claim credited to another country's government body, or to the source's publisher but stated by no source
    sentence, is added."""
    from cablegram.provenance.sentence_model import recheck_added
    from cablegram.provenance.trace import foreign_credit, unfounded_publisher_claim

    matches, s, idx, val, params, dates = ex["aligned"]
    final = recheck_added(matches, s, idx, val, params, dates, model=model) if model else matches
    return ["added" if m.label in ("supported", "altered") and (foreign_credit(m.text, [ex["primary"]])
                                                               or unfounded_publisher_claim(m.text, [ex["primary"]], s))
            else m.label for m in final]


def _report(name: str, scored: list[tuple[dict, list[str], list[str]]]) -> dict:
    gold, rules, learned = [], [], []
    for ex, r, lrn in scored:
        for g, a, b in zip(ex["gold"], r, lrn):
            if g != "other":
                gold.append(g)
                rules.append(a)
                learned.append(b)
    out = {"rules": _scores(gold, rules), "learned": _scores(gold, learned)}
    if "-v" in sys.argv:
        for ex, r, lrn in scored:
            for i, (g, a, b) in enumerate(zip(ex["gold"], r, lrn)):
                if g != "other" and (a != g or b != g):
                    print(f"   {ex['id'][:24]} {i} gold {g} rules {a} check {b} | {ex['aligned'][0][i].text[:90]}")
    print(f"{name:40s} rules {out['rules']}  with the check {out['learned']}")
    return out


def _leave_sets_out(examples: list[dict]) -> dict:
    """Trained on the sets written first, scored on the later ones; and trained on all but fresh3, scored on it."""
    out = {}
    first = _fit([ex for ex in examples if ex["set"] in ("own", "heldout", "seed")])
    later = [(ex, _predict(ex, None), _predict(ex, first)) for ex in examples if ex["set"] in ("fresh", "fresh2")]
    if later:
        out["leave_sets_out"] = _report("own+heldout+seed -> fresh+fresh2", later)
    for held in (("fresh3",), ("fresh4", "fresh5")):
        newest = [ex for ex in examples if ex["set"] in held]
        if newest:
            last = _fit([ex for ex in examples if ex["set"] not in held])
            out[f"leave_{'_'.join(held)}_out"] = _report(f"all but {'+'.join(held)} -> {'+'.join(held)}",
                                                         [(ex, _predict(ex, None), _predict(ex, last)) for ex in newest])
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "cablegram" / "nlp" / "models" / "provenance_added.json")
    ap.add_argument("-v", action="store_true", help="print the sentences either labels wrongly")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    from cablegram.provenance.embeddings import load_embedder

    pairs = _pairs(args.data)
    if not pairs:
        print("error: no labelled pairs found under benchmarks/data (provenance_*.jsonl)", file=sys.stderr)
        return 2
    embedder = load_embedder("auto")
    if embedder.name != "minilm-int8-onnx":
        print(f"error: the check is trained on MiniLM features; the loaded embedder is {embedder.name}", file=sys.stderr)
        return 2
    examples = _examples(pairs, embedder)
    figures = {"leave_one_pair_out": {}, "leave_sets_out": {}}
    lopo = [(ex, _predict(ex, None), _predict(ex, _fit([o for o in examples if o is not ex]))) for ex in examples]
    for set_name in [*SETS, "seed", None]:
        part = [x for x in lopo if set_name is None or x[0]["set"] == set_name]
        if part:
            figures["leave_one_pair_out"][set_name or "all"] = _report(f"leave-one-pair-out {set_name or 'all'}", part)
    figures.update(_leave_sets_out(examples))
    model = _fit(examples)
    model.meta["figures"] = figures
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model.features)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
