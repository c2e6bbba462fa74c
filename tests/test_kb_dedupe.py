"""One id per entity: the duplicate finder behind `kb audit` and the merge step of scripts/build_kb.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from cablegram.kb import KnowledgeBase
from cablegram.kb.audit import audit
from cablegram.kb.dedupe import apply_merges, find_duplicates, names_compatible
from cablegram.kb.fold import Folder
from cablegram.records import Actor, Role

REPO = Path(__file__).resolve().parents[1]


def _fm(start, end=None, country="EST"):
    return Role(title="Minister of Foreign Affairs", role="foreign_minister", country=country, start=start, end=end)


def _person(ident, name, *roles, aliases=(), country="EST"):
    return Actor(id=ident, name=name, type="person", country=country, aliases=list(aliases), roles=list(roles))


def test_initial_and_full_given_name_sharing_an_office_are_one_person():
    a = _person("PER.EST.k-tamm", "K. Tamm", _fm("2031-05-02"))
    b = _person("PER.EST.kristjan-tamm", "Kristjan Tamm", _fm("2031-05-02"))
    assert find_duplicates([a, b], preferred={"PER.EST.kristjan-tamm"}) == [
        ("PER.EST.kristjan-tamm", "PER.EST.k-tamm", "same person (role)")]


def test_slavic_suffix_spelling_tied_by_an_alias_is_one_person():
    a = _person("PER.EST.ivo-sarmonov", "Ivo Sarmonov", aliases=["Ivo Sarmon"])
    b = _person("PER.EST.ivo-sarmon", "Ivo Sarmon", Role(title="President", role="head_of_state", country="EST",
                                                         start="2030"))
    merges = find_duplicates([a, b])
    assert merges == [("PER.EST.ivo-sarmon", "PER.EST.ivo-sarmonov", "same person (alias)")]
    merged = apply_merges({a.id: a, b.id: b}, merges)
    assert list(merged) == ["PER.EST.ivo-sarmon"] and "Ivo Sarmonov" in merged["PER.EST.ivo-sarmon"].aliases


def test_relatives_and_namesakes_stay_apart():
    folder = Folder()
    # Family names shared by a dynasty, different given or father's names: not one person.
    assert not names_compatible(folder.name("Hamad Bin Khalid Al Varani"), folder.name("Hamad Bin Yusuf Al Varani"))
    assert not names_compatible(folder.name("Park Min Soo"), folder.name("Park Jae Soo"))
    assert names_compatible(folder.name("Said Musa"), folder.name("Said Wilbert Musa"))
    # Compatible names but nothing ties them (no alias, no shared office): left apart.
    a = _person("PER.EST.mari-lepp", "Mari Lepp", _fm("2031-01-01", "2032-01-01"))
    b = _person("PER.EST.mari-anne-lepp", "Mari Anne Lepp", _fm("2040-01-01"))
    assert find_duplicates([a, b]) == []
    # Same name in two countries: two people.
    c = _person("PER.LVA.mari-lepp", "Mari Lepp", _fm("2031-01-01", country="LVA"), country="LVA")
    assert find_duplicates([a, c]) == []


def test_group_row_naming_a_person_folds_into_the_person():
    person = _person("PER.EST.toomas-vaher", "Toomas Vaher")
    group = Actor(id="GRP.toomas-vaher", name="Toomas Vaher", type="group", aliases=["T. Vaher"])
    assert find_duplicates([group, person]) == [("PER.EST.toomas-vaher", "GRP.toomas-vaher", "group row names a person")]


def test_audit_reports_two_ids_for_one_person(tmp_path):
    extra = tmp_path / "mine.jsonl"
    rows = [_person("person:k-tamm", "K. Tamm", _fm("2031-05-02")),
            _person("person:kristjan-tamm", "Kristjan Tamm", _fm("2031-05-02"))]
    extra.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in rows), encoding="utf-8")
    report = audit(KnowledgeBase.load([extra]), as_of="2031-06-01")
    assert any(set(d["ids"]) == {"person:k-tamm", "person:kristjan-tamm"} for d in report.duplicates)


def test_shipped_kb_has_no_duplicate_ids():
    # The merge step of build_kb and the curated files leave every entity one id (issue 16).
    kb = KnowledgeBase.load()
    found = find_duplicates(kb.actors.values(), kb.folder)
    assert found == [], found[:5]
    assert "PER.IND.s-jaishankar" not in kb.actors and "PER.TJK.emomali-rahmonov" not in kb.actors
    assert [a.id for a in kb.lookup("S. Jaishankar")] == ["PER.IND.subrahmanyam-jaishankar"]


def test_build_merge_renames_a_built_row_to_the_curated_id():
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    build_kb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_kb)
    built = {"people.jsonl": [_person("PER.EST.k-tamm", "K. Tamm", _fm("2031-05-02")),
                              _person("PER.EST.ivo-sarmon", "Ivo Sarmon", _fm("2020-01-01", "2024-01-01")),
                              _person("PER.EST.ivo-sarmonov", "Ivo Sarmonov", _fm("2020-01-01", "2024-01-01"))]}
    curated = [_person("PER.EST.kristjan-tamm", "Kristjan Tamm", _fm("2031-05-02"), aliases=["K. Tamm"])]
    merges = build_kb.merge_duplicates(built, curated)
    assert {(k, d) for k, d, _ in merges} == {("PER.EST.kristjan-tamm", "PER.EST.k-tamm"),
                                              ("PER.EST.ivo-sarmon", "PER.EST.ivo-sarmonov")}
    assert sorted(a.id for a in built["people.jsonl"]) == ["PER.EST.ivo-sarmon", "PER.EST.kristjan-tamm"]


def test_full_name_among_the_others_spellings_is_one_person_whatever_the_surname():
    # A transliteration that changes the surname (Belarusian / Russian forms): no shared surname stem, but one
    # row's full name is a spelling of the other.
    a = _person("PER.EST.aleksei-kaskenko", "Aleksei Kaskenko", _fm("2030-01-01"), aliases=["Alyaksei Kaskenka"])
    b = _person("PER.EST.alyaksei-kaskenka", "Alyaksei Kaskenka")
    assert find_duplicates([a, b]) == [("PER.EST.aleksei-kaskenko", "PER.EST.alyaksei-kaskenka", "same person (alias)")]
    # The spelling of a one-word name, or of a person of another country, ties nothing.
    c = _person("PER.EST.kaskenka", "Kaskenka")
    d = _person("PER.LVA.alyaksei-kaskenka", "Alyaksei Kaskenka", country="LVA")
    e = _person("PER.EST.mart-kaskenko", "Mart Kaskenko", aliases=["Kaskenka"])
    assert find_duplicates([a, d]) == [] and find_duplicates([c, e]) == []


def test_build_merge_reads_the_curated_spellings_of_a_built_row():
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    build_kb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_kb)
    built = {"people.jsonl": [_person("PER.EST.aleksei-kaskenko", "Aleksei Kaskenko", _fm("2030-01-01")),
                              _person("PER.EST.alyaksei-kaskenka", "Alyaksei Kaskenka")]}
    curated = [_person("PER.EST.aleksei-kaskenko", "Aleksei Kaskenko", aliases=["Alyaksei Kaskenka"])]
    merges = build_kb.merge_duplicates(built, curated)
    assert [(k, d) for k, d, _ in merges] == [("PER.EST.aleksei-kaskenko", "PER.EST.alyaksei-kaskenka")]
    assert [a.id for a in built["people.jsonl"]] == ["PER.EST.aleksei-kaskenko"]
    assert built["people.jsonl"][0].aliases == ["Alyaksei Kaskenka"]  # the built row took the other's name only


def test_build_gives_a_built_row_spelt_like_a_curated_one_the_curated_id():
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    build_kb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_kb)
    built = {"people.jsonl": [_person("PER.EST.sergey-kalm", "Sergey Kalm", _fm("2020-01-01"))]}
    curated = [_person("PER.EST.sergei-kalm", "Sergei Kalm", _fm("2020-01-01"))]
    merges = build_kb.merge_duplicates(built, curated)
    assert [(k, d) for k, d, _ in merges] == [("PER.EST.sergei-kalm", "PER.EST.sergey-kalm")]
    assert [a.id for a in built["people.jsonl"]] == ["PER.EST.sergei-kalm"]


def _hos(start, end=None, country="EST"):
    return Role(title="President", role="head_of_state", country=country, start=start, end=end)


def test_romanised_spellings_of_one_office_holder_are_one_person_and_audit_reports_them(tmp_path):
    # A vowel dropped from the surname, and a double given name written as one word or two; the offices differ
    # in kind and date (one source's "national leader", another's head of state), both of the same state.
    leader = Role(title="national leader", role="national_leader", country="EST", start="2001", end="2004")
    rows = [_person("person:aivar-kalevipoeg", "Aivar Kalevipoeg", _hos("2030")),
            _person("person:aivar-kalvipoeg", "Aivar Kalvipoeg", leader),
            _person("person:jaan-peeter-valgma", "Jaan-Peeter Valgma", _hos("2035")),
            _person("person:jaanpeter-valgma", "Janpeeter Valgma", leader)]
    extra = tmp_path / "mine.jsonl"
    extra.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in rows), encoding="utf-8")
    report = audit(KnowledgeBase.load([extra]), as_of="2036-06-01")
    pairs = [(set(d["ids"]), d["reason"]) for d in report.duplicates]
    assert ({"person:aivar-kalevipoeg", "person:aivar-kalvipoeg"},
            "same person (spelling variant, both office holders of the state)") in pairs, pairs
    assert any(ids == {"person:jaan-peeter-valgma", "person:jaanpeter-valgma"} for ids, _ in pairs), pairs


def test_near_spellings_without_offices_or_with_other_short_words_stay_apart():
    # No office held by one of them: a namesake is as likely as a second spelling.
    a = _person("PER.EST.aivar-kalevipoeg", "Aivar Kalevipoeg", _hos("2030"))
    b = _person("PER.EST.aivar-kalvipoeg", "Aivar Kalvipoeg")
    assert find_duplicates([a, b]) == []
    # Short words that differ (two given names of one family) and relatives named after one father stay apart.
    c = _person("PER.TWN.lin-mei-hua", "Lin Mei Hua", _hos("2030", country="TWN"), country="TWN")
    d = _person("PER.TWN.lin-mai-hui", "Lin Mai Hui", _hos("2034", country="TWN"), country="TWN")
    e = _person("PER.QAT.saif-bin-nasser-al-marri", "Saif Bin Nasser Al Marri", _hos("2030", country="QAT"),
                country="QAT")
    f = _person("PER.QAT.hamad-saif-bin-nasser-al-marri", "Hamad Saif Bin Nasser Al Marri",
                _hos("2036", country="QAT"), country="QAT")
    assert find_duplicates([c, d]) == [] and find_duplicates([e, f]) == []


def test_shipped_kb_keeps_one_id_for_romanised_variants_with_the_others_as_aliases():
    kb = KnowledgeBase.load()
    for kept, dropped, spelling in [("PER.KAZ.kassym-jomart-tokayev", "PER.KAZ.kasymzhomart-tokayev",
                                     "Kasymzhomart Tokayev"),
                                    ("PER.ERI.isaias-afwerki", "PER.ERI.isaias-afewerki", "Isaias Afewerki")]:
        assert dropped not in kb.actors
        assert [a.id for a in kb.lookup(spelling)] == [kept]
