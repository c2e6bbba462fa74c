"""A cycle whose alert a webhook refused says so in its summary (newuser14).

A newsroom engineer ran `watch --once` from cron with a webhook to the newsroom chat: the receiver answered 500, the
failure was logged above, but the cycle's summary said "1 alerts, 0 failures", and the next run a minute later sent
nothing (the queue retries after 1, 2, 4 … minutes), so the alert looked lost. Now the cycle report counts the
alerts queued for a webhook (`queued`) and the summary line names them and when they are retried. Real SQLite store,
real watch state and a real HTTP receiver on 127.0.0.1; a spaCy pipeline that only splits sentences; texts written
for this test."""

from __future__ import annotations

import http.server
import threading

import pytest
import spacy

from cablegram.config import Settings
from cablegram.monitor import Watcher, load_watch_config
from cablegram.nlp.pipeline import Pipeline
from cablegram.store import open_store


@pytest.fixture()
def receiver():
    state = {"code": 500, "bodies": []}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            state["bodies"].append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self.send_response(state["code"])
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/hook", state
    httpd.shutdown()
    httpd.server_close()


def test_an_alert_the_webhook_refused_is_counted_as_queued(tmp_path, receiver):
    url, state = receiver
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "cable.txt").write_text("Engineers from Varby began repairs on the undersea cable to Holmstad on Monday.\n",
                                     encoding="utf-8")
    config = tmp_path / "watch.toml"
    config.write_text(f'interval = 60\nsources = ["inbox/"]\n[[rules]]\nname = "cable"\nkind = "keyword"\n'
                      f'keywords = ["undersea cable"]\n[[webhooks]]\nurl = "{url}"\nmax_attempts = 1\ntimeout = 2\n',
                      encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    db = tmp_path / "news.db"
    settings = Settings(db=str(db), fetch_allow_hosts=["127.0.0.1"])
    with open_store(str(db)) as store:
        watcher = Watcher(store, load_watch_config(config), settings, pipeline=Pipeline(nlp=nlp))
        try:
            first = watcher.run_once()
            assert [a.rule for a in first.alerts] == ["cable"] and first.queued == 1
            assert len(state["bodies"]) == 1  # the receiver was asked once and said 500
            state["code"] = 200
            second = watcher.run_once()  # nothing new; the queued alert waits for its retry time
            assert second.alerts == [] and second.queued == 0
        finally:
            watcher.close()


def test_a_delivered_alert_is_not_counted_as_queued(tmp_path, receiver):
    url, state = receiver
    state["code"] = 204
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "cable.txt").write_text("Engineers from Varby began repairs on the undersea cable to Holmstad on Monday.\n",
                                     encoding="utf-8")
    config = tmp_path / "watch.toml"
    config.write_text(f'interval = 60\nsources = ["inbox/"]\n[[rules]]\nname = "cable"\nkind = "keyword"\n'
                      f'keywords = ["undersea cable"]\n[[webhooks]]\nurl = "{url}"\n', encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    db = tmp_path / "news.db"
    with open_store(str(db)) as store:
        watcher = Watcher(store, load_watch_config(config), Settings(db=str(db), fetch_allow_hosts=["127.0.0.1"]),
                          pipeline=Pipeline(nlp=nlp))
        try:
            report = watcher.run_once()
        finally:
            watcher.close()
    assert len(report.alerts) == 1 and report.queued == 0 and len(state["bodies"]) == 1
