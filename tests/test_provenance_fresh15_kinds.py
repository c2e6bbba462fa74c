"""Kinds of error found on the development part of the fresh15 set (written by another analyst who never saw the
code, 2 December 2026), each on sentences of our own (invented officials, countries and bodies): the faithful rewrite
must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes
from cablegram.provenance.expressions import duration_days, expressions


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_one_unit_ahead_is_a_duration_of_that_unit():
    assert [d.text for d in expressions("Border checks will stay in force for the coming year.")[1]] == \
        ["for the coming year"]
    assert duration_days("for the next week") == (7.0, False)
    source = "Under the deal, ferry services to the islands will run on a reduced timetable for the next three weeks."
    assert _kinds("Ferries to the islands will keep a reduced timetable for the next year, under the deal.",
                  source) == ["duration"]
    assert _kinds("Ferries to the islands will keep a reduced timetable for the next twelve months, under the deal.",
                  source.replace("next three weeks", "next year")) == []


def test_a_subject_told_without_its_modifier_is_the_same_actor():
    context = ("Ostrian army engineers arrived in Delmar on Monday. Army engineers rebuilt both bridges on the river "
               "road within a week.")
    evidence = context.split(". ")[1]
    assert _kinds("Engineers rebuilt both bridges on the river road within a week.", evidence, context) == []
    # another kind of engineers is another actor
    assert _kinds("Volunteer engineers rebuilt both bridges on the river road within a week.", evidence,
                  context) == ["actor"]
    # the same thing told with another participle or none is no other actor
    assert _kinds("Falling rocks blocked the mountain pass for two days.", "Rocks from the slope blocked the mountain "
                  "pass for two days.") == []
    assert _kinds("Coastguard divers searched the flooded tunnel overnight.", "Navy divers searched the flooded "
                  "tunnel overnight.") == ["actor"]
