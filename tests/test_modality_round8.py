"""Event kinds a seventh round of reporter-style modality sets showed, on sentences written for these tests: a trade
restriction named as a noun ("curbs on rice imports", "export controls") is a SANCTION of its own, so a verb that
weighs it leaves it hypothetical; a headline's passive "hit by" a weapon is the attack; a launching verb whose object
is a weapon ("launched forty drones and a dozen rockets at …") is the attack, on the verb, not on one of the
weapons it names."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    doc = nlp(text)
    return [(e.type, doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.modality) for e in doc._.cg_events
            if e.spans.get("trigger")]


@pytest.mark.parametrize("text,word", [
    # no own sentence with "curbs" found that reaches the kind ("Seoul has not ruled out curbs on Japanese fish." is
    # still read as REJECT on "ruled")
    ("Canberra has not ruled out export controls on its lithium.", "controls"),
])
def test_a_trade_restriction_weighed_is_hypothetical(event_nlp, text, word):
    assert ("SANCTION", word, "hypothetical") in _events(event_nlp, text)


@pytest.mark.parametrize("text", [
    "Ottawa lifted its curbs on steel exports to Mexico on Monday.",
    "Brussels eased restrictions on imports of Chinese solar panels.",
])
def test_a_trade_restriction_lifted_stays_a_concession(event_nlp, text):
    events = _events(event_nlp, text)
    assert [t for t, _, _ in events] == ["CONCEDE"], events


@pytest.mark.parametrize("text", [
    "Malaysian fishing vessel hit by Indonesian water cannon off Natuna",
    "Grain ship hit by drone in Black Sea port",
    "Two border posts hit by mortar fire overnight, army says",
])
def test_a_headline_hit_by_a_weapon_is_the_attack(event_nlp, text):
    assert ("ASSAULT", "hit", "occurred") in _events(event_nlp, text)


def test_hit_by_no_weapon_is_no_event(event_nlp):
    assert _events(event_nlp, "Farmers were hit by rising fuel prices this winter.") == []


@pytest.mark.parametrize("text", [
    "Indian troops launched 40 drones and a dozen rockets at Pakistani posts near the border.",
    "Militants launched rockets at the town overnight, the army said.",
])
def test_launched_weapons_put_the_attack_on_the_verb(event_nlp, text):
    assert ("ASSAULT", "launched", "occurred") in _events(event_nlp, text)
