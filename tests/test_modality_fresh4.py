"""Modality kinds found on the development part of the fourth fresh set (tests/data/modality_fresh4.jsonl, real
sentences of ../shared/data named by reference only): sentences written for this test about fictional actors
(Brevia, Ostland, the town of Tarsk), and the set's own figures against floors (development set; skipped without
../shared/data)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))


def _sent(nlp, text):
    return next(iter(nlp(text).sents))


def _token(sent, word):
    return next(t for t in sent if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    # a negative quantifier on the subject of an adjective of readiness reaches the act it is ready for
    ("No one in the Ostland cabinet is eager to attack Brevia.", "attack", "negated"),
    ("No country is ready to send troops to Tarsk.", "send", "negated"),
    ("Every minister in the Ostland cabinet is eager to attack Brevia.", "attack", "occurred"),
    # a denied responsibility is a denied taking part: the act it is for happened
    ("Ostland denied its militia was responsible for the attack on Tarsk.", "attack", "occurred"),
    ("Ostland denied that its militia attacked Tarsk.", "attacked", "negated"),
    # the act a denied report names with "of" and a gerund did not happen; a confirmed one did
    ("Brevia refuted reports of withdrawing its ambassador from Ostland.", "withdrawing", "negated"),
    ("Brevia confirmed reports of withdrawing its ambassador from Ostland.", "withdrawing", "occurred"),
    # a predicate that excludes the act its subject names
    ("Ostland officials said that lifting the embargo on Brevia is out of the question.", "lifting", "negated"),
    ("A military solution in Tarsk is off the table, the Brevian minister said.", "solution", "negated"),
    ("Ostland officials said that lifting the embargo on Brevia is under review.", "lifting", "occurred"),
    # an attempt that failed: its act did not come off; an attempt alone is a plan
    ("Brevian envoys sought to change the Ostland president's mind, without success.", "change", "negated"),
    ("Brevian envoys tried in vain to stop the Ostland convoy.", "stop", "negated"),
    ("Brevian envoys sought to change the Ostland president's mind.", "change", "planned"),
    ("The talks in Tarsk ended without success.", "talks", "occurred"),
    # "not yet" says the act has not come yet
    ("The Ostland foreign minister has not yet responded to the Brevian proposal.", "responded", "negated"),
    # an announced deal has been made; another announced act is a plan
    ("Brevia announced a deal with Ostland on grain exports.", "deal", "occurred"),
    ("Brevia announced the deployment of two battalions to Tarsk.", "deployment", "planned"),
    # kinds of the hidden set's description found on sentences written for this test (not on the set)
    ("It is unlikely that Ostland will withdraw its troops.", "withdraw", "hypothetical"),
    ("It is possible that Brevia will attack Tarsk.", "attack", "hypothetical"),
    ("It is clear that Brevia will attack Tarsk.", "attack", "planned"),
    ("Brevia dismissed the idea of sending troops to Tarsk.", "sending", "negated"),
    ("Ostland has denied reports that it plans to attack Tarsk.", "attack", "negated"),
    ("Brevia refused to confirm that it had sent troops to Tarsk.", "sent", "hypothetical"),
    ("Brevia refused to send troops to Tarsk.", "send", "negated"),
    # kinds of an analyst's review of untuned texts: a decision dated by a year was carried out;
    # an act counted or hoped on from others may not come
    ("The Ostland president's 2003 decision to invade Brevia was a blunder.", "invade", "occurred"),
    ("The 2013 decision not to act was a mistake.", "act", "negated"),
    ("Ostland took the decision to send troops to Tarsk.", "send", "planned"),
    ("Ostland is counting on support from Brevia in the dispute over Tarsk.", "support", "hypothetical"),
    ("Brevia is hoping for help from Ostland.", "help", "hypothetical"),
    ("Brevia received help from Ostland.", "help", "occurred"),
    ("Brevia looked on the attack with horror.", "attack", "occurred"),
    # a second analyst's review of untuned texts: the "for X to" clause of an extraposed adjective of possibility
    ("It was possible for Ostland to renege on its agreement with Brevia.", "renege", "hypothetical"),
    ("It is unlikely for Brevia to withdraw its troops from Tarsk.", "withdraw", "hypothetical"),
    ("It was hard for Ostland to attack Tarsk.", "attack", "occurred"),
])
def test_modality_kinds(bare_nlp, text, word, expected):
    from cablegram.nlp.modality import classify

    sent = _sent(bare_nlp, text)
    assert classify(sent, _token(sent, word)).modality == expected


@pytest.mark.parametrize("text,reported", [
    # analyst N9: a narrative sentence whose participant is said to have said something is no reported speech
    ("Ostland expelled the envoy, tweeting that he had said too much.", False),
    ("Ostland expelled the envoy after officials said he had spied.", False),
    ("Brevian troops shelled Tarsk overnight, the Ostland ministry said.", True),
    ("Brevian troops shelled Tarsk, as the Ostland ministry said.", True),
    ("Ostland said it would expel the envoy.", True),
])
def test_reported_speech_is_the_sentence_source(bare_nlp, text, reported):
    from cablegram.nlp.modality import classify

    assert classify(_sent(bare_nlp, text)).reported_speech is reported


def test_not_yet_is_no_refusal(bare_nlp):
    """ "has not yet responded" carries the cue "yet", as "has yet to respond" does: the events component keeps such a
    negation as the act's (not a refusal that happened)."""
    from cablegram.nlp.modality import classify

    sent = _sent(bare_nlp, "The Ostland foreign minister has not yet responded to the Brevian proposal.")
    assert classify(sent, _token(sent, "responded")).cue == "yet"
    sent = _sent(bare_nlp, "The Ostland foreign minister has not responded to the Brevian proposal.")
    assert classify(sent, _token(sent, "responded")).cue == "not"


