"""Commitments: kinds of fault met on the twenty-first reporter-style set's dev part (written for the project on 2 Dec
2026), each fixed in general and tested on sentences written for these tests, never the set's: a package named
without a support verb whose main verb says it got there in the past ("… from X reached …") was delivered, one that
"will" or "could" get there is not yet."""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


@pytest.mark.parametrize("text, recipient", [
    ("Food parcels and water filters from Italy reached flooded towns in eastern Libya on Friday.", "LBY"),
    ("Blankets and stoves from Turkey have reached displaced families in Lebanon.", "LBN"),
    ("Water trucks from Italy reached camps in Mozambique on Friday.", "MOZ"),
])
def test_a_package_that_reached_its_receivers_was_delivered(nlp, text, recipient):
    [c] = rows(nlp, text)
    assert (c.recipient, c.category, c.status) == (recipient, "humanitarian", "delivered"), c


@pytest.mark.parametrize("text", [
    "Blankets and stoves from Turkey will reach displaced families in Lebanon next week.",
    "Generators from Poland could reach Ukrainian hospitals before winter.",
])
def test_a_package_that_will_reach_them_is_not_delivered_yet(nlp, text):
    [c] = rows(nlp, text)
    assert c.status == "pledged", c


def test_talks_that_reached_a_deal_give_no_row(nlp):
    assert rows(nlp, "Talks between Peru and Chile reached a deal on fishing.") == []
