"""`cablegram trace` names a mistyped document id as a document id, not as a missing file (newuser35).

`trace doc_… --source doc_…` takes stored documents by id; with a wrong id (a typo, an id from another store) it
answered "error[file_not_found]: doc_…: no such file or directory — Check the path", which sends the user looking for
a file. An argument shaped like a document id that is neither stored nor a file now gets error[not_found] naming the
store and the way to list ids; right ids, files and missing file paths answer as before. Real SQLite store, real
console entry point."""

from __future__ import annotations

import json

import pytest

from cablegram.cli import main

READOUT = ("Foreign Minister Aino Kask received Ambassador Pavel Orr of Lettora in Tarvik on Tuesday.\n"
           "They discussed fishing quotas in the northern gulf.\n")
ARTICLE = ("Aino Kask met Lettoran envoy Pavel Orr in Tarvik, the ministry said.\n"
           "They discussed fishing quotas in the northern gulf.\n")


@pytest.fixture()
def stored(tmp_path, capsys):
    db = str(tmp_path / "trace_ids.db")
    (tmp_path / "readout.txt").write_text(READOUT, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    main(["--db", db, "ingest", "--primary", str(tmp_path / "readout.txt")])
    main(["--db", db, "ingest", str(tmp_path / "article.txt")])
    capsys.readouterr()
    main(["--db", db, "documents", "-f", "json"])
    rows = json.loads(capsys.readouterr().out)
    ids = {("readout" if r["is_primary"] else "article"): r["id"] for r in rows}
    return db, ids


def _trace(capsys, db, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "trace", *args])
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


@pytest.mark.parametrize("which", ["source", "article"])
def test_an_unknown_document_id_is_said_to_be_one(stored, capsys, which):
    db, ids = stored
    args = [ids["article"], "--source", "doc_0000aaaa1111bbbb"] if which == "source" else \
        ["doc_0000aaaa1111bbbb", "--source", ids["readout"]]
    code, text = _trace(capsys, db, *args)
    assert code == 1
    assert "error[not_found]" in text and "no document with id 'doc_0000aaaa1111bbbb'" in text
    assert "cablegram documents" in text and "file_not_found" not in text


def test_right_ids_and_missing_files_answer_as_before(stored, capsys, tmp_path):
    db, ids = stored
    main(["--db", db, "trace", ids["article"], "--source", ids["readout"]])
    assert "supported" in capsys.readouterr().out
    code, text = _trace(capsys, db, str(tmp_path / "no_such_article.txt"), "--source", ids["readout"])
    assert code == 1 and "error[file_not_found]" in text and "no_such_article.txt" in text
