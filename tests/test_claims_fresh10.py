"""Claimant set #10 (tests/data/claimants_fresh10.jsonl: 36 passages written with their text on 2 Dec 2026 by an
analyst who never saw the code): the kind fixed on its development part, in own fictional sentences: a live-blog
line's clock time ("16:20 Yerevan says …") is no part of the claimant, and the capital after it still stands for
its state; a number that is no clock time stays."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claimants(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return attributed(nlp, text, "2024-05-01")


@pytest.mark.parametrize("text, span, claimant", [
    ("16:20 Yerevan says the ceasefire line near the lake has been quiet overnight.", "Yerevan", "ARM"),
    ("9.45am: The health ministry says 14 people were hurt in the blast.", "The health ministry", None),
    ("0915 GMT - Dushanbe says the mountain road will reopen on Monday.", "Dushanbe", None),
])
def test_a_clock_time_opening_the_line_is_no_part_of_the_claimant(nlp, text, span, claimant):
    found = claimants(nlp, text)
    assert [s for _, s, _ in found] == [span], found
    if claimant is not None:
        assert [(k, c) for k, _, c in found] == [("organisation", claimant)], found


def test_a_number_that_is_no_clock_time_stays_in_the_claimant(nlp):
    found = claimants(nlp, "12 ministers said the plan had failed.")
    assert [s for _, s, _ in found] == ["12 ministers"], found
