"""Event type, modality, actors and dates through the full pipeline, on sentences written for these tests.

Each case stands for a class of error seen in the demo: hedged and conditional statements, bare future
or modal acts (coded as the act, not as AGREE), the semantic object as target, passive agents, and
dates that name a period rather than a day. The states and officials are fictional.
"""

from __future__ import annotations

import pytest

ANCHOR = "2025-06-11"  # a Wednesday


def code(nlp, text: str, anchor: str = ANCHOR):
    doc = nlp.make_doc(text)
    doc._.cg_date = anchor
    doc._.cg_doc_id = "doc_quality"
    events = nlp(doc)._.cg_events
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


@pytest.mark.parametrize("text,etype,modality", [
    # Hedges and speculation.
    ("People familiar with the talks indicate that Ostrelia could ship artillery shells to Dunmark.", "AID", "hypothetical"),
    ("Ostrelia may expel two Dunmarkian diplomats.", "SANCTION", "hypothetical"),
    ("The trip is expected to concentrate on grain exports and port repairs.", "CONSULT", "hypothetical"),
    ("Ostrelian rebels are believed to have attacked a convoy near the river.", "ASSAULT", "hypothetical"),
    # A conditional outranks "will"; a conditional hostile act by the subject is a threat (PLOVER).
    ("If Dunmark blocks the strait, Ostrelia will impose an embargo on Dunmarkian oil.", "THREATEN", "hypothetical"),
    # Plans: the PLOVER gold data (plv, plover_gsr) code an announced visit or meeting as AGREE; we follow
    # them (an announced delivery of aid stays AID, planned: it is tracked as a commitment).
    ("The Ostrelian premier will visit Port Amsel next week.", ("AGREE", "CONSULT"), "planned"),
    ("The Ostrelian premier is to visit Port Amsel on Friday.", ("AGREE", "CONSULT"), "planned"),
    ("Dunmark plans to hold talks with Ostrelia in the autumn.", ("AGREE", "CONSULT"), "planned"),
    ("The Ostrelian premier will travel to Port Amsel to meet Dunmarkian ministers.", ("AGREE", "CONSULT"), "planned"),
    # Negation.
    ("Dunmark did not free the captured fishermen.", "RETREAT", "negated"),
    # Bare future or past acts of giving are AID, whatever the modality.
    ("Ostrelia will provide Dunmark with EUR 90 million in food assistance.", "AID", "planned"),
    ("Ostrelia handed over 25 armoured personnel carriers to the Dunmarkian army last week.", "AID", "occurred"),
    # A stated commitment stays AGREE, and the pledge itself has happened.
    ("Ostrelia pledged to send reconstruction funds to Dunmark.", "AGREE", "occurred"),
    ("Ostrelia denounced Dunmark over the seizure of the ferry.", "ACCUSE", "occurred"),
])
def test_type_and_modality(nlp, text, etype, modality):
    ev = code(nlp, text)
    assert ev.modality == modality, ev.to_dict()
    if etype:
        assert ev.type in ((etype,) if isinstance(etype, str) else etype), ev.to_dict()


def _all_events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.cg_date = ANCHOR
    doc._.cg_doc_id = "doc_quality"
    return nlp(doc)._.cg_events


def test_a_refusal_to_meet_is_no_meeting(nlp):
    events = _all_events(nlp, "Ostrelia refused to receive the Dunmarkian envoy.")
    assert events
    assert not [e for e in events if e.type == "CONSULT" and e.modality != "negated"], [e.to_dict() for e in events]


def test_a_forecast_without_actors_is_not_a_confident_event(nlp):
    from cablegram.nlp.events import is_confident

    events = _all_events(nlp, "If the pipeline closes, Dunmarkian factories could run out of fuel, bankers warned.")
    assert not [e for e in events if is_confident(e)], [e.to_dict() for e in events]


