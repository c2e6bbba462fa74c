"""Commitments as a reporter writes them: the kinds of fault found on real news, and the floors on the own
annotation of real news sentences (tests/data/commitments_news.jsonl, text read from ../shared/data).

Sentences here are written for these tests (fictional states: Veridia, Norland, Kestria, Lumeria, Pellan,
Ostravia)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_commitments_component import cnlp, run  # noqa: F401  (the module's commitments-only pipeline)

REPO = Path(__file__).resolve().parents[1]

# Figures on all 103 sentences, measured 2026-12-01 with `python benchmarks/commitments_news.py --data
# ../shared/data` (benchmarks/results/commitments_news.json); floors are those less 0.02 (right and status raised
# after the reporter-style kinds of C8: 0.695 and 0.925).
FLOORS = {"row_precision": 0.81, "row_recall": 0.92, "right": 0.67, "donor": 0.86, "recipient": 0.82,
          "category": 0.87, "status": 0.90, "negatives_clean": 0.82}


def test_news_floors(nlp, shared_data):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import commitments_news

    from cablegram.kb.base import KnowledgeBase

    gold = commitments_news.load_gold()
    try:
        result = commitments_news.evaluate(nlp, shared_data, gold, KnowledgeBase.load())["all"]
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    low = {f: result[f]["value"] for f, floor in FLOORS.items() if result[f]["value"] < floor}
    assert not low, (low, {f: result[f]["value"] for f in FLOORS})


def test_news_gold_holds_references_only():
    import json

    gold = [json.loads(line) for line in (REPO / "tests" / "data" / "commitments_news.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) >= 60 and all("text" not in g and "sentence" not in g for g in gold)
    assert sum(1 for g in gold if not g["commitments"]) >= 20  # look-alikes that are no support
    assert {g["split"] for g in gold} == {"dev", "untouched"}


@pytest.mark.parametrize("text, status", [
    ("Veridia is once again sending aid to Ostravia.", "delivered"),  # "once again" states no condition
    ("Norland is willing to provide ammunition to Ostravia.", "conditional"),
    ("Norland is ready to send howitzers to Ostravia.", "conditional"),
    ("Kestria announced a suspension of aid to Ostravia.", "cancelled"),
    ("Lumeria reduced military aid to Ostravia by $20 million.", "cancelled"),
    ("Veridia has given Ostravia no new weapons this year.", "refused"),
    ("Officials are examining whether Norland will continue to honour $200 million in aid for Ostravia.",
     "conditional"),
    ("Norland announced that it had provided $30 million in medical aid to Ostravia.", "delivered"),
    ("Pellan lent $1 billion to Ostravia to support its recovery.", "delivered"),
])
def test_reporter_statuses(cnlp, text, status):
    rows = run(cnlp, text)
    assert rows and rows[0].status == status, rows


def test_hedged_offer_keeps_its_donor(cnlp):
    [c] = run(cnlp, "Norland is willing to provide ammunition to Ostravia.")
    assert (c.donor, c.recipient, c.category) == ("Norland", "Ostravia", "military")


def test_cut_in_aid_keeps_amount_and_kind(cnlp):
    [c] = run(cnlp, "Lumeria reduced military aid to Ostravia by $20 million.")
    assert (c.amount, c.category, c.donor, c.recipient) == (2e7, "military", "Lumeria", "Ostravia")


def test_a_loan_given_is_a_loan(cnlp):
    [c] = run(cnlp, "Pellan lent $1 billion to Ostravia to support its recovery.")
    assert (c.category, c.subcategory) == ("financial", "loan")


@pytest.mark.parametrize("text", [
    "Kestria cut the ticket price for the match by $5.",  # a cut in something that is no support
    "More than 1 million refugees arrived in Norland last year.",  # people arriving, counted
    "Veridia offered to remove the chemical weapons stockpile of Ostravia.",  # disposal, not weapons given
    "Kestria agreed to allow aid convoys into Ostravia.",  # a permission for others to deliver
    "Norland must continue military aid to Ostravia.",  # an opinion
    "The new recruits were trained to use rifles.",  # training of no one's forces by no one
    "The summit will lend credibility to the peace process.",
])
def test_look_alikes_are_no_commitment(cnlp, text):
    assert run(cnlp, text) == []


def test_the_day_of_the_news_is_no_reference(cnlp):
    [c] = run(cnlp, "Lumeria announced on Monday $50 million in food aid for Ostravia.")
    assert not c.is_reference and c.status == "pledged"
    [c] = run(cnlp, "Earlier this week, Lumeria pledged $50 million in food aid to Ostravia.")
    assert not c.is_reference
    [c] = run(cnlp, "Lumeria delivered the $50 million package it announced in March to Ostravia.")
    assert c.is_reference


def test_health_supplies_are_humanitarian(cnlp):
    [c] = run(cnlp, "Veridia donated 200 ventilators and vaccines to Ostravia.")
    assert c.category == "humanitarian" and c.status == "delivered"


def test_training_a_force_is_military_training(cnlp):
    [c] = run(cnlp, "Veridia trained 300 Ostravian pilots.")
    assert (c.category, c.subcategory) == ("military", "training")


def test_a_private_persons_money_is_no_support(nlp):
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    doc = nlp(make_doc(nlp, Document(text="Marla Quennell, a singer, donated $750 to a senator.")))
    assert [c for c in doc._.cg_commitments if c.amount == 750] == []


def test_a_story_figure_without_giver_or_receiver_is_dropped(nlp):
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    story = " ".join([
        "The festival opened on Friday in the old port.", "Thousands of visitors came by train.",
        "Hotels were full for the whole weekend.", "So far, organisers have raised $5 million of the $6 million "
        "they pledged for the event.", "Local bands played until midnight.", "The weather stayed dry.",
        "Traders said sales were strong.", "The mayor thanked the volunteers.", "The next edition is planned for May.",
    ])
    doc = nlp(make_doc(nlp, Document(text=story)))
    assert list(doc._.cg_commitments) == []


@pytest.mark.parametrize("text", [
    "They didn't give me any training.",  # between people
    "The embassy is unable to provide support to Veridian nationals in Ostravia.",  # consular help
])
def test_help_to_people_is_no_commitment(cnlp, text):
    assert run(cnlp, text) == []


@pytest.mark.parametrize("text", [
    "Kestrian aircraft killed 12 civilians in an attack on a convoy carrying weapons near Dalvik.",  # force used
    "Ostravian police confiscated weapons and explosives from an armed group on Friday.",  # seized, not given
    "A member of the Norland parliament started a hunger strike in protest against the new law.",
])
def test_reports_of_other_acts_describe_no_package(cnlp, text):
    assert run(cnlp, text) == []


def test_handover_of_promised_weapons_is_a_linked_delivery_never_to_the_weapon(cnlp):
    [c] = run(cnlp, "Lumeria has handed over the first batch of Challenger 2 tanks it promised Ostravia in May.")
    assert (c.donor, c.recipient, c.status, c.is_reference) == ("Lumeria", "Ostravia", "delivered", True)


@pytest.mark.parametrize("text, status", [
    ("Kestria has not yet decided whether to send more fighter jets to Ostravia.", "conditional"),
    ("The Pellanese government declined to re-export the ammunition to Ostravia.", "refused"),
    ("Norland deposited $1 billion in Ostravia's central bank to support its currency.", "delivered"),
])
def test_undecided_refused_and_deposits(cnlp, text, status):
    rows = run(cnlp, text)
    assert rows and rows[0].status == status, rows


def test_recipient_positions_in_a_story_need_a_receiving_cue():
    from types import SimpleNamespace

    from cablegram.nlp.commitment_parties import in_recipient_position

    text = "Food aid reached civilians in Ostravia. A rebellion in Ostravia's east went on. Ostravia's army got tanks."
    first, second, third = (SimpleNamespace(start=i, end=i + len("Ostravia"), text="Ostravia")
                            for i in [text.index("Ostravia", k) for k in (0, 40, 75)])
    assert in_recipient_position(text, first, strict=True)  # "civilians in Ostravia"
    assert not in_recipient_position(text, second, strict=True)  # a place named in passing
    assert in_recipient_position(text, second)  # a short note counts any possessive
    assert in_recipient_position(text, third, strict=True)  # "Ostravia's army"


@pytest.mark.parametrize("actor_id, usable", [
    ("org:iris-t", False), ("org:challenger-2", False), ("org:usd", False), ("org:world-food-programme", True),
])
def test_weapon_and_currency_ids_are_never_recipients(actor_id, usable):
    from cablegram.nlp.commitments import CommitmentExtractor

    assert CommitmentExtractor(use_model=False)._usable_recipient(actor_id) is usable


def test_support_for_a_bankrupt_state_is_financial(cnlp):
    [c] = run(cnlp, "Kestria pledged a $300 million support package for Ostravia, which is close to bankruptcy.")
    assert c.category == "financial" and c.status == "pledged"


def test_humanitarian_convoys_and_proposals(cnlp):
    [c] = run(cnlp, "Veridia sent humanitarian convoys to Ostravia.")
    assert (c.category, c.status) == ("humanitarian", "delivered")
    [c] = run(cnlp, "The Lumerian government proposed a EUR 5 billion loan facility for Ostravia.")
    assert (c.status, c.amount, c.category) == ("conditional", 5e9, "financial")
    assert run(cnlp, "Veridia sent an armoured convoy into Ostravia.") == []  # a deployment


def test_a_proposal_without_a_receiver_is_no_commitment(cnlp):
    assert run(cnlp, "The president proposed nearly $1 billion in funds to help local schools hire teachers.") == []
