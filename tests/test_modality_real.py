"""Modality on real news sentences of ../shared/data, annotated by this project (tests/data/modality_real.jsonl
holds only references: dataset, record id, sentence and trigger offsets, label), and negation kinds on
sentences written for this test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))


def _modality_of(nlp, text, word):
    from cablegram.nlp.modality import classify

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return classify(next(iter(doc.sents)), token).modality


@pytest.mark.parametrize("text,word,expected", [
    ("No delegation attended the talks in Brevia.", "attended", "negated"),          # quantifier subject
    ("Nobody signed the accord on Friday.", "signed", "negated"),                      # negative pronoun
    ("The envoy has never visited Ostrava.", "visited", "negated"),                   # temporal adverb
    ("The council has yet to approve the loan.", "approve", "negated"),               # "yet to"
    ("The ministry denied that its troops crossed the river.", "crossed", "negated"),  # verb of denial
    ("The minister did not rule out sanctions against Brevia.", "sanctions", "hypothetical"),  # double negation
    ("The minister refused to rule out new talks with Brevia.", "talks", "hypothetical"),
])
def test_negation_kinds(bare_nlp, text, word, expected):
    assert _modality_of(bare_nlp, text, word) == expected


def test_modality_on_annotated_real_sentences(shared_data, bare_nlp):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(shared_data, bare_nlp)
    assert result["n"] >= 100
    floor = FLOORS["modality_real_given_trigger_macro_f1"]
    assert result["given_trigger"]["macro_f1"] >= floor - 0.02, result["given_trigger"]


def test_events_on_the_annotated_words_of_real_sentences(shared_data, event_nlp):
    """The full events component finds the annotated event and its modality (development set; floors in
    tests/data/event_floors.json, fail when more than 0.02 below)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    system = eval_modality.evaluate_real(shared_data, event_nlp)["system"]
    assert system["trigger_found"] >= FLOORS["modality_real_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_real_system_macro_f1"] - 0.02, system


@pytest.mark.parametrize("text,event", [
    ("The council has yet to approve the loan to Ostland.", "approve"),      # "yet to": the event is the complement
    ("Brevia is yet to sign the border accord.", "sign"),
    ("Ostland did not rule out sending troops to the border.", "sending"),   # double negation frames its complement
    ("The ministry said the envoy would visit Ostrava in May.", "visit"),    # reporting frame
])
def test_main_event_looks_through_frames(bare_nlp, text, event):
    from cablegram.nlp.modality import main_event_token

    assert main_event_token(next(bare_nlp(text).sents)).text == event


@pytest.mark.parametrize("text,word,modality", [
    # The denied act is coded on its own words, negated, beside the denial itself.
    ("Brevia denied sending rifles to the rebels in Ostland.", "sending", "negated"),
    ("The ministry denied that its aircraft had bombed the depot in Ostrava.", "bombed", "negated"),
    # The event sits on the complement of a polarity frame, with the frame's polarity.
    ("Ostland did not rule out sending troops to the border with Brevia.", "sending", "hypothetical"),
])
def test_event_on_the_reported_act(event_nlp, text, word, modality):
    events = event_nlp(text)._.cg_events
    on_word = [e for e in events if e.trigger == word]
    assert on_word, [(e.type, e.trigger) for e in events]
    assert {e.modality for e in on_word} == {modality}
