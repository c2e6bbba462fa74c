"""The CLI takes the API's boolean filters as the API writes them (newuser15).

The README lists `--hedged` beside the API's filters, and the API takes `hedged=true`; `cablegram claims --hedged true`
was a usage error ("Got unexpected extra argument(s) (true)") and `--hedged=false` "does not take a value". Now
`--hedged true|false` and `--hedged=…` (yes/no, 1/0, on/off too) are read as `--hedged` / `--not-hedged`, and
`documents --primary=true|false` as `--primary` / `--not-primary`; the flags themselves work as before, and a word
that is not yes or no is still refused. Through the real console entry point on a real SQLite store."""

from __future__ import annotations

import json

import pytest

from cablegram.cli import api_boolean_values, main
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return str(path)


def run(capsys, db, *args):
    main(["--db", db, *args, "-f", "json"])
    return json.loads(capsys.readouterr().out)


def test_hedged_takes_the_apis_true_and_false(sample_db, capsys):
    hedged = run(capsys, sample_db, "claims", "--hedged")
    unhedged = run(capsys, sample_db, "claims", "--not-hedged")
    assert [r["hedges"] for r in hedged] == [["could"]] and unhedged and all(r["hedges"] == [] for r in unhedged)
    for words, expected in ((["--hedged", "true"], hedged), (["--hedged=yes"], hedged), (["--hedged", "1"], hedged),
                            (["--hedged", "false"], unhedged), (["--hedged=False"], unhedged), (["--hedged", "no"], unhedged)):
        assert run(capsys, sample_db, "claims", *words) == expected, words


def test_primary_takes_the_apis_true_and_false(sample_db, capsys):
    primary = run(capsys, sample_db, "documents", "--primary")
    others = run(capsys, sample_db, "documents", "--not-primary")
    assert len(primary) == 1 and len(others) == 2
    assert run(capsys, sample_db, "documents", "--primary=true") == primary
    assert run(capsys, sample_db, "documents", "--primary=false") == others


def test_a_word_that_is_not_yes_or_no_is_still_refused(sample_db, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", sample_db, "claims", "--hedged", "perhaps"])
    assert stop.value.code == 2 and "perhaps" in capsys.readouterr().err


def test_only_the_flag_and_its_value_are_rewritten():
    assert api_boolean_values(["ingest", "--primary", "true"]) == ["ingest", "--primary", "true"]  # a path named true
    assert api_boolean_values(["claims", "--kind", "named", "--hedged", "off"]) == ["claims", "--kind", "named",
                                                                                   "--not-hedged"]
    assert api_boolean_values(["search", "--", "--hedged=true"]) == ["search", "--", "--hedged=true"]


def test_ingest_primary_takes_a_value_too(tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text("The harbour board of Lindmark met on Monday to approve new quay works.\n", encoding="utf-8")
    for value, expected in (("false", False), ("true", True)):
        db = str(tmp_path / f"{value}.db")
        main(["--db", db, "ingest", f"--primary={value}", str(note)])
        capsys.readouterr()
        assert [d["is_primary"] for d in run(capsys, db, "documents")] == [expected]
