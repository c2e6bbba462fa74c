"""`cablegram documents --all-versions` says which row is the superseded version (newuser35).

A text file edited and ingested again is a new version; `documents --all-versions` then listed both with the same
title, date and flags and nothing to tell the old one from the new (only `-f json`'s previous_version, on the newer
row). The table now has a `version` column with --all-versions where a listed document has versions: "superseded"
for the old one, "latest" for the newest, empty for documents with one version. The default listing is unchanged.
Real files through the console entry point into a real SQLite store."""

from __future__ import annotations

import json

from cablegram.cli import main

FIRST = "Talks on the Veltra dam\n\nEngineers from Ostrava and Lindmark met at the Veltra dam on Monday.\n"
OTHER = "Harbour fees\n\nThe port of Sallen raised its harbour fees for cargo ships.\n"


def test_all_versions_marks_superseded_and_latest(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = str(tmp_path / "versions.db")
    story, other = tmp_path / "dam.txt", tmp_path / "fees.txt"
    story.write_text(FIRST, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    main(["--db", db, "ingest", str(story), str(other)])
    story.write_text(FIRST + "The engineers agreed to meet again in March.\n", encoding="utf-8")
    main(["--db", db, "ingest", str(story)])
    capsys.readouterr()
    main(["--db", db, "documents", "-f", "json", "--all-versions"])
    rows = json.loads(capsys.readouterr().out)
    new = next(r for r in rows if r["previous_version"])
    old_id, new_id = new["previous_version"], new["id"]
    fees_id = next(r["id"] for r in rows if r["title"] == "Harbour fees")

    main(["--db", db, "documents", "--all-versions"])
    lines = capsys.readouterr().out.splitlines()
    assert "version" in next(line for line in lines if "title" in line)
    by_id = {i: next(line for line in lines if i in line) for i in (old_id, new_id, fees_id)}
    assert "superseded" in by_id[old_id] and "latest" not in by_id[old_id]
    assert "latest" in by_id[new_id] and "superseded" not in by_id[new_id]
    assert "latest" not in by_id[fees_id] and "superseded" not in by_id[fees_id]

    main(["--db", db, "documents"])  # the default listing: latest versions only, no version column
    out = capsys.readouterr().out
    assert old_id not in out and new_id in out
    assert "version" not in next(line for line in out.splitlines() if "title" in line)


def test_no_version_column_when_nothing_was_versioned(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    db = str(tmp_path / "single.db")
    path = tmp_path / "fees.txt"
    path.write_text(OTHER, encoding="utf-8")
    main(["--db", db, "ingest", str(path)])
    capsys.readouterr()
    main(["--db", db, "documents", "--all-versions"])
    header = next(line for line in capsys.readouterr().out.splitlines() if "title" in line)
    assert "version" not in header
