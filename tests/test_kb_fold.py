"""Name folding merges transliteration variants by rule and keeps different names apart."""

import pytest

from cablegram.kb.fold import Folder, acronym_key, fold_name, fold_token, slugify, state_in_id

VARIANT_GROUPS = [
    ["Dmytro", "Dmitry", "Dmitri", "Dmitriy", "Дмитро", "Дмитрий"],
    ["Volodymyr", "Vladimir", "Wladimir", "Володимир"],
    ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Зеленський", "Зеленский"],
    ["Antony", "Anthony"],
    ["Oleksii", "Oleksiy", "Alexei", "Aleksei", "Alexey"],
    ["Kharkiv", "Kharkov", "Харків"],
    ["Kyiv", "Kiev", "Київ", "Киев"],
    ["Sergei", "Sergey", "Serhiy", "Serhii", "Сергей"],
    ["Andrii", "Andriy", "Andrei", "Andrey"],
    ["Støre", "Store"],
    ["Radosław", "Radoslaw"],
    ["Đukanović", "Dukanovic"],
    ["Straße", "Strasse"],
]


@pytest.mark.parametrize("group", VARIANT_GROUPS, ids=lambda g: g[0])
def test_variants_fold_to_one_key(group):
    keys = {fold_token(w) for w in group}
    assert len(keys) == 1, dict(zip(group, map(fold_token, group)))


def test_different_names_stay_apart():
    names = ["Kuleba", "Lavrov", "Sybiha", "Blinken", "Rubio", "Kyiv", "Kharkiv", "Moscow", "Dmytro", "Andrii"]
    assert len({fold_token(n) for n in names}) == len(names)


def test_names_punctuation_and_hyphens():
    assert fold_name("U.S. Secretary-General") == ("us", fold_token("Secretary"), "general")
    assert fold_token("-") == "" and fold_token("Sa'ar") == fold_token("Saar")
    assert fold_name("Volodymyr Zelenskyy") == fold_name("VLADIMIR ZELENSKY")


def test_acronym_key_and_slug():
    assert acronym_key("U.S.") == "US" and acronym_key("G7") == "G7"
    assert slugify("Jean-Noël Barrot") == "jean-noel-barrot"
    assert slugify("Gideon Sa'ar") == "gideon-saar"


def test_folder_memo_agrees_with_functions():
    folder = Folder()
    for word in ["Zelenskyy", "Kyiv", "U.S.", "Kharkov", "Zelenskyy"]:
        assert folder.token(word) == fold_token(word)
    assert folder.name("Dmitri Kuleba") == fold_name("Dmytro Kuleba")


def test_letters_without_decomposition_are_transliterated_not_dropped():
    # ø, ł, đ, þ and ð have no Unicode decomposition; the slug keeps a letter for each.
    assert slugify("Jonas Gahr Støre") == "jonas-gahr-store"
    assert slugify("Þórdís Gylfadóttir") == "thordis-gylfadottir"
    assert slugify("Milo Đukanović") == "milo-dukanovic"


def test_shipped_kb_has_one_actor_per_folded_person():
    from cablegram.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    assert [a.id for a in kb.lookup("Jonas Gahr Støre")] == ["PER.NOR.jonas-gahr-store"]
    assert [a.id for a in kb.lookup("Jonas Gahr Store")] == ["PER.NOR.jonas-gahr-store"]
    assert all("--" not in i and not i.endswith("-") for i in kb.actors)


@pytest.mark.parametrize("actor_id,state", [
    ("UKR", "UKR"),                       # a state's own id
    ("PER.UKR.dmytro-kuleba", "UKR"),     # a curated person of a state
    ("ORG.NLD.defence-ministry", "NLD"),  # a curated body of a state
    ("IGO.G7", None),                     # an international body names no state
    ("person:ilse-varga", None),          # a new actor names none
    ("EU", None), ("", None), (None, None),
])
def test_state_in_id(actor_id, state):
    assert state_in_id(actor_id) == state
