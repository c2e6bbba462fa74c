"""Snapshot of the pipeline's outputs on real articles, to show that a speed change leaves them identical.

Runs the pipeline the settings describe over the first ``--limit`` ngec_guardian articles
(``<data>/ngec_guardian/*.jsonl``) and writes every Analysis (sentences, language, mentions, events, claims,
commitments, new actors) as JSON to ``--out``. With ``--compare FILE`` it also compares the new snapshot
with an earlier one and prints, per document, the first record kind that differs; the exit status is 1
when anything differs. Run it once on the tree before a change, once after.
Usage: python benchmarks/output_snapshot.py --data ../shared/data --limit 60 --out /tmp/before.json
       python benchmarks/output_snapshot.py --data ../shared/data --limit 60 --out /tmp/after.json --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

_KINDS = ("sentences", "language", "mentions", "events", "claims", "commitments", "new_actors")


def guardian_documents(data_dir: Path, limit: int) -> list:
    """The first ``limit`` ngec_guardian articles as Documents (ids ``g0``, ``g1`` …, with their dates)."""
    from cablegram.records import Document

    docs = []
    for f in sorted((data_dir / "ngec_guardian").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            record = json.loads(line) if line.strip() else {}
            if (record.get("text") or "").strip() and len(docs) < limit:
                docs.append(Document(text=record["text"], id=f"g{len(docs)}", published_at=record.get("date")))
    return docs


def differences(before: list[dict], after: list[dict]) -> list[str]:
    """One line per document whose analysis differs (the first differing kind), and one for a changed count."""
    out = [f"{len(before)} documents before, {len(after)} after"] if len(before) != len(after) else []
    for old, new in zip(before, after):
        kind = next((k for k in _KINDS if old.get(k) != new.get(k)), None)
        if kind is None and old != new:
            kind = "other fields"
        if kind is not None:
            out.append(f"{new.get('doc_id')}: {kind} differ")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--out", type=Path, required=True, help="where to write the snapshot (JSON)")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args(argv)
    docs = guardian_documents(args.data, args.limit)
    if not docs:
        print(f"error: no articles under {args.data}/ngec_guardian (pass --data, the shared data folder)", file=sys.stderr)
        return 2
    from cablegram.nlp.pipeline import Pipeline

    pipeline = Pipeline.from_settings()
    start = time.perf_counter()
    snapshot = [dataclasses.asdict(a) for a in pipeline.analyse_many(docs)]
    args.out.write_text(json.dumps(snapshot, indent=1, sort_keys=True, default=str), encoding="utf-8")
    print(f"{len(snapshot)} documents analysed in {time.perf_counter() - start:.1f} s; snapshot in {args.out}")
    if args.compare is None:
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    found = differences(before, json.loads(json.dumps(snapshot, sort_keys=True, default=str)))
    print("\n".join(found) if found else f"identical to {args.compare}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
