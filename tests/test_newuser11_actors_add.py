"""`actors add` checks its options before writing (newuser11): --country XXXX and --start 2024-13-01 were written
to the actor file, and a bad --role or an empty name was refused with a hint about JSON lines. Real CLI, real
actor file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cablegram.cli import app


def _add(db, *args):
    return CliRunner().invoke(app, ["--db", str(db), "actors", "add", *args], env={"COLUMNS": "250"})


@pytest.mark.parametrize("args,named", [
    (["Ida Example", "--country", "XXXX"], "--country 'XXXX'"),
    (["Ida Example", "--country", "POL", "--title", "Minister", "--start", "2024-13-01"], "--start '2024-13-01'"),
    (["Ida Example", "--country", "POL", "--title", "Minister", "--start", "2024-02-30"], "--start '2024-02-30'"),
    (["Ida Example", "--title", "Minister", "--end", "31/12/2024"], "--end '31/12/2024'"),
    (["Ida Example", "--title", "Minister", "--start", "2024-01-01", "--end", "2023-06-01"], "--end 2023-06-01 is before"),
    (["Ida Example", "--title", "Minister of Culture", "--role", "culture_minister"], "--role 'culture_minister'"),
    (["  ", "--country", "POL"], "the actor's NAME is empty"),
])
def test_a_bad_option_is_refused_by_name_and_nothing_is_written(tmp_path, args, named):
    db = tmp_path / "a.db"
    result = _add(db, *args)
    assert result.exit_code == 1, result.output
    text = " ".join(result.output.split())
    assert f"error[invalid_value]: {named}" in text and "JSON object" not in text
    assert not (tmp_path / "a.db.actors.jsonl").exists()


def test_good_options_are_written_with_the_country_upper_cased(tmp_path):
    db = tmp_path / "a.db"
    result = _add(db, "Ida Example", "--country", "pol", "--title", "Minister of Culture", "--start", "2024",
                  "--end", "2025-06")
    assert result.exit_code == 0, result.output
    (line,) = (tmp_path / "a.db.actors.jsonl").read_text(encoding="utf-8").splitlines()
    actor = json.loads(line)
    assert actor["country"] == "POL" and actor["roles"][0]["country"] == "POL"
    assert (actor["roles"][0]["start"], actor["roles"][0]["end"]) == ("2024", "2025-06")
