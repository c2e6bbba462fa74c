"""The server store: PostgreSQL, with the same methods and behaviour as :class:`~cablegram.store.sqlite.SQLiteStore`.

DDL is generated from :data:`cablegram.store.schema.TABLES` (json → jsonb, bool → boolean,
text → text with the bytewise "C" collation so ordering and ``LIKE`` match SQLite). Full-text
search uses a stored ``tsvector`` column over title and text with a GIN index,
``plainto_tsquery`` for the query (all words required, like the SQLite store) and
``ts_headline`` for snippets. Every table also gets a hidden ``_seq`` identity column that
plays the part of SQLite's ``rowid`` (ingestion and insertion order); it is never returned.

Many processes may write at once (e.g. a Spark job loading its output): duplicates are settled
by ``ON CONFLICT``, and versions of one URL by a transaction-scoped advisory lock on the URL.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from ..errors import NotFoundError, StoreError
from ..records import Actor, Alignment, Analysis, Cluster, Document
from .base import LATEST_BY_FILE, LATEST_BY_URL, RECORD_TABLES, from_row, to_row, version_key
from .schema import (
    SCHEMA_VERSION,
    SUPERSEDED_INDEXES,
    TABLES,
    TABLES_BY_NAME,
    Table,
    index_name,
)
from . import summaries
from .sql_common import FILL_COMMITMENT_SORT_DATE, SQLStoreBase, query_timeout, sort_date
from .versions import latest_only_sql

_SQL_TYPES = {"text": 'TEXT COLLATE "C"', "int": "BIGINT", "real": "DOUBLE PRECISION", "bool": "BOOLEAN", "json": "JSONB"}

# Text-search configuration, and how much of a document is indexed / highlighted. A tsvector
# is capped at 1 MB, so very long texts are indexed on their first characters only.
FTS_CONFIG = "english"
FTS_MAX_CHARS = 250_000
HEADLINE_MAX_CHARS = 100_000
HEADLINE_OPTIONS = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=2, MaxFragments=1, FragmentDelimiter=…"

# Key for the advisory lock that serialises schema migrations across processes.
_MIGRATION_LOCK = 0x0CAB1E6A


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_SECRET_PARAM = re.compile(r"(pass|secret|token|key)", re.IGNORECASE)


def redact(url: str) -> str:
    """``url`` without its password, for messages: in the user part and in parameters such as
    ``?password=`` or ``?sslpassword=`` (values of parameters named like a secret become ``***``)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "postgresql://…"
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username}:***@{parts.hostname}" + (f":{port}" if port else "")
    query = "&".join(f"{k}=***" if _SECRET_PARAM.search(k) else f"{k}={v}"
                     for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _strip_nul(value: Any) -> Any:
    """``value`` without NUL characters (PostgreSQL text and jsonb cannot hold them; news never needs them)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_strip_nul(v) for v in value]
    if isinstance(value, dict):
        return {_strip_nul(k): _strip_nul(v) for k, v in value.items()}
    return value


def ddl(table: Table) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements for ``table``."""
    cols = []
    for c in table.columns:
        parts = [_q(c.name), _SQL_TYPES[c.type]]
        if c.not_null:
            parts.append("NOT NULL")
        if c.references:
            ref_table, ref_col = c.references.rstrip(")").split("(")
            ref = f"REFERENCES {_q(ref_table)} ({_q(ref_col)})"
            parts.append(f"{ref} ON DELETE CASCADE" if c.name == "doc_id" else ref)
        cols.append(" ".join(parts))
    # Stand-in for SQLite's rowid: insertion order, used for ORDER BY and never returned.
    cols.append('"_seq" BIGINT GENERATED ALWAYS AS IDENTITY')
    if table.primary_key:
        cols.append("PRIMARY KEY (" + ", ".join(_q(k) for k in table.primary_key) + ")")
    out = [f"CREATE TABLE IF NOT EXISTS {_q(table.name)} (\n  " + ",\n  ".join(cols) + "\n)"]
    out.extend(index_statements(table))
    out.append(f'CREATE INDEX IF NOT EXISTS {_q("idx_" + table.name + "__seq")} ON {_q(table.name)} ("_seq")')
    return out


def _index_column(spec: str, ordered: bool) -> str:
    name, _, direction = spec.partition(" ")
    if not ordered:
        return _q(name)
    # Index order must equal the query's: SQLite's "NULL is smallest" (see EventsQuery).
    return f"{_q(name)} DESC NULLS LAST" if direction == "DESC" else f"{_q(name)} NULLS FIRST"


def index_statements(table: Table) -> list[str]:
    out = []
    for cols in table.indexes:
        ordered = any(c.endswith(" DESC") for c in cols)
        out.append(f"CREATE INDEX IF NOT EXISTS {_q(index_name(table.name, cols))} ON {_q(table.name)} ("
                   + ", ".join(_index_column(c, ordered) for c in cols) + ")")
    return out


def _ensure_indexes() -> list[str]:
    """Bring a version-1 database made by an earlier build to the current index set (idempotent)."""
    stmts = [f"DROP INDEX IF EXISTS {_q(name)}" for name in SUPERSEDED_INDEXES]
    for table in TABLES:
        stmts.extend(index_statements(table))
    return stmts


def sync_statements() -> list[str]:
    """Create tables and add columns that :data:`TABLES` has (idempotent: IF NOT EXISTS everywhere)."""
    stmts: list[str] = []
    for table in TABLES:
        stmts.append(ddl(table)[0])
        for c in table.columns:
            stmts.append(f"ALTER TABLE {_q(table.name)} ADD COLUMN IF NOT EXISTS {_q(c.name)} {_SQL_TYPES[c.type]}")
    return stmts


def _migration_1() -> list[str]:
    stmts: list[str] = []
    for table in TABLES:
        stmts.extend(ddl(table))
    stmts.append('CREATE UNIQUE INDEX IF NOT EXISTS "idx_documents_content_hash" ON documents (content_hash)')
    stmts.append(
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS ("
        f"setweight(to_tsvector('{FTS_CONFIG}'::regconfig, coalesce(title, '')), 'A') || "
        f"setweight(to_tsvector('{FTS_CONFIG}'::regconfig, left(coalesce(text, ''), {FTS_MAX_CHARS})), 'B')) STORED")
    stmts.append('CREATE INDEX IF NOT EXISTS "idx_documents_search" ON documents USING gin (search)')
    return stmts


MIGRATIONS = {1: _migration_1, 2: sync_statements}


def search_words(query: str) -> str:
    """The words of ``query`` joined by spaces (operators and punctuation dropped), for plainto_tsquery."""
    return " ".join(re.findall(r"\w+", query, flags=re.UNICODE))


class PostgresStore(SQLStoreBase):
    """Store on a PostgreSQL database. Safe to share across threads (one connection, serialised by a lock)."""

    ph = "%s"
    seq = "_seq"
    nulls_last = " NULLS LAST"
    nulls_first = " NULLS FIRST"
    # ESCAPE '' makes % and _ the only wildcards, as in SQLite's LIKE (ASCII case-insensitive under "C").
    _publisher_like = "d.publisher ILIKE ? ESCAPE ''"

    def _date_to_condition(self, date_to: str) -> tuple[str, str]:
        # substr, not a "~" upper bound: PostgreSQL's locale collation may not order "~" after digits.
        return "substr(r.sort_date, 1, 10) <= ?", date_to[:10]


    def __init__(self, url: str, *, connect_timeout: int = 10):
        self.url = url
        self.path = redact(url)  # what error messages name (same attribute as SQLiteStore)
        self._lock = threading.RLock()
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {str(exc).strip()}", source=self.path, code="store_unavailable",
                             hint="Check the URL (postgresql://user:password@host:port/dbname) and that the server is running.") from exc
        try:
            self._migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot create or migrate the schema: {str(exc).strip()}", source=self.path,
                             hint="Does the user own the database (CREATE privilege)? Is it a cablegram database?") from exc

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def _migrate(self) -> None:
        with self._lock, self.conn.transaction():
            # Several processes may open a fresh database at once; only one migrates.
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
            current = self.conn.execute("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations").fetchone()["v"]
            if current > SCHEMA_VERSION:
                raise StoreError(f"database schema version {current} is newer than this cablegram ({SCHEMA_VERSION})",
                                 source=self.path, code="schema_too_new", hint="Upgrade cablegram.")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for stmt in MIGRATIONS[version]():
                    self.conn.execute(stmt)
                self.conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (version, _now()))
            for stmt in sync_statements() + _ensure_indexes():
                self.conn.execute(stmt)
            self.conn.execute(FILL_COMMITMENT_SORT_DATE)
            # Summary tables (store/summaries.py): filled when new (a database made by an earlier build).
            missing = self.conn.execute("SELECT " + " OR ".join(f"to_regclass('{name}') IS NULL" for name in summaries.SUMMARIES)
                                        + " AS missing").fetchone()["missing"]
            for stmt in summaries.ddl('TEXT COLLATE "C"'):
                self.conn.execute(stmt)
            if missing:
                summaries.rebuild(self)

    @property
    def schema_version(self) -> int:
        return self._rows("SELECT MAX(version) AS v FROM schema_migrations")[0]["v"]

    @contextmanager
    def _tx(self):
        """One transaction under the store's lock; database errors become :class:`StoreError`."""
        with self._lock:
            try:
                with self.conn.transaction():
                    yield
            except psycopg.Error as exc:
                raise self._error(exc) from exc

    def _error(self, exc: psycopg.Error) -> StoreError:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = None
        if isinstance(exc, psycopg.DataError) and "0x00" in msg:
            hint = "PostgreSQL cannot store NUL characters in text; remove them from the input."
        elif isinstance(exc, psycopg.OperationalError):
            hint = "The connection to PostgreSQL failed; check that the server is up and reopen the store."
        return StoreError(f"database error: {msg}", source=self.path, hint=hint)

    def _insert_many(self, table: str, rows: list[dict[str, Any]], conflict: str = "") -> int:
        """Insert ``rows`` (from :func:`to_row`) into ``table``; returns the number of rows written."""
        if not rows:
            return 0
        t = TABLES_BY_NAME[table]
        names = list(rows[0])
        marks = ", ".join("%s::jsonb" if n in t.json_columns else "%s" for n in names)
        sql = f"INSERT INTO {_q(table)} ({', '.join(_q(n) for n in names)}) VALUES ({marks}) {conflict}"
        params = [[bool(r[n]) if n in t.bool_columns else r[n] for n in names] for r in rows]
        with self.conn.cursor() as cur:
            if len(params) == 1:
                cur.execute(sql, params[0])
                return cur.rowcount
            cur.executemany(sql, params)
            return cur.rowcount

    def _upsert_clause(self, table: str) -> str:
        t = TABLES_BY_NAME[table]
        keys = t.primary_key
        rest = [c for c in t.column_names if c not in keys]
        sets = ", ".join(f"{_q(c)} = EXCLUDED.{_q(c)}" for c in rest)
        return f"ON CONFLICT ({', '.join(_q(k) for k in keys)}) DO UPDATE SET {sets}"

    def read_sql(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only query written with ``?`` placeholders (the dialect shared with SQLite)."""
        # The shared SQL never contains a literal "?" or "%": values always travel as parameters.
        return self._rows(sql.replace("%", "%%").replace("?", "%s"), params)

    read_timeout_s: float | None = None  # set (e.g. by the API) to stop read queries running longer

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            try:
                if not self.read_timeout_s:
                    return list(self.conn.execute(sql, list(params)).fetchall())
                with self.conn.transaction():
                    self.conn.execute("SELECT set_config('statement_timeout', %s, true)",
                                      (f"{int(self.read_timeout_s * 1000)}ms",))
                    return list(self.conn.execute(sql, list(params)).fetchall())
            except psycopg.errors.QueryCanceled:
                raise query_timeout(self.read_timeout_s) from None
            except psycopg.Error as exc:
                raise self._error(exc) from exc

    # -- documents ---------------------------------------------------------------------------
    def add_document(self, doc: Document) -> str:
        """Store ``doc``: "inserted", "duplicate" (same content) or "new_version" (same URL, or the same
        file path for a whole local file, with new content: linked by ``previous_version``)."""
        for name in ("text", "title", "url", "publisher", "published_at", "raw", "source", "meta"):
            if hasattr(doc, name):
                setattr(doc, name, _strip_nul(getattr(doc, name)))
        key = version_key(doc)
        with self._tx():
            if key:
                # Serialise writers of the same URL (or file) so version chains never fork.
                self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (key[1],))
            if self.conn.execute("SELECT 1 FROM documents WHERE content_hash = %s", (doc.content_hash,)).fetchone():
                return "duplicate"
            status = "inserted"
            previous = doc.previous_version
            if key:
                latest = self.conn.execute((LATEST_BY_URL if key[0] == "url" else LATEST_BY_FILE).format(p="%s")
                                           + " ORDER BY ingested_at DESC, _seq DESC LIMIT 1", (key[1],)).fetchone()
                if latest:
                    previous = latest["id"]
                    status = "new_version"
            row = to_row("documents", doc, {"ingested_at": _now(), "processed_version": None, "previous_version": previous})
            # A concurrent writer may have inserted the same content since the check above.
            written = self._insert_many("documents", [row], "ON CONFLICT DO NOTHING")
            if not written:
                return "duplicate"
            if status == "new_version":
                doc.previous_version = previous
        return status

    def set_primary(self, doc_id: str, is_primary: bool = True) -> None:
        self.get_document(doc_id)
        with self._tx():
            self.conn.execute("UPDATE documents SET is_primary = %s WHERE id = %s", (bool(is_primary), doc_id))

    def search_documents(self, query: str, limit: int = 20, all_versions: bool = False) -> list[dict]:
        """Full-text search (all words required, English stemming), best matches first; a superseded document
        version only with ``all_versions`` (store.versions)."""
        words = search_words(query)
        if not words:
            return []
        latest = latest_only_sql(self, "d.id", all_versions)
        return self._rows(
            "WITH q AS (SELECT plainto_tsquery(%s::regconfig, %s) AS q) "
            "SELECT d.id, d.title, d.publisher, d.published_at, d.url, "
            f"ts_headline(%s::regconfig, left(d.text, {HEADLINE_MAX_CHARS}), q.q, %s) AS snippet "
            f"FROM documents d, q WHERE numnode(q.q) > 0 AND d.search @@ q.q {'AND ' + latest if latest else ''} "
            "ORDER BY ts_rank(d.search, q.q) DESC, d._seq LIMIT %s",
            (FTS_CONFIG, words, FTS_CONFIG, HEADLINE_OPTIONS, int(limit)))

    # -- analyses ----------------------------------------------------------------------------
    def save_analysis(self, analysis: Analysis) -> None:
        """Replace the document's earlier results with ``analysis``, in one transaction."""
        with self._tx():
            head = self.conn.execute("SELECT published_at, processed_version FROM documents WHERE id = %s FOR UPDATE",
                                     (analysis.doc_id,)).fetchone()
            if not head:
                raise NotFoundError(f"no document with id {analysis.doc_id!r}", source=self.path)
            # A document never processed has no rows yet: nothing to take out of the summaries.
            before = summaries.document_counts(self, analysis.doc_id) if head["processed_version"] is not None else {}
            events = self._events_keeping_links(analysis.doc_id, analysis.events)
            self._corrections_following(analysis)
            for table in RECORD_TABLES:
                self.conn.execute(f"DELETE FROM {_q(table)} WHERE doc_id = %s", (analysis.doc_id,))
            self._insert_many("actors", [to_row("actors", a) for a in analysis.new_actors], "ON CONFLICT DO NOTHING")
            for table, records in (("mentions", analysis.mentions), ("events", events),
                                   ("claims", analysis.claims), ("commitments", analysis.commitments)):
                rows = [to_row(table, r, sort_date(table, r, head["published_at"])) for r in records]
                self._insert_many(table, _last_wins(rows, ("id",)))
            self._sort_dates_following_corrections(analysis.doc_id)
            self._insert_many("analyses", [to_row("analyses", {
                "doc_id": analysis.doc_id, "language": analysis.language, "sentences": analysis.sentences,
                "pipeline_version": analysis.pipeline_version, "processed_at": _now()})], self._upsert_clause("analyses"))
            self.conn.execute("UPDATE documents SET processed_version = %s, language = COALESCE(%s, language) WHERE id = %s",
                              (analysis.pipeline_version or "unknown", analysis.language, analysis.doc_id))
            summaries.apply_change(self, before, summaries.document_counts(self, analysis.doc_id))

    def get_analysis(self, doc_id: str) -> Analysis | None:
        head = self._rows(f"SELECT {self._cols('analyses')} FROM analyses WHERE doc_id = %s", (doc_id,))
        if not head:
            return None
        data = from_row("analyses", head[0])
        for table in RECORD_TABLES:
            data[table] = [from_row(table, r) for r in self._rows(
                f"SELECT {self._cols(table)} FROM {_q(table)} WHERE doc_id = %s ORDER BY sentence_index NULLS FIRST, _seq",
                (doc_id,))]
        return Analysis.from_dict(data)

    # -- actors ------------------------------------------------------------------------------
    def upsert_actors(self, actors: Iterable[Actor]) -> int:
        rows = [to_row("actors", a) for a in actors]
        with self._tx():
            self._insert_many("actors", _last_wins(rows, ("id",)), self._upsert_clause("actors"))
        return len(rows)

    def list_actors(self, query: str | None = None, limit: int = 100, offset: int = 0) -> list[Actor]:
        params: list[Any] = []
        where = ""
        if query:
            # ESCAPE '' makes % and _ the only wildcards, as in SQLite's LIKE (ASCII case-insensitive under "C").
            where = "WHERE name ILIKE %s ESCAPE '' OR aliases::text ILIKE %s ESCAPE '' OR id = %s"
            params = [f"%{query}%", f"%{query}%", query]
        rows = self._rows(f"SELECT {self._cols('actors')} FROM actors {where} ORDER BY name LIMIT %s OFFSET %s",
                          [*params, int(limit), int(offset)])
        return [Actor.from_dict(from_row("actors", r)) for r in rows]

    # -- queries -----------------------------------------------------------------------------
    # NULLS LAST on DESC / NULLS FIRST on ASC reproduce SQLite's "NULL is smallest" ordering.

    # -- provenance --------------------------------------------------------------------------
    def save_alignments(self, doc_id: str, alignments: list[Alignment]) -> None:
        with self._tx():
            self.conn.execute("DELETE FROM alignments WHERE doc_id = %s", (doc_id,))
            rows = [to_row("alignments", a, {"doc_id": doc_id}) for a in alignments]
            self._insert_many("alignments", _last_wins(rows, ("doc_id", "sentence_index")))

    def save_clusters(self, clusters: list[Cluster]) -> None:
        """Replace all story clusters (clusters are recomputed as a whole)."""
        with self._tx():
            self.conn.execute("DELETE FROM clusters")
            self._insert_many("clusters", [to_row("clusters", c) for c in clusters])


def _last_wins(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """Rows with duplicate keys collapsed to the last one, placed where the last one was
    (what SQLite's INSERT OR REPLACE leaves behind)."""
    out: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        k = tuple(row[c] for c in key)
        out.pop(k, None)
        out[k] = row
    return list(out.values())


__all__ = ["PostgresStore", "ddl", "redact", "search_words"]
