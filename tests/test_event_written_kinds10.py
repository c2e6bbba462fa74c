"""Event kinds of the ninth written set's final misses and the tenth and eleventh sets' dev misses (issue 12,
``benchmarks/eval_events_written.py --set fresh9`` / ``fresh10`` / ``fresh11``), fixed in general on sentences of our own: a
visiting official received or welcomed in the passive is a meeting (CONSULT, the host the source); a patrol or drill
held jointly is cooperation (COOPERATE, also planned); a conjoined clause with another named actor as its subject is
that actor's own act, also of the first act's type; what an attack fires is no target, what it is aimed at is (a
state too, not its place), and a weapon fired or launched at someone is an attack with no cue word; a participle
after a verb of saying ("…, X said, accusing Y of …") is the speaker's own act, and one of speech after the main
verb's object the subject's second act; troops deployed to a state of a federation show force."""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_written_kinds10"
    return list(nlp(doc)._.cg_events)


def on(nlp, text: str, trigger: str) -> list:
    return [e for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Oman's sultan was received by King Mohammed VI at the royal palace in Rabat.", "received", "MAR", "OMN"),
    ("In Niamey, a Chadian delegation was hosted by Niger's president.", "hosted", "NER", "TCD"),
])
def test_a_visitor_received_in_the_passive_is_met_by_the_host(nlp, text, trigger, source, target):
    events = on(nlp, text, trigger)
    assert [(e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events] == [
        ("CONSULT", source, target)]


def test_a_passive_welcome_with_no_host_is_no_meeting(nlp):
    assert all(e.type != "CONSULT" for e in events_of(nlp, "The minister was welcomed as a hero on her return to Accra."))


def test_patrols_run_jointly_are_cooperation_on_the_patrol_word(nlp):
    events = on(nlp, "Senegal's navy and Gambia's coastguard ran joint patrols off the coast last month.", "patrols")
    assert [(e.type, e.modality) for e in events] == [("COOPERATE", "occurred")]
    assert events[0].confidence >= 0.5
    assert {state_in_id(events[0].source_actor), state_in_id(events[0].target_actor)} == {"SEN", "GMB"}


def test_joint_patrols_pledged_are_planned_cooperation_beside_the_pledge(nlp):
    events = events_of(nlp, "Senegal and Gambia pledged to stage joint patrols on the river every spring.")
    assert {e.type for e in events if e.trigger == "pledged"} == {"AGREE"}
    assert [(e.type, e.modality) for e in events if e.trigger == "patrols"] == [("COOPERATE", "planned")]


def test_patrols_of_one_army_are_no_cooperation(nlp):
    assert all(e.type != "COOPERATE" for e in events_of(nlp, "The army held patrols along the border with Gambia."))


def test_a_conjoined_clause_with_its_own_named_subject_is_that_actors_attack(nlp):
    text = "Ethiopian troops attacked a border post but Eritrea fired artillery at their camp."
    first, second = on(nlp, text, "attacked"), on(nlp, text, "fired")
    assert [(e.type, state_in_id(e.source_actor)) for e in first] == [("ASSAULT", "ETH")]
    assert [(e.type, state_in_id(e.source_actor), e.target_text) for e in second] == [("ASSAULT", "ERI", "their camp")]


def test_a_conjoined_verb_with_no_subject_of_its_own_adds_no_other_actor(nlp):
    events = events_of(nlp, "The army shelled the town and fired rockets at the airport.")
    assert all(e.source_actor is None and e.source_text == "The army" for e in events)


@pytest.mark.parametrize("text, trigger, target", [
    ("Houthi fighters fired two drones at a tanker in the Red Sea.", "fired", "a tanker"),
    ("Ukraine fired missiles at an airfield in Crimea.", "fired", "an airfield"),
])
def test_the_weapon_fired_is_no_target_what_it_is_aimed_at_is(nlp, text, trigger, target):
    events = on(nlp, text, trigger)
    assert events and all(e.type == "ASSAULT" and e.target_text == target for e in events)


@pytest.mark.parametrize("text, trigger, etype, source, target", [
    ("Chile closed two border crossings on Sunday, the Chilean government said, blaming Bolivia for a surge in "
     "smuggling.", "blaming", "ACCUSE", "CHL", "BOL"),
    ("Ghana will reopen its border with Togo next week, Ghana's interior ministry announced, urging Togo to step up "
     "customs checks.", "urging", "REQUEST", "GHA", "TGO"),
])
def test_a_participle_after_the_verb_of_saying_is_the_speakers_act(nlp, text, trigger, etype, source, target):
    events = on(nlp, text, trigger)
    assert [(e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events] == [
        (etype, source, target)]
    assert events[0].confidence >= 0.5


def test_a_participle_before_any_verb_of_saying_adds_no_speakers_act(nlp):
    events = events_of(nlp, "Azerbaijani drones hit a checkpoint near Lachin, killing two soldiers.")
    assert all(e.type != "ACCUSE" for e in events)


def test_a_state_a_weapon_is_fired_at_is_the_attacks_target_not_its_place(nlp):
    events = on(nlp, "From across the frontier, gunmen of an armed group fired anti-tank rockets at Israel.", "fired")
    assert [(e.type, e.target_actor) for e in events] == [("ASSAULT", "ISR")]


def test_a_weapon_launched_against_someone_is_an_attack_with_no_cue_word(nlp):
    events = on(nlp, "Azerbaijan launched loitering munitions against an Armenian radar post on Friday.", "launched")
    assert [(e.type, e.source_actor, e.modality) for e in events] == [("ASSAULT", "AZE", "occurred")]


def test_a_demand_in_a_participle_after_the_object_is_the_subjects_second_act(nlp):
    events = on(nlp, "Ghana summoned Togo's ambassador on Monday, demanding an explanation for the border incident.",
                "demanding")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("REQUEST", "GHA", "TGO")]


def test_a_participle_that_elaborates_the_act_adds_none(nlp):
    events = events_of(nlp, "Benin expelled a Nigerien journalist, giving him a day to pack.")
    assert [e.type for e in events] == ["SANCTION"]


def test_troops_deployed_to_a_state_of_a_federation_show_force(nlp):
    events = on(nlp, "After the riots, Brazil's government moved two army brigades into the southern state of Parana.",
                "moved")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("MOBILIZE", "BRA", None)]
