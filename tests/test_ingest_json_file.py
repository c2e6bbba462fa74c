"""`.json` files are ingested as records (one object, or an array of objects), not as plain text."""

from __future__ import annotations

import json
from pathlib import Path

from cablegram.cli import main
from cablegram.ingest.sources import read_path
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.records import Document
from cablegram.store import open_store


def _run(*args: str) -> int:
    try:
        main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def test_a_saved_readout_object_keeps_its_fields_and_can_be_primary(tmp_path: Path):
    readout = tmp_path / "readout.json"
    readout.write_text(json.dumps({"title": "Call between two fictional ministers", "date": "2031-02-03",
                                   "publisher": "Ministry of Foreign Affairs of Norland", "url": "https://mfa.example/r1",
                                   "text": "The minister of Norland spoke with her Sudmark counterpart by phone.",
                                   "text_note": "written for this test"}), encoding="utf-8")
    db = tmp_path / "c.db"
    assert _run("--db", str(db), "ingest", str(readout), "--primary") == 0
    with open_store(str(db)) as store:
        [doc] = list(store.iter_documents())
    assert doc.text.startswith("The minister of Norland") and "{" not in doc.text
    assert (doc.title, doc.publisher, doc.published_at, doc.is_primary) == (
        "Call between two fictional ministers", "Ministry of Foreign Affairs of Norland", "2031-02-03", True)
    assert doc.meta["format"] == "json" and doc.meta["text_note"] == "written for this test"


def test_an_array_reads_every_object_and_names_the_bad_item(tmp_path: Path):
    path = tmp_path / "notes.json"
    path.write_text(json.dumps([{"text": "First fictional note about a border crossing."}, "stray",
                                {"headline": "no body"}, {"body": "Second fictional note, its text under body."}]),
                    encoding="utf-8")
    out = list(read_path(path, Settings(db="unused")))
    docs = [d for d in out if isinstance(d, Document)]
    errors = [e for e in out if isinstance(e, InputError)]
    assert [d.text[:6] for d in docs] == ["First ", "Second"]
    assert [(e.code, e.source) for e in errors] == [("invalid_record", f"{path}:2"), ("invalid_record", f"{path}:3")]


def test_a_broken_json_file_is_one_clear_error(tmp_path: Path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"text": "unfinished', encoding="utf-8")
    assert _run("--db", str(tmp_path / "c.db"), "ingest", str(path)) == 1
    err = capsys.readouterr().err
    assert "error[invalid_json]: " in err and "broken.json" in err and ".jsonl for one object per line" in err
