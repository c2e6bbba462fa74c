"""A river, a sea, a mountain or another geographic name is a place, never a new person: the NER sometimes tags
one PERSON ("the protection of the X"). A person's name takes no article, so a name the NER calls a person right
after "the" is no new person; well-known rivers, seas, lakes and mountains are in the shipped place list. Own
sentences; a river the list lacks is checked by the article alone."""

import pytest

from actor_pipeline import actors, actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def places(doc):
    return [p.text for p in doc.spans.get("cg_places", [])]


@pytest.mark.parametrize("text, name", [
    ("Both governments promised money to clean the Vistula after the chemical leak.", "Vistula"),
    ("Barges carrying grain were stuck on the Rhine for a week.", "Rhine"),
    ("Anglers say the Zambezi has fewer fish every year.", "Zambezi"),
    ("Trekkers were rescued from Kilimanjaro on Thursday.", "Kilimanjaro"),
    ("A cargo ship ran aground in the Adriatic overnight.", "Adriatic"),
])
def test_a_known_river_sea_or_mountain_is_a_place_not_an_actor(actors_nlp, text, name):
    doc = run_dated(actors_nlp, text, "2031-04-02")
    assert name not in actors(doc), actors(doc)
    assert name in places(doc)


@pytest.mark.parametrize("text, name", [
    ("The ministers agreed to protect the Tarn and its valley.", "Tarn"),
    ("Engineers warned that the Brennock could flood the lower town.", "Brennock"),
])
def test_a_name_after_the_is_no_new_person(actors_nlp, text, name):
    found = actors(run_dated(actors_nlp, text, "2031-04-02"))
    assert not any(str(i).startswith("person:") for i in found.values()), found


@pytest.mark.parametrize("text, name, person", [
    ("The late Ida Kessler left her house to the town.", "Ida Kessler", "person:ida-kessler"),
    ("Ida Kessler told the court she had never met the buyer.", "Ida Kessler", "person:ida-kessler"),
])
def test_a_person_after_an_adjective_or_with_no_article_stays_a_person(actors_nlp, text, name, person):
    assert actors(run_dated(actors_nlp, text, "2031-04-02")).get(name) == person
