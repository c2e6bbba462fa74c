"""POST /api/documents and /api/upload say what ingest found in the document they stored (newuser34).

A two-word text posted to /api/documents was answered {"id": …, "status": "inserted"}: nothing said it was flagged
short_text and would never be coded by `cablegram process` (held back until --include-flagged); the CLI's ingest
line says both. Now the answer carries `quality` (the flag names) and `held_back`. The real app under uvicorn on
127.0.0.1 with a real SQLite store; the stored document is read back to check the answer matches it."""

from __future__ import annotations

import httpx
import pytest
from live_api import live_api

from cablegram.config import Settings
from cablegram.store import open_store

TOKEN = "quay-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATED = "The customs office of Pellworth extended its opening hours for lorries crossing the northern bridge."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("api") / "quay.db")
    open_store(db).close()
    with live_api(Settings(db=db, api_token=TOKEN)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client, db


def _stored_quality(db: str, doc_id: str) -> list[str]:
    with open_store(db) as store:
        return list(store.get_document(doc_id).quality or [])


def test_a_held_back_text_says_so(served):
    client, db = served
    resp = client.post("/api/documents", json={"text": "Gate shut.", "title": "Gate"}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["status"] == "inserted" and "short_text" in body["quality"] and body["held_back"] is True
    assert body["quality"] == _stored_quality(db, body["id"])


def test_a_dated_article_has_no_held_back_flag(served):
    client, db = served
    resp = client.post("/api/documents", json={"text": DATED, "published_at": "2025-06-02"}, headers=AUTH)
    body = resp.json()
    assert resp.status_code == 201 and body["quality"] == [] and body["held_back"] is False


def test_an_upload_answers_the_same(served):
    client, db = served
    files = {"file": ("notice.txt", DATED.replace("lorries", "vans").encode("utf-8"), "text/plain")}
    resp = client.post("/api/upload", files=files, headers=AUTH)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["filename"] == "notice.txt" and body["held_back"] is False
    assert "no_date" in body["quality"] and body["quality"] == _stored_quality(db, body["id"])
