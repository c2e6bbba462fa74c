"""Summary rows behind the actor page and the store's counts: who an actor deals with (by event type),
how its name is written and which offices it was seen holding, and how many rows each record table
holds, without scanning events or mentions.

Four small tables, derived from ``events``, ``mentions`` and ``documents`` and never edited by hand:

* ``actor_links (source_actor, target_actor, type, n)``: events per dyad and PLOVER type (events
  whose source and target are both resolved and differ);
* ``actor_names (actor_id, text, n)``: mentions per resolved actor and spelling;
* ``actor_roles (actor_id, role, published_at, n)``: mentions carrying an office, per publication
  date of their document;
* ``table_rows (name, n)``: rows of the tables an analysis writes (the store's status counts).

Key columns cannot be NULL (PostgreSQL primary keys), so NULL is stored as ``''`` and read back as
None. :func:`document_counts` / :func:`apply_change` keep the tables right on every
``save_analysis`` (the document's old counts out, its new ones in, in the same transaction);
:func:`rebuild` recomputes them from scratch (``cablegram reindex``, and on the first open of a
store made before they existed). Counts are of machine rows: analysts' corrections are applied
on top where the rows are read (the actor page's network: ``readmodel.counterpart_network``).
The tables count every document version; the readers take a superseded version's part out
(:func:`superseded_part`, given as ``less``) so an actor page counts an edited page once.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

# name -> (key columns, SELECT giving the key columns and n from the base tables, WHERE of one document)
_LINKS_SELECT = ("SELECT r.source_actor AS k1, r.target_actor AS k2, COALESCE(r.type, '') AS k3, COUNT(*) AS n "
                 "FROM events r WHERE r.source_actor IS NOT NULL AND r.target_actor IS NOT NULL "
                 "AND r.source_actor != r.target_actor {doc} GROUP BY r.source_actor, r.target_actor, COALESCE(r.type, '')")
_NAMES_SELECT = ("SELECT r.actor_id AS k1, COALESCE(r.text, '') AS k2, COUNT(*) AS n FROM mentions r "
                 "WHERE r.actor_id IS NOT NULL {doc} GROUP BY r.actor_id, COALESCE(r.text, '')")
_ROLES_SELECT = ("SELECT r.actor_id AS k1, r.role_on_date AS k2, COALESCE(d.published_at, '') AS k3, COUNT(*) AS n "
                 "FROM mentions r JOIN documents d ON d.id = r.doc_id WHERE r.actor_id IS NOT NULL "
                 "AND r.role_on_date IS NOT NULL {doc} GROUP BY r.actor_id, r.role_on_date, COALESCE(d.published_at, '')")

# Rows of the tables save_analysis writes (the status counts of /api/stats and `cablegram status`).
COUNTED_TABLES = ("analyses", "mentions", "events", "claims", "commitments")
_ROWS_SELECT = ("SELECT k1, n FROM (" + " UNION ALL ".join(
    f"SELECT '{t}' AS k1, COUNT(*) AS n FROM \"{t}\" r WHERE 1 = 1 {{doc}}" for t in COUNTED_TABLES) + ") c WHERE n > 0")

SUMMARIES: dict[str, tuple[tuple[str, ...], str]] = {
    "actor_links": (("source_actor", "target_actor", "type"), _LINKS_SELECT),
    "actor_names": (("actor_id", "text"), _NAMES_SELECT),
    "actor_roles": (("actor_id", "role", "published_at"), _ROLES_SELECT),
    "table_rows": (("name",), _ROWS_SELECT),
}
# Second indexes (the primary key serves lookups by its first column).
_INDEXES = {"actor_links": ("target_actor", "source_actor", "type", "n")}


def ddl(text_type: str, suffix: str = "") -> list[str]:
    """CREATE statements for the summary tables: ``text_type`` is the dialect's key column type
    (PostgreSQL: ``TEXT COLLATE "C"`` so ordering matches SQLite), ``suffix`` e.g. ``WITHOUT ROWID``."""
    out = []
    for name, (keys, _) in SUMMARIES.items():
        cols = ", ".join(f'"{k}" {text_type} NOT NULL' for k in keys)
        out.append(f'CREATE TABLE IF NOT EXISTS "{name}" ({cols}, "n" BIGINT NOT NULL, '
                   f'PRIMARY KEY ({", ".join(chr(34) + k + chr(34) for k in keys)})){suffix}')
    for name, cols in _INDEXES.items():
        out.append(f'CREATE INDEX IF NOT EXISTS "idx_{name}_{"_".join(cols)}" ON "{name}" ('
                   + ", ".join(f'"{c}"' for c in cols) + ")")
    return out


def _execute(store, sql: str, params: list[Any]) -> list[Any]:
    """Run one statement on the store's connection (inside the caller's transaction); rows for a SELECT."""
    cur = store.conn.cursor()
    try:
        cur.execute(sql.replace("?", store.ph), params)
        return cur.fetchall() if cur.description else []
    finally:
        cur.close()


def document_counts(store, doc_id: str) -> dict[str, Counter]:
    """The summary rows one document contributes: {table: Counter(key tuple -> n)}."""
    out: dict[str, Counter] = {}
    for name, (keys, select) in SUMMARIES.items():
        sql = select.format(doc="AND r.doc_id = ?")
        rows = _execute(store, sql, [doc_id] * sql.count("?"))
        names = [f"k{i + 1}" for i in range(len(keys))]
        out[name] = Counter({tuple([r[k] for k in names]): int(r["n"]) for r in rows})
    return out


def apply_change(store, before: dict[str, Counter], after: dict[str, Counter]) -> int:
    """Move the summaries from a document's ``before`` counts to its ``after`` counts (both from
    :func:`document_counts`, taken inside the same transaction as the write). Returns rows touched."""
    touched = 0
    for name, (keys, _) in SUMMARIES.items():
        old, new = before.get(name, Counter()), after.get(name, Counter())
        deltas = {k: new.get(k, 0) - old.get(k, 0) for k in set(old) | set(new)}
        changed = sorted((k, d) for k, d in deltas.items() if d)
        if not changed:
            continue
        cols = ", ".join(f'"{k}"' for k in keys)
        match = " AND ".join(f'"{k}" = ?' for k in keys)
        upsert = (f'INSERT INTO "{name}" ({cols}, "n") VALUES ({", ".join("?" for _ in keys)}, ?) '
                  f'ON CONFLICT ({cols}) DO UPDATE SET "n" = "{name}"."n" + excluded."n"')
        cur = store.conn.cursor()
        try:
            cur.executemany(upsert.replace("?", store.ph), [[*k, d] for k, d in changed])
            cur.executemany(f'DELETE FROM "{name}" WHERE {match} AND "n" <= 0'.replace("?", store.ph),
                            [list(k) for k, d in changed if d < 0])
        finally:
            cur.close()
        touched += len(changed)
    return touched


def rebuild(store) -> dict[str, int]:
    """Recompute every summary table from the base tables (inside the caller's transaction).
    Returns {table: rows}."""
    out = {}
    for name, (keys, select) in SUMMARIES.items():
        _execute(store, f'DELETE FROM "{name}"', [])
        cols = ", ".join(f'"{k}"' for k in keys)
        k_cols = ", ".join(f"k{i + 1}" for i in range(len(keys)))
        _execute(store, f'INSERT INTO "{name}" ({cols}, "n") SELECT {k_cols}, n FROM ({select.format(doc="")}) s', [])
        out[name] = int(_execute(store, f'SELECT COUNT(*) AS n FROM "{name}"', [])[0]["n"])
    return out


def table_rows(store) -> dict[str, int]:
    """Rows per table for :data:`COUNTED_TABLES` (0 for an empty table), from the table_rows summary."""
    found = {r["name"]: int(r["n"]) for r in store.read_sql("SELECT name, n FROM table_rows")}
    return {t: found.get(t, 0) for t in COUNTED_TABLES}


def _none(value: Any) -> Any:
    return None if value == "" else value


def superseded_part(store, name: str, actor_id: str) -> Counter:
    """What superseded document versions (store.versions) add to summary ``name`` (``actor_links``,
    ``actor_names`` or ``actor_roles``) for ``actor_id``: Counter(key tuple -> n), keys as the table stores
    them (NULL as ``''``); empty while no document is superseded. Read from the base tables, restricted to
    the superseded documents (few), for the readers below to subtract."""
    from .versions import any_superseded, superseded_sql

    keys, select = SUMMARIES[name]
    if not any_superseded(store):
        return Counter()
    mine = "(r.source_actor = ? OR r.target_actor = ?)" if name == "actor_links" else "r.actor_id = ?"
    sql = select.format(doc=f"AND {mine} AND {superseded_sql('r.doc_id')}")
    names = [f"k{i + 1}" for i in range(len(keys))]
    return Counter({tuple(r[k] for k in names): int(r["n"])
                    for r in store.read_sql(sql, [actor_id] * sql.count("?"))})


def _less(rows: list[dict[str, Any]], key, less: Counter | None) -> list[dict[str, Any]]:
    """``rows`` (each with ``n``) with ``less[key(row)]`` taken off; rows left with nothing dropped."""
    if not less:
        return rows
    out = []
    for r in rows:
        n = int(r["n"]) - less.get(key(r), 0)
        if n > 0:
            out.append({**r, "n": n})
    return out


def counterpart_network(store, actor_id: str, limit: int = 60, less: Counter | None = None) -> list[dict[str, Any]]:
    """Who the actor interacts with, by event type, heaviest first: rows of counterpart, type,
    direction ("out": the actor is the source), n (events). ``less``: counts to take off
    (:func:`superseded_part` of ``actor_links``)."""
    # Taking counts off lowers only the keys in ``less``: the first limit + len(less) rows hold the new top.
    rows = store.read_sql(
        "SELECT source_actor, target_actor, type, n FROM actor_links WHERE source_actor = ? UNION ALL "
        "SELECT source_actor, target_actor, type, n FROM actor_links WHERE target_actor = ? "
        "ORDER BY n DESC, source_actor, target_actor, type LIMIT ?", [actor_id, actor_id, int(limit) + len(less or ())])
    rows = _less(rows, lambda r: (r["source_actor"], r["target_actor"], r["type"]), less)
    rows.sort(key=lambda r: (-r["n"], r["source_actor"], r["target_actor"], r["type"]))
    out = []
    for r in rows[:limit]:
        outgoing = r["source_actor"] == actor_id
        out.append({"counterpart": r["target_actor"] if outgoing else r["source_actor"], "type": _none(r["type"]),
                    "direction": "out" if outgoing else "in", "n": int(r["n"])})
    return out


def name_variants(store, actor_id: str, limit: int = 40, less: Counter | None = None) -> list[dict[str, Any]]:
    """How the actor was written in mentions, most frequent first: rows of text, n. ``less``: counts to
    take off (:func:`superseded_part` of ``actor_names``)."""
    rows = store.read_sql("SELECT text, n FROM actor_names WHERE actor_id = ? ORDER BY n DESC, text LIMIT ?",
                          [actor_id, int(limit) + len(less or ())])
    rows = _less(rows, lambda r: (actor_id, r["text"]), less)
    rows.sort(key=lambda r: (-r["n"], r["text"]))
    return [{"text": _none(r["text"]), "n": int(r["n"])} for r in rows[:limit]]


def roles_seen(store, actor_id: str, less: Counter | None = None) -> list[dict[str, Any]]:
    """Offices attached to the actor's mentions with the first and last publication date (ISO text)
    they were seen and the number of mentions: rows of role, first_seen, last_seen, n. ``less``: counts
    to take off (:func:`superseded_part` of ``actor_roles``), dates seen only in them included."""
    if not less:
        rows = store.read_sql(
            "SELECT role, MIN(NULLIF(published_at, '')) AS first_seen, MAX(NULLIF(published_at, '')) AS last_seen, "
            "SUM(n) AS n FROM actor_roles WHERE actor_id = ? GROUP BY role ORDER BY first_seen, role", [actor_id])
        return [{**r, "n": int(r["n"])} for r in rows]
    dated = _less(store.read_sql("SELECT role, published_at, n FROM actor_roles WHERE actor_id = ?", [actor_id]),
                  lambda r: (actor_id, r["role"], r["published_at"]), less)
    roles: dict[str, dict[str, Any]] = {}
    for r in dated:
        seen = roles.setdefault(r["role"], {"role": r["role"], "first_seen": None, "last_seen": None, "n": 0})
        seen["n"] += r["n"]
        if r["published_at"]:
            seen["first_seen"] = min(filter(None, (seen["first_seen"], r["published_at"])))
            seen["last_seen"] = max(filter(None, (seen["last_seen"], r["published_at"])))
    # as the query orders: no date first (NULL is smallest), then by first date and role
    return sorted(roles.values(), key=lambda r: (r["first_seen"] is not None, r["first_seen"] or "", r["role"]))
