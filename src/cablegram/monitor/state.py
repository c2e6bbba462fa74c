"""Watch state in the store's own SQLite file: which alerts were sent, which documents were evaluated.

Tables (prefixed ``watch_``, created here with IF NOT EXISTS; not part of the core schema):
``watch_alerts`` (one row per alert key: never alert twice), ``watch_evaluated`` (documents whose
rules have run) and ``watch_meta`` (key/value, e.g. when the baseline was taken).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import nullcontext
from datetime import datetime, timezone

from ..errors import ConfigError, StoreError

_DDL = (
    "CREATE TABLE IF NOT EXISTS watch_alerts (key TEXT PRIMARY KEY, rule TEXT NOT NULL, doc_id TEXT NOT NULL, "
    "created_at TEXT NOT NULL, delivered TEXT, failed TEXT, payload TEXT)",
    "CREATE INDEX IF NOT EXISTS idx_watch_alerts_doc ON watch_alerts (doc_id)",
    "CREATE TABLE IF NOT EXISTS watch_evaluated (doc_id TEXT PRIMARY KEY, evaluated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS watch_meta (key TEXT PRIMARY KEY, value TEXT)",
)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class WatchState:
    def __init__(self, store):
        self.conn = getattr(store, "conn", None)
        if not isinstance(self.conn, sqlite3.Connection):
            raise ConfigError("cablegram watch keeps its state in a SQLite store", hint="Use --db path.db for watch.")
        self.lock = getattr(store, "_lock", None) or nullcontext()
        self._exec_many([(sql, ()) for sql in _DDL])

    def _exec_many(self, statements: list[tuple[str, tuple]]) -> None:
        with self.lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for sql, params in statements:
                    self.conn.execute(sql, params)
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"watch state could not be written: {exc}") from exc

    def _one(self, sql: str, params: tuple = ()):
        with self.lock:
            return self.conn.execute(sql, params).fetchone()

    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM watch_meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._exec_many([("INSERT OR REPLACE INTO watch_meta VALUES (?, ?)", (key, value))])

    def pending_documents(self) -> list[str]:
        """Processed documents whose rules have not run yet, in ingestion order."""
        with self.lock:
            rows = self.conn.execute("SELECT d.id FROM documents d WHERE d.processed_version IS NOT NULL AND NOT EXISTS "
                                     "(SELECT 1 FROM watch_evaluated e WHERE e.doc_id = d.id) ORDER BY d.rowid").fetchall()
        return [r[0] for r in rows]

    def mark_evaluated(self, doc_ids: list[str]) -> None:
        ts = now()
        self._exec_many([("INSERT OR IGNORE INTO watch_evaluated VALUES (?, ?)", (d, ts)) for d in doc_ids])

    def record_alert(self, alert) -> bool:
        """Store the alert; False when its key was already recorded (so it must not be sent again)."""
        with self.lock:
            cur = self.conn.execute("INSERT OR IGNORE INTO watch_alerts (key, rule, doc_id, created_at, payload) "
                                    "VALUES (?, ?, ?, ?, ?)", (alert.key, alert.rule, alert.doc_id, alert.created_at,
                                                               json.dumps(alert.to_dict(), ensure_ascii=False)))
            return cur.rowcount == 1

    def record_delivery(self, key: str, delivered: list[str], failed: list[str]) -> None:
        self._exec_many([("UPDATE watch_alerts SET delivered = ?, failed = ? WHERE key = ?",
                          (",".join(delivered), ",".join(failed) or None, key))])

    def alerts(self, limit: int = 100) -> list[dict]:
        with self.lock:
            rows = self.conn.execute("SELECT payload, delivered, failed FROM watch_alerts ORDER BY created_at DESC, key "
                                     "LIMIT ?", (limit,)).fetchall()
        return [{**json.loads(r[0]), "delivered": r[1], "failed": r[2]} for r in rows]

    def undelivered(self) -> list[dict]:
        """Alerts recorded but never handed to the sinks (the process stopped in between)."""
        with self.lock:
            rows = self.conn.execute("SELECT payload FROM watch_alerts WHERE delivered IS NULL AND failed IS NULL "
                                     "ORDER BY created_at").fetchall()
        return [json.loads(r[0]) for r in rows]
