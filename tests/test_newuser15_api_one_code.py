"""One status and code for a bad query value, whoever checks it (newuser15).

A value outside an enum (``modality=maybe``, ``claimant_kind=bogus``, ``all=maybe``) was a 422 ``validation_error``
(FastAPI's check), while a type or a date the endpoint checks itself (``type=FOO``, ``date_from=2025-13-01``) was a
400 ``invalid_value``: two codes for one kind of mistake. Now every bad query or path value is a 400 ``invalid_value``
naming the parameter, as the CLI's ``error[invalid_value]``; a bad request body field stays a 422
``validation_error``. The API runs under uvicorn on 127.0.0.1 (tests/live_api.py), called over real HTTP."""

from __future__ import annotations

import httpx
import pytest

from cablegram.config import Settings
from cablegram.errors import CATALOGUE
from cablegram.store import open_store

from live_api import live_api

TOKEN = "newuser15-token-for-one-code-0123456789"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "c.db"
    store = open_store(str(db))
    with live_api(Settings(db=str(db), api_token=TOKEN), store) as url:
        yield url
    store.close()


@pytest.mark.parametrize(("query", "names", "hint"), [
    ("/api/events?modality=maybe", "modality", "/docs"),           # enum: FastAPI's check
    ("/api/claims?claimant_kind=bogus", "claimant_kind", "/docs"),
    ("/api/claims?kind=ghost", "kind", "/docs"),
    ("/api/events?all=maybe", "all", "true or false"),
    ("/api/claims?hedged=perhaps", "hedged", "true or false"),
    ("/api/events?limit=0", "limit", "/docs"),
    ("/api/events?date_from=last-week", "date_from", "YYYY-MM-DD"),
    ("/api/events?country=Freedonia", "country", "alpha-3"),
    ("/api/events?type=FOO", "type", "CONSULT"),                    # checked by the endpoint itself
    ("/api/events?date_from=2025-13-01", "date_from", "YYYY-MM-DD"),
    ("/api/events?quad=friendly", "quad", "conflict"),
    ("/api/commitments?status=nope", "status", "pledged"),
])
def test_a_bad_query_value_is_400_invalid_value(base_url, query, names, hint):
    resp = httpx.get(base_url + query, timeout=30)
    assert resp.status_code == CATALOGUE["invalid_value"].http_status == 400, resp.text
    error = resp.json()["error"]
    assert error["code"] == "invalid_value" and error["message"].startswith(f"{names}: "), error
    assert hint in error["hint"], error


@pytest.mark.parametrize("page", ["/?modality=maybe", "/?type=FOO", "/claims?kind=ghost", "/claims?hedged=perhaps"])
def test_a_dashboard_page_answers_the_same_code(base_url, page):
    resp = httpx.get(base_url + page, headers={"Accept": "text/html"}, timeout=30)
    assert resp.status_code == 400 and "invalid_value" in resp.text and "validation_error" not in resp.text


def test_a_bad_body_field_is_still_422_validation_error(base_url):
    resp = httpx.post(f"{base_url}/api/documents", json={"text": "The harbour board met.", "published_at": "2025-02-30"},
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert resp.status_code == 422, resp.text
    error = resp.json()["error"]
    assert error["code"] == "validation_error" and "published_at" in error["message"]


def test_the_openapi_description_says_the_same(base_url):
    spec = httpx.get(f"{base_url}/openapi.json", timeout=30).json()
    error_ref = {"$ref": "#/components/schemas/Error"}
    events = spec["paths"]["/api/events"]["get"]["responses"]
    assert "422" not in events and events["400"]["content"]["application/json"]["schema"] == error_ref
    assert "invalid_value" in events["400"]["description"]
    post = spec["paths"]["/api/documents"]["post"]["responses"]
    assert post["422"]["content"]["application/json"]["schema"] == error_ref
    assert "validation_error" in post["422"]["description"]
    assert "HTTPValidationError" not in str(spec)
    assert set(spec["components"]["schemas"]["Error"]["properties"]["error"]["required"]) == {"code", "message", "hint"}
