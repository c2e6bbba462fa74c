"""Kinds of wrong confident events a second analyst found after the fixes of tests/test_event_news_kinds2.py (issue
12): the topic of a refusal, a denial or a request taken as its target ("refused to confirm whether Y had been
killed", "has not requested that Y be returned", "denies any links to Y"), acts an adjective of possibility frames
("it was possible for Y to renege"), non-events (a biography line, a correction note, a sports sense, a negated
background state, a thing as the doer) and the date of an accusation taken from the earlier act it names. Doubted
events stay events, under the confident floor. The sentences are written for these tests; the states, groups and
people are fictional.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.dates import record_date
from cablegram.nlp.event_confidence import event_doubts, non_event, not_asserted
from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_news_kinds3"
    return list(nlp(doc)._.cg_events)


def brief(events) -> list:
    return [(e.type, e.modality, e.source_text, e.target_text, e.trigger, e.confidence) for e in events]


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def mention(doc, text: str):
    start = next(t.i for t in doc if doc[t.i:].text.startswith(text))
    end = next(t.i + 1 for t in doc[start:] if doc[start:t.i + 1].text == text)
    return doc[start:end]


@pytest.mark.parametrize("text, act, etype, name", [
    ("Brelund army spokesmen refused to confirm whether Mara Quell had been killed.", "refused", "REJECT",
     "Mara Quell"),
    ("The Corvian foreign ministry has still not requested that Tomas Vell be returned.", "requested", "REQUEST",
     "Tomas Vell"),
    ("The Brelund Defence League denies any links to the Corvian Liberation Front.", "denies", "REJECT",
     "Corvian Liberation Front"),
    ("The Brelund minister denied that Corvia had attacked the border posts.", "denied", "REJECT", "Corvia"),
    ("The Brelund envoy asked whether Corvia would join the talks.", "asked", "REQUEST", "Corvia"),
])
def test_a_name_inside_what_is_refused_denied_or_asked_is_its_topic(nlp, text, act, etype, name):
    doc = nlp(text)
    target = mention(doc, name)
    assert "target_is_topic" in event_doubts(word(doc, act), None, (target, "org:x"), True, etype, "occurred")


@pytest.mark.parametrize("text, act, etype, name", [
    ("The Brelund minister demanded that Corvia withdraw its troops from the border.", "demanded", "REQUEST",
     "Corvia"),
    ("A Brelund court rejected Mara Quell to postpone the hearing.", "rejected", "REJECT", "Mara Quell"),
    ("Brelund rejected the Corvian proposal on Monday.", "rejected", "REJECT", "Corvian"),
    ("Brelund cut all ties with Corvia on Monday.", "cut", "REJECT", "Corvia"),
])
def test_whom_a_demand_or_a_refusal_addresses_is_no_topic(nlp, text, act, etype, name):
    doc = nlp(text)
    target = mention(doc, name)
    assert "target_is_topic" not in event_doubts(word(doc, act), None, (target, "org:x"), True, etype, "occurred")


@pytest.mark.parametrize("text, act", [
    ("Brelund army spokesmen refused to confirm whether Mara Quell had been killed.", "refused"),
    ("The Brelund Defence League denies any links to the Corvian Liberation Front.", "denies"),
])
def test_a_refusal_about_a_topic_stays_an_event_below_the_floor(nlp, text, act):
    events = [e for e in events_of(nlp, text) if e.trigger == act]
    assert events and all(e.confidence < DEFAULT_MIN_CONFIDENCE for e in events), brief(events)


def test_a_demand_on_its_addressee_stays_confident(nlp):
    events = events_of(nlp, "The Brelund minister demanded that Corvia withdraw its troops from the border.")
    assert any(e.type == "REQUEST" and e.target_text == "Corvia" and e.confidence >= DEFAULT_MIN_CONFIDENCE
               for e in events), brief(events)


@pytest.mark.parametrize("text, act", [
    ("The Brelund minister said it was possible for Brelund to renege on its agreement with Corvia.", "renege"),
    ("The Brelund minister said Corvia is likely to attack the border posts.", "attack"),
    ("It is unlikely that Corvia will withdraw its troops before the winter.", "withdraw"),
])
def test_an_act_an_adjective_of_possibility_frames_is_not_asserted(nlp, text, act):
    assert not_asserted(word(nlp(text), act))


@pytest.mark.parametrize("text, act", [
    ("The Brelund minister said Corvia attacked the border posts.", "attacked"),
    ("It was a surprise when Corvia withdrew its troops.", "withdrew"),
])
def test_an_act_stated_without_possibility_is_asserted(nlp, text, act):
    assert not not_asserted(word(nlp(text), act), "", "occurred")


@pytest.mark.parametrize("text, act, modality", [
    ("After university, Mara Quell worked as editor of the Corvian Herald website.", "worked", "occurred"),
    ("Tomas Vell served as Brelund ambassador to Corvia for a decade.", "served", "occurred"),
    ("Tomas Vell contacted us to say he does not represent Mara Quell.", "contacted", "occurred"),
    ("An earlier version of this article said Brelund had expelled the Corvian envoy.", "expelled", "occurred"),
    ("When the Corvian striker put Corvia ahead with a fine strike in the first half, the crowd cheered.", "strike",
     "occurred"),
    ("Quell is not understood to have had any previous military training before travelling to Corvia.", "training",
     "negated"),
])
def test_a_sentence_that_tells_no_act_of_news_is_a_non_event(nlp, text, act, modality):
    doc = nlp(text)
    assert non_event(word(doc, act), modality)
    assert "non_event" in event_doubts(word(doc, act), None, None, True, "CONSULT", modality)


@pytest.mark.parametrize("text, act, modality", [
    ("Brelund expelled the Corvian envoy on Monday.", "expelled", "occurred"),
    ("Brelund held talks with Corvia on Monday.", "talks", "occurred"),
    ("Brelund jets carried out a strike on the Corvian border post.", "strike", "occurred"),
    ("Mara Quell worked with Corvian officials on the ceasefire.", "worked", "occurred"),
])
def test_an_act_of_news_is_no_non_event(nlp, text, act, modality):
    doc = nlp(text)
    assert not non_event(word(doc, act), modality)


def test_an_accusation_is_not_dated_by_the_earlier_bargain_it_names(nlp):
    doc = nlp("She accused Corvia of breaking a deal agreed in March 2016 under which Brelund was to "
              "receive funds.")
    dated = record_date(doc[:], "2025-06-11", act=word(doc, "accused"))
    assert (dated.date, dated.source) == ("2025-06-11", "publication")
    described = nlp("The Brelund government, formed in March 2016, expelled the Corvian envoy.")
    assert record_date(described[:], "2025-06-11", act=word(described, "expelled")).date == "2025-06-11"


def test_a_participle_on_the_act_s_own_noun_still_dates_it(nlp):
    doc = nlp("Brelund jets carried out a strike launched on 3 March against Corvian positions.")
    dated = record_date(doc[:], "2025-06-11", act=word(doc, "strike"))
    assert (dated.date, dated.source) == ("2025-03-03", "text")
