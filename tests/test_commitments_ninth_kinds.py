"""Commitments: kinds of fault met on the seventh and eighth sets written for the project (both wholly development
sets now) and on the ninth set's development part, each fixed in general: a named body's officials are no anonymous source; a count taken from a larger
count promised before ("delivered 800,000 of the 1.5 million shells it promised") is a delivery beside a reference
row for the promise; a first tranche of a larger plan is a share of it; money "released" by a lender is given, and a
lender's or a tranche's money is financial when no other kind word is near; "pay for" support named after it is a
giving verb; people and institutions named by a common noun ("hospitals in X") receive as their place; soldiers' pay
at home is no support; several givers without a figure give one row each; relief goods for soldiers are military;
a receiver the parser folds into the sum ("lend X EUR 1bn") receives; who leads an initiative ("X-led") receives
nothing; raising salaries at home is no support; flour is food aid; aircraft carrying relief bring the cargo (no
deployment, the cargo's kind); "N of the promised M things"; "the first tranche, €1.5bn, of a €4.5bn loan".

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from cablegram.nlp.commitment_shares import item_share
from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_a_named_bodys_officials_are_no_anonymous_source(knlp):
    [c] = rows(knlp, "Norland has shipped artillery shells to Ostravia, Norlandic defence officials said.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "delivered"), c
    [c] = rows(knlp, "Norland has shipped artillery shells to Ostravia, officials said on condition of anonymity.")
    assert c.status == "conditional", c


@pytest.mark.parametrize("text, cue, status", [
    ("has delivered 800,000 of the 1.5 million shells it promised", "800,000 of the 1.5 million", "pledged"),
    ("handed over four of the ten launchers it approved", "four of the ten", "allocated"),
])
def test_a_count_taken_from_a_larger_promised_count(text, cue, status):
    share = item_share(text)
    assert share is not None and (share.cue, share.whole_status) == (cue, status), share


@pytest.mark.parametrize("text", ["sent 10 of the 5 tanks it promised", "two of the three ministers said",
                                  "delivered 20 of the 40 vehicles"])
def test_no_count_share_without_a_smaller_part_and_a_promise(text):
    assert item_share(text) is None


def test_a_delivered_count_beside_the_promise_it_comes_from(knlp):
    got = rows(knlp, "Kestria has delivered 300,000 of the 1 million artillery shells it promised Ostravia, its "
                     "defence ministry said.")
    assert sorted((c.status, c.is_reference) for c in got) == [("delivered", False), ("pledged", True)], got
    assert all((c.donor, c.recipient, c.category) == ("XKS", "XOS", "military") for c in got), got


def test_a_first_tranche_of_a_larger_plan(knlp):
    got = rows(knlp, "Kestria paid out a first €200 million tranche of its €1.2 billion growth plan for Ostravia.")
    by_amount = {c.amount: c for c in got}
    assert set(by_amount) == {2e8, 1.2e9}, got
    assert (by_amount[2e8].status, by_amount[2e8].is_reference) == ("delivered", False)
    assert (by_amount[1.2e9].status, by_amount[1.2e9].is_reference) == ("pledged", True)
    assert all(c.category == "financial" for c in got), got


def test_money_a_lender_may_release(knlp):
    [c] = rows(knlp, "The International Monetary Fund could release a further $700 million to Ostravia if its "
                     "parliament passes the budget.")
    assert (c.recipient, c.category, c.amount, c.status) == ("XOS", "financial", 7e8, "conditional"), c
    assert rows(knlp, "Norland released 40 prisoners to Ostravia on Monday.") == []


def test_paying_for_support_named_after_it(knlp):
    [c] = rows(knlp, "Norland is prepared to pay for medical supplies for Ostravia's hospitals, a Norlandic official "
                     "said.")
    assert (c.donor, c.category, c.status) == ("XNL", "humanitarian", "conditional"), c
    assert rows(knlp, "Norland will pay for its own gas imports.") == []


def test_institutions_named_by_a_common_noun_receive_as_their_place(knlp):
    [c] = rows(knlp, "Norland has delivered two tonnes of medicines to hospitals in Ostravia.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "humanitarian", "delivered"), c


def test_soldiers_pay_at_home_is_no_support(knlp):
    assert rows(knlp, "Norland's lawmakers approved a pay rise of 800 crowns a month for the country's border guards.") == []


def test_several_givers_without_a_figure_give_one_row_each(knlp):
    got = rows(knlp, "Kestria and Norland will send reconnaissance drones to Ostravia next month.")
    assert sorted(c.donor for c in got) == ["XKS", "XNL"], got
    assert all((c.recipient, c.category, c.status) == ("XOS", "military", "pledged") for c in got), got


def test_relief_goods_for_soldiers_are_military(knlp):
    [c] = rows(knlp, "Norland is giving five million euros for boots, sleeping bags and warm jackets for "
                     "Ostravia's troops.")
    assert (c.category, c.amount) == ("military", 5e6), c


def test_a_receiver_the_parser_folds_into_the_sum(knlp):
    [c] = rows(knlp, "Over five years Kestria will lend Ostravia EUR 1.2 billion to rebuild its railways.")
    assert (c.donor, c.recipient, c.category, c.amount) == ("XKS", "XOS", "financial", 1.2e9), c


def test_who_leads_an_initiative_is_no_receiver(knlp):
    [c] = rows(knlp, "Veridia will pay for 50,000 artillery shells bought under the Kestria-led initiative for Ostravia.")
    assert (c.donor, c.recipient, c.category) == ("XVR", "XOS", "military"), c


def test_raising_salaries_at_home_is_no_support(knlp):
    assert rows(knlp, "From March, Ostravia will pay its nurses 1,200 crowns more each month.") == []


def test_flour_is_food_aid(knlp):
    [c] = rows(knlp, "Kestria delivered 1,200 tonnes of flour to displaced families in Ostravia.")
    assert (c.recipient, c.category, c.status) == ("XOS", "humanitarian", "delivered"), c


def test_aircraft_carrying_relief_bring_the_cargo(knlp):
    [c] = rows(knlp, "Norland sent three cargo planes carrying 40 tonnes of blankets and tents to Ostravia's flooded north.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "humanitarian", "delivered"), c
    assert rows(knlp, "Norland sent two aircraft to the region.") == []


def test_a_count_of_the_promised_whole(knlp):
    got = rows(knlp, "Kestria has delivered 400,000 of the promised 1 million artillery shells to Ostravia.")
    assert sorted((c.status, c.is_reference) for c in got) == [("delivered", False), ("pledged", True)], got


def test_a_named_tranche_set_off_by_commas(knlp):
    got = rows(knlp, "Norland disbursed the first tranche, EUR 500 million, of a EUR 2 billion loan to Ostravia.")
    by_amount = {c.amount: (c.status, c.is_reference) for c in got}
    assert by_amount == {5e8: ("delivered", False), 2e9: ("pledged", True)}, got


def test_the_place_of_what_money_repairs_receives(knlp):
    [c] = rows(knlp, "Kestria has pledged EUR 12 million to repair heating plants in Ostravia before the frosts.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XKS", "XOS", "humanitarian", "pledged"), c
