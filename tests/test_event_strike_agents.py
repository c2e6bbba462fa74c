"""Two kinds an end-to-end field-kind case showed. The sense of "strike" from who strikes: aircraft, helicopters,
warships and shelling strike as an attack (ASSAULT, also under a denial: "denied that its aircraft struck X" is a
negated attack), never a labour strike; dockworkers, railway workers and farmers strike as a protest. And a request
for weapons or goods to be sent ("asked X to deliver missiles") has the mode assist. Sentences are written for
these tests."""

from __future__ import annotations

import pytest

from cablegram.nlp.event_cues import build_cue_index, find_cues


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_strike_agents"
    return list(nlp(doc)._.cg_events)


@pytest.mark.parametrize("text", [
    "Army helicopters struck a convoy outside the town at dawn.",
    "Enemy aircraft struck a power station in the north overnight.",
    "Two warships struck coastal targets on Sunday.",
])
def test_craft_that_strike_attack(nlp, text):
    types = {e.type for e in events_of(nlp, text)}
    assert "ASSAULT" in types and "PROTEST" not in types, types


def test_a_denied_strike_by_aircraft_is_a_negated_attack(nlp):
    events = events_of(nlp, "Asked about the raid, Yerevan denied that any of its helicopters had struck the fuel depot.")
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["negated"], \
        [(e.type, e.modality) for e in events]
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Dockworkers struck at three ports over a new shift system.",
    "Railway workers struck for a third day over pay.",
    "Farmers struck across the region over diesel prices.",
])
def test_workers_who_strike_protest_in_the_lexicon(nlp, text):
    doc = nlp(text)
    cues = [etype for sent in doc.sents for _, etype, _ in find_cues(sent, build_cue_index())]
    assert cues == ["PROTEST"], cues


@pytest.mark.parametrize("text", [
    "Moldova asked Romania to deliver two air defence batteries.",
    "Kenya urged Turkey to supply armoured vehicles for its police mission.",
    "Somalia called on Egypt to send ammunition to its army.",
])
def test_asking_for_weapons_or_goods_is_a_request_for_assistance(nlp, text):
    requests = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert [e.mode for e in requests] == ["assist"], [(e.type, e.mode) for e in events_of(nlp, text)]
