"""Event placement and modality kinds a fifth round of reporter-style sets showed, on sentences written for these
tests about fictional actors (Tarsia, Oburn): an act counted by a noun of quantity ("a package of sanctions") takes the
frame of the verb over that noun; a weapon that is the agent of a passive verb of attack is not the event's word (the
verb is); a gathering closed "without" an act says that act did not take place."""

from __future__ import annotations

import pytest

from cablegram.nlp.modality import classify


def _events(nlp, text):
    doc = nlp(text)
    return [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.modality) for e in doc._.cg_events
            if e.spans.get("trigger")]


def test_an_act_counted_by_a_quantity_noun_takes_the_verbs_frame(event_nlp):
    text = "Tarsia's parliament is expected to pass a second package of sanctions on Oburnese oil exports this spring."
    assert ("sanctions", "planned") in _events(event_nlp, text)


def test_a_quantity_noun_carries_the_frame_to_its_act(event_nlp):
    doc = event_nlp("Oburn will impose a raft of sanctions on Tarsian banks.")
    assert classify(doc[:], next(t for t in doc if t.text == "sanctions")).modality == "planned"


@pytest.mark.parametrize("text,word", [
    ("The Tarsian frigate Vell was hit by an anti-ship missile late on Friday.", "hit"),
    ("Tarsian positions along the ridge were hit by artillery fire overnight.", "hit"),
    ("The Oburn refinery was set ablaze by rockets fired from across the river.", "set"),
])
def test_a_weapon_as_passive_agent_is_not_the_events_word(event_nlp, text, word):
    events = _events(event_nlp, text)
    assert (word, "occurred") in events, events
    assert not any(w in ("missile", "fire", "rockets") for w, _ in events), events


def test_a_passive_with_a_person_as_agent_keeps_its_verb(event_nlp):
    """Only a weapon gives way to the verb: a mob that attacked is the source, and the verb stays the event's word."""
    assert ("attacked", "occurred") in _events(event_nlp, "The Tarsian embassy was attacked by a mob on Friday.")


@pytest.mark.parametrize("text,word", [
    ("Oburn's senate ended its session on Thursday without taking up the grain bill.", "taking"),
])
def test_a_gathering_closed_without_an_act(event_nlp, text, word):
    assert (word, "negated") in _events(event_nlp, text)


def test_a_gathering_with_a_cue_of_its_own_stays_the_event(event_nlp):
    """Talks closed without an accord took place: the talks are an event, occurred."""
    events = _events(event_nlp, "After three days in Velm, the fishing talks between Tarsia and Oburn closed without"
                                " signing an accord.")
    assert ("talks", "occurred") in events, events


@pytest.mark.parametrize("text,word", [
    ("Tarsia's foreign ministry said it was weighing the expulsion of an Oburnese military attache.", "expulsion"),
    ("Tarsia's cabinet is mulling the expulsion of Oburn's trade envoy after the port dispute.", "expulsion"),
])
def test_an_act_a_government_considers_is_the_event_not_the_considering(event_nlp, text, word):
    """A verb of considering with an act noun as object: the act is the event, hypothetical (the considering itself is
    no event of the act's type, and it did not occur as an expulsion)."""
    events = _events(event_nlp, text)
    assert (word, "hypothetical") in events, events
    assert not any(m == "occurred" for _, m in events), events


def test_a_cue_in_an_inverted_condition_is_not_the_event(event_nlp):
    """A condition opened by "Should" with no "if" is a condition all the same: its cue ("collapse" of a ceasefire,
    "reject") is not the event; the consequence is, hypothetical, and typed on its own words (the shelling's ASSAULT,
    not the condition's type; "impose tariffs": SANCTION, a trade restriction)."""
    doc = event_nlp("Should the ceasefire collapse, Tarsia may resume its shelling of the coastal towns.")
    events = [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.type, e.modality) for e in doc._.cg_events
              if e.spans.get("trigger")]
    assert events == [("resume", "ASSAULT", "hypothetical")], events
    doc = event_nlp("Should Oburn reject the offer, Tarsia would impose tariffs on Oburnese grain.")
    assert not any(e.type == "REJECT" for e in doc._.cg_events), doc._.cg_events
    assert [(e.type, e.modality) for e in doc._.cg_events] == [("SANCTION", "hypothetical")], doc._.cg_events