def _on(events, word):
    return [e for e in events if e.trigger == word]


def _shown(events):
    return [(e.trigger, e.type, e.modality, e.confidence) for e in events]


@pytest.mark.parametrize("text,frame,word,modality", [
    # the act agreed, pledged or accused of has no cue word: an event of its own with the act's modality
    ("Ostland agreed to widen the corridor to Tarsk.", "agreed", "widen", "planned"),
    ("Ostland pledged to rebuild the bridge at Tarsk.", "pledged", "rebuild", "planned"),
    ("The Brevian militia accused Ostland guards of mistreating the prisoners in Tarsk.", "accused", "mistreating",
     "occurred"),
])
def test_an_act_without_a_cue_word_is_an_event_of_its_own(event_nlp, text, frame, word, modality):
    """The frame keeps its own event, as it happened; the act it names is coded with its own modality and a type
    the classifier guesses, under the confident default (shown only on request)."""
    from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE

    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, frame)} == {"occurred"}, _shown(events)
    acts = _on(events, word)
    assert acts and {e.modality for e in acts} == {modality}, _shown(events)
    assert all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in acts), _shown(events)
    assert all(e.type != _on(events, frame)[0].type for e in acts), _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    # the act of a refusal or failure, cue word or not, is negated beside the refusal
    ("Ostland refused to reopen the crossing at Tarsk.", "reopen", "negated"),
    ("Ostland failed to rebuild the bridge at Tarsk.", "rebuild", "negated"),
    # the act a threat noun's clause names, under a condition
    ("The move followed threats by the Ostland leader that he would close the border unless Brevia paid its debts.",
     "close", "hypothetical"),
    # a clause that is the subject of a predicate excluding it
    ("Ostland officials said that lifting the embargo on Brevia is out of the question.", "lifting", "negated"),
    # what a denied report's plan plans, what a refused confirmation would have said (sentences written for this
    # test, kinds of the hidden set's description)
    ("Ostland has denied reports that it plans to attack Tarsk.", "attack", "negated"),
    ("Brevia refused to confirm that it had sent troops.", "sent", "hypothetical"),
])
def test_a_framed_act_is_coded_on_its_own_words(event_nlp, text, word, modality):
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)


def test_a_sentence_of_sequence_reports_its_clause(bare_nlp, event_nlp):
    """ "The move came after X said it would Y": the news is Y, not the move's coming; an event noun's coming is its
    own ("The attack came as …")."""
    from cablegram.nlp.modality import main_event_token

    sent = _sent(bare_nlp, "The move came after Ostland said it would expel the Brevian envoy.")
    assert main_event_token(sent).text == "expel"
    sent = _sent(bare_nlp, "The attack came as Brevian troops massed on the border.")
    assert main_event_token(sent).text == "came"
    events = event_nlp("The development came a day after Ostland said it would close the border if Brevia sent "
                       "troops.")._.cg_events
    assert {e.modality for e in _on(events, "close")} == {"hypothetical"}, _shown(events)


def test_a_promised_aid_stays_the_promise(event_nlp):
    """An AID promised is the promise's one AGREE (tracked as a commitment), cue word or not."""
    events = event_nlp("Ostland promised to send medical supplies to Brevia.")._.cg_events
    assert {e.trigger for e in events} == {"promised"}, _shown(events)


@pytest.mark.parametrize("text,word,expected", [
    ("Ostland denied its militia was responsible for the attack on Tarsk.", "attack", ("ASSAULT", "occurred")),
    ("Brevia refuted reports of withdrawing its ambassador from Ostland.", "withdrawing", (None, "negated")),
])
def test_what_a_denial_names_is_an_event(event_nlp, text, word, expected):
    events = event_nlp(text)._.cg_events
    found = {(e.type if expected[0] else None, e.modality) for e in _on(events, word)}
    assert found == {expected}, _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    ("The Ostland foreign minister has not yet responded to the Brevian proposal.", "responded", "negated"),
    ("The Brevian president could turn to Ostland for help.", "turn", "hypothetical"),
])
def test_an_uncued_main_act_keeps_its_modality(event_nlp, text, word, modality):
    """A main verb with no cue word and an actor as subject, negated, planned or possible, is an event on its own
    word even when the classifier is unsure of its type (a REJECT read from the negation is no refusal)."""
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)


def test_a_plain_uncued_happening_of_a_thing_is_no_event(event_nlp):
    """No actor is the subject: no event ("hostility can bring them together")."""
    events = event_nlp("Hostility towards Avaria can bring Brelund and Corvia together.")._.cg_events
    assert not _on(events, "bring"), _shown(events)


def test_fresh4_development_figures(shared_data, event_nlp):
    """The events component on the development part of the fourth fresh set (floors in
    tests/data/event_floors.json, fail when more than 0.02 below)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(shared_data, event_nlp, eval_modality.FRESH4, "dev")
    assert result["n"] >= 50
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh4_dev_given_trigger_macro_f1"] - 0.02, result
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh4_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh4_dev_system_macro_f1"] - 0.02, system
