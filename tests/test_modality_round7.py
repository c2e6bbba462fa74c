"""Modality kinds a sixth round of reporter-style sets showed, on sentences written for these tests about fictional
actors (Tarsia, Oburn, the port of Vell): an act noun under the infinitive of "is to" takes that plan; an event noun
that "would" take place, in what a source said, is planned (future in the past), not a forecast; "insisted" over a
clause in the past or perfect asserts a fact (no REQUEST), the clause's act is the event."""

from __future__ import annotations

import pytest

from cablegram.nlp.modality import classify


def _modality(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify(doc[:], trigger).modality


def _events(nlp, text):
    doc = nlp(text)
    return [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.modality) for e in doc._.cg_events
            if e.spans.get("trigger")]


@pytest.mark.parametrize("text,word", [
    ("Tarsia is to hold a referendum on the border treaty in the spring.", "referendum"),
    ("The two navies are to hold joint exercises off Vell in the spring, officials said.", "exercises"),
])
def test_an_act_noun_under_is_to_is_planned(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "planned"


def test_an_act_noun_under_is_to_as_the_event(event_nlp):
    events = _events(event_nlp, "The two navies are to hold joint exercises off Vell in the spring, officials said.")
    assert events and all(m == "planned" for _, m in events), events


def test_is_without_an_infinitive_states_a_fact(event_nlp):
    """A copula before a noun, and "is" as a passive auxiliary, say nothing of a plan."""
    assert _modality(event_nlp, "The blockade of Vell is a violation of the truce, Tarsia said.", "blockade") == "occurred"


@pytest.mark.parametrize("text,word", [
    ("Oburn's protocol chief told reporters that the border conference would proceed in Vell.", "conference"),
    ("The summit would take place in Vell whatever the weather, Oburn's protocol chief told reporters.", "summit"),
])
def test_an_event_noun_that_would_take_place_in_reported_speech_is_planned(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "planned"


@pytest.mark.parametrize("text,word", [
    ("Diplomats said the talks would collapse without a new offer from Oburn.", "talks"),
    ("The talks would go ahead if Tarsia withdrew its ships from Vell.", "talks"),
    ("Tarsian officials said the talks could go ahead in Vell.", "talks"),
])
def test_a_forecast_or_condition_on_an_event_noun_stays_hypothetical(event_nlp, text, word):
    assert _modality(event_nlp, text, word) == "hypothetical"


@pytest.mark.parametrize("text,word", [
    ("Tarsia insisted its coast guard had boarded the trawler inside Tarsian waters.", None),
    ("Tarsia insisted on Friday that its coastguard had already released the trawler.", None),
])
def test_insisting_on_a_fact_is_no_request(event_nlp, text, word):
    """"insisted" over a clause in the past or perfect reports what is so: the act of the clause is the event, not a
    REQUEST on "insisted" (a clause with no cue word of its own gives no event)."""
    doc = event_nlp(text)
    events = [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.type) for e in doc._.cg_events
              if e.spans.get("trigger")]
    assert word is None or any(w == word for w, _ in events), events
    assert not any(w == "insisted" for w, _ in events), events


def test_insisting_on_an_act_to_come_is_a_request(event_nlp):
    """A demand takes the bare verb: "insisted that Oburn withdraw its gunboats" stays a REQUEST on "insisted"."""
    doc = event_nlp("Tarsia insisted that Oburn withdraw its gunboats from the port of Vell.")
    assert ("insisted", "REQUEST") in [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.type)
                                       for e in doc._.cg_events if e.spans.get("trigger")]


