"""Watch state in a small SQLite file of its own, so that watch runs on every store back-end.

The file holds ``watch_alerts`` (one row per alert key: never alert twice), ``watch_evaluated``
(documents whose rules have run), ``watch_meta`` (key/value: when the baseline was taken, and
which store the state belongs to) and ``watch_outbox`` (alerts a webhook has not accepted yet, with
their next retry time: the durable queue, so nothing is lost when a receiver is down or watch restarts). Where it lives (see :func:`state_path`):

* ``state_dir`` in the watch config, when given (relative to the config file);
* otherwise, for a SQLite store, next to the database: ``news.db`` → ``news.watch-state.sqlite``;
* otherwise (a ``postgresql://`` store), next to the watch config file:
  ``<database name>.watch-state.sqlite``.

A state file remembers its store; opening it for another store is refused rather than silently
treating that store's documents as already seen. State that earlier versions kept inside a SQLite
store (tables of the same names) is copied into a new state file once, so upgrading never re-alerts;
the old tables are left in place, unused.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import ConfigError, StoreError

_DDL = (
    "CREATE TABLE IF NOT EXISTS watch_alerts (key TEXT PRIMARY KEY, rule TEXT NOT NULL, doc_id TEXT NOT NULL, "
    "created_at TEXT NOT NULL, delivered TEXT, failed TEXT, payload TEXT)",
    "CREATE INDEX IF NOT EXISTS idx_watch_alerts_doc ON watch_alerts (doc_id)",
    "CREATE TABLE IF NOT EXISTS watch_evaluated (doc_id TEXT PRIMARY KEY, evaluated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS watch_meta (key TEXT PRIMARY KEY, value TEXT)",
    # Durable webhook queue: one row per (alert, sink) not yet delivered; times are Unix seconds.
    "CREATE TABLE IF NOT EXISTS watch_outbox (key TEXT NOT NULL, sink TEXT NOT NULL, attempts INTEGER NOT NULL, "
    "first_failed REAL NOT NULL, next_at REAL NOT NULL, last_error TEXT, PRIMARY KEY (key, sink))",
    # Failures of local files already logged: one row per failing source with the file version and message
    # logged, so a bad file left in a watched folder is reported once per version, not every cycle.
    "CREATE TABLE IF NOT EXISTS watch_failures (source TEXT PRIMARY KEY, seen TEXT NOT NULL, reported_at TEXT NOT NULL)",
)
SUFFIX = ".watch-state.sqlite"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def store_identity(store) -> str:
    """A stable name for the store: the SQLite file's absolute path, or host:port/database for PostgreSQL."""
    url = getattr(store, "url", None)
    if isinstance(url, str) and "://" in url:
        parts = urlsplit(url)
        return f"postgresql://{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"
    path = str(getattr(store, "path", "") or "")
    if not path or path == ":memory:":
        return ":memory:"
    return str(Path(path).expanduser().resolve())


def state_path(store, state_dir: str | Path | None = None, config_dir: str | Path | None = None) -> Path:
    """Where the watch state of ``store`` is kept (see the module docstring)."""
    ident = store_identity(store)
    if ident.startswith("postgresql://"):
        name = (urlsplit(ident).path.strip("/") or "postgres") + SUFFIX
        folder = Path(state_dir) if state_dir else Path(config_dir or Path.cwd())
    elif ident == ":memory:":
        if not state_dir and not config_dir:
            raise ConfigError("an in-memory store has no folder for the watch state",
                              hint="Set state_dir in the watch config.")
        name, folder = "memory" + SUFFIX, Path(state_dir or config_dir)
    else:
        db = Path(ident)
        name, folder = db.stem + SUFFIX, Path(state_dir) if state_dir else db.parent
    return folder.expanduser() / name


