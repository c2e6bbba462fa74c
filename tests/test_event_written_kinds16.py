"""Event kinds of the sixteenth and seventeenth written sets' dev misses and of a review's open event findings (issue 12,
``benchmarks/eval_events_written.py --set fresh16``), fixed in general on sentences of our own: a diplomat ordered
"out of" the country or sent home is expelled (SANCTION); a host receiving a group of officials meets them (CONSULT);
what is received "from" a giver has the giver as source also when it is goods ("armoured vehicles"); an accusing
participle hung on a conjunct verb or on its infinitive, or said before the verb of saying that reports it, is the
subject's second act; the act a condemnation's object names happened, by the doer its modifiers name (never the
condemner), as one act with the relative clause that tells it; a noun of attack as the subject of a clause of time is
an attack of its own, by no one named unless its modifiers name a doer."""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_written_kinds16"
    return list(nlp(doc)._.cg_events)


def on(nlp, text: str, trigger: str) -> list:
    return [e for e in events_of(nlp, text) if e.trigger == trigger]


def dyads(events) -> list[tuple]:
    return sorted((e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events)


@pytest.mark.parametrize("text,trigger,target", [
    ("Two Danish attachés were ordered out of Uganda by Kampala.", "ordered", "DNK"),
    ("Vienna sent the Iranian ambassador home on Friday.", "sent", "IRN"),
])
def test_a_diplomat_ordered_out_or_sent_home_is_expelled(nlp, text, trigger, target):
    events = on(nlp, text, trigger)
    assert [(e.type, state_in_id(e.target_actor)) for e in events] == [("SANCTION", target)], events


def test_troops_of_ones_own_ordered_out_of_a_city_are_no_expulsion(nlp):
    assert all(e.type != "SANCTION" for e in on(nlp, "The general ordered his troops out of the capital.", "ordered"))


def test_a_group_of_lawmakers_received_is_a_meeting(nlp):
    text = "The Georgian president received a group of Armenian lawmakers and Azerbaijan's deputy foreign minister."
    assert dyads(on(nlp, text, "received")) == [("CONSULT", "GEO", "ARM"), ("CONSULT", "GEO", "AZE")]


def test_goods_received_from_a_giver_have_the_giver_as_source(nlp):
    events = on(nlp, "The Kenyan army received armoured vehicles from Turkey.", "received")
    assert dyads(events) == [("AID", "TUR", "KEN")]


@pytest.mark.parametrize("text,target", [
    ("Peru froze the talks and recalled its ambassador from Quito, accusing Ecuador of meddling in its election.", "ECU"),
    ("Algeria closed its airspace to Moroccan planes, accusing Rabat of hostile acts, the APS agency reported.", "MAR"),
    ("Hanoi threatened to halt rice exports to Manila, accusing the Philippines of dumping steel.", "PHL"),
])
def test_an_accusing_participle_beside_a_conjunct_or_before_the_report_is_the_subjects_act(nlp, text, target):
    events = on(nlp, text, "accusing")
    assert [(e.type, state_in_id(e.target_actor)) for e in events] == [("ACCUSE", target)], events
    assert state_in_id(events[0].source_actor) in ("PER", "DZA", "VNM")


def test_an_attack_a_condemnation_names_is_its_doers(nlp):
    events = on(nlp, "Norway condemned Russia's shelling of Ukrainian grain ports.", "shelling")
    assert dyads(events) == [("ASSAULT", "RUS", "UKR")]


def test_a_condemned_attack_told_by_a_relative_clause_is_one_act_by_no_one_named(nlp):
    events = events_of(nlp, "The bishop condemned the shelling that destroyed the old church.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [e.trigger for e in attacks] == ["shelling"] and attacks[0].source_actor is None, events


def test_a_condemned_decision_names_no_act_of_its_own(nlp):
    events = events_of(nlp, "The bishop condemned the decision that closed the schools.")
    assert [e.type for e in events] == ["ACCUSE"], events


@pytest.mark.parametrize("text,trigger", [
    ("Since the bombardment began, no aid convoy has reached the town.", "bombardment"),
])
def test_an_attack_noun_subject_of_a_time_clause_is_an_attack_by_no_one_named(nlp, text, trigger):
    events = on(nlp, text, trigger)
    assert [(e.type, e.source_actor) for e in events] == [("ASSAULT", None)], events


@pytest.mark.parametrize("text,etype", [
    ("Pakistan would retaliate if India struck its territory again, the army chief said.", "ASSAULT"),
])
def test_the_act_a_would_if_statement_threatens_is_coded_hypothetical(nlp, text, etype):
    events = events_of(nlp, text)
    acts = [e for e in events if e.type == etype]
    assert [e.modality for e in acts] == ["hypothetical"], events
    assert any(e.type == "THREATEN" for e in events), events


def test_a_headline_suspending_talks_is_a_confident_sanction(nlp):
    from cablegram.nlp.events import is_confident

    events = on(nlp, "Japan suspends talks with China over fishing dispute", "suspends")
    assert dyads(events) == [("SANCTION", "JPN", "CHN")] and is_confident(events[0]), events


def test_closing_a_border_crossing_on_a_condition_is_a_restriction(nlp):
    text = "Tarsia will close the border crossing unless Oburn pays the transit fees, the ministry said."
    assert [e.type for e in on(nlp, text, "close")] == ["COERCE"]


def test_talks_called_off_in_a_passive_hung_on_their_relative_clause_are_a_cancelled_meeting(nlp):
    text = "The border talks Niger and Benin were to hold on Monday have been called off by Niamey."
    assert [e.type for e in on(nlp, text, "called")] == ["REJECT"]


def test_a_strike_called_off_in_the_same_shape_stays_a_concession(nlp):
    text = "The strike the union had planned for Monday has been called off."
    assert [e.type for e in on(nlp, text, "called")] == ["CONCEDE"]


def test_a_named_party_listed_with_a_noun_a_state_modifies_is_met_as_each(nlp):
    events = on(nlp, "Norway's foreign minister met Hezbollah and Lebanese army officials in Beirut.", "met")
    assert {(e.type, e.target_actor if e.target_actor.startswith("GRP") else state_in_id(e.target_actor))
            for e in events} == {("CONSULT", "GRP.hezbollah"), ("CONSULT", "LBN")}, events
