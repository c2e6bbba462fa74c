"""Money parsing: formats, separators, words, ranges, bounds and non-money numbers."""

from __future__ import annotations

import pytest

from cablegram.nlp.amounts import find_amounts, parse_number


def one(text):
    found = find_amounts(text)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text,value,currency", [
    ("Veridia pledged $1.2bn on Monday", 1.2e9, "USD"),
    ("a loan of 1,2 млрд долларов", 1.2e9, "USD"),
    ("some 1.2 bn euros", 1.2e9, "EUR"),
    ("EUR 500 million for repairs", 5e8, "EUR"),
    ("€50m in aid", 5e7, "EUR"),
    ("£2.5 billion", 2.5e9, "GBP"),
    ("two billion dollars", 2e9, "USD"),
    ("half a billion euros", 5e8, "EUR"),
    ("one and a half billion dollars", 1.5e9, "USD"),
    ("1.200.000 euros", 1.2e6, "EUR"),
    ("1 200 000 euros", 1.2e6, "EUR"),
    ("$1,200,000", 1.2e6, "USD"),
    ("CA$5m", 5e6, "CAD"),
    ("10 billion Swedish kronor", 1e10, "SEK"),
    ("NOK 2 billion", 2e9, "NOK"),
    ("₴2 billion", 2e9, "UAH"),
    ("3 billion roubles", 3e9, "RUB"),
    ("300 mln hryvnias", 3e8, "UAH"),
])
def test_formats(text, value, currency):
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.currency == currency


def test_upper_bound_of_up_to():
    a = one("Pellan will send up to $500 million in shells.")
    assert a.kind == "upper_bound" and a.value == 5e8 and "upper bound" in a.reason
    assert a.text == "up to $500 million"


@pytest.mark.parametrize("text", ["between $1bn and $2bn", "between 1 and 2 billion euros", "$1-2 billion",
                                  "$1bn-$2bn"])
def test_ranges_take_upper_bound_and_keep_lower(text):
    a = one(text)
    assert a.kind == "range" and a.value == 2e9 and a.low == 1e9
    assert "upper bound" in a.reason and a.confidence < 0.9


def test_lower_bound_and_approximate_say_so():
    assert one("more than ¥10 billion").kind == "lower_bound"
    assert one("about $50 million").kind == "approximate"


@pytest.mark.parametrize("text", ["sent two air defence systems", "40 tanks arrived in 2024",
                                  "1 million rounds of ammunition", "a 155mm shell", "in March 2023"])
def test_counts_are_not_money(text):
    assert find_amounts(text) == []


def test_no_currency_is_money_with_a_reason():
    a = one("Kestria has sent 2 billion in aid.")
    assert a.currency is None and a.value == 2e9 and a.reason == "no currency stated" and a.confidence <= 0.5


def test_ambiguous_kroner_is_flagged():
    a = one("4.5 billion kroner")
    assert a.currency == "NOK" and "Danish" in a.reason


def test_parse_number_separators():
    assert parse_number("1,2")[0] == 1.2
    assert parse_number("1,200")[0] == 1200
    assert parse_number("1.234.567,5")[0] == 1234567.5
    assert parse_number("twenty five")[0] == 25
    assert parse_number("seven hundred")[0] == 700
    assert parse_number("banana") is None


def test_article_before_code_does_not_hide_the_amount():
    assert [a.text for a in find_amounts("Quorvia approved a CHF 30m grant and a $3bn loan")] == ["CHF 30m", "$3bn"]


@pytest.mark.parametrize("text,value,currency", [
    ("the estimated value of the vehicles is 600,000 €.", 6e5, "EUR"),  # a sign after the figure
    ("reported as SEK 6.7245 billion", 6.7245e9, "SEK"),  # a decimal with more than three digits
    ("we count 645 m ISK for this one", 6.45e8, "ISK"),  # a spaced "m" with a currency after it
])
def test_written_forms_of_tracker_notes(text, value, currency):
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.currency == currency


def test_a_year_before_to_is_not_a_range():
    a = one("The pledge rose in November 2022 to 16 million EUR.")
    assert (a.value, a.kind, a.text) == (16e6, "exact", "16 million EUR")


def test_add_up_to_is_a_sum_not_a_bound():
    a = one("The entries so far add up to €406.11 million.")
    assert a.kind == "exact" and a.value == pytest.approx(406.11e6)


@pytest.mark.parametrize("text, value, currency", [
    ("The fund granted JOD43.7 million to the agency.", 43_700_000.0, "JOD"),
    ("A loan of KES3bn was signed.", 3_000_000_000.0, "KES"),
])
def test_any_iso_code_glued_to_the_figure(text, value, currency):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_the_fraction_of_a_figure_is_never_an_amount_of_its_own():
    # An unknown prefix glued to a figure must not leave "7 million" behind.
    assert find_amounts("The code XQZ43.7 million stands for nothing.") == []
    # Capitals that are ISO codes but spaced from the figure are words, not money.
    assert find_amounts("ALL 300 PASSENGERS were safe.") == []
    # A rarer code glued to a small bare number is a name (a conference), not money.
    assert [(a.value, a.currency) for a in find_amounts("At the COP27 summit it gave EUR 10 million.")] == \
        [(10_000_000.0, "EUR")]
