"""Commitments: kinds of fault met on the fifteenth set's dev part (written for the project on 2 Dec 2026), each
fixed in general and tested on sentences written for these tests: a share's time phrase ("… to X yesterday as the first
part of …") no longer hides the share, so the share is what was delivered and the whole keeps its own status; a
known place that what is sent goes "into" receives as its state; money to build up or rebuild "the country's own"
stocks is the giver's own; warplanes named without "jet" ("warplanes", "bombers"; never "fighters" alone, mostly
people under arms) are military aircraft, read last so that any other kind word wins; a hyphenated name the tokenizer splits ("IRIS-T") is read as written when the
verb "pay for" is checked for support. Also: the adversary whose propaganda support counters or fights is no
receiver; what a storm or flood did is no package; a clause set off by a semicolon is a giver's clause of its own
(its condition stays there)."""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_a_share_with_a_time_phrase_before_its_whole(nlp):
    got = rows(nlp, "Germany transferred 40 million euros to Moldova yesterday as the first part of the 120 million "
                    "euros it pledged in May.")
    assert {(c.recipient, c.amount, c.status) for c in got} == {("MDA", 4e7, "delivered"),
                                                                 ("MDA", 1.2e8, "pledged")}, got


def test_a_known_place_sent_into_receives_as_its_state(nlp):
    [c] = rows(nlp, "Turkey sent tents into Idlib on Monday.")
    assert (c.donor, c.recipient, c.status) == ("TUR", "SYR", "delivered"), c


@pytest.mark.parametrize("text", [
    "Finland's parliament voted 3 billion euros to build up the country's own shell stocks.",
    "Sweden will spend 2 billion crowns to rebuild its own ammunition reserves.",
])
def test_building_up_the_givers_own_stocks_is_no_support(nlp, text):
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, status", [
    ("Spain will not send any of its old warplanes to Ukraine, the defence minister said.", "refused"),
    ("Norway gave Ukraine two bombers.", "delivered"),
])
def test_warplanes_without_jet_are_military_aircraft(nlp, text, status):
    [c] = rows(nlp, text)
    assert (c.recipient, c.category, c.subcategory, c.status) == ("UKR", "military", "aircraft", status), c


def test_fighters_alone_are_people_not_aircraft(nlp):
    [c] = rows(nlp, "Canada will fund food for families of fighters in Sudan.")
    assert c.category == "humanitarian", c
    got = rows(nlp, "The US will no longer supply arms to Kurdish fighters in Syria.")
    assert all(c.subcategory != "aircraft" for c in got), got


def test_a_hyphenated_name_is_read_as_written_after_pay_for(nlp):
    # "IRIS - T radars" joined by spaces matched no kind word: the verb was no support verb and the row came only
    # from the weaker reading of an opening that describes a package
    [c] = rows(nlp, "Norway paid for the IRIS-T radars that Latvia received in June.")
    assert (c.donor, c.recipient, c.subcategory, c.status) == ("NOR", "LVA", "air_defence", "delivered"), c
    assert "no support verb" not in (c.reason or ""), c.reason


@pytest.mark.parametrize("text, recipient", [
    ("Britain pledged $5m to counter Russia's propaganda in the Baltics.", None),
    ("Canada will give $3 million to help Estonian media fight Russian disinformation.", "EST"),
])
def test_what_support_works_against_is_no_receiver(nlp, text, recipient):
    [c] = rows(nlp, text)
    assert c.recipient == recipient and c.recipient != "RUS", c


@pytest.mark.parametrize("text", [
    "Heavy rain flooded thousands of hectares of farmland in southern Bavaria on Friday.",
    "A storm destroyed 300 homes and two clinics on the coast of Mozambique.",
])
def test_what_weather_did_is_no_package(nlp, text):
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, first_status", [
    ("Sweden will send tents to Moldova; Norway will send blankets if the border reopens.", "pledged"),
    ("Sweden sent tents to Moldova; Norway will send blankets if asked.", "delivered"),
])
def test_a_condition_after_a_semicolon_stays_in_its_own_clause(nlp, text, first_status):
    # the parser hangs the first clause on the second as a complement: the first giver's row was lost and the
    # condition read as its own
    got = rows(nlp, text)
    assert {(c.donor, c.recipient, c.status) for c in got} == {("SWE", "MDA", first_status),
                                                                ("NOR", "MDA", "conditional")}, got
