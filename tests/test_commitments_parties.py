"""Commitments: donors and recipients on reporter-style sentences (issue 13, the kinds of party fault left on the
dev parts of tests/data/commitments_fresh.jsonl and commitments_fresh3.jsonl).

Sentences are written for these tests. Fictional states (Veridia, Norland, Kestria, Ostravia) come from the small
actor file of ``test_commitments_fresh_kinds`` given to the actors component next to the shipped knowledge base."""

from __future__ import annotations

import pytest

from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


# -- receivers that are armed groups ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, recipient", [
    # a nationality word before a group that is no state: the fighters receive, not Ostravia
    ("Veridia sent anti-tank weapons to Ostravian Kurdish fighters last year.", "Ostravian Kurdish fighters"),
    ("Norland sent rifles to the so-called rebels.", "rebels"),
    ("Veridia provided weapons to two militant groups.", "militant groups"),
])
def test_an_armed_group_receives_as_written(knlp, text, recipient):
    [c] = rows(knlp, text)
    assert c.donor in ("XVR", "XNL") and (c.recipient, c.category) == (recipient, "military"), c
    assert "non-state armed group" in c.reason


def test_fighters_named_only_by_their_state_are_that_states(knlp):
    [c] = rows(knlp, "Norland delivered rifles to Ostravian fighters.")
    assert (c.donor, c.recipient) == ("XNL", "XOS"), c


def test_aid_groups_are_no_armed_group(knlp):
    [c] = rows(knlp, "Veridia gave $2 million to aid groups in Ostravia.")
    assert (c.donor, c.recipient) == ("XVR", "XOS"), c


# -- givers named by a pronoun or as the accused ---------------------------------------------------------------
def test_it_stands_for_the_state_named_before_it_in_the_sentence(knlp):
    [c] = rows(knlp, "Kestria has given no reason for why it stopped the funding.")
    assert (c.donor, c.status) == ("XKS", "cancelled"), c


def test_it_stands_for_the_state_named_earlier_in_the_paragraph(knlp):
    out = rows(knlp, "Veridia announced new funding for Ostravia's health ministry. In March it stopped the funding.")
    assert [(c.donor, c.recipient, c.status) for c in out] == [("XVR", "XOS", "pledged"), ("XVR", "XOS", "cancelled")]


@pytest.mark.parametrize("text", [
    "The council imposed sanctions on Kestria for providing weapons to the rebels.",
    "Norland accused Kestria of supplying arms to the rebels.",
])
def test_the_accused_is_the_giver_not_the_accuser(knlp, text):
    [c] = rows(knlp, text)
    assert (c.donor, c.recipient, c.category) == ("XKS", "rebels", "military"), c


def test_the_funder_of_the_partners_is_the_giver(knlp):
    [c] = rows(knlp, "Veridia-funded partners delivered food to Ostravia.")
    assert (c.donor, c.recipient, c.status) == ("XVR", "XOS", "delivered"), c


def test_the_operator_of_the_body_that_gave_is_the_giver(knlp):
    [c] = rows(knlp, "Last year a Kestria-based, Veridia-run operations room that had provided rifles to two militant "
                     "groups was closed.")
    assert (c.donor, c.recipient, c.category) == ("XVR", "militant groups", "military"), c


def test_rebels_named_by_their_state_receive_as_a_group_in_a_receiving_clause(knlp):
    # rebels fight their state: the group receives, not Ostravia (the N8 and N9 analysts' finding; C13)
    [c] = rows(knlp, "Ostravian rebels have received rifles from Norland.")
    assert (c.donor, c.recipient) == ("XNL", "Ostravian rebels"), c
