"""New people under two ids across documents ("Lina Farrow" in one article, "Farrow" in another) are merged
into the full name's id in a real store; two full names sharing the word block the merge. Own sentences;
the people are fictional."""

from dataclasses import replace

import pytest

from actor_pipeline import actors_pipeline, run_dated
from cablegram.kb.fold import Folder
from cablegram.kb.new_actors import merge_short_forms, short_form_merges
from cablegram.records import Actor, Analysis, Claim, Document, Event


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def person(name, slug):
    return Actor(id=f"person:{slug}", name=name, type="person", is_new=True)


def test_one_word_id_merges_into_the_only_full_name_with_that_first_or_last_word():
    people = [person("Lina Farrow", "lina-farrow"), person("Farrow", "farrow"), person("Lina", "lina"),
              person("Odell", "odell")]
    assert short_form_merges(people, Folder()) == {"person:farrow": "person:lina-farrow",
                                                   "person:lina": "person:lina-farrow"}


def test_two_full_names_sharing_the_word_block_the_merge():
    people = [person("Mara Quist", "mara-quist"), person("Mara Oduya", "mara-oduya"), person("Mara", "mara"),
              person("Quist", "quist")]
    assert short_form_merges(people, Folder()) == {"person:quist": "person:mara-quist"}


def test_kb_names_organisations_and_known_words_are_never_merged():
    people = [person("Ivo Brandt", "ivo-brandt"), person("Brandt", "brandt"),
              Actor(id="org:ivo", name="Ivo", type="organisation", is_new=True)]
    assert short_form_merges(people, Folder(), known=lambda w: w == "brandt") == {}


def _save(store, nlp, text, date):
    """The document added to the store, and the actors component's mentions of it."""
    record = Document(text=text, published_at=date)
    store.add_document(record)
    mentions = [replace(m, doc_id=record.id) for m in run_dated(nlp, text, date)._.cg_mentions]
    return record.id, None, mentions


def test_merge_in_a_real_store_rewrites_mentions_events_and_claims(store, actors_nlp):
    first_id, _, first = _save(store, actors_nlp, "Lina Farrow, a lawyer for the family, spoke to reporters.", "2024-03-01")
    store.save_analysis(Analysis(doc_id=first_id, mentions=first, new_actors=[person("Lina Farrow", "lina-farrow")]))
    second_id, _, second = _save(store, actors_nlp, "Ms Farrow told the court the appeal would be heard in May.", "2024-03-02")
    assert [m.actor_id for m in second] == ["person:farrow"]
    sentence = "Ms Farrow told the court the appeal would be heard in May."
    event = Event(doc_id=second_id, sentence_index=0, sentence=sentence, type="CONSULT", source_actor="person:farrow")
    claim = Claim(doc_id=second_id, sentence_index=0, sentence=sentence, claimant="person:farrow",
                  claimant_kind="person")
    store.save_analysis(Analysis(doc_id=second_id, mentions=second, events=[event], claims=[claim],
                                 new_actors=[person("Farrow", "farrow")]))

    report = merge_short_forms(store, Folder())

    assert [(r["id"], r["into"], r["documents"]) for r in report] == [("person:farrow", "person:lina-farrow", 1)]
    again = store.get_analysis(second_id)
    assert [m.actor_id for m in again.mentions] == ["person:lina-farrow"]
    assert [e.source_actor for e in again.events] == ["person:lina-farrow"]
    assert [c.claimant for c in again.claims] == ["person:lina-farrow"]
    assert store.read_sql("SELECT COUNT(*) AS n FROM mentions WHERE actor_id = ?", ("person:farrow",))[0]["n"] == 0


def test_dry_run_changes_nothing(store, actors_nlp):
    first_id, _, first = _save(store, actors_nlp, "Lina Farrow, a lawyer for the family, spoke to reporters.", "2024-03-01")
    store.save_analysis(Analysis(doc_id=first_id, mentions=first, new_actors=[person("Lina Farrow", "lina-farrow")]))
    second_id, _, second = _save(store, actors_nlp, "Ms Farrow told the court the appeal would be heard in May.", "2024-03-02")
    store.save_analysis(Analysis(doc_id=second_id, mentions=second, new_actors=[person("Farrow", "farrow")]))
    report = merge_short_forms(store, Folder(), dry_run=True)
    assert [r["id"] for r in report] == ["person:farrow"]
    assert [m.actor_id for m in store.get_analysis(second_id).mentions] == ["person:farrow"]
