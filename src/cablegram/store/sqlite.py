"""The embedded default store: one SQLite file (WAL, foreign keys, FTS5, versioned schema).

The file is a product in itself: open it in Datasette or any SQLite tool; table and
column descriptions live in :mod:`cablegram.store.schema`.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import NotFoundError, StoreError
from ..records import Actor, Alignment, Analysis, Cluster, Document
from .base import LATEST_BY_FILE, LATEST_BY_URL, RECORD_TABLES, from_row, to_row, version_key
from .schema import (
    SCHEMA_VERSION,
    SUPERSEDED_INDEXES,
    TABLES,
    Table,
    index_name,
)
from . import summaries
from .sql_common import FILL_COMMITMENT_SORT_DATE, SQLStoreBase, query_timeout, sort_date
from .versions import latest_only_sql

_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "INTEGER", "json": "TEXT"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _ddl(table: Table) -> str:
    cols = []
    for c in table.columns:
        parts = [f'"{c.name}"', _SQL_TYPES[c.type]]
        if c.not_null:
            parts.append("NOT NULL")
        if c.references:
            parts.append(f"REFERENCES {c.references} ON DELETE CASCADE" if c.name == "doc_id" else f"REFERENCES {c.references}")
        cols.append(" ".join(parts))
    if table.primary_key:
        cols.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in table.primary_key) + ")")
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" (\n  ' + ",\n  ".join(cols) + "\n)"


def _index_column(spec: str) -> str:
    name, _, direction = spec.partition(" ")
    return f'"{name}" {direction}'.rstrip()


def index_statements(table: Table) -> list[str]:
    """CREATE INDEX statements for the table's indexes (named idx_<table>_<columns>)."""
    return [f'CREATE INDEX IF NOT EXISTS "{index_name(table.name, cols)}" ON "{table.name}" ('
            + ", ".join(_index_column(c) for c in cols) + ")" for cols in table.indexes]


