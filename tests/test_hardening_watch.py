"""Watch hardening on 127.0.0.1: durable webhook queue with back-off, bounded time per attempt, secrets
masked, and no crash loop on bad input files."""

from __future__ import annotations

import json
import logging
import time

import pytest
from hostile_http import HostileServer

from cablegram.config import Settings
from cablegram.monitor.config import WatchConfig
from cablegram.monitor.watch import Watcher
from cablegram.nlp.pipeline import Pipeline
from cablegram.records import Document

SECRET = "Zq81xT0ken"


@pytest.fixture(scope="module")
def light_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp=nlp)


@pytest.fixture()
def hostile():
    with HostileServer(drip_s=0.3) as server:
        yield server


def watcher(store, tmp_path, pipeline, hooks, sources=(), **kw) -> Watcher:
    cfg = WatchConfig.from_dict({"sources": list(sources), "stdout": False, "alert_on_existing": True,
                                 "log_file": str(tmp_path / "alerts.jsonl"),
                                 "rules": [{"name": "ferry", "kind": "keyword", "keywords": ["ferry"]}],
                                 "webhooks": hooks}, base=tmp_path)
    settings = Settings(db=store.path, embeddings="lexical", fetch_allow_networks=["127.0.0.1/32"])
    return Watcher(store, cfg, settings, pipeline=pipeline, **kw)


def add_docs(store, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        store.add_document(Document(text=f"Report {i}: the ferry line between the two ports reopened.", title=f"r{i}"))


def test_alerts_wait_in_the_queue_and_reach_the_receiver_when_it_returns(store, tmp_path, light_pipeline, hostile):
    add_docs(store, 2)
    hooks = [{"url": hostile.url("/hook"), "max_attempts": 1, "timeout": 2}]
    hostile.hook_status = 503
    w = watcher(store, tmp_path, light_pipeline, hooks, retry_base_s=0.0)
    assert len(w.run_once().alerts) == 2
    assert len(w.state.outbox()) == 2 and hostile.posts == []
    w.run_once()  # still down: one retry fails, the other waits (a down receiver gets one try per cycle)
    assert sorted(row["attempts"] for row in w.state.outbox()) == [1, 2]
    w.close()

    hostile.hook_status = 200
    again = watcher(store, tmp_path, light_pipeline, hooks, retry_base_s=0.0)  # a restart: the queue is on disk
    again.run_once()
    assert len(hostile.posts) == 2 and again.state.outbox() == []
    rows = again.state.alerts()
    assert all(r["failed"] is None and "webhook:" in r["delivered"] for r in rows)
    assert sorted(json.loads(p)["alert"]["title"] for p in hostile.posts) == ["r0", "r1"]


def test_retries_back_off_exponentially_over_hours(store, tmp_path, light_pipeline, hostile):
    add_docs(store, 1)
    hostile.hook_status = 503
    w = watcher(store, tmp_path, light_pipeline, [{"url": hostile.url("/hook"), "max_attempts": 1}])
    before = time.time()
    w.run_once()
    hits = hostile.hits["/hook"]
    (queued,) = w.state.outbox()
    assert 55 <= queued["next_at"] - before <= 65  # first retry after a minute
    w.run_once()
    assert hostile.hits["/hook"] == hits  # not due yet: the receiver is left alone
    delays = [w._retry_at(n) - time.time() for n in (1, 2, 3, 8, 12)]
    assert [round(d / 60) for d in delays[:3]] == [1, 2, 4] and round(delays[3] / 3600, 1) == 2.1
    assert round(delays[4] / 3600) == 6  # capped at six hours


@pytest.mark.parametrize("path", ["/drip-headers", "/hang"])
def test_a_receiver_that_never_answers_does_not_stall_watch(store, tmp_path, light_pipeline, hostile, path):
    add_docs(store, 5)
    w = watcher(store, tmp_path, light_pipeline, [{"url": hostile.url(path), "max_attempts": 2, "timeout": 1,
                                                   "backoff": 0.1}], retry_base_s=0.0)
    started = time.monotonic()
    report = w.run_once()
    assert len(report.alerts) == 5 and time.monotonic() - started < 6  # one slow sink costs one bounded try
    assert len(w.state.outbox()) == 5
    started = time.monotonic()
    w.run_once()  # the retries of the next cycle are bounded the same way
    assert time.monotonic() - started < 6


def test_webhook_secrets_are_masked_in_logs_and_state(store, tmp_path, light_pipeline, hostile, caplog):
    add_docs(store, 1)
    url = f"http://user:{SECRET}@127.0.0.1:{hostile.port}/hook/{SECRET}?token={SECRET}"
    hostile.hook_status = 503
    w = watcher(store, tmp_path, light_pipeline, [{"url": url, "max_attempts": 1}], retry_base_s=0.0)
    with caplog.at_level(logging.DEBUG):
        w.run_once()
    w.close()
    assert SECRET not in caplog.text and "webhook:" in caplog.text
    assert SECRET.encode() not in w.state.path.read_bytes()
    wal = w.state.path.with_name(w.state.path.name + "-wal")
    assert not wal.exists() or SECRET.encode() not in wal.read_bytes()


def test_bad_jsonl_source_never_crash_loops_watch(store, tmp_path, light_pipeline):
    source = tmp_path / "inbox.jsonl"
    source.write_text("\n".join([
        '{"text": "x", "meta": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"text": "The ferry to the islands runs again.", "\\udc80": "odd key"}',
        '{"text": "The ferry company added a second boat.", "title": "good"}',
    ]) + "\n", encoding="utf-8")
    for restart in range(2):
        w = watcher(store, tmp_path, light_pipeline, [], sources=[str(source)])
        report = w.run_once()
        w.close()
        if restart:  # the same file, unchanged: counted as still failing, not logged again
            assert report.failures == [] and report.unchanged_failures == 2
            continue
        assert any(f"{source}:1" in f and "nested" in f for f in report.failures)
        assert any(f"{source}:2" in f and "surrogate" in f for f in report.failures)
    assert [d.title for d in store.iter_documents()] == ["good"]


def test_webhook_urls_stored_by_earlier_versions_are_masked_on_open(store, tmp_path):
    import sqlite3

    from cablegram.monitor.state import WatchState

    path = tmp_path / "old.watch-state.sqlite"
    state = WatchState(store, path)
    clear = f"webhook:https://hooks.example.org/services/T0/B0/{SECRET}"
    state.conn.execute("INSERT INTO watch_alerts VALUES ('k', 'r', 'd', '2024-01-01', ?, NULL, '{}')", (clear,))
    state.close()
    reopened = WatchState(store, path)
    reopened.close()
    with sqlite3.connect(path) as conn:
        (delivered,) = conn.execute("SELECT delivered FROM watch_alerts").fetchone()
    assert SECRET not in delivered and delivered.startswith("webhook:https://hooks.example.org/services/")
    assert SECRET.encode() not in path.read_bytes()
