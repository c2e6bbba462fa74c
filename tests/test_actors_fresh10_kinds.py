"""Kinds of actor-resolution faults found on the development part of fresh set #10
(tests/data/actor_resolution_fresh10.tsv, written by an analyst on 2 Dec 2026), each checked on our own
sentences: Georgia the US state told from the country by the state's cities and counties and by US voting words
("absentee ballots"), while the country speaking next to Nato and Moscow stays the state."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def mentions(doc):
    return [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, date", [
    ("Recount teams in Georgia finished their work in Columbus and Valdosta on Friday.", "2021-01-08"),
    ("Poll workers in Georgia began sorting absentee ballots on Friday morning.", "2020-11-12"),
    ("Turnout in Georgia was high in Gwinnett and in the suburbs of Marietta.", "2020-11-12"),
])
def test_georgia_with_the_us_states_towns_or_voting_words_is_the_place(actors_nlp, text, date):
    doc = run_dated(actors_nlp, text, date)
    assert not any(m.text == "Georgia" for m in doc._.cg_mentions), mentions(doc)
    assert any(p.text == "Georgia" for p in doc.spans["cg_places"]), list(doc.spans["cg_places"])


def test_georgia_beside_nato_and_moscow_is_the_country(actors_nlp):
    doc = run_dated(actors_nlp, "Georgia said it would still seek closer ties with Nato, whatever Moscow said.",
                    "2020-11-12")
    assert [m.actor_id for m in doc._.cg_mentions if m.text == "Georgia"] == ["GEO"], mentions(doc)
