"""Event kinds of the thirteenth written set's dev misses (issue 12, ``benchmarks/eval_events_written.py --set
fresh13``), fixed in general on sentences of our own: the staff of another state's mission ordered out is an expulsion (SANCTION);
a finite verb the parser hangs on the main verb's own infinitive complement is the subject's second act, of the same
type too; a phrase naming who tells of a deployment
names no receiver of it (MOBILIZE, not AID); an adverbial clause of time whose subject names
an actor in its own words ("after rebels backed by X killed …") is its own act; an AGREE on the verb that holds a
joint drill is the drill's cooperation, planned."""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_written_kinds13"
    return list(nlp(doc)._.cg_events)


def on(nlp, text: str, trigger: str) -> list:
    return [e for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The junta gave the Kenyan consulate's employees a week to leave.", "gave"),
    ("Bamako ordered members of the Danish diplomatic mission to leave the country.", "ordered"),
])
def test_another_states_mission_staff_ordered_out_are_expelled(nlp, text, trigger):
    assert [e.type for e in on(nlp, text, trigger)] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "The manager ordered the staff to leave the building.",
    "Ottawa ordered family members of its embassy staff to leave Haiti.",
])
def test_staff_with_no_other_state_named_ordered_out_are_no_expulsion(nlp, text):
    assert all(e.type != "SANCTION" for e in events_of(nlp, text))


def test_a_verb_hung_on_the_main_verbs_infinitive_is_the_subjects_second_act(nlp):
    text = "Warsaw urged Minsk to reopen the border and froze the assets of two Belarusian banks."
    froze = on(nlp, text, "froze")
    assert [(e.type, e.modality, state_in_id(e.source_actor)) for e in froze] == [("SANCTION", "occurred", "POL")]


def test_a_deployment_told_of_by_a_named_body_shows_force(nlp):
    text = "According to Amnesty International, Chad has deployed a tank brigade near its border with Libya."
    assert [(e.type, state_in_id(e.source_actor)) for e in on(nlp, text, "deployed")] == [("MOBILIZE", "TCD")]


def test_troops_deployed_to_a_state_stay_sent_to_it_whoever_tells_of_it(nlp):
    events = on(nlp, "France deployed 300 soldiers to Mali, according to the ministry.", "deployed")
    assert events and all(e.type != "MOBILIZE" for e in events)


@pytest.mark.parametrize("text, source_text, target", [
    ("Accra closed the crossing after Togolese militiamen attacked a Ghanaian border post.", "Togolese", "GHA"),
    ("Nigeria closed its embassy in Niamey after Nigerien soldiers attacked two Nigerian diplomats.", "Nigerien", "NGA"),
])
def test_a_time_clause_whose_subject_names_an_actor_is_its_own_attack(nlp, text, source_text, target):
    attacked = on(nlp, text, "attacked")
    assert [(e.type, e.modality, state_in_id(e.target_actor)) for e in attacked] == [("ASSAULT", "occurred", target)]
    assert source_text in (attacked[0].source_text or "")


def test_a_time_clause_with_an_unnamed_subject_adds_no_act(nlp):
    assert not on(nlp, "Ghana left the summit after the talks ended without a deal.", "ended")


@pytest.mark.parametrize("text", [
    "The two navies will hold joint drills in May, the defence ministry in Hanoi announced.",
])
def test_joint_drills_to_be_held_are_planned_cooperation_not_an_agreement(nlp, text):
    events = events_of(nlp, text)
    assert all(e.type != "AGREE" for e in events)
    assert [(e.type, e.modality) for e in events if e.trigger in ("exercises", "drills")] == [("COOPERATE", "planned")]
