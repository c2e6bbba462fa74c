"""API and page latency on a large synthetic store.

    python benchmarks/api_latency.py --events 1000000 --docs 100000      # the issue's size
    python benchmarks/api_latency.py                                     # quick run (100k events, 10k docs)

Builds the store with executemany in one transaction (synthetic, fictional values; sort_date filled
as save_analysis fills it; two mentions per event; events indexes built and the summary tables of
store/summaries.py rebuilt after the load), then times each request with
Starlette's TestClient (in-process, so the figures are server time plus ASGI overhead). Each of
--rounds rounds requests every endpoint --repeat times; the report gives the median over rounds of
each round's p50/p95 in ms (the machine may be shared) and writes benchmarks/results/api_latency.json.
--db keeps the store for reuse; --before embeds an earlier run for a before/after table. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TYPES = ("AGREE", "CONSULT", "SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT")
MODALITIES = ("occurred", "occurred", "occurred", "planned", "hypothetical", "negated")
PLACES = ("Porto Vale", "Orsk", "the northern corridor", "Harbour Nine", "Drevna", "the border crossing")
WORDS = ("talks", "border", "ceasefire", "envoy", "sanctions", "harbour", "pipeline", "summit", "aid", "convoy",
         "minister", "treaty", "blockade", "drone", "grain", "election", "observer", "mission", "loan", "corridor")


def build(path: str, n_docs: int, n_events: int, seed: int = 7) -> None:
    """Fill a new store with fictional documents and events in one transaction.

    sort_date is filled as save_analysis does (event date, else publication date). The events
    indexes are dropped during the load and rebuilt afterwards: sorting once is much faster
    than maintaining seven b-trees row by row.
    """
    from cablegram.store import open_store
    from cablegram.store.schema import TABLES_BY_NAME, index_name
    from cablegram.store.sqlite import index_statements

    rng = random.Random(seed)
    states = [f"X{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
    # People belong to a state, so the country filter has several actor ids to match, as in real data.
    people = [(f"person:official-{i}", f"Official {i}", states[i % len(states)]) for i in range(240)]
    actors = states + [p[0] for p in people]
    events_table = TABLES_BY_NAME["events"]
    with open_store(path) as store:
        conn = store.conn
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-400000")
        for cols in events_table.indexes:
            conn.execute(f'DROP INDEX IF EXISTS "{index_name("events", cols)}"')
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO actors (id, name, type, country, aliases, roles, is_new) "
                         "VALUES (?, ?, 'state', ?, '[]', '[]', 0)", [(a, f"State {a}", a) for a in states])
        conn.executemany("INSERT INTO actors (id, name, type, country, aliases, roles, is_new) "
                         "VALUES (?, ?, 'person', ?, '[]', '[]', 0)", people)
        # Text with a news-like word distribution: a Zipf-weighted filler vocabulary (so the commonest
        # words, like "the", are in every document) plus topic words that each appear in a few percent.
        filler = [f"w{i}" for i in range(3000)]
        cum = list(itertools.accumulate(1 / (r + 1) for r in range(len(filler))))
        docs = []
        for i in range(n_docs):
            words = rng.choices(filler, cum_weights=cum, k=120)
            words += [w for w in WORDS if rng.random() < 0.06]
            rng.shuffle(words)
            text = " ".join(words) + f" item{i}."
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            docs.append((f"doc_{i:016x}", f"Report {i} on {rng.choice(WORDS)}", f"Outlet {i % 40}", day,
                         f"{i:064x}", text, "bench", int(i % 50 == 0)))
        conn.executemany("INSERT INTO documents (id, title, publisher, published_at, content_hash, text, processed_version, "
                         "is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
        sql = ("INSERT INTO events (id, doc_id, sentence_index, sentence, type, source_actor, target_actor, date, "
               "modality, context, sort_date, confidence, place) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        # Events in document order (as the pipeline writes them), a few per document.
        per_doc = max(1, n_events // n_docs)
        rows = []
        for i in range(n_events):
            doc = docs[min(i // per_doc, n_docs - 1)]
            src, tgt = rng.sample(actors, 2)
            # Four in five events carry their own date (the day of publication or a day or two before).
            date = doc[3][:8] + f"{max(1, int(doc[3][8:]) - rng.randint(0, 2)):02d}" if rng.random() < 0.8 else None
            rows.append((f"evt_{i:016x}", doc[0], i % per_doc, "Synthetic sentence.", rng.choice(TYPES), src, tgt,
                         date, rng.choice(MODALITIES), "[]", date or doc[3], round(rng.uniform(0.2, 1.0), 3),
                         rng.choice(PLACES) if rng.random() < 0.3 else None))
            if len(rows) == 100_000:
                conn.executemany(sql, rows)
                rows = []
        if rows:
            conn.executemany(sql, rows)
        _claims_and_commitments(conn, rng, docs, states, n_events)
        add_mentions(conn)
        conn.execute("COMMIT")
        for stmt in index_statements(events_table):
            conn.execute(stmt)
        conn.execute("ANALYZE")
        store.rebuild_summaries()  # the rows went in by plain INSERTs, not save_analysis


def add_mentions(conn) -> None:
    """Two mentions per event (its source and target, as the pipeline stores them), written in a few
    spellings per actor; one in three mentions of a person carries the office held that day."""
    for role in ("source", "target"):
        conn.execute(
            "INSERT INTO mentions (id, doc_id, sentence_index, start, \"end\", text, actor_id, role_on_date, method, score) "
            f"SELECT 'men_{role[0]}' || substr(e.id, 5), e.doc_id, e.sentence_index, 0, 12, "
            "CASE e.rowid % 3 WHEN 0 THEN a.name WHEN 1 THEN upper(a.id) ELSE 'the ' || a.name || ' side' END, a.id, "
            "CASE WHEN a.type = 'person' AND e.rowid % 3 = 0 THEN 'minister' END, 'exact', 1.0 "
            f"FROM events e JOIN actors a ON a.id = e.{role}_actor")


def _claims_and_commitments(conn, rng: random.Random, docs: list[tuple], states: list[str], n_events: int) -> None:
    """One claim per four events and one commitment per hundred, spread over the documents."""
    kinds = ("named", "organisation", "anonymous", "analysts", "outlet", "none")
    claims = [(f"clm_{i:016x}", docs[i % len(docs)][0], i // len(docs), "Synthetic claim.", rng.choice(kinds),
               rng.choice(states), "said", "indirect", "[]", '["may"]' if rng.random() < 0.2 else "[]")
              for i in range(n_events // 4)]
    conn.executemany("INSERT INTO claims (id, doc_id, sentence_index, sentence, claimant_kind, claimant, cue, quote, "
                     "quote_spans, hedges) VALUES (?,?,?,?,?,?,?,?,?,?)", claims)
    statuses = ("pledged", "allocated", "delivered")
    commitments = [(f"com_{i:016x}", docs[i % len(docs)][0], 50 + i // len(docs), "Synthetic pledge.",
                    rng.choice(states[:12]), rng.choice(states), "military", "[]", rng.choice(statuses),
                    round(rng.uniform(1e6, 5e8)), 0, docs[i % len(docs)][3], docs[i % len(docs)][3])
                   for i in range(n_events // 100)]
    conn.executemany("INSERT INTO commitments (id, doc_id, sentence_index, sentence, donor, recipient, category, items, "
                     "status, amount_usd, is_reference, date, sort_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", commitments)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30, help="requests per endpoint per round")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; the report gives the median of the rounds' p50/p95")
    ap.add_argument("--only", nargs="*", help="time only endpoints whose name contains one of these words")
    ap.add_argument("--before", help="an earlier results JSON to compare with (embedded as 'before')")
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
        "events by actor+date range": "/api/events?actor=XAH&date_from=2024-05-01&date_to=2024-05-31&limit=50",
        "events by publisher": "/api/events?publisher=Outlet%207&limit=50",
        "events by publisher (no match)": "/api/events?publisher=Nobody&limit=50",
        "events by country": "/api/events?country=XAH&limit=50",
        "events by country+type": "/api/events?country=XAH&type=AID&limit=50",
        "events page 100": "/api/events?limit=50&offset=5000",
        "documents search": "/api/documents?q=ceasefire%20convoy&limit=20",
        "documents search (common words)": "/api/documents?q=w0%20w1&limit=20",
        "documents list": "/api/documents?limit=50",
        "documents list page 100": "/api/documents?limit=50&offset=5000",
        "stats": "/api/stats",
        "actor profile": "/api/actors/XAH",
        "page: timeline": "/",
        "page: timeline filtered": "/?type=SANCTION&modality=negated",
        "page: timeline page 100": "/?offset=5000",
        "page: actor": "/actors/XAH",
        "page: search": "/search?q=treaty",
        "page: article": "/documents/doc_0000000000000010",
        "page: overview": "/overview",
        "page: overview conflict, one month": "/overview?quad=conflict&date_from=2024-05-01&date_to=2024-05-31",
        "page: overview actor": "/overview?actor=XAH",
        "overview JSON": "/api/overview",
        "page: event": "/events/evt_0000000000000010",
        "page: claim": "/claims/clm_0000000000000010",
        "page: commitment": "/commitments/com_0000000000000010",
        "page: actor mention": "/mentions/men_s0000000000000010",
        "page: actors": "/actors?q=Official",
        "page: claims by actor": "/claims?actor=XAH",
        "page: commitments by donor": "/commitments?donor=XAA",
        "page: claims": "/claims",
        "page: claims hedged": "/claims?hedged=yes",
        "page: claims by kind": "/claims?kind=anonymous",
        "page: commitments": "/commitments",
        "claims API": "/api/claims?limit=50",
        "download: events CSV (actor, one week)": "/download/events.csv?actor=XAH&date_from=2024-05-01&date_to=2024-05-07",
    }
    if args.only:
        urls = {k: v for k, v in urls.items() if any(o in k for o in args.only)}
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in urls}
    with open_store(path) as store:
        client = TestClient(create_app(Settings(db=path, api_rate_per_minute=0), store))  # timing, not limits
        extra = _cursor_urls(client)
        if extra is None:
            return 1
        if not args.only or any(o in "cursor" for o in args.only):
            urls.update(extra)
            rounds.update({name: [] for name in extra})
        cold = {}
        for name, url in urls.items():
            t = time.perf_counter()
            resp = _until_ready(client, url)
            cold[name] = round((time.perf_counter() - t) * 1000, 1)
            if resp.status_code != 200:
                print(f"{name}: HTTP {resp.status_code} {resp.text[:200]}", file=sys.stderr)
                return 1
        _time_rounds(client, urls, rounds, args.rounds, args.repeat)
    results = _summarise(urls, rounds, cold)
    before = {}
    if args.before:
        before = json.loads(Path(args.before).read_text(encoding="utf-8")).get("results", {})
    print(f"median over {args.rounds} rounds of {args.repeat} requests each")
    print("first = until the first real answer (overview aggregates are computed in the background on the first view, "
          "meanwhile the page says so; later views hit the app's cache until the data changes)")
    print(f"{'':38s} {'before p50':>10s} {'before p95':>10s} {'first':>8s} {'p50':>8s} {'p95':>8s}")
    for name, r in results.items():
        b = before.get(name, {})
        flag = "" if r["p95_ms"] < 100 else "  <-- over 100 ms"
        print(f"{name:38s} {_ms(b.get('p50_ms')):>10s} {_ms(b.get('p95_ms')):>10s} {_ms(r['first_ms']):>8s} "
              f"{_ms(r['p50_ms']):>8s} {_ms(r['p95_ms']):>8s}{flag}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"events": args.events, "docs": args.docs, "repeat": args.repeat, "rounds": args.rounds,
              "build_s": round(build_s, 1), "target_p95_ms": 100, "command": " ".join(["python", *sys.argv]),
              "results": results}
    if before:
        report["before"] = before
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"wrote {out}")
    return 0


def _until_ready(client, url: str, limit_s: float = 600.0):
    """GET ``url``; overview views answer at once with a 'counting' page (JSON: 202) while their aggregates
    are computed in the background: ask again until they are ready, so "first" is the time to real figures."""
    deadline = time.perf_counter() + limit_s
    while True:
        resp = client.get(url)
        pending = resp.status_code == 202 or b'id="overview-pending"' in resp.content
        if not pending or time.perf_counter() > deadline:
            return resp
        time.sleep(0.25)


def _time_rounds(client, urls: dict[str, str], rounds: dict[str, list[dict[str, float]]], n_rounds: int,
                 repeat: int) -> None:
    """Append each round's p50/p95 per endpoint to ``rounds``. Rounds interleave the endpoints, so a burst
    of load from other processes on a shared machine hits one round of everything rather than every
    request of one endpoint."""
    for _ in range(n_rounds):
        for name, url in urls.items():
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            rounds[name].append({"p50": statistics.median(times), "p95": p95})


def _summarise(urls: dict[str, str], rounds: dict[str, list[dict[str, float]]], cold: dict[str, float]) -> dict:
    """Per endpoint: the median over rounds of p50 and p95, the first request, and each round's p95."""
    results = {}
    for name, url in urls.items():
        p50 = statistics.median(r["p50"] for r in rounds[name])
        p95 = statistics.median(r["p95"] for r in rounds[name])
        results[name] = {"url": url, "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "first_ms": cold[name],
                         "p95_ms_per_round": [round(r["p95"], 2) for r in rounds[name]]}
    return results


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _cursor_urls(client) -> dict[str, str] | None:
    """Keyset pages deep in the list: follow next_cursor to about row 50,000 (offsets stop at 10,000)."""
    first = client.get("/api/events?limit=1000").json()
    if not first.get("next_cursor"):
        return {}
    return {"events page 1000 (cursor)": _follow(client, "/api/events?limit=1000", 50),
            "events by type page 100 (cursor)": _follow(client, "/api/events?type=AID&limit=1000", 5)}


def _follow(client, url: str, pages: int) -> str:
    """The URL of the page reached by following next_cursor ``pages`` times (fewer on a short list)."""
    cursor = client.get(url).json().get("next_cursor")
    for _ in range(pages - 1):
        following = client.get(f"{url}&cursor={cursor}").json().get("next_cursor")
        if not following:
            break
        cursor = following
    return url.replace("limit=1000", "limit=50") + f"&cursor={cursor}"


if __name__ == "__main__":
    sys.exit(main())
