"""Kinds of junk new actors and duplicates found by analysts N9 and N11 on untuned Guardian texts (issue 16),
checked on our own sentences with fictional people: capitalised plurals that the NER took for a name (a
common noun at a sentence start, a people or a family named in the plural), words that name no actor (a deity,
a room, a sector, price and degree abbreviations), weapons and vehicles, and one new person written with and
without a middle initial."""

import pytest

from actor_pipeline import actors, actors_pipeline, run_dated


@pytest.fixture(scope="module")
def nlp():
    return actors_pipeline()


def _new_ids(doc) -> set[str]:
    return {a.id for a in doc._.cg_new_actors or []}


def _ner_saw(doc, word: str) -> bool:
    """The NER tagged ``word`` PERSON or ORG (else the sentence tests nothing about admission)."""
    return any(t.text == word and t.ent_type_ in ("PERSON", "ORG") for t in doc)


def test_a_capitalised_plural_common_noun_is_no_new_actor(nlp):
    doc = run_dated(nlp, "The drought spread across the plain in Varenna. “Millions have been forced from their "
                         "farms,” said Petra Lindqvist, who leads the relief office.", "2019-03-01")
    new = _new_ids(doc)
    assert "person:petra-lindqvist" in new, new
    assert not any("millions" in i for i in new), new


def test_a_people_named_in_the_plural_is_no_person(nlp):
    doc = run_dated(nlp, "The old fortress had been held by the Assyrians, then by the Mongols and at last by "
                         "the Ottomans, the guide Tavish Orrel told visitors.", "2019-03-01")
    new = _new_ids(doc)
    assert _ner_saw(doc, "Mongols") or _ner_saw(doc, "Ottomans") or _ner_saw(doc, "Assyrians"), \
        [(e.text, e.label_) for e in doc.ents]
    assert not any(i.endswith(("mongols", "ottomans", "assyrians")) for i in new), new


def test_a_surname_ending_in_s_stays_a_person(nlp):
    doc = run_dated(nlp, "On Sunday, Dorian Tompkins, 31, said the stadium would stay shut. Tompkins said the "
                         "club had not been warned.", "2019-03-01")
    assert actors(doc).get("Dorian Tompkins") == "person:dorian-tompkins", actors(doc)


@pytest.mark.parametrize("text, junk", [
    ("Many of the fighters prayed to God before the march, Halvard Brisk recalled.", "god"),
    ("Halvard Brisk was summoned to the Oval Office on Tuesday and left an hour later.", "oval-office"),
    ("Halvard Brisk, who took an MA in documentary film, said the archive would open.", "ma"),
    ("The memoir (Quarry Press, RRP £18.99) was praised by Halvard Brisk.", "rrp"),
    ("Halvard Brisk said the fighters carried an RPG and two rifles into the valley.", "rpg"),
])
def test_words_that_name_no_actor_become_none(nlp, text, junk):
    doc = run_dated(nlp, text, "2019-03-01")
    new = _new_ids(doc)
    assert any(i.endswith(":halvard-brisk") for i in new), new  # the name beside the word is still found
    assert not any(i.split(":", 1)[1] == junk for i in new), new


def test_a_middle_initial_names_the_same_new_person(nlp):
    doc = run_dated(nlp, "Attorney General Corinna E. Maddox announced the charges on Monday. Corinna Maddox "
                         "said the inquiry would go on.", "2019-03-01")
    found = actors(doc)
    assert found.get("Corinna E. Maddox") is not None, found
    assert found.get("Corinna E. Maddox") == found.get("Corinna Maddox"), found


def test_a_short_form_of_a_given_name_names_the_same_new_person(nlp):
    doc = run_dated(nlp, "Oliver Brandhorst left Bristol in 2016 to join the volunteers. Friends said Ollie "
                         "Brandhorst rarely spoke about the war. Ollie wrote to his parents every week.", "2019-03-01")
    found = actors(doc)
    assert found.get("Oliver Brandhorst") is not None, found
    assert found.get("Ollie Brandhorst") == found.get("Oliver Brandhorst"), found
    assert found.get("Ollie", found.get("Oliver Brandhorst")) == found.get("Oliver Brandhorst"), found


def test_another_given_name_with_the_same_surname_stays_another_person(nlp):
    doc = run_dated(nlp, "Oliver Brandhorst left Bristol in 2016. His sister Olga Brandhorst said he had "
                         "promised to come back.", "2019-03-01")
    found = actors(doc)
    assert found.get("Olga Brandhorst") not in (None, found.get("Oliver Brandhorst")), found


@pytest.mark.parametrize("text, place", [
    ("Ryan Mitchell, 22, from Pellbury, was among the volunteers who joined the unit, his mother said.", "Pellbury"),
    ("The family of Ryan Mitchell moved to Quillhaven in 2015, neighbours said.", "Quillhaven"),
    ("Ryan Mitchell said the marchers walked three miles to Ostermoor, where the rally ended.", "Ostermoor"),
])
def test_where_people_go_live_or_come_from_is_a_place(nlp, text, place):
    doc = run_dated(nlp, text, "2019-03-01")
    new = _new_ids(doc)
    assert any(i.endswith(":ryan-mitchell") for i in new), new
    assert not any(i.split(":", 1)[1] == place.lower() for i in new), (new, [(e.text, e.label_) for e in doc.ents])


def test_a_firm_after_where_and_with_an_ampersand_stays_an_organisation(nlp):
    doc = run_dated(nlp, "In the 1990s Dorrit Vask worked at a law firm, Harlan & Quist, where clients often "
                         "ignored her.", "2019-03-01")
    assert any(i.endswith(":harlan-quist") for i in _new_ids(doc)), _new_ids(doc)


def test_an_organisation_after_from_without_an_age_stays_an_organisation(nlp):
    doc = run_dated(nlp, "Ryan Mitchell, from Greenfold Aid, said the convoy had been stopped.", "2019-03-01")
    assert any(i.endswith(":greenfold-aid") for i in _new_ids(doc)), _new_ids(doc)


def test_past_us_presidents_and_federal_bodies_have_their_country(nlp):
    doc = run_dated(nlp, "Ryan Mitchell compared the scandal to the one that ended Richard Nixon's presidency. "
                         "The IRS and the Justice Department declined to comment, as did aides of Ronald Reagan "
                         "decades ago.", "2019-03-01")
    found = actors(doc)
    assert found.get("Richard Nixon") == "PER.USA.richard-nixon", found
    assert found.get("Ronald Reagan") == "PER.USA.ronald-reagan", found
    assert found.get("IRS") == "USA", found
    assert found.get("Justice Department") == "USA", found


def test_a_middle_name_names_the_same_new_person(nlp):
    doc = run_dated(nlp, "Among the volunteers was Konrad Elias Vantongeren, a former soldier. Konrad Vantongeren "
                         "had served two tours, his family said.", "2019-03-01")
    found = actors(doc)
    assert found.get("Konrad Elias Vantongeren") is not None, found
    assert found.get("Konrad Vantongeren") == found.get("Konrad Elias Vantongeren"), found


def test_a_part_cut_from_a_hyphenated_name_is_no_actor(nlp):
    doc = run_dated(nlp, "However, WPA-UK said the statement came too late, Ryan Mitchell told reporters.", "2019-03-01")
    new = _new_ids(doc)
    assert any(i.endswith(":ryan-mitchell") for i in new), new
    assert "org:wpa" not in new, new
