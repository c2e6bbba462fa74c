"""A correction sent without a value says so ("needs a value"), not "None is not an allowed type of events";
against a real uvicorn server on 127.0.0.1 and a real store holding one event (imported from a PLOVER record
written here)."""

from __future__ import annotations

import json

import httpx
from live_api import live_api

from cablegram.config import Settings
from cablegram.interop import import_events
from cablegram.store import open_store

TOKEN = "fix-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_a_correction_without_a_value_says_it_needs_one(tmp_path):
    db = str(tmp_path / "fix.db")
    record = {"id": "e1", "date": "2025-04-02", "event": ["CONSULT"], "source": [{"code": "NOR"}],
              "recipient": [{"code": "SWE"}], "text": "Norway and Sweden held talks on fishing quotas.",
              "doc_id": "doc_fish1", "modality": "occurred", "confidence": 0.9}
    (tmp_path / "one.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with open_store(db) as store:
        import_events(store, tmp_path / "one.jsonl", "plover")
        (event_id,) = [e["id"] for e in store.query_events(limit=5)]
    with live_api(Settings(db=db, api_token=TOKEN)) as base, httpx.Client(base_url=base, timeout=60) as client:
        missing = client.post("/api/corrections", headers=AUTH, json={
            "record_id": event_id, "action": "correct", "field": "type", "reason": "it was a phone call"})
        given = client.post("/api/corrections", headers=AUTH, json={
            "record_id": event_id, "action": "correct", "field": "type", "value": "AGREE", "reason": "they agreed"})
    assert missing.status_code == 400, missing.text
    error = missing.json()["error"]
    assert error["code"] == "invalid_value" and "needs a value" in error["message"] and "None" not in error["message"]
    assert "CONSULT" in error["hint"]  # the allowed types are still listed
    assert given.status_code == 201, given.text
