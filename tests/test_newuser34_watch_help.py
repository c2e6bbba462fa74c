"""`cablegram watch --help` says where the sources go and where the --config format is described (newuser34).

A user who typed `cablegram watch inbox/ --once` got "Missing option '--config'", and the help said only "Watch TOML:
sources, interval, rules, webhooks", with no word that the sources live in that file or where its format is. The help
now says both; the pointer is checked against the docs it names, so it cannot go stale unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cablegram.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_watch_help_points_to_the_config_format(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    main(["watch", "--help"])
    text = " ".join(capsys.readouterr().out.replace("│", " ").split())
    assert "listed in the --config file, not on the command line" in text
    named = re.search(r"the format: (docs/[\w.-]+\.md), (\w+)\)", text)
    assert named, text
    page = (DOCS.parent / named.group(1)).read_text(encoding="utf-8")
    assert f"## {named.group(2)}" in page and "[[rules]]" in page and "sources = [" in page


def test_a_source_on_the_command_line_is_a_usage_error_naming_config(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(tmp_path / "w.db"), "watch", str(tmp_path), "--once"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "--config" in err and "Traceback" not in err
