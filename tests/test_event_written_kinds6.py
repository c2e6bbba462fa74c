"""Event kinds of the written sets' remaining misses (issue 12, ``benchmarks/eval_events_written.py``), fixed in
general: weapons or troops deployed to a place no actor names are a show of force; receiving or hosting a visiting
official is a meeting; the named possessor of a judged proposal or deed is the
target; a place named in a locative phrase is no third party of a mutual act. The sentences are our own, in other
words and structures than the sets' sentences (an earlier version paraphrased some of them).
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_senses import deployed_force, received_visitor, sensed_type
from cablegram.nlp.events import is_confident


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-01"
    doc._.cg_doc_id = "doc_written_kinds6"
    return list(nlp(doc)._.cg_events)


def token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def on(events, trigger: str) -> list:
    return [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, subject", [
    ("The navy has deployed two more missile batteries to the northern coast ahead of the drills.", "navy"),
    ("Poland deployed additional troops to the border region on Friday.", "Poland"),
])
def test_weapons_deployed_to_an_unnamed_place_are_a_show_of_force(nlp, text, subject):
    assert deployed_force(token(nlp, text, "deployed"))
    events = on(events_of(nlp, text), "deployed")
    assert [e.type for e in events] == ["MOBILIZE"]
    assert subject in (events[0].source_text or "")
    assert events[0].target_actor is None and events[0].target_text is None  # what it deploys is no target


def test_troops_deployed_to_a_named_state_are_left_to_the_classifier(nlp):
    assert not deployed_force(token(nlp, "France deployed 500 troops to Mali to help the government.", "deployed"))


@pytest.mark.parametrize("text", [
    "The Kenyan president received the visiting Ethiopian prime minister in Nairobi on Monday.",
    "The emir received a delegation of tribal leaders at his palace.",
])
def test_receiving_a_visiting_official_is_a_meeting(nlp, text):
    assert received_visitor(token(nlp, text, "received"))
    assert {e.type for e in on(events_of(nlp, text), "received")} == {"CONSULT"}


def test_receiving_weapons_is_no_meeting(nlp):
    assert not received_visitor(token(nlp, "Ukraine received two batteries of air-defence missiles.", "received"))


def test_imposed_sanctions_keep_the_learned_plv_type(nlp):
    # plv codes imposing sanctions COERCE (the codebook and the written sets' analysts: SANCTION); no sense rule
    # rewrites either of the classifier's answers
    tok = token(nlp, "Canada imposed new sanctions on four Iranian officials on Monday.", "imposed")
    assert all(sensed_type(t, tok, tok)[0] == t for t in ("COERCE", "SANCTION"))


@pytest.mark.parametrize("text, source, target_id, target_text", [
    ("Slovakia vetoed the union's new loan scheme for Moldova.", "SVK", None, "the union"),
    ("Poland and Hungary rejected Brussels's proposal for a migrant quota in Italy.", "POL", "IGO.EU", "Brussels"),
    ("The foreign ministry welcomed Japan's decision to send aid to Myanmar.", None, "JPN", "Japan"),
])
def test_the_owner_of_a_judged_proposal_is_the_target(nlp, text, source, target_id, target_text):
    events = [e for e in events_of(nlp, text) if e.type in ("REJECT", "SUPPORT")]
    assert events
    first = events[0]
    assert first.source_actor == source or (source is None and first.source_text)
    assert first.target_actor == target_id
    assert target_text in (first.target_text or "")
    assert all(e.target_actor not in ("MDA", "ITA", "MMR") for e in events)


def test_a_possessive_pronoun_names_no_owner(nlp):
    events = [e for e in events_of(nlp, "Hungary rejected its own proposal for Kyiv.") if e.type == "REJECT"]
    assert events and all(e.target_text != "its" for e in events)


def test_the_place_of_a_mutual_act_is_no_third_party(nlp):
    events = [e for e in events_of(nlp, "Greece and Turkey agreed in Geneva on a timetable for new maritime "
                                        "negotiations.") if e.type == "AGREE"]
    assert {(e.source_actor, e.target_actor) for e in events} == {("GRC", "TUR")}


@pytest.mark.parametrize("text, target", [
    ("Romania's president promised Moldova fresh budget support during a visit to Chisinau.", "MDA"),
    ("Japan's prime minister pledged aid to the Philippines on a visit to Manila.", "PHL"),
])
def test_a_meeting_in_a_phrase_of_time_is_the_subjects_own(nlp, text, target):
    visits = on(events_of(nlp, text), "visit")
    assert [(e.type, e.target_actor, e.modality) for e in visits] == [("CONSULT", target, "occurred")]
    assert "ROU" in visits[0].source_actor or "JPN" in visits[0].source_actor  # the state or its office holder


def test_an_attack_in_a_phrase_of_time_is_no_act_of_the_subject(nlp):
    events = events_of(nlp, "Egypt condemned the shelling after an attack on a convoy in Gaza.")
    assert not [e for e in events if e.trigger == "attack" and e.source_actor == "EGY"]


@pytest.mark.parametrize("text, source", [
    ("Officials at the World Health Organization warned Pakistan against lifting the lockdown.", "IGO.WHO"),
    ("Diplomats from the European Union met Iranian negotiators in Vienna.", "IGO.EU"),
])
def test_people_acting_for_a_named_body_are_that_body(nlp, text, source):
    events = [e for e in events_of(nlp, text) if e.type in ("THREATEN", "CONSULT")]
    assert events and events[0].source_actor == source
    assert is_confident(events[0])  # the body hangs in the clause through the people who act for it


@pytest.mark.parametrize("text, source, words", [
    ("Police in Nairobi detained two student leaders before the march.", "KEN", "Police in Nairobi"),
])
def test_a_state_organ_in_a_place_of_that_state_is_the_state(nlp, text, source, words):
    events = [e for e in events_of(nlp, text) if e.type in ("COERCE", "REJECT")]
    assert events and events[0].source_actor == source and words in events[0].source_text
    assert events[0].confidence > 0.5  # no doubt of a place taken for the source


def test_people_in_a_place_are_no_state(nlp):
    events = events_of(nlp, "Protesters in Nairobi blocked the main highway.")
    assert events and all(e.source_actor != "KEN" for e in events)


@pytest.mark.parametrize("text", [
    "Serbia moved additional tanks and artillery toward the Kosovo boundary, Pristina said.",
    "Azerbaijan moved tanks and artillery pieces to its border with Armenia.",
])
def test_where_a_show_of_force_moves_its_weapons_is_no_target(nlp, text):
    events = on(events_of(nlp, text), "moved")
    assert [e.type for e in events] == ["MOBILIZE"]
    assert events[0].target_actor is None and events[0].target_text is None


def test_a_party_of_a_clash_in_a_phrase_of_time_is_no_target(nlp):
    events = on(events_of(nlp, "The rebels withdrew from the river port following heavy fighting with government "
                                "troops."), "withdrew")
    assert events and all(e.target_text is None or "troops" not in e.target_text for e in events)


def test_the_partner_of_talks_in_a_phrase_of_time_stays_the_target(nlp):
    events = on(events_of(nlp, "Tajikistan agreed to reopen two border posts after talks with the Kyrgyz "
                               "delegation."), "agreed")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("AGREE", "TJK", "KGZ")]


def test_a_second_act_after_an_infinitive_hung_on_the_main_verb(nlp):
    text = ("Burkina Faso's military rulers dismissed a demand from Abidjan to free the detained soldiers and "
            "expelled the Ivorian consul.")
    expelled = on(events_of(nlp, text), "expelled")
    assert [(e.type, e.source_actor, e.modality) for e in expelled] == [("SANCTION", "BFA", "occurred")]


@pytest.mark.parametrize("text, target", [
    ("A police convoy was attacked by gunmen in the Sinai on Friday.", "convoy"),
    ("An army patrol was ambushed by insurgents near Kidal on Friday, killing three soldiers.", "patrol"),
])
def test_the_passive_subject_is_the_target_over_a_place(nlp, text, target):
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert events and target in (events[0].target_text or "")


def test_the_one_refused_leave_to_act_is_the_target(nlp):
    events = on(events_of(nlp, "Iran refused to let IAEA inspectors enter the Fordow site."), "refused")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("REJECT", "IRN", "IGO.IAEA")]
    assert is_confident(events[0])


def test_the_sender_of_a_demand_dismissed_is_its_source(nlp):
    text = "Mali's military rulers dismissed a demand from Algiers to free the detained mayor."
    demand = on(events_of(nlp, text), "demand")
    assert all((e.source_actor, e.target_actor) == ("DZA", "MLI") for e in demand)
    assert not any(is_confident(e) for e in demand)  # a demand named as what was dismissed is no happening of its own


def test_an_origin_is_no_sender(nlp):
    events = on(events_of(nlp, "France completed the withdrawal of its soldiers from Niger over the summer."),
                "withdrawal")
    assert events and events[0].source_actor == "FRA"


def test_whom_a_demanded_act_is_done_to_is_not_asked(nlp):
    events = on(events_of(nlp, "The bar association demanded the immediate release of three lawyers held since "
                               "March."), "demanded")
    assert [(e.type, e.target_actor, e.target_text) for e in events] == [("REQUEST", None, None)]
    withdrawal = on(events_of(nlp, "The EU demanded the withdrawal of Russian troops from Moldova."), "demanded")
    assert [e.target_actor for e in withdrawal] == ["RUS"]  # those who must withdraw are asked


def test_a_struck_site_beats_an_unresolved_place(nlp):
    events = on(events_of(nlp, "Nigerian jets struck suspected bandit camps in the northern district overnight."),
                "struck")
    assert events and "camps" in (events[0].target_text or "")


def test_where_protesters_block_something_is_no_target(nlp):
    events = on(events_of(nlp, "In Lagos, hundreds of students blocked a main road on Monday over higher tuition "
                               "fees."), "blocked")
    assert [(e.type, e.target_actor, e.target_text) for e in events] == [("PROTEST", None, None)]


def test_troops_moved_to_a_border_are_a_show_of_force_with_no_other_cue(nlp):
    events = on(events_of(nlp, "On Sunday Chad moved more tanks and infantry units to its border."), "moved")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("MOBILIZE", "TCD", None)]
