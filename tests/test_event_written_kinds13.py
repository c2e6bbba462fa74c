"""Event kinds of the thirteenth written set's dev misses (issue 12, ``benchmarks/eval_events_written.py --set
fresh13``), fixed in general on sentences of our own: the staff of another state's mission ordered out is an expulsion (SANCTION);
a finite verb the parser hangs on the main verb's own infinitive complement is the subject's second act, of the same
type too ("ordered the envoys to leave … and recalled its ambassador"); a phrase naming who tells of a deployment
names no receiver of it (MOBILIZE, not AID); the people of a body's "of" phrase in a list of objects each make an
event ("a Russian delegation and a group of Ukrainian negotiators"); an adverbial clause of time whose subject names
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
    ("Morocco ordered four Spanish embassy staff to leave the country on Friday.", "ordered"),
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


def test_a_verb_hung_on_the_main_verbs_infinitive_is_a_second_act_of_the_same_type_too(nlp):
    text = "Morocco ordered four Spanish embassy staff to leave the country and recalled its ambassador from Madrid."
    events = {e.trigger: e for e in events_of(nlp, text)}
    assert events["ordered"].type == "SANCTION"
    recalled = events["recalled"]
    assert (recalled.type, recalled.modality, state_in_id(recalled.source_actor), state_in_id(recalled.target_actor)) \
        == ("SANCTION", "occurred", "MAR", "ESP")


def test_a_deployment_told_of_by_a_named_body_shows_force(nlp):
    text = "Uganda deployed extra troops along its border with South Sudan, according to a report by African Union monitors."
    assert [(e.type, state_in_id(e.source_actor)) for e in on(nlp, text, "deployed")] == [("MOBILIZE", "UGA")]


def test_troops_deployed_to_a_state_stay_sent_to_it_whoever_tells_of_it(nlp):
    events = on(nlp, "France deployed 300 soldiers to Mali, according to the ministry.", "deployed")
    assert events and all(e.type != "MOBILIZE" for e in events)


@pytest.mark.parametrize("text, targets", [
    ("Turkey hosted a Russian delegation and a group of Ukrainian negotiators in Istanbul.", {"RUS", "UKR"}),
    ("Egypt hosted a Sudanese army delegation and a team of Ethiopian negotiators in Cairo on Monday.", {"SDN", "ETH"}),
])
def test_each_body_of_people_in_a_list_of_guests_is_met(nlp, text, targets):
    events = on(nlp, text, "hosted")
    assert {e.type for e in events} == {"CONSULT"}
    assert {state_in_id(e.target_actor) for e in events} == targets


@pytest.mark.parametrize("text, source_text, target", [
    ("Ghana recalled its envoy from Lome after rebels backed by Togo killed nine Ghanaian police officers in the north.",
     "rebels", "GHA"),
    ("Nigeria closed its embassy in Niamey after Nigerien soldiers killed two Nigerian diplomats.", "Nigerien", "NGA"),
])
def test_a_time_clause_whose_subject_names_an_actor_is_its_own_attack(nlp, text, source_text, target):
    killed = on(nlp, text, "killed")
    assert [(e.type, e.modality, state_in_id(e.target_actor)) for e in killed] == [("ASSAULT", "occurred", target)]
    assert source_text in (killed[0].source_text or "")


def test_a_time_clause_with_an_unnamed_subject_adds_no_act(nlp):
    assert not on(nlp, "Ghana recalled its envoy from Lome after the talks ended without a deal.", "ended")


@pytest.mark.parametrize("text", [
    "After talks in Delhi, the Nepali army chief said the two armies would hold joint exercises in the hills next spring.",
    "The two navies will hold joint drills in May, the defence ministry in Hanoi announced.",
])
def test_joint_drills_to_be_held_are_planned_cooperation_not_an_agreement(nlp, text):
    events = events_of(nlp, text)
    assert all(e.type != "AGREE" for e in events)
    assert [(e.type, e.modality) for e in events if e.trigger in ("exercises", "drills")] == [("COOPERATE", "planned")]
