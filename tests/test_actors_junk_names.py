"""New actors only from real names: currency codes, ideologies, ranks, bare common nouns, damaged
text and a state's armed services never become new people or organisations (own sentences,
fictional people and countries)."""

import pytest
from spacy.tokens import Span

from actor_pipeline import actors_pipeline, run_dated
from cablegram.records import Document


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def run(nlp, text, date="2024-05-02"):
    return run_dated(nlp, text, date)


def with_entities(nlp, text, spans):
    """The actors component alone over a parsed ``text`` whose NER spans are ``spans`` ((word, label) pairs):
    what it makes of exactly those spans, whatever the statistical NER would have tagged."""
    from cablegram.nlp.pipeline import make_doc

    with nlp.select_pipes(disable=["cablegram_actors"]):
        doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-02")))
    ents = []
    for words, label in spans:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label, alignment_mode="expand"))
    doc.ents = [e for e in ents if isinstance(e, Span)]
    return nlp.get_pipe("cablegram_actors")(doc)


def ids(doc):
    return {m.actor_id for m in doc._.cg_mentions} | {a.id for a in doc._.cg_new_actors}


@pytest.mark.parametrize("text", [
    "The Kastorian cabinet announced 40 million AUD for flood relief in Marenia.",
    "Marenia received 12 billion JPY and 3 million CHF from donors last week.",
])
def test_currency_codes_next_to_a_figure_are_no_actors(actors_nlp, text):
    doc = run(actors_nlp, text)
    assert not {i for i in ids(doc) if i.split(":")[-1] in ("aud", "jpy", "chf")}, ids(doc)
    assert all(m.text not in ("AUD", "JPY", "CHF") for m in doc._.cg_mentions)


def test_currency_code_tagged_as_organisation_is_dropped(actors_nlp):
    doc = with_entities(actors_nlp, "Donors sent 40 million NZD to Marenia.", [("NZD", "ORG")])
    assert not doc._.cg_new_actors and not doc._.cg_mentions


def test_ideology_and_adherents_are_no_actors(actors_nlp):
    text = "The spread of Varkolism alarmed the Orlov Institute, and the Varkolists went underground."
    doc = with_entities(actors_nlp, text, [("Varkolism", "PERSON"), ("Orlov Institute", "ORG"),
                                           ("Varkolists", "ORG")])
    assert {a.id for a in doc._.cg_new_actors} == {"org:orlov-institute"}


def test_ranks_are_stripped_before_a_person_id_is_made(actors_nlp):
    text = "Lt Gen. Orla Dervish said the brigade had pulled back. Col Tamsin Reyl agreed."
    doc = with_entities(actors_nlp, text, [("Lt Gen. Orla Dervish", "PERSON"), ("Col Tamsin Reyl", "PERSON")])
    assert {a.id: a.name for a in doc._.cg_new_actors} == {"person:orla-dervish": "Orla Dervish",
                                                           "person:tamsin-reyl": "Tamsin Reyl"}


def test_bare_common_noun_and_damaged_text_are_no_actors(actors_nlp):
    text = "Defense said the drills had ended. The \ufffd\ufffdministry sent aid to Marenia."
    doc = with_entities(actors_nlp, text, [("Defense", "ORG"), ("\ufffd\ufffdministry", "ORG")])
    assert doc._.cg_new_actors == []
    assert all("\ufffd" not in m.text for m in doc._.cg_mentions)


def test_a_states_air_force_acts_for_the_state(actors_nlp):
    doc = run(actors_nlp, "The Royal Air Force struck a depot near the coast, and the RAF said the raid was over.")
    assert {(m.text, m.actor_id, m.method) for m in doc._.cg_mentions} >= {
        ("Royal Air Force", "GBR", "institution"), ("RAF", "GBR", "institution")}
    assert not doc._.cg_new_actors


def test_a_place_name_by_its_first_word_is_no_new_person(actors_nlp):
    text = "Shells fell on Kafr Dalla and Deir Umran overnight, said Hamid Qasrani."
    doc = with_entities(actors_nlp, text, [("Kafr Dalla", "PERSON"), ("Deir Umran", "ORG"), ("Hamid Qasrani", "PERSON")])
    assert {a.id for a in doc._.cg_new_actors} == {"person:hamid-qasrani"}
