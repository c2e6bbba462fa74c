"""`cablegram show DOC` takes `-f/--format` as the README says every listing does (newuser34).

The README lists the commands that take `-f/--format` and says `show DOC` lists confident events like `events` does,
but `show DOC -f json` was "No such option: -f" (only `--json` worked). Now `-f json` prints the same JSON as
`--json`, `-f table` the table, and a format it does not know is an invalid_value naming the ones it does. Real
console entry point, real SQLite store."""

from __future__ import annotations

import json

import pytest

from cablegram.cli import main
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample(tmp_path):
    path = str(tmp_path / "show.db")
    with open_store(path) as store:
        docs = build_sample(store)
    return path, docs["article"].id


def test_format_json_is_the_json_flag(sample, capsys):
    db, doc_id = sample
    main(["--db", db, "show", doc_id, "-f", "json"])
    by_format = json.loads(capsys.readouterr().out)
    main(["--db", db, "show", doc_id, "--json"])
    assert by_format == json.loads(capsys.readouterr().out)
    assert by_format["document"]["id"] == doc_id and by_format["events"]


def test_format_table_and_a_refused_format(sample, capsys):
    db, doc_id = sample
    main(["--db", db, "show", doc_id, "--format", "table"])
    out = capsys.readouterr().out
    assert doc_id in out and "Events" in out
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, "show", doc_id, "-f", "yaml"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "error[invalid_value]" in err and "'json'" in err


def test_the_readme_names_show_among_the_commands_with_a_format():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    sentence = readme[readme.index("Every listing"):readme.index("takes `-f/--format`")]
    assert "`show DOC`" in sentence
