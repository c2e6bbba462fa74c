"""Kinds of wrong events a new user saw in the demo, and raw nationality words in event slots (issue 12).

A planned trip taken for an agreement, a participant's own state taken for the counterpart of talks, a
conditional outlook taken for a threat, an expectation taken for an agreement, and an unresolved nationality
adjective or short form filling an event slot as raw text. The sentences are written for these tests; the
states and people are fictional.
"""

from __future__ import annotations

from cablegram.nlp.event_actors import actor_spans
from cablegram.nlp.event_gates import own_state_counterpart


def events_of(nlp, text: str, day: str = "2025-06-11") -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = day
    doc._.cg_doc_id = "doc_demo_kinds"
    return list(nlp(doc)._.cg_events)


def test_planned_visit_is_consult_not_agreement(nlp, event_model):
    events = events_of(nlp, "Avarian Prime Minister Lena Koss will visit Brelund next month to meet its leaders, "
                            "her office said.")
    assert events, "a planned visit is an event"
    assert "AGREE" not in {e.type for e in events}
    visit = [e for e in events if e.trigger == "visit"]
    assert visit and visit[0].type == "CONSULT" and visit[0].modality == "planned"


def test_conditional_outlook_of_a_thing_is_no_threat(nlp, event_model):
    events = events_of(nlp, "If the deliveries stop, Corvian farms could face heavy losses within months, "
                            "analysts warned.")
    assert not [e for e in events if e.type == "THREATEN"]


def test_conditional_act_of_an_actor_stays_a_threat(nlp, event_model):
    events = events_of(nlp, "The Brelund defence minister warned that the army would strike Corvia if its troops "
                            "crossed the river.")
    assert "THREATEN" in {e.type for e in events}


def test_expectation_is_no_agreement(nlp, event_model):
    events = events_of(nlp, "Officials in Brelund say Avaria expects more tanks from its allies this year.")
    assert not [e for e in events if e.type == "AGREE"]


def _mention(doc, text: str):
    words = text.split()
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i:i + len(words)]] == words:
            return doc[i:i + len(words)]
    raise AssertionError(f"{text!r} not in {doc.text!r}")


def test_own_state_named_as_topic_is_no_counterpart(nlp):
    doc = nlp("Mira Tal and Tom Garr discussed preparations for Avaria's reform plan.")
    trigger = next(t for t in doc if t.text == "discussed")
    mira = (_mention(doc, "Mira Tal"), "PER.BRL.mira-tal")
    tom = (_mention(doc, "Tom Garr"), "PER.AVR.tom-garr")
    avaria = (_mention(doc, "Avaria"), "AVR")
    pairs = own_state_counterpart([(mira, avaria), (tom, avaria)], trigger, "CONSULT")
    assert pairs == [(mira, avaria), (tom, mira)]
    # other types keep their pairs
    assert own_state_counterpart([(tom, avaria)], trigger, "AGREE") == [(tom, avaria)]


def test_own_state_named_as_counterpart_stays(nlp):
    doc = nlp("Tom Garr held talks with Avaria on Monday.")
    trigger = next(t for t in doc if t.text == "talks")
    tom = (_mention(doc, "Tom Garr"), "PER.AVR.tom-garr")
    avaria = (_mention(doc, "Avaria"), "AVR")
    assert own_state_counterpart([(tom, avaria)], trigger, "CONSULT") == [(tom, avaria)]


def test_alone_own_state_topic_leaves_no_target(nlp):
    doc = nlp("Tom Garr discussed Avaria's reform plan in a call.")
    trigger = next(t for t in doc if t.text == "discussed")
    tom = (_mention(doc, "Tom Garr"), "PER.AVR.tom-garr")
    avaria = (_mention(doc, "Avaria"), "AVR")
    assert own_state_counterpart([(tom, avaria)], trigger, "CONSULT") == [(tom, None)]


def test_unresolved_nationality_adjective_fills_no_event_slot(nlp, event_model):
    text = "Police in Brelund detained a Corvian woman after the protest."
    doc = nlp(text)
    raw = [aid for span, aid in actor_spans(doc) if span.text == "Corvian"]
    assert raw == [] or all(aid != "Corvian" for aid in raw)
    for e in events_of(nlp, text):
        assert "Corvian" not in (e.source_actor, e.target_actor)


def test_unresolved_group_noun_is_still_a_participant(nlp):
    doc = nlp("The Corvians protested outside the Brelund embassy on Monday.")
    names = {span.text for span, _ in actor_spans(doc)}
    assert any("Corvians" in n for n in names)


def test_short_form_resolved_elsewhere_in_the_document_keeps_its_id(nlp):
    doc = nlp("The US sent advisers to Corvia in May. Weeks later US-backed Corvian units attacked the town.")
    ids = [(span.text, aid) for span, aid in actor_spans(doc) if span.text == "US"]
    assert len(ids) == 2 and all(aid == "USA" for _, aid in ids)


def test_nationality_joined_to_a_leading_word_is_no_raw_participant(nlp):
    doc = nlp("Kurdish-led units pushed into the village on Monday.")
    assert [aid for span, aid in actor_spans(doc) if aid == "Kurdish"] == []