class WatchState:
    """The watch state file for ``store``; ``path`` overrides where it is kept."""

    def __init__(self, store, path: str | Path | None = None):
        self.path = Path(path) if path else state_path(store)
        self.lock = threading.RLock()
        if not self.path.parent.is_dir():
            raise ConfigError(f"folder {self.path.parent} for the watch state does not exist", source=str(self.path),
                              hint="Create it, or set state_dir in the watch config to an existing folder.")
        try:
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the watch state file: {exc}", source=str(self.path),
                             hint="Is it a watch state file? Move it away or set another state_dir.") from exc
        self._exec_many([(sql, ()) for sql in _DDL])
        self._store = store
        self._claim(store_identity(store))
        self._mask_stored_webhooks()

    def _mask_stored_webhooks(self) -> None:
        """Earlier versions stored webhook URLs in clear in the delivery lists: mask them once (and VACUUM,
        so the old text does not linger in free pages)."""
        from .alerts import mask_url

        def masked(names: str | None) -> str | None:
            if not names:
                return names
            return ",".join("webhook:" + mask_url(n[8:]) if n.startswith("webhook:") and "#" not in n else n
                            for n in names.split(","))

        rows = self._all("SELECT key, delivered, failed FROM watch_alerts WHERE delivered LIKE '%webhook:%' "
                         "OR failed LIKE '%webhook:%'")
        changes = [("UPDATE watch_alerts SET delivered = ?, failed = ? WHERE key = ?", (masked(d), masked(f), k))
                   for k, d, f in rows if (masked(d), masked(f)) != (d, f)]
        if changes:
            self._exec_many(changes)
            with self.lock:
                self.conn.execute("VACUUM")

    def _claim(self, ident: str) -> None:
        owner = self.get_meta("store")
        if owner is None:
            self._adopt_legacy(ident)
            self.set_meta("store", ident)
        elif owner != ident:
            self.close()
            raise ConfigError(f"this watch state belongs to another store ({owner}), not {ident}",
                              source=str(self.path),
                              hint="Set state_dir in the watch config to a folder of its own for this store.")

    def _adopt_legacy(self, ident: str) -> None:
        """Copy state that earlier versions kept inside a SQLite store, so an upgrade never re-alerts."""
        if ident.startswith("postgresql://") or ident == ":memory:":
            return
        found = {r["name"] for r in self._store.read_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('watch_alerts', 'watch_evaluated', "
            "'watch_meta')")}
        if len(found) < 3:
            return
        copies = [("INSERT OR IGNORE INTO watch_alerts VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (r["key"], r["rule"], r["doc_id"], r["created_at"], r["delivered"], r["failed"], r["payload"]))
                  for r in self._store.read_sql("SELECT * FROM watch_alerts")]
        copies += [("INSERT OR IGNORE INTO watch_evaluated VALUES (?, ?)", (r["doc_id"], r["evaluated_at"]))
                   for r in self._store.read_sql("SELECT * FROM watch_evaluated")]
        copies += [("INSERT OR IGNORE INTO watch_meta VALUES (?, ?)", (r["key"], r["value"]))
                   for r in self._store.read_sql("SELECT * FROM watch_meta") if r["key"] != "store"]
        self._exec_many(copies)

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def _exec_many(self, statements: list[tuple[str, tuple]]) -> None:
        with self.lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for sql, params in statements:
                    self.conn.execute(sql, params)
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"watch state could not be written: {exc}", source=str(self.path),
                                 hint="Check the disk and the file's permissions.") from exc

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"watch state could not be read: {exc}", source=str(self.path),
                                 hint="Move the file away to start with a fresh state.") from exc

    def get_meta(self, key: str) -> str | None:
        rows = self._all("SELECT value FROM watch_meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._exec_many([("INSERT OR REPLACE INTO watch_meta VALUES (?, ?)", (key, value))])

    def pending_documents(self) -> list[str]:
        """Processed documents of the store whose rules have not run yet, in ingestion order."""
        order = getattr(self._store, "seq", "ingested_at")  # the back-end's insertion-order column
        processed = [r["id"] for r in self._store.read_sql(
            f"SELECT id FROM documents WHERE processed_version IS NOT NULL ORDER BY {order}")]
        done = {r[0] for r in self._all("SELECT doc_id FROM watch_evaluated")}
        return [d for d in processed if d not in done]

    def mark_evaluated(self, doc_ids: list[str]) -> None:
        ts = now()
        self._exec_many([("INSERT OR IGNORE INTO watch_evaluated VALUES (?, ?)", (d, ts)) for d in doc_ids])

    def failure_reported(self, source: str, seen: str) -> bool:
        """Whether the failure ``seen`` (file version and message) of ``source`` was logged already."""
        return bool(self._all("SELECT 1 FROM watch_failures WHERE source = ? AND seen = ?", (source, seen)))

    def record_failures(self, failures: dict[str, str]) -> None:
        """Keep exactly ``failures`` ({source: seen}) as the logged failures: sources that no longer fail are
        forgotten, so a file that is fixed and later breaks again is reported again."""
        ts = now()
        self._exec_many([("DELETE FROM watch_failures", ())]
                        + [("INSERT INTO watch_failures VALUES (?, ?, ?)", (src, seen, ts))
                           for src, seen in failures.items()])

    def record_alert(self, alert) -> bool:
        """Store the alert; False when its key was already recorded (so it must not be sent again)."""
        with self.lock:
            try:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO watch_alerts (key, rule, doc_id, created_at, payload) VALUES (?, ?, ?, ?, ?)",
                    (alert.key, alert.rule, alert.doc_id, alert.created_at,
                     json.dumps(alert.to_dict(), ensure_ascii=False)))
            except sqlite3.Error as exc:
                raise StoreError(f"watch state could not be written: {exc}", source=str(self.path),
                                 hint="Check the disk and the file's permissions.") from exc
            return cur.rowcount == 1

    def record_delivery(self, key: str, delivered: list[str], failed: list[str]) -> None:
        self._exec_many([("UPDATE watch_alerts SET delivered = ?, failed = ? WHERE key = ?",
                          (",".join(delivered), ",".join(failed) or None, key))])

    def alerts(self, limit: int = 100) -> list[dict]:
        rows = self._all("SELECT payload, delivered, failed FROM watch_alerts ORDER BY created_at DESC, key LIMIT ?",
                         (limit,))
        return [{**json.loads(r[0]), "delivered": r[1], "failed": r[2]} for r in rows]

    def undelivered(self) -> list[dict]:
        """Alerts recorded but never handed to the sinks (the process stopped in between)."""
        rows = self._all("SELECT payload FROM watch_alerts WHERE delivered IS NULL AND failed IS NULL "
                         "ORDER BY created_at")
        return [json.loads(r[0]) for r in rows]

    # -- durable delivery queue ------------------------------------------------------------------
    def enqueue(self, key: str, sink: str, error: str | None, next_at: float) -> None:
        """Queue ``key`` for ``sink`` after a failed delivery (kept if already queued)."""
        self._exec_many([("INSERT OR IGNORE INTO watch_outbox VALUES (?, ?, 1, ?, ?, ?)",
                          (key, sink, time.time(), next_at, error))])

    def due(self, now: float | None = None, limit: int = 500) -> list[dict]:
        """Queued deliveries whose retry time has come, oldest first, with the alert payload."""
        rows = self._all("SELECT o.key, o.sink, o.attempts, o.first_failed, a.payload FROM watch_outbox o "
                         "JOIN watch_alerts a ON a.key = o.key WHERE o.next_at <= ? ORDER BY o.next_at LIMIT ?",
                         (time.time() if now is None else now, limit))
        return [{"key": r[0], "sink": r[1], "attempts": r[2], "first_failed": r[3], "alert": json.loads(r[4])}
                for r in rows]

    def outbox(self) -> list[dict]:
        """Everything queued (for status output and tests)."""
        rows = self._all("SELECT key, sink, attempts, next_at, last_error FROM watch_outbox ORDER BY next_at")
        return [dict(zip(("key", "sink", "attempts", "next_at", "last_error"), r)) for r in rows]

    def retry_failed(self, key: str, sink: str, error: str | None, next_at: float) -> None:
        self._exec_many([("UPDATE watch_outbox SET attempts = attempts + 1, next_at = ?, last_error = ? "
                          "WHERE key = ? AND sink = ?", (next_at, error, key, sink))])

    def drop(self, key: str, sink: str) -> None:
        """Stop retrying (given up): the alert stays marked failed for ``sink``."""
        self._exec_many([("DELETE FROM watch_outbox WHERE key = ? AND sink = ?", (key, sink))])

    def retry_delivered(self, key: str, sink: str) -> None:
        """A queued delivery went through: off the queue, and ``sink`` moves from failed to delivered."""
        with self.lock:
            rows = self._all("SELECT delivered, failed FROM watch_alerts WHERE key = ?", (key,))
            delivered = [x for x in (rows[0][0] or "").split(",") if x] if rows else []
            failed = [x for x in (rows[0][1] or "").split(",") if x and x != sink] if rows else []
            self._exec_many([("DELETE FROM watch_outbox WHERE key = ? AND sink = ?", (key, sink)),
                             ("UPDATE watch_alerts SET delivered = ?, failed = ? WHERE key = ?",
                              (",".join([*delivered, sink]), ",".join(failed) or None, key))])
