"""Commitments: kinds of fault open at the start of session 34 (2 Dec 2026), each fixed in general and tested on
sentences written for these tests:

- a counted share received of a whole whose owner is a possessive ("… received 40 of X's promised 100 …", "… of
  X's 100 promised …") was read backwards (the receiver as giver) or lost; "obtained", "took delivery of" and
  "got N of …" receive like "received";
- "no announcement of new aid" is no commitment, and does not touch a delivery told beside it;
- batteries that store power (car, phone, lithium, storage batteries) are energy goods, not air defence;
- an embargo or an export ban the verb acts on ("extended its arms embargo on X") is no support;
- a name credited with the news ("according to X") is never the receiver the document implies.
"""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def counted(nlp, text: str) -> list:
    return [r for r in rows(nlp, text) if not r.is_reference]


@pytest.mark.parametrize("text, donor, recipient", [
    ("Tbilisi has received 15 of Vilnius's promised 60 armoured vans.", "LTU", "GEO"),
    ("So far Yerevan has obtained only 9 of Paris's 24 promised field hospitals.", "FRA", "ARM"),
    ("Last month Nairobi got 4 of Tokyo's pledged 25 ambulances.", "JPN", "KEN"),
    ("The Moldovan army has received 7 of the 30 radars that Bucharest pledged in spring.", "ROU", "MDA"),
])
def test_a_share_received_of_an_owned_promise_runs_from_the_owner(nlp, text, donor, recipient):
    out = rows(nlp, text)
    share = [r for r in out if not r.is_reference]
    assert [(r.donor, r.recipient, r.status) for r in share] == [(donor, recipient, "delivered")], out
    whole = [r for r in out if r.is_reference]
    assert [(r.donor, r.recipient, r.status) for r in whole] == [(donor, recipient, "pledged")], out


def test_taking_delivery_of_a_share_is_a_delivery(nlp):
    [share] = counted(nlp, "Jordan has taken delivery of 11 of the 40 water tankers that Rome pledged.")
    assert (share.donor, share.recipient, share.status) == ("ITA", "JOR", "delivered"), share


def test_a_giver_that_sent_part_of_its_own_promise_is_unchanged(nlp):
    [share] = counted(nlp, "Denmark has sent 6 of its promised 19 jets to Ukraine.")
    assert (share.donor, share.recipient, share.status) == ("DNK", "UKR", "delivered"), share


def test_got_without_a_counted_share_is_no_receiving(nlp):
    assert rows(nlp, "The mayor got a warm welcome in Warsaw.") == []


@pytest.mark.parametrize("text", [
    "There was no announcement of new aid for Ukraine.",
    "The summit ended with no announcement of fresh funding for Haiti.",
    "Officials made no announcement of further military help to Kyiv.",
    "There has been no word of more tanks for the Ukrainian army.",
])
def test_no_announcement_of_aid_is_no_commitment(nlp, text):
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, donor, recipient", [
    ("Ecuador received 300 tonnes of rice from Peru, but there was no announcement of new aid.", "PER", "ECU"),
    ("Without any formal announcement, Austria sent 400 tents to Turkey.", "AUT", "TUR"),
])
def test_no_announcement_does_not_negate_a_delivery_beside_it(nlp, text, donor, recipient):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.status) == (donor, recipient, "delivered"), c


@pytest.mark.parametrize("text", [
    "South Korea donated 2,000 car batteries to Moldova.",
    "China shipped lithium batteries worth 5 million dollars to Kenya.",
    "Britain donated solar panels and storage batteries to hospitals in Lebanon.",
    "Germany delivered 10,000 power banks and phone batteries to Ukrainian hospitals.",
])
def test_batteries_that_store_power_are_no_air_defence(nlp, text):
    [c] = rows(nlp, text)
    assert (c.category, c.subcategory) == ("humanitarian", "energy"), c


