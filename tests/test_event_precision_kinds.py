"""Kinds of wrong events a new user saw first in the demo and the Guardian sample, through the full pipeline.

Each test stands for a kind, not a sentence: members of one list taken as source and target, an actor that
targets itself, the meeting's city as its target, a subject that undergoes something coded as its act, a
trip of private people coded as AID, and a subject pronoun left unresolved. The sentences are written for
these tests; the states and people are fictional except where a known place or office-holder of the
actor knowledge base must resolve (a place to its country, a subject pronoun to the person).
"""

from __future__ import annotations


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_kinds"
    return list(nlp(doc)._.cg_events)


def test_members_of_one_list_are_no_dyad(nlp):
    members = {"Avaria", "Brelund", "Corvia"}
    events = events_of(nlp, "Demonstrations were held in countries as varied as Avaria, Brelund and Corvia.")
    assert events, "the sentence still states a protest"
    dyads = [(e.source_text, e.target_text) for e in events if e.source_text in members and e.target_text in members]
    assert dyads == []


def test_a_list_that_acts_together_keeps_its_dyad(nlp):
    events = events_of(nlp, "Avaria and Brelund agreed to reopen their embassies.")
    assert ("Avaria", "Brelund") in {(e.source_text, e.target_text) for e in events}


def test_no_actor_targets_itself(nlp):
    # a known city stands for its country: the troops' own country is not the target of their capture
    for text in ("Syrian army units captured the airport in Aleppo.",
                 "Iraqi government troops have seized the old bridge in Mosul."):
        events = events_of(nlp, text)
        assert events
        assert all(e.source_actor is None or e.source_actor != e.target_actor for e in events), \
            [(e.source_actor, e.target_actor) for e in events]


def test_the_meeting_city_is_its_place_not_its_target(nlp):
    for text in ("Ostrelian premier Anna Vell attended the regional summit in Port Amsel.",
                 "Ostrelian premier Anna Vell and Dunmarkian president Piet Oran held talks in Port Amsel."):
        events = [e for e in events_of(nlp, text) if e.type == "CONSULT"]
        assert events, text
        assert all(e.target_text != "Port Amsel" for e in events)
        assert all(e.place == "Port Amsel" for e in events)


def test_a_subject_that_undergoes_is_no_actor(nlp):
    events = events_of(nlp, "If the pipeline closes, Ostrelian farms could face severe fuel shortages, analysts warned.")
    assert all(e.trigger != "face" for e in events)
    assert all(e.source_text != "Ostrelian" for e in events)


def test_a_trip_of_private_people_is_no_aid(nlp):
    for text in ("Ostrelian citizens travelled to Dunmark last summer.",
                 "Ostrelian tourists flew to Dunmark for the festival."):
        assert [e.type for e in events_of(nlp, text) if e.type == "AID"] == [], text
    # peacekeepers arriving stay AID (the PLOVER gold data code them so)
    assert "AID" in {e.type for e in events_of(nlp, "Ostrelian peacekeepers arrived in Dunmark on Monday.")}


def test_a_subject_pronoun_stands_for_the_known_person_named_before(nlp):
    # a known office-holder (actor knowledge base) named alone in the sentence before; no quote, no claim
    text = "Volodymyr Zelenskyy flew to Hiroshima on Friday. He met leaders of the Group of Seven on Saturday."
    met = [e for e in events_of(nlp, text) if e.trigger == "met"]
    assert met
    assert met[0].source_text == "He" and met[0].source_actor == "PER.UKR.volodymyr-zelenskyy"
    assert met[0].target_actor == "IGO.G7"
    # with no person before it, or only a person the knowledge base does not know, it stays unresolved
    for text in ("He met leaders of the Group of Seven on Saturday.",
                 "Ostrelian envoy Anna Vell flew to Port Amsel on Monday. She met leaders of the Group of Seven."):
        met = [e for e in events_of(nlp, text) if e.trigger == "met"]
        assert all(e.source_text != "She" and e.source_text != "He" for e in met), [e.source_actor for e in met]
