"""`commitments reconcile --month` is checked like `commitments list|summary --month`: a month that is not in the
calendar is refused with invalid_value and exit 1 (it listed an empty table before), a negative --tolerance is a
usage error. Real entry point, real SQLite store; the tracker file is one written here."""

from __future__ import annotations

import json

import pytest

from cablegram.cli import main


@pytest.fixture()
def tracker(tmp_path):
    path = tmp_path / "tracker.jsonl"
    path.write_text(json.dumps({"id": "T-1", "donor": "Norway", "recipient": "Ukraine", "date": "2024-02-10",
                                "aid_type_general": "Humanitarian", "amount": 5.0, "currency": "EUR"}) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("month", ["2023-13", "2024-00", "24-03", "March"])
def test_a_month_not_in_the_calendar_is_refused(tmp_path, tracker, capsys, month):
    with pytest.raises(SystemExit) as done:
        main(["--db", str(tmp_path / "n.db"), "commitments", "reconcile", "--tracker", str(tracker), "--month", month])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "error[invalid_value]" in err and "--month" in err and month in err


def test_a_negative_tolerance_is_a_usage_error(tmp_path, tracker, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--db", str(tmp_path / "n.db"), "commitments", "reconcile", "--tracker", str(tracker), "--tolerance", "-0.5"])
    assert done.value.code == 2
    assert "--tolerance" in capsys.readouterr().err
