"""Claim kinds an analyst's end-to-end field cases showed (2 Dec 2026), each in own fictional sentences: a verb of
making public negated with a noun-phrase object ("did not announce new lending", "disclosed no figures") reports
that nothing was made public, no claim, while a negated verb with a clause stays a claim; a body's joint declaration
speaks as an organisation, like its statement; figures or data a body published speak as that body."""

from __future__ import annotations

import pytest

from claims_support import attributed


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claimants(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(kind, words) for kind, words, _ in attributed(nlp, text, "2024-05-01")]


@pytest.mark.parametrize("text", [
    "The finance minister disclosed no figures on debt relief.",
    "The central bank has not published its reserves since March.",
    "The ministry did not disclose the number of casualties.",
])
def test_nothing_made_public_is_no_claim(nlp, text):
    assert not [k for k, _ in claimants(nlp, text) if k != "none"], claimants(nlp, text)


@pytest.mark.parametrize("text, claimant", [
    ("The regional development bank announced new loans for the port on Tuesday.", "The regional development bank"),
    ("The ministry did not announce that the border would reopen.", "The ministry"),
])
def test_a_made_public_object_or_a_negated_clause_stays_a_claim(nlp, text, claimant):
    assert ("organisation", claimant) in claimants(nlp, text)


@pytest.mark.parametrize("text, claimant", [
    ("Fishing quotas will be cut by a tenth, the ministers' joint declaration says.", "the ministers' joint declaration"),
    ("The summit closed with a promise to cut tariffs, the leaders' declaration said.", "the leaders' declaration"),
])
def test_a_declaration_speaks_as_an_organisation(nlp, text, claimant):
    assert ("organisation", claimant) in claimants(nlp, text)


@pytest.mark.parametrize("text, claimant", [
    ("Inflation eased in May, data released by the central bank showed.", "data released by the central bank"),
])
def test_figures_a_body_published_speak_as_that_body(nlp, text, claimant):
    assert ("organisation", claimant) in claimants(nlp, text)


def test_figures_unnamed_people_compiled_stay_unnamed(nlp):
    found = claimants(nlp, "Rents doubled in two years, according to figures compiled by two students.")
    assert ("anonymous", "figures compiled by two students") in found, found
