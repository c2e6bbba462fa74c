"""Kinds of actor-resolution faults found on the development part of fresh set #13
(tests/data/actor_resolution_fresh13.tsv, written by an analyst on 2 Dec 2026), each checked on our own
sentences: the text's own surname of a known person first named in full by a near spelling ("Viktor Orbn ...
Orbn said") names that person, as the knowledge base's spelling would; a name right after two words for a
publication ("the news site X", "the news portal X") is an outlet, no new actor, while a name after a bare "site"
is left as it was (a site may be a place)."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def mentions(doc):
    return [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, date, short, person", [
    ("Hungary's prime minister Viktor Orbn met EU leaders in Brussels. Orbn said the talks had been hard.",
     "2024-03-01", "Orbn", "PER.HUN.viktor-orban"),
    ("President Recep Tayyip Erdogen opened the bridge. Erdogen said it would carry lorries by June.",
     "2024-03-01", "Erdogen", "PER.TUR.recep-tayyip-erdogan"),
])
def test_a_near_spelling_named_in_full_gives_its_own_surname(actors_nlp, text, date, short, person):
    found = mentions(run_dated(actors_nlp, text, date))
    assert (short, person) in found, found


def test_a_near_spelling_surname_does_not_take_another_given_name(actors_nlp):
    # "Anna Orbn" is someone else: a full name of its own, not the prime minister.
    text = "Viktor Orbn opened the session in Budapest. Anna Orbn, a teacher, asked the first question."
    found = dict(mentions(run_dated(actors_nlp, text, "2024-03-01")))
    assert found.get("Viktor Orbn") == "PER.HUN.viktor-orban"
    assert found.get("Anna Orbn") != "PER.HUN.viktor-orban", found


@pytest.mark.parametrize("text, name", [
    ("Photographs of the arrests appeared first on the news site Tirto.", "Tirto"),
    ("The news portal Kumparan said it had obtained a copy of the letter.", "Kumparan"),
    ("A clip first aired by the website Zerkalo showed the crowd at the gates.", "Zerkalo"),
])
def test_a_name_after_words_for_a_publication_is_an_outlet(actors_nlp, text, name):
    found = mentions(run_dated(actors_nlp, text, "2024-03-01"))
    assert not any(name in m for m, _ in found), found


def test_a_name_after_a_bare_site_is_not_made_an_outlet(actors_nlp):
    doc = run_dated(actors_nlp, "Inspectors reached the enrichment site Fordow on Monday.", "2024-03-01")
    assert "Fordow" in [p.text for p in doc.spans.get("cg_places", [])]
