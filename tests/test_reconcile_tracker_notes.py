"""Tracker rows are never dropped or emptied silently by `commitments reconcile`: a row without a donor is left out
and named by line, an amount that is no number ("four million") and a day not in the calendar ("2025-04-31") are
named as read in part; a .json file holding one JSON array (pretty-printed) is read as rows. Real reader, real entry
point and SQLite store; the tracker files are written here."""

from __future__ import annotations

import json

import pytest

from cablegram.cli import main
from cablegram.ledger.reconcile import read_tracker

_CSV = ("id,donor,announced,category,currency,amount_as_given\n"
        "A1,Spain,2025-06-03,military,EUR,four million\n"
        "A2,,2025-06-03,military,EUR,6\n"
        "A3,Spain,2025-04-31,military,EUR,7000000\n"
        "A4,Spain,2025-06-09,humanitarian,EUR,2000000\n")


@pytest.fixture()
def tracker_csv(tmp_path):
    path = tmp_path / "tracker.csv"
    path.write_text(_CSV, encoding="utf-8")
    return path


def test_rows_left_out_or_read_in_part_are_named_by_line(tracker_csv):
    notes: list[tuple[int, str]] = []
    rows = read_tracker(tracker_csv, notes=notes)
    assert [r.id for r in rows] == ["A1", "A3", "A4"]
    assert [line for line, _ in notes] == [2, 3, 4]
    assert "four million" in notes[0][1] and "left out" in notes[1][1] and "2025-04-31" in notes[2][1]
    assert rows[0].amount is None and rows[1].month == "2025-04"


def test_a_clean_tracker_gives_no_notes(tmp_path):
    path = tmp_path / "clean.csv"
    path.write_text(_CSV.splitlines()[0] + "\n" + _CSV.splitlines()[-1] + "\n", encoding="utf-8")
    notes: list[tuple[int, str]] = []
    assert [r.id for r in read_tracker(path, notes=notes)] == ["A4"] and notes == []


def test_a_json_array_is_read_as_rows(tmp_path):
    path = tmp_path / "tracker.json"
    path.write_text(json.dumps([{"id": "J1", "donor": "Spain", "announced": "2025-05-12", "category": "military",
                                 "currency": "EUR", "amount_as_given": 3000000}], indent=2), encoding="utf-8")
    [row] = read_tracker(path)
    assert (row.id, row.donor, row.month, row.amount) == ("J1", "Spain", "2025-05", 3000000.0)


def test_the_cli_names_what_it_left_out(tmp_path, tracker_csv, capsys):
    main(["--db", str(tmp_path / "n.db"), "commitments", "reconcile", "--tracker", str(tracker_csv)])
    err = capsys.readouterr().err
    assert "line 3: no donor: left out" in err
    assert "line 2: amount 'four million' is not a number" in err
    assert "3 tracker row(s) read, 1 left out, 2 read in part" in err


def test_a_jsonl_trackers_notes_name_the_file_line_and_a_stray_value(tmp_path):
    """Blank lines and values that are no object do not shift the numbers, and such a value is named, not dropped."""
    good = {"donor": "Spain", "announced": "2025-06-03", "currency": "EUR", "amount_as_given": 5}
    path = tmp_path / "tracker.jsonl"
    path.write_text("\n".join([json.dumps(good), "", json.dumps([1, 2]), json.dumps({**good, "donor": ""})]) + "\n",
                    encoding="utf-8")
    notes: list[tuple[int, str]] = []
    rows = read_tracker(path, notes=notes)
    assert len(rows) == 1
    assert notes == [(3, "not a JSON object: left out"), (4, "no donor: left out")]


def test_a_json_arrays_notes_name_the_item(tmp_path):
    good = {"donor": "Spain", "announced": "2025-06-03", "currency": "EUR", "amount_as_given": 5}
    path = tmp_path / "tracker.json"
    path.write_text(json.dumps([good, "stray string", {**good, "donor": ""}], indent=2), encoding="utf-8")
    notes: list[tuple[int, str]] = []
    rows = read_tracker(path, notes=notes)
    assert len(rows) == 1 and rows[0].line == 1
    assert notes == [(2, "not a JSON object: left out"), (3, "no donor: left out")]
