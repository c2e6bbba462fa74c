"""Commitments: what the money is given as, domestic works and procurement, and support stopped for now.

Kinds of fault met on reporter-style sentences (issue 13): a loan or credit line that pays for energy read as
energy aid, a fence on the giver's own border or its own army's procurement read as support, and paused or held
shipments read as pledges or conditional ones. Sentences are written for these tests; fictional states (Veridia,
Norland, Kestria, Ostravia) come from the small actor file of ``test_commitments_fresh_kinds``."""

from __future__ import annotations

import pytest

from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


# -- the instrument, not what it pays for -----------------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("Veridia granted Ostravia a loan worth €200 million for its power plants.", "loan"),
    ("Kestria will lend Ostravia $400 million to buy natural gas before the winter.", "loan"),
    ("Norland opened a €75 million credit line for Ostravia to buy generators and transformers.", "loan"),
    ("Veridia gave Ostravia a €30 million grant for the state budget to cover heating bills.", "budget_support"),
])
def test_a_financial_instrument_that_pays_for_energy_is_financial(knlp, text, sub):
    [c] = rows(knlp, text)
    assert (c.recipient, c.category, c.subcategory) == ("XOS", "financial", sub)
    assert c.donor == {"V": "XVR", "K": "XKS", "N": "XNL"}[text[0]]
    assert c.amount is not None


def test_energy_equipment_given_in_kind_stays_humanitarian(knlp):
    [c] = rows(knlp, "Norland sent 60 generators worth €4 million to Ostravia for its power stations.")
    assert (c.donor, c.recipient, c.category) == ("XNL", "XOS", "humanitarian")


# -- domestic works and procurement ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Veridia allocated €20 million for a fence on its border with Ostravia.",
    "Norland's parliament approved €90 million to build a barrier along the Kestrian frontier.",
    "Kestria approved €2 billion to equip its own army with new tanks.",
    "Norland will provide €300 million for Norland's armed forces to replace the howitzers it sent to Ostravia.",
    "Veridia approved €500 million to replenish its stocks of artillery shells.",
])
def test_works_on_the_own_border_and_the_own_army_are_no_support(knlp, text):
    assert rows(knlp, text) == []


def test_money_for_the_receivers_army_stays_support(knlp):
    # "its" here is the receiver's, named before it
    [c] = rows(knlp, "Veridia will provide $1 billion to Ostravia for its armed forces.")
    assert (c.donor, c.recipient, c.status) == ("XVR", "XOS", "pledged")


# -- paused, held, suspended: stopped support --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kestria paused shipments of fuel to Ostravia after a pipeline dispute.",
    "Veridia has paused the delivery of fighter jets to Ostravia while it reviews its own needs.",
    "Norland announced a pause in weapons deliveries to Ostravia pending a review of its stockpiles.",
    "Norland put on hold the transfer of cruise missiles to Ostravia.",
    "Veridia has put its planned delivery of tanks to Ostravia on hold.",
])
def test_paused_or_held_support_is_cancelled_not_pledged_or_conditional(knlp, text):
    [c] = rows(knlp, text)
    assert c.status == "cancelled"
    assert c.recipient == "XOS"


def test_holding_talks_is_no_row(knlp):
    assert rows(knlp, "Norland put the talks with Ostravia on hold.") == []


# -- a purchase named only in the act's circumstances -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norland stopped sending weapons to Ostravia during the dispute over grain imports.",
    "Veridia suspended its shipments of arms to Ostravia amid a row over steel exports.",
])
def test_a_trade_named_in_the_circumstances_leaves_the_act_support(knlp, text):
    [c] = rows(knlp, text)
    assert (c.recipient, c.category, c.status) == ("XOS", "military", "cancelled")


def test_a_sale_with_a_time_phrase_is_still_a_sale(knlp):
    assert rows(knlp, "Veridia sold 20 tanks to Ostravia after a long dispute.") == []


# -- money called economic or financial aid ------------------------------------------------------------------------
def test_economic_aid_is_financial(knlp):
    [c] = rows(knlp, "Veridia suspended $95 million in economic aid to Ostravia after the army seized power.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XVR", "XOS", "financial", "cancelled")


# -- a receiving place the knowledge base does not know --------------------------------------------------------------
def test_a_place_named_as_receiver_receives_as_the_state_it_lies_in(knlp):
    # not an actor of the knowledge base, but a known place (kb/data/places.jsonl): the state it lies in receives
    [c] = rows(knlp, "Norland is ready to provide winter tents for Gaza once a ceasefire takes hold.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "PSE", "humanitarian", "conditional")


# -- a head of state with an office abroad -------------------------------------------------------------------------
def test_a_president_who_is_also_a_co_prince_gives_for_his_own_state(knlp):
    [c] = rows(knlp, "President Emmanuel Macron announced fifty million euros in medical aid for Chad on Monday.")
    assert (c.donor, c.recipient, c.amount, c.currency) == ("FRA", "TCD", 50_000_000, "EUR")
