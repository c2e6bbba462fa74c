"""Commitments: the kinds of fault an analyst found on real texts (issue 13, analyst's list): a gathering's pledge
with no giver named, a category read from another clause, warplanes deployed, funding of one's own agencies, a
tracker coder's first-person notes, money provided through an organisation.

Sentences are written for these tests about fictional states (Veridia, Norland, Kestria, Ostravia), resolved with
the actors component through a small actor file (the fixture of test_commitments_fresh_kinds)."""

from __future__ import annotations

from test_commitments_component import cnlp, run  # noqa: F401  (commitments-only pipeline)
from test_commitments_fresh_kinds import knlp  # noqa: F401  (actors + commitments pipeline with the fictional states)


def test_a_gathering_that_names_no_giver_leaves_the_donor_unknown_and_the_kind_comes_from_its_own_clause(knlp):
    text = ("Foreign ministers met in Ostgrad to pledge $3bn to help states such as Kestria, while Veridian "
            "warplanes kept striking border towns.")
    [c] = run(knlp, text)
    assert c.donor is None and "givers not named" in c.reason
    assert c.recipient == "XKS" and c.amount == 3e9 and c.category != "military" and c.subcategory != "aircraft"


def test_a_named_donor_still_gives_its_pledge(knlp):
    [c] = run(knlp, "Norland pledged $3bn to help Kestria.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XKS", "pledged")


def test_warplanes_sent_to_no_one_or_as_ones_own_are_a_deployment(knlp):
    assert run(knlp, "Veridia sent its warplanes to shore up the Kestrian government. Norland, in turn, sent jets.") \
        == []
    [c] = run(knlp, "Norland sent fighter jets to Kestria.")  # given to a state named: support
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XKS", "military", "delivered")


def test_funding_ones_own_agencies_is_domestic_spending(knlp):
    assert run(knlp, "The Norlandic foreign ministry does fund Norland aid agencies working in the region.") == []
    [c] = run(knlp, "Norland will fund Kestrian hospitals with $20m.")
    assert (c.donor, c.recipient, c.amount) == ("XNL", "XKS", 2e7)


def test_a_coders_first_person_notes_are_no_refusals(cnlp):
    text = ("Norland announced EUR 40 million in aid for Kestria. Of this, EUR 5 million go to a regional fund, which "
            "we do not count. We equally do not consider EUR 3 million to a refugee agency.")
    rows = run(cnlp, text)
    assert [(r.amount, r.status) for r in rows] == [(4e7, "pledged")]


def test_a_coders_note_in_a_side_clause_keeps_the_main_clause(cnlp):
    rows = run(cnlp, "Since we do not count EUR 2 million for a regional fund, Norland gave EUR 9 million to Kestria.")
    assert [r.amount for r in rows] == [9e6] and rows[0].status != "refused"


def test_money_provided_through_an_organisation_has_the_state_as_donor(knlp):
    text = ("The Norlandic finance minister signed an agreement to provide funding of $200 million to enable Kestria "
            "to purchase gas this winter. The funding will be provided through the World Bank.")
    rows = run(knlp, text)
    assert rows and all(r.donor == "XNL" and r.recipient == "XKS" for r in rows)
    [c] = run(knlp, "Norland will provide $50 million to Kestria through the World Bank.")
    assert c.donor == "XNL" and "channel: World Bank" in c.reason


def test_a_relative_clause_note_leaves_the_other_figure_of_its_sentence(cnlp):
    rows = run(cnlp, "Norland gave EUR 9 million to Kestria and EUR 2 million to a regional fund, which we do not count.")
    assert [r.amount for r in rows] == [9e6]


def test_backing_a_policy_of_aid_is_no_package_but_aid_that_supported_people_is(knlp):
    assert run(knlp, "The Norlandic government had long supported economic assistance to the Kestrians.") == []
    [c] = run(knlp, "Norlandic aid also supported two million more Kestrian children going to school.")
    assert c.donor == "XNL"
