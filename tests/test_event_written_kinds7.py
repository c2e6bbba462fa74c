"""Event kinds of the written sets' remaining misses (issue 12, ``benchmarks/eval_events_written.py``, sets 3 and 4
read as development sets), fixed in general: states named by a demonym or capital the first state list lacked
resolve to their state, so their events reach the confident view. The sentences are our own, in other words and
structures than the sets' sentences.
"""

from __future__ import annotations

import pytest

from cablegram.kb.base import KnowledgeBase
from cablegram.kb.fold import state_in_id
from cablegram.nlp.events import is_confident


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-01"
    doc._.cg_doc_id = "doc_written_kinds7"
    return list(nlp(doc)._.cg_events)


def on(events, trigger: str) -> list:
    return [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("name, state", [
    ("Honduran", "HND"), ("Ecuadorian", "ECU"), ("Ghanaian", "GHA"), ("Senegalese", "SEN"), ("Zambian", "ZMB"),
    ("Nepalese", "NPL"), ("Accra", "GHA"), ("Tegucigalpa", "HND"), ("Ivory Coast", "CIV"), ("Malagasy", "MDG"),
])
def test_demonyms_and_capitals_of_further_states_name_the_state(name, state):
    assert [a.id for a in KnowledgeBase.load().lookup(name)] == [state]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Zambian troops fired on a Malawian patrol boat on the lake.", "fired", "ZMB", "MWI"),
    ("Senegal expelled a Gambian diplomat over the smuggling row.", "expelled", "SEN", "GMB"),
    ("Quito accused Peruvian border guards of seizing a fishing boat.", "accused", "ECU", "PER"),
])
def test_events_between_further_states_are_confident(nlp, text, trigger, source, target):
    events = on(events_of(nlp, text), trigger)
    assert [(e.source_actor, e.target_actor) for e in events] == [(source, target)]
    assert is_confident(events[0])


def test_a_capital_after_a_locative_preposition_is_a_place(nlp):
    """A capital the list now knows is its state's metonym, but "in Dakar" names where a meeting took place: a
    target read off it is doubted (``target_is_place``), never confident."""
    events = on(events_of(nlp, "Mali's foreign minister met opposition leaders in Dakar on Monday."), "met")
    assert events and not any(is_confident(e) and e.target_actor == "SEN" for e in events)


@pytest.mark.parametrize("text, host, guest", [
    ("Chile's president welcomed his Argentine counterpart on Tuesday at the start of a two-day visit.", "CHL", "ARG"),
    ("The Kenyan president welcomed a Tanzanian delegation at State House on Monday.", "KEN", "TZA"),
])
def test_welcoming_a_visiting_official_is_a_meeting(nlp, text, host, guest):
    events = on(events_of(nlp, text), "welcomed")
    assert [(e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events] == [
        ("CONSULT", host, guest)]


@pytest.mark.parametrize("text", [
    "Germany welcomed the ceasefire announcement.",
    "The minister welcomed the envoy's proposal for new talks.",
])
def test_welcoming_a_decision_or_proposal_stays_support(nlp, text):
    assert [e.type for e in on(events_of(nlp, text), "welcomed")] == ["SUPPORT"]


@pytest.mark.parametrize("text, verb, asker, asked", [
    ("Unicef appealed to the Philippine government to free the children held at the Cebu port.", "appealed",
     "IGO.UNICEF", "PHL"),
    ("Amnesty asked Khartoum to lift the curfew on the market towns.", "asked", "org:amnesty", "SDN"),
    ("In a letter on Monday, the Red Cross called on Khartoum to reopen the clinics it had shut.", "called", None,
     "SDN"),
    ("Seoul urged Tokyo to withdraw the textbook revisions.", "urged", "KOR", "JPN"),
])
def test_asking_a_named_addressee_to_act_is_a_confident_request(nlp, text, verb, asker, asked):
    events = on(events_of(nlp, text), verb)
    assert [e.type for e in events] == ["REQUEST"]
    assert events[0].target_actor == asked and (asker is None or events[0].source_actor == asker)
    assert is_confident(events[0])


@pytest.mark.parametrize("text, verb, asker, asked", [
    ("Lisbon urged Luanda to pay its arrears.", "urged", "PRT", "AGO"),
    ("Washington pressed Riyadh to sign the deal.", "pressed", "USA", "SAU"),
    ("Kyiv asked Germany to deliver more tanks.", "asked", "UKR", "DEU"),
])
def test_asking_to_pay_sign_or_deliver_is_a_request_for_verbs_other_than_call(nlp, text, verb, asker, asked):
    """Only "call on" has a courtesy sense: "urged X to pay" is a demand whatever the act asked for."""
    events = on(events_of(nlp, text), verb)
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("REQUEST", asker, asked)]


