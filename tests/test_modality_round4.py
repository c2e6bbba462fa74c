"""Events on the act a frame names, not on the frame, for the kinds the eighth and ninth reporter-style sets showed once
their final parts were scored, on sentences written for these tests about fictional actors (Veldra, Korvania, the town
of Ismen): an act in the clause of a denial, the verb of an act whose object names no act ("declined to sign the law"),
the act of a shelved plan (with or without a named actor), a denied act of aircraft, a weighed ground operation, the act
a verb of confirming names as its object ("declined to confirm the arrest")."""

from __future__ import annotations

import pytest


def _events_on(nlp, text):
    doc = nlp(text)
    return {e.trigger: e for e in doc._.cg_events}


@pytest.mark.parametrize("text,word,modality", [
    # the act a denial's clause states, done by someone: negated, an event of its own beside the denial
    ("The Veldran army denied that its warplanes had flown over Ismen last week.", "flown", "negated"),
    ("Korvania's interior ministry denied that police had searched the offices of the Ismen daily.", "searched",
     "negated"),
    # a verb whose object names no act is the act ("declined to sign the law"), not the object
    ("The Korvanian president declined to sign the new budget law on Thursday.", "sign", "negated"),
    ("Veldra refused to open the Ismen crossing to lorries from Korvania.", "open", "negated"),
    # the act of a plan that is shelved or abandoned, by a named actor or a noun of one
    ("Veldra has shelved plans to purchase ten helicopters from Korvania, a spokesman said.", "purchase", "negated"),
    ("The navy has abandoned plans to open a second base in Ismen.", "open", "negated"),
    # a negated temporal adverb in reported speech on an act of aircraft
    ("Korvania's air force said its jets had never flown over Veldran territory.", "flown", "negated"),
    # the parser may tag the plan noun a verb ("shelved [plans] to acquire"): the act is still the plan's, negated
    ("The Veldran cabinet shelved plans to acquire two submarines from a Korvanian yard.", "acquire", "negated"),
    # what is not confirmed is open; the act a verb of confirming names as its object, not the verb, is the event
    ("The Korvanian foreign ministry declined to confirm the arrest of two Veldran aid workers in Ismen.", "arrest",
     "hypothetical"),
    # what a possibility left open names, a happening with no cue word of its own: open
    ("A senior Veldran officer said the risk of violence in Ismen cannot be ruled out.", "violence", "hypothetical"),
    ("Korvania's army chief did not rule out the possibility of a wider war.", "war", "hypothetical"),
    # a denied role in an act: the act happened, also when the parser hangs "in" on the verb
    ("The Veldran police denied any role in the killing of a Korvanian trader.", "killing", "occurred"),
    # what a "without" phrase names did not take place
    ("Talks between Veldra and Korvania broke down without an agreement.", "agreement", "negated"),
    # a pronoun subject of a reported clause is the speaker, the act's doer ("the army said it had not …")
    ("The Korvanian army said it had not targeted civilians in Ismen.", "targeted", "negated"),
    # a frame's passive subject is its infinitive's doer
    ("The Veldran envoy is expected to arrive in Ismen on Sunday.", "arrive", "planned"),
    # the gerund of "ruled out" that the parser hangs as an adverbial clause is the act left open
    ("Korvania has not ruled out sending warships to the Ismen strait.", "sending", "hypothetical"),
    # a happening that may spread: the event is the spreading, on its verb
    ("The Veldran interior ministry warned that the fighting could spread to Ismen.", "spread", "hypothetical"),
    # an attempt repelled did not come off
    ("An attempt by Korvanian rebels to storm the Ismen barracks was repelled.", "storm", "negated"),
    # the act whose responsibility is claimed happened, an event of its own beside the claim
    ("Korvanian insurgents claimed responsibility for the ambush on a Veldran patrol near Ismen.", "ambush", "occurred"),
    ("The Veldran police failed in a bid to arrest the smugglers in Ismen.", "arrest", "negated"),
    # a ground operation weighed is a possibility
    ("The Korvanian army is weighing a ground operation against rebel bases near Ismen.", "operation",
     "hypothetical"),
])
def test_events_on_the_framed_act(event_nlp, text, word, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == modality


def test_a_denied_happening_of_things_is_no_act(event_nlp):
    """A denial that a thing did something ("denied that the flood had damaged the dam") names no one's act: no event
    on it, only the denial."""
    events = _events_on(event_nlp, "The Veldran water ministry denied that the flood had damaged the Ismen dam.")
    assert "damaged" not in events, {w: (e.type, e.modality) for w, e in events.items()}


def test_the_refusal_stays_beside_the_refused_act(event_nlp):
    """The refusal is an act that happened (REJECT, occurred) beside the act refused (negated)."""
    events = _events_on(event_nlp, "The Korvanian president declined to sign the new budget law on Thursday.")
    assert events["declined"].type == "REJECT" and events["declined"].modality == "occurred", sorted(events)


def test_an_unconfirmed_report_is_no_act(event_nlp):
    """What a verb of confirming names as its object is an act only when it names one ("declined to confirm the report":
    no event on the report, nor on the confirming)."""
    events = _events_on(event_nlp, "The Veldran cabinet refused to confirm the report on Tuesday.")
    assert "report" not in events and "confirm" not in events, {w: (e.type, e.modality) for w, e in events.items()}


def test_an_act_left_open_is_no_refusal(event_nlp):
    """Not ruling out an act is no REJECT: the event on the act left open has the act's own type."""
    events = _events_on(event_nlp, "Korvania has not ruled out sending warships to the Ismen strait.")
    assert events["sending"].type != "REJECT", {w: (e.type, e.modality) for w, e in events.items()}
