"""Attacks from issue 17 for ``benchmarks/reliability.py``: each reports tried, crashes, hangs, lost, breaches.

* ssrf — internal addresses in every spelling, redirects into loopback, other schemes: through ``fetch`` and
  through ``/api/ingest`` (a breach: the internal server was reached or a document stored); refused ports must
  all give one message (else the errors map ports).
* bombs — gzip stacked 1-3 times (200 MB decoded) through ``fetch`` and the API: peak traced memory.
* slow — servers that drip headers or body or never answer: wall time per fetch (a hang: more than the
  deadline plus 2 s); 14 such ingests through the API while a reader measures ``/api/stats``.
* jsonl — lines nested 5,000 deep and lone surrogates through ingest, import-events and actor files; good
  lines lost count as lost data.
* webhook — a receiver down for two cycles, then back (lost: alerts never delivered); one that drips (hang).
* reads — offsets and cursors beyond 2^63, %00 in filters (a crash: HTTP 500).
* csv — formula cells in a CSV export (a breach: a cell a spreadsheet would run).
* nlp — a 2 MB document without punctuation through the full pipeline, in a child process: seconds and
  peak RSS.
The hostile server and the live API come from ``tests/hostile_http.py`` and ``tests/live_api.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

LOOPBACK_HOSTS = ["127.0.0.1", "127.1", "0x7f.1", "2130706433", "017700000001", "[::1]", "[::ffff:127.0.0.1]",
                  "0.0.0.0", "localhost"]
INTERNAL_URLS = ["http://10.0.0.1/", "http://192.168.0.1/", "http://172.16.0.1/", "http://169.254.169.254/latest/",
                 "http://100.64.0.1/", "http://[fe80::1]/", "http://[fc00::1]/", "http://224.0.0.1/",
                 "file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://127.0.0.1/"]


def _tally(**extra) -> dict:
    return {"tried": 0, "crashes": 0, "hangs": 0, "lost": 0, "breaches": 0, **extra}


def attack_ssrf(hostile) -> dict:
    from cablegram.config import Settings
    from cablegram.errors import FetchError
    from cablegram.ingest import fetch

    out = _tally()
    cfg = Settings(fetch_retries=0, fetch_timeout=3)
    urls = [f"http://{h}:{hostile.port}/page" for h in LOOPBACK_HOSTS] + INTERNAL_URLS
    urls.append(hostile.url("/redirect?to=" + hostile.url("/page"), host="localhost"))
    for url in urls:
        out["tried"] += 1
        before = hostile.hits["/page"]
        settings = Settings(fetch_retries=0, fetch_timeout=3, fetch_allow_hosts=["localhost"]) if "redirect" in url else cfg
        try:
            fetch(url, settings)
            out["breaches"] += 1
        except FetchError:
            pass
        except Exception:  # noqa: BLE001 — counted: any other exception is a crash
            out["crashes"] += 1
        out["breaches"] += hostile.hits["/page"] > before
    messages = set()
    for port in (hostile.port, 1, 9, 22, 5432, 6379):
        out["tried"] += 1
        try:
            fetch(f"http://127.0.0.1:{port}/", cfg)
        except FetchError as exc:
            messages.add(exc.message)
    out["port_scan_distinct_messages"] = len(messages)
    out["breaches"] += len(messages) > 1
    return out


def attack_bombs(hostile) -> dict:
    from cablegram.config import Settings
    from cablegram.errors import FetchError
    from cablegram.ingest import fetch

    out = _tally(peak_mb={}, decoded_mb=hostile.bomb_bytes / 1e6)
    cfg = Settings(fetch_retries=0, fetch_allow_networks=["127.0.0.1/32"])
    for layers in (1, 2, 3):
        wire = len(hostile.bomb(layers))
        out["tried"] += 1
        tracemalloc.start()
        try:
            fetch(hostile.url(f"/bomb/{layers}"), cfg)
            out["breaches"] += 1  # a body over the limit came back
        except FetchError:
            pass
        except Exception:  # noqa: BLE001
            out["crashes"] += 1
        finally:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        out["peak_mb"][f"gzip x{layers} ({wire:,} bytes on the wire)"] = round(peak / 1e6, 2)
    return out


def attack_slow(hostile, db: str) -> dict:
    import httpx

    from cablegram.config import Settings
    from cablegram.errors import FetchError
    from cablegram.ingest import fetch
    from live_api import live_api

    deadline = 2.0
    out = _tally(deadline_s=deadline, wall_s={})
    cfg = Settings(fetch_retries=2, fetch_timeout=deadline, fetch_allow_networks=["127.0.0.1/32"])
    for path in ("/drip-headers", "/drip-body", "/hang"):
        out["tried"] += 1
        t0 = time.monotonic()
        try:
            fetch(hostile.url(path), cfg)
        except FetchError:
            pass
        except Exception:  # noqa: BLE001
            out["crashes"] += 1
        wall = time.monotonic() - t0
        out["wall_s"][path] = round(wall, 2)
        out["hangs"] += wall > deadline + 2
    settings = Settings(db=db, api_token="t", fetch_timeout=deadline, fetch_retries=0, api_rate_per_minute=0,
                        fetch_allow_networks=["127.0.0.1/32"], api_fetch_workers=2)
    with live_api(settings) as base:
        codes: list[int] = []

        def ingest(path: str) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                codes.append(c.post("/api/ingest", json={"url": hostile.url(path)},
                                    headers={"Authorization": "Bearer t"}).status_code)

        threads = [threading.Thread(target=ingest, args=(p,)) for p in ["/drip-headers", "/drip-body"] * 7]
        for t in threads:
            t.start()
        time.sleep(0.5)
        worst = 0.0
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(30):
                t0 = time.monotonic()
                c.get("/api/stats")
                worst = max(worst, time.monotonic() - t0)
        for t in threads:
            t.join()
    out["tried"] += len(threads)
    out["api_slow_ingests"] = len(threads)
    out["api_ingest_statuses"] = {str(code): codes.count(code) for code in sorted(set(codes))}
    out["api_reads_worst_s"] = round(worst, 3)
    out["hangs"] += worst > 2.0
    out["crashes"] += sum(code >= 500 and code != 503 for code in codes)
    return out


DEEP = '{"text": "deep", "x": ' + "[" * 5000 + "]" * 5000 + "}"
SURROGATES = ['{"text": "A ferry route reopened.", "\\udc80x": 1}', '{"text": "A ferry route reopened \\ud800."}',
              '{"text": "A ferry route reopened.", "meta": {"k": ["\\udfff"]}}']


def attack_jsonl(tmp: Path) -> dict:
    from cablegram.config import Settings
    from cablegram.ingest import ingest_sources
    from cablegram.interop import import_events
    from cablegram.kb.loader import read_actors
    from cablegram.store import open_store

    out = _tally()
    bad = [DEEP, *SURROGATES]
    good = [json.dumps({"text": f"The river ferry resumed service on day {i}.", "title": f"good {i}"}) for i in range(3)]
    lines = [DEEP, good[0], SURROGATES[0], good[1], SURROGATES[1], good[2], SURROGATES[2]]
    src = tmp / "mixed.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(str(tmp / "jsonl.db")) as store:
        out["tried"] += len(bad)
        try:
            summary = ingest_sources(store, [str(src)], Settings())
            out["lost"] += 3 - summary.inserted
            out["reported_lines"] = len(summary.failed)
        except Exception:  # noqa: BLE001
            out["crashes"] += 1
        events = tmp / "events.jsonl"
        ok = json.dumps({"doc_id": "doc_river", "type": "AGREE", "sentence": "They agreed.", "sentence_index": 0})
        events.write_text("\n".join([ok, DEEP, *SURROGATES]) + "\n", encoding="utf-8")
        out["tried"] += len(bad)
        try:
            result = import_events(store, events, "jsonl")
            out["lost"] += 1 - result.imported
        except Exception:  # noqa: BLE001
            out["crashes"] += 1
    actors = tmp / "actors.jsonl"
    actors.write_text("\n".join([DEEP, json.dumps({"id": "org:board", "name": "Board", "type": "organisation"}),
                                 '{"id": "x", "name": "\\ud800"}']) + "\n", encoding="utf-8")
    out["tried"] += 2
    try:
        errors: list = []
        out["lost"] += 1 - len(list(read_actors(actors, on_error=errors.append)))
    except Exception:  # noqa: BLE001
        out["crashes"] += 1
    return out


def attack_webhook(hostile, tmp: Path) -> dict:
    import spacy

    from cablegram.config import Settings
    from cablegram.monitor.config import WatchConfig
    from cablegram.monitor.watch import Watcher
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.records import Document
    from cablegram.store import open_store

    out = _tally(cycle_s={})
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name, path, n in (("down_then_up", "/hook", 4), ("drip", "/drip-headers", 4), ("hang", "/hang", 4)):
        folder = tmp / name
        folder.mkdir()
        with open_store(str(folder / "w.db")) as store:
            for i in range(n):
                store.add_document(Document(text=f"Report {i}: the ferry line reopened.", title=f"r{i}"))
            cfg = WatchConfig.from_dict({"stdout": False, "alert_on_existing": True, "rules": [
                {"name": "ferry", "kind": "keyword", "keywords": ["ferry"]}],
                "webhooks": [{"url": hostile.url(path), "max_attempts": 2, "timeout": 1.5, "backoff": 0.2}]}, base=folder)
            settings = Settings(db=str(folder / "w.db"), fetch_allow_networks=["127.0.0.1/32"])
            hostile.hook_status = 503 if name == "down_then_up" else 200
            posted = len(hostile.posts)
            out["tried"] += n
            for cycle in range(3):
                if name == "down_then_up" and cycle == 2:
                    hostile.hook_status = 200  # the receiver comes back
                w = Watcher(store, cfg, settings, pipeline=Pipeline(nlp=nlp), retry_base_s=0.0)
                t0 = time.monotonic()
                try:
                    w.run_once()
                except Exception:  # noqa: BLE001
                    out["crashes"] += 1
                wall = time.monotonic() - t0
                w.close()
                out["cycle_s"][f"{name} #{cycle + 1}"] = round(wall, 2)
                out["hangs"] += wall > 10
            if name == "down_then_up":
                out["lost"] += n - (len(hostile.posts) - posted)
    return out


def attack_reads(db: str) -> dict:
    import base64

    import httpx

    from cablegram.config import Settings
    from live_api import live_api

    def cursor(key) -> str:
        return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")

    paths = ["/api/events?offset=" + "9" * 30, "/api/documents?offset=100000000000000000000", "/?offset=" + str(2**64),
             "/api/events?offset=10000000", "/api/events?cursor=" + cursor(["2024", "d", 2**64, 1]),
             "/api/events?cursor=" + cursor([None, "d", 0, -(2**70)]), "/api/events?actor=a%00b",
             "/api/documents?q=x%00", "/api/documents/doc%00", "/api/claims?claimant=%00", "/actors?q=%00"]
    out = _tally(status={})
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base) as client:
        for path in paths:
            out["tried"] += 1
            code = client.get(path).status_code
            out["status"][path[:60]] = code
            out["crashes"] += code >= 500
    return out


def attack_csv(tmp: Path) -> dict:
    import csv

    from cablegram.export import export_table
    from cablegram.records import Document
    from cablegram.store import open_store

    hostile = ["=HYPERLINK(\"http://x.invalid\")", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx"]
    out = _tally()
    with open_store(str(tmp / "csv.db")) as store:
        for i, cell in enumerate(hostile):
            store.add_document(Document(text=f"{cell} body {i}", title=cell, publisher=cell))
        target = tmp / "docs.csv"
        export_table(store, "csv", "documents", target)
    with target.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for value in row.values():
                out["tried"] += value.lstrip("'") in hostile or value.startswith("'")
                out["breaches"] += bool(value) and value[0] in "=+-@\t\r"
    return out


NLP_CHILD = """
import random, resource, sys, time
from cablegram.nlp.pipeline import Pipeline
from cablegram.records import Document
rng = random.Random(7)
words = sys.argv[2].split()
parts, n = [], 0
while n < int(sys.argv[1]):
    w = rng.choice(words); parts.append(w); n += len(w) + 1
