"""Help text and output formats a new user found inconsistent (newuser7), through the real CLI."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.store import open_store
from test_api_sample import build_sample


def _help(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=200, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command,option", [(("events",), "--min-confidence"), (("kb", "audit"), "--as-of"),
                                            (("demo",), "--out"), (("process",), "--workers"),
                                            (("actors", "add"), "--file"), (("kb", "update"), "--out")])
def test_an_option_without_a_fixed_default_says_its_default_without_a_stray_dot(command, option):
    line = next(ln for ln in _help(*command).splitlines() if option in ln)
    assert not re.search(r"\s\.(\s|$)", line.replace("│", " ")), line
    assert "[default:" in line, line


def test_every_option_of_search_has_help():
    line = next(ln for ln in _help("search").splitlines() if "--limit" in ln)
    assert "Most documents" in line


def test_commitments_linked_raw_help_describes_linked_first():
    text = " ".join(_help("commitments", "list").split())
    assert text.index("--linked: one row per ledger entry") < text.index("--raw (default)")


@pytest.fixture()
def sample_db(tmp_path):
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


@pytest.mark.parametrize("command", [("events", "--all"), ("claims", "--all"), ("commitments", "list"),
                                     ("actors", "list"), ("documents",)])
def test_format_json_is_one_array_and_jsonl_one_object_a_line_for_every_listing(sample_db, command):
    def run(*fmt):
        result = CliRunner().invoke(app, ["--db", str(sample_db), *command, *fmt])
        assert result.exit_code == 0, result.output
        return result.output

    array = json.loads(run("-f", "json"))
    assert isinstance(array, list) and array
    assert [json.loads(line) for line in run("-f", "jsonl").splitlines() if line.strip()] == array
