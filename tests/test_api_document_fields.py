"""POST /api/documents refuses what it cannot store faithfully, against a real uvicorn server on 127.0.0.1:
a publication date that is not in the calendar (2025-13-45, 2025-02-30, "2025-03-01 or so") is a 422 naming
published_at (it was stored as written); an unknown key is a 422 naming it (it was dropped, so a misspelt field
lost its value); `date`, the key JSON Lines records use, is read as the publication date."""

from __future__ import annotations

import httpx
import pytest
from live_api import live_api

from cablegram.config import Settings
from cablegram.store import open_store

TOKEN = "pier-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "The harbour authority of Porto Vale reopened the northern pier after two weeks of repairs."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("api") / "pier.db")
    open_store(db).close()
    with live_api(Settings(db=db, api_token=TOKEN)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client, db


def _post(client, body):
    return client.post("/api/documents", json=body, headers=AUTH)


@pytest.mark.parametrize("when", ["2025-13-45", "2025-02-30", "2025-03-01 or so", "2025-03-01T25:00:00"])
def test_a_date_not_in_the_calendar_is_refused(served, when):
    client, _ = served
    resp = _post(client, {"text": f"{TEXT} ({when})", "published_at": when})
    assert resp.status_code == 422, resp.text
    error = resp.json()["error"]
    assert error["code"] == "validation_error" and "published_at" in error["message"]


def test_an_unknown_key_is_refused_with_its_name(served):
    client, _ = served
    resp = _post(client, {"text": TEXT + " (1)", "publsher": "Harbour Gazette"})
    assert resp.status_code == 422, resp.text
    assert "publsher" in resp.json()["error"]["message"]


@pytest.mark.parametrize("key, when", [("published_at", "2025-03-01"), ("date", "2025-03-02"),
                                       ("published_at", "2025-03-03T09:30:00+00:00")])
def test_good_dates_are_stored(served, key, when):
    client, db = served
    resp = _post(client, {"text": f"{TEXT} Reported {when}.", key: when, "publisher": "Harbour Gazette"})
    assert resp.status_code == 201, resp.text
    with open_store(db) as store:
        doc = store.get_document(resp.json()["id"])
    assert doc.published_at == when and doc.publisher == "Harbour Gazette"


@pytest.mark.parametrize("path, field", [("/api/corrections", '"record_id"'), ("/api/ingest", '"url"'),
                                         ("/api/documents", '"text"')])
def test_broken_json_hint_shows_the_endpoints_own_body(served, path, field):
    """The invalid_json hint showed {"text": ...} for every endpoint, also for corrections and ingest."""
    client, _ = served
    resp = client.post(path, content=b'{"action": "reject",', headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 400, resp.text
    error = resp.json()["error"]
    assert error["code"] == "invalid_json" and field in error["hint"]
    if field != '"text"':
        assert '"text"' not in error["hint"]
