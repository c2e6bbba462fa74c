"""Commitments: kinds of fault met on the sixteenth set's dev part and on earlier sets' final parts (written for the
project on 2 Dec 2026), each fixed in general and tested on sentences written for these tests: support put "on hold"
where the parser hangs the phrase on the object's last noun; fuel, gas and electricity as energy support; what is
"paid for" at a stated cost; "handed N things to X" without "over"; a purpose against an ill ("to fight corruption")
is no force used; "received only part of what X pledged"; warplanes named by their model before "fighters"; a count
share whose whole's verb the parser takes as the main one; a giver's nationality word on a halted shipment; the
Brazilian real; allowances paid to people serving."""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_on_hold_hung_on_the_objects_last_noun_stops_the_support(nlp):
    [c] = rows(nlp, "Austria has put its grant to the hospitals of Lebanon's south on hold.")
    assert (c.donor, c.recipient, c.status) == ("AUT", "LBN", "cancelled"), c


@pytest.mark.parametrize("text", [
    "Kuwait is shipping fuel to Sudan for its water pumps.",
    "Georgia will get Azerbaijani natural gas free of charge this winter, Baku said.",
    "Spain will send electricity generators and fuel to Cuba.",
])
def test_fuel_gas_and_power_are_energy_support(nlp, text):
    got = rows(nlp, text)
    assert got and all((c.category, c.subcategory) == ("humanitarian", "energy") for c in got), got


@pytest.mark.parametrize("text", [
    "Police used tear gas to clear the square.",
    "Hungary bought gas from Russia at a discount.",
])
def test_gas_named_otherwise_gives_no_row(nlp, text):
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, sub", [
    ("Croatia handed 14 Mi-8 helicopters to Ukraine in the spring.", "aircraft"),
    ("Latvia handed 200 generators to Ukraine on Friday.", "energy"),
])
def test_handed_things_to_a_state_is_a_delivery(nlp, text, sub):
    [c] = rows(nlp, text)
    assert (c.recipient, c.subcategory, c.status) == ("UKR", sub, "delivered"), c


@pytest.mark.parametrize("text", ["The court handed the case to prosecutors in Poland.",
                                  "The general handed power to the army."])
def test_handing_over_no_support_gives_no_row(nlp, text):
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, receiver", [
    ("Ireland will give €4m to Malawi to fight malaria.", "MWI"),
    ("Sweden pledged $2m to help Moldova combat money laundering.", "MDA"),
])
def test_a_purpose_against_an_ill_is_no_force_used(nlp, text, receiver):
    [c] = rows(nlp, text)
    assert (c.recipient, c.status) == (receiver, "pledged"), c


def test_received_part_of_what_a_giver_pledged(nlp):
    [c] = rows(nlp, "Chad has so far received only half of what France promised after the floods.")
    assert (c.donor, c.recipient, c.status) == ("FRA", "TCD", "pledged"), c


def test_delivering_what_was_promised_on_reforms_is_no_row(nlp):
    assert rows(nlp, "Kenya has delivered what it promised on reforms.") == []


@pytest.mark.parametrize("text", ["Norway will not give Ukraine any F-35 fighters, its defence minister said.",
                                  "Sweden will not send Gripen fighters to Ukraine this year, the minister said."])
def test_a_warplane_model_before_fighters_is_aircraft(nlp, text):
    [c] = rows(nlp, text)
    assert (c.category, c.subcategory, c.status) == ("military", "aircraft", "refused"), c


def test_fighters_alone_sent_abroad_stay_people(nlp):
    assert all(c.subcategory != "aircraft" for c in rows(nlp, "Turkey sent thousands of fighters to Libya."))


def test_a_count_shares_giver_is_the_name_before_the_wholes_verb(nlp):
    # the parser made the count ("500 of the …") the subject: it is no giver
    got = rows(nlp, "Ukraine's army says 500 of the 4,000 shells Norway promised have arrived so far.")
    assert sorted((c.donor, c.recipient, c.status, c.is_reference) for c in got) == [
        ("NOR", "UKR", "delivered", False), ("NOR", "UKR", "pledged", True)], got


def test_a_nationality_word_on_stopped_support_gives(nlp):
    [c] = rows(nlp, "German aid to Sudan was suspended in May.")
    assert (c.donor, c.recipient, c.status) == ("DEU", "SDN", "cancelled"), c


def test_the_brazilian_real(nlp):
    [c] = rows(nlp, "Brazil sent Bolivia 40 million reais for its hospitals.")
    assert (c.amount, c.currency) == (4e7, "BRL"), c


def test_an_allowance_for_people_serving_is_no_support(nlp):
    assert rows(nlp, "The UN gives each medic in the mission a daily allowance of $40.") == []


def test_a_ministry_named_for_trade_names_no_trade(nlp):
    # the body's name ("… Foreign Affairs and Trade") held a word of sales and purchases: the row was lost
    [c] = rows(nlp, "New Zealand pledged NZD 2 million to Tonga's water utility, according to the Ministry of Foreign "
                    "Affairs and Trade.")
    assert (c.donor, c.amount, c.currency, c.status) == ("NZL", 2e6, "NZD", "pledged"), c


def test_a_sale_is_still_no_support(nlp):
    assert rows(nlp, "Seoul sold 40 howitzers to Warsaw for $300m, the trade ministry said.") == []


def test_a_paper_signed_on_a_topic_is_no_package(nlp):
    assert rows(nlp, "Last week's memorandum on coastguard training, signed by the two fisheries ministers, sets no "
                     "figure.") == []


def test_a_state_signing_a_paper_for_a_receiver_still_gives(nlp):
    [c] = rows(nlp, "The Latvian defence minister will sign an agreement with NATO on joint purchases of shells for "
                    "Ukraine.")
    assert (c.donor, c.recipient, c.category) == ("LVA", "UKR", "military"), c


def test_what_is_paid_for_at_a_stated_cost_is_support(nlp):
    [c] = rows(nlp, "Japan will pay for new water pipes in Ramadi, a project costing $40 million.")
    assert (c.donor, c.amount, c.currency, c.status) == ("JPN", 4e7, "USD", "pledged"), c
