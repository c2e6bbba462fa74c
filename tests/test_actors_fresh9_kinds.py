"""Kinds of actor-resolution faults found on the development part of fresh set #9
(tests/data/actor_resolution_fresh9.tsv, written by an analyst on 1 Dec 2026), each checked on our own
sentences: initials that spell an English word ("IS") are the group's before a noun or after a preposition, the
word itself in a shouted headline or before an adjective; a KB person's name written family name first that the
NER left untyped ("Orbán Viktor" opening a sentence) is still that person; an Arabic-language outlet given as the
source ("according to Al Mayadeen") is a channel, no new person."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def ids_of(doc, text):
    return [m.actor_id for m in doc._.cg_mentions if m.text == text]


@pytest.mark.parametrize("text", [
    "Local commanders say IS remnants still hide in the hills near Raqqa.",
    "Iraqi forces killed 12 IS fighters near Mosul.",
    "The town was the last one held by IS.",
])
def test_is_as_initials_is_the_islamic_state(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2019-10-16")
    assert ids_of(doc, "IS") == ["GRP.islamic-state"], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text", [
    "WHAT IS NEXT FOR THE CAMPS?",
    "The answer IS clear, he wrote.",
])
def test_is_as_a_shouted_word_is_no_actor(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2019-10-16")
    assert ids_of(doc, "IS") == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]


def test_us_stays_the_state_after_a_verb(actors_nlp):
    doc = run_dated(actors_nlp, "The envoy said US troops would stay, and the US agreed.", "2019-10-16")
    assert ids_of(doc, "US") == ["USA", "USA"], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text", [
    "Orbán Viktor flew to Beijing on Monday without consulting Brussels.",
    "Orbán Viktor met Erdogan in Ankara on Tuesday.",
])
def test_a_kb_person_written_family_name_first_is_that_person(actors_nlp, text):
    doc = run_dated(actors_nlp, text, "2024-07-05")
    assert ids_of(doc, "Orbán Viktor") == ["PER.HUN.viktor-orban"], [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, outlet", [
    ("The group said on Sunday that the troops should leave, according to Al Mayadeen.", "Al Mayadeen"),
    ("The minister told Press TV that talks would resume.", "Press TV"),
])
def test_a_listed_outlet_is_no_actor(actors_nlp, text, outlet):
    doc = run_dated(actors_nlp, text, "2020-01-05")
    assert ids_of(doc, outlet) == [], [(m.text, m.actor_id) for m in doc._.cg_mentions]
