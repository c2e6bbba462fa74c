"""Timeline queries shared by the SQLite and PostgreSQL stores: keyset ("cursor") pagination over
events in timeline order, so deep pages cost the same as the first one."""

from __future__ import annotations

import base64
import json
from typing import Any

from ..errors import InputError
from .base import from_row

_MAX_BRANCH_IDS = 24  # above this many actor ids, one scan with IN (...) beats a merge of 2 x n branches

def encode_cursor(row_key: list[Any]) -> str:
    """An opaque cursor for the row whose order key is [sort_date, doc_id, sentence_index, row id]."""
    return base64.urlsafe_b64encode(json.dumps(row_key, separators=(",", ":")).encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    """The order key inside ``cursor``; InputError when it was not made by :func:`encode_cursor`."""
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid cursor {cursor[:40]!r}", source="cursor", code="invalid_value",
                         hint="Pass next_cursor from a previous page unchanged, or page with offset.") from exc
    shape = (isinstance(key, list) and len(key) == 4 and isinstance(key[0], (str, type(None)))
             and isinstance(key[1], str) and isinstance(key[2], (int, type(None))) and isinstance(key[3], int)
             and all(-2**63 <= k < 2**63 for k in key[2:] if k is not None))  # SQL's 64-bit integers
    if not shape:
        raise InputError(f"invalid cursor {cursor[:40]!r}", source="cursor", code="invalid_value",
                         hint="Pass next_cursor from a previous page unchanged, or page with offset.")
    return key


class EventsQuery:
    """Builds the timeline SQL for one back-end: ``ph`` is its placeholder, ``key`` its row-id column,
    ``desc``/``asc`` the NULL ordering suffixes that give SQLite's "NULL is smallest" order."""

    def __init__(self, ph: str, key: str, desc: str = "", asc: str = ""):
        self.ph, self.key, self.desc, self.asc = ph, key, desc, asc

    def order(self, sd: str = "r.sort_date", di: str = "r.doc_id", si: str = "r.sentence_index", k: str | None = None) -> str:
        return f"{sd} DESC{self.desc}, {di}, {si}{self.asc}, {k or self.key}"

    def after(self, key: list[Any]) -> list[list[tuple[str, list[Any]]]]:
        """Conditions for the rows after ``key``, as phases to run in turn (each an index range)."""
        ph, sd, di, si, k = self.ph, *key
        if si is None:
            si_tail = (f"(r.sentence_index IS NOT NULL OR {self.key} > {ph})", [k])
        else:
            si_tail = (f"(r.sentence_index > {ph} OR (r.sentence_index = {ph} AND {self.key} > {ph}))", [si, si, k])
        doc_tail = (f"(r.doc_id > {ph} OR (r.doc_id = {ph} AND {si_tail[0]}))", [di, di, *si_tail[1]])
        if sd is None:
            return [[("r.sort_date IS NULL", []), doc_tail]]
        # Rows with a NULL sort_date come last; a second phase reads them, so the first keeps its range.
        return [[(f"r.sort_date <= {ph}", [sd]), (f"(r.sort_date < {ph} OR (r.sort_date = {ph} AND {doc_tail[0]}))",
                                                   [sd, sd, *doc_tail[1]])],
                [("r.sort_date IS NULL", [])]]

    def keys_sql(self, cond: list[tuple[str, list[Any]]], branches: list[tuple[str, list[Any]]],
                 join_documents: bool) -> tuple[str, list[Any]]:
        """SELECT of the page's row ids (LIMIT/OFFSET placeholders last)."""
        join = "JOIN documents d ON d.id = r.doc_id " if join_documents else ""
        ph = self.ph
        if len(branches) <= 1:
            parts = cond + branches
            where = " AND ".join(c for c, _ in parts)
            sql = (f"SELECT {self.key} AS k FROM events r {join}{'WHERE ' + where if where else ''} "
                   f"ORDER BY {self.order()} LIMIT {ph} OFFSET {ph}")
            return sql, [p for _, ps in parts for p in ps]
        arms, params = [], []
        for branch in branches:
            parts = [*cond, branch]
            arms.append(f"SELECT {self.key} AS k, r.sort_date AS sd, r.doc_id AS di, r.sentence_index AS si "
                        f"FROM events r {join}WHERE " + " AND ".join(c for c, _ in parts))
            params += [p for _, ps in parts for p in ps]
        sql = (f"SELECT k FROM ({' UNION ALL '.join(arms)} ORDER BY {self.order('sd', 'di', 'si', 'k')} "
               f"LIMIT {ph} OFFSET {ph}) u")
        return sql, params

    def branches(self, actor: str | None, actors_any: list[str] | None,
                 cond: list[tuple[str, list[Any]]]) -> list[tuple[str, list[Any]]]:
        """Branch conditions for the actor filters; plain conditions may be appended to ``cond``."""
        ph = self.ph
        if actors_any is not None:
            ids = list(dict.fromkeys(a for a in actors_any if a))
            if not ids:
                return [("1 = 0", [])]
            if actor:
                cond.append((f"(r.source_actor = {ph} OR r.target_actor = {ph})", [actor, actor]))
            marks = ", ".join(ph for _ in ids)
            if len(ids) > _MAX_BRANCH_IDS:
                return [(f"(r.source_actor IN ({marks}) OR r.target_actor IN ({marks}))", [*ids, *ids])]
            out = [(f"r.source_actor = {ph}", [a]) for a in ids]
            # An event whose source is also one of the ids is already in a source branch.
            out += [(f"r.target_actor = {ph} AND (r.source_actor IS NULL OR r.source_actor NOT IN ({marks}))", [a, *ids])
                    for a in ids]
            return out
        if actor:
            return [(f"r.source_actor = {ph}", [actor]),
                    (f"r.target_actor = {ph} AND (r.source_actor IS NULL OR r.source_actor != {ph})", [actor, actor])]
        return []


def finish_events(rows: list[dict], limit: int) -> tuple[list[dict], str | None]:
    """Decode the rows, drop their row id, and make the next page's cursor from the last one."""
    keys = [r.pop("_key") for r in rows]
    cursor = None
    if rows and len(rows) == limit:
        last = rows[-1]
        cursor = encode_cursor([last["sort_date"], last["doc_id"], last["sentence_index"], keys[-1]])
    return [from_row("events", r) for r in rows], cursor
