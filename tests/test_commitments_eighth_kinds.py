"""Commitments: kinds of fault met on the development part of the eighth set written for the project
(tests/data/commitments_fresh8.jsonl), each fixed in general: a guarantee of a loan is a pledge by the guarantor;
"pound" after a magnitude is sterling ("a 500 million pound loan") and an article before a number word adds nothing
("a two billion euro loan"); mine-clearing machines are demining aid; "investigation" is no investment (a look-alike
word that hid a suspended contribution); a state's forces told by their own name ("the Bundeswehr's stocks") are
the giver's own.

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)
except where a real army's name needs its real state."""

from __future__ import annotations

import pytest

from cablegram.nlp.amounts import find_amounts
from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


@pytest.mark.parametrize("text, value, currency", [
    ("a 300 million pound credit line", 3e8, "GBP"),
    ("a 2-billion-pound package", 2e9, "GBP"),
    ("a two billion euro loan", 2e9, "EUR"),
    ("a billion dollars in aid", 1e9, "USD"),
])
def test_pound_after_a_magnitude_and_articles_before_number_words(text, value, currency):
    [a] = find_amounts(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency), a


@pytest.mark.parametrize("text", ["a 500-pound bomb", "2,000 pound bombs", "a pound of flour", "a billion people"])
def test_weights_and_counts_are_no_money(text):
    assert find_amounts(text) == []


def test_a_guarantee_of_a_loan_is_the_guarantors_pledge(knlp):
    [c] = rows(knlp, "Norland will guarantee a 300 million pound IMF loan to Ostravia, its finance ministry said.")
    assert (c.donor, c.recipient, c.category, c.amount, c.currency, c.status) == \
        ("XNL", "XOS", "financial", 3e8, "GBP", "pledged"), c


def test_mine_clearing_machines_are_demining_aid(knlp):
    [c] = rows(knlp, "Kestria has delivered 12 mine-clearing machines to Ostravia's emergency service.")
    assert (c.donor, c.recipient, c.category, c.subcategory, c.status) == \
        ("XKS", "XOS", "humanitarian", "demining", "delivered"), c


def test_a_contribution_suspended_pending_an_investigation(knlp):
    [c] = rows(knlp, "Norland suspended its EUR 8 million contribution to Ostravia pending an investigation.")
    assert (c.donor, c.recipient, c.amount, c.status) == ("XNL", "XOS", 8e6, "cancelled"), c


def test_investment_stays_no_support(knlp):
    assert rows(knlp, "Norland will invest EUR 2 billion in Ostravian ports, its trade minister said.") == []


def test_a_states_forces_by_their_own_name_are_its_own(knlp):
    assert rows(knlp, "Germany's parliament approved €4 billion to refill the Bundeswehr's artillery stocks.") == []
    [c] = rows(knlp, "Germany approved €400 million to refill Ukraine's artillery stocks.")
    assert (c.donor, c.recipient, c.status) == ("DEU", "UKR", "allocated"), c


def test_experts_sent_to_investigate_are_no_support(knlp):
    # "investigation" no longer reads as investment; people sent to look into attacks stay no support
    assert rows(knlp, "Norland has sent seven military experts to Ostravia to investigate the attacks on its "
                      "oil facilities, a defence ministry spokeswoman said.") == []
