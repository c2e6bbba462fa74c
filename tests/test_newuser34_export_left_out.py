"""`cablegram export` says how many rows its precision-first default left out (newuser34).

On a store whose events were all below the confidence floor or lacked a resolved actor, `cablegram export` printed
"wrote 0 events rows (csv)" and nothing else, which reads as an empty store; the listings say "N more events are
hidden … `--all` shows them". Now the export line names the rows `--all` would add, for events, unique events and
claims; with `--all`, or when nothing was left out, the line is as before. Real SQLite store, real console entry
point, the exported file read back."""

from __future__ import annotations

import csv

import pytest

from cablegram.cli import main
from cablegram.records import Analysis, Claim, Document, Event
from cablegram.store import open_store
from test_api_sample import build_sample

HARBOUR = ("Port officials of Calveno reported that a patrol boat may have entered the bay overnight. "
           "A coastguard spokesman said the vessel left before dawn.")


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "left_out.db"
    with open_store(str(path)) as store:
        build_sample(store)  # six confident events, two attributed claims
        doc = Document(text=HARBOUR, title="Patrol boat in the bay", publisher="Coast Gazette",
                       published_at="2024-04-02")
        store.add_document(doc)
        first, second = HARBOUR.split(". ")
        cut = len(first) + 2
        store.save_analysis(Analysis(
            doc_id=doc.id, sentences=[[0, cut - 1], [cut, len(HARBOUR)]], language="en", pipeline_version="test",
            events=[Event(doc.id, 0, first + ".", "ASSAULT", source_actor=None, target_actor="FRD", confidence=0.9,
                          date="2024-04-01"),  # an actor not resolved
                    Event(doc.id, 1, second, "RETREAT", source_actor="RUR", target_actor="FRD", confidence=0.2,
                          date="2024-04-02")],  # below the floor
            claims=[Claim(doc.id, 0, first + ".", "none")]))
    return str(path)


def export(capsys, db, *args):
    main(["--db", db, "export", *args])
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_events_export_names_the_rows_left_out(store_path, tmp_path, capsys):
    target = tmp_path / "events.csv"
    out, _ = export(capsys, store_path, "-o", str(target))
    with open(target, encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == 6
    assert f"wrote 6 events rows to {target} (csv); 2 more events below the confidence floor" in out
    assert "`--all` exports them" in out

    out, _ = export(capsys, store_path, "--all", "-o", str(target))
    with open(target, encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 8
    assert "more" not in out and "wrote 8 events rows" in out


def test_claims_and_unique_exports_to_standard_output_say_it_too(store_path, capsys):
    out, err = export(capsys, store_path, "-t", "claims")
    assert len(list(csv.DictReader(out.splitlines()))) == 2
    assert "wrote 2 claims rows (csv); 1 more claim without a claimant (kind none) left out: `--all` exports it" in err

    _, err = export(capsys, store_path, "--unique")
    assert "more unique events below the confidence floor" in err


def test_nothing_left_out_nothing_said(tmp_path, capsys):
    db = str(tmp_path / "plain.db")
    with open_store(db) as store:
        build_sample(store)
    _, err = export(capsys, db)
    assert err.strip() == "wrote 6 events rows (csv)"
    _, err = export(capsys, db, "-t", "documents")
    assert err.strip() == "wrote 3 documents rows (csv)"
