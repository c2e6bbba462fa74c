"""Kinds of wrong confident events on real news, second round (issue 12): acts the sentence does not assert
(embedded and direct questions, hypotheticals and counterfactuals, habits, forecasts about a thing), places
standing for a state (a strike on a city coded as a strike on the state the city lies in), and refusals made by a
negation ("will not provide money": a REJECT that occurred, never a negated REJECT that reads "did not refuse"), and
the third analyst's kinds. Non-events stay events, under the confident default. The sentences are written for these
tests; the states and people are fictional, real places appear only by name.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_confidence import event_doubts, not_asserted, only_place
from cablegram.nlp.event_gates import negation_no_refusal, negation_refusal
from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_news_kinds2"
    return list(nlp(doc)._.cg_events)


def brief(events) -> list:
    return [(e.type, e.modality, e.source_text, e.target_text, e.trigger, e.confidence) for e in events]


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, act", [
    ("The Brelund ministry has not said whether the Corvian envoy's visa has been revoked.", "revoked"),
    ("Nobody knows what was agreed when the Brelund president met the Corvian leader.", "agreed"),
    ("The question is whether Brelund will attack Corvia before the winter.", "attack"),
    ("Will Brelund attack Corvia before the winter?", "attack"),
    ("States that arm rebels tend to lose control of the weapons.", "lose"),
    ("The Brelund refusal to make concessions will anger Corvia.", "anger"),
    ("Their success in the primaries will not translate into success against Corvia.", "translate"),
])
def test_an_act_the_sentence_does_not_assert_is_doubted(nlp, text, act):
    doc = nlp(text)
    assert not_asserted(word(doc, act))


@pytest.mark.parametrize("text, act, etype", [
    ("Brelund attacked Corvia on Monday.", "attacked", "ASSAULT"),
    ("Brelund said it will attack Corvia before the winter.", "attack", "THREATEN"),
    ("Brelund asked Corvia whether it could operate in the border area.", "asked", "REQUEST"),
    ("The Brelund army will deploy troops to the border.", "deploy", "MOBILIZE"),
    ("Airstrikes killed twenty people in the border town.", "killed", "ASSAULT"),
])
def test_an_act_stated_as_happening_or_planned_is_not(nlp, text, act, etype):
    doc = nlp(text)
    assert not not_asserted(word(doc, act), etype, "occurred")


def test_hypothetical_modality_doubts_all_but_a_demand_and_an_offer(nlp):
    doc = nlp("Brelund would have invaded Corvia had the alliance not intervened.")
    assert not_asserted(word(doc, "invaded"), "ASSAULT", "hypothetical")
    demand = nlp("The Brelund foreign minister said Corvia must release the prisoners.")
    assert not not_asserted(word(demand, "must"), "REQUEST", "hypothetical")  # the demand is made
    offer = nlp("Brelund is willing to withdraw its troops from the border if asked.")
    assert not not_asserted(word(offer, "willing"), "AGREE", "hypothetical")  # the offer is made


def test_a_question_event_stays_an_event_under_the_confident_floor(nlp):
    asked = events_of(nlp, "Mara Quell has not said whether the Corvian envoy's visa has been revoked.")
    told = events_of(nlp, "Mara Quell revoked the Corvian envoy's visa on Monday.")
    assert asked and all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in asked), brief(asked)
    assert any(e.confidence >= DEFAULT_MIN_CONFIDENCE for e in told), brief(told)


def test_a_city_is_a_place_of_the_act_not_its_target(nlp):
    doc = nlp("Brelund jets bombed Idlib on Monday, killing four people.")
    city = next(p for p in doc.spans["cg_places"] if p.text == "Idlib")
    assert only_place(city)
    bombed = word(doc, "bombed")
    assert "target_is_place" in event_doubts(bombed, None, (city, city.kb_id_), True, "ASSAULT", "occurred")
    # the same act on a state is not doubted for its place
    state = nlp("Brelund jets bombed Syria on Monday, killing four people.")
    named = next(e for e in state.ents if e.text == "Syria")
    assert not only_place(named)
    assert "target_is_place" not in event_doubts(word(state, "bombed"), None, (named, "SYR"), True, "ASSAULT",
                                                 "occurred")


def test_a_city_target_keeps_its_event_below_the_floor(nlp):
    city = [e for e in events_of(nlp, "Corvian jets bombed Aleppo on Monday.") if e.type == "ASSAULT"]
    assert city and all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in city), brief(city)


@pytest.mark.parametrize("text, name", [
    ("Moscow denied the report on Monday.", "Moscow"),  # a capital stands for its state
    ("A Jerusalem district court rejected the appeal.", "Jerusalem"),  # a body the place names acts
])
def test_a_capital_or_a_body_named_by_a_place_is_an_actor(nlp, text, name):
    doc = nlp(text)
    span = next(s for s in [*doc.spans["cg_places"], *doc.ents] if s.text == name)
    assert not only_place(span)


def test_a_capital_after_a_locative_preposition_is_a_place(nlp):
    doc = nlp("Friends from universities in Damascus were arrested.")
    span = next(p for p in doc.spans["cg_places"] if p.text == "Damascus")
    assert only_place(span)


def test_a_domestic_place_is_no_doubt(nlp):
    doc = nlp("The Corvian president agreed to send field hospitals to Louisiana.")
    place = next(p for p in doc.spans["cg_places"] if p.text == "Louisiana")
    source = next(e for e in doc.ents if e.text == "Corvian")
    agreed = word(doc, "agreed")
    assert "target_is_place" in event_doubts(agreed, (source, "org:corvia"), (place, "USA"), True, "AGREE")
    assert "target_is_place" not in event_doubts(agreed, (source, "PER.USA.mara-quell"), (place, "USA"), True,
                                                 "AGREE")


@pytest.mark.parametrize("text, act, act_type", [
    ("The Brelund government will not send tanks to Corvia, the minister said.", "send", "AID"),
    ("For a year the Brelund Union has said it will not provide reconstruction money for Corvia.", "provide", "AID"),
])
def test_a_refusal_by_negation_is_a_reject_that_occurred_beside_the_act_negated(nlp, text, act, act_type):
    events = events_of(nlp, text)
    refusals = [e for e in events if e.type == "REJECT"]
    assert refusals and all(e.modality == "occurred" and e.trigger == "not" for e in refusals), brief(events)
    acts = [e for e in events if e.trigger == act]
    assert acts and all(e.type == act_type and e.modality == "negated" for e in acts), brief(events)
    assert events.index(refusals[0]) < events.index(acts[0])  # the refusal is the sentence's first event


def test_a_reject_word_of_its_own_keeps_its_negation(nlp):
    events = events_of(nlp, "The Brelund government did not reject the Corvian offer.")
    assert any(e.type == "REJECT" and e.trigger == "reject" and e.modality == "negated" for e in events), brief(events)


@pytest.mark.parametrize("text, act", [
    ("Mara Quell said the militia has not been defeated in the province.", "defeated"),
    ("The Brelund government has not shared the report with Corvia.", "shared"),
    ("Brelund would not be expected to listen to Corvia.", "listen"),
])
def test_a_negation_that_refuses_nothing_makes_no_refusal(nlp, text, act):
    doc = nlp(text)
    token = word(doc, act)
    assert negation_no_refusal(token)
    assert negation_refusal("REJECT", token, [(token, "AID", act, 1.0)], "negated") is None
    assert "no_refusal" in event_doubts(token, None, None, False, "REJECT", "negated")


def test_sharing_a_worry_is_no_act(nlp):
    events = events_of(nlp, "Mara Quell did not share the envoy's worry about the Corvian talks.")
    assert not [e for e in events if e.trigger == "share"], brief(events)


def test_an_aid_needs_its_own_cue_word_in_its_sense(nlp):
    moved = nlp("The Brelund militia relocated a number of fighters from Corvia.")
    assert "no_cue_word" in event_doubts(word(moved, "relocated"), None, None, False, "AID", "occurred")
    ships = nlp("Images showed that Brelund ships had deployed from the naval base.")
    assert "no_cue_word" in event_doubts(word(ships, "deployed"), None, None, True, "AID", "occurred")
    relief = nlp("Brelund deployed medical teams and relief workers to Corvia.")
    assert "no_cue_word" not in event_doubts(word(relief, "deployed"), None, None, True, "AID", "occurred")
    sent = nlp("Brelund sent food and medicine to Corvia.")
    assert "no_cue_word" not in event_doubts(word(sent, "sent"), None, None, True, "AID", "occurred")


# Third analyst's kinds (Guardian opinion and live-blog writing)

def test_a_state_of_being_framed_by_a_verb_of_aspect_is_no_act(nlp):
    doc = nlp("Under his rule, Brelund has ceased to be a reliable friend of Corvia.")
    assert not_asserted(word(doc, "ceased"), "CONCEDE", "occurred")
    acted = nlp("Brelund has ceased its attacks on Corvia.")
    assert not not_asserted(word(acted, "ceased"), "CONCEDE", "occurred")


@pytest.mark.parametrize("text, act", [
    ("With his divisive policies, Mara Quell threatens Corvian interests and international peace.", "threatens"),
    ("Corvia had hosted the Brelund sovereign base areas since 1960.", "hosted"),
])
def test_endangering_interests_and_hosting_bases_are_no_acts(nlp, text, act):
    assert not [e for e in events_of(nlp, text) if e.trigger == act]


def test_a_pronoun_undergoing_a_reported_passive_is_no_source(nlp):
    events = events_of(nlp, "Mara Quell has said she has been given reassurance over the plan for Corvia.")
    given = [e for e in events if e.trigger == "given" and e.source_text == "Mara Quell"]
    assert all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in given), brief(events)


def test_whom_a_conjoined_demand_addresses_is_no_target_of_the_first_act(nlp):
    events = events_of(nlp, "Mara Quell welcomed the report and called on the Kremlin to provide answers.")
    welcomed = [e for e in events if e.trigger == "welcomed" and e.target_actor == "RUS"]
    assert all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in welcomed), brief(events)
    assert any(e.type == "REQUEST" and e.target_actor == "RUS" for e in events), brief(events)  # the demand's


@pytest.mark.parametrize("text, topic", [
    ("Russia vetoed a resolution on Syria.", "Syria"),
    ("Russia vetoed the resolution, as it does repeatedly on Syria.", "Syria"),
])
def test_a_topic_is_no_target(nlp, text, topic):
    doc = nlp(text)
    span = next(e for e in doc.ents if e.text == topic)
    assert "target_is_topic" in event_doubts(word(doc, "vetoed"), None, (span, "SYR"), True, "REJECT", "occurred")


def test_a_war_on_a_group_keeps_its_target(nlp):
    doc = nlp("The Corvian government said it will never stop its war on the Brelund militia.")
    militia = word(doc, "militia")
    span = doc[militia.i - 1:militia.i + 1]
    assert "target_is_topic" not in event_doubts(word(doc, "stop"), None, (span, "GRP.brelund"), True, "REJECT",
                                                 "negated")


def test_talking_to_a_people_is_no_meeting_with_its_state(nlp):
    people = [e for e in events_of(nlp, "My colleague Mara Quell has been speaking to Syrians about the war.")
              if e.type == "CONSULT"]
    assert people and all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in people), brief(people)
    doc = nlp("The Corvian president met Syrian officials on Monday.")
    officials = doc[word(doc, "Syrian").i:word(doc, "officials").i + 1]
    assert "target_is_people" not in event_doubts(word(doc, "met"), None, (officials, "SYR"), True, "CONSULT")


def test_striking_a_deal_is_no_strike(nlp):
    deal = events_of(nlp, "Mara Quell sought to strike a secret deal with the Corvian president.")
    assert not [e for e in deal if e.type == "PROTEST"], brief(deal)
    walkout = events_of(nlp, "Teachers went on strike over pay in Corvia.")
    assert any(e.type == "PROTEST" for e in walkout), brief(walkout)


def test_a_past_progressive_negation_is_no_refusal(nlp):
    doc = nlp("The Brelund ambassador says Brelund was not tracking the Corvian defector.")
    assert negation_no_refusal(word(doc, "tracking"))
    refused = nlp("Brelund is not sending troops to Corvia.")
    assert not negation_no_refusal(word(refused, "sending"))
