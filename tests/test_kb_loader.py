"""The KB file format: round trip, validation with file:line errors, merging and user files."""

import json

import pytest

from cablegram.errors import InputError, NotFoundError
from cablegram.kb import KnowledgeBase, append_actor, make_role, read_actors, shipped_paths, write_actors
from cablegram.records import Actor


def test_round_trip(tmp_path):
    actors = [
        Actor(id="person:mira-tovald", name="Mira Tovald", type="person", country="EST", aliases=["M. Tovald"],
              roles=[make_role("Minister of Fictional Affairs", "foreign_minister", "EST", "2024-01-02", "2025-02-03", "test")]),
        Actor(id="IGO.TESTORG", name="Test Organisation", type="organisation", aliases=["TORG"]),
    ]
    path = tmp_path / "a.jsonl"
    assert write_actors(path, actors) == 2
    back = list(read_actors(path))
    assert [a.to_dict() for a in back] == [a.to_dict() for a in actors]


@pytest.mark.parametrize("line,words", [
    ("{not json", "invalid JSON"),
    ('{"id": "x"}', "'name'"),
    ('{"id": "x", "name": "X", "type": "planet"}', "type"),
    ('{"id": "x", "name": "X", "roles": [{"title": "T", "start": "May 2020"}]}', "ISO date"),
    ('{"id": "x", "name": "X", "roles": [{"title": "T", "start": "2024-01-01", "end": "2023-01-01"}]}', "ends before"),
    ('["a list"]', "JSON object"),
])
def test_bad_line_names_file_and_line(tmp_path, line, words):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "name": "Fine"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_actors(path))
    assert err.value.source.startswith(f"{path}:3")
    assert words in str(err.value)
    assert err.value.hint


def test_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError):
        KnowledgeBase.load([tmp_path / "nope.jsonl"], shipped=False)


def test_later_file_closes_open_role_and_adds_aliases(tmp_path):
    first = tmp_path / "snapshot.jsonl"
    first.write_text(json.dumps({"id": "person:ana-ruvik", "name": "Ana Ruvik", "country": "EST", "roles": [
        {"title": "Foreign Minister", "role": "foreign_minister", "country": "EST", "start": "2021-03-01"}]}) + "\n")
    second = tmp_path / "fix.jsonl"
    append_actor(second, Actor(id="person:ana-ruvik", name="Ana Ruvik", aliases=["Anna Ruvik"], roles=[
        make_role("Foreign Minister", "foreign_minister", "EST", "2021-03-01", "2023-06-30", "correction")]))
    kb = KnowledgeBase.load([first, second], shipped=False)
    actor = kb.get("person:ana-ruvik")
    assert len(actor.roles) == 1 and actor.roles[0].end == "2023-06-30"
    assert kb.holders("foreign_minister", "EST", "2022-01-01")[0][0].id == "person:ana-ruvik"
    assert kb.holders("foreign_minister", "EST", "2024-01-01") == []
    assert [a.id for a in kb.lookup("Anna Ruvik")] == ["person:ana-ruvik"]
    with pytest.raises(NotFoundError):
        kb.get("person:nobody")


def test_shipped_files_are_valid_and_small():
    paths = shipped_paths()
    assert {p.name for p in paths} >= {"states.jsonl", "organisations.jsonl", "people.jsonl", "curated_people.jsonl"}
    assert sum(p.stat().st_size for p in paths) < 8_000_000
    for path in paths:  # full validation of every line, as a user file would get
        assert sum(1 for _ in read_actors(path)) > 0


def test_user_file_extends_shipped_kb(tmp_path):
    user = tmp_path / "mine.jsonl"
    append_actor(user, Actor(id="person:tarvo-lind", name="Tarvo Lind", country="EST", aliases=["Tarvo Lindt"]))
    kb = KnowledgeBase.load([user])
    assert [a.id for a in kb.lookup("Tarvo Lindt")] == ["person:tarvo-lind"]
    assert kb.lookup("Ukraine")[0].id == "UKR"
