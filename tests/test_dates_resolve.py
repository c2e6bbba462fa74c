"""Relative and explicit dates resolved against the publication date (2024-03-15 is a Friday)."""

import pytest

from cablegram.nlp.dates import resolve_date

ANCHOR = "2024-03-15"


@pytest.mark.parametrize("text,expected", [
    ("The talks ended today.", "2024-03-15"),
    ("The envoy left yesterday.", "2024-03-14"),
    ("The vote is tomorrow.", "2024-03-16"),
    ("Troops withdrew on Tuesday.", "2024-03-12"),
    ("Talks will resume on Tuesday.", "2024-03-19"),
    ("The minister resigned last week.", "2024-03-08"),
    ("The summit will be held next week.", "2024-03-22"),
    ("The ceasefire collapsed three days ago.", "2024-03-12"),
    ("The accord was signed on 2 March.", "2024-03-02"),
    ("The accord was signed on March 2, 2021.", "2021-03-02"),
    ("The accord was signed on 2023-11-05.", "2023-11-05"),
    ("The election was held on 20 December.", "2023-12-20"),
])
def test_resolve(text, expected):
    assert resolve_date(text, ANCHOR) == expected


@pytest.mark.parametrize("text", [
    "The summit will be held next month.",
    "The grant covers the coming year.",
    "Shelling continued over the past week.",
    "The budget for this year was cut.",
])
def test_periods_are_not_days(text):
    """A month, a year or a duration names no day: no date (the caller keeps the publication date)."""
    assert resolve_date(text, ANCHOR) is None


def test_no_anchor_and_no_date():
    assert resolve_date("Troops withdrew on Tuesday.", None) is None
    assert resolve_date("Troops withdrew.", ANCHOR) is None
    assert resolve_date("Signed on 4 May 2020.", None) == "2020-05-04"
    assert resolve_date("Troops withdrew on Tuesday.", "not a date") is None
