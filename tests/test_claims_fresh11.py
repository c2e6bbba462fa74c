"""Claimant set #11 (tests/data/claimants_fresh11.jsonl: 36 passages written with their text on 2 Dec 2026 by an
analyst who never saw the code): the kind fixed on its development part, in own fictional sentences: a "he"/"she"
claimant is a person (kind ``named``) even when the reported words speak of a body's "its" ("she insisted the
board had broken its own rules"); an unknown name the content calls "its" stays an organisation."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claimants(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return attributed(nlp, text, "2024-05-01")


@pytest.mark.parametrize("text, pronoun, person", [
    ("After the vote, Laura Bennett left the hall without a word. Later she insisted the board had broken its own "
     "rules.", "she", "person:laura-bennett"),
    ("Daniel Kimani spent a decade at the cooperative. He argues the cooperative lost its way in 2015.", "He",
     "person:daniel-kimani"),
])
def test_a_personal_pronoun_claimant_is_a_person_whatever_its_in_the_content(nlp, text, pronoun, person):
    assert claimants(nlp, text) == [("named", pronoun, person)]


def test_an_unknown_name_the_content_calls_its_stays_an_organisation(nlp):
    assert [k for k, _, _ in claimants(nlp, "Kovar insisted its army would not withdraw.")] == ["organisation"]
