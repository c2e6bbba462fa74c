"""Event participants described by an office or relation noun with the person named beside it ("met his
<nationality> counterpart <Name>", "the <nationality> foreign minister <Name> met …"): the slot is the named
person, not the nationality adjective of the description. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    return [e.to_dict() for e in nlp(text)._.cg_events]


@pytest.mark.parametrize("text, etype, source, target", [
    # a nationality adjective on "counterpart" with the name in apposition
    ("Emmanuel Macron held talks with his German counterpart Olaf Scholz in Paris on Monday.", "CONSULT",
     "PER.FRA.emmanuel-macron", "PER.DEU.olaf-scholz"),
    ("The French president, Emmanuel Macron, met his German counterpart Olaf Scholz in Lyon.", "CONSULT",
     "PER.FRA.emmanuel-macron", "PER.DEU.olaf-scholz"),
    ("Sergei Lavrov accused his American counterpart Antony Blinken of lying.", "ACCUSE",
     "PER.RUS.sergey-lavrov", "PER.USA.antony-blinken"),
    # the name after a comma: the named person, not whoever holds the office today
    ("Emmanuel Macron accused his Brazilian counterpart, Jair Bolsonaro, of lying about the Amazon fires.", "ACCUSE",
     "PER.FRA.emmanuel-macron", "PER.BRA.jair-bolsonaro"),
    # "opposite number" and "colleague": the name in apposition, or the relation noun a compound of the name
    ("Olaf Scholz met his Indian opposite number Narendra Modi in Berlin on Friday.", "CONSULT",
     "PER.DEU.olaf-scholz", "PER.IND.narendra-modi"),
    ("Antony Blinken met his Russian colleague Sergei Lavrov in Geneva.", "CONSULT",
     "PER.USA.antony-blinken", "PER.RUS.sergey-lavrov"),
    # the source side: a title with a nationality adjective and the name after it
    ("The Chinese foreign minister Wang Yi met his Russian colleague Sergei Lavrov in Beijing.", "CONSULT",
     "PER.CHN.wang-yi", "PER.RUS.sergey-lavrov"),
])
def test_the_person_named_beside_a_described_office_is_the_participant(nlp, text, etype, source, target):
    events = [e for e in _events(nlp, text) if e["type"] == etype]
    assert events, _events(nlp, text)
    assert (events[0]["source_actor"], events[0]["target_actor"]) == (source, target), events


@pytest.mark.parametrize("text, target", [
    # no name beside the description, and the possessor holds no state office on the date: the state its adjective
    # names stays the target
    ("Olaf Scholz met his French counterpart in Paris.", "FRA"),
])
def test_a_description_without_a_name_keeps_its_state(nlp, text, target):
    events = [e for e in _events(nlp, text) if e["type"] == "CONSULT"]
    assert events and events[0]["target_actor"] == target, events


def test_a_description_without_a_name_is_the_holder_of_the_possessors_office(nlp):
    # the possessor holds a state office: his "<nationality> opposite number" is that state's holder of the same
    # office on the date (the actor resolver's counterpart rule), a person of that state, not the state itself
    events = [e for e in _events(nlp, "Narendra Modi met his Japanese opposite number in Tokyo.")
              if e["type"] == "CONSULT"]
    assert events and str(events[0]["target_actor"]).startswith("PER.JPN."), events


def test_a_place_in_apposition_is_no_person_to_take(nlp):
    # "the Ukrainian city of Kharkiv": no person named; the slots keep their states
    events = _events(nlp, "Russian forces shelled the Ukrainian city of Kharkiv on Monday.")
    assert events and not any(str(e["target_actor"] or "").startswith(("PER.", "person:")) for e in events), events
