"""The loss weighting of the event-type training script (scripts/train_event_model.py): pure Python, no torch."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def training():
    spec = importlib.util.spec_from_file_location("train_event_model", REPO / "scripts" / "train_event_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _examples(counts: dict[str, int]) -> list[tuple[str, str, str]]:
    return [(f"x:{lab}{i}", f"sentence {i} of {lab}", lab) for lab, n in counts.items() for i in range(n)]


def test_plain_loss_weights_every_class_alike(training):
    train = _examples({"ASSAULT": 40, "CONSULT": 10, "PROTEST": 5})
    assert training.class_weights(train, ["ASSAULT", "CONSULT", "PROTEST"], 0.0) == [1.0, 1.0, 1.0]


def test_rarer_classes_weigh_more_and_examples_average_one(training):
    labels = ["ASSAULT", "CONSULT", "PROTEST", "YIELD"]
    train = _examples({"ASSAULT": 40, "CONSULT": 10, "PROTEST": 5})
    half = training.class_weights(train, labels, 0.5)
    full = training.class_weights(train, labels, 1.0)
    assert half[0] < half[1] < half[2] and full[0] < full[1] < full[2]
    assert full[2] / full[0] == pytest.approx(8.0) and half[2] / half[0] == pytest.approx(8.0 ** 0.5)
    per_example = {lab: w for lab, w in zip(labels, half)}
    assert sum(per_example[ex[2]] for ex in train) / len(train) == pytest.approx(1.0)
    assert half[3] == 0.0 and full[3] == 0.0  # a label absent from the training set gets no weight


def test_held_out_split_is_stratified_and_disjoint(training):
    examples = _examples({"ASSAULT": 40, "CONSULT": 10, "PROTEST": 5})
    train, held = training.stratified_split(examples, 0.2, seed=13)
    assert {ex[0] for ex in train}.isdisjoint(ex[0] for ex in held)
    assert sorted(train + held) == sorted(examples)
    assert [sum(ex[2] == lab for ex in held) for lab in ("ASSAULT", "CONSULT", "PROTEST")] == [8, 2, 1]
