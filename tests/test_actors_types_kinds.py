"""Actor types left open on issue 16: a sports club the NER takes for a person, an organisation whose name
holds "on" and a capitalised topic, "the Quartet". Own sentences; the people in them are fictional."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def mentions(doc):
    return [(m.text, m.actor_id) for m in doc._.cg_mentions]


def test_a_sports_club_is_an_organisation_not_a_person(actors_nlp):
    doc = run_dated(actors_nlp, "Charlotte Panthers fans were angry after the defeat.", "2024-03-01")
    assert mentions(doc) == [("Charlotte Panthers", "org:charlotte-panthers")]
    assert [a.type for a in doc._.cg_new_actors] == ["organisation"]


def test_a_person_with_a_plural_looking_surname_stays_a_person(actors_nlp):
    doc = run_dated(actors_nlp, "Charlotte Wells said the vote was fair.", "2024-03-01")
    assert mentions(doc) == [("Charlotte Wells", "person:charlotte-wells")]


def test_a_commission_on_a_named_topic_is_its_own_organisation(actors_nlp):
    doc = run_dated(actors_nlp, "A spokesman for the Commission on Presidential Debates said the date was fixed.",
                    "2024-03-01")
    assert mentions(doc) == [("Commission on Presidential Debates", "org:commission-on-presidential-debates")]


@pytest.mark.parametrize("text, expected", [
    ("The Commons on Monday voted for the bill.", []),
    ("The European Commission on Tuesday proposed a new fund.", [("European Commission", "IGO.european-commission")]),
])
def test_on_before_a_date_still_ends_the_name(actors_nlp, text, expected):
    assert mentions(run_dated(actors_nlp, text, "2024-03-01")) == expected


def test_the_quartet_is_the_middle_east_quartet(actors_nlp):
    doc = run_dated(actors_nlp, "The Quartet called on both sides to return to talks.", "2024-03-01")
    assert [m.actor_id for m in doc._.cg_mentions] == ["IGO.middle-east-quartet"]


def test_the_commission_on_a_date_is_still_the_european_commission(actors_nlp):
    doc = run_dated(actors_nlp, "The aid was adopted by the Commission on February 1, 2022.",
                    "2022-03-01")
    assert ("Commission", "IGO.european-commission") in mentions(doc)


def test_the_head_word_of_a_named_commission_is_that_commission_later(actors_nlp):
    doc = run_dated(actors_nlp, "A spokesman for the Commission on Presidential Debates said the date was fixed. "
                    "Later the Commission said the second debate would be held in Ohio.", "2024-03-01")
    assert [m.actor_id for m in doc._.cg_mentions] == ["org:commission-on-presidential-debates"] * 2


@pytest.mark.parametrize("text", [
    "They were working on the Quartet statement at the same time.",
    "The envoys met the Quartet in Rome.",
])
def test_the_quartet_in_any_position_is_the_middle_east_quartet(actors_nlp, text):
    assert [m.actor_id for m in run_dated(actors_nlp, text, "2024-03-01")._.cg_mentions] == ["IGO.middle-east-quartet"]


def test_a_string_quartet_is_no_actor(actors_nlp):
    assert run_dated(actors_nlp, "She plays in a string quartet in Leeds.", "2024-03-01")._.cg_mentions == []
