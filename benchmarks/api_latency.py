"""API and page latency on a large synthetic store.

    python benchmarks/api_latency.py --events 1000000 --docs 100000      # the issue's size
    python benchmarks/api_latency.py                                     # quick run (100k events, 10k docs)

Builds the store with executemany (synthetic, fictional values), then times each request
with Starlette's TestClient (in-process, so the figures are server time plus ASGI overhead),
reports p50/p95 in ms and writes benchmarks/results/api_latency.json. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TYPES = ("AGREE", "CONSULT", "SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT")
MODALITIES = ("occurred", "occurred", "occurred", "planned", "hypothetical", "negated")
WORDS = ("talks", "border", "ceasefire", "envoy", "sanctions", "harbour", "pipeline", "summit", "aid", "convoy",
         "minister", "treaty", "blockade", "drone", "grain", "election", "observer", "mission", "loan", "corridor")


def build(path: str, n_docs: int, n_events: int, seed: int = 7) -> None:
    from cablegram.store import open_store

    rng = random.Random(seed)
    actors = [f"X{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
    with open_store(path) as store:
        conn = store.conn
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO actors (id, name, type, aliases, roles, is_new) VALUES (?, ?, 'state', '[]', '[]', 0)",
                         [(a, f"State {a}") for a in actors])
        docs = []
        for i in range(n_docs):
            text = " ".join(rng.choice(WORDS) for _ in range(60)) + f" item{i}."
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            docs.append((f"doc_{i:016x}", f"Report {i} on {rng.choice(WORDS)}", f"Outlet {i % 40}", day,
                         f"{i:064x}", text, "bench", int(i % 50 == 0)))
        conn.executemany("INSERT INTO documents (id, title, publisher, published_at, content_hash, text, processed_version, "
                         "is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
        rows = []
        for i in range(n_events):
            d = rng.randrange(n_docs)
            src, tgt = rng.sample(actors, 2)
            rows.append((f"evt_{i:016x}", docs[d][0], i % 30, "Synthetic sentence.", rng.choice(TYPES), src, tgt,
                         docs[d][3], rng.choice(MODALITIES), "[]"))
            if len(rows) == 100_000:
                conn.executemany("INSERT INTO events (id, doc_id, sentence_index, sentence, type, source_actor, "
                                 "target_actor, date, modality, context) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                rows = []
        if rows:
            conn.executemany("INSERT INTO events (id, doc_id, sentence_index, sentence, type, source_actor, target_actor, "
                             "date, modality, context) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30, help="requests per endpoint")
    ap.add_argument("--db", help="reuse/keep the store here (default: a temp file)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "api_latency.json"))
    args = ap.parse_args(argv)

    from fastapi.testclient import TestClient

    from cablegram.api import create_app
    from cablegram.config import Settings
    from cablegram.store import open_store

    path = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    t0 = time.perf_counter()
    if not Path(path).exists():
        build(path, args.docs, args.events)
    build_s = time.perf_counter() - t0
    print(f"store: {args.docs:,} documents, {args.events:,} events at {path} (built in {build_s:.1f} s)")

    urls = {
        "events (newest)": "/api/events?limit=50",
        "events by actor": "/api/events?actor=XAH&limit=50",
        "events by type+modality": "/api/events?type=THREATEN&modality=planned&limit=50",
        "events by date range": "/api/events?date_from=2024-05-01&date_to=2024-05-07&limit=50",
        "events by country": "/api/events?country=XAH&limit=50",
        "events page 100": "/api/events?limit=50&offset=5000",
        "documents search": "/api/documents?q=ceasefire%20convoy&limit=20",
        "documents list": "/api/documents?limit=50",
        "actor profile": "/api/actors/XAH",
        "page: timeline": "/",
        "page: timeline filtered": "/?type=SANCTION&modality=negated",
        "page: actor": "/actors/XAH",
        "page: search": "/search?q=treaty",
        "page: article": "/documents/doc_0000000000000010",
    }
    results = {}
    with open_store(path) as store:
        client = TestClient(create_app(Settings(db=path), store))
        for name, url in urls.items():
            resp = client.get(url)
            if resp.status_code != 200:
                print(f"{name}: HTTP {resp.status_code} {resp.text[:200]}", file=sys.stderr)
                return 1
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            results[name] = {"url": url, "p50_ms": round(statistics.median(times), 2), "p95_ms": round(p95, 2)}
            flag = "" if p95 < 100 else "  <-- over 100 ms"
            print(f"{name:28s} p50 {results[name]['p50_ms']:8.1f} ms   p95 {p95:8.1f} ms{flag}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"events": args.events, "docs": args.docs, "repeat": args.repeat, "build_s": round(build_s, 1),
                               "target_p95_ms": 100, "results": results}, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
