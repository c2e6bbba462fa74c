"""`cablegram documents` and GET /api/documents name each document's quality flags (newuser34).

`cablegram ingest` said "flagged: unparsed_date 2 (… see `cablegram status` …)" and `status` counted the flags, but
no listing said which documents carried them: `documents` (table, JSON, CSV) and /api/documents left `quality`
out, and `show DOC` does not print it. Now every documents row has `quality` (the flag names, `[]` for none), the
table shows a flags column when a listed document has one, and the ingest line says `cablegram documents` names
them. Through the real console entry point on a real SQLite store, and a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import httpx
from live_api import live_api

from cablegram.cli import main
from cablegram.config import Settings

RECORDS = [
    {"title": "Dredging plan", "date": "2025-04-31",
     "text": "The river board of Antel approved a dredging plan for the lower canal at its spring session."},
    {"title": "Ferry timetable", "date": "sometime in spring",
     "text": "Two coastal towns of Merrow agreed a shared ferry timetable after months of talks."},
    {"title": "Grain silo", "date": "2025-04-03",
     "text": "A new grain silo opened outside the port of Antel, the regional chamber of commerce announced."},
]


def _ingest(tmp_path, capsys) -> tuple[str, str]:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = str(tmp_path / "flags.db")
    main(["--db", db, "ingest", str(path)])
    return db, capsys.readouterr().out


def test_documents_listing_names_the_flags(tmp_path, capsys):
    db, line = _ingest(tmp_path, capsys)
    assert "flagged: unparsed_date 2" in line and "`cablegram documents` names them" in line

    main(["--db", db, "documents", "-f", "json"])
    rows = {r["title"]: r["quality"] for r in json.loads(capsys.readouterr().out)}
    assert rows == {"Dredging plan": ["unparsed_date"], "Ferry timetable": ["unparsed_date"], "Grain silo": []}

    main(["--db", db, "documents", "-f", "csv"])
    by_title = {r["title"]: json.loads(r["quality"]) for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert by_title == rows

    main(["--db", db, "documents"])
    table = capsys.readouterr().out
    assert "flags" in table
    flagged_lines = [ln for ln in table.splitlines() if "unparsed_date" in ln]
    assert len(flagged_lines) == 2 and not any("Grain silo" in ln for ln in flagged_lines)


def test_no_flags_column_when_no_listed_document_has_one(tmp_path, capsys):
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps(RECORDS[2]) + "\n", encoding="utf-8")
    db = str(tmp_path / "dated.db")
    main(["--db", db, "ingest", str(path)])
    assert "flagged" not in capsys.readouterr().out
    main(["--db", db, "documents", "-f", "json"])
    assert [r["quality"] for r in json.loads(capsys.readouterr().out)] == [[]]
    main(["--db", db, "documents"])
    table = capsys.readouterr().out
    assert "Grain silo" in table and "flags" not in table


def test_api_documents_rows_carry_quality(tmp_path, capsys):
    db, _ = _ingest(tmp_path, capsys)
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        resp = client.get("/api/documents")
        assert resp.status_code == 200, resp.text
        items = {r["title"]: r["quality"] for r in resp.json()["items"]}
    assert items == {"Dredging plan": ["unparsed_date"], "Ferry timetable": ["unparsed_date"], "Grain silo": []}


def test_show_names_the_flags_and_says_when_they_hold_the_document_back(tmp_path, capsys):
    db, _ = _ingest(tmp_path, capsys)
    stub = tmp_path / "stub.txt"
    stub.write_text("Quay closed.\n", encoding="utf-8")
    main(["--db", db, "ingest", str(stub)])
    capsys.readouterr()
    main(["--db", db, "documents", "-f", "json"])
    ids = {(r["title"] or ""): (r["id"], r["quality"]) for r in json.loads(capsys.readouterr().out)}
    held_id, held_flags = next(v for k, v in ids.items() if "short_text" in v[1])

    main(["--db", db, "show", ids["Ferry timetable"][0]])
    shown = capsys.readouterr().out
    assert "quality flags: unparsed_date" in shown and "held back" not in shown
    assert "(not processed yet: run `cablegram process`)" in shown

    main(["--db", db, "show", held_id])
    shown = capsys.readouterr().out
    assert f"quality flags: {', '.join(held_flags)} (held back: `cablegram process --include-flagged`" in shown
    assert "(not processed yet: run `cablegram process --include-flagged`)" in shown

    main(["--db", db, "show", ids["Grain silo"][0]])
    assert "quality flags" not in capsys.readouterr().out
