"""Commitments: kinds of fault met on reporter-style news sentences (the third own annotation,
tests/data/commitments_fresh3.jsonl, dev part, and sentences written the way a reporter writes about aid).

Sentences are written for these tests. Fictional states (Veridia, Norland, Kestria, Ostravia) come from the small
actor file of ``test_commitments_fresh_kinds`` given to the actors component next to the shipped knowledge base."""

from __future__ import annotations

import pytest

from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


# -- negation stays in its clause ------------------------------------------------------------------------------
def test_a_delivery_beside_a_negated_announcement_stands(knlp):
    # the negated verb names support ("shells"); the delivery's object ("rounds") must still be read as support
    [c] = rows(knlp, "Kestria has not announced the value of the shells, but it delivered 40,000 rounds to "
                     "Ostravia's army last month.")
    assert (c.donor, c.recipient, c.status, c.category) == ("XKS", "XOS", "delivered", "military")


def test_no_plans_to_send_is_a_refusal_by_the_holder_of_the_plans(knlp):
    [c] = rows(knlp, "Norland has no plans to send fighter jets to Ostravia, the government said.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "refused")


def test_no_longer_supplying_ends_support(knlp):
    [c] = rows(knlp, "Veridia would no longer supply weapons to Ostravia, the minister said.")
    assert (c.donor, c.recipient, c.status, c.category) == ("XVR", "XOS", "cancelled", "military")


@pytest.mark.parametrize("text", [
    "Veridia stopped funding Ostravia's army in 2019.",
    "Veridia ended its financial support for Ostravia last year.",
])
def test_stopping_or_ending_support_is_a_cancellation(knlp, text):
    [c] = rows(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XVR", "XOS", "cancelled")


def test_stopping_something_else_is_no_row(knlp):
    assert rows(knlp, "Veridia stopped the talks with Ostravia in 2019.") == []


# -- hedged offers and stated conditions -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norland could send more air defence batteries to Ostravia if its parliament agrees.",
    "Veridia said it would provide up to $200 million in military aid to Ostravia, pending parliamentary approval.",
    "Kestria has agreed to offer Ostravia security assistance in the case of an external attack.",
])
def test_hedged_or_conditioned_support_is_conditional(knlp, text):
    [c] = rows(knlp, text)
    assert c.status == "conditional" and c.recipient == "XOS", c


def test_a_condition_the_receiver_must_meet_first_makes_the_row_conditional(knlp):
    [c] = rows(knlp, "Veridia said that Ostravia must first hold free elections before it can receive aid.")
    assert (c.donor, c.recipient, c.status) == ("XVR", "XOS", "conditional")


# -- trade and look-alikes -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kestria sold armed drones to Ostravia worth $70 million.",
    "Ostravia bought 100 howitzers from Kestria last year.",
    "Kestria has about 900 troops in Ostravia, providing logistics, training and air support.",
    "A trader was charged with attempting to provide weapons to an armed group in Ostravia.",
    "Norland agreed to open its border for aid trucks bound for Ostravia.",
])
def test_sales_deployments_crimes_and_permissions_are_no_support(knlp, text):
    assert rows(knlp, text) == []


def test_support_bought_for_another_state_is_support(knlp):
    [c] = rows(knlp, "Norland will pay for 5,000 artillery shells bought for Ostravia, worth EUR 40 million.")
    assert (c.donor, c.recipient, c.category) == ("XNL", "XOS", "military")


def test_waging_a_campaign_is_no_wage_payment(knlp):
    # "waged" once matched the domestic-spending word "wage*"
    [c] = rows(knlp, "Norland, which waged a long campaign against the rebels, sent 20 ambulances to Ostravia.")
    assert (c.donor, c.recipient, c.status, c.category) == ("XNL", "XOS", "delivered", "humanitarian")


def test_the_second_half_of_a_hyphenated_word_is_no_trigger(knlp):
    from cablegram.nlp.commitment_clauses import find_triggers
    from cablegram.nlp.commitment_lexicon import commitment_lexicon

    doc = knlp("Veridia pledged an open-ended military mission and more support for refugees in Ostravia.")
    assert [t.token.lower_ for t in find_triggers(doc[:], commitment_lexicon())] == ["pledged"]


# -- givers ----------------------------------------------------------------------------------------------------
def test_every_giver_after_by_is_kept(knlp):
    # no figure to share: one row per giver (labelling rules of tests/data/commitments_news.md)
    got = rows(knlp, "Twenty tanks were delivered to Ostravia by Kestria and Norland.")
    assert sorted(c.donor for c in got) == ["XKS", "XNL"], got
    assert all((c.recipient, c.status) == ("XOS", "delivered") for c in got), got


