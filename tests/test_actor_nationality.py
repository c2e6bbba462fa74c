"""Nationality words of private people and capitals used as places do not stand for the state; state
organs, forces and officials do (issue 16). Own sentences; the people in them are fictional."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def state_mentions(doc, iso3):
    return [m.text for m in doc._.cg_mentions if m.actor_id == iso3]


@pytest.mark.parametrize("text, iso3", [
    ("A British journalist was detained near the border last week.", "GBR"),
    ("The Canadian woman said she wanted to go home.", "CAN"),
    ("British jihadists are known to be among the holdouts.", "GBR"),
    ("The camp holds two American children and their grandmother.", "USA"),
    ("She married a Dutch convert after three weeks.", "NLD"),
    ("He was dubbed a hero by British media.", "GBR"),
    ("She knew the four Americans from the camp.", "USA"),
    ("The senator said all Americans should listen more.", "USA"),
    ("A British-born fighter was captured on Tuesday.", "GBR"),
])
def test_nationality_of_private_people_is_no_state_mention(actors_nlp, text, iso3):
    doc = run_dated(actors_nlp, text, "2019-02-20")
    assert state_mentions(doc, iso3) == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, iso3, word", [
    ("British troops crossed into the valley at dawn.", "GBR", "British"),
    ("British officials declined to comment on the case.", "GBR", "British"),
    ("The Canadian government said it would not repatriate her.", "CAN", "Canadian"),
])
def test_state_organs_forces_and_officials_stay_the_state(actors_nlp, text, iso3, word):
    doc = run_dated(actors_nlp, text, "2019-02-20")
    assert any(word in t for t in state_mentions(doc, iso3)), [(m.text, m.actor_id) for m in doc._.cg_mentions]


def test_a_capital_after_a_compass_word_is_the_city(actors_nlp):
    doc = run_dated(actors_nlp, "Mira Tallis left her home in Bethnal Green, east London, in 2015.", "2019-02-20")
    assert state_mentions(doc, "GBR") == []
    assert any(p.text == "London" for p in doc.spans["cg_places"])


def test_a_capital_that_speaks_is_the_state(actors_nlp):
    doc = run_dated(actors_nlp, "London said it would answer the request within a week.", "2019-02-20")
    assert state_mentions(doc, "GBR") == ["London"]


@pytest.mark.parametrize("text, city, iso3", [
    ("The assault on Paris left scores of buildings without power.", "Paris", "FRA"),
    ("Many families cancelled their travel to Oslo after the storm.", "Oslo", "NOR"),
    ("Hanoi is the cheapest capital in the region, a new survey shows.", "Hanoi", "VNM"),
    ("Drones struck Kyiv early on Sunday.", "Kyiv", "UKR"),
    ("Thousands of people fled Khartoum as the fighting spread.", "Khartoum", "SDN"),
    ("The bombing of Damascus went on for a week.", "Damascus", "SYR"),
    ("The envoy travelled to Beijing on Monday.", "Beijing", "CHN"),
    ("Protesters marched through Tehran on Friday.", "Tehran", "IRN"),
    ("The column advanced toward Kabul and then stopped.", "Kabul", "AFG"),
])
def test_a_capital_attacked_or_travelled_to_is_the_city(actors_nlp, text, city, iso3):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert state_mentions(doc, iso3) == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]
    assert [(p.text, p.kb_id_) for p in doc.spans["cg_places"] if p.text == city] == [(city, iso3)]


@pytest.mark.parametrize("text", [
    "The trade commissioner travelled to Brussels on Monday for the vote.",
    "The delegation flew back to Brussels after the summit in Osaka.",
])
def test_a_capital_travelled_to_is_the_city_not_the_body_seated_there(actors_nlp, text):
    # "Brussels" also stands for the EU; travelled to, it is the city all the same
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert [m.actor_id for m in doc._.cg_mentions if m.text == "Brussels"] == []
    assert [(p.text, p.kb_id_) for p in doc.spans["cg_places"] if p.text == "Brussels"] == [("Brussels", "BEL")]


@pytest.mark.parametrize("text", [
    "Brussels said the tariffs broke the agreement.",
    "The minister dismissed objections raised by Brussels.",
])
def test_a_capital_that_speaks_for_the_body_seated_there_stays_the_body(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert [m.actor_id for m in doc._.cg_mentions if m.text == "Brussels"] == ["IGO.EU"]


@pytest.mark.parametrize("text, iso3, word", [
    ("Paris said it would not accept the proposal.", "FRA", "Paris"),
    ("Washington imposed new sanctions on the firm.", "USA", "Washington"),
    ("London and Berlin agreed to share the costs.", "DEU", "Berlin"),
    ("The council imposed sanctions on Moscow last year.", "RUS", "Moscow"),
    ("The minister increased pressure on Beijing over the trade deal.", "CHN", "Beijing"),
    ("The strike on Kyiv's power grid left millions without heat.", "UKR", "Kyiv"),
    ("Washington is a close ally of Seoul.", "USA", "Washington"),
])
def test_a_capital_as_agent_speaker_or_policy_target_stays_the_state(actors_nlp, text, iso3, word):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert word in state_mentions(doc, iso3), [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, iso3", [
    ("He praised British values in a long speech.", "GBR"),
    ("She teaches Persian culture at a college in Leeds.", "IRN"),
    ("The leaflets were printed in the Russian language.", "RUS"),
    ("He travelled on a Canadian passport.", "CAN"),
])
def test_a_culture_its_values_and_language_are_no_state(actors_nlp, text, iso3):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert state_mentions(doc, iso3) == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, iso3", [
    ("An Iranian tanker was seized near the strait.", "IRN"),
    ("The drone hit a Russian warship before dawn.", "RUS"),
    ("The Ukrainian negotiating team left the hotel.", "UKR"),
])
def test_a_thing_the_state_owns_or_flags_stays_the_state(actors_nlp, text, iso3):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert state_mentions(doc, iso3) != [], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, iso3, word", [
    ("The new tariffs have left Baghdad caught between its two partners.", "IRQ", "Baghdad"),
    ("The envoy hopes the offer will push Damascus to the table.", "SYR", "Damascus"),
    ("Analysts called it another reckless move of Washington.", "USA", "Washington"),
])
def test_verbs_and_nouns_that_also_take_a_government_keep_the_state(actors_nlp, text, iso3, word):
    doc = run_dated(actors_nlp, text, "2024-03-01")
    assert word in state_mentions(doc, iso3), [(m.text, m.actor_id) for m in doc._.cg_mentions]
