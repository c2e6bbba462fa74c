"""Places and non-actors never fill an event's actor slot (issues 12 and 16), through the full pipeline.

Kinds: a place the actors component typed as one (a camp) named as where aid comes from gives no source and
no country; a list of countries after a locative preposition ("across Iraq and Syria") is never a source,
even where the parse hangs part of the list on the noun before it; an unresolved fallback phrase is never a
currency code or a replacement character. Sentences are written for these tests; groups and states acting
are fictional, real names appear only as places.
"""

from __future__ import annotations

from cablegram.nlp.event_actors import names_participant


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_places"
    return list(nlp(doc)._.cg_events)


def _slots(events) -> set:
    return {v for e in events for v in (e.source_actor, e.target_actor, e.source_text, e.target_text) if v}


def test_a_camp_aid_comes_from_is_no_source_and_gives_no_country(nlp):
    for text in ("Aid from al-Hawl reached the stranded families on Monday.",
                 "Thousands of displaced families received aid from al-Hawl last week."):
        events = events_of(nlp, text)
        assert events, text
        slots = _slots(events)
        assert "SYR" not in slots, (text, slots)
        assert not any("Hawl" in v for v in slots), (text, slots)


def test_countries_after_a_locative_preposition_are_never_the_source(nlp):
    for text in ("Fighters across Iraq and Syria attacked the Zarovan Brigade.",
                 "Militias in Iraq and Syria ambushed a convoy of the Zarovan Brigade."):
        events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
        assert events, text
        assert all(e.source_actor not in ("IRQ", "SYR") for e in events), \
            [(e.source_actor, e.target_actor) for e in events]


def test_a_threat_in_named_countries_keeps_its_actor_and_no_country(nlp):
    events = events_of(nlp, "The Zarovan Brigade poses a growing threat in Iraq and Syria.")
    assert all(e.source_actor not in ("IRQ", "SYR") and e.target_actor not in ("IRQ", "SYR") for e in events)


def test_a_place_that_is_hit_still_stands_for_its_state(nlp):
    events = [e for e in events_of(nlp, "Velmarian artillery shelled Kharkiv for a second night.")
              if e.type == "ASSAULT"]
    assert events and events[0].target_actor == "UKR"


def test_fallback_text_is_never_a_currency_code_or_a_broken_character(nlp):
    for text in ("The Velmar cartel seized CAD from the Ostrelian customs office.",
                 "The council condemned the raid on \ufffd.",
                 "Ostrelia will send EUR 5 million to the refugees."):
        for e in events_of(nlp, text):
            for value in (e.source_text, e.target_text, e.source_actor, e.target_actor):
                assert value not in ("CAD", "EUR", "\ufffd"), (text, e.source_text, e.target_text)
                assert "\ufffd" not in (value or ""), text


def test_names_participant_reads_the_words(nlp):
    doc = nlp.make_doc("CAD eur \ufffd % the aid workers")
    assert not names_participant(doc[0:1])
    assert not names_participant(doc[1:2])
    assert not names_participant(doc[2:3])
    assert not names_participant(doc[3:4])
    assert names_participant(doc[4:7])