def test_givers_sharing_a_sum_give_one_joint_row(knlp):
    [c] = rows(knlp, "Kestria and Norland will provide EUR 500 million to Ostravia.")
    assert c.amount == 5e8 and "joint commitment by 2 donors" in (c.reason or "")


def test_a_possessed_package_names_its_giver(knlp):
    [c] = rows(knlp, "Kestria's tenth aid package, worth 90 million euros, includes artillery ammunition.")
    assert (c.donor, c.amount, c.currency) == ("XKS", 90_000_000, "EUR") and c.recipient != "XKS"


def test_a_programme_named_after_the_receiver_gives_for_its_owner(knlp):
    [c] = rows(knlp, "Norland's Ostravia Facility will disburse EUR 2 billion to Ostgrad in May.")
    assert (c.donor, c.recipient, c.amount) == ("XNL", "XOS", 2_000_000_000)


def test_winter_aid_is_humanitarian(knlp):
    [c] = rows(knlp, "Norland has promised Ostravia a further EUR 300m for winter aid.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "humanitarian", "pledged")


def test_not_in_a_position_to_send_is_a_refusal(knlp):
    [c] = rows(knlp, "Norland said it was not in a position to send fighter jets to Ostravia at this time.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "refused")


def test_the_giver_named_inside_what_was_received(knlp):
    [c] = rows(knlp, "Ostravia has received the first of the air defence batteries pledged by Kestria.")
    assert (c.donor, c.recipient, c.status) == ("XKS", "XOS", "delivered")


def test_an_investment_bank_lends_it_does_not_invest(knlp):
    [c] = rows(knlp, "The European Investment Bank signed a EUR 300 million loan for the repair of Ostravia's power grid.")
    assert (c.recipient, c.category, c.subcategory, c.status) == ("XOS", "financial", "loan", "allocated")


def test_only_half_of_a_sum_is_a_partial_delivery(knlp):
    [c] = rows(knlp, "Veridia has so far disbursed only half of the EUR 18 billion it promised Ostravia for this year.")
    assert c.status != "delivered" and "partial delivery" in (c.reason or "")


@pytest.mark.parametrize("text, status", [
    ("Kestria will not deliver tanks until Norland gives its approval.", "refused"),
    ("Kestria said it could supply missiles only if Norland sends its own first.", "conditional"),
])
def test_a_state_acting_in_a_condition_is_no_receiver(knlp, text, status):
    [c] = rows(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XKS", None, status)


# -- floors on the third own annotation of real news ----------------------------------------------------------------
# Figures on all 53 sentences, measured 2026-12-01 with `python benchmarks/commitments_news.py --data ../shared/data
# --gold tests/data/commitments_fresh3.jsonl` in the shared tree; floors are those less 0.02 (first figures, the
# final third and the figures of the committed code alone: tests/data/commitments_fresh.md).
FRESH3_FLOORS = {"row_precision": 0.71, "row_recall": 0.56, "right": 0.24, "donor": 0.48, "recipient": 0.31,
                 "category": 0.40, "status": 0.56, "negatives_clean": 0.84}


def test_fresh3_news_floors(nlp, shared_data):
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo / "benchmarks"))
    import commitments_news

    from cablegram.kb.base import KnowledgeBase

    gold = commitments_news.load_gold(repo / "tests" / "data" / "commitments_fresh3.jsonl")
    assert len(gold) >= 40 and all("text" not in g and "sentence" not in g for g in gold)  # references only
    assert sum(1 for g in gold if not g["commitments"]) >= 20 and {g["split"] for g in gold} == {"dev", "final"}
    try:
        result = commitments_news.evaluate(nlp, shared_data, gold, KnowledgeBase.load())["all"]
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    low = {f: result[f]["value"] for f, floor in FRESH3_FLOORS.items() if result[f]["value"] < floor}
    assert not low, (low, {f: result[f]["value"] for f in FRESH3_FLOORS})


def test_nationality_words_the_actors_component_leaves_unlinked_name_states(knlp):
    # "Veridian doctors", "Ostravian girls": a nationality word before a common noun may carry no actor mention
    [c] = rows(knlp, "Veridian doctors handed over 700 kg of medicine to a hospital in Ostgrad.")
    assert (c.donor, c.recipient) == ("XVR", "XOS")
    [c] = rows(knlp, "Norland's aid also supported 2 million more Ostravian girls going to school.")
    assert (c.donor, c.recipient) == ("XNL", "XOS")
