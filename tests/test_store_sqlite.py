"""The SQLite store on real files: dedup, versions, analyses, FTS, migrations, WAL."""

import sqlite3

import pytest

from cablegram.errors import NotFoundError, StoreError
from cablegram.records import Actor, Analysis, Claim, Document, Event, Mention
from cablegram.store import open_store
from cablegram.store.schema import SCHEMA_VERSION


def test_dedup_and_versions(store):
    a = Document(text="The ministers met in Vienna.", url="http://x.test/a", title="A")
    assert store.add_document(a) == "inserted"
    assert store.add_document(Document(text="The ministers  met in\nVienna.", url="http://x.test/a")) == "duplicate"
    b = Document(text="The ministers met in Vienna on Friday.", url="http://x.test/a")
    assert store.add_document(b) == "new_version"
    assert store.get_document(b.id).previous_version == a.id
    c = Document(text="A third text.", url="http://x.test/a")
    assert store.add_document(c) == "new_version"
    assert store.get_document(c.id).previous_version == b.id
    assert store.counts()["documents"] == 3


def test_missing_document_raises(store):
    with pytest.raises(NotFoundError):
        store.get_document("doc_nope")


def test_analysis_round_trip_replaces_old_rows(store):
    doc = Document(text="Ruritania condemned the strike. Officials said talks may resume.", published_at="2024-03-01")
    store.add_document(doc)
    analysis = Analysis(doc_id=doc.id, sentences=[[0, 31], [32, 64]], language="en",
                        mentions=[Mention(doc.id, 0, 9, "Ruritania", "RUR")],
                        events=[Event(doc.id, 0, "Ruritania condemned the strike.", "DISAPPROVE", source_actor="RUR")],
                        claims=[Claim(doc.id, 1, "Officials said talks may resume.", "anonymous", cue="said", hedges=["may"])],
                        new_actors=[Actor("RUR", "Ruritania", "state", is_new=True)], pipeline_version="t1")
    store.save_analysis(analysis)
    store.save_analysis(analysis)  # idempotent
    got = store.get_analysis(doc.id)
    assert [e.type for e in got.events] == ["DISAPPROVE"]
    assert got.claims[0].hedges == ["may"]
    assert store.counts()["events"] == 1 and store.counts()["unprocessed"] == 0
    rows = store.query_events(actor="RUR", type="disapprove")
    assert rows[0]["published_at"] == "2024-03-01"
    assert store.query_claims(claimant_kind="anonymous")[0]["cue"] == "said"
    assert list(store.iter_documents(unprocessed_only=True)) == []


def test_fts_search_and_injection_is_harmless(store):
    store.add_document(Document(text="Talks on grain exports resumed in Istanbul.", title="Grain talks"))
    store.add_document(Document(text="Nothing related here.", title="Other"))
    hits = store.search_documents("grain Istanbul")
    assert [h["title"] for h in hits] == ["Grain talks"]
    assert store.search_documents('"; DROP TABLE documents; --') == []
    assert store.search_documents("") == []
    assert store.counts()["documents"] == 2


def test_wal_and_schema_version(tmp_path):
    path = tmp_path / "w.db"
    with open_store(str(path)) as s:
        assert s.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with open_store(str(path)) as s:  # reopening does not re-run migrations
        assert s.schema_version == SCHEMA_VERSION


def test_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        open_store(str(bad))


def test_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "x.db"))


def test_search_ranks_within_the_newest_window(store, monkeypatch):
    """A query matching more documents than the window ranks the newest ones only (bounded cost)."""
    from cablegram.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "SEARCH_RANK_WINDOW", 3)
    old = Document(text="grain grain grain grain talks", title="old, dense")
    store.add_document(old)
    for i in range(4):
        store.add_document(Document(text=f"grain talks note {i}", title=f"new {i}"))
    titles = [h["title"] for h in store.search_documents("grain", limit=10)]
    assert len(titles) == 3 and "old, dense" not in titles
    monkeypatch.setattr(sqlite_store, "SEARCH_RANK_WINDOW", 100)
    assert store.search_documents("grain", limit=10)[0]["title"] == "old, dense"  # best match first when all ranked


def test_version_1_file_gains_new_columns_and_tables(tmp_path):
    """A file written before schema version 2 (no quality/spans columns, no corrections table) is brought up to date."""
    path = tmp_path / "old.db"
    with open_store(str(path)) as s:
        s.add_document(Document(text="An old document.", title="Old"))
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE events DROP COLUMN spans")
    conn.execute("ALTER TABLE documents DROP COLUMN quality")
    conn.execute("DROP TABLE corrections")
    conn.execute("DELETE FROM schema_migrations WHERE version = 2")
    conn.commit()
    conn.close()
    with open_store(str(path)) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.counts()["documents"] == 1
    conn = sqlite3.connect(path)
    assert "spans" in [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    assert "quality" in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert conn.execute("SELECT COUNT(*) FROM corrections").fetchone()[0] == 0
    conn.close()


def test_many_processes_open_one_new_file_at_once(tmp_path):
    """Eight processes opening a brand-new file together (the Spark-executor case) all get a
    migrated store: the WAL switch and first migration wait for each other instead of failing."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    for round_no in range(3):
        path = str(tmp_path / f"new{round_no}.db")
        with ctx.Pool(8) as pool:
            versions = pool.map(_open_and_read_version, [path] * 8)
        assert versions == [SCHEMA_VERSION] * 8


def _open_and_read_version(path: str) -> int:
    with open_store(path) as s:
        return s.schema_version


def test_a_lock_held_past_the_wait_is_a_store_error(tmp_path):
    """A file another connection keeps locked longer than the wait is refused with a StoreError
    naming the file, not a traceback."""
    from cablegram.store.sqlite import SQLiteStore

    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as info:
            SQLiteStore(path, open_wait_s=0.5)
        assert info.value.source == str(path) and "retry" in info.value.hint
    finally:
        holder.execute("ROLLBACK")
        holder.close()
