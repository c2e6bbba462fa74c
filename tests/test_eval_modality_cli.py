"""benchmarks/eval_modality.py: a set named with ``--set`` that cannot be scored ends with a message and exit 2
(before, an absent file gave an empty report and exit 0)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def eval_modality():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import eval_modality
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return eval_modality


def test_named_set_with_absent_file_exits_2(eval_modality, monkeypatch, tmp_path, capsys):
    absent = tmp_path / "modality_fresh11.jsonl"
    monkeypatch.setitem(eval_modality.SETS, "fresh11", absent)
    assert eval_modality.main(["--set", "fresh11", "--part", "final"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"set fresh11: {absent} not found" in captured.err


def test_named_set_needing_data_folder_without_it_exits_2(eval_modality, capsys):
    assert eval_modality.SETS["fresh5"].is_file()
    assert eval_modality.main(["--set", "fresh5"]) == 2
    err = capsys.readouterr().err
    assert "set fresh5" in err and "--data" in err


def test_scorable_sets_pass_the_check(eval_modality, tmp_path):
    # a set that holds its own sentences needs no data folder; one that points into it needs an existing folder
    assert eval_modality.unscorable("fresh11", None) is None
    assert eval_modality.unscorable("fresh5", tmp_path) is None
    assert eval_modality.unscorable("fresh5", tmp_path / "missing") is not None
    assert eval_modality.unscorable("all", None) is None
    assert eval_modality.unscorable("own", None) is None
