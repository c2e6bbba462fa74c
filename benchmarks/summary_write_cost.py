"""What keeping the summary tables (store/summaries.py) costs each save_analysis.

    python benchmarks/summary_write_cost.py                # 1,000 documents, 10 events + 20 mentions + 3 claims each

Saves the same synthetic, fictional analyses into two fresh SQLite stores, once as shipped and once with
the summary upkeep switched off, and reports the mean time per save_analysis in ms (each in its own
transaction, as `cablegram process` saves them): the best of --rounds interleaved rounds, since the
machine may be shared. Writes benchmarks/results/summary_write_cost.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock


def _analyses(docs: list, actors: list[str]):
    from cablegram.records import Analysis, Claim, Event, Mention

    for i, doc in enumerate(docs):
        events = [Event(doc.id, k, "A synthetic sentence.", "CONSULT", source_actor=actors[(i + k) % len(actors)],
                        target_actor=actors[(i + 2 * k + 1) % len(actors)]) for k in range(10)]
        mentions = [Mention(doc.id, k, k + 3, f"Name {k % 4}", actors[(i + k) % len(actors)], k,
                            "minister" if k % 5 == 0 else None) for k in range(20)]
        claims = [Claim(doc.id, k, "A synthetic sentence.", "named", claimant=actors[k]) for k in range(3)]
        yield Analysis(doc_id=doc.id, sentences=[[0, 20]], language="en", pipeline_version="bench", events=events,
                       mentions=mentions, claims=claims)


def time_saves(n_docs: int, keep_summaries: bool) -> float:
    """Mean ms per save_analysis over ``n_docs`` documents in a fresh store."""
    from cablegram.records import Document
    from cablegram.store import open_store, summaries

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "w.db")) as store:
        docs = []
        for i in range(n_docs):
            doc = Document(text=f"Report {i} on talks at the border.", title=f"Report {i}", publisher="Outlet",
                           published_at=f"2024-01-{i % 28 + 1:02d}")
            store.add_document(doc)
            docs.append(doc)
        actors = [f"X{chr(65 + j // 26)}{chr(65 + j % 26)}" for j in range(50)]
        patches = [] if keep_summaries else [mock.patch.object(summaries, "document_counts", lambda s, d: {}),
                                             mock.patch.object(summaries, "apply_change", lambda s, a, b: 0)]
        for p in patches:
            p.start()
        try:
            t = time.perf_counter()
            for analysis in _analyses(docs, actors):
                store.save_analysis(analysis)
            return (time.perf_counter() - t) / n_docs * 1000
        finally:
            for p in patches:
                p.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "summary_write_cost.json"))
    args = ap.parse_args(argv)
    runs = [(time_saves(args.docs, True), time_saves(args.docs, False)) for _ in range(args.rounds)]
    with_ms, without_ms = min(r[0] for r in runs), min(r[1] for r in runs)
    print(f"save_analysis per document ({args.docs:,} documents; 10 events, 20 mentions, 3 claims each): "
          f"{with_ms:.2f} ms with the summaries kept, {without_ms:.2f} ms without (+{with_ms - without_ms:.2f} ms)")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"docs": args.docs, "rounds": args.rounds, "with_summaries_ms": round(with_ms, 2),
                               "without_summaries_ms": round(without_ms, 2),
                               "command": " ".join(["python", *sys.argv])}, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
