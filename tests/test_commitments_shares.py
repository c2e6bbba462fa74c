"""Commitments: a figure stated as a share of a larger one ("handed over $5m of the $20m it had pledged"). The share
is what the sentence reports; the larger figure names the pledge it comes from: a reference row, never a delivery
of its amount, never the package's value of a short note. Controls: figures side by side that are no share.

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from cablegram.ledger import link, summarise
from cablegram.nlp.amounts import find_amounts, grammar
from cablegram.nlp.commitment_shares import shares
from test_commitments_component import run
from test_commitments_fresh_kinds import knlp  # noqa: F401  (registry model, actors with the fictional states, commitments)


def _pairs(text):
    return [(s.part.text, s.whole.text, s.whole_status) for s in shares(text, find_amounts(text, grammar()))]


@pytest.mark.parametrize("text, part, whole, status", [
    ("Norland has handed over $5m of the $20m it had pledged.", "$5m", "$20m", "pledged"),
    ("They disbursed only €3 million out of a total €12 million.", "€3 million", "€12 million", "pledged"),
    ("It released the first $7m of a $30m package approved in May.", "$7m", "$30m", "allocated"),
    ("Kestria shipped $2m in medical aid to Ostravia, part of the $9m it promised.", "$2m", "$9m", "pledged"),
    ("Of the $40m earmarked by Norland, only $6m has arrived.", "$6m", "$40m", "allocated"),
])
def test_share_and_whole_are_paired(text, part, whole, status):
    assert _pairs(text) == [(part, whole, status)]


@pytest.mark.parametrize("text", [
    "Norland pledged $20m and $5m to the two states.",              # two figures side by side
    "Norland gave $20m of the $5m budget line.",                     # the "whole" is smaller: no share
    "Norland sent $5m of its own money and €20m of loans.",          # no figure follows "of"
    "Norland delivered $5m of the €20m it had pledged.",             # another currency: not read as a share
])
def test_figures_that_are_no_share_are_not_paired(text):
    assert _pairs(text) == []


@pytest.mark.parametrize("text, part, whole, part_status, whole_status", [
    ("Norland has handed over $5 million of the $20 million it pledged to Ostravia.", 5e6, 2e7, "delivered",
     "pledged"),
    ("Kestria shipped $2 million in medical aid to Ostravia, part of the $9 million it promised in March.", 2e6, 9e6,
     "delivered", "pledged"),
    ("Norland delivered the first $3 million of a $12 million package to Ostravia.", 3e6, 12e6, "delivered",
     "pledged"),
    ("Of the $40 million it allocated for Ostravia, Norland has delivered only $6 million.", 6e6, 4e7,
     "delivered", "allocated"),
])
def test_the_share_is_booked_and_the_whole_is_a_reference(knlp, text, part, whole, part_status, whole_status):
    rows = {c.amount: c for c in run(knlp, text)}
    assert set(rows) == {part, whole}, rows
    share, big = rows[part], rows[whole]
    assert (share.donor, share.recipient, share.status, share.is_reference) == ("XNL" if "Norland" in text else "XKS",
                                                                               "XOS", part_status, False), share
    assert (big.status, big.is_reference) == (whole_status, True), big
    assert big.reason.startswith("reference:") and big.refers_to, big


def test_a_share_is_not_a_partial_delivery_of_unknown_size(knlp):
    """"delivered part of the $40m" keeps the package's status (its delivered amount is unknown); with the share's
    figure stated, the share is a delivery of that figure."""
    [unknown] = run(knlp, "Norland has delivered only part of the $40 million it pledged to Ostravia.")
    assert unknown.status == "pledged" and "partial delivery" in unknown.reason, unknown
    rows = run(knlp, "Norland has delivered $15 million of the $40 million it pledged to Ostravia.")
    assert [(c.amount, c.status) for c in rows if not c.is_reference] == [(15e6, "delivered")], rows


def test_ledger_books_the_share_once_and_links_the_whole_to_its_pledge(knlp):
    pledge = run(knlp, "Norland pledged $20 million in aid to Ostravia.", date="2024-03-01")
    later = run(knlp, "Norland has handed over $5 million of the $20 million it pledged to Ostravia.", date="2024-05-02")
    for i, c in enumerate(pledge + later):
        c.doc_id = f"d{i}"
    entries = link(pledge + later)
    big = next(e for e in entries if e.amount == 2e7)
    assert big.status == "pledged" and len(big.sources) == 2 and big.sources[1]["reference"], big
    s = summarise(pledge + later, by="donor")[0]
    assert s["delivered_usd"] == pytest.approx(5e6), s
