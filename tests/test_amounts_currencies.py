"""Currencies as data: codes, symbols and names in any case, mid-figure codes, two currencies for one sum."""

from __future__ import annotations

import pytest

from cablegram.nlp.amounts import currency_codes, find_amounts, grammar


@pytest.mark.parametrize("text, value, currency", [
    ("worth 75 billion Norwegian crowns", 7.5e10, "NOK"),
    ("10 billion KRONER", 1e10, "NOK"),
    ("500 million zł", 5e8, "PLN"),
    ("200 million złoty", 2e8, "PLN"),
    ("3 billion hryvnia", 3e9, "UAH"),
    ("1.5 billion Czech crowns", 1.5e9, "CZK"),
    ("CZK 300 million", 3e8, "CZK"),
    ("ISK 100 million", 1e8, "ISK"),
    ("35 million AUD", 3.5e7, "AUD"),
    ("50 mln eur", 5e7, "EUR"),
    ("2.1 EUR million", 2.1e6, "EUR"),
    ("NZ$5m", 5e6, "NZD"),
])
def test_currency_forms(text, value, currency):
    [a] = find_amounts(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


def test_ambiguous_crowns_settled_by_a_country_word():
    [a] = find_amounts("Denmark will give 400 million crowns")
    assert a.currency == "DKK" and "denmark" in a.reason.lower()


@pytest.mark.parametrize("text", ["EUR 200 million ($220 million)", "$50m (€46m)", "£1bn, or about $1.3bn"])
def test_one_sum_in_two_currencies_is_one_amount(text):
    [a] = find_amounts(text)
    assert "one sum in two currencies" in a.reason


def test_lower_case_words_that_are_codes_are_not_money():
    assert find_amounts("we try 5 things") == []
    assert "TRY" in currency_codes()


def test_extra_currency_through_the_lexicon():
    g = grammar({"words": {"doubloons": "XDB"}, "codes": ["XDB"]})
    [a] = find_amounts("40 million doubloons", g)
    assert a.currency == "XDB" and find_amounts("40 million doubloons") == []


@pytest.mark.parametrize("text, value, currency", [
    # the article before a sign glued to the figure ("a A$..."): the article is no number of its own
    ("Canberra approved a A$12 million fund for clinics.", 1.2e7, "AUD"),
    ("Wellington set aside a NZ$8 million package.", 8e6, "NZD"),
    # the singular currency name before the noun it qualifies
    ("a 60 million Canadian dollar fund for schools", 6e7, "CAD"),
    ("The 15 million Australian dollar scheme ends in May.", 1.5e7, "AUD"),
])
def test_article_before_a_sign_and_a_singular_currency_name(text, value, currency):
    [a] = find_amounts(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


def test_a_lone_article_before_a_code_stays_no_money():
    assert find_amounts("a CHF note and a USD bill") == []
