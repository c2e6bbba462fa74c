"""Modality and reported speech on sentences written for these tests, and on the modality test set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text,modality,reported", [
    ("The envoy arrived in Ostrava on Monday.", "occurred", False),
    ("The envoy will arrive in Ostrava on Monday.", "planned", False),
    ("The ministry said the envoy would arrive on Monday.", "planned", True),
    ("The envoy did not arrive in Ostrava.", "negated", False),
    ("The envoy refused to travel to Ostrava.", "negated", False),
    ("The envoy might travel to Ostrava if the roads reopen.", "hypothetical", False),
    ("According to the radio, the envoy left Ostrava at noon.", "occurred", True),
    ("No talks took place between the two delegations.", "negated", False),
    # Hedges: belief verbs, hedged raising, forecasts about an event noun, conditionals before "will".
    ("Analysts think the envoy left Ostrava at dawn.", "hypothetical", False),
    ("The envoy is said to have left Ostrava at dawn.", "hypothetical", True),
    ("The envoy is thought to have crossed into Brevia.", "hypothetical", False),
    ("If the roads reopen, the envoy will travel to Ostrava.", "hypothetical", False),
    ("The envoy is expected to arrive in Ostrava on Monday.", "planned", False),
    ("The envoy plans to travel to Ostrava in May.", "planned", False),
    ("The ministry denied that the envoy had travelled to Ostrava.", "negated", True),
])
def test_modality(bare_nlp, text, modality, reported):
    from cablegram.nlp.modality import classify

    result = classify(next(bare_nlp(text).sents))
    assert (result.modality, result.reported_speech) == (modality, reported)


def test_forecast_about_an_event_noun_is_hypothetical(bare_nlp):
    """'The meeting is expected to centre on …' forecasts what the meeting will be: hedged, not planned."""
    from cablegram.nlp.modality import classify

    sent = next(bare_nlp("The meeting is expected to centre on water rights.").sents)
    meeting = next(t for t in sent if t.lower_ == "meeting")
    assert classify(sent, meeting).modality == "hypothetical"
    envoy_sent = next(bare_nlp("The envoy is expected to arrive on Monday.").sents)
    assert classify(envoy_sent).modality == "planned"


def test_modality_gold_set_macro_f1(bare_nlp):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate(None, bare_nlp)
    assert result["n"] >= 100
    assert result["macro_f1"] >= 0.6


@pytest.mark.parametrize("text,trigger,modality", [
    # A negation of the main clause does not reach a relative or subordinate clause under it.
    ("The navy has not fired its guns since last month when the rebels shelled the harbour.", "shelled", "occurred"),
    ("The navy has not fired its guns since last month when the rebels shelled the harbour.", "fired", "negated"),
    ("The minister will not travel to Ostrava if the rebels attack the airport.", "attack", "hypothetical"),
    # A negator that the parser hangs on an adverb ("never again") still negates the verb it modifies.
    ("The two states signed a treaty, promising never again to deploy mines on the border.", "deploy", "negated"),
    ("The rebels not only shelled the harbour but also seized the port.", "shelled", "occurred"),
    # Considering an action is not planning it, whatever the tense of the considering.
    ("The ministry would consider suspending the talks should the shelling continue.", "suspending", "hypothetical"),
])
def test_scope_follows_the_parse(bare_nlp, text, trigger, modality):
    from cablegram.nlp.modality import classify

    sent = next(bare_nlp(text).sents)
    token = next(t for t in sent if t.text == trigger)
    assert classify(sent, token).modality == modality