text = " ".join(parts)[: int(sys.argv[1])]
p = Pipeline.from_settings()
t0, c0 = time.time(), time.process_time()
a = p.analyse(Document(text=text, title="long"))
print(time.time() - t0, time.process_time() - c0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      len(a.sentences))
"""


def attack_long_document(chars: int, words: list[str]) -> dict:
    out = _tally(chars=chars)
    out["tried"] = 1
    vocab = " ".join(w for w in words if w.isalpha())[:20000] or "talks border ministers"
    proc = subprocess.run([sys.executable, "-c", NLP_CHILD, str(chars), vocab], capture_output=True, text=True,
                          timeout=3600)
    if proc.returncode != 0:
        out["crashes"] += 1
        out["error"] = proc.stderr[-500:]
        return out
    seconds, cpu, peak_mb, sentences = proc.stdout.split()[-4:]
    out.update(wall_s=round(float(seconds), 1), cpu_s=round(float(cpu), 1), peak_rss_mb=round(float(peak_mb)),
               sentences=int(sentences))
    return out


def run_attacks(words: list[str], long_chars: int = 2_000_000, skip: set[str] = frozenset()) -> dict:
    """Every attack above; ``totals`` sums tried, crashes, hangs, lost and breaches."""
    from hostile_http import HostileServer

    from cablegram.store import open_store

    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp_name, HostileServer(drip_s=0.25, bomb_bytes=200_000_000) as hostile:
        tmp = Path(tmp_name)
        db = str(tmp / "api.db")
        open_store(db).close()
        parts = {"ssrf": lambda: attack_ssrf(hostile), "bombs": lambda: attack_bombs(hostile),
                 "slow": lambda: attack_slow(hostile, db), "jsonl": lambda: attack_jsonl(tmp),
                 "webhook": lambda: attack_webhook(hostile, tmp), "reads": lambda: attack_reads(db),
                 "csv": lambda: attack_csv(tmp), "nlp": lambda: attack_long_document(long_chars, words)}
        for name, run in parts.items():
            if name in skip:
                continue
            t0 = time.perf_counter()
            results[name] = run()
            results[name]["seconds"] = round(time.perf_counter() - t0, 1)
    results["totals"] = {k: sum(r[k] for r in results.values()) for k in ("tried", "crashes", "hangs", "lost", "breaches")}
    return results
