"""Reliability figures: fuzzed inputs through every reader, kill -9 during ingest and process, API under load.

1. Fuzz: 1,200+ malformed inputs (random bytes under every extension, broken HTML, invalid UTF-8,
   truncated/mixed JSONL, hostile feeds: entity expansion, external entities, huge fields; compression
   bombs) through ``read_source``; then folders of bad and good files through ``ingest_sources``.
   Counts inputs tried, crashes (any exception), bad inputs reported, good documents lost.
2. kill -9: ``python -m cablegram ingest`` / ``process`` killed with SIGKILL at several points, then rerun;
   counts lost, duplicated and half-written documents and checks PRAGMA integrity_check.
3. API: 50 reader threads on uvicorn (127.0.0.1) while a writer ingests; errors and latency percentiles.
4. Attacks (issue 17, ``reliability_attacks.py``): SSRF, decompression bombs, slow servers, hostile JSON Lines,
   webhook receivers that fail or drip, oversized offsets/cursors/NUL, CSV formulas, a 2 MB unpunctuated
   document; attacks tried, crashes, hangs, data lost and breaches, peak memory and wall times.
Real texts come from ``<data>/<dataset>/*.jsonl``. Writes benchmarks/results/reliability.json.
Usage: python benchmarks/reliability.py --data ../shared/data [--fuzz 1200] [--kills 3] [--readers 50]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".dat")
HTML_BITS = ("<html>", "<head><title>", "</title>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>",
             "<!--", "-->", "<![CDATA[", "]]>", "&#x110000;", "&amp", "&nbsp;", "<meta charset='bogus'>", "<h1>",
             "\x00", "\ufffd", "é", "<<<<", "<p", "=\"", "<svg onload=x>")
ENTITY_BOMB = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{a}">' +
               "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi")) +
               ']><rss version="2.0"><channel><title>t</title><item><title>&i;</title><description>&i;</description>'
               "</item></channel></rss>").replace("{a}", "a" * 40)
XXE = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
       "<title>t</title><item><title>leak</title><description>&x; text</description></item></channel></rss>")


# -- 1. fuzz ------------------------------------------------------------------------------------------
def malformed(rng: random.Random, words: list[str]) -> tuple[str, bytes, str]:
    """(suffix, bytes, kind) of one broken or hostile input."""
    kind = rng.choice(["random", "html", "bad_utf8", "jsonl_truncated", "jsonl_mixed", "feed", "hostile_feed"])
    sentence = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
    if kind == "random":
        return rng.choice(SUFFIXES), rng.randbytes(rng.randint(0, 4000)), kind
    if kind == "html":
        parts = [rng.choice(HTML_BITS) if rng.random() < 0.5 else sentence[: rng.randint(0, 80)] for _ in range(rng.randint(0, 40))]
        return rng.choice((".html", ".htm", ".dat")), "".join(parts).encode("utf-8"), kind
    if kind == "bad_utf8":
        good = sentence.encode()
        cut = rng.randint(0, len(good))
        junk = rng.choice([b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x00\x00\xfe\xff"])
        return rng.choice((".txt", ".md", ".jsonl", ".html")), good[:cut] + junk + good[cut:], kind
    record = json.dumps({"text": sentence or "placeholder words", "date": "2024-03-05", "title": "t"})
    if kind == "jsonl_truncated":
        return ".jsonl", (record + "\n" + record[: rng.randint(0, len(record))]).encode(), kind
    if kind == "jsonl_mixed":
        lines = [rng.choice([record, "[1,2]", "null", "{}", '{"text": 5}', '{"text": ""}', "{bad", sentence])
                 for _ in range(rng.randint(1, 12))]
        return ".jsonl", "\n".join(lines).encode(), kind
    if kind == "feed":
        items = "".join(f"<item><title>{sentence[:30]}</title><link>http://x.test/{i}</link>"
                        f"<description><![CDATA[{sentence}]]></description></item>" for i in range(rng.randint(1, 5)))
        return rng.choice((".xml", ".rss", ".atom")), f'<rss version="2.0"><channel><title>W</title>{items}</channel></rss>'.encode(), kind
    choice = rng.choice(["laughs", "xxe", "huge", "gzip"])
    if choice == "laughs":
        return ".xml", ENTITY_BOMB.encode(), "entity_expansion"
    if choice == "xxe":
        return ".rss", XXE.encode(), "external_entity"
    if choice == "huge":
        return ".xml", (f'<rss version="2.0"><channel><title>W</title><item><title>{"x" * rng.randint(10**5, 2 * 10**6)}'
                        f"</title><description>{'word ' * 50000}</description></item></channel></rss>").encode(), "huge_field"
    return rng.choice((".jsonl", ".txt", ".gz", ".zip")), gzip.compress(b"\0" * (50 << 20), 9), "compression_bomb"


def run_fuzz(n: int, words: list[str], seed: int = 7) -> dict:
    from cablegram.config import Settings
    from cablegram.errors import InputError
    from cablegram.ingest import ingest_sources, read_source
    from cablegram.records import Document
    from cablegram.store import open_store

    cfg = Settings(fetch_retries=0)
    rng = random.Random(seed)
    stats = {"inputs": 0, "crashes": 0, "reported": 0, "documents": 0, "silent": 0, "xxe_leaks": 0, "by_kind": {},
             "crash_examples": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            suffix, data, kind = malformed(rng, words)
            path = Path(tmp) / f"f{i}{suffix}"
            path.write_bytes(data)
            stats["inputs"] += 1
            stats["by_kind"][kind] = stats["by_kind"].get(kind, 0) + 1
            try:
                items = list(read_source(str(path), cfg))
            except Exception as exc:  # noqa: BLE001 — a crash is exactly what is being counted
                stats["crashes"] += 1
                if len(stats["crash_examples"]) < 5:
                    frame = traceback.extract_tb(exc.__traceback__)[-1]
                    stats["crash_examples"].append(f"{kind}{suffix}: {type(exc).__name__}: {exc} "
                                                   f"(at {frame.filename}:{frame.lineno}; input {data[:200]!r})"[:600])
                continue
            finally:
                path.unlink()
            errors = sum(isinstance(x, InputError) for x in items)
            docs = [x for x in items if isinstance(x, Document)]
            stats["reported"] += errors > 0
            stats["documents"] += len(docs)
            stats["silent"] += not items
            stats["xxe_leaks"] += any("root:x:0:0" in d.text for d in docs)
        # Folders mixing bad and good files: every good document must be stored.
        lost = folders = 0
        for k in range(max(1, n // 100)):
            folder = Path(tmp) / f"mix{k}"
            folder.mkdir()
            for j in range(5):
                suffix, data, _ = malformed(rng, words)
                (folder / f"bad{j}{suffix}").write_bytes(data)
            for j in range(5):
                (folder / f"good{j}.txt").write_text(f"Report {k}-{j}: " + " ".join(rng.choice(words) for _ in range(20)))
            try:
                expected = {x.id for x in read_source(str(folder), cfg) if isinstance(x, Document)}
                with open_store(str(Path(tmp) / f"mix{k}.db")) as store:
                    ingest_sources(store, [str(folder)], cfg)
                    stored = {d.id for d in store.iter_documents()}
                lost += len(expected - stored)
            except Exception as exc:  # noqa: BLE001 — counted as a crash
                stats["crashes"] += 1
                stats["crash_examples"].append(f"folder ingest: {type(exc).__name__}: {exc}"[:300])
            folders += 1
        stats["folders"] = folders
        stats["good_documents_lost"] = lost
    return stats


# -- 2. kill -9 ---------------------------------------------------------------------------------------
def _cli(db: Path, *args: str, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CABLEGRAM_")}
    return subprocess.Popen([sys.executable, "-m", "cablegram", "--db", str(db), *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _kill_at(proc: subprocess.Popen, db: Path, sql: str, at: int, timeout: float = 300) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if _count(db, sql) >= at:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.005)
    proc.wait()
    return False


def run_kills(texts: list[str], kills: int, n_process: int) -> dict:
    from cablegram.records import content_hash

    out = {"ingest_kills": 0, "process_kills": 0}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "in"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(t + "\n", encoding="utf-8")
        db = tmp / "k.db"
        expected = {"doc_" + content_hash(t.strip())[:16] for t in texts}
        for k in range(kills):  # each run is killed a little later than the previous one
            at = 1 + k * max(1, len(texts) // (kills + 1))
            out["ingest_kills"] += _kill_at(_cli(db, "ingest", str(folder), cwd=tmp), db, "SELECT COUNT(*) FROM documents", at)
        final = _cli(db, "ingest", str(folder), cwd=tmp)
        final.wait()
        conn = sqlite3.connect(db)
        rows = conn.execute("SELECT id, content_hash, text FROM documents").fetchall()
        out["ingest"] = {
            "expected": len(expected), "stored": len(rows),
            "lost": len(expected - {r[0] for r in rows}),
            "duplicated": len(rows) - len({r[0] for r in rows}) + len(rows) - len({r[1] for r in rows}),
            "checksum_mismatches": sum(content_hash(r[2]) != r[1] for r in rows),
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        }
        conn.close()

        pdb = tmp / "p.db"
        pfolder = tmp / "pin"
        pfolder.mkdir()
        for i, t in enumerate(texts[:n_process]):
            (pfolder / f"{i:05d}.txt").write_text(t + "\n", encoding="utf-8")
        _cli(pdb, "ingest", str(pfolder), cwd=tmp).wait()
        half_written = 0
        for k in range(kills):
            at = 1 + k * max(1, n_process // (kills + 1))
            out["process_kills"] += _kill_at(_cli(pdb, "process", cwd=tmp), pdb, "SELECT COUNT(*) FROM analyses", at)
            half_written += _count(pdb, "SELECT COUNT(*) FROM documents WHERE (processed_version IS NULL) != "
                                        "(id NOT IN (SELECT doc_id FROM analyses))")
            for table in ("mentions", "events", "claims", "commitments"):
                half_written += _count(pdb, f"SELECT COUNT(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM analyses)")
        _cli(pdb, "process", cwd=tmp).wait()
        conn = sqlite3.connect(pdb)
        q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        out["process"] = {
            "documents": q("SELECT COUNT(*) FROM documents"), "analysed": q("SELECT COUNT(*) FROM analyses"),
            "unprocessed": q("SELECT COUNT(*) FROM documents WHERE processed_version IS NULL"),
            "half_written_seen_after_kills": half_written,
            "duplicate_event_ids": q("SELECT COUNT(*) - COUNT(DISTINCT id) FROM events"),
            "integrity": q("PRAGMA integrity_check"),
        }
        conn.close()
    return out


# -- 3. API under load ---------------------------------------------------------------------------------
def run_api(articles: list[dict], readers: int, per_reader: int) -> dict:
    import httpx
    import uvicorn

    from cablegram.api import create_app
    from cablegram.config import Settings
    from cablegram.ingest import ingest_sources
    from cablegram.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "api.db"
        open_store(str(db)).close()
        src = Path(tmp) / "a.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))), host="127.0.0.1", port=port,
                                               log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        lat: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        barrier = threading.Barrier(readers + 1)
        paths = ["/api/stats", "/api/documents?limit=20", "/api/documents?q=police", "/api/events?limit=50",
                 "/api/claims?limit=20", "/api/actors?limit=20"]

        def reader(k: int) -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
                barrier.wait()
                for i in range(per_reader):
                    t0 = time.perf_counter()
                    try:
                        r = c.get(paths[(k + i) % len(paths)])
                        bad = None if r.status_code == 200 else f"HTTP {r.status_code}"
                    except httpx.HTTPError as exc:
                        bad = f"{type(exc).__name__}: {exc}"
                    with lock:
                        lat.append(time.perf_counter() - t0)
                        if bad:
                            errors.append(bad)

        written = {}

        def writer() -> None:
            barrier.wait()
            t0 = time.perf_counter()
            with open_store(str(db)) as store:
                written["summary"] = ingest_sources(store, [str(src)], Settings(db=str(db)))
            written["seconds"] = time.perf_counter() - t0

        threads = [threading.Thread(target=reader, args=(k,)) for k in range(readers)] + [threading.Thread(target=writer)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        server.should_exit = True
    q = statistics.quantiles(lat, n=100)
    return {"readers": readers, "requests": len(lat), "errors": len(errors), "error_examples": errors[:5],
            "latency_s": {"p50": round(q[49], 4), "p95": round(q[94], 4), "p99": round(q[98], 4), "max": round(max(lat), 4)},
            "writer_inserted": written["summary"].inserted, "writer_seconds": round(written["seconds"], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--fuzz", type=int, default=1200, help="malformed inputs to try")
    parser.add_argument("--kills", type=int, default=3, help="kill -9 rounds for ingest and for process")
    parser.add_argument("--ingest-docs", type=int, default=600)
    parser.add_argument("--process-docs", type=int, default=80)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--requests", type=int, default=10, help="requests per reader")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: fuzz,kill,api,attacks, or one "
                        "attack: ssrf,bombs,slow,jsonl,webhook,reads,csv,nlp")
    parser.add_argument("--long-chars", type=int, default=2_000_000, help="size of the unpunctuated document (nlp attack)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "reliability.json")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    texts: list[str] = []
    for dataset, key in (("case2021_task2", "text"), ("plover_gsr", "text"), ("msrp", "sentence1")):
        for f in sorted((args.data / dataset).glob("*.jsonl")):
            for line in f.open(encoding="utf-8"):
                t = (json.loads(line).get(key) or "").strip()
                if len(t.split()) >= 5:
                    texts.append(t)
    if not texts:
        raise SystemExit(f"no texts found under {args.data}")
    texts = list(dict.fromkeys(texts))
    words = sorted({w for t in texts[:300] for w in t.split()})
    results: dict = {}
    if "fuzz" not in skip:
        t0 = time.perf_counter()
        results["fuzz"] = run_fuzz(args.fuzz, words)
        results["fuzz"]["seconds"] = round(time.perf_counter() - t0, 1)
        f = results["fuzz"]
        print(f"fuzz: {f['inputs']} inputs tried, {f['crashes']} crashes, {f['reported']} reported as bad, "
              f"{f['documents']} documents read, {f['silent']} yielded nothing, {f['xxe_leaks']} XXE leaks; "
              f"{f['folders']} mixed folders ingested, {f['good_documents_lost']} good documents lost ({f['seconds']} s)")
        for ex in f["crash_examples"]:
            print("  crash:", ex)
    if "kill" not in skip:
        k = results["kill"] = run_kills(texts[:args.ingest_docs], args.kills, args.process_docs)
        print(f"kill -9 during ingest x{k['ingest_kills']}: {k['ingest']}")
        print(f"kill -9 during process x{k['process_kills']}: {k['process']}")
    if "api" not in skip:
        articles = []
        for f in sorted((args.data / "india_police_events").glob("*.jsonl")):
            for line in f.open(encoding="utf-8"):
                rec = json.loads(line)
                articles.append({"text": rec["text"], "date": rec.get("date"), "url": rec.get("url")})
                if len(articles) >= 200:
                    break
        a = results["api"] = run_api(articles, args.readers, args.requests)
        print(f"api: {a['readers']} readers, {a['requests']} requests, {a['errors']} errors, latency {a['latency_s']}, "
              f"writer stored {a['writer_inserted']} documents in {a['writer_seconds']} s meanwhile")
    if "attacks" not in skip:
        from reliability_attacks import run_attacks

        r = results["attacks"] = run_attacks(words, args.long_chars, skip)
        t = r["totals"]
        print(f"attacks: {t['tried']} tried, {t['crashes']} crashes, {t['hangs']} hangs, {t['lost']} data lost, "
              f"{t['breaches']} breaches")
        for name, part in r.items():
            if name != "totals":
                detail = {k: v for k, v in part.items() if k not in ("tried", "crashes", "hangs", "lost", "breaches")}
                print(f"  {name}: tried {part['tried']}, crashes {part['crashes']}, hangs {part['hangs']}, "
                      f"lost {part['lost']}, breaches {part['breaches']}; {json.dumps(detail, default=str)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
