"""Modality kinds found on the development part of the second fresh set (tests/data/modality_fresh2.jsonl, real
sentences of ../shared/data named by reference only): sentences written for this test about fictional actors,
and the set's own figures against floors (development set; skipped without ../shared/data)."""

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
    # "neither X nor Y": the parser makes "neither" a preconjunct of the subject
    ("Neither Brevia nor Ostland will accept the plan.", "accept", "negated"),
    # a time word of a clause under the trigger dates that clause, not the trigger
    ("The Ostland cabinet is pressuring the dockers to call off the strike planned for next week.", "pressuring",
     "occurred"),
    ("The Ostland cabinet meets the dockers next week.", "meets", "planned"),
    # an event noun counted by "a round of" stands as the subject of "is due to"
    ("A new round of talks between Brevia and Ostland is due to be held in Tarsk.", "talks", "planned"),
    # an open question is not negated by the negation of "is not clear"
    ("It is not clear whether Brevia will retaliate against Ostland.", "retaliate", "hypothetical"),
    # the infinitive of a plan or decision held by a light or announcing verb
    ("The Ostland ministry announced plans to expel the Brevian envoy.", "expel", "planned"),
    ("Ostland has not made any decision to send troops to Brevia.", "send", "negated"),
])
def test_modality_kinds(bare_nlp, text, word, expected):
    from cablegram.nlp.modality import classify

    sent = _sent(bare_nlp, text)
    assert classify(sent, _token(sent, word)).modality == expected


@pytest.mark.parametrize("text,event", [
    ("It is not clear whether Brevia will retaliate against Ostland.", "retaliate"),
    ("It remains unclear if Ostland will join the talks in Tarsk.", "join"),
    ("Ostland has not made any decision to send troops to Brevia.", "send"),
    ("The Ostland ministry announced plans to expel the Brevian envoy.", "expel"),
    ("The Ostland ministry approved a plan to build a dam.", "approved"),  # approving a plan is an act of its own
])
def test_main_event_of_questions_and_plans(bare_nlp, text, event):
    from cablegram.nlp.modality import main_event_token

    assert main_event_token(_sent(bare_nlp, text)).text == event


def test_main_event_under_a_heading_misparsed_as_root(bare_nlp):
    """A dateline the parser made the root, with the sentence's verb as its clause ("Tarsk: the government will
    sign …" parsed with "sign" under "Tarsk"): the event is the verb with a subject of its own."""
    from spacy.tokens import Doc

    from cablegram.nlp.modality import main_event_token

    words = ["Tarsk", ":", "The", "government", "will", "sign", "an", "accord", "."]
    doc = Doc(bare_nlp.vocab, words=words, heads=[0, 0, 3, 5, 5, 0, 7, 5, 0],
              deps=["ROOT", "punct", "det", "nsubj", "aux", "acl", "det", "dobj", "punct"],
              pos=["PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert main_event_token(doc[:]).text == "sign"
    # a noun root with a participle and no subject of its own keeps the root ("Talks held in Tarsk")
    doc = Doc(bare_nlp.vocab, words=["Talks", "held", "in", "Tarsk"], heads=[0, 0, 1, 2],
              deps=["ROOT", "acl", "prep", "pobj"], pos=["NOUN", "VERB", "ADP", "PROPN"])
    assert main_event_token(doc[:]).text == "Talks"


def _on(events, word):
    return [e for e in events if e.trigger == word]


def test_agreed_act_is_an_event_planned(event_nlp):
    """An act agreed to is an event of its own beside the agreement, planned ("agreed to hold talks": the talks,
    on the support verb or its object), and the agreement itself has been made."""
    events = event_nlp("Brevia and Ostland agreed to hold talks on the border dispute.")._.cg_events
    talks = [e for e in events if e.trigger in ("hold", "talks")]
    assert talks and {(e.type, e.modality) for e in talks} == {("CONSULT", "planned")}, [(e.trigger, e.type) for e in events]
    assert {e.modality for e in _on(events, "agreed")} == {"occurred"}, [(e.trigger, e.type) for e in events]


def test_counted_act_agreed_is_planned(event_nlp):
    """ "agreed to hold a second round of talks": the talks the round counts are the act, planned."""
    events = event_nlp("Brevia and Ostland agreed to hold a second round of talks in Tarsk.")._.cg_events
    assert {(e.type, e.modality) for e in _on(events, "talks")} == {("CONSULT", "planned")}, [
        (e.trigger, e.type) for e in events]


def test_prepared_act_is_an_event_planned(event_nlp):
    """A frame of planning coded as an act of its own ("is preparing to launch an offensive": MOBILIZE) leaves the
    act prepared its own event, planned."""
    events = event_nlp("The Ostland army is preparing to launch an offensive on the Brevian town of Tarsk.")._.cg_events
    assert {(e.type, e.modality) for e in _on(events, "offensive")} == {("ASSAULT", "planned")}, [
        (e.trigger, e.type) for e in events]


def test_promised_aid_stays_one_agreement(event_nlp):
    """A promised delivery of aid is tracked as a commitment: the promise is the sentence's one event."""
    events = event_nlp("Brevia promised to send food and tents to Ostland.")._.cg_events
    assert {e.trigger for e in events} == {"promised"}, [(e.trigger, e.type) for e in events]


@pytest.mark.parametrize("text,word", [
    ("The Brevian president cancelled a planned visit to Ostland.", "visit"),
    ("The Ostland government postponed the talks with Brevia.", "talks"),
    ("The planned visit of the Brevian president to Ostland was cancelled.", "visit"),
])
def test_stopped_act_is_an_event_negated(event_nlp, text, word):
    events = event_nlp(text)._.cg_events
    assert _on(events, word), [(e.trigger, e.type) for e in events]
    assert {e.modality for e in _on(events, word)} == {"negated"}


@pytest.mark.parametrize("text,word", [
    ("The Brevian minister criticised Ostland and accused it of shelling the border town.", "shelling"),
    ("Ostland accused Brevia of attacking a convoy near Tarsk.", "attacking"),
    # a denial of taking part in an act leaves the act as it happened
    ("The Brevian government denied any involvement in the attack on the Ostland embassy.", "attack"),
])
def test_accused_or_denied_part_in_act_is_an_event_of_its_own(event_nlp, text, word):
    events = event_nlp(text)._.cg_events
    assert _on(events, word), [(e.trigger, e.type) for e in events]
    assert {(e.type, e.modality) for e in _on(events, word)} == {("ASSAULT", "occurred")}


def test_support_verb_object_is_the_trigger(event_nlp):
    """ "issued an ultimatum, warning that …": the event sits on the ultimatum, not on the participle."""
    events = event_nlp("Brevia issued an ultimatum to Ostland, warning that it would close the border.")._.cg_events
    assert [e.trigger for e in events if e.type == "THREATEN"][:1] == ["ultimatum"], [(e.trigger, e.type) for e in events]


def test_fresh2_development_figures(shared_data, event_nlp):
    """The events component on the development part of the second fresh set (floors in
    tests/data/event_floors.json, fail when more than 0.02 below)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(shared_data, event_nlp, eval_modality.FRESH2, "dev")
    assert result["n"] >= 55
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh2_dev_given_trigger_macro_f1"] - 0.02, result
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh2_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh2_dev_system_macro_f1"] - 0.02, system
