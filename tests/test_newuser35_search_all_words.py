"""`cablegram search` says that every word is required when a query of several words finds nothing (newuser35).

The search needs every word of the query (FTS5 with each word quoted; PostgreSQL plainto_tsquery), so `search "aid OR
tanks"` looked for documents holding "aid", "or" and "tanks" and printed only "no documents match 'aid OR tanks'", which
reads as "neither word occurs". The help now says every word is required and OR / NOT are words; an empty answer to
several words says so, naming an OR / AND / NOT the user meant as an operator. A one-word miss and every hit print as
before. Real files through the console entry point into a real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.cli import main

TEXTS = {"grain.txt": "Grain talks\n\nLorvan shipped grain to the port of Essing on Thursday.\n",
         "drones.txt": "Drone sale\n\nMerova sold four drones to the coastguard of Pellin.\n"}


@pytest.fixture()
def db(tmp_path, capsys):
    path = str(tmp_path / "search.db")
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    main(["--db", path, "ingest", *(str(tmp_path / name) for name in TEXTS)])
    capsys.readouterr()
    return path


def _search(capsys, db, query):
    main(["--db", db, "search", query])
    return capsys.readouterr().out


def test_an_operator_word_is_named(db, capsys):
    out = _search(capsys, db, "grain OR drones")
    assert "no documents match 'grain OR drones'" in out
    assert "every word is required and 'OR' is read as a word, not an operator" in out
    assert "'NOT' is read as a word" in _search(capsys, db, "drones NOT grain")


def test_several_words_without_a_hit_say_all_are_required(db, capsys):
    out = _search(capsys, db, "grain drones")
    assert "no documents match 'grain drones' (every word is required: try fewer words)" in out


def test_one_word_misses_and_hits_are_unchanged(db, capsys):
    assert _search(capsys, db, "zeppelin").strip() == "no documents match 'zeppelin'"
    out = _search(capsys, db, "grain")
    assert "Grain talks" in out and "required" not in out
    out = _search(capsys, db, "sold drones")  # several words, all in one document: a hit, no note
    assert "Drone sale" in out and "required" not in out


def test_the_help_says_how_words_combine(capsys):
    try:
        main(["search", "--help"])
    except SystemExit as done:  # click may end --help with exit code 0
        assert not done.code
    help_text = " ".join(capsys.readouterr().out.split())
    assert "every word of QUERY is required" in help_text
