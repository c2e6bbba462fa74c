"""Commitments: kinds an analyst found on tracker rows and news (issue 13, C12): amounts in a list of givers credited
to the row's own donor, a state's own programmes leaving the donor empty, a coder's note on a source page read as a
pledge, and things that are not aid (sales, figurative gifts, warplanes acting, backing a war).

Sentences are written for these tests about fictional states (Veridia, Norland, Kestria, Ostravia), resolved with the
actors component through the small actor file of test_commitments_fresh_kinds."""

from __future__ import annotations

from test_commitments_component import cnlp, run  # noqa: F401  (commitments-only pipeline)
from test_commitments_fresh_kinds import knlp  # noqa: F401  (actors + commitments with the fictional states)


# -- 1. a list of givers: each amount goes to the giver that owns it ----------------------------------------------
def test_each_amount_in_a_list_of_givers_goes_to_its_own_giver(knlp):
    text = ("Norland has given 20 million EUR to the Kestria Relief Fund. Other states have also given to the fund: "
            "Veridia with 5 million USD, Ostravia with 7 million USD and Sweden with 9 million USD.")
    rows = run(knlp, text)
    assert [(c.donor, c.amount) for c in rows] == [("XNL", 2e7), ("XVR", 5e6), ("XOS", 7e6), ("SWE", 9e6)]


def test_two_givers_with_the_same_amount_are_both_kept(knlp):
    text = ("Norland gave 4 million USD to Kestria. Other states also gave to Kestria: Veridia with 3 million USD and "
            "Ostravia with 3 million USD.")
    rows = [c for c in run(knlp, text) if c.sentence_index == 1]
    assert sorted((c.donor, c.amount) for c in rows) == [("XOS", 3e6), ("XVR", 3e6)]


def test_a_shared_amount_in_a_list_names_no_single_giver_and_never_takes_the_rows_donor(knlp):
    text = ("Norland has given 20 million EUR to the Kestria Relief Fund. Other states have also given to the fund: "
            "Veridia with 5 million USD and Ostravia + Sweden with 2 million USD.")
    rows = [c for c in run(knlp, text) if c.sentence_index == 1]
    assert [(c.donor, c.amount) for c in rows] == [("XVR", 5e6), (None, 2e6)]
    assert "several givers" in rows[1].reason


def test_amounts_from_named_givers_after_the_figure(knlp):
    rows = run(knlp, "Kestria received 6 million USD from Veridia and 2 million USD from Ostravia.")
    assert [(c.donor, c.recipient, c.amount) for c in rows] == [("XVR", "XKS", 6e6), ("XOS", "XKS", 2e6)]


def test_one_giver_with_several_amounts_keeps_them_all(knlp):
    rows = run(knlp, "Norland pledged 6 million USD for shelters and 2 million USD for food to Kestria.")
    assert {c.donor for c in rows} == {"XNL"}


# -- 2. a state's own programme or body names the giver -----------------------------------------------------------
def test_a_drawdown_note_without_a_giver_is_the_united_states(cnlp):
    [c] = run(cnlp, "11th presidential drawdown amounting to USD 300 million for the provision of various weapons.")
    assert (c.donor, c.amount) == ("USA", 3e8) and "own programme" in c.reason


def test_a_tranche_financed_through_the_usai_is_the_united_states(knlp):
    [c] = run(knlp, "Tranche of aid of 250 million USD, financed through the budget for the USAI, which provides "
                    "military support to Kestria.")
    assert (c.donor, c.recipient, c.amount) == ("USA", "XKS", 2.5e8)


def test_a_named_giver_is_kept_beside_a_programme_word(knlp):
    [c] = run(knlp, "Norland will give 40 million USD to Kestria, a sum larger than any Pentagon package.")
    assert c.donor == "XNL"


# -- 3. a coder's note on a source page -----------------------------------------------------------------------------
def test_a_page_listing_aid_given_is_a_note_on_a_source_not_a_delivery(knlp):
    assert run(knlp, "Norland's embassy in Ostravia created a webpage listing all aid provided to Kestria (Source 1). "
                     "It shows the winter aid Norland sent in October.") != []  # the note's package is still read
    rows = run(knlp, "In March the Veridian embassy published a webpage listing all aid provided to Kestria.")
    assert all(c.status != "delivered" for c in rows)


