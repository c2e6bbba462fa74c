"""Modality kinds a fourth round of reporter-style sets showed, on sentences written for these tests about fictional
actors (Veldra, Korvania, the town of Ismen): an act moved to a new date is still planned, one put off with no date (or
"until further notice") is not to take place."""

from __future__ import annotations

import pytest

from cablegram.nlp.modality import classify


def _modality(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify(doc[:], trigger).modality


@pytest.mark.parametrize("text,word,modality", [
    # a new date: the act is still to come
    ("Korvania's foreign ministry said on Tuesday it had postponed next week's border talks with Veldra until 14 April"
     " because of the floods.", "talks", "planned"),
    ("Because of the storm, Korvania postponed its summit with Veldran ministers to Friday.", "summit", "planned"),
    ("Parliament in Ismen pushed the budget debate back to next month.", "debate", "planned"),
    ("Veldran officials deferred the grain census until the spring.", "census", "planned"),
    ("A visit by the Korvanian trade minister to Ismen was rescheduled for 9 June.", "visit", "planned"),
    # no date, or none to be had: the stopping verb's negation stands
    ("Citing the floods, Veldra has indefinitely postponed its census.", "census", "negated"),
    ("Korvania postponed the summit in Ismen until further notice.", "summit", "negated"),
    ("The meeting of the two defence chiefs was postponed to a later date.", "meeting", "negated"),
    ("Korvania called off the summit with Veldra until next year.", "summit", "negated"),
])
def test_a_rescheduled_act(event_nlp, text, word, modality):
    assert _modality(event_nlp, text, word) == modality


def test_pushing_without_back_is_no_rescheduling(event_nlp):
    """"push" moves a date only with "back": troops pushed to a river moved, whatever date follows."""
    assert _modality(event_nlp, "Veldran troops pushed the rebels to the river on Monday.", "rebels") == "occurred"


def _events_on(nlp, text):
    return {e.trigger: e for e in nlp(text)._.cg_events}


@pytest.mark.parametrize("text,word,modality", [
    # a state's armed units going into a place, no cue word: an incursion, an ASSAULT on the verb
    ("Before dawn on Saturday a Korvanian armoured battalion pushed into Veldran territory north of Ismen, according"
     " to a Veldran army statement.", "pushed", "occurred"),
    ("Veldran tanks rolled into the border town of Ismen on Sunday.", "rolled", "occurred"),
    # where they came from is no reason to go: still an incursion
    ("Korvanian armoured units pushed into the Veldran border district from their home base in the north.", "pushed",
     "occurred"),
    ("Residents of Ismen say Korvanian soldiers entered the town on Friday night.", "entered", "occurred"),
    ("Veldran soldiers never crossed into Korvanian territory, their commander told reporters on Sunday.", "crossed",
     "negated"),
])
def test_an_incursion_without_a_cue_word(event_nlp, text, word, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert (events[word].type, events[word].modality) == ("ASSAULT", modality)


@pytest.mark.parametrize("text,word", [
    # people who are no armed units, peacekeepers and police are no incursion
    ("Hundreds of Korvanian migrants crossed into Veldra last week.", "crossed"),
    ("UN peacekeeping troops entered Ismen on Monday to guard the bridge.", "entered"),
    ("Veldran police entered the town hall of Ismen on Tuesday.", "entered"),
    # a place is needed: units that enter service or talks go into no place
    ("Veldra's new tanks entered service with the army in May.", "entered"),
    # a parade, a withdrawal, an agreed entry, an exercise: the units go there for no attack
    ("Veldran tanks rolled into the main square of Ismen for the independence day parade.", "rolled"),
    ("The Korvanian battalion entered Korvanian territory on its way home from Ismen.", "entered"),
    ("Korvanian army units entered the town of Ismen under a deal with its council.", "entered"),
    ("Veldran marines entered Korvanian waters for a joint exercise with its navy.", "entered"),
])
def test_no_incursion(event_nlp, text, word):
    events = _events_on(event_nlp, text)
    assert word not in events or events[word].type != "ASSAULT", {w: e.type for w, e in events.items()}


@pytest.mark.parametrize("text,word,etype,modality", [
    # signing an agreement (CAMEO 057, SUPPORT as the plv and PLOVER 2016 records code it): the event sits on the
    # signing verb, with the act's own modality; a refused signing is negated beside the refusal; an announced one is
    # an intent to cooperate (AGREE)
    ("A spokeswoman said Korvania's cabinet had refused to sign Veldra's draft agreement on sharing the river's water.",
     "sign", "SUPPORT", "negated"),
    ("Veldran and Korvanian rail companies signed an agreement on Monday to run a night train to Ismen.", "signed",
     "SUPPORT", "occurred"),
    ("After two days of talks the delegates of Veldra and Korvania signed a protocol on river shipping.", "signed",
     "SUPPORT", "occurred"),
    ("The two defence ministers will sign a memorandum on border patrols in Ismen next week.", "sign", "AGREE",
     "planned"),
])
def test_the_signing_verb_is_the_act(event_nlp, text, word, etype, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert (events[word].type, events[word].modality) == (etype, modality)


@pytest.mark.parametrize("text,word,modality", [
    # a headline's participle of a stopping verb with no "were": its subject is what was stopped, an event of its own
    ("Korvanian president's visit to Ismen scrapped", "visit", "negated"),
    ("Korvanian tanker drivers' strike called off after pay deal", "strike", "negated"),
    ("Ismen summit of Korvanian and Veldran ministers called off, state radio says", "summit", "negated"),
    # moved to a new date it is still planned
    ("Korvania-Veldra fisheries talks postponed until May", "talks", "planned"),
])
def test_a_headline_stopped_act(event_nlp, text, word, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == modality


def test_a_headline_verb_with_an_object_is_active(event_nlp):
    """With an object the participle is the active past ("Veldra cancelled talks"): its subject did the stopping."""
    assert _modality(event_nlp, "Veldra cancelled talks with Korvania", "Veldra") == "occurred"


@pytest.mark.parametrize("text,word", [
    # an act asked for is not done: hypothetical, whether it is the object of "for" or of a verb of demanding
    ("Church leaders in Ismen called for talks between Veldra and Korvania.", "talks"),
    ("The Red Crescent appealed for a ceasefire around Ismen's hospital.", "ceasefire"),
    ("Korvania pressed for the release of the Veldran crew.", "release"),
])
def test_an_act_asked_for(event_nlp, text, word):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == "hypothetical"
    assert any(e.type == "REQUEST" for e in events.values()), sorted(events)


def test_the_end_of_an_act_asked_for_is_not_the_act(event_nlp):
    """"called for an end to the shelling": what is asked for is the end; the shelling goes on."""
    events = _events_on(event_nlp, "Veldra called for an end to the shelling of Ismen by Korvanian guns.")
    assert "shelling" not in events or events["shelling"].modality == "occurred"
