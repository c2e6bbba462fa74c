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
    ("Korvania's navy denied that its soldiers had boarded a Veldran ferry off Ismen.", "boarded", "negated"),
    ("Korvania's interior ministry denied that police had searched the offices of the Ismen daily.", "searched",
     "negated"),
    # a verb whose object names no act is the act ("declined to sign the law"), not the object
    ("Veldra's speaker declined to table the opposition's motion on Ismen.", "table", "negated"),
    ("Veldra refused to open the Ismen crossing to lorries from Korvania.", "open", "negated"),
    # the act of a plan that is shelved or abandoned, by a named actor or a noun of one
    ("Veldra has scrapped plans to lease its old frigates to Korvania.", "lease", "negated"),
    ("After the protests the army abandoned plans to reopen the airfield at Ismen.", "reopen", "negated"),
    # a negated temporal adverb in reported speech on an act of aircraft
    ("A Korvanian admiral said the fleet's warships had never anchored off Ismen.", "anchored", "negated"),
    # the parser may tag the plan noun a verb ("shelved [plans] to acquire"): the act is still the plan's, negated
    ("Korvanian ministers shelved plans to lease three tankers to Veldra.", "lease", "negated"),
    # what is not confirmed is open; the act a verb of confirming names as its object, not the verb, is the event
    ("Korvanian police refused to confirm the raid on an Ismen newspaper office.", "raid", "hypothetical"),
    # what a possibility left open names, a happening with no cue word of its own: open
    ("A senior Veldran officer said the danger of unrest in Ismen could not be ruled out.", "unrest", "hypothetical"),
    ("Korvanian generals did not exclude the prospect of unrest around Ismen.", "unrest", "hypothetical"),
    # a denied role in an act: the act happened, also when the parser hangs "in" on the verb
    ("The Veldran police denied any role in the killing of a Korvanian trader.", "killing", "occurred"),
    # what a "without" phrase names did not take place
    ("The Korvanian envoy flew home from Ismen without a deal on fishing rights.", "deal", "negated"),
    # a pronoun subject of a reported clause is the named speaker, the act's doer ("X said it had not …")
    ("Veldra said it had not targeted civilians in Ismen.", "targeted", "negated"),
    # a frame's passive subject is its infinitive's doer
    ("A Veldran trade delegation is expected to land in Ismen late on Thursday.", "land", "planned"),
    # the gerund of "ruled out" that the parser hangs as an adverbial clause is the act left open
    ("Veldran commanders have not ruled out shelling the Ismen rail yard from across the river.", "shelling",
     "hypothetical"),
    # a happening that may spread: the event is the spreading, on its verb
    ("Aid groups fear that violence in Ismen may spill over into Korvania.", "spill", "hypothetical"),
    # an attempt repelled did not come off
    ("An attempt by Korvanian rebels to storm the Ismen barracks was repelled.", "storm", "negated"),
    # the act whose responsibility is claimed happened, an event of its own beside the claim
    ("A little-known Korvanian group claimed responsibility for Sunday's ambush of a Veldran patrol.", "ambush",
     "occurred"),
    ("The Veldran police failed in a bid to arrest the smugglers in Ismen.", "arrest", "negated"),
    # aircraft downed: an act of force
    ("Veldran gunners downed a Korvanian helicopter near Ismen on Tuesday, the army said.", "downed", "occurred"),
    # a quantifier over vehicles (which name agents) that did not arrive
    ("So far none of the lorries loaded in Korvania has entered Ismen, a customs officer said.", "entered",
     "negated"),
    # the event of a consequence, not the noun in its condition
    ("Veldran engineers would rebuild the bridge at Ismen if the truce survives the winter.", "rebuild", "hypothetical"),
    # a ground operation weighed is a possibility
    ("Veldran commanders are contemplating a ground operation in the hills around Ismen.", "operation",
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
    events = _events_on(event_nlp, "Veldra's speaker declined to table the opposition's motion on Ismen.")
    assert events["declined"].type == "REJECT" and events["declined"].modality == "occurred", sorted(events)


def test_an_unconfirmed_report_is_no_act(event_nlp):
    """What a verb of confirming names as its object is an act only when it names one ("declined to confirm the report":
    no event on the report, nor on the confirming)."""
    events = _events_on(event_nlp, "The Veldran cabinet refused to confirm the report on Tuesday.")
    assert "report" not in events and "confirm" not in events, {w: (e.type, e.modality) for w, e in events.items()}


def test_an_act_left_open_is_no_refusal(event_nlp):
    """Not ruling out an act is no REJECT: the event on the act left open has the act's own type."""
    events = _events_on(event_nlp, "Veldran commanders have not ruled out shelling the Ismen rail yard from across "
                                   "the river.")
    assert events["shelling"].type != "REJECT", {w: (e.type, e.modality) for w, e in events.items()}


def test_tools_downed_are_no_assault(event_nlp):
    """"Downed tools" is a strike, not a shooting down: no ASSAULT."""
    events = _events_on(event_nlp, "Dock workers in Ismen downed tools on Monday over unpaid wages.")
    assert all(e.type != "ASSAULT" for e in events.values()), {w: (e.type, e.modality) for w, e in events.items()}


@pytest.mark.parametrize("text,word,modality", [
    # a noun of taking part denied ("any role in", "any part in"), also where the parser hangs the preposition on the
    # verb after it: the act it names happened (events._involved_in)
    ("Veldra's border police denied any role in the kidnapping of a Korvanian journalist.", "kidnapping", "occurred"),
    ("The Korvanian militia denied any part in the bombing of the Ismen bridge.", "bombing", "occurred"),
    # a noun of a happening with no actor that a frame names through a danger "of" it: an open possibility
    # (events._bare_acts, non_act.frames.happening_nouns)
    ("Korvania's defence minister warned of the danger of open war over the Ismen dam.", "war", "hypothetical"),
    ("The Veldran interior ministry warned of the threat of an insurgency in the Ismen hills.", "insurgency",
     "hypothetical"),
    # a noun of possibility as the passive subject of "ruled out": the act it names is left open
    # (events._ruled_out, hedge.possibility_nouns)
    ("Korvanian election monitors said the threat of violence on polling day could not be ruled out.", "violence",
     "hypothetical"),
    ("Police in Ismen said the danger of riots after the vote could not be ruled out.", "riots", "hypothetical"),
])
def test_acts_named_by_nouns_of_taking_part_happening_and_possibility(event_nlp, text, word, modality):
    """The three kinds of nouns in nlp/events.py that name the act a frame is about: a denied role in an act
    (``_involved_in``), a happening a warning's danger names (``_bare_acts``), the act a noun of possibility names
    under "ruled out" (``_ruled_out``)."""
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == modality
