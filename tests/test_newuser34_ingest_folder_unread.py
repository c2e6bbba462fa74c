"""A folder ingest says which files it left unread for their extension (newuser34).

`cablegram ingest folder/` reads files by extension and passed over a .pdf, a .docx or a file without an extension
without a word: "ingested 2, … 0 failed" for a folder of four, so a user could not tell the report or the notes file
never went in. Now the summary line counts them, names their extensions and the ones read, and says what to do;
hidden files stay out of it and a folder of readable files gets no such clause. Real console entry point, real
SQLite store, real files; the Python API's summary lists the paths."""

from __future__ import annotations

import cablegram
from cablegram.cli import main

NOTE = "The irrigation board of Casmere agreed on Tuesday to share water from the upper reservoir with two villages."


def _folder(tmp_path):
    root = tmp_path / "inbox"
    (root / "scans").mkdir(parents=True)
    (root / "note.txt").write_text(NOTE + "\n", encoding="utf-8")
    (root / "scans" / "minutes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (root / "budget.docx").write_bytes(b"PK\x03\x04 not really a workbook")
    (root / "NOTES").write_text("a file without an extension\n", encoding="utf-8")
    (root / ".draft.pdf").write_bytes(b"%PDF-1.4 hidden\n")
    return root


def test_the_summary_counts_and_names_the_unread_files(tmp_path, capsys):
    root = _folder(tmp_path)
    db = str(tmp_path / "inbox.db")
    main(["--db", db, "ingest", str(root)])
    line = capsys.readouterr().out
    assert "ingested 1," in line and "0 failed" in line
    assert "3 files in the folders not read (.docx, .pdf, no extension:" in line
    assert ".txt" in line and "convert them to text" in line

    with cablegram.open_store(db, create=False) as store:
        summary = cablegram.ingest_sources(store, [str(root)])
    assert sorted(p.rsplit("/", 1)[-1] for p in summary.unread) == ["NOTES", "budget.docx", "minutes.pdf"]
    assert summary.duplicates == 1 and summary.ok


def test_a_folder_of_readable_files_says_nothing_more(tmp_path, capsys):
    root = tmp_path / "clean"
    root.mkdir()
    (root / "note.txt").write_text(NOTE + "\n", encoding="utf-8")
    (root / ".hidden.pdf").write_bytes(b"%PDF-1.4\n")
    main(["--db", str(tmp_path / "clean.db"), "ingest", str(root)])
    line = capsys.readouterr().out
    assert "ingested 1," in line and "not read" not in line
