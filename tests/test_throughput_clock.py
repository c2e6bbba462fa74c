"""benchmarks/throughput.py's ClassifierClock: the events classifier's CPU seconds, apart from the events rules'."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from throughput import ClassifierClock, per_component  # noqa: E402

TEXTS = [
    "Avarian troops shelled the border town of Kessel on Monday, killing four civilians, officials said.\n"
    "The foreign minister of Corvia met her Avarian counterpart in Geneva to discuss a ceasefire.",
]


def test_clock_counts_the_classifier_inside_the_events_component(event_nlp):
    model = event_nlp.get_pipe("cablegram_events").model
    assert model is not None, "the shipped event model is part of the install"
    with ClassifierClock(event_nlp) as clock:
        _, cpu = per_component(event_nlp, TEXTS)
        assert "predict_proba" in vars(model)
    assert 0.0 < clock.seconds <= cpu["cablegram_events"] + 0.01
    assert "predict_proba" not in vars(model)  # the class's method again after the block
    with ClassifierClock(event_nlp) as again:
        pass
    assert again.seconds == 0.0


def test_clock_without_events_component_times_nothing(bare_nlp):
    with ClassifierClock(bare_nlp) as clock:
        per_component(bare_nlp, TEXTS)
    assert clock.model is None and clock.seconds == 0.0