def test_aid_modes(nlp):
    assert code(nlp, "Ostrelia will provide Dunmark with EUR 90 million in food assistance.").mode == "humanitarian"
    assert code(nlp, "Ostrelia delivered 25 armoured vehicles to the Dunmarkian armed forces.").mode == "military"


def test_relative_clause_cue_is_not_the_event(nlp):
    """'who asked …' describes the officials; 'more fuel is expected' alone is no REQUEST."""
    doc = nlp.make_doc("Officials who asked not to be identified said more fuel is expected.")
    doc._.cg_date = ANCHOR
    events = nlp(doc)._.cg_events
    assert all(e.type != "REQUEST" for e in events), [e.to_dict() for e in events]


def test_target_is_the_object_not_the_subject_again(nlp):
    ev = code(nlp, "The envoy stressed that Ostrelia will hold the Dunmarkian government to account.")
    assert ev.type in ("ACCUSE", "THREATEN")
    assert "Ostrelia" in ev.source_text and "Dunmark" in ev.target_text


def test_denial_codes_the_accused_as_source_and_the_victim_as_target(nlp):
    """The denial's REJECT; the act denied, done by someone, is an event of its own beside it, negated."""
    doc = nlp.make_doc("The Ostrelian Defence Ministry denied that Ostrelian drones had crossed the border into Dunmark.")
    doc._.cg_date = ANCHOR
    events = nlp(doc)._.cg_events
    ev = next(e for e in events if e.trigger == "denied")
    assert all(e.modality == "negated" for e in events if e.trigger != "denied"), [e.to_dict() for e in events]
    assert ev.source_text and "Ostrelia" in ev.source_text
    assert ev.target_text == "Dunmark"
    assert ev.source_actor != ev.target_actor


def test_passive_agent_is_the_source(nlp):
    ev = code(nlp, "A loan of 400 million dollars to Dunmark was approved by the Ostrelian senate.")
    assert ev.type == "AID"
    assert ev.source_text and "Ostrelian" in ev.source_text
    assert ev.target_text == "Dunmark"


def test_raised_subject_is_the_agent(nlp):
    ev = code(nlp, "Ostrelia is expected to send a field hospital to Dunmark on Monday.")
    assert ev.source_text == "Ostrelia" and ev.target_text == "Dunmark"
    assert (ev.type, ev.modality, ev.date) == ("AID", "planned", "2025-06-16")


@pytest.mark.parametrize("text,date", [
    ("Ostrelia will give Dunmark EUR 40 million for the coming year.", ANCHOR),
    ("Ostrelia will give Dunmark EUR 40 million next month.", ANCHOR),
    ("Ostrelian troops shelled Dunmarkian positions over the past week.", ANCHOR),
    ("Ostrelian troops shelled Dunmarkian positions yesterday.", "2025-06-10"),
    ("Ostrelian troops shelled Dunmarkian positions last week.", "2025-06-04"),
    ("Ostrelian troops shelled Dunmarkian positions on 2 June.", "2025-06-02"),
    ("The Ostrelian premier will visit Port Amsel next week.", "2025-06-18"),
    # Only planned events look forward: a hypothetical "next week" is not a date.
    ("Ostrelia could expel Dunmarkian diplomats next week.", ANCHOR),
])
def test_dates(nlp, text, date):
    assert code(nlp, text).date == date


def test_event_noun_compound_takes_arguments_from_its_head():
    """"a telephone call with X": the subject of "had" acts, even when "telephone" is the cue."""
    from cablegram.demo import actors_path
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.records import Document

    pipeline = Pipeline(config={"cablegram_actors.v1": {"extra_files": [str(actors_path())]}})
    text = "Minister of Foreign Affairs Ilse Varga had a telephone call with Valdorian Defence Minister Volodymyr Anton."
    events = pipeline.analyse(Document(text=text, published_at="2026-04-02")).events
    assert [(e.type, e.source_actor) for e in events] == [("CONSULT", "person:ilse-varga")]
    assert events[0].target_actor in ("person:volodymyr-anton", "VLD")
