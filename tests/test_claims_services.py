"""Claimant kinds of armed services and state services named by a common noun ("the air force said", "the general
staff", "the state border guard service", "military intelligence"): a body speaks, never a named person. A head
that names a body only under a modifier ("the coast guard") stays a person alone ("the guard said").
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from test_claims_claimants import claims_of, full_nlp  # noqa: F401  (the actors and claims pipeline)


@pytest.mark.parametrize("text", [
    "Eight drones were downed before dawn, the air force said.",
    "The general staff said three settlements had been recaptured.",
    "The state border guard service reported long queues at the crossing.",
    "Military intelligence said the fuel depot had burned for two days.",
    "The coast guard said it had pulled 35 people from the water.",
    "The national guard said two of its soldiers were hurt.",
    "The emergency service said four people died in the blaze.",
    "The fleet said the frigate had returned to port.",
])
def test_services_named_by_a_common_noun_are_organisations(full_nlp, text):
    _, claims = claims_of(full_nlp, text)
    assert [c.claimant_kind for c in claims] == ["organisation"], [(c.claimant_kind, c.claimant_text) for c in claims]


@pytest.mark.parametrize(("text", "kind"), [
    ("The guard said the two men had climbed the fence.", "named"),
    ("A security guard said he heard three shots.", "anonymous"),
    ("Lena Koss, who runs the border service, said the crossing was calm.", "named"),
])
def test_people_stay_people(full_nlp, text, kind):
    _, claims = claims_of(full_nlp, text)
    assert [c.claimant_kind for c in claims] == [kind], [(c.claimant_kind, c.claimant_text) for c in claims]