def _ensure_indexes(conn: sqlite3.Connection) -> None:
    """Bring a version-1 file made by an earlier build to the current index set (idempotent, cheap when done)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for name in SUPERSEDED_INDEXES:
        if name in have:
            conn.execute(f'DROP INDEX "{name}"')
    for table in TABLES:
        for cols, stmt in zip(table.indexes, index_statements(table)):
            if index_name(table.name, cols) not in have:
                conn.execute(stmt)


def _sync_columns(conn: sqlite3.Connection) -> None:
    """Create tables and add columns that :data:`TABLES` has and the file lacks (idempotent, cheap when done).

    Columns are only ever added (nullable, no default), so a file written by an older build keeps its rows."""
    for table in TABLES:
        have = [r[1] for r in conn.execute(f'PRAGMA table_info("{table.name}")')]
        if not have:
            conn.execute(_ddl(table))
            continue
        for c in table.columns:
            if c.name not in have:
                conn.execute(f'ALTER TABLE "{table.name}" ADD COLUMN "{c.name}" {_SQL_TYPES[c.type]}')


def _migration_1(conn: sqlite3.Connection) -> None:
    for table in TABLES:
        conn.execute(_ddl(table))
        for stmt in index_statements(table):
            conn.execute(stmt)
    conn.execute('CREATE UNIQUE INDEX IF NOT EXISTS "idx_documents_content_hash" ON documents (content_hash)')
    # FTS5 over title and text, kept in sync by triggers (external-content table: no duplicated text).
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
                 "title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')")
    # executescript would COMMIT the migration's transaction, so run the triggers one by one.
    for trigger in _FTS_TRIGGERS:
        conn.execute(trigger)


_FTS_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
)

MIGRATIONS = {1: _migration_1, 2: _sync_columns}


# Most recent matches ranked by search_documents when a query matches more documents than this.
SEARCH_RANK_WINDOW = 5000


def fts_query(query: str) -> str:
    """Turn free text into a safe FTS5 query: each word quoted, all words required."""
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return " ".join(f'"{w}"' for w in words)


# -- the event timeline query (shared with the PostgreSQL store) ------------------------------------
# Events are read newest first in the order sort_date DESC (NULL last), doc_id, sentence_index (NULL
# first), row id; every events index ends with those columns (schema.TIMELINE_ORDER), so a page is
# found in one index and only its rows are fetched ("deferred join"). An actor or country filter
# becomes one ordered branch per actor id and role, merged (UNION ALL), since an OR of two indexes
# would have to sort every matching event. A cursor resumes after a row (keyset pagination).



class SQLiteStore(SQLStoreBase):
    """Store on a SQLite file. Safe to share across threads (one connection, serialised by a lock)."""

    def __init__(self, path: str | Path, open_wait_s: float = 30.0):
        """Open (and create or migrate) the file at ``path``; ``":memory:"`` for a private store.

        ``open_wait_s`` (seconds) is how long opening waits for other connections that hold the
        file locked. Raises :class:`StoreError` (``store_unavailable``) when the folder is
        missing, the file is not a SQLite database, or the lock outlasts the wait.
        """
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"folder {parent} does not exist", source=self.path, code="store_unavailable", hint="Create the folder or pass another --db path.")
        self._lock = threading.RLock()
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self._set_up_when_free(open_wait_s)
        except sqlite3.DatabaseError as exc:
            hint = ("Another process keeps the file locked; let it finish and retry." if "locked" in str(exc)
                    else "Is this a cablegram SQLite file? Pass another --db path.")
            raise StoreError(f"cannot open database: {exc}", source=self.path, code="store_unavailable",
                             hint=hint) from exc

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def _set_up_when_free(self, wait_s: float = 30.0) -> None:
        """Pragmas and migrations, retried while another connection holds the file.

        Switching a brand-new file to WAL and the first migration take locks for which SQLite
        does not always call the busy handler (several processes opening one new file at once,
        e.g. Spark executors), so "database is locked" is retried here until ``wait_s`` seconds
        have passed; any other error, or a lock that outlasts ``wait_s``, is raised.
        """
        deadline = time.monotonic() + wait_s
        pause = 0.05
        while True:
            try:
                self.conn.execute(f"PRAGMA busy_timeout={int(max(0.0, deadline - time.monotonic()) * 1000)}")
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
                self.conn.execute("PRAGMA busy_timeout=30000")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def _migrate(self) -> None:
        with self._lock:
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
            # Read the version inside the write lock: several processes may open a new file at once.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                current = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]
                if current > SCHEMA_VERSION:
                    raise StoreError(f"database schema version {current} is newer than this cablegram ({SCHEMA_VERSION})",
                                     source=self.path, code="schema_too_new", hint="Upgrade cablegram.")
                for version in range(current + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[version](self.conn)
                    self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, _now()))
                _sync_columns(self.conn)
                _ensure_indexes(self.conn)
                self.conn.execute(FILL_COMMITMENT_SORT_DATE)
                self._ensure_summaries()
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def _ensure_summaries(self) -> None:
        """Create the summary tables (store/summaries.py); fill them when they are new (a file made
        by an earlier build: one pass over events and mentions)."""
        have = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for stmt in summaries.ddl("TEXT", " WITHOUT ROWID"):
            self.conn.execute(stmt)
        if not set(summaries.SUMMARIES) <= have:
            summaries.rebuild(self)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]

    def _tx(self):
        return _Transaction(self)

    def _insert(self, table: str, row: dict[str, Any], verb: str = "INSERT") -> None:
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f'{verb} INTO "{table}" ({cols}) VALUES ({marks})', list(row.values()))

    read_timeout_s: float | None = None  # set (e.g. by the API) to stop read queries running longer

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            if not self.read_timeout_s:
                return [dict(r) for r in self.conn.execute(sql, list(params)).fetchall()]
            # Statement timeout: SQLite calls the handler every 10,000 VM steps; True interrupts the query.
            deadline = time.monotonic() + self.read_timeout_s
            self.conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
            try:
                return [dict(r) for r in self.conn.execute(sql, list(params)).fetchall()]
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise query_timeout(self.read_timeout_s) from None
                raise
            finally:
                self.conn.set_progress_handler(None, 0)

    def read_sql(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only parameterised query (``?`` placeholders); rows as dicts."""
        return self._rows(sql, params)

    # -- documents ---------------------------------------------------------------------------
    def add_document(self, doc: Document) -> str:
        """Store ``doc``: "inserted", "duplicate" (same content) or "new_version" (same URL, or the same
        file path for a whole local file, with new content: linked by ``previous_version``)."""
        with self._tx():
            if self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone():
                return "duplicate"
            status = "inserted"
            key = version_key(doc)
            if key:
                latest = self.conn.execute((LATEST_BY_URL if key[0] == "url" else LATEST_BY_FILE).format(p="?")
                                           + " ORDER BY ingested_at DESC LIMIT 1", (key[1],)).fetchone()
                if latest:
                    doc.previous_version = latest["id"]
                    status = "new_version"
            self._insert("documents", to_row("documents", doc, {"ingested_at": _now(), "processed_version": None}))
        return status

    def set_primary(self, doc_id: str, is_primary: bool = True) -> None:
        self.get_document(doc_id)
        with self._tx():
            self.conn.execute("UPDATE documents SET is_primary = ? WHERE id = ?", (int(is_primary), doc_id))

    def search_documents(self, query: str, limit: int = 20, all_versions: bool = False) -> list[dict]:
        """Full-text search (FTS5, all words required), best matches first: rows of id, title, publisher,
        published_at, url and snippet (matches in ``[ ]``). A superseded document version (a page or file
        changed at the same URL or path) is found only with ``all_versions`` (store.versions).

        Ranking scores every match, so for a query matching more than :data:`SEARCH_RANK_WINDOW`
        documents only the most recently ingested that many are ranked (a query of common words
        over 100,000 documents: ~10 ms instead of ~120 ms)."""
        q = fts_query(query)
        if not q:
            return []
        latest = latest_only_sql(self, "d.id", all_versions)
        return self._rows(
            "SELECT d.id, d.title, d.publisher, d.published_at, d.url, "
            "snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? AND documents_fts.rowid >= COALESCE((SELECT MIN(rowid) FROM "
            "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?)), 0) "
            f"{'AND ' + latest if latest else ''} ORDER BY rank LIMIT ?", (q, q, SEARCH_RANK_WINDOW, limit))

    # -- analyses ----------------------------------------------------------------------------
    def save_analysis(self, analysis: Analysis) -> None:
        """Replace the document's earlier results with ``analysis``, in one transaction."""
        with self._tx():
            head = self.conn.execute("SELECT published_at, processed_version FROM documents WHERE id = ?",
                                     (analysis.doc_id,)).fetchone()
            if not head:
                raise NotFoundError(f"no document with id {analysis.doc_id!r}", source=self.path)
            # A document never processed has no rows yet: nothing to take out of the summaries.
            before = summaries.document_counts(self, analysis.doc_id) if head["processed_version"] is not None else {}
            events = self._events_keeping_links(analysis.doc_id, analysis.events)
            self._corrections_following(analysis)
            for table in RECORD_TABLES:
                self.conn.execute(f'DELETE FROM "{table}" WHERE doc_id = ?', (analysis.doc_id,))
            for actor in analysis.new_actors:
                self._insert("actors", to_row("actors", actor), "INSERT OR IGNORE")
            for table, records in (("mentions", analysis.mentions), ("events", events),
                                   ("claims", analysis.claims), ("commitments", analysis.commitments)):
                for rec in records:
                    self._insert(table, to_row(table, rec, sort_date(table, rec, head["published_at"])), "INSERT OR REPLACE")
            self._sort_dates_following_corrections(analysis.doc_id)
            self._insert("analyses", to_row("analyses", {
                "doc_id": analysis.doc_id, "language": analysis.language, "sentences": analysis.sentences,
                "pipeline_version": analysis.pipeline_version, "processed_at": _now()}), "INSERT OR REPLACE")
            self.conn.execute("UPDATE documents SET processed_version = ?, language = COALESCE(?, language) WHERE id = ?",
                              (analysis.pipeline_version or "unknown", analysis.language, analysis.doc_id))
            summaries.apply_change(self, before, summaries.document_counts(self, analysis.doc_id))

    def get_analysis(self, doc_id: str) -> Analysis | None:
        head = self._rows("SELECT * FROM analyses WHERE doc_id = ?", (doc_id,))
        if not head:
            return None
        data = from_row("analyses", head[0])
        for table in RECORD_TABLES:
            data[table] = [from_row(table, r) for r in self._rows(
                f'SELECT * FROM "{table}" WHERE doc_id = ? ORDER BY sentence_index, rowid', (doc_id,))]
        return Analysis.from_dict(data)

    # -- actors ------------------------------------------------------------------------------
    def upsert_actors(self, actors: Iterable[Actor]) -> int:
        n = 0
        with self._tx():
            for actor in actors:
                self._insert("actors", to_row("actors", actor), "INSERT OR REPLACE")
                n += 1
        return n

    def list_actors(self, query: str | None = None, limit: int = 100, offset: int = 0) -> list[Actor]:
        params: list[Any] = []
        where = ""
        if query:
            where = "WHERE name LIKE ? OR aliases LIKE ? OR id = ?"
            params = [f"%{query}%", f"%{query}%", query]
        rows = self._rows(f"SELECT * FROM actors {where} ORDER BY name LIMIT ? OFFSET ?", [*params, limit, offset])
        return [Actor.from_dict(from_row("actors", r)) for r in rows]

    # -- queries -----------------------------------------------------------------------------
    # -- provenance --------------------------------------------------------------------------
    def save_alignments(self, doc_id: str, alignments: list[Alignment]) -> None:
        with self._tx():
            self.conn.execute("DELETE FROM alignments WHERE doc_id = ?", (doc_id,))
            for a in alignments:
                self._insert("alignments", to_row("alignments", a, {"doc_id": doc_id}), "INSERT OR REPLACE")

    def save_clusters(self, clusters: list[Cluster]) -> None:
        """Replace all story clusters (clusters are recomputed as a whole)."""
        with self._tx():
            self.conn.execute("DELETE FROM clusters")
            for c in clusters:
                self._insert("clusters", to_row("clusters", c))


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT under the store's lock; ROLLBACK on any exception (then re-raised)."""

    def __init__(self, store: SQLiteStore):
        self.store = store

    def __enter__(self) -> None:
        self.store._lock.acquire()
        self.store.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.store.conn.execute("COMMIT")
            else:
                self.store.conn.execute("ROLLBACK")
        finally:
            self.store._lock.release()
