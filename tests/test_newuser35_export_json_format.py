"""`cablegram export -f json` says what to use instead (newuser35).

The listings all take `-f json` (one JSON array), so `cablegram export -f json -t claims` is the first thing a user
tries; it was refused with "Choose one of: csv, jsonl, parquet, plover" and no word on which of those is JSON. The
refusal of 'json' now names JSON Lines and the listings' JSON array; other unknown formats are refused as before, and
jsonl exports as before. Real SQLite store, real console entry point."""

from __future__ import annotations

import json

import pytest
from test_api_sample import build_sample

from cablegram.cli import main
from cablegram.store import open_store


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "export_json.db")
    with open_store(path) as store:
        build_sample(store)
    return path


def _refused(capsys, db, fmt):
    with pytest.raises(SystemExit) as done:
        main(["--db", db, "export", "-t", "claims", "-f", fmt])
    captured = capsys.readouterr()
    assert done.value.code == 1
    return captured.err + captured.out


@pytest.mark.parametrize("fmt", ["json", "JSON"])
def test_json_is_pointed_to_jsonl_and_the_listings(db, capsys, fmt):
    text = " ".join(_refused(capsys, db, fmt).split())
    assert "error[unsupported_format]" in text and f"unknown export format '{fmt}'" in text
    assert "-f jsonl" in text and "cablegram events -f json" in text


def test_other_formats_and_jsonl_unchanged(db, capsys, tmp_path):
    text = _refused(capsys, db, "xml")
    assert "Choose one of: csv, jsonl, parquet, plover." in text and "JSON Lines" not in text
    out = tmp_path / "claims.jsonl"
    main(["--db", db, "export", "-t", "claims", "-f", "jsonl", "-o", str(out)])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["id"].startswith("clm_") for r in rows)
