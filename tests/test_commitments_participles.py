"""Commitments: the kinds of fault found on the fourth own annotation of real news (tests/data/commitments_fresh4.jsonl,
dev part): support named in passing by a participle ("rebels supplied by …", "the X-funded group", "an X-supplied
jeep"), a relative clause that arms someone or names the support provided, handovers and distributions, vehicles
for health services, and a settlement that looks like a payment for equipment.

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from test_commitments_component import run
from test_commitments_fresh_kinds import knlp  # noqa: F401  (registry model, actors with the fictional states, commitments)


# -- support named by a participle ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, donor, category", [
    ("Rebel fighters supplied by Norland took the bridge on Sunday.", "XNL", "military"),
    ("The rebels were supplied by Kestria and two other states.", "XKS", "military"),
    ("The Norland-funded rescue service denied the charge.", "XNL", "financial"),
    ("The militia is one of few groups with armed drones in its arsenal, which were supplied by Kestria.", "XKS",
     "military"),
])
def test_a_participle_names_support_given_earlier(knlp, text, donor, category):
    [c] = run(knlp, text)
    # "denied the charge" is the receiver's act: the support stays delivered
    assert (c.donor, c.category, c.status) == (donor, category, "delivered"), c


def test_the_receiver_a_participle_describes_is_the_recipient(knlp):
    [c] = run(knlp, "Rebel fighters supplied by Norland took the bridge on Sunday.")
    assert c.recipient is not None and "rebel" in c.recipient.lower()


def test_a_thing_given_named_by_a_participle_keeps_no_receiver_from_the_story(knlp):
    # a story (more than eight sentences) whose other support names Ostravia; the jeep's receiver is not said, so
    # none is filled in from the story
    story = " ".join(["Norland sent food aid to Ostravia in May.", "Norland sent more food aid to Ostravia in June."]
                     + [f"Village {n} was shelled for days." for n in "ABCDEFG"]
                     + ["Hours later the Kestria-supplied armoured jeep came up the road with the wounded."])
    rows = run(knlp, story)
    [c] = [r for r in rows if r.donor == "XKS"]
    assert (c.category, c.status, c.recipient) == ("military", "delivered", None)


@pytest.mark.parametrize("text", [
    "The state-funded broadcaster aired the whole speech.",  # a common noun pays: spending at home
    "The Kestria-backed militia seized the town on Friday.",  # backing is no support given
])
def test_backing_and_spending_at_home_named_by_participles_are_no_support(knlp, text):
    assert run(knlp, text) == []


# -- relative clauses ---------------------------------------------------------------------------------------------------
def test_a_state_described_by_a_clause_that_arms_someone_gives(knlp):
    [c] = run(knlp, "Norland, which has armed the Ostravian militia for years, did little to stop the fighting.")
    assert (c.donor, c.category, c.status) == ("XNL", "military", "delivered")


def test_the_support_a_clause_says_someone_continues_to_provide(knlp):
    [c] = run(knlp, "Veridia is angry at the support Norland continues to provide to Ostravia.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "delivered")


# -- verbs and kinds ----------------------------------------------------------------------------------------------------
def test_a_handover_of_vehicles_for_health_services_is_humanitarian(knlp):
    [c] = run(knlp, "Norland and UNICEF hand over 30 vans to support travelling clinics and feeding services for "
                    "families in Ostravia.")
    assert (c.category, c.status) == ("humanitarian", "delivered"), c


def test_distributed_supplies_are_delivered(knlp):
    [c] = run(knlp, "Veridia said it had distributed supplies to 20,000 people in Ostravia over the weekend.")
    assert (c.donor, c.recipient, c.status) == ("XVR", "XOS", "delivered"), c


def test_paying_to_settle_a_claim_is_no_support(knlp):
    assert run(knlp, "Kestria agreed to pay $2 billion to settle a claim over a contract for military equipment.") == []


def test_no_intention_of_sending_is_the_subjects_refusal(knlp):
    [c] = run(knlp, "Norland has no intention of sending tanks to Ostravia, its defence minister said.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "refused")


def test_a_thing_given_that_others_seized_is_a_report_of_the_seizure(knlp):
    # a story (more than eight sentences), so the opening is not read as a note on one package
    story = " ".join(["The militants swept through the valley in June."] + [f"Town {n} fell within days." for n in
                                                                               "ABCDEFG"]
                     + ["Banks were looted and Norland-supplied heavy weapons were seized in towns the militants held."])
    rows = run(knlp, story)
    assert [r for r in rows if r.donor == "XNL"] == []


@pytest.mark.parametrize("text", [
    "The stranded children were fed by Norland-funded aid agencies near the border camp.",
    "Kestrian families in the camp got blankets from Norland-funded charities.",
])
def test_a_funded_aid_body_is_a_channel_not_a_receiver(knlp, text):
    # the funded agencies hand on what they are given; they are never the row's recipient
    assert all(r.recipient is None or "agenc" not in r.recipient and "charit" not in r.recipient
               for r in run(knlp, text))


# -- parties ------------------------------------------------------------------------------------------------------------
def test_the_givers_own_name_inside_what_is_pledged_is_no_receiver(knlp):
    # "Norlandic military commitment" describes the thing pledged; the row must not be dropped as help to itself
    [c] = run(knlp, "In her speech, the Norland minister pledged an open-ended Norland military commitment and more "
                    "support for refugees.")
    assert (c.donor, c.status) == ("XNL", "pledged") and c.recipient != "XNL"


def test_funding_for_the_crisis_in_a_state_goes_to_that_state(knlp):
    [c] = run(knlp, "On a visit to the capital, the Norland minister announced further funding for the crises in "
                    "Ostravia and Kestria.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", "pledged")


# -- passive reports of a speaker's side ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Norland's defence minister said no tanks would be sent to Ostravia.", "refused"),  # "no" on what is sent
    ("He quoted the Norland president as saying that no weapons would be issued to the Ostravian militia.", "refused"),
    ("The Norland president said new rifles would be sent to Ostravia next month.", "pledged"),
])
def test_a_passive_without_a_giver_is_given_or_refused_by_the_speakers_side(knlp, text, status):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", status), c


def test_help_from_funded_aid_agencies_is_no_row_for_the_agencies(knlp):
    # the agencies are the channel and the sentence names nobody the funder gives to
    rows = run(knlp, "The children got help from Norland-funded aid agencies in the camp.")
    assert [r for r in rows if r.donor == "XNL"] == []


# -- refusals, suspensions and hedges a reporter writes without a support verb -----------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Norland withheld military aid to Ostravia for three months.", "cancelled"),
    ("Norland is withholding $200 million in aid to Ostravia until the elections are held.", "cancelled"),
    ("Norland's foreign minister said his country was not considering any new aid for Ostravia.", "refused"),
    ("Norland's foreign minister said his country would consider new aid for Ostravia.", "conditional"),
])
def test_withheld_refused_and_considered_aid(knlp, text, status):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == ("XNL", "XOS", status), c
