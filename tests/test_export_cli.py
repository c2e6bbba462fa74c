"""`cablegram export`, `import-events` and `datasette-metadata` through the real Typer app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.store import open_store
from test_export_roundtrip import fill_store


def test_export_then_import_events_via_cli(tmp_path):
    db, other = tmp_path / "a.db", tmp_path / "b.db"
    with open_store(str(db)) as store:
        fill_store(store)
    runner = CliRunner()
    out = tmp_path / "events.plover.jsonl"
    # By default only the confident events (as listings show them); --all exports every one.
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "plover", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as store:
        from cablegram.nlp.events import is_confident

        confident = sum(is_confident(e, min_confidence=0.5) for e in store.query_events(limit=100))
    assert 0 < confident < 3 and f"wrote {confident} events rows" in result.output
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "plover", "--all", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 3 events rows" in result.output
    result = runner.invoke(app, ["--db", str(other), "import-events", str(out), "--format", "plover"])
    assert result.exit_code == 0, result.output
    assert "imported 3 events into 2 new and 0 existing documents" in result.output
    with open_store(str(other)) as fresh:
        assert fresh.counts()["events"] == 3


def test_export_csv_to_stdout_and_errors(tmp_path):
    db = tmp_path / "a.db"
    with open_store(str(db)) as store:
        fill_store(store)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "csv", "--table", "actors"])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines[0].startswith("id,name,type,country,aliases") and len(lines) == 4
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "parquet"])
    assert result.exit_code != 0  # the error reaches the user, not a file


def test_datasette_metadata_command(tmp_path):
    db = tmp_path / "events.db"
    with open_store(str(db)):
        pass
    result = CliRunner().invoke(app, ["--db", str(db), "datasette-metadata"])
    assert result.exit_code == 0, result.output
    meta = json.loads((tmp_path / "events.metadata.json").read_text(encoding="utf-8"))
    assert "events_by_actor_pair" in meta["databases"]["events"]["queries"]


def test_confident_export_needs_real_actor_ids_not_raw_text(tmp_path):
    """A name nobody resolved is kept as raw text in the actor slot; the confident export (the default)
    leaves such events out, keeps state codes and ids the user put in the store's actors table."""
    from cablegram.records import Actor, Analysis, Document, Event

    db = tmp_path / "a.db"
    with open_store(str(db)) as store:
        doc = Document(text="Placeholder text of a fictional readout about two made-up states.", language="en",
                       title="Fictional readout", publisher="Example News", published_at="2031-05-01")
        store.add_document(doc)
        store.upsert_actors([Actor(id="harbour-guild", name="Harbour Guild", type="organisation")])
        common = dict(doc_id=doc.id, type="CONSULT", trigger="met", confidence=0.9)
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 10]], language="en", pipeline_version="test-1",
                                     events=[Event(sentence_index=0, sentence="a", source_actor="XNL", target_actor="XSM", **common),
                                             Event(sentence_index=1, sentence="b", source_actor="XNL",
                                                   target_actor="Kurdish fighters", **common),
                                             Event(sentence_index=2, sentence="c", source_actor="harbour-guild",
                                                   target_actor="XSM", **common)]))
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["--db", str(db), "export", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 2 events rows" in result.output
    text = out.read_text(encoding="utf-8")
    assert "Kurdish fighters" not in text and "harbour-guild" in text
    result = CliRunner().invoke(app, ["--db", str(db), "export", "--format", "csv", "--all", "--out", str(out)])
    assert "wrote 3 events rows" in result.output and "Kurdish fighters" in out.read_text(encoding="utf-8")


def test_claims_export_follows_the_listing_default(tmp_path):
    """Sentences without a claimant (kind none) are hidden by `cablegram claims` and /api/claims by default;
    the claims export leaves them out the same way, and `--all` exports every stored claim."""
    from cablegram.records import Analysis, Claim, Document
    from cablegram.store.readmodel import list_claims

    db = tmp_path / "c.db"
    with open_store(str(db)) as store:
        doc = Document(text="An invented note about two invented ministries and what their staff said.", language="en",
                       title="Invented note", publisher="Example News", published_at="2031-06-02")
        store.add_document(doc)
        claims = [Claim(doc_id=doc.id, sentence_index=0, sentence="The ministry said the talks went well.",
                        claimant_kind="organisation", claimant_text="The ministry", cue="said"),
                  Claim(doc_id=doc.id, sentence_index=1, sentence="Officials said more talks are planned.",
                        claimant_kind="anonymous", claimant_text="Officials", cue="said"),
                  Claim(doc_id=doc.id, sentence_index=2, sentence="Talks are planned for next week.")]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 10]], language="en", pipeline_version="test-1",
                                     claims=claims))
        listed = list_claims(store, limit=100)
    assert len(listed) == 2
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(app, ["--db", str(db), "export", "-t", "claims", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {len(listed)} claims rows" in result.output
    assert "Talks are planned for next week." not in out.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(db), "export", "-t", "claims", "--format", "csv", "--all",
                                      "--out", str(out)])
    assert "wrote 3 claims rows" in result.output and "Talks are planned" in out.read_text(encoding="utf-8")
