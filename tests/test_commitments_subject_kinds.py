"""Commitments: givers and receivers a reporter names outside the verb's own subject and objects: the subject a
support noun helped ("were able to repel them with only minimal Norland assistance"), the named noun a relative
clause describes ("the Norland-led coalition, which arms the rebels"), and a place the support passes ("via a land
route with Kestria"), which is no receiver.

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from test_commitments_component import run
from test_commitments_fresh_kinds import knlp  # noqa: F401  (registry model, actors with the fictional states, commitments)


@pytest.mark.parametrize("text, recipient", [
    # the subject sits on a verb above the one "with" hangs on ("were able to repel")
    ("By 2019, his 4,000 Kestrian resistance fighters were able to repel the invaders with only minimal Norland "
     "assistance.", "Kestrian resistance fighters"),
    ("The Ostravian army repelled the attack with Norland assistance.", "XOS"),
])
def test_a_support_noun_with_its_giver_helps_the_subject(knlp, text, recipient):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XNL", recipient, "delivered"), c


@pytest.mark.parametrize("text", [
    "The offensive is backed by the Norland-led coalition, which arms the Kestrian rebels and has flown many sorties.",
    "The Norland government, which arms the Kestrian rebels, met on Monday.",
])
def test_a_relative_clause_gives_through_the_named_noun_it_describes(knlp, text):
    rows = run(knlp, text)
    assert [(c.recipient, c.category, c.status) for c in rows] == [("Kestrian rebels", "military", "delivered")], rows
    assert rows[0].donor is not None and "XNL" in rows[0].donor or "norland" in rows[0].donor.lower(), rows


def test_a_bare_noun_before_which_names_no_giver(knlp):
    """"The coalition, which arms the rebels": no name says whose coalition; no row names a giver it cannot cite."""
    assert all(c.donor is None for c in run(knlp, "The coalition, which arms the rebels, met on Monday.")), \
        run(knlp, "The coalition, which arms the rebels, met on Monday.")


def test_a_route_with_a_state_is_no_receiver(knlp):
    [c] = run(knlp, "Officials say Norland is delivering missiles to the militia via a land route with Kestria.")
    assert c.donor == "XNL" and c.recipient != "XKS", c


# -- givers named by a body, a participle or jointly --------------------------------------------------------------
@pytest.mark.parametrize("text, donor", [
    ("Norland's cabinet approved $20 million in aid for Ostravia.", "XNL"),
    ("Kestria's parliament approved a loan of 40 million euros for Ostravia.", "XKS"),
])
def test_a_deciding_body_gives_for_its_owner(knlp, text, donor):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == (donor, "XOS", "allocated"), c


def test_a_participle_on_the_subject_names_the_givers_of_an_arrival(knlp):
    [c] = run(knlp, "Two air-defence batteries supplied by Kestria have arrived in Ostravia, officials said.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XKS", "XOS", "military", "delivered"), c


def test_a_joint_row_keeps_every_giver_as_an_actor_id(knlp):
    [c] = run(knlp, "Kestria and Norland will provide EUR 500 million to Ostravia.")  # a shared sum: one row
    assert c.donor == "XKS; XNL" and "joint commitment by 2 donors" in c.reason, c


@pytest.mark.parametrize("text", [
    "A second-class train ticket from Kestria to Ostravia now costs about 150 euros, the rail operator said.",
    "A bus fare from the border to Ostravia costs about 20 euros.",
])
def test_a_price_on_a_route_is_no_support(knlp, text):
    assert run(knlp, text) == []


@pytest.mark.parametrize("text", [
    "The agency's official reiterated the commitment of the organization to collaborate with governments and "
    "humanitarian groups to protect children in the region.",
    "Both ministers stressed their commitment as partners to cooperate on humanitarian relief.",
])
def test_a_commitment_to_work_together_is_no_package(knlp, text):
    assert run(knlp, text) == []


def test_a_reiterated_commitment_with_a_figure_stays(knlp):
    [c] = run(knlp, "Norland reiterated its commitment to provide $5 million in aid to Ostravia.")
    assert (c.donor, c.amount, c.status) == ("XNL", 5e6, "pledged"), c


# -- supporting the training of forces ------------------------------------------------------------------------------
_STORY_TAIL = " The talks went on. They ended late. Nothing was agreed. Ministers left. Reporters waited. It was cold." \
              " Everyone went home. The rain fell."


@pytest.mark.parametrize("text", [
    "Norland supports the training of the Ostravian army, officials said." + _STORY_TAIL,
    "Norland has for two years been supporting the build-up and training of the Ostravian army." + _STORY_TAIL,
])
def test_supporting_the_training_of_forces_is_military_support_given(knlp, text):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "military", "delivered"), c


def test_supporting_a_plan_is_no_training_given(knlp):
    assert run(knlp, "Norland supported the plan of the Ostravian government, officials said." + _STORY_TAIL) == []


def test_forces_trained_in_a_state_are_not_that_state(knlp):
    [c] = run(knlp, "Norland has been supporting the training of a unified army in Kestria, commanders said." + _STORY_TAIL)
    assert (c.donor, c.category, c.status) == ("XNL", "military", "delivered") and c.recipient != "XKS", c


def test_the_receiver_is_never_a_co_giver_of_a_joint_row(knlp):
    [c] = run(knlp, "The President of Norland and the Prime Minister of Ostravia signed an agreement on the co-production "
                    "of armed drones in Ostravian territory.")
    assert c.donor == "XNL" and c.recipient == "XOS", c
