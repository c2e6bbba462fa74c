"""Kinds of trigger misses (issue 12): the sentence's event must sit on the words that name the act. Kind fixed here:
an act named by a verb of commitment in a clause of its own beside the sentence's event (a relative or adverbial
clause: "…, who has vowed not to return …", "signed …, pledging never again to …") had no event, so its modality was
lost. It now gets one, on the act's own verb, with the act's modality, and never a confident one (its type is a guess
or comes from a clause the sentence's classifier did not read). The sentences are written for these tests; the states
and people are fictional.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.events import _BARE_CONFIDENCE, _outer_commitments, is_confident


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_trigger_kinds"
    return list(nlp(doc)._.cg_events)


@pytest.mark.parametrize("text, act, modality", [
    ("The Valdorian premier, who has vowed not to return the Osmir islands to Tarsova, won the vote on Sunday.",
     "return", "negated"),
    ("Valdoria and Tarsova signed a border accord in 2019, pledging never again to shell each other's villages.",
     "shell", "negated"),
    ("The Valdorian premier, who promised to visit Tarsova, met the Tarsovan envoy on Sunday.", "visit", "planned"),
])
def test_act_of_an_outer_commitment_has_its_own_event(nlp, text, act, modality):
    events = events_of(nlp, text)
    on_act = [e for e in events if e.trigger == act]
    assert on_act, f"no event on {act!r}: {[(e.type, e.trigger) for e in events]}"
    assert all(e.modality == modality for e in on_act)
    assert all(e.confidence <= _BARE_CONFIDENCE and not is_confident(e) for e in on_act)
    # the sentence's own event is still there, on another word
    assert any(e.trigger != act for e in events)


def test_a_commitment_that_is_the_sentence_event_is_no_outer_frame(nlp):
    doc = nlp("Valdoria vowed on Monday to shell the Tarsovan border posts.")
    assert _outer_commitments(next(iter(doc.sents)), set()) == []
    doc = nlp("The premier, who has vowed not to return the islands, won the vote.")
    assert [t.text for t in _outer_commitments(next(iter(doc.sents)), set())] == ["vowed"]
    # a frame that an event already codes is left to that event
    vowed = next(t.i for t in doc if t.text == "vowed")
    assert _outer_commitments(next(iter(doc.sents)), {vowed}) == []


def test_a_sentence_without_a_commitment_gets_no_extra_event(nlp):
    events = events_of(nlp, "Valdoria signed a border accord with Tarsova on Monday.")
    assert [e.trigger for e in events] == ["signed"]


def _scorer():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_modality.py"
    spec = importlib.util.spec_from_file_location("eval_modality_linking", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _offsets(doc, word: str) -> list[int]:
    tok = next(t for t in doc if t.text == word)
    return [tok.idx, tok.idx + len(tok)]


@pytest.mark.parametrize("text, system_word, gold_word, linked", [
    # the annotated word starts or counts the act it names with "of": one event
    ("Valdoria announced the launch of the offensive on Tarsova.", "offensive", "launch", True),
    ("The Tarsovan navy began three weeks of drills near the Osmir islands.", "drills", "began", True),
    # one way only: the word that holds the "of" is not the act of its object
    ("Valdoria announced the launch of the offensive on Tarsova.", "launch", "offensive", False),
    ("The Valdorian envoy did not rule out the possibility of a war with Tarsova.", "possibility", "war", False),
])
def test_scorer_links_an_act_named_with_of(nlp, text, system_word, gold_word, linked):
    scorer = _scorer()
    doc = nlp(text)
    gold = _offsets(doc, gold_word)
    gold_span = doc.char_span(gold[0], gold[1])
    assert scorer._same_predicate(doc, _offsets(doc, system_word), gold_span) is linked
