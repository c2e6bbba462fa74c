"""Kinds of wrong confident events a second analyst found in Guardian and PolNeAR articles (issue 12), through the
full pipeline: a demanded act coded as the act itself ("called on B to retaliate against C": REQUEST A -> B, not
THREATEN A -> C); events left undated in a dated document; the Syrian news agency Sana resolved to Yemen (Sanaa); a
meeting place taken as a participant ("the Geneva agreement"). The sentences are written for these tests; the
states and people are fictional, real places and the agency appear only by name.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_gates import demanding_verb


def events_of(nlp, text: str, published: str = "2025-06-11") -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = published
    doc._.cg_doc_id = "doc_second_analyst"
    return list(nlp(doc)._.cg_events)


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def brief(events) -> list:
    return [(e.type, e.modality, e.source_text, e.target_text, e.trigger) for e in events]


@pytest.mark.parametrize("text, asker, asked, demanded", [
    ("Senator Mara Quell called on President Tom Garr to retaliate against Brelund for the hacking.",
     "Mara Quell", "Tom Garr", "retaliate"),
    ("Quell urged Corvia to call out Brelund over the attacks.", "Quell", "Corvia", "call"),
    ("Corvia called on Brelund to release the detained sailors.", "Corvia", "Brelund", "release"),
])
def test_a_demand_with_an_infinitive_is_a_request_to_the_one_asked(nlp, text, asker, asked, demanded):
    events = events_of(nlp, text)
    first = events[0] if events else None
    assert first is not None and first.type == "REQUEST", brief(events)
    assert (first.source_text, first.target_text) == (asker, asked), brief(events)
    # the act asked for is no act of the asker
    assert not [e for e in events if e.trigger == demanded and e.source_text == asker], brief(events)
    assert not [e for e in events if e.type in ("THREATEN", "ACCUSE", "RETREAT") and e.modality == "occurred"], \
        brief(events)


def test_the_request_target_is_never_one_named_in_the_act_asked_for(nlp):
    events = events_of(nlp, "Mara Quell called on the administration to call out Brelund for the hacking.")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all(e.target_text != "Brelund" for e in requests), brief(events)
    promised = events_of(nlp, "Brelund promised Avaria to send aid to Corvia.")  # not a REQUEST: kept
    assert any(e.target_text == "Corvia" for e in promised), brief(promised)


def test_only_a_verb_of_asking_that_names_whom_it_asks_frames_the_act(nlp):
    asked = nlp("Mara Quell called on Corvia to retaliate against Brelund.")
    called, act = word(asked, "called"), word(asked, "retaliate")
    assert demanding_verb(act, [(called, "REQUEST", "call", 1.0)]).i == called.i
    assert demanding_verb(act, []) is None  # no cue of asking
    wished = nlp("The Corvian envoy wanted to confront Brelund.")
    wanted = word(wished, "wanted")
    assert demanding_verb(word(wished, "confront"), [(wanted, "REQUEST", "want", 1.0)]) is None  # no one asked
    # an act of the asker's own is coded as it is
    done = events_of(nlp, "Corvian troops attacked a Brelund convoy near the border on Monday.")
    assert any(e.type == "ASSAULT" for e in done), brief(done)


def test_an_event_of_a_dated_document_is_never_undated(nlp):
    """A day whose year is in doubt ("10 September" in a past clause of a note of 4 September) leaves a bare date
    undated, but an event gets the publication date; a planned event gets the future day it names."""
    from cablegram.nlp.dates import record_date

    text = "The Avarian envoy said he was asking Corvia and Brelund to meet on 10 and 11 September."
    sent = nlp(text)[:]
    assert record_date(sent, "2025-09-04").date is None
    assert tuple(record_date(sent, "2025-09-04", publication_if_in_doubt=True)) == ("2025-09-04", "publication")
    events = events_of(nlp, text, published="2025-09-04")
    assert events and all((e.date, e.date_source) == ("2025-09-04", "publication") for e in events), \
        [(e.type, e.date, e.date_source) for e in events]
    planned = events_of(nlp, "Corvian and Brelund envoys will meet in Port Amsel on 20 September to negotiate a truce.",
                        published="2025-09-04")
    assert [(e.date, e.date_source) for e in planned if e.modality == "planned"][:1] == [("2025-09-20", "text")], \
        [(e.type, e.modality, e.date) for e in planned]


@pytest.mark.parametrize("text", [
    "Pictures showed large fires in Kelm, but Sana, the Syrian state news agency, claimed air defences had held.",
    "Both sides' envoys backed the truce, according to Sana, the official Syrian outlet.",
    "Corvian troops shelled the town of Kelm, Sana reported.",
])
def test_the_syrian_news_agency_is_not_yemen(nlp, text):
    """"Sana" folds like "Sanaa" (the Yemeni capital): the outlet's name is no metonym for Yemen."""
    doc = nlp(text)
    assert not [m for m in doc._.cg_mentions if m.text == "Sana" and m.actor_id == "YEM"], \
        [(m.text, m.actor_id) for m in doc._.cg_mentions]
    events = events_of(nlp, text)
    assert not [e for e in events if "YEM" in (e.source_actor, e.target_actor)], brief(events)


@pytest.mark.parametrize("text, place", [
    ("The Geneva agreement was signed by the Avarian foreign minister and his Corvian counterpart.", "Geneva"),
    ("The Astana talks ended with a deal between Avaria and Corvia.", "Astana"),
    ("Avarian and Corvian envoys held talks in Geneva on Monday.", "Geneva"),
])
def test_a_meeting_place_is_never_a_participant(nlp, text, place):
    events = events_of(nlp, text)
    assert events, "the meeting or accord is still an event"
    assert not [e for e in events if place in (e.source_text, e.target_text)], brief(events)


def test_a_capital_on_a_noun_of_people_still_names_its_state(nlp):
    events = events_of(nlp, "Kyiv officials rejected the Brelund proposal.")
    assert [e.source_actor for e in events if e.type == "REJECT"] == ["UKR"], brief(events)
