"""The trace summary's percentages add up: shares are rounded by largest remainder, not one by one."""

from __future__ import annotations

from cablegram.provenance.report import whole_percents


def test_five_and_six_of_eleven_sentences_make_one_hundred():
    assert whole_percents([5 / 11, 0.0, 6 / 11]) == [45, 0, 55]


def test_thirds_and_partial_totals():
    assert sum(whole_percents([1 / 3, 1 / 3, 1 / 3])) == 100
    assert whole_percents([0.5, 0.25, 0.1]) == [50, 25, 10]  # "other" sentences make the rest
    assert whole_percents([0.0, 0.0, 0.0]) == [0, 0, 0]