@pytest.mark.parametrize("text", [
    "Germany sent two Patriot batteries to Poland.",
    "Spain delivered two missile batteries to Turkey.",
    "The US will provide an air-defence battery to Ukraine.",
])
def test_air_defence_batteries_stay_military(nlp, text):
    [c] = rows(nlp, text)
    assert (c.category, c.subcategory) == ("military", "air_defence"), c


@pytest.mark.parametrize("text", [
    "The EU extended its arms embargo on China.",
    "Washington renewed the ban on rifle exports to Haiti.",
])
def test_an_embargo_or_export_ban_is_no_commitment(nlp, text):
    assert rows(nlp, text) == []


def test_a_halted_delivery_of_support_stays_cancelled(nlp):
    [c] = rows(nlp, "After the election was annulled, Sweden froze its development grants to Bolivia.")
    assert (c.donor, c.recipient, c.status) == ("SWE", "BOL", "cancelled"), c


@pytest.mark.parametrize("text, donor", [
    ("According to Ukraine's defence ministry, Berlin sent 20 howitzers last week.", "DEU"),
    ("Denmark pledged 2 billion kroner in aid, according to Estonia.", "DNK"),
    ("Sweden has shipped 8 Archer howitzers, according to Ukrainian officials.", "SWE"),
])
def test_the_source_of_the_news_is_no_receiver(nlp, text, donor):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient) == (donor, None), c


def test_a_receiver_named_beside_the_source_stays(nlp):
    [c] = rows(nlp, "Romania will provide 50 generators to Moldova, according to Bucharest.")
    assert (c.donor, c.recipient) == ("ROU", "MDA"), c


# Kinds the dev part of written set 25 showed (tested on sentences written for these tests, not the set's).

@pytest.mark.parametrize("text, donor, recipient", [
    ("Vienna said on Monday it was suspending further shipments of rifles to Kenya after the election.", "AUT",
     "KEN"),
    ("Hungary says it is withdrawing its offer of 20 ambulances to Serbia.", "HUN", "SRB"),
    ("The Dutch government is halting the transfer of F-35 parts to Israel.", "NLD", "ISR"),
])
def test_a_stop_in_progress_is_a_cancellation(nlp, text, donor, recipient):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.status) == (donor, recipient, "cancelled"), c


@pytest.mark.parametrize("text, value, currency", [
    ("Nigeria has pledged three billion naira to help flood victims in Niger.", 3_000_000_000, "NGN"),
    ("South Africa gave 45 million rand for cholera relief in Malawi.", 45_000_000, "ZAR"),
    ("The Emirates pledged 200 million dirhams in aid to Sudan.", 200_000_000, "AED"),
])
def test_currencies_named_by_their_word(nlp, text, value, currency):
    [c] = rows(nlp, text)
    assert (c.amount, c.currency) == (value, currency), c


def test_a_name_that_is_no_currency_stays_no_amount(nlp):
    assert [r.amount for r in rows(nlp, "Randall Weber said Canada sent 20 ambulances to Peru.")] == [None]


@pytest.mark.parametrize("text", [
    "Finland handed over 45 boilers and 200 electric heaters to hospitals in Ukraine last week.",
    "Japan sent 300 heaters and 40 wood stoves to Ukraine.",
])
def test_heating_goods_are_energy_support(nlp, text):
    [c] = rows(nlp, text)
    assert (c.category, c.subcategory, c.status) == ("humanitarian", "energy", "delivered"), c


@pytest.mark.parametrize("text", [
    "Soldiers at the front say every fresh arms shipment from abroad arrives after the battle it was meant for.",
    "For villagers near the front, every new shipment of food feels like a small miracle.",
])
def test_packages_in_general_are_no_commitment(nlp, text):
    assert rows(nlp, text) == []


def test_one_package_named_by_each_of_its_items_stays(nlp):
    [c] = rows(nlp, "Each of the 3 ambulances Italy donated has reached Libya.")
    assert (c.donor, c.status) == ("ITA", "delivered"), c


