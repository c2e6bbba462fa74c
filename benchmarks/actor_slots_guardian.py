"""Raw text in event actor slots on real news (issue 16): how many of the events' source and target slots
hold an unresolved name as written instead of an actor id, and what the confident view keeps.

Usage: ``python benchmarks/actor_slots_guardian.py --data ../shared/data [--limit N]``
→ prints the figures and writes ``benchmarks/results/actor_slots_guardian.json``.

Runs the full default pipeline (``Pipeline.from_settings``) on the NGEC Guardian sample. A slot is
*raw text* when it is filled but :func:`cablegram.store.actor_ids.is_actor_id` says it is no actor id.
``confident_before`` counts events that pass the old rule (confidence floor, both slots filled);
``confident_now`` those that pass the current one (both slots real actor ids).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(data_dir: Path, limit: int | None = None) -> dict:
    """{"articles", "events", "slots", "raw_slots", "raw_share", "confident_before", "confident_now", "top_raw"}."""
    sys.path.insert(0, str(REPO / "src"))
    from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.records import Document
    from cablegram.store.actor_ids import is_actor_id

    files = sorted((data_dir / "ngec_guardian").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no ngec_guardian/*.jsonl under {data_dir}")
    articles = [json.loads(line) for path in files for line in path.open(encoding="utf-8") if line.strip()]
    articles = articles[:limit] if limit else articles
    pipeline = Pipeline.from_settings()
    docs = [Document(id=str(a["id"]), text=a["text"], published_at=a.get("date")) for a in articles]
    t0 = time.perf_counter()
    slots = raw = before = now = events = 0
    top_raw: Counter = Counter()
    for analysis in pipeline.analyse_many(docs):
        for e in analysis.events:
            events += 1
            filled = [v for v in (e.source_actor, e.target_actor) if v]
            slots += len(filled)
            for v in filled:
                if not is_actor_id(v):
                    raw += 1
                    top_raw[v] += 1
            floor = (e.confidence or 0.0) >= DEFAULT_MIN_CONFIDENCE
            before += int(floor and len(filled) == 2)
            now += int(floor and len(filled) == 2 and all(is_actor_id(v) for v in filled))
    return {"articles": len(articles), "events": events, "slots": slots, "raw_slots": raw,
            "raw_share": round(raw / slots, 4) if slots else 0.0, "confident_before": before,
            "confident_now": now, "seconds": round(time.perf_counter() - t0, 1),
            "top_raw": top_raw.most_common(30)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "actor_slots_guardian.json")
    args = parser.parse_args(argv)
    if not (args.data / "ngec_guardian").is_dir():
        print(f"skipped: {args.data} has no ngec_guardian folder (pass --data)", file=sys.stderr)
        return 0
    r = measure(args.data, args.limit)
    for text, n in r["top_raw"][:15]:
        print(f"  raw {n:4d}  {text!r}")
    print(f"articles={r['articles']} events={r['events']} filled slots={r['slots']} raw text={r['raw_slots']} "
          f"({100 * r['raw_share']:.1f} %); confident events: old rule {r['confident_before']}, "
          f"now {r['confident_now']} ({r['seconds']} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
