"""Event kinds a second set of field cases showed (issue 12), fixed in general on sentences of our own: on the verb
of asking for something ("requested help from X", "sought loans from X") the event is the request, its asker the
source and the party asked the target — the reverse of a receipt ("received help from X"); a name joined to
"-class" names the model of a thing given, no receiver ("two X-class aircraft"); an agentless passive attack in a
clause of time ("after a bus was ambushed") is an attack by no one named."""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_field_kinds2"
    return list(nlp(doc)._.cg_events)


def pairs(events, trigger: str) -> list:
    return [(e.type, state_in_id(e.source_actor) if e.source_actor else None,
             state_in_id(e.target_actor) if e.target_actor else None) for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Hanoi requested help from Tokyo with flood forecasting.", "requested", "VNM", "JPN"),
    ("Kyiv sought air defence systems from Berlin last week.", "sought", "UKR", "DEU"),
])
def test_the_asker_of_a_request_from_someone_is_the_source(nlp, text, trigger, source, target):
    assert pairs(events_of(nlp, text), trigger) == [("REQUEST", source, target)]


def test_a_capital_asking_with_no_one_named_is_the_source(nlp):
    events = events_of(nlp, "Tokyo sent the parts two months after Manila requested help with coastal radar.")
    assert pairs(events, "requested") == [("REQUEST", "PHL", None)]


def test_a_receipt_from_someone_keeps_the_giver_as_source(nlp):
    assert pairs(events_of(nlp, "Kenya received help from Britain after the floods."), "received") == [
        ("AID", "GBR", "KEN")]


@pytest.mark.parametrize("text, trigger, target", [
    ("India handed over two Dornier-class aircraft to the Sri Lankan air force.", "handed", "LKA"),
    ("Washington transferred three Hamilton-class cutters to Manila's coast guard.", "transferred", "PHL"),
])
def test_a_name_of_a_class_of_craft_is_no_receiver(nlp, text, trigger, target):
    """"X-class" names the model of what is given, not whom it is given to."""
    assert [state_in_id(e.target_actor) for e in events_of(nlp, text) if e.trigger == trigger] == [target]


@pytest.mark.parametrize("text, trigger", [
    ("Authorities ordered shops closed in the district after a bus was ambushed near the market.", "ambushed"),
    ("The governor closed the road after a convoy was attacked outside the town.", "attacked"),
])
def test_an_agentless_attack_in_a_clause_of_time_is_an_attack_by_no_one_named(nlp, text, trigger):
    assert pairs(events_of(nlp, text), trigger) == [("ASSAULT", None, None)]


def test_a_passive_clause_of_time_with_no_attack_cue_adds_no_attack(nlp):
    events = events_of(nlp, "The minister resigned after he was criticised by lawmakers.")
    assert not any(e.type == "ASSAULT" for e in events)
