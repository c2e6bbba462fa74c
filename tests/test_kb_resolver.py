"""Knowledge-base content and resolution by date, surname and fuzzy name (shipped KB)."""

import pytest

from cablegram.kb import KnowledgeBase, Resolver, role_name


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def ids(actors):
    return [a.id for a in actors]


def test_states_ios_and_metonyms(kb):
    for text, expected in [("Ukraine", "UKR"), ("Ukrainian", "UKR"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
                           ("Washington", "USA"), ("U.S.", "USA"), ("Moscow", "RUS"), ("Beijing", "CHN"),
                           ("Russian Federation", "RUS"), ("NATO", "IGO.NATO"), ("EU", "IGO.EU"), ("G7", "IGO.G7"),
                           ("G20", "IGO.G20"), ("OSCE", "IGO.OSCE"), ("IAEA", "IGO.IAEA"), ("ICC", "IGO.ICC"),
                           ("United Nations", "IGO.UN"), ("African Union", "IGO.AU"), ("ASEAN", "IGO.ASEAN")]:
        assert ids(kb.lookup(text))[:1] == [expected], text
    assert kb.lookup("us") == [] and kb.lookup("who") == []  # acronyms need their capitals
    assert len([a for a in kb.actors.values() if a.type == "state"]) >= 249


def test_transliterated_people(kb):
    for text in ["Volodymyr Zelenskyy", "Vladimir Zelensky", "Volodymyr Zelenskiy", "Володимир Зеленський"]:
        assert ids(kb.lookup(text)) == ["PER.UKR.volodymyr-zelenskyy"], text
    assert ids(kb.lookup("Anthony Blinken")) == ["PER.USA.antony-blinken"]
    assert ids(kb.lookup("Sergei Lavrov")) == ids(kb.lookup("Sergey Lavrov")) == ["PER.RUS.sergey-lavrov"]
    assert ids(kb.lookup("Dmitry Kuleba")) == ["PER.UKR.dmytro-kuleba"]


@pytest.mark.parametrize("role,country,date,expected", [
    ("foreign_minister", "USA", "2023-05-12", "PER.USA.antony-blinken"),
    ("foreign_minister", "USA", "2025-03-01", "PER.USA.marco-rubio"),
    ("foreign_minister", "UKR", "2024-09-04", "PER.UKR.dmytro-kuleba"),
    ("foreign_minister", "UKR", "2024-10-01", "PER.UKR.andrii-sybiha"),
    ("foreign_minister", "USA", "2015-06-01", "PER.USA.john-kerry"),
    ("defence_minister", "USA", "2024-02-01", "PER.USA.lloyd-austin"),
    ("defence_minister", "USA", "2025-06-01", "PER.USA.pete-hegseth"),
    ("secretary_general", "IGO.NATO", "2023-01-01", "PER.NOR.jens-stoltenberg"),
    ("secretary_general", "IGO.NATO", "2025-01-01", "PER.NLD.mark-rutte"),
    ("high_representative", "IGO.EU", "2025-01-01", "PER.EST.kaja-kallas"),
])
def test_office_holder_by_date(kb, role, country, date, expected):
    actor, held = Resolver(kb).office_holder(role, country, date)
    assert actor.id == expected
    assert held.source  # every role carries a source note


def test_roles_have_sources_and_dates(kb):
    blinken = kb.get("PER.USA.antony-blinken")
    assert role_name(blinken, "2024-01-01") == "foreign_minister"
    assert role_name(blinken, "2025-02-01") is None
    assert all(r.source for a in kb.actors.values() for r in a.roles)


def test_surname_needs_one_holder_on_the_date(kb):
    r = Resolver(kb)
    assert r.by_surname(kb.folder.word("sybiha"), "2025-01-01").id == "PER.UKR.andrii-sybiha"
    assert r.by_surname(kb.folder.word("sybiha"), "2020-01-01") is None  # not in office yet


def test_fuzzy_catches_typos_not_strangers(kb):
    r = Resolver(kb, fuzzy_threshold=88)
    hit = r.fuzzy(kb.folder.name("Annalena Berbock"), "PERSON")
    assert hit and hit[0] == "PER.DEU.annalena-baerbock" and 0.88 <= hit[1] < 1
    assert r.fuzzy(kb.folder.name("Quintus Marrowfield"), "PERSON") is None
    assert r.best("Nort Atlantic Treaty Organization").id == "IGO.NATO"