def test_the_benchmark_scores_the_framed_act_not_its_frame(event_nlp, tmp_path):
    """benchmarks/eval_modality.py: of two events on the annotated words, one on its object ("resume their fishing talks":
    the talks, planned) is scored before one on the verb that frames it ("agreed": an event of its own, occurred)."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import eval_modality

    text = "Tarsia and Oburn agreed on Friday to resume their fishing talks once the storm season ends."
    doc = event_nlp(text)
    coded = {doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]]: e.modality for e in doc._.cg_events}
    assert coded.get("agreed") == "occurred" and coded.get("talks") == "planned", coded
    start = text.index("resume")
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "t1", "text": text, "text_source": "own", "trigger": [start, start + 6],
                                "modality": "planned", "part": "dev"}) + "\n", encoding="utf-8")
    result = eval_modality.evaluate_real(tmp_path, event_nlp, path, "dev")
    assert result["system"]["per_class_f1"]["planned"] == 1.0, result


@pytest.mark.parametrize("text", [
    "The recall of two Oburnese envoys from Tarsia came a day after the border shooting.",
    "Oburn confirmed on Monday the recall of three diplomats posted to Vell.",
    "Tarsia's cabinet approved the recall of the envoys it had sent to Oburn.",
])
def test_a_recall_noun_of_diplomats_is_the_sanction(event_nlp, text):
    """The noun of an act with its object after "of" reads as the verb's phrase ("the recall of three diplomats" as
    "recall diplomats"): a SANCTION on "recall"."""
    doc = event_nlp(text)
    events = [(doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.type) for e in doc._.cg_events
              if e.spans.get("trigger")]
    assert ("recall", "SANCTION") in events, events


def test_a_recall_noun_of_words_is_no_sanction(event_nlp):
    doc = event_nlp("The memoir describes the recall of the ambassador's words at a dinner in Vell.")
    assert not any(e.type == "SANCTION" for e in doc._.cg_events)


@pytest.mark.parametrize("text,word", [
    ("Tarsia will cut power to the enclave unless payments for last winter's electricity arrive, the utility said.",
     "cut"),
])
def test_unless_hung_as_a_preposition_is_a_condition(event_nlp, text, word):
    """The parser may hang "unless" as a preposition with the condition's subject as its object, on the verb or on
    its object: the act stays a possibility."""
    assert _modality(event_nlp, text, word) == "hypothetical"


@pytest.mark.parametrize("text,word,modality", [
    ("The grain silos were probably set on fire by Oburnese drones.", "silos", "hypothetical"),
    ("The convoy was possibly looted by deserters from the Tarsian army.", "convoy", "hypothetical"),
    ("Oburnese militias fired the rockets at the Tarsian border post, a general said.", "rockets", "occurred"),
])
def test_a_speculative_adverb_on_the_verb_of_an_object_noun(event_nlp, text, word, modality):
    """An event coded on the object (or passive subject) of a verb that "probably" or "possibly" qualifies is a
    possibility, as one on the verb is."""
    assert _modality(event_nlp, text, word) == modality


def test_the_benchmark_takes_an_act_compound_on_the_verbs_object(event_nlp, tmp_path):
    """benchmarks/eval_modality.py: an event on the act noun in a compound before the annotated verb's object ("adopted
    a [sanctions] package") is on the annotated words, as one on the object of its "of" ("a package of sanctions")."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import eval_modality

    text = "ECOWAS leaders adopted a sanctions package against the junta in Niger."
    doc = event_nlp(text)
    assert [doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]] for e in doc._.cg_events] == ["sanctions"]
    start = text.index("adopted")
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "t1", "text": text, "text_source": "own", "trigger": [start, start + 7],
                                "modality": "occurred", "part": "dev"}) + "\n", encoding="utf-8")
    assert eval_modality.evaluate_real(tmp_path, event_nlp, path, "dev")["system"]["trigger_found"] == 1.0


@pytest.mark.parametrize("text,word,modality", [
    ("Fears grow of Tarsian invasion of Oburn", "invasion", "hypothetical"),
    ("Fears are growing of a coup in Oburn, diplomats say", "coup", "hypothetical"),
    ("Tarsian troops grow tired of the occupation of Vell", "occupation", "occurred"),
])
def test_an_of_phrase_moved_after_the_verb_of_a_possibility_noun(event_nlp, text, word, modality):
    """A headline puts the "of" of a noun of possibility after its verb ("Fears grow of an invasion"): the act is
    still a possibility; an "of" on a verb whose subject is no such noun is not."""
    assert _modality(event_nlp, text, word) == modality


@pytest.mark.parametrize("text,word,modality", [
    ("Tarsia is bracing for a possible Oburnese attack on its northern border.", "attack", "hypothetical"),
    ("Officials in Vell prepared for a potential visit by the Tarsian leader.", "visit", "hypothetical"),
    ("Officials in Vell prepared for the planned visit by the Tarsian leader.", "visit", "planned"),
])
def test_a_qualifier_of_possibility_on_an_act_noun(event_nlp, text, word, modality):
    """"a possible attack", "a potential visit" (``hedge.qualifiers``) name a possibility, not a plan; "the planned
    visit" stays planned."""
    assert _modality(event_nlp, text, word) == modality
