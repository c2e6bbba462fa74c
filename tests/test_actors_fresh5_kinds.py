"""Kinds of actor-resolution faults found on fresh set #5 (tests/data/actor_resolution_fresh5.tsv, development
part) and in analyst N9's judged actors, each checked on our own sentences with fictional people and states: a
short form that follows the text's spelling of a KB person's given name ("Prince Mohammed" after "Mohammed ...",
whom the KB spells "Mohammad"), another person with a KB person's surname ("Lina Vell" is not Ardo Vell), a title
that owns a noun ("the president's sister") or follows a time word ("then the foreign minister"), generational
suffixes and middle initials, one new person under two spellings, a family named in the plural ("the Lunds"),
words that are no names (fears and hatreds, family words, scriptures), parts of a seat of government's building,
and a capital after a reaction ("well received in Ankara")."""

import pytest

from actor_pipeline import actors, actors_pipeline, places, run_dated

_EXTRA = "\n".join([
    '{"id": "XMR", "name": "Marenia", "type": "state", "aliases": ["Marenian"]}',
    '{"id": "PER.XMR.mohammad-bin-vessar", "name": "Mohammad bin Vessar", "type": "person", "country": "XMR", '
    '"aliases": ["Mohammed bin Vessar"], "roles": [{"title": "Crown Prince of Marenia", "role": "other", "country": "XMR", "start": "2015-01-01"}]}',
    '{"id": "PER.XMR.ardo-vell", "name": "Ardo Vell", "type": "person", "country": "XMR", '
    '"roles": [{"title": "President of Marenia", "role": "head_of_state", "country": "XMR", "start": "2015-01-01"}]}',
    '{"id": "PER.XMR.ilse-quenbrook", "name": "Ilse Quenbrook", "type": "person", "country": "XMR", '
    '"roles": [{"title": "Foreign Minister of Marenia", "role": "foreign_minister", "country": "XMR", '
    '"start": "2008-01-01", "end": "2012-01-01"}]}',
    '{"id": "PER.XMR.oren-daskel", "name": "Oren Daskel", "type": "person", "country": "XMR", '
    '"roles": [{"title": "Foreign Minister of Marenia", "role": "foreign_minister", "country": "XMR", '
    '"start": "2012-01-01"}]}',
    '{"id": "PER.XMR.tomas-brell", "name": "Tomas Brell", "type": "person", "country": "XMR", '
    '"roles": [{"title": "Vice President of Marenia", "role": "vice_president", "country": "XMR", "start": "2014-01-01"}]}',
]) + "\n"


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    return actors_pipeline(_EXTRA, tmp_path_factory.mktemp("kb"))


def test_a_given_name_alone_follows_the_texts_spelling_of_a_kb_person(nlp):
    doc = run_dated(nlp, "The year belonged to Mohammed bin Vessar. By December the assembly had openly blamed "
                         "Prince Mohammed for the failed harvest deal.", "2019-01-01")
    found = actors(doc)
    assert found.get("Mohammed bin Vessar") == "PER.XMR.mohammad-bin-vessar", found
    assert found.get("Mohammed") == "PER.XMR.mohammad-bin-vessar", found


def test_another_given_name_before_a_kb_surname_is_another_person(nlp):
    doc = run_dated(nlp, "Ardo Vell stayed in the palace. Reporters followed Lina Vell, the president's sister, "
                         "to the harbour.", "2019-03-01")
    found = actors(doc)
    assert found.get("Lina Vell", "").startswith("person:"), found
    assert found.get("Ardo Vell") == "PER.XMR.ardo-vell", found
    # the title owns a noun ("the president's sister"): it is no apposition naming Lina Vell
    assert all(m.actor_id != found["Lina Vell"] for m in doc._.cg_mentions if "president" in m.text)


def test_a_title_after_then_is_the_person_named_before_it(nlp):
    doc = run_dated(nlp, "The deal was signed by Ilse Quenbrook, then the foreign minister, in a hotel in "
                         "the capital.", "2019-05-01")
    by_text = {m.text: m.actor_id for m in doc._.cg_mentions}
    assert by_text.get("foreign minister") == "PER.XMR.ilse-quenbrook", by_text  # not the holder in 2019


def test_a_middle_initial_keeps_the_kb_person_and_a_suffix_names_another(nlp):
    found = actors(run_dated(nlp, "Later Tomas K. Brell toured the port. Ardo Vell Jr. met the lawyers; "
                                  "his father Ardo Vell stayed home.", "2019-05-01"))
    assert found.get("Tomas K. Brell") == "PER.XMR.tomas-brell", found
    assert found.get("Ardo Vell Jr.", "").startswith("person:"), found  # the son, not the president
    assert found.get("Ardo Vell") == "PER.XMR.ardo-vell", found
    assert "Jr." not in found, found  # a suffix is no surname of its own


