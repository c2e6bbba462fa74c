"""Anonymous read limits and leak-free errors: bounded offsets, statement timeouts, huge integers, NUL
characters, database URLs and file paths kept out of answers, bidi overrides out of pages, actor ids with '/'.
SQLite always; PostgreSQL where a server can be had (``any_backend_store``)."""

from __future__ import annotations

import base64
import json
import time

import httpx
import pytest
from live_api import live_api

from cablegram.config import Settings
from cablegram.errors import InputError, StoreError
from cablegram.ingest import ingest_sources
from cablegram.records import Actor, Document
from cablegram.store import open_store
from cablegram.store.postgres import redact

SLOW_SQL = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) "
            "SELECT COUNT(*) AS n FROM c")


def settings_for(store, **kw) -> Settings:
    return Settings(db=getattr(store, "url", None) or store.path, **kw)


def cursor_of(key) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def test_offsets_cursors_and_integers_give_clear_400s(any_backend_store):
    store = any_backend_store
    store.add_document(Document(text="Ferry talks resumed on Monday.", title="ferry"))
    with live_api(settings_for(store, api_max_offset=1000), store) as base, httpx.Client(base_url=base) as client:
        deep = client.get("/api/events?offset=1001")
        assert deep.status_code == 400 and deep.json()["error"]["code"] == "offset_too_large"
        assert "cursor" in deep.json()["error"]["hint"]
        for path in ("/api/documents?offset=" + "9" * 25, "/api/claims?offset=100000000000000000000",
                     "/?offset=" + str(2**64), "/api/events?cursor=" + cursor_of(["2024-01-01", "d", 2**64, 1]),
                     "/api/events?cursor=" + cursor_of([None, "d", 0, -(2**70)])):
            resp = client.get(path)
            assert resp.status_code == 400, (path, resp.status_code, resp.text[:200])
        assert client.get("/api/events?offset=1000").status_code == 200
        missing = client.get("/api/documents/doc_nothing_here")
        assert missing.status_code == 404 and "postgresql" not in missing.text and ".db" not in missing.text


def test_nul_in_any_filter_is_a_400_that_names_no_database(any_backend_store):
    store = any_backend_store
    with live_api(settings_for(store), store) as base, httpx.Client(base_url=base) as client:
        for path in ("/api/events?actor=a%00b", "/api/documents?q=x%00", "/api/claims?claimant=%00",
                     "/api/documents/doc%00x", "/?actor=%00"):
            resp = client.get(path)
            assert resp.status_code == 400, (path, resp.status_code)
            assert "postgresql" not in resp.text and "test.db" not in resp.text


def test_read_queries_stop_at_the_statement_timeout(any_backend_store):
    store = any_backend_store
    store.read_timeout_s = 0.3
    started = time.monotonic()
    with pytest.raises(InputError, match="longer than 0.3 s"):
        store.read_sql(SLOW_SQL if store.ph == "?" else "SELECT pg_sleep(5)")
    assert time.monotonic() - started < 2.0
    assert store.read_sql("SELECT COUNT(*) AS n FROM documents")[0]["n"] == 0  # the store still works


def test_api_store_gets_the_statement_timeout(store):
    with live_api(Settings(db=store.path, statement_timeout_s=0.25), store):
        assert store.read_timeout_s == 0.25


def test_postgres_urls_are_redacted_everywhere():
    url = "postgresql://alice:pw1@db.internal:5432/news?password=pw2&sslpassword=pw3&application_name=cg"
    shown = redact(url)
    assert "pw1" not in shown and "pw2" not in shown and "pw3" not in shown and "application_name=cg" in shown
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://nobody@127.0.0.1:1/none?password=hunter22&connect_timeout=2")
    assert "hunter22" not in str(caught.value) and "hunter22" not in caught.value.hint


@pytest.mark.postgres
def test_postgres_failure_is_a_500_without_the_url(pg_store):
    with live_api(settings_for(pg_store), pg_store) as base, httpx.Client(base_url=base) as client:
        pg_store.conn.close()  # the database goes away under the server
        resp = client.get("/api/stats")
    assert resp.status_code == 500
    assert "postgresql" not in resp.text and "127.0.0.1" not in resp.text and pg_store.url.rsplit("/", 1)[-1] not in resp.text


def test_nul_in_jsonl_fields_is_stored_safely(any_backend_store, tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"text": "The ferry\u0000 line reopened.", "title": "Ferry\u0000 news",
                                "publisher": "Port\u0000 Gazette", "extra": {"k\u0000": "v\u0000"}}) + "\n",
                    encoding="utf-8")
    summary = ingest_sources(any_backend_store, [str(path)], Settings())
    assert summary.inserted == 1, summary.failed
    (doc,) = list(any_backend_store.iter_documents())
    # SQLite keeps the NUL; PostgreSQL cannot hold one and gets the text without it. Nothing is refused.
    assert doc.title.replace("\x00", "") == "Ferry news" and doc.publisher.replace("\x00", "") == "Port Gazette"
    if hasattr(any_backend_store, "url"):
        assert doc.title == "Ferry news" and doc.meta["extra"] == {"k": "v"}


def test_file_paths_stay_on_the_server(store, tmp_path):
    secret_dir = tmp_path / "private-inbox"
    secret_dir.mkdir()
    (secret_dir / "note.txt").write_text("Ferry talks resumed between the two ports on Monday.", encoding="utf-8")
    ingest_sources(store, [str(secret_dir / "note.txt")], Settings())
    (doc,) = list(store.iter_documents())
    with live_api(Settings(db=store.path), store) as base, httpx.Client(base_url=base) as client:
        body = client.get(f"/api/documents/{doc.id}").json()
        missing = client.get("/api/documents/doc_missing", headers={"Accept": "text/html"})
    assert body["source"] == "file:note.txt" and "private-inbox" not in json.dumps(body)
    assert missing.status_code == 404 and "private-inbox" not in missing.text


def test_bidi_overrides_are_removed_from_pages(store):
    doc = Document(text="Ferry talks resumed.", title="report\u202egnp.exe", publisher="Port\u2066 Gazette")
    store.add_document(doc)
    with live_api(Settings(db=store.path), store) as base, httpx.Client(base_url=base) as client:
        page = client.get(f"/documents/{doc.id}")
        search = client.get("/search?q=ferry")
    assert page.status_code == 200 and "reportgnp.exe" in page.text
    for text in (page.text, search.text):
        assert "\u202e" not in text and "\u2066" not in text


def test_actor_ids_with_a_slash_are_reachable(store):
    store.upsert_actors([Actor(id="org:river/ports-board", name="River and Ports Board", type="organisation")])
    with live_api(Settings(db=store.path), store) as base, httpx.Client(base_url=base) as client:
        api = client.get("/api/actors/org:river/ports-board")
        page = client.get("/actors/org:river/ports-board")
    assert api.status_code == 200 and api.json()["actor"]["name"] == "River and Ports Board"
    assert page.status_code == 200 and "River and Ports Board" in page.text