@pytest.mark.parametrize("text, donors, recipient, category", [
    ("Chile and Peru said they would send 40 tents to Bolivia.", ["CHL", "PER"], "BOL", "humanitarian"),
    ("Romania and Bulgaria announced that they will fund two field hospitals in Moldova.", ["BGR", "ROU"], "MDA",
     "humanitarian"),
])
def test_a_plural_pronoun_gives_for_every_speaker(nlp, text, donors, recipient, category):
    out = rows(nlp, text)
    assert sorted((r.donor, r.recipient, r.category) for r in out) == [(d, recipient, category) for d in donors], out


def test_a_single_speaker_pronoun_gives_alone(nlp):
    [c] = rows(nlp, "Portugal confirmed it had shipped 15 generators to a hospital in Kharkiv.")
    assert (c.donor, c.recipient, c.category) == ("PRT", "UKR", "humanitarian"), c


@pytest.mark.parametrize("text, donor", [
    ("The Sejm in Warsaw approved 40 million zlotys to clear mines from fields near Kharkiv in Ukraine.", "POL"),
    ("The cabinet in Copenhagen set aside 50 million kroner for demining in Ukraine's Kharkiv region.", "DNK"),
])
def test_a_body_seated_in_its_capital_gives_and_the_mined_land_receives(nlp, text, donor):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.category, c.subcategory) == (donor, "UKR", "humanitarian", "demining"), c


def test_a_currency_nationality_word_is_no_receiver(nlp):
    [c] = rows(nlp, "The Swiss government approved 30 million Swiss francs for shelters in Ukraine's Sumy region.")
    assert (c.donor, c.recipient) == ("CHE", "UKR"), c


def test_a_convoy_bringing_a_cargo_takes_the_cargo_kind_and_its_arrival(nlp):
    [c] = rows(nlp, "A column of 25 lorries from the Qatari Red Crescent, carrying rice, tents and blankets, reached "
                    "Gaza on Sunday, aid officials said.")
    assert (c.category, c.status) == ("humanitarian", "delivered"), c


def test_army_trucks_given_stay_military(nlp):
    [c] = rows(nlp, "Germany sent 20 army trucks to Ukraine.")
    assert c.category == "military", c


@pytest.mark.parametrize("text, recipient, status", [
    ("Brussels disbursed 1.2 billion euros to Jordan's budget out of the European Peace Facility.", "JOR", "delivered"),
    ("EU finance ministers signed off a 450 million euro tranche of budget support for Armenia from the "
     "Reform Facility.", "ARM", "allocated"),
])
def test_money_for_a_receivers_budget_from_an_owned_fund(nlp, text, recipient, status):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.category, c.status) == ("IGO.EU", recipient, "financial", status), c


def test_a_gift_given_outright_is_no_approval(nlp):
    [c] = rows(nlp, "Canada gave 20 ambulances to Peru.")
    assert (c.donor, c.recipient, c.status) == ("CAN", "PER", "delivered"), c


@pytest.mark.parametrize("text, status", [
    ("Sweden has earmarked 40 million kronor for Sudanese refugees in Chad, according to diplomats in Stockholm.",
     "allocated"),
    ("Sweden has earmarked 40 million kronor for Sudanese refugees in Chad, according to a diplomat.", "conditional"),
    ("Japan will fund two water plants in Gaza, diplomats in Tokyo said.", "pledged"),
    ("Italy will send 30 ambulances to Libya, diplomats said.", "conditional"),
])
def test_diplomats_seated_in_a_capital_are_no_anonymous_source(nlp, text, status):
    [c] = rows(nlp, text)
    assert c.status == status, c


@pytest.mark.parametrize("text", [
    "The Greek cabinet approved 2 billion euros for hospitals.",
    "Portugal's treasury transferred 90 million euros to the regions hit by wildfires.",
])
def test_a_states_purse_paying_people_at_home_is_no_support(nlp, text):
    assert rows(nlp, text) == []


def test_a_purse_paying_another_state_stays_support(nlp):
    [c] = rows(nlp, "Japan's cabinet approved 5 billion yen for hospitals in Gaza.")
    assert (c.donor, c.status) == ("JPN", "allocated"), c
