"""The sixth fresh modality set (tests/data/modality_fresh6.jsonl: 72 sentences written as a reporter would by an analyst
who had not seen the code, 1 Dec 2026; each record holds its own text, not a report of fact) against floors on its
development part, and the kinds its development part showed, on sentences written for this test about fictional actors
(Brevia, Ostland, the town of Tarsk). Needs no data folder."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))
SET = REPO / "tests" / "data" / "modality_fresh6.jsonl"


def _on(events, word):
    return [e for e in events if e.trigger == word]


def _shown(events):
    return [(e.trigger, e.type, e.modality, e.confidence) for e in events]


def test_fresh6_records_hold_their_text_and_a_fixed_part():
    """72 records, each with its text, the trigger's offsets into it, a label and the part its writer fixed by the
    SHA-256 of the record id (final when divisible by 3) before any run."""
    rows = [json.loads(line) for line in SET.open(encoding="utf-8") if line.strip()]
    assert len(rows) == 72
    for r in rows:
        assert set(r) == {"id", "text", "text_source", "trigger", "modality", "part"}, r["id"]
        assert 0 <= r["trigger"][0] < r["trigger"][1] <= len(r["text"]), r["id"]
        assert r["modality"] in ("occurred", "planned", "hypothetical", "negated"), r["id"]
        final = int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("final" if final else "dev"), r["id"]


def test_fresh6_development_figures(event_nlp):
    """The events component on the development part of the sixth set (floors in tests/data/event_floors.json, fail
    when more than 0.02 below). The records carry their text: no data folder is read."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(REPO, event_nlp, eval_modality.FRESH6, "dev")
    assert result["n"] == 41
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh6_dev_given_trigger_macro_f1"] - 0.02, result
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh6_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh6_dev_system_macro_f1"] - 0.02, system


@pytest.mark.parametrize("text,word,modality", [
    # the main verb's act beside an event on another word: the vote, not only the treaty
    ("The Ostland parliament is to vote on the border treaty on Friday, the speaker's office said.", "vote", "planned"),
    ("No Brevian troops crossed the river overnight, the Ostland ministry said, rejecting reports of an incursion.",
     "crossed", "negated"),
])
def test_the_main_verbs_own_act_is_coded_beside_other_events(event_nlp, text, word, modality):
    """A main verb with no cue word, someone as subject and a modality other than occurred is an event of its own
    (its type a guess, never confident), beside the events on the sentence's cue words."""
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, word)), _shown(events)


def test_a_main_verb_that_states_what_happened_gets_no_further_event(event_nlp):
    """Only an act the sentence does not give as happened gets the guessed-type event (precision first)."""
    events = event_nlp("The Ostland parliament debated the border treaty on Friday, the speaker's office "
                       "said.")._.cg_events
    assert all(e.confidence >= 0.5 for e in _on(events, "debated")), _shown(events)


@pytest.mark.parametrize("text,word,etype", [
    ("The planned handover of the Tarsk airport to Ostland was called off at the last minute.", "handover", "RETREAT"),
    ("The Brevian delegation staged a walkout during the talks in Tarsk.", "walkout", "PROTEST"),
    ("Ostland confirmed the pullout of its troops from Tarsk.", "pullout", "RETREAT"),
])
def test_the_nouns_of_particle_verb_cues_are_cues(event_nlp, text, word, etype):
    """ "handover", "walkout", "pullout": the nouns of "hand over" (control), "walk out" and "pull out"."""
    events = event_nlp(text)._.cg_events
    assert {e.type for e in _on(events, word)} == {etype}, _shown(events)


def test_an_act_called_off_is_negated(event_nlp):
    events = event_nlp("The planned handover of the Tarsk airport to Ostland was called off at the last "
                       "minute.")._.cg_events
    assert {e.modality for e in _on(events, "handover")} == {"negated"}, _shown(events)


@pytest.mark.parametrize("text,main", [
    ("Ostland's role in Tarsk was to counter the Brevian rebels, the minister insisted.", "was"),
    ("The best approach would be to return to the talks in Tarsk.", "be"),
])
def test_be_to_of_a_purpose_is_no_scheduled_act(event_nlp, text, main):
    """ "its role was to counter X", "the approach would be to return": a purpose or a way, not an act scheduled (the
    copula stays the main word; "the allies are to meet" is scheduled, see test_modality_fresh5)."""
    from cablegram.nlp.modality import main_event_token

    assert main_event_token(next(iter(event_nlp(text).sents))).text == main


@pytest.mark.parametrize("text,word,etype", [
    ("The Ostland and Brevian navies carried out drills together off Tarsk last week.", "drills", "COOPERATE"),
    ("Two Brevian gunmen blew themselves up near the Tarsk market, killing four people.", "blew", "ASSAULT"),
])
def test_drills_and_blowing_up_are_cues(event_nlp, text, word, etype):
    """ "drills" is an exercise (COOPERATE, as "exercise"); "blew themselves up" is the attack itself, the event on it
    rather than on the killing it caused."""
    events = event_nlp(text)._.cg_events
    assert {e.type for e in _on(events, word)} == {etype}, _shown(events)


def test_a_penalty_none_received_is_negated(event_nlp):
    """ "penalize" is a SANCTION; "none of them have ever been penalized" negates it."""
    events = event_nlp("The Ostland spokesman said that the unit employs Brevian veterans, and that none of them "
                       "have ever been penalized for their service.")._.cg_events
    assert {(e.type, e.modality) for e in _on(events, "penalized")} == {("SANCTION", "negated")}, _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    ("Ostland troops to withdraw from Tarsk by March", "withdraw", "planned"),
    ("OSTLAND TROOPS TO WITHDRAW FROM TARSK BY MARCH", "WITHDRAW", "planned"),
    ("ostland to impose new sanctions on brevia", "impose", "planned"),
    # not a headline: an infinitive of purpose before the clause
    ("To withdraw from Tarsk, the Ostland troops need trucks.", "withdraw", "occurred"),
])
def test_a_headline_infinitive_is_planned(event_nlp, text, word, modality):
    """ "X to withdraw from Y": a headline's infinitive with its subject and no finite verb is its future, in any
    case."""
    from cablegram.nlp.modality import classify

    doc = event_nlp(text)
    token = next(t for t in doc if t.text == word)
    assert classify(next(iter(doc.sents)), token).modality == modality


def test_a_headline_infinitive_hung_on_its_subject_is_the_main_event(event_nlp):
    """ "UN envoy to visit Tarsk next week": the parse hangs the infinitive on the noun; with no finite verb in the
    line it is the headline's act, planned."""
    from cablegram.nlp.modality import classify, main_event_token

    sent = next(iter(event_nlp("UN envoy to visit Tarsk next week").sents))
    main = main_event_token(sent)
    assert main.text == "visit"
    assert classify(sent, main).modality == "planned"