def test_one_new_person_under_two_spellings_of_the_given_name(nlp):
    doc = run_dated(nlp, "Mohammad Talvi runs a bakery in the old town. Mohammed Talvi told us the flour ran out "
                         "in May. Later Mohammed showed us the ovens.", "2019-05-01")
    ids = {m.actor_id for m in doc._.cg_mentions if "Talvi" in m.text or m.text == "Mohammed"}
    assert len(ids) == 1 and next(iter(ids)).startswith("person:"), ids


def test_a_family_named_in_the_plural_is_no_new_actor(nlp):
    doc = run_dated(nlp, "Oskar Lund and his daughter were found on a bench. Nobody had followed the Lunds "
                         "that day, the police said.", "2019-05-01")
    found = actors(doc)
    assert found.get("Oskar Lund", "").startswith("person:"), found
    assert "Lunds" not in found, found


@pytest.mark.parametrize(("text", "word"), [
    ("She objected to the word Islamophobia in the headline.", "Islamophobia"),
    ("The blogger was openly Islamophobic in his posts.", "Islamophobic"),
    ("“I love you Mum,” he wrote before the flight.", "Mum"),
    ("The students recited the Quran every morning.", "Quran"),
])
def test_words_that_are_no_names_make_no_new_actor(nlp, text, word):
    found = actors(run_dated(nlp, text, "2019-05-01"))
    assert word not in found, found


def test_a_part_of_the_seats_building_is_the_building(nlp):
    doc = run_dated(nlp, "The band played on the White House’s north lawn. Later the White House said the "
                         "concert had raised money.", "2019-05-01")
    assert places(doc).get("White House") == "seat", places(doc)
    assert [m.actor_id for m in doc._.cg_mentions if m.text == "White House"] == ["USA"]


def test_a_capital_after_a_reaction_is_its_government(nlp):
    doc = run_dated(nlp, "The ceasefire plan was well received in Ankara. Two tourists ate lunch in a café in "
                         "Ankara.", "2019-05-01")
    assert [m.actor_id for m in doc._.cg_mentions if m.text == "Ankara"] == ["TUR"]
    assert places(doc).get("Ankara") == "capital", places(doc)


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    ("The new director of the CIA promised fewer leaks.", "CIA", "USA"),
    ("An FBI agent testified for two hours.", "FBI", "USA"),
    ("US Central Command said the convoy had turned back.", "Central Command", "USA"),
    ("A statement issued via Scotland Yard asked for privacy.", "Scotland Yard", "GBR"),
])
def test_a_states_intelligence_police_and_commands_act_for_the_state(nlp, text, name, actor_id):
    found = actors(run_dated(nlp, text, "2019-05-01"))
    assert found.get(name) == actor_id, found


@pytest.mark.parametrize(("text", "word"), [
    ("The figures were carried by the semi-official Tarvo news agency on Sunday.", "Tarvo"),
    ("Jets took off from Kessra airfield before dawn.", "Kessra"),
    ("Letters may be edited. Arn Holt Brisbane, Australia • Write to us", "Australia"),
])
def test_outlets_facilities_and_state_names_make_no_new_actor(nlp, text, word):
    doc = run_dated(nlp, text, "2019-05-01")
    assert not any(word in m.text and m.actor_id.startswith(("org:", "person:")) for m in doc._.cg_mentions), \
        actors(doc)


def test_a_state_and_a_known_surname_joined_by_the_ner_stay_two_actors(nlp):
    doc = run_dated(nlp, "It was Marenia Vell warned first. Later Vell spoke to the press.", "2019-05-01")
    found = actors(doc)
    assert found.get("Marenia") == "XMR", found
    assert found.get("Vell") == "PER.XMR.ardo-vell", found
    assert not any(a.startswith("person:") for a in found.values()), found


def test_a_name_stops_at_a_possessive(nlp):
    found = actors(run_dated(nlp, "Analysts read Ardo Vell’s Twitter feed every morning.", "2019-05-01"))
    assert found.get("Ardo Vell") == "PER.XMR.ardo-vell", found


def test_a_bracketed_short_form_of_lower_case_words_is_no_organisation(nlp):
    doc = run_dated(nlp, "Inspectors arranged a field safety review (FSR) in May. The FSR team left in June.",
                    "2019-05-01")
    assert "FSR" not in actors(doc), actors(doc)
