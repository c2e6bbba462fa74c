"""A yes/no filter given a word that is not yes or no is refused by name (newuser34).

`claims --hedged=maybe` said "Option '--hedged' does not take a value" and `claims --hedged perhaps` said "Got
unexpected extra argument(s) (perhaps)", though the README tells users both forms take the API's true/false; and
`documents --primary true` (the spaced form `claims --hedged true` accepts) was an "unexpected extra argument".
Now the spaced form works for `documents --primary` too (it takes no paths, unlike `ingest --primary`), and a word
that is not yes or no is one `invalid_value` error naming the flag, the word and the forms that work, exit 2.
Through the real console entry point on a real SQLite store."""

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


def listing(capsys, db, *args):
    main(["--db", db, *args, "-f", "json"])
    return json.loads(capsys.readouterr().out)


def refused(capsys, *argv):
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    return stop.value.code, capsys.readouterr().err


@pytest.mark.parametrize("words", [("claims", "--hedged=somewhat"), ("claims", "--hedged", "unclear"),
                                   ("documents", "--primary=sometimes"), ("documents", "--primary", "either")])
def test_a_word_that_is_not_yes_or_no_is_named_with_the_forms_that_work(sample_db, capsys, words):
    code, err = refused(capsys, "--db", sample_db, *words)
    flag = words[1].split("=")[0]
    word = words[-1].split("=")[-1]
    assert code == 2
    assert err.startswith("error[invalid_value]") and f"'{word}' is not yes or no" in err
    assert f"{flag}=true" in err and "does not take a value" not in err and "unexpected extra" not in err
    assert "Traceback" not in err


def test_documents_primary_takes_the_spaced_value_too(sample_db, capsys):
    primary = listing(capsys, sample_db, "documents", "--primary")
    others = listing(capsys, sample_db, "documents", "--not-primary")
    assert [d["is_primary"] for d in primary] == [True] and others and not any(d["is_primary"] for d in others)
    assert listing(capsys, sample_db, "documents", "--primary", "yes") == primary
    assert listing(capsys, sample_db, "documents", "--primary", "off") == others


def test_ingest_primary_still_takes_paths_after_it(tmp_path, capsys):
    # `ingest --primary yes` ingests a file named "yes": the spaced value is only read where no path can follow.
    assert api_boolean_values(["ingest", "--primary", "yes"]) == ["ingest", "--primary", "yes"]
    note = tmp_path / "yes"
    note.write_text("The port council of Vessany approved two new ferry berths on Thursday after a long debate.\n",
                    encoding="utf-8")
    db = str(tmp_path / "ingest.db")
    main(["--db", db, "ingest", "--primary", str(note)])
    capsys.readouterr()
    assert [d["is_primary"] for d in listing(capsys, db, "documents")] == [True]


def test_the_command_word_is_found_after_the_global_db_option():
    # --db's value is not the command, whatever it is called
    assert api_boolean_values(["--db", "claims", "documents", "--primary", "no"]) == ["--db", "claims", "documents",
                                                                                       "--not-primary"]
    # a command without the flag is left to Click ("No such option")
    assert api_boolean_values(["events", "--hedged=maybe"]) == ["events", "--hedged=maybe"]
