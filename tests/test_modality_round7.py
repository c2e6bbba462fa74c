"""Modality kinds a sixth round of reporter-style sets showed, on sentences written for these tests about fictional
actors (Tarsia, Oburn, the port of Vell): an act noun under the infinitive of "is to" takes that plan; an event noun
that "would" take place, in what a source said, is planned (future in the past), not a forecast."""

from __future__ import annotations

import pytest

from cablegram.nlp.modality import classify


def _modality(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify(doc[:], trigger).modality


def _events(nlp, text):
    doc = nlp(text)
    return [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.modality) for e in doc._.cg_events
            if e.spans.get("trigger")]


@pytest.mark.parametrize("text,word", [
    ("Tarsia's cabinet is to renegotiate its trade agreements with Oburn, the minister said.", "agreements"),
    ("The two navies are to hold joint exercises off Vell in the spring, officials said.", "exercises"),
])
def test_an_act_noun_under_is_to_is_planned(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "planned"


def test_an_act_noun_under_is_to_as_the_event(event_nlp):
    events = _events(event_nlp, "Tarsia's cabinet is to renegotiate its trade agreements with Oburn, the minister said.")
    assert events and all(m == "planned" for _, m in events), events


def test_is_without_an_infinitive_states_a_fact(event_nlp):
    """A copula before a noun, and "is" as a passive auxiliary, say nothing of a plan."""
    assert _modality(event_nlp, "The blockade of Vell is a violation of the truce, Tarsia said.", "blockade") == "occurred"


@pytest.mark.parametrize("text,word", [
    ("Oburn's foreign ministry said that the peace talks would go ahead in Vell.", "talks"),
    ("Tarsia insisted that the summit with Oburn would take place as scheduled, despite the shelling, an aide said.",
     "summit"),
])
def test_an_event_noun_that_would_take_place_in_reported_speech_is_planned(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "planned"


@pytest.mark.parametrize("text,word", [
    ("Diplomats said the talks would collapse without a new offer from Oburn.", "talks"),
    ("The talks would go ahead if Tarsia withdrew its ships from Vell.", "talks"),
    ("Tarsian officials said the talks could go ahead in Vell.", "talks"),
])
def test_a_forecast_or_condition_on_an_event_noun_stays_hypothetical(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "hypothetical"
