"""The precision-first (confident) view counts an event only when both actor slots hold a real actor id:
raw text kept for an unresolved name ("Kurdish fighters") is not a resolved actor (issue 16).

Runs on the real SQLite store and, when a server can be had, on PostgreSQL (``any_backend_store``)."""

from __future__ import annotations

import pytest

from cablegram.records import Actor, Analysis, Document, Event
from cablegram.store.actor_ids import is_actor_id
from cablegram.store.overview import OverviewFilter, overview


@pytest.mark.parametrize("value, expected", [
    ("UKR", True), ("XKX", True), ("PER.UKR.volodymyr-zelenskyy", True), ("IGO.NATO", True), ("GRP.hamas", True),
    ("person:ana-brel", True), ("org:harbour-watch", True), ("state:west-marenia", True),
    ("Kurdish fighters", False), ("Ukr", False), ("U.N", False), ("", False), (None, False), ("the army", False),
])
def test_actor_id_shapes(value, expected):
    assert is_actor_id(value) is expected


def test_user_chosen_ids_count_when_known():
    assert not is_actor_id("harbour-board")
    assert is_actor_id("harbour-board", known={"harbour-board"})


def _save(store) -> Document:
    doc = Document(text="Marenia shelled the port. Rebel gunmen attacked Kastoria. Ana Brel met the Harbour Watch. "
                        "The harbour board thanked Marenia.", title="slots")
    store.add_document(doc)
    sentence = "a sentence of the test document"
    store.upsert_actors([Actor("harbour-board", "Harbour Board", "organisation", source="test actor file")])
    store.save_analysis(Analysis(doc_id=doc.id, events=[
        Event(doc.id, 0, sentence, "FIGHT", source_actor="MRN", target_actor="KST", confidence=0.9),
        Event(doc.id, 1, sentence, "FIGHT", source_actor="Rebel gunmen", target_actor="KST", confidence=0.9),
        Event(doc.id, 2, sentence, "CONSULT", source_actor="person:ana-brel", target_actor="org:harbour-watch",
              confidence=0.9),
        Event(doc.id, 3, sentence, "COOPERATE", source_actor="harbour-board", target_actor="MRN", confidence=0.9),
        Event(doc.id, 3, sentence, "SUPPORT", source_actor="MRN", target_actor="the port", confidence=0.9),
    ]))
    return doc


def test_confident_listing_leaves_out_raw_text_slots(any_backend_store):
    s = any_backend_store
    _save(s)
    every = {(e["source_actor"], e["target_actor"]) for e in s.events_page(limit=50)[0]}
    assert ("Rebel gunmen", "KST") in every and ("MRN", "the port") in every
    confident = {(e["source_actor"], e["target_actor"])
                 for e in s.events_page(limit=50, min_confidence=0.5, actors_resolved=True)[0]}
    assert confident == {("MRN", "KST"), ("person:ana-brel", "org:harbour-watch"), ("harbour-board", "MRN")}


def test_confident_overview_counts_only_real_ids(any_backend_store):
    s = any_backend_store
    _save(s)
    assert overview(s, OverviewFilter())["total"] == 5
    confident = overview(s, OverviewFilter(min_confidence=0.5, actors_resolved=True))
    assert confident["total"] == 3
    actors = {row["key"] for row in confident["by_actor"]}
    assert "Rebel gunmen" not in actors and "the port" not in actors
