"""A new user's findings on exports (newuser10): a rejected event is left out of every export format, also
with `--all`, while `events --all` lists it marked; `events -f csv` carries the stored `date`. Real store,
real CLI through Typer's runner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample(tmp_path):
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        docs = build_sample(store)
        threat = store.query_events(doc_id=docs["threat"].id, type="THREATEN", limit=5)[0]
    return path, threat["id"]


def cli(db, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def _reject(db, event_id: str) -> None:
    cli(db, "corrections", "add", event_id, "reject", "--reason", "the sentence reports a warning, not a threat")


@pytest.mark.parametrize("fmt", ["plover", "csv", "jsonl"])
@pytest.mark.parametrize("every", [False, True])
def test_a_rejected_event_is_left_out_of_every_export(sample, tmp_path, fmt, every):
    db, rejected = sample
    out = tmp_path / f"events.{fmt}"
    before = cli(db, "export", "-f", fmt, "--out", str(out), *(["--all"] if every else []))
    assert rejected in out.read_text()
    _reject(db, rejected)
    after = cli(db, "export", "-f", fmt, "--out", str(out), *(["--all"] if every else []))
    assert rejected not in out.read_text()
    n_before, n_after = (int(text.split("wrote ")[1].split()[0]) for text in (before, after))
    assert n_after == n_before - 1


def test_plover_export_carries_a_corrected_type_and_date(sample, tmp_path):
    db, event_id = sample
    cli(db, "corrections", "add", event_id, "correct", "--field", "type", "--value", "ACCUSE", "--reason", "an accusation")
    cli(db, "corrections", "add", event_id, "correct", "--field", "date", "--value", "2024-03-03", "--reason", "the day before")
    out = tmp_path / "events.jsonl"
    cli(db, "export", "-f", "plover", "--all", "--out", str(out))
    record = next(json.loads(line) for line in out.read_text().splitlines() if json.loads(line)["id"] == event_id)
    assert record["event"] == ["ACCUSE"]
    assert (record["date"], record["date_source"]) == ("2024-03-03", "correction")


def test_listing_all_shows_the_rejected_event_marked_and_the_help_texts_say_the_rule(sample):
    db, rejected = sample
    _reject(db, rejected)
    rows = json.loads(cli(db, "events", "--all", "-f", "json"))
    assert [r["correction"] for r in rows if r["id"] == rejected] == ["rejected"]
    assert rejected not in cli(db, "events", "-f", "json")
    export_help = " ".join(cli(db, "export", "--help").split())
    assert "rejected" in export_help and "never exported" in export_help


def test_events_csv_has_the_stored_date_next_to_the_sort_date(tmp_path):
    from dataclasses import replace

    db = tmp_path / "m.db"
    with open_store(str(db)) as store:
        docs = build_sample(store)
        analysis = store.get_analysis(docs["threat"].id)
        monthly = [replace(e, date="2024-02") if e.type == "THREATEN" else e for e in analysis.events]
        store.save_analysis(replace(analysis, events=monthly))
    rows = list(csv.DictReader(io.StringIO(cli(db, "events", "--all", "-f", "csv"))))
    threat = next(r for r in rows if r["type"] == "THREATEN")
    assert threat["date"] == "2024-02"
    assert threat["sort_date"].startswith("2024-02")
    assert list(rows[0]).index("date") == list(rows[0]).index("sort_date") - 1


def test_dashboard_downloads_leave_rejected_rows_out_also_with_show_all(sample):
    import httpx

    from cablegram.config import Settings
    from live_api import live_api

    db, rejected = sample
    _reject(db, rejected)
    with live_api(Settings(db=str(db))) as base:
        page = httpx.get(f"{base}/", params={"all": "1"}).text
        files = [httpx.get(f"{base}/download/events.{fmt}", params={"all": "1"}).text for fmt in ("csv", "jsonl")]
        default = httpx.get(f"{base}/download/events.csv").text
    assert rejected in page  # the page lists it under "show all" …
    assert all(rejected not in text for text in files + [default])  # … no file holds it
    assert len(list(csv.DictReader(io.StringIO(files[0])))) == len(files[1].splitlines()) >= 4
