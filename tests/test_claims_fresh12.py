"""Claimant set #12 (tests/data/claimants_fresh12.jsonl: 36 passages written with their text on 2 Dec 2026 by an
analyst who never saw the code; its records and accuracy floors are checked in test_claims_claimant_sets.py): the
kind its development part showed, in own fictional sentences: a restrictive relative clause that says which unnamed
people speak keeps its own last words (a time that dates what they did, not the saying) when the source was cut
inside it."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claimants(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(kind, words) for kind, words, _ in attributed(nlp, text, "2024-05-01")]


@pytest.mark.parametrize(("text", "claimant"), [
    ("The bridge was blown up overnight, according to a farmer who crossed it last week.",
     "a farmer who crossed it last week"),
    ("The convoy was turned back at the border, according to a driver who was travelling with it in May.",
     "a driver who was travelling with it in May"),
])
def test_a_restrictive_clause_keeps_its_time(nlp, text, claimant):
    assert ("anonymous", claimant) in claimants(nlp, text)


def test_a_clause_set_off_by_a_comma_still_leaves_the_claimant(nlp):
    found = claimants(nlp, "The bridge was blown up overnight, according to a farmer, who crossed it last week.")
    assert ("anonymous", "a farmer") in found, found
