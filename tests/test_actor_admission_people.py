"""New people the admission gate must keep (issue 16): a two-word capitalised name that the NER takes
for an organisation is a new person when the text marks it as one: an appositive role ("X, the harbour
master,"), the subject of a verb of speech or thought ("X spoke to reporters", "X believes"), a person's
pronoun in its clause ("X called her brother"), or "according to X". Companies' names with such marks
stay organisations. Own sentences with fictional people (names of several origins), run through the
real pipeline (NER included)."""

import pytest

from cablegram.nlp.pipeline import build_nlp

NAMES = ["Kofi Mensah", "Anh Tran", "Sigrun Dahl", "Rafael Okoro", "Maren Holt", "Ilse Varga", "Amara Diallo"]
SHAPES = [
    "{}, the harbour master, spoke to reporters on Monday.",
    "{} called her brother on Tuesday.",
    "{} spoke to reporters.",
    "{} said the talks would resume next week.",
    "{} believes the ceasefire will hold.",
    "According to {}, the convoy was stopped.",
    "{}, a local farmer, said the army had left.",
    "{} warned that food was running out in the camp.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=["cablegram_language", "cablegram_actors"])


def person_id(name):
    return "person:" + name.lower().replace(" ", "-")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", NAMES)
def test_marked_name_is_a_new_person(nlp, name, shape):
    doc = nlp(shape.format(name))
    assert [a.id for a in doc._.cg_new_actors] == [person_id(name)]
    assert [a.type for a in doc._.cg_new_actors] == ["person"]
    assert [m.actor_id for m in doc._.cg_mentions if m.text == name] == [person_id(name)]


@pytest.mark.parametrize("text, org", [
    ("Acme Holdings said profits fell in the third quarter.", "org:acme-holdings"),
    ("Northwind Energy believes prices will rise next year.", "org:northwind-energy"),
    ("Blue Harbor Partners called for calm.", "org:blue-harbor-partners"),
])
def test_company_with_a_speech_verb_stays_an_organisation(nlp, text, org):
    doc = nlp(text)
    assert [a.id for a in doc._.cg_new_actors] == [org]


def test_pronoun_about_another_name_is_no_evidence(nlp):
    """The pronoun after a second name may be about that name: the first stays what the NER said."""
    doc = nlp("Acme Holdings hired Sigrun Dahl and her team last year.")
    types = {a.id: a.type for a in doc._.cg_new_actors}
    assert types.get("org:acme-holdings") == "organisation"
    assert "person:acme-holdings" not in types


@pytest.mark.parametrize("text, name", [
    ("Ilse Varga told her colleagues that the border was closed.", "Ilse Varga"),
    ("Tomasz Wojcik thinks the bridge will reopen.", "Tomasz Wojcik"),
])
def test_name_the_ner_missed_as_subject_of_speech_is_a_new_person(nlp, text, name):
    """The small NER tags nothing in some of these sentences; the subject of "told"/"thinks" is a person."""
    doc = nlp(text)
    assert [m.actor_id for m in doc._.cg_mentions if m.text == name] == [person_id(name)]
    assert person_id(name) in {a.id for a in doc._.cg_new_actors}


@pytest.mark.parametrize("name", NAMES + ["Alexei Navalny"])
@pytest.mark.parametrize("shape", ["{}'s team said the verdict was political.",
                                   "{}'s lawyers appealed against the ruling on Monday."])
def test_name_before_a_persons_own_people_is_a_new_person(nlp, name, shape):
    """A name in the possessive before a person's own people ("X's team", "X's lawyers"), whether the NER tags
    it as an organisation, a place or nothing, is a person."""
    doc = nlp(shape.format(name))
    assert [m.actor_id for m in doc._.cg_mentions if m.text == name] == [person_id(name)]


@pytest.mark.parametrize("text, org", [
    ("Acme Holdings's lawyers appealed against the ruling.", "org:acme-holdings"),
    ("Northwind Energy's team declined to comment.", "org:northwind-energy"),
])
def test_company_before_its_team_stays_an_organisation(nlp, text, org):
    doc = nlp(text)
    assert org in {a.id for a in doc._.cg_new_actors}
