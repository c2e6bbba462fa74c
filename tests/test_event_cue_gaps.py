"""Acts the coder missed or miscoded (issue 12, kinds left by the modality and analyst passes), through the
full pipeline.

Kinds: acts with no cue word (laying down weapons, breaking off relations, lifting or removing sanctions,
retaking a town, allowing a return, lending, apprehending), a verb of going on with an act coded as that
verb's own cue ("pressed ahead with its assault"), an actor's conditional act dropped as a happening's
consequence, and non-acts coded as acts (private people crossing a border, blame put on a cause that is no
actor, a thing that "could see" or "can bring" something). The sentences are written for these tests; the
states and people are fictional.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_cues import build_cue_index, continued_act, find_cues
from cablegram.nlp.event_gates import conditional_consequence


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_cue_gaps"
    return list(nlp(doc)._.cg_events)


def typed(events) -> set[tuple[str, str]]:
    return {(e.type, e.trigger) for e in events}


@pytest.mark.parametrize("text, etype, trigger", [
    ("The Avarian rebels laid down their weapons on Monday.", "RETREAT", "laid"),
    ("Brelund broke off diplomatic relations with Avaria on Tuesday.", "SANCTION", "broke"),
    ("The Corvian government removed sanctions on Avarian banks.", "CONCEDE", "removed"),
    ("Brelund lifted the sanctions on Avaria after the vote.", "CONCEDE", "lifted"),
    ("Avarian troops retook the town of Mellin from the rebels.", "ASSAULT", "retook"),
    ("Brelund police apprehended two Avarian smugglers near the port.", "COERCE", "apprehended"),
    ("The rebel advance was pushed back by Avarian troops.", "ASSAULT", "pushed"),
])
def test_acts_with_no_cue_word_are_coded(nlp, text, etype, trigger):
    assert (etype, trigger) in typed(events_of(nlp, text)), typed(events_of(nlp, text))


def test_the_act_a_frame_names_is_its_own_event_and_the_frame_keeps_its_type(nlp):
    agreed = typed(events_of(nlp, "The Avarian rebels agreed to lay down their weapons by Friday."))
    assert ("AGREE", "agreed") in agreed and ("RETREAT", "lay") in agreed, agreed
    eased = typed(events_of(nlp, "Brelund agreed to ease sanctions on Avaria."))
    assert ("AGREE", "agreed") in eased and ("CONCEDE", "ease") in eased, eased
    threat = typed(events_of(nlp, "Brelund threatened to sever diplomatic ties with Avaria."))
    assert ("THREATEN", "threatened") in threat and ("SANCTION", "sever") in threat, threat
    back = typed(events_of(nlp, "Avaria agreed to allow the return of refugees from Brelund."))
    assert ("RETREAT", "allow") in back, back


def test_a_refusal_to_lift_sanctions_is_no_concession(nlp):
    events = events_of(nlp, "The Brelund premier said he will not lift the embargo until Avaria frees the crew.")
    assert all(not (e.type == "CONCEDE" and e.modality == "occurred") for e in events), typed(events)


def test_going_on_with_an_assault_is_the_assault_not_a_request(nlp):
    events = events_of(nlp, "Brelund pressed ahead with its assault on the port city.")
    assert any(e.type == "ASSAULT" for e in events) and all(e.type != "REQUEST" for e in events), typed(events)
    doc = nlp("Brelund pressed ahead with its assault on the port city.")
    pressed = next(t for t in doc if t.text == "pressed")
    assert [t.text for t in continued_act(pressed)] == ["assault"]
    urged = nlp("Brelund pressed Avaria to release the crew.")
    assert continued_act(next(t for t in urged if t.text == "pressed")) == []
    assert ("REQUEST", "press") in {(h[1], h[2]) for h in find_cues(urged[:], build_cue_index())}


def test_an_actors_conditional_act_is_a_hypothetical_event(nlp):
    text = "The president of Avaria would veto the bill if the parliament passed it."
    events = events_of(nlp, text)
    assert any(e.trigger == "veto" and e.modality == "hypothetical" for e in events), typed(events)
    doc = nlp(text)
    veto = next(t for t in doc if t.text == "veto")
    assert not conditional_consequence("THREATEN", veto, False)
    happening = nlp("A break-out of fighting would undermine the whole peace process.")
    undermine = next(t for t in happening if t.text == "undermine")
    assert conditional_consequence("THREATEN", undermine, False)


@pytest.mark.parametrize("text, word", [
    ("Dozens of Avarian refugees crossed the border into Brelund overnight.", "crossed"),
    ("He blamed his reaction on the stress of the long campaign.", "blamed"),
    ("The deal could see her family take a flight home next month.", "deal"),
    ("The summit can bring the two rival factions together.", "summit"),
    ("Hostility towards Avaria can bring Brelund and Corvia together.", "bring"),
    ("The battle to bring her home could see her family take the minister to court.", "see"),
    ("The council insists it cannot house the fighters and their families for long.", "house"),
    ("The Brelund parliament pushed back the vote to March.", "pushed"),
])
def test_non_acts_are_no_events(nlp, text, word):
    events = events_of(nlp, text)
    assert all(e.trigger != word for e in events), typed(events)


def test_blame_on_an_actor_stays_an_accusation(nlp):
    events = events_of(nlp, "The Avarian government blamed the bombing on Brelund militias.")
    assert any(e.type == "ACCUSE" for e in events), typed(events)


def test_cannot_with_a_verb_of_accepting_stays_a_refusal(nlp):
    events = events_of(nlp, "Brelund cannot accept the terms of the Corvian offer.")
    assert any(e.type == "REJECT" for e in events), typed(events)


def test_a_killing_only_believed_is_no_accusation(nlp):
    text = "A local paper reported that her family believed she had been killed in a drone strike on Mellin."
    events = events_of(nlp, text)
    assert all(e.type != "ACCUSE" for e in events), typed(events)
    assert any(e.type == "ASSAULT" and e.modality == "hypothetical" for e in events), typed(events)