def test_a_thing_as_object_before_a_purpose_clause_is_no_addressee(nlp):
    events = on(events_of(nlp, "The army pressed its advantage to seize more villages along the river."), "pressed")
    assert events and not any(e.type == "REQUEST" for e in events)


def test_a_courtesy_call_is_no_request(nlp):
    events = events_of(nlp, "The ambassador called on the king to discuss trade ties.")
    assert not any(e.type == "REQUEST" for e in events)


@pytest.mark.parametrize("text, trigger, giver, receiver", [
    ("Lebanon received two shipments of fuel from Iraq.", "shipments", "IRQ", "LBN"),
    ("Ukraine received the first batch of F-16 jets from Denmark.", "received", "DNK", "UKR"),
])
def test_the_receiver_of_goods_is_the_target_and_the_giver_the_source(nlp, text, trigger, giver, receiver):
    events = [e for e in events_of(nlp, text) if e.type == "AID"]
    assert [(e.trigger, e.source_actor, e.target_actor) for e in events] == [(trigger, giver, receiver)]


@pytest.mark.parametrize("text, receiver", [
    ("Lebanon received foreign donations worth 40 million dollars.", "LBN"),
    ("Ukraine received two shipments of fuel.", "UKR"),
    ("Moldova received the first tranche of the loan on Monday.", "MDA"),
    ("Somalia received emergency food aid on Sunday.", "SOM"),
])
def test_a_receiver_with_no_giver_named_is_the_target_and_no_source(nlp, text, receiver):
    events = [e for e in events_of(nlp, text) if e.type == "AID"]
    assert [(e.source_actor, e.target_actor) for e in events] == [(None, receiver)]


def test_goods_received_are_no_meeting_and_a_clear_receipt_is_confident(nlp):
    events = events_of(nlp, "Lebanon received two shipments of fuel from Iraq.")
    assert not any(e.type == "CONSULT" for e in events)  # "received" shipments: no visitor received
    assert is_confident(next(e for e in events if e.type == "AID"))


def test_a_received_visitor_stays_a_meeting(nlp):
    text = "Lebanon's president received a visiting Iraqi delegation led by the oil minister."
    events = on(events_of(nlp, text), "received")
    assert [e.type for e in events] == ["CONSULT"]


def test_the_road_an_ambushed_patrol_was_on_is_no_target(nlp):
    text = "Insurgents ambushed a police convoy on the highway to the border crossing."
    events = on(events_of(nlp, text), "ambushed")
    assert [e.target_text for e in events] == ["a police convoy"]


@pytest.mark.parametrize("text, met", [
    ("Ecuador's government refused again this week to meet the transport unions in Guayaquil.",
     "the transport unions"),
    ("Calling their demands absurd, the Peruvian cabinet refused to meet the teachers' union in Cusco.",
     "the teachers' union"),
])
def test_where_a_refused_meeting_would_be_held_is_no_target(nlp, text, met):
    events = on(events_of(nlp, text), "refused")
    assert [(e.type, e.target_actor, e.target_text) for e in events] == [("REJECT", None, met)]


@pytest.mark.parametrize("text, state", [
    ("Government forces in Harare rounded up dozens of opposition supporters.", "ZWE"),
    ("Government forces in Juba arrested two aid workers.", "SSD"),
    ("State security forces in Tehran detained a French researcher.", "IRN"),
    ("Security forces in Kenya detained three Somali nationals.", "KEN"),
])
def test_the_state_security_forces_of_a_capital_act_for_its_state(nlp, text, state):
    events = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert [e.source_actor for e in events] == [state]


