"""A date range whose start lies after its end is refused with invalid_value naming both ends, in the CLI and
the API (it listed nothing without saying why); a day inside a month's range still passes. Real SQLite store,
real entry point, real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest
from live_api import live_api

from cablegram.cli import main
from cablegram.config import Settings
from cablegram.store import open_store


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "range.db")
    open_store(path).close()
    return path


def test_cli_refuses_a_reversed_range(db, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--db", db, "events", "--from", "2025-06-10", "--to", "2025-06-01"])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "error[invalid_value]" in err and "--from" in err and "--to '2025-06-01'" in err


@pytest.mark.parametrize("date_from, date_to", [("2025-06-10", "2025-06"), ("2025-06", "2025-06-30"),
                                                 ("2025-06-01", "2025-06-01")])
def test_cli_accepts_ranges_in_order(db, capsys, date_from, date_to):
    main(["--db", db, "events", "--from", date_from, "--to", date_to])  # returns: exit 0
    assert "error" not in capsys.readouterr().err


def test_api_refuses_a_reversed_range(db):
    with live_api(Settings(db=db)) as base:
        bad = httpx.get(f"{base}/api/events", params={"date_from": "2025-07", "date_to": "2025-06-30"}, timeout=60)
        good = httpx.get(f"{base}/api/events", params={"date_from": "2025-06", "date_to": "2025-06-30"}, timeout=60)
    assert bad.status_code == 400, bad.text
    error = bad.json()["error"]
    assert error["code"] == "invalid_value" and "date_from" in error["hint"] and "date_to" in error["hint"]
    assert good.status_code == 200 and good.json()["items"] == []
