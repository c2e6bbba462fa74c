"""50 concurrent API readers while a writer ingests: zero errors, bounded latency.

The API (cablegram.api.create_app) runs under uvicorn on 127.0.0.1 in a thread, on a real SQLite
store; a writer thread ingests real articles from ../shared/data through its own store connection.
"""

from __future__ import annotations

import json
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import pytest

from cablegram.config import Settings
from cablegram.ingest import ingest_sources
from cablegram.records import Document
from cablegram.store import open_store

READERS = 50
REQUESTS_PER_READER = 8
MAX_LATENCY_S = 20.0  # generous: CI machines have 2 shared cores


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def api(tmp_path):
    uvicorn = pytest.importorskip("uvicorn")
    from cablegram.api import create_app

    db = tmp_path / "api.db"
    with open_store(str(db)) as store:  # a few documents so reads have something to find
        for i in range(5):
            store.add_document(Document(text=f"Seed report {i} on grain exports from the port of Odesa.", title=f"seed {i}"))
    settings = Settings(db=str(db))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="error",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(10)


def _articles(shared_data: Path, folder: Path, n: int = 150) -> Path:
    src = next((shared_data / "india_police_events").glob("*.jsonl"))
    lines = []
    with src.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            lines.append(json.dumps({"text": rec["text"], "date": rec.get("date"), "url": rec.get("url")}))
            if len(lines) >= n:
                break
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_50_readers_while_a_writer_ingests(api, shared_data, tmp_path):
    base, db = api
    source = _articles(shared_data, tmp_path)
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(READERS + 1)
    writer_done = threading.Event()
    written = {}

    def writer():
        start.wait()
        with open_store(str(db)) as store:
            summary = ingest_sources(store, [str(source)], Settings(db=str(db)))
        written["summary"] = summary
        writer_done.set()

    def reader(k: int):
        paths = ["/api/stats", "/api/documents?limit=20", "/api/documents?q=police", "/api/events?limit=50",
                 "/api/documents?q=grain+Odesa", "/api/claims?limit=20", "/api/actors?limit=20"]
        with httpx.Client(base_url=base, timeout=60) as client:
            start.wait()
            for i in range(REQUESTS_PER_READER):
                path = paths[(k + i) % len(paths)]
                t0 = time.perf_counter()
                try:
                    r = client.get(path)
                    ok = r.status_code == 200 and isinstance(r.json(), dict)
                    detail = f"{path}: HTTP {r.status_code} {r.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, detail = False, f"{path}: {type(exc).__name__}: {exc}"
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if not ok:
                        failures.append(detail)

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert writer_done.is_set(), "the writer did not finish"
    assert failures == [], failures[:5]
    assert len(latencies) == READERS * REQUESTS_PER_READER
    p95 = statistics.quantiles(latencies, n=20)[-1]
    assert max(latencies) < MAX_LATENCY_S, (max(latencies), p95)
    summary = written["summary"]
    assert summary.ok and summary.inserted > 0
    with httpx.Client(base_url=base) as client:  # readers see the writer's documents once it is done
        assert client.get("/api/stats").json()["documents"] == 5 + summary.inserted
