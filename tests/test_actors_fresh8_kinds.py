"""Kinds of actor-resolution faults found on the development part of fresh set #8
(tests/data/actor_resolution_fresh8.tsv, written by an analyst on 1 Dec 2026), each checked on our own
sentences: "the west" in lower case followed by "of" and a gerund ("accused the west of stoking") is the bloc,
followed by "of" and a place ("the west of the country") the compass point; a capital after private people and
"in" ("business leaders in Moscow") is the city, after a government word ("officials in Moscow") its government."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def ids_of(doc, text):
    return [m.actor_id for m in doc._.cg_mentions if m.text == text]


def place_texts(doc):
    return [p.text for p in doc.spans["cg_places"]]


@pytest.mark.parametrize("text", [
    "The foreign ministry accused the west of stoking the protests.",
    "Officials have long accused the west of meddling in the region.",
])
def test_the_west_in_lower_case_said_to_do_something_is_the_bloc(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2024-12-05")
    assert ids_of(doc, "the west") == ["IGO.WEST"], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text", [
    "Heavy rain fell across the west of the country on Sunday.",
    "The rebels hold the west of the province.",
])
def test_the_west_of_a_place_is_the_compass_point(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2024-12-05")
    assert ids_of(doc, "the west") == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, city", [
    ("The minister met a group of business leaders in Moscow on Thursday.", "Moscow"),
    ("Religious leaders in Kabul condemned the attack on the school.", "Kabul"),
    ("Opposition leaders in Minsk were detained overnight.", "Minsk"),
])
def test_a_capital_after_private_leaders_is_the_city(actors_nlp, text, city):
    doc = run_dated(actors_nlp, text, "2023-05-18")
    assert ids_of(doc, city) == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]
    assert city in place_texts(doc)


@pytest.mark.parametrize("text, city, iso3", [
    ("Officials in Moscow denied the report on Friday.", "Moscow", "RUS"),
    ("The regime in Damascus rejected the offer.", "Damascus", "SYR"),
])
def test_a_capital_after_government_words_stays_the_government(actors_nlp, text, city, iso3):
    doc = run_dated(actors_nlp, text, "2023-05-18")
    assert ids_of(doc, city) == [iso3], [(m.text, m.actor_id) for m in doc._.cg_mentions]
