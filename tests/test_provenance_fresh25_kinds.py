"""Kinds of error found on the development part of the fresh25 set (written by an analyst who never saw the code,
2 December 2026, round A of the third session) and older open kinds, each on sentences of our own (invented people,
places and bodies): the real change of the kind must be found and the faithful rewrite must not count as one."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes
from cablegram.provenance.expressions import expressions


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_year_like_figure_that_counts_things_is_a_number():
    # "of <figure> <plural noun>" inside the clause counts the things: a changed count, no changed date
    dates, _, numbers = expressions("The relief agency shipped a total of 2040 blankets to Marro.")
    assert not dates and [n.text for n in numbers] == ["2040"]
    assert _kinds("The relief agency shipped a total of 2040 blankets to Marro.",
                  "The relief agency shipped a total of 2060 blankets to Marro.") == ["number"]
    assert _kinds("Enrolment at the school climbed to 2020 pupils.",
                  "Enrolment at the school climbed to 2010 pupils.") == ["number"]


def test_a_year_opening_its_clause_or_before_a_joining_word_stays_a_date():
    for text in ("By 2035 the harbour tolls must double.", "Fishing quotas were cut in 2022 as stocks fell.",
                 "The ferry line has run since 2018, the port said."):
        dates, _, numbers = expressions(text)
        assert [d.key[2] for d in dates] and not numbers, text
    assert _kinds("Fishing quotas were cut in 2021 as stocks fell.",
                  "Fishing quotas were cut in 2022 as stocks fell.") == ["date"]
