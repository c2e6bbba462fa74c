"""Commitments: the kinds of fault found on the fifth own annotation of real news (tests/data/commitments_fresh5.jsonl,
dev part) and in the N9 analyst's commitment findings: training and arming of forces as military support (with a
fighting purpose that is the receiver's, under "helping to", ended by "ceased"), coordinated participles that share
one giver ("trained and armed by X"), hyphenated givers on regimes and militias ("the X-armed regime"), support a
speaker reports as going on ("officials warned that X is delivering missiles"), armed groups that are never a state
("the Ostravian mujahideen") and counted receivers ("thousands of Shia militants").

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from test_commitments_component import run
from test_commitments_fresh_kinds import knlp  # noqa: F401  (registry model, actors with the fictional states, commitments)


# -- training and arming ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    # the purpose "to fight the insurgents" is the trainees' fight, not force used by the giver
    ("Some 500 Norland soldiers have trained Ostravian units to fight the insurgents.", "delivered"),
    ("Norland troops had mentored and trained Ostravian units to fight the insurgents.", "delivered"),
    # training under way, not a promise
    ("Norland troops are helping to train local fighters in the north.", "delivered"),
])
def test_training_of_forces_is_military_support(knlp, text, status):
    [c] = run(knlp, text)
    assert (c.donor, c.category, c.status) == ("XNL", "military", status), c


def test_ceasing_to_arm_ends_the_support(knlp):
    [c] = run(knlp, "When Kestria ceased arming the rebels in 1990, their leader fled abroad.")
    assert (c.donor, c.category, c.status) == ("XKS", "military", "cancelled"), c
    assert "rebels" in (c.recipient or "")


# -- participles ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, donor, receiver", [
    ("The rebels, trained and armed by Norland, took the town.", "XNL", "rebels"),
    # the second participle is no giving word, but its agent gives the first one its giver
    ("A militia armed and paid by Kestria now holds the valley.", "XKS", "militia"),
    ("The Kestria-trained Shia militias took the bridge.", "XKS", "Shia militias"),
])
def test_coordinated_and_hyphenated_participles_name_the_giver(knlp, text, donor, receiver):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.category, c.status) == (donor, receiver, "military", "delivered"), c


def test_a_regime_armed_by_another_state_receives_as_its_state(knlp):
    [c] = run(knlp, "The Norland-armed Ostravian regime has bombed the city.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "military", "delivered"), c


# -- reported acts under a warning --------------------------------------------------------------------------------------
def test_a_delivery_reported_under_a_warning_is_support(knlp):
    [c] = run(knlp, "Officials have warned that Kestria is delivering missiles and rockets to the militia.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XKS", "militia", "military", "delivered"), c


def test_a_warning_of_what_the_speaker_may_do_is_no_commitment(knlp):
    assert run(knlp, "Norland warned that it would stop aid to Ostravia.") == []


# -- receivers ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, receiver", [
    ("Norland armed the Ostravian mujahideen in the 1980s.", "Ostravian mujahideen"),  # a group, not Ostravia
    ("By arming and training thousands of Shia militants in Ostravia, Kestria has sought to push back the insurgents.",
     "Shia militants"),  # the counted receivers, not the place they are in
])
def test_armed_groups_receive_as_written(knlp, text, receiver):
    [c] = run(knlp, text)
    assert c.recipient == receiver and c.category == "military", c


# -- support named by a noun with its giver ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, receiver", [
    ("Relations were strained over Norland assistance to Kestrian rebels.", "Kestrian rebels"),
    ("Norland military aid to Ostravia has long underpinned its army.", "XOS"),
    ("Ostravia relies too much on Norland military aid.", "XOS"),
])
def test_support_named_by_a_noun_with_its_giver_is_given(knlp, text, receiver):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XNL", receiver, "delivered"), c


def test_a_giver_named_with_support_for_a_cause_is_backing(knlp):
    # "support" without a kind of support is backing (and a war is no receiver)
    assert run(knlp, "Kestrian support for the war has grown.") == []


# -- refusals of a request and a state's own bodies as givers -------------------------------------------------------------
def test_turning_down_a_request_for_support_is_a_refusal(knlp):
    [c] = run(knlp, "Norland refused a request from Ostravia for more loans.")
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "financial", "refused"), c


def test_a_request_alone_is_no_commitment(knlp):
    assert run(knlp, "Ostravia sent Norland a request for more loans.") == []


def test_a_central_bank_rolls_over_a_deposit_for_its_state(knlp):
    # the receiver is not named as an object; the other state of the sentence holds the deposit
    [c] = run(knlp, "Norland's central bank agreed to roll over a $1 billion deposit held by Ostravia.")
    assert (c.donor, c.recipient, c.category, c.amount) == ("XNL", "XOS", "financial", 1e9), c


# -- second round: a group told again as "both of them", drilling as training ------------------------------------------
@pytest.mark.parametrize("text", [
    "Kestrian and Ostravian forces who had fought side by side, both of them trained and equipped by Norland, "
    "have now turned on each other.",
])
def test_a_group_told_again_as_both_of_them_receives(knlp, text):
    [c] = run(knlp, text)
    assert (c.donor, c.category, c.status) == ("XNL", "military", "delivered"), c
    assert c.recipient is not None and c.recipient != "XNL", c


@pytest.mark.parametrize("text, status", [
    ("Norland promised to drill and discipline them, building the core of a new army.", "pledged"),
    ("Norland drilled 400 Ostravian recruits last year.", "delivered"),
])
def test_drilling_people_is_training(knlp, text, status):
    [c] = run(knlp, text)
    assert (c.donor, c.category, c.subcategory, c.status) == ("XNL", "military", "training", status), c


@pytest.mark.parametrize("text", [
    "The company is drilling wells in the north of Norland.",
    "Norland will drill for oil off the coast of Ostravia.",
    "Norland and Ostravia held joint drills near the border.",
])
def test_drilling_wells_or_holding_drills_is_no_support(knlp, text):
    assert run(knlp, text) == []
