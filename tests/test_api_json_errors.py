"""A malformed JSON request body gets the catalogued `invalid_json` code with the position and what to send,
and JSON decode messages read "starting at column N", not "starting at at column N" (issue 11).

The API runs under uvicorn on 127.0.0.1 (tests/live_api.py) and is called over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from cablegram.config import Settings
from cablegram.errors import CATALOGUE, InputError
from cablegram.jsonlines import parse_json_line
from cablegram.store import open_store

from live_api import live_api

TOKEN = "h1-token-for-json-error-tests-0123456789"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "c.db"
    store = open_store(str(db))
    with live_api(Settings(db=str(db), api_token=TOKEN), store) as url:
        yield url
    store.close()


@pytest.mark.parametrize(("body", "reason"), [
    (b'{"text": "The envoys met.",}', "Expecting property name enclosed in double quotes at character"),
    (b'{"text": "The envoys met.', "Unterminated string starting at character"),
    (b'{"text" "The envoys met."}', "Expecting ':' delimiter at character"),
])
def test_malformed_json_body_is_invalid_json_naming_the_position(base_url: str, body: bytes, reason: str):
    with pytest.raises(json.JSONDecodeError) as decoded:
        json.loads(body)
    character = decoded.value.pos + 1  # counted from 1, like columns
    resp = httpx.post(f"{base_url}/api/documents", content=body, headers=HEADERS, timeout=30)
    error = resp.json()["error"]
    assert resp.status_code == CATALOGUE["invalid_json"].http_status == 400
    assert error["code"] == "invalid_json"
    assert error["message"] == f"request body: not valid JSON ({reason} {character})"
    assert "Content-Type: application/json" in error["hint"] and "{" in error["hint"]
    assert " at at " not in error["message"]


def test_a_well_formed_body_still_reaches_field_validation(base_url: str):
    resp = httpx.post(f"{base_url}/api/documents", content=json.dumps({"text": 5}), headers=HEADERS, timeout=30)
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "validation_error"
    assert resp.json()["error"]["message"].startswith("text: ")
    empty = httpx.post(f"{base_url}/api/documents", content=b"", headers=HEADERS, timeout=30)
    assert empty.status_code == 422 and empty.json()["error"]["message"].startswith("request body: ")


def test_jsonl_decode_message_has_one_at(tmp_path: Path):
    with pytest.raises(InputError) as caught:
        parse_json_line('{"text": "cut off', "rows.jsonl:4", "Fix the line.")
    assert caught.value.code == "invalid_json"
    assert "Unterminated string starting at column 10" in str(caught.value) and " at at " not in str(caught.value)
    with pytest.raises(InputError, match=r"Expecting value at column 1"):
        parse_json_line("nonsense", "rows.jsonl:5", "Fix the line.")
