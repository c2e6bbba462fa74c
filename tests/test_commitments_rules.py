"""Commitment rules on sentences written for these tests: word-boundary kinds, non-support, statuses, parties."""

from __future__ import annotations

import pytest

from cablegram.nlp.commitment_lexicon import commitment_lexicon, keyword_pattern
from test_commitments_component import cnlp, run  # noqa: F401  (the module's commitments-only pipeline)


@pytest.mark.parametrize("text, sub", [
    ("a grant to a think tank in the capital", None),
    ("on the grounds that it was late", None),
    ("they tried to restrain the crowd", None),
    ("fifty tanks", "armour"),
    ("they trained pilots", "training"),
    ("several armoured vehicles", "armour"),
])
def test_kinds_match_whole_words(text, sub):
    rule = commitment_lexicon().kind(text, strong_only=True)
    assert (rule.subcategory if rule else None) == sub


def test_keyword_pattern_star_and_plural():
    pat = keyword_pattern(["train*", "tank"])
    assert pat.search("training") and pat.search("tanks") and not pat.search("restrain") and not pat.search("tanker")


def test_lexicon_is_extensible_through_config():
    lex = commitment_lexicon({"not_support": {"words": ["lottery"]}})
    assert lex.not_support.search("the lottery prize") and not commitment_lexicon().not_support.search("lottery")


@pytest.mark.parametrize("text", [
    "Veridia bought 40 tanks from Norland for $2bn.",
    "The minister paid a taxi fare of $40 to get to the summit.",
    "The president asked Congress for $5bn in funding for the border wall.",
    "Norland sold air defence systems to Kestria for $1bn in a new arms deal.",
    "Veridia's defence budget rose to $80bn this year.",
])
def test_purchases_sales_and_domestic_spending_are_not_support(cnlp, text):
    assert run(cnlp, text) == []


@pytest.mark.parametrize("text, status", [
    ("Kestria is considering sending howitzers to Ostravia.", "conditional"),
    ("Norland offered to train Ostravian pilots.", "conditional"),
    ("Lumeria refused to send fighter jets to Ostravia.", "refused"),
    ("Pellan will not provide tanks to Ostravia.", "refused"),
    ("Veridia handed over the ten ambulances it had promised to Ostravia.", "delivered"),
])
def test_statuses(cnlp, text, status):
    rows = run(cnlp, text)
    assert rows and rows[0].status == status, rows


def test_negation_stays_in_its_clause(cnlp):
    rows = run(cnlp, "Veridia did not announce new aid in May, although it delivered the tanks promised earlier "
                     "to Ostravia.")
    assert [(r.donor, r.status, r.is_reference) for r in rows] == [("Veridia", "delivered", True)]


def test_partial_delivery_is_never_the_whole(cnlp):
    [c] = run(cnlp, "Veridia has delivered only part of the $3 billion package approved by its parliament in May.")
    assert c.amount == 3e9 and c.status == "allocated" and "partial delivery" in c.reason and c.is_reference


@pytest.mark.parametrize("text, currency, amount", [
    ("Norland pledged 10 billion kroner to Ostravia.", "NOK", 1e10),
    ("Norland pledged NOK 10 billion to Ostravia.", "NOK", 1e10),
    ("Veridia pledged EUR 200 million ($220 million) to Ostravia.", "EUR", 2e8),
    ("Kestria pledged 500 million zł to Ostravia.", "PLN", 5e8),
])
def test_currencies_and_one_row_for_two_currencies(cnlp, text, currency, amount):
    [c] = run(cnlp, text)
    assert (c.currency, c.amount) == (currency, amount) and c.recipient == "Ostravia"


def test_currency_code_is_never_a_party(cnlp):
    [c] = run(cnlp, "Norland pledged EUR 50 million in military aid to Ostravia.")
    assert c.donor == "Norland" and c.recipient == "Ostravia"
    rows = run(cnlp, "The package is worth USD 20 million.")
    assert all(r.donor not in ("USD", "EUR") and r.recipient not in ("USD", "EUR") for r in rows)


@pytest.mark.parametrize("text, cat, sub", [
    ("Veridia pledged a $2bn loan to Ostravia.", "financial", "loan"),
    ("Norland agreed to roll over a $500m deposit at Ostravia's central bank.", "financial", "loan"),
    ("Kestria will guarantee $300m of Ostravia's borrowing.", "financial", "guarantee"),
    ("Lumeria sent 40 armoured vehicles to Ostravia.", "military", "armour"),
    ("Pellan delivered 100 trucks to the Ostravian army.", "military", "vehicles"),
])
def test_loans_rollovers_guarantees_and_vehicles(cnlp, text, cat, sub):
    rows = run(cnlp, text)
    assert rows and (rows[0].category, rows[0].subcategory) == (cat, sub), rows


def test_items_with_counts(cnlp):
    [c] = run(cnlp, "Veridia will send 50 Leopard 2 tanks and two Patriot systems to Ostravia.")
    assert "50 Leopard 2 tanks" in c.items and "two Patriot systems" in c.items
