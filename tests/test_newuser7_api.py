"""What a new user found in the README's Python API (newuser7): the store's event listings show analysts'
corrections, and the README's listing is the confident view the CLI and the API show by default."""

from __future__ import annotations

from dataclasses import replace

from cablegram.records import Event
from cablegram.store import corrections
from test_api_sample import build_sample


def _consult(store, doc_id):
    return next(e for e in store.query_events(type="CONSULT", limit=10) if e["doc_id"] == doc_id)


def test_query_events_returns_corrected_values_and_marks_the_correction(store):
    docs = build_sample(store)
    event = _consult(store, docs["primary"].id)
    corrections.add_correction(store, "events", event["id"], "correct", "date", "2024-02-28", reason="readout date")
    again = _consult(store, docs["primary"].id)
    assert again["date"] == "2024-02-28"
    assert again["correction"] == "corrected"


def test_list_events_is_the_confident_view_and_all_lists_every_event(store):
    docs = build_sample(store)
    threat = docs["threat"]
    analysis = store.get_analysis(threat.id)
    unsure = Event(threat.id, 2, analysis.events[0].sentence, "CONSULT", confidence=0.2)  # no actors, low confidence
    store.save_analysis(replace(analysis, events=[*analysis.events, unsure]))
    every = store.query_events(type="CONSULT", limit=10)
    assert any(e["source_actor"] is None for e in every)
    shown = store.list_events(type="CONSULT", limit=10)
    assert shown and all(e["source_actor"] and e["target_actor"] for e in shown)
    assert all(e["confidence"] >= 0.5 for e in shown)
    assert len(store.list_events(type="CONSULT", all=True, limit=10)) == len(every)
    rejected = shown[0]["id"]
    corrections.add_correction(store, "events", rejected, "reject", reason="not a meeting")
    assert rejected not in {e["id"] for e in store.list_events(type="CONSULT", limit=10)}
    assert {e["id"]: e["correction"] for e in store.list_events(type="CONSULT", all=True, limit=10)}[rejected] == \
        "rejected"
