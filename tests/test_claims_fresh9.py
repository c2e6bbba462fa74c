"""Claimant set #9 (tests/data/claimants_fresh9.jsonl: 36 passages written with their text on 2 Dec 2026 by an analyst
who never saw the code; its records and floors are checked in test_claims_claimant_sets.py): the kind fixed on its
development part, in own fictional sentences: a noun of a body's political standing before its name ("the opposition
Civic Party") is part of the claimant, while a class noun that only introduces the name ("the group ...") is not."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def kinds_and_spans(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(kind, words) for kind, words, _ in attributed(nlp, text, "2024-05-01")]


@pytest.mark.parametrize(("text", "claimant"), [
    ("Rents will soar under the housing plan, the opposition Labour Party warned on Sunday.",
     "the opposition Labour Party"),
    ("The opposition Tiko Union said the count had been rigged in two districts.", "The opposition Tiko Union"),
    ("The main opposition Harvest Party rejected the new figures.", "The main opposition Harvest Party"),
])
def test_a_noun_of_political_standing_stays_with_the_name(nlp, text, claimant):
    assert kinds_and_spans(nlp, text) == [("organisation", claimant)]


def test_a_class_noun_before_a_name_is_still_dropped(nlp):
    text = "In a post on its website, the group Friends of the Varn Valley said the dam would flood six villages."
    assert kinds_and_spans(nlp, text) == [("organisation", "Friends of the Varn Valley")]
