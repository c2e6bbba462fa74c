"""The commands the CLI suggests ("next: …") can be typed as printed: `cablegram` only when that name on
PATH is this script, else the path the user started it by (e.g. .venv/bin/cablegram, not activated)."""

from __future__ import annotations

import os
import sys

from cablegram.cli.common import program_name


def _script(folder, name="cablegram"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_a_venv_script_not_on_path_is_named_by_its_relative_path(tmp_path, monkeypatch):
    script = _script(tmp_path / ".venv" / "bin")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(script), "demo"])
    monkeypatch.setenv("PATH", str(tmp_path / "elsewhere"))
    assert program_name() == os.path.join(".venv", "bin", "cablegram")


def test_the_script_on_path_is_plain_cablegram(tmp_path, monkeypatch):
    script = _script(tmp_path / "bin")
    monkeypatch.setattr(sys, "argv", [str(script), "demo"])
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert program_name() == "cablegram"


def test_another_cablegram_on_path_does_not_hide_this_one(tmp_path, monkeypatch):
    mine = _script(tmp_path / "project" / ".venv" / "bin")
    _script(tmp_path / "other")
    monkeypatch.chdir(tmp_path / "project")
    monkeypatch.setattr(sys, "argv", [str(mine)])
    monkeypatch.setenv("PATH", str(tmp_path / "other"))
    assert program_name() == os.path.join(".venv", "bin", "cablegram")


def test_python_m_or_tests_fall_back_to_the_command_name(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/pytest"])
    assert program_name() == "cablegram"
