"""The REST API refuses a query parameter the endpoint does not take (newuser13).

A fact-checker asked ``/api/claims?date_from=2025-06-01`` for the claims of June: claims have no date filter, the
parameter was ignored and every claim came back, as if filtered. Now an unknown parameter is a 400 ``invalid_value``
naming it and the parameters the endpoint takes; the parameters it does take still work. A real store and a real
HTTP server on 127.0.0.1; a document written for this test."""

from __future__ import annotations

import httpx
import pytest

import cablegram
from cablegram.config import Settings
from cablegram.records import Document
from live_api import live_api


@pytest.fixture()
def served(tmp_path):
    store = cablegram.open_store(str(tmp_path / "q.db"))
    doc = Document(text="The harbour board of Holmstad said on Monday that the ferry line would reopen in May.",
                   title="Ferry line to reopen", publisher="Example Gazette", published_at="2025-06-02")
    store.add_document(doc)
    with live_api(Settings(db=str(tmp_path / "q.db")), store) as base:
        yield base, doc.id
    store.close()


def test_a_filter_the_claims_endpoint_lacks_is_refused_naming_what_it_takes(served):
    base, _ = served
    answer = httpx.get(f"{base}/api/claims", params={"date_from": "2025-06-01"})
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert error["code"] == "invalid_value" and "'date_from'" in error["message"]
    assert "GET /api/claims takes:" in error["hint"] and "claimant_kind" in error["hint"] and "hedged" in error["hint"]


def test_every_unknown_parameter_is_named_and_known_ones_still_work(served):
    base, doc_id = served
    answer = httpx.get(f"{base}/api/events", params={"sort": "date", "limit": 5, "order": "desc"})
    assert answer.status_code == 400 and "'order', 'sort'" in answer.json()["error"]["message"], answer.text
    assert httpx.get(f"{base}/api/events", params={"limit": 5, "all": "true", "date_from": "2025-06"}).status_code == 200
    assert httpx.get(f"{base}/api/claims", params={"kind": "analysts", "hedged": "false"}).status_code == 200
    assert httpx.get(f"{base}/api/documents/{doc_id}").json()["title"] == "Ferry line to reopen"
    stray = httpx.get(f"{base}/api/documents/{doc_id}", params={"format": "text"})
    assert stray.status_code == 400 and "takes: no query parameters" in stray.json()["error"]["hint"], stray.text


def test_a_cursor_with_unique_is_refused_not_ignored(served):
    base, _ = served
    answer = httpx.get(f"{base}/api/events", params={"unique": "true", "cursor": "abc"})
    assert answer.status_code == 400 and "pages by offset" in answer.json()["error"]["message"], answer.text
    assert httpx.get(f"{base}/api/events", params={"unique": "true", "offset": 0}).status_code == 200
