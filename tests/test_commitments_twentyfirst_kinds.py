"""Commitments: kinds of fault met on the twenty-first reporter-style set's dev part (written for the project on 2 Dec
2026), each fixed in general and tested on sentences written for these tests, never the set's: a package named
without a support verb whose main verb says it got there in the past ("… from X reached …") was delivered, one that
"will" or "could" get there is not yet. (A known city the package reached goes to its state since session 35: Benghazi is
Libya's.)"""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


@pytest.mark.parametrize("text, donor, recipient", [
    ("Medicine from Greece crossed into Sudan overnight.", "GRC", "SDN"),
    ("By Monday the Italian water filters had reached Benghazi.", "ITA", "LBY"),
])
def test_a_package_that_reached_its_receivers_was_delivered(nlp, text, donor, recipient):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.category, c.status) == (donor, recipient, "humanitarian", "delivered"), c


@pytest.mark.parametrize("text", [
    "Norwegian tents will reach the Afghan highlands before the snow.",
    "Norwegian tents could reach the Afghan highlands before the snow.",
])
def test_a_package_that_will_reach_them_is_not_delivered_yet(nlp, text):
    [c] = rows(nlp, text)
    assert c.status == "pledged", c


def test_talks_that_reached_a_deal_give_no_row(nlp):
    assert rows(nlp, "Talks between Peru and Chile reached a deal on fishing.") == []