def test_a_ministry_that_delivered_aid_after_publishing_is_still_read(knlp):
    [c] = run(knlp, "Norland delivered $3m in medical aid to Kestria and published the list online.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "XKS", "delivered")


# -- 5. not aid -------------------------------------------------------------------------------------------------------
def test_arms_sales_are_never_support_whatever_the_verb(knlp):
    assert run(knlp, "Instead the premier gives the villagers a lesson in betrayal in exchange for $2bn in arms "
                     "sales to Kestria.") == []


def test_aid_named_beside_a_sale_is_still_aid(knlp):
    rows = run(knlp, "Norland gave $5m in humanitarian aid to Kestria after $2bn in arms sales to Veridia.")
    assert [(c.donor, c.recipient, c.amount) for c in rows] == [("XNL", "XKS", 5e6)]


def test_ammunition_given_to_critics_is_figurative(knlp):
    assert run(knlp, "Norland's retreat gave fresh ammunition to critics of the Kestrian withdrawal.") == []
    [c] = run(knlp, "Norland will send ammunition to Kestria's army.")
    assert (c.donor, c.recipient, c.category) == ("XNL", "XKS", "military")


def test_warplanes_that_force_a_plane_down_are_no_aircraft_delivered(knlp):
    assert run(knlp, "Norlandic fighter jets forced a Kestrian cargo plane flying to Ostgrad to land on Friday.") == []


def test_withdrawing_support_for_a_war_is_no_cancelled_aid(knlp):
    assert run(knlp, "As the year starts, the Norland senate has withdrawn support for Veridia's war in Kestria.") == []
    [c] = run(knlp, "Norland pledged $40m in military support for Kestria's defence.")
    assert (c.donor, c.recipient, c.amount, c.category) == ("XNL", "XKS", 4e7, "military")


# -- 3. double counts in a tracker note ------------------------------------------------------------------------------
def test_a_running_total_is_never_the_value_of_the_last_item(knlp):
    text = ("According to the Norlandic minister, Norland is to send a new military package with ammunition and "
            "vehicles. According to him, this will bring total military aid to Kestria to 450 EUR million. Later he "
            "said that the Norlandic army delivered six more off-road vehicles to Kestria.")
    assert all(c.amount is None for c in run(knlp, text))
    [c] = run(knlp, "Norland pledged $50m to Kestria on Monday, bringing its total aid to $400m.")
    assert c.amount == 5e7


def test_a_part_booked_on_another_entry_is_not_counted_again(knlp):
    text = ("Norland is sending Kestria assorted arms and shells as its ninth package of military help. The "
            "pledge also covers NOK 100 million channelled through NATO (reported below). The package is worth NOK 1 "
            "billion.")
    counted = [c for c in run(knlp, text) if c.amount is not None and not c.is_reference]
    assert [c.amount for c in counted] == [1e9]


def test_the_value_a_note_books_keeps_the_status_of_the_act_it_values(knlp):
    text = ("According to the Norlandic foreign ministry, Norland has contributed €6 million to reconstruction in "
            "Kestria. We already have accounted for €2.9 million in NLH2, so we report the difference here, €3.1 "
            "million.")
    counted = [c for c in run(knlp, text) if c.amount is not None and not c.is_reference]
    assert [(c.amount, c.status) for c in counted] == [(3.1e6, "delivered")]


# -- 4. missed aid acts -----------------------------------------------------------------------------------------------
def test_donated_bridges_are_reconstruction_support(knlp):
    [c] = run(knlp, "The Kestrian infrastructure ministry reports that Norland donated 10 bridges to Kestria in 2022.")
    assert (c.donor, c.recipient, c.category, c.subcategory, c.status) == (
        "XNL", "XKS", "humanitarian", "reconstruction", "delivered")
    assert run(knlp, "Norland hopes talks will bridge the gap between Kestria and Veridia.") == []


def test_the_source_after_according_to_is_never_the_receiver(knlp):
    [c] = run(knlp, "According to the Norlandic minister of defense, Norland is to send a new military package, which "
                    "includes ammunition and vehicles.")
    assert (c.donor, c.category, c.status) == ("XNL", "military", "pledged") and c.recipient != "XNL"
