"""Claimant set #13's development kinds (tests/data/claimants_fresh13.jsonl, written by an analyst on 2 Dec 2026),
fixed in general and tested on own fictional sentences: a "they" after unnamed experts whose sentence also names
where they work ("Economists at three banks") and what they have ("their forecasts") refers to the experts, while
two groups of people stay unresolved; a line signed after a dash, with no full stop, by a body whose name ends in a
head word of a public body ("… Roads Administration", "… Produce Board", "… Relief Unit"), never by a club or a
venue ("Union Berlin", "Earls Court")."""

from __future__ import annotations

import pytest

from claims_support import attributed, claim_rows


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


@pytest.mark.parametrize("text", [
    "Economists at three Warsaw brokerages raised their inflation forecasts for the spring. "
    "They said fuel duties would keep prices climbing until the summer.",
    "Analysts at two Tokyo funds trimmed their estimates for the yen. They expect the central bank to wait.",
    "Strategists at a Zurich bank lowered their targets for gold. They warned that jewellers were buying less.",
])
def test_they_after_experts_named_with_their_employers_and_their_figures(nlp, text):
    rows = claim_rows(nlp, text)
    they = [r for r in rows if r[1] == "They"]
    assert they and they[0][0] == "analysts", rows
    assert they[0][3] in ("Economists", "Analysts", "Strategists"), rows


@pytest.mark.parametrize("text", [
    "Farmers met truckers at the depot on Monday. They said fuel was too dear.",
    "Leaders of the two unions met the ministers. They said the talks had failed.",
])
def test_they_after_two_groups_of_people_stays_unresolved(nlp, text):
    rows = claim_rows(nlp, text)
    they = [r for r in rows if r[1] == "They"]
    assert they and they[0][3] is None, rows


@pytest.mark.parametrize(("text", "name"), [
    ("Road crossings into Malawi will stay shut until the bridge is repaired — Mozambique's National Roads "
     "Administration", "Mozambique's National Roads Administration"),
    ("Grain stocks in the north will last until March — Kenya's National Cereals and Produce Board",
     "Kenya's National Cereals and Produce Board"),
    ("Ferries to the islands will resume once the swell drops — Fiji's Emergency Relief Unit",
     "Fiji's Emergency Relief Unit"),
])
def test_a_line_signed_by_a_body_named_by_its_head_word(nlp, text, name):
    rows = claim_rows(nlp, text)
    assert ("organisation", name, "—") in [r[:3] for r in rows], rows


@pytest.mark.parametrize("text", [
    "The striker signed for a new club on Friday — Union Berlin",
    "The concert moved to a bigger venue — Earls Court",
])
def test_a_club_or_a_venue_after_a_dash_signs_nothing(nlp, text):
    found = attributed(nlp, text)
    assert found == [], found
