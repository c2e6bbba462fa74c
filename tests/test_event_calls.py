"""Telephone calls told with "called / rang / phoned / telephoned" and a person as the object: a meeting (CONSULT),
caller to callee, the callee resolved through the name beside an office or relation noun. The other senses of
"call" keep their own coding: asking ("called for", "called on"), naming ("called the attack a war crime"),
convening a thing ("called a snap election") and cancelling ("called off"). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    return [e.to_dict() for e in nlp(text)._.cg_events]


@pytest.mark.parametrize("text, source, target", [
    # the callee an office or relation noun with the name in apposition: the named person
    ("Antony Blinken called his Chinese counterpart, Wang Yi, on Tuesday.", "PER.USA.antony-blinken", "PER.CHN.wang-yi"),
    ("Antony Blinken phoned his Chinese counterpart Wang Yi on Tuesday.", "PER.USA.antony-blinken", "PER.CHN.wang-yi"),
    # a named person as the object, with a time after it
    ("Antony Blinken called Wang Yi on Tuesday.", "PER.USA.antony-blinken", "PER.CHN.wang-yi"),
    ("Joe Biden telephoned Chancellor Olaf Scholz.", "PER.USA.joe-biden", "PER.DEU.olaf-scholz"),
    # an office with a nationality adjective and no name: the state
    ("Emmanuel Macron rang the Ukrainian president on Monday.", "PER.FRA.emmanuel-macron", "UKR"),
])
def test_calling_a_person_is_a_consultation_by_the_caller(nlp, text, source, target):
    events = _events(nlp, text)
    calls = [e for e in events if e["type"] == "CONSULT"]
    assert calls, events
    assert (calls[0]["source_actor"], calls[0]["target_actor"]) == (source, target), events
    assert not [e for e in events if e["type"] == "REQUEST"], events


@pytest.mark.parametrize("text, etype", [
    ("Germany called for a ceasefire.", "REQUEST"),
    ("Emmanuel Macron called on Russia to withdraw its troops.", "REQUEST"),
    ("Russia called off the planned visit.", "REJECT"),
])
def test_asking_and_cancelling_keep_their_type(nlp, text, etype):
    events = _events(nlp, text)
    assert [e for e in events if e["trigger"] == "called" and e["type"] == etype], events
    assert not [e for e in events if e["trigger"] == "called" and e["type"] == "CONSULT"], events


@pytest.mark.parametrize("text", [
    # naming: the object has a predicate
    "The French president called the attack a war crime.",
    "Olaf Scholz called the Russian president a liar.",
    # a thing called, not a person
    "The prime minister called a snap election.",
    "The government called a halt to the exports.",
])
def test_naming_or_calling_a_thing_is_no_call(nlp, text):
    events = _events(nlp, text)
    assert not [e for e in events if e["trigger"] == "called" and e["type"] == "CONSULT"], events


@pytest.mark.parametrize("text, trigger", [
    ("The French president called the attack a war crime.", "attack"),
    ("Zelensky described the strike on Kyiv as an act of terror.", "strike"),
])
def test_who_names_an_act_did_not_do_it(nlp, text, trigger):
    events = _events(nlp, text)
    named = [e for e in events if e["trigger"] == trigger]
    assert named, events
    assert all(e["source_actor"] is None for e in named), events


def test_an_act_with_its_own_possessive_keeps_its_doer(nlp):
    events = _events(nlp, "Russia described its strike on Kyiv as retaliation.")
    strikes = [e for e in events if e["trigger"] == "strike"]
    assert strikes and strikes[0]["source_actor"] == "RUS", events