@pytest.mark.parametrize("text", [
    "Foreign security forces in Bamako detained a local journalist.",
    "Rebel forces in Goma seized a police station.",
])
def test_forces_someone_else_owns_stay_unresolved(nlp, text):
    assert all(e.source_actor is None for e in events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "Security forces in Crimea detained a Tatar activist.",
    "Security forces in Donetsk arrested two Ukrainian teachers.",
    "Government forces in Idlib shelled a market.",
])
def test_forces_in_a_region_or_city_another_power_may_hold_are_not_its_state_s(nlp, text):
    """Only a national capital or the state's own name makes "security/government forces in X" the state's: a
    region or city ("Crimea", "Donetsk", "Idlib") may be held by another power or an armed group."""
    assert all(e.source_actor is None for e in events_of(nlp, text))


def test_money_given_in_aid_is_no_concession(nlp):
    events = events_of(nlp, "Riyadh sent Sudan 20 million dollars in aid for flood victims.")
    assert [e.type for e in events] == ["AID"]
    assert (events[0].source_actor, events[0].target_actor) == ("SAU", "SDN")


def test_a_prepositional_verb_cue_after_a_time_still_asks(nlp):
    events = on(events_of(nlp, "The opposition called on Friday on the army to stay neutral in the dispute."), "called")
    assert [(e.type, e.target_text) for e in events] == [("REQUEST", "the army")]


@pytest.mark.parametrize("text, trigger, doer", [
    ("The ombudsman opened an inquiry into reported beatings by the police at the border camp.", "inquiry",
     "the police"),
    ("The commission began a probe into alleged torture by the security services.", "probe",
     "the security services"),
])
def test_the_doer_of_the_acts_an_inquiry_looks_into_is_its_target(nlp, text, trigger, doer):
    events = on(events_of(nlp, text), trigger)
    assert [(e.type, e.target_text) for e in events] == [("ACCUSE", doer)]


def test_talks_before_a_reported_outcome_are_the_speaker_s_meeting(nlp):
    text = ("After talks with Hamas leaders, Egypt's intelligence chief told state television that the truce plan "
            "was alive.")
    events = on(events_of(nlp, text), "talks")
    assert [(e.type, e.source_actor, e.target_actor, e.modality) for e in events] == [
        ("CONSULT", "EGY", "GRP.hamas", "occurred")]


def test_an_inquiry_by_a_body_s_people_is_the_body_s(nlp):
    text = ("The International Criminal Court's prosecutor has opened an inquiry into reported abuses by the rebels, "
            "her office said.")
    events = on(events_of(nlp, text), "inquiry")
    assert [(e.source_actor, e.target_text) for e in events] == [("IGO.ICC", "the rebels")]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Chile recalled two of its diplomats posted in Managua after the expulsions.", "recalled", "CHL", "NIC"),
    ("Seoul recalled its envoys from Tokyo in protest.", "recalled", "KOR", "JPN"),
])
def test_recalling_an_envoy_is_a_sanction(nlp, text, trigger, source, target):
    events = on(events_of(nlp, text), trigger)
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("SANCTION", source, target)]


def test_recall_as_remembering_an_envoy_is_no_sanction(nlp):
    """"recall" = remember: the envoy word is no direct object of the verb, so the recall rule does not fire."""
    remembered = events_of(nlp, "Officials recalled the envoy's visit to the region in 2019.")
    assert "SANCTION" not in [e.type for e in remembered]
    events = events_of(nlp, "The minister recalled that the ambassador had warned of the risk last year.")
    assert [e.type for e in on(events, "warned")] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Austria blocked Bulgaria's accession to the passport-free zone.",
    "Poland blocked a proposal from Brussels to share migrants.",
])
def test_blocking_a_proposal_is_a_refusal(nlp, text):
    assert [e.type for e in on(events_of(nlp, text), "blocked")] == ["REJECT"]


def test_people_blocking_a_road_still_protest(nlp):
    events = on(events_of(nlp, "Protesters blocked the main road into the capital."), "blocked")
    assert [e.type for e in events] == ["PROTEST"]
