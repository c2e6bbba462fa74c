"""`watch` end to end: a feed on 127.0.0.1 that changes between polls, a webhook receiver, restarts."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from cablegram.config import Settings
from cablegram.monitor import Watcher, WatchConfig
from cablegram.monitor.alerts import Alert, WebhookSink
from cablegram.nlp.pipeline import Pipeline

ITEM = """<item><title>{title}</title><link>https://wire.example/{slug}</link><guid>{slug}</guid>
<pubDate>{date} 09:00:00 GMT</pubDate><description>{text}</description></item>"""
FIRST = [("Harbour talks", "talks", "Tue, 05 Mar 2024",
          "Delegations from Freedonia and Sylvania discussed harbour fees in Porto Vale on Tuesday.")]
SECOND = FIRST + [("Blockade warning", "blockade", "Wed, 06 Mar 2024",
                   "Ruritania warned that a naval blockade of the northern straits could begin within days.")]


def rss(items) -> bytes:
    body = "".join(ITEM.format(title=t, slug=s, date=d, text=x) for t, s, d, x in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Evening Wire</title>{body}</channel></rss>'.encode()


class Served:
    """A feed and a webhook receiver on one local server; the feed content and hook failures are switchable."""

    def __init__(self):
        self.feed = rss(FIRST)
        self.received: list[dict] = []
        self.fail_next = 0  # answer 503 to this many webhook calls first
        served = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(served.feed)))
                self.end_headers()
                self.wfile.write(served.feed)

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if served.fail_next > 0:
                    served.fail_next -= 1
                    self.send_response(503)
                else:
                    served.received.append(json.loads(body))
                    self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def served():
    s = Served()
    yield s
    s.close()


@pytest.fixture(scope="module")
def light_pipeline():
    # A real spaCy pipeline that only splits sentences: processing is not the subject here, and the
    # keyword and trace rules need no extraction. Event rules are covered in test_watch_rules.py.
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp=nlp)


def make_watcher(store, served, tmp_path, light_pipeline, **extra):
    cfg = WatchConfig.from_dict({
        "sources": [served.base + "/feed.xml"], "log_file": str(tmp_path / "alerts.jsonl"), "stdout": False,
        "alert_on_existing": True,
        "rules": [{"name": "blockade", "kind": "keyword", "keywords": ["naval blockade"]},
                  {"name": "harbour", "kind": "keyword", "keywords": ["harbour"]}],
        "webhooks": [{"url": served.base + "/hook", "max_attempts": 3, "backoff": 0.01}], **extra},
        base=tmp_path)  # as if the config file lay in tmp_path: a PostgreSQL store's watch state goes there
    return Watcher(store, cfg, Settings(db=getattr(store, "url", store.path), embeddings="lexical",
                                        fetch_allow_networks=["127.0.0.1/32"]),
                   pipeline=light_pipeline)


def test_feed_changes_alerts_once_and_survives_restart(any_backend_store, served, tmp_path, light_pipeline):
    store = any_backend_store
    w = make_watcher(store, served, tmp_path, light_pipeline)
    first = w.run_once()
    assert first.ingested == 1 and first.processed == 1 and [a.rule for a in first.alerts] == ["harbour"]
    assert [r["alert"]["rule"] for r in served.received] == ["harbour"]

    unchanged = w.run_once()
    assert unchanged.ingested == 0 and unchanged.duplicates == 1 and unchanged.alerts == []

    served.feed = rss(SECOND)
    served.fail_next = 2  # the webhook recovers on the third attempt
    second = w.run_once()
    assert second.ingested == 1 and [a.rule for a in second.alerts] == ["blockade"]
    assert [r["alert"]["rule"] for r in served.received] == ["harbour", "blockade"]
    assert served.received[-1]["alert"]["title"] == "Blockade warning"

    w.close()
    restarted = make_watcher(store, served, tmp_path, light_pipeline)  # same db: nothing is sent again
    assert restarted.state.path == w.state.path and restarted.state.path.is_file()
    assert restarted.run_once().alerts == []
    assert len(served.received) == 2
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert [x["rule"] for x in lines] == ["harbour", "blockade"]


def test_trace_rule_in_the_loop(any_backend_store, served, tmp_path, light_pipeline):
    from cablegram.records import Document

    store = any_backend_store
    readout = Document(text="Freedonia and Sylvania discussed harbour fees in Porto Vale on Tuesday. "
                            "The delegations agreed to meet again in May.", title="Readout", published_at="2024-03-05",
                       publisher="Ministry of Foreign Affairs of Freedonia", is_primary=True)
    store.add_document(readout)
    served.feed = rss(SECOND + [("Harbour talks, analysis", "analysis", "Wed, 06 Mar 2024",
                                 "Freedonia and Sylvania discussed harbour fees in Porto Vale on Tuesday. "
                                 "Analysts believe the talks could collapse within days. "
                                 "Some observers expect Sylvania to close its ports to Freedonian ships.")])
    w = make_watcher(store, served, tmp_path, light_pipeline, trace=True, rules=[
        {"name": "unsupported", "kind": "trace", "min_unsupported": 0.3}])
    report = w.run_once()
    # The two harbour articles are traced against the readout; the blockade story shares nothing with it,
    # so no source is claimed for it (it is never reported as "100 % unsupported").
    assert report.traced == 2
    labels = {d: [a.label for a in store.get_alignments(d)] for d in (x.doc_id for x in report.alerts)}
    assert [a.title for a in report.alerts] == ["Harbour talks, analysis"]
    assert labels[report.alerts[0].doc_id][0] == "supported" and "added" in labels[report.alerts[0].doc_id][1:]
    blockade = next(d for d in store.iter_documents() if d.title == "Blockade warning")
    assert store.get_alignments(blockade.id) == []


def test_webhook_retries_are_bounded(served):
    served.fail_next = 100
    sleeps: list[float] = []
    hook = WebhookSink(served.base + "/hook", max_attempts=4, backoff=0.5, max_backoff=1.5, sleep=sleeps.append,
                       settings=Settings(fetch_allow_networks=["127.0.0.1/32"]))  # the receiver is on loopback
    alert = Alert(key="alr_x", rule="r", doc_id="doc_x", record_id="e", message="m")
    assert hook.send(alert) is False
    assert served.fail_next == 96 and sleeps == [0.5, 1.0, 1.5]  # 4 attempts, 3 capped waits
    assert hook.last_error == "HTTP 503"


def test_unreachable_webhook_does_not_stop_the_cycle(store, served, tmp_path, light_pipeline):
    w = make_watcher(store, served, tmp_path, light_pipeline,
                     webhooks=[{"url": "http://127.0.0.1:9/hook", "max_attempts": 2, "backoff": 0.01, "timeout": 1}])
    report = w.run_once()
    assert [a.rule for a in report.alerts] == ["harbour"]
    row = w.state.alerts()[0]
    assert row["failed"] == "webhook:http://127.0.0.1:9/hook" and row["delivered"].startswith("log:")


def test_run_loop_stops(store, served, tmp_path, light_pipeline):
    w = make_watcher(store, served, tmp_path, light_pipeline)
    reports = []
    w.run(interval=0.01, max_cycles=3, on_cycle=reports.append)
    assert [len(r.alerts) for r in reports] == [1, 0, 0]


def test_state_lives_beside_the_sqlite_db_and_under_state_dir(store, served, tmp_path, light_pipeline):
    w = make_watcher(store, served, tmp_path, light_pipeline)
    assert w.state.path == tmp_path / "test.watch-state.sqlite"
    w.run_once()
    assert not store.read_sql("SELECT name FROM sqlite_master WHERE name LIKE 'watch%'")  # the store stays clean
    w.close()
    (tmp_path / "elsewhere").mkdir()
    moved = make_watcher(store, served, tmp_path, light_pipeline, state_dir="elsewhere")
    assert moved.state.path == tmp_path / "elsewhere" / "test.watch-state.sqlite"
    assert [a.rule for a in moved.run_once().alerts] == ["harbour"]  # a fresh state: it alerts anew


def test_postgres_state_lives_beside_the_config_and_resumes(pg_store, served, tmp_path, light_pipeline):
    w = make_watcher(pg_store, served, tmp_path, light_pipeline)
    assert w.state.path.parent == tmp_path and w.state.path.name.endswith(".watch-state.sqlite")
    assert [a.rule for a in w.run_once().alerts] == ["harbour"]
    w.close()
    served.feed = rss(SECOND)
    again = make_watcher(pg_store, served, tmp_path, light_pipeline)
    assert [a.rule for a in again.run_once().alerts] == ["blockade"]
    assert [r["alert"]["rule"] for r in served.received] == ["harbour", "blockade"]


def test_state_of_another_store_is_refused(tmp_path):
    from cablegram.errors import ConfigError
    from cablegram.monitor.state import WatchState
    from cablegram.store import open_store

    with open_store(str(tmp_path / "a.db")) as a, open_store(str(tmp_path / "b.db")) as b:
        state = WatchState(a, tmp_path / "shared.sqlite")
        state.mark_evaluated(["doc_1"])
        state.close()
        with pytest.raises(ConfigError, match="another store") as caught:
            WatchState(b, tmp_path / "shared.sqlite")
        assert "state_dir" in caught.value.hint
        assert WatchState(a, tmp_path / "shared.sqlite").get_meta("store") == str((tmp_path / "a.db").resolve())


def test_state_kept_in_the_store_by_earlier_versions_is_adopted(store, served, tmp_path, light_pipeline):
    import sqlite3

    from cablegram.monitor.state import _DDL

    w = make_watcher(store, served, tmp_path, light_pipeline)
    assert [a.rule for a in w.run_once().alerts] == ["harbour"]
    w.close()
    # Rebuild the old layout: the same tables inside the store's own file, then drop the new state file.
    legacy = w.state.path
    with sqlite3.connect(legacy) as src:
        tables = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in ("watch_alerts", "watch_evaluated")}
    legacy.unlink()
    for sql in _DDL:
        store.conn.execute(sql)
    for table, rows in tables.items():
        for row in rows:
            store.conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in row)})", row)
    store.conn.execute("INSERT INTO watch_meta VALUES ('baseline_at', '2024-03-05T00:00:00+00:00')")
    upgraded = make_watcher(store, served, tmp_path, light_pipeline)
    assert upgraded.run_once().alerts == [] and len(served.received) == 1
    assert [a["rule"] for a in upgraded.state.alerts()] == ["harbour"]
    assert upgraded.state.get_meta("baseline_at") == "2024-03-05T00:00:00+00:00"


def test_state_dir_in_the_config(tmp_path):
    from cablegram.errors import ConfigError
    from cablegram.monitor import load_watch_config

    (tmp_path / "watch.toml").write_text('state_dir = "state"\n', encoding="utf-8")
    assert load_watch_config(tmp_path / "watch.toml").state_dir == str((tmp_path / "state").resolve())
    (tmp_path / "bad.toml").write_text("state_dir = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="state_dir"):
        load_watch_config(tmp_path / "bad.toml")


def test_missing_state_dir_is_a_clear_error(store, served, tmp_path, light_pipeline):
    from cablegram.errors import ConfigError

    with pytest.raises(ConfigError, match="does not exist") as caught:
        make_watcher(store, served, tmp_path, light_pipeline, state_dir="nowhere")
    assert "state_dir" in caught.value.hint


def test_missing_watched_folder_is_a_logged_failure_not_a_crash(store, served, tmp_path, light_pipeline):
    gone = tmp_path / "folder-that-was-removed"
    w = make_watcher(store, served, tmp_path, light_pipeline, sources=[served.base + "/feed.xml", str(gone)])
    report = w.run_once()
    assert report.ingested >= 1  # the feed is still read
    assert any(str(gone) in f for f in report.failures)
