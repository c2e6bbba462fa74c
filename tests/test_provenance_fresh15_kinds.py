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
    assert [d.text for d in expressions("The clinics will stay open for the next year.")[1]] == ["for the next year"]
    assert duration_days("for the coming month") == (30.0, False)
    source = "The relief agency needs 9 million euros to run the mobile clinics for the next six months."
    assert _kinds("The agency is asking for 9 million euros to keep the mobile clinics going for the next year.",
                  source) == ["duration"]
    assert _kinds("The agency needs 9 million euros to run the mobile clinics for the next twelve months.",
                  source.replace("next six months", "next year")) == []


def test_a_subject_told_without_its_modifier_is_the_same_actor():
    context = ("The Relief Agency of Ostria opened two field kitchens in Harl. Agency boats have reached 9 of the 12 "
               "cut-off villages.")
    evidence = context.split(". ")[1]
    assert _kinds("Boats have reached 9 of the 12 cut-off villages.", evidence, context) == []
    # another owner of the boats is another actor
    assert _kinds("Army boats have reached 9 of the 12 cut-off villages.", evidence, context) == ["actor"]
