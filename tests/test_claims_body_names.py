"""A body speaking by its name: a ministry's capitalised name is an organisation, a passive cue's agent loses the
place the body spoke in, and a body's name whose first word is a class of people ("Doctors …") is no unnamed
people. Own sentences."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claimants(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(kind, words) for kind, words, _ in attributed(nlp, text, "2025-05-02")]


@pytest.mark.parametrize("text, span", [
    ("The Ministry of Foreign Affairs said Chile would also host the next round of talks.",
     "The Ministry of Foreign Affairs"),
    ("The Ministry of Defence said on Monday that two patrol boats had been sold.", "The Ministry of Defence"),
    ("The Department of Health said the clinic in the harbour district would reopen.", "The Department of Health"),
])
def test_a_ministrys_capitalised_name_is_an_organisation(nlp, text, span):
    assert claimants(nlp, text) == [("organisation", span)]


@pytest.mark.parametrize("text, span", [
    ("The toll of 12 was confirmed by the Red Crescent in Homs on Sunday.", "the Red Crescent"),
    ("The figures were confirmed by UNICEF in Nairobi late on Friday.", "UNICEF"),
    ("The outbreak was reported by Doctors Without Borders in Goma on Tuesday.", "Doctors Without Borders"),
])
def test_a_passive_agent_named_by_its_name_loses_the_place_it_spoke_in(nlp, text, span):
    assert claimants(nlp, text) == [("organisation", span)]


def test_unnamed_people_keep_their_place(nlp):
    # "Officials in Kyiv": the place says which officials; no body named.
    found = claimants(nlp, "The blackout was confirmed by officials in Odesa on Monday.")
    assert [k for k, _ in found] == ["anonymous"] and found[0][1].endswith("Odesa"), found
    assert claimants(nlp, "Doctors at the main hospital said nine people were hurt.")[0][0] == "anonymous"
