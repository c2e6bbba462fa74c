"""Read methods shared by the SQL back-ends (SQLite, PostgreSQL): same SQL, the dialect's details as
class attributes. Writes, migrations and search stay in each back-end, where they really differ (the
exceptions, :meth:`SQLStoreBase.set_canonical_ids` and the canonical-id carry-over of re-processing,
are plain SQL in both)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, NotFoundError
from ..nlp.dates import first_day
from ..records import Actor, Alignment, Cluster, Document
from .actor_ids import resolved_pair_sql
from .base import from_row
from .corrected_filter import EventFilter, matching
from .events_query import EventsQuery, decode_cursor, finish_events
from .schema import TABLES, TABLES_BY_NAME, Table
from .versions import latest_only_sql, superseded_count


# Where to find the ids of each kind of record, for the hint of a NotFoundError (CLI and API alike).
NOT_FOUND_HINTS = {
    "documents": "List document ids with `cablegram documents` (or find them with `cablegram search WORDS`; "
                 "API: GET /api/documents).",
    "actors": "Find actor ids with `cablegram actors list PART-OF-NAME` (API: GET /api/actors?q=NAME).",
}


def query_timeout(seconds: float | None) -> InputError:
    """The error for a read query stopped by the store's ``read_timeout_s`` (statement timeout)."""
    return InputError(f"the query ran longer than {seconds or 0:g} s and was stopped", source="query",
                      hint="Narrow the filters or search with fewer, rarer words; page deep lists with the cursor "
                           "(next_cursor) rather than a large offset.")


# Commitments written before the sort_date column existed get it on open (cheap once done: the
# column's index finds the NULL rows).
FILL_COMMITMENT_SORT_DATE = ("UPDATE commitments SET sort_date = COALESCE(date, (SELECT d.published_at FROM documents d "
                             "WHERE d.id = commitments.doc_id)) WHERE sort_date IS NULL")


def sort_date(table: str, record: Any, published_at: str | None) -> dict[str, Any] | None:
    """The ``sort_date`` column save_analysis writes: an event's date, else the publication date (as
    timelines always sorted them); a commitment's date when it has one (COALESCE, as the ledger sorted).
    A reduced ISO date (a year "2005" or a month "2011-04", as the text gave it) is completed to its first
    day here, so it sorts and filters by day-level ranges inside its period; the record keeps its own date."""
    if table == "events":
        return {"sort_date": first_day(record.date or published_at)}
    if table == "commitments":
        return {"sort_date": first_day(record.date if record.date is not None else published_at)}
    return None


class SQLStoreBase:
    """Subclasses provide ``_rows(sql, params)``, ``_tx()`` (one transaction), ``conn`` and set the dialect
    attributes below."""

    path: str
    conn: Any
    ph = "?"  # parameter placeholder
    seq = "rowid"  # column giving insertion order, the last tie-breaker
    nulls_last = ""  # suffix giving SQLite's order (NULL smallest) in a DESC sort
    nulls_first = ""  # the same for an ASC sort

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _tx(self) -> Any:
        raise NotImplementedError

    def _events_keeping_links(self, doc_id: str, events: list) -> list:
        """``events`` (a document's new analysis) with the story link (``canonical_id``) of the stored
        event of the same id: re-processing keeps the links of events that come out the same until
        ``cablegram clusters`` recomputes them. Call inside save_analysis's transaction, before the delete."""
        kept = {r["id"]: r["canonical_id"] for r in self.conn.execute(
            f"SELECT id, canonical_id FROM events WHERE doc_id = {self.ph} AND canonical_id IS NOT NULL", (doc_id,))}
        return [dataclasses.replace(e, canonical_id=kept.get(e.id, e.canonical_id)) for e in events]

    def _corrections_following(self, analysis: Any) -> None:
        """Re-point the corrections of this document's records that the new ``analysis`` re-makes under
        a new id (an event's id includes its actors: a KB change re-makes it) to the re-made record, so
        a correction survives ``process --reprocess``. Call inside save_analysis's transaction, before
        the delete; see :func:`cablegram.store.corrections.follow_reprocessing` for the matching."""
        from .corrections import SAME_READING, follow_reprocessing

        for table, keys in SAME_READING.items():
            cols = sorted({c for key in keys for c in key})
            select = ", ".join(f'r."{c}"' for c in cols)
            old = [dict(r) for r in self.conn.execute(
                f'SELECT r.id, {select} FROM "{table}" r WHERE r.doc_id = {self.ph} AND r.id IN '
                f"(SELECT record_id FROM corrections WHERE record_table = {self.ph})", (analysis.doc_id, table))]
            if not old:
                continue
            new = [{"id": rec.id, **{c: getattr(rec, c, None) for c in cols}} for rec in getattr(analysis, table)]
            for old_id, new_id in follow_reprocessing(table, old, new).items():
                self.conn.execute(f"UPDATE corrections SET record_id = {self.ph} WHERE record_table = {self.ph} "
                                  f"AND record_id = {self.ph}", (new_id, table, old_id))

    def _sort_dates_following_corrections(self, doc_id: str) -> int:
        """Give the document's events and commitments whose date an analyst corrected that date as their
        ``sort_date`` (the latest date correction wins; one corrected to none falls back to the publication
        date, completed to a day as :func:`sort_date` does), so listings, pages and date filters order and
        cut them as the analyst dated them. Call inside a transaction (save_analysis, add_correction);
        returns how many rows were updated."""
        ph, updated = self.ph, 0
        for table in ("events", "commitments"):
            rows = self.conn.execute(
                f"SELECT c.record_id, CAST(c.value AS TEXT) AS value, d.published_at FROM corrections c "
                f'JOIN "{table}" r ON r.id = c.record_id JOIN documents d ON d.id = r.doc_id '
                f"WHERE c.record_table = {ph} AND c.action = 'correct' AND c.field = 'date' AND r.doc_id = {ph} "
                "ORDER BY c.created_at, c.id", (table, doc_id)).fetchall()
            latest = {}
            for row in rows:
                value = json.loads(row["value"]) if row["value"] is not None else None
                latest[row["record_id"]] = first_day(value or row["published_at"])
            for record_id, day in latest.items():
                self.conn.execute(f'UPDATE "{table}" SET sort_date = {ph} WHERE id = {ph}', (day, record_id))
                updated += 1
        return updated

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cols(self, table: str, alias: str = "") -> str:
        """The table's schema columns, quoted (back-ends may keep hidden columns of their own)."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(f'{prefix}"{c}"' for c in TABLES_BY_NAME[table].column_names)

    def _one(self, table: str, key: str, what: str) -> dict[str, Any]:
        rows = self._rows(f'SELECT {self._cols(table)} FROM "{table}" WHERE id = {self.ph}', (key,))
        if not rows:
            raise NotFoundError(f"no {what} with id {key!r}", source=self.path, hint=NOT_FOUND_HINTS.get(table))
        return from_row(table, rows[0])

    def get_document(self, doc_id: str) -> Document:
        return Document.from_dict(self._one("documents", doc_id, "document"))

    def get_actor(self, actor_id: str) -> Actor:
        return Actor.from_dict(self._one("actors", actor_id, "actor"))

    def iter_documents(self, unprocessed_only: bool = False, batch: int = 200) -> Iterator[Document]:
        """Documents in ingestion order; ids are read first so callers may write while iterating."""
        where = "WHERE processed_version IS NULL" if unprocessed_only else ""
        ids = [r["id"] for r in self._rows(f"SELECT id FROM documents {where} ORDER BY {self.seq}")]
        for i in range(0, len(ids), batch):
            chunk = ids[i:i + batch]
            marks = ", ".join(self.ph for _ in chunk)
            rows = {r["id"]: r for r in self._rows(
                f"SELECT {self._cols('documents')} FROM documents WHERE id IN ({marks})", chunk)}
            for doc_id in chunk:
                if doc_id in rows:
                    yield Document.from_dict(from_row("documents", rows[doc_id]))

    def _query(self, table: str, conditions: list[tuple[str, Any]], limit: int, offset: int, order: str,
               all_versions: bool = False, doc_id: str | None = None) -> list[dict]:
        """Rows of a per-sentence table joined with their document's date, publisher, title and URL.
        Conditions are written with ``?`` and adapted to the back-end's placeholder. Rows of superseded
        document versions are left out unless ``all_versions`` or one ``doc_id`` is asked for (store.versions)."""
        latest = latest_only_sql(self, "r.doc_id", all_versions, doc_id)
        if latest:
            conditions = [*conditions, (latest, ())]
        where = " AND ".join(c.replace("?", self.ph) for c, _ in conditions)
        params = [p for _, ps in conditions for p in (ps if isinstance(ps, tuple) else (ps,))]
        sql = (f'SELECT {self._cols(table, "r")}, d.published_at, d.publisher, d.title, d.url FROM "{table}" r '
               f"JOIN documents d ON d.id = r.doc_id {'WHERE ' + where if where else ''} "
               f"ORDER BY {order} LIMIT {self.ph} OFFSET {self.ph}")
        return [from_row(table, r) for r in self._rows(sql, [*params, int(limit), int(offset)])]

    def _newest_first(self, date: str) -> str:
        return (f"{date} DESC{self.nulls_last}, r.doc_id, r.sentence_index{self.nulls_first}, r.{self.seq}")

    def query_events(self, actor: str | None = None, type: str | None = None, modality: str | None = None,
                     mode: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     publisher: str | None = None, doc_id: str | None = None, limit: int = 100, offset: int = 0,
                     actors_any: list[str] | None = None, all_versions: bool = False) -> list[dict]:
        """Every event (confident or not) joined with its document's date, publisher and title; newest first.
        Events of superseded document versions only with ``all_versions`` or their ``doc_id`` (store.versions).

        Analysts' corrections are applied as in every listing (corrected values, a ``correction`` column:
        None, "confirmed", "corrected" or "rejected"; rejected events stay, marked). For the precision-first
        view that ``cablegram events`` and ``GET /api/events`` show by default use :meth:`list_events`."""
        from .corrections import apply_corrections

        rows = self.events_page(actor=actor, type=type, modality=modality, mode=mode, date_from=date_from,
                                date_to=date_to, publisher=publisher, doc_id=doc_id, limit=limit, offset=offset,
                                actors_any=actors_any, all_versions=all_versions)[0]
        return apply_corrections(self, "events", rows, include_rejected=True)

    def list_events(self, *, all: bool = False, min_confidence: float | None = None, limit: int = 50,
                    offset: int = 0, **filters: Any) -> list[dict]:
        """Events as ``cablegram events`` and ``GET /api/events`` list them, newest first.

        By default only confident events (classifier confidence at least ``min_confidence``, default
        ``Settings().event_min_confidence`` = 0.5, and both actors resolved), with analysts' corrections
        applied and rejected events left out; ``all=True`` lists every event (rejected ones marked).
        Events of superseded document versions are left out unless ``all_versions=True`` (a different switch).
        ``filters``: as the API's (actor, type, quad, source, target, mode, modality, date_from, date_to,
        publisher, country, doc_id). A type, mode or modality the codebook lacks is an InputError."""
        from ..config import Settings
        from .readmodel import confidence_floor
        from .readmodel import list_events as listing

        if min_confidence is None and not all:
            min_confidence = confidence_floor(Settings())
        return listing(self, min_confidence=min_confidence, include_rejected=all, confident=not all,
                       limit=limit, offset=offset, **filters)[0]

    def _date_to_condition(self, date_to: str) -> tuple[str, str]:
        """Events up to and including the whole day ``date_to``: below the day's upper bound, so the
        sort_date index serves the range ("~" sorts after every character of an ISO date or time)."""
        return "r.sort_date < ?", date_to[:10] + "~"

    _publisher_like = "d.publisher LIKE ?"
    publisher_list_max = 1000  # up to this many matching documents, the publisher filter lists their ids
    publisher_names_max = 500  # up to this many matching publisher names, they are listed rather than matched

    def _publisher_condition(self, publisher: str) -> tuple[str, list[Any]]:
        """The events condition for a publisher filter (a substring of the publisher's name).

        The pattern is matched against the distinct publisher names (found by skipping through the
        publisher index, one seek per name), not against every document. Few matching documents: their
        ids (events found through the doc_id index, then sorted). Many: a per-event check of the
        document's publisher while walking the timeline, which soon fills a page (joining documents
        instead made SQLite scan them all to build a Bloom filter: 60 ms at 100,000 documents, seconds
        when nothing matched)."""
        ph, pattern = self.ph, f"%{publisher}%"
        names = [r["x"] for r in self._rows(
            "WITH RECURSIVE p(x) AS (SELECT MIN(publisher) FROM documents UNION ALL SELECT (SELECT MIN(publisher) "
            "FROM documents WHERE publisher > p.x) FROM p WHERE p.x IS NOT NULL) "
            f"SELECT x FROM p WHERE {self._publisher_like.replace('d.publisher', 'x').replace('?', ph)}", [pattern])]
        if not names:
            return "1 = 0", []
        if len(names) > self.publisher_names_max:  # too many for a parameter list: match the pattern itself
            match, params = self._publisher_like.replace("?", ph), [pattern]
        else:
            match, params = f"d.publisher IN ({', '.join(ph for _ in names)})", names
        ids = [r["id"] for r in self._rows(f"SELECT d.id FROM documents d WHERE {match} LIMIT {ph}",
                                           [*params, self.publisher_list_max + 1])]
        if len(ids) <= self.publisher_list_max:
            return f"r.doc_id IN ({', '.join(ph for _ in ids)})", ids
        return f"EXISTS (SELECT 1 FROM documents d WHERE d.id = r.doc_id AND {match})", params

    def events_page(self, actor: str | None = None, type: str | None = None, modality: str | None = None,
                    mode: str | None = None, date_from: str | None = None, date_to: str | None = None,
                    publisher: str | None = None, doc_id: str | None = None, limit: int = 100, offset: int = 0,
                    actors_any: list[str] | None = None, cursor: str | None = None,
                    min_confidence: float | None = None,
                    actors_resolved: bool = False, types: list[str] | tuple[str, ...] | None = None,
                    source: str | None = None, target: str | None = None,
                    all_versions: bool = False) -> tuple[list[dict], str | None]:
        """One page of :meth:`query_events` and the cursor of the next page (None on the last).

        ``actors_any``: events whose source or target is any of these ids; ``min_confidence``: events whose
        classifier confidence is at least this (0-1); ``actors_resolved``: events whose source and target
        are both resolved to a real actor id (not raw text: :mod:`store.actor_ids`) (with min_confidence: the precision-first rule of nlp.events.is_confident). ``types``: any of
        these PLOVER types (a quad class, store.quads); ``source``/``target``: a dyad's actor ids. With ``cursor`` (from an
        earlier page) the page starts after that row and ``offset`` is ignored. Events of superseded document
        versions are left out unless ``all_versions`` or ``doc_id`` is given (store.versions).
        """
        q = EventsQuery(self.ph, f"r.{self.seq}", desc=self.nulls_last, asc=self.nulls_first)
        flt = EventFilter(actor=actor, actors_any=None if actors_any is None else tuple(actors_any), type=type,
                          types=tuple(types or ()), mode=mode, modality=modality, date_from=date_from, date_to=date_to,
                          source=source, target=target, min_confidence=min_confidence, actors_resolved=actors_resolved)
        cond: list[tuple[str, list[Any]]] = []  # conditions on fields an analyst may correct
        for clause, value in (("r.type = ?", type.upper() if type else None), ("r.modality = ?", modality),
                              ("r.mode = ?", mode), ("r.sort_date >= ?", date_from),
                              self._date_to_condition(date_to) if date_to else ("", None),
                              ("r.source_actor = ?", source), ("r.target_actor = ?", target)):
            if value:
                cond.append((clause.replace("?", self.ph), [value]))
        if types:
            cond.append((f"r.type IN ({', '.join(self.ph for _ in types)})", list(types)))
        if actors_resolved:
            cond.append((resolved_pair_sql("r"), []))  # real ids, not raw text (store.actor_ids)
        branches = q.branches(actor, actors_any, cond)
        plain = [(c.replace("?", self.ph), [v]) for c, v in (("r.doc_id = ?", doc_id),
                                                            ("r.confidence >= ?", min_confidence)) if v]
        if publisher:
            plain.append(self._publisher_condition(publisher))
        latest = latest_only_sql(self, "r.doc_id", all_versions, doc_id)
        if latest:
            plain.append((latest, []))
        cond, branches = self._with_corrections(flt, cond, branches)
        cond += plain
        phases = q.after(decode_cursor(cursor)) if cursor else [[]]
        limit, offset = int(limit), 0 if cursor else int(offset)
        rows: list[dict] = []
        for phase in phases:
            keys, params = q.keys_sql(cond + phase, branches, join_documents=False)
            sql = (f"SELECT {self._cols('events', 'r')}, r.{self.seq} AS _key, d.published_at, d.publisher, d.title, "
                   f"d.url FROM ({keys}) s JOIN events r ON r.{self.seq} = s.k JOIN documents d ON d.id = r.doc_id "
                   f"ORDER BY {q.order()}")
            rows += self._rows(sql, [*params, limit - len(rows), offset])
            if len(rows) >= limit:
                break
        return finish_events(rows, limit)

    def _with_corrections(self, flt: EventFilter, cond: list[tuple[str, list[Any]]],
                          branches: list[tuple[str, list[Any]]]) -> tuple[list, list]:
        """The timeline's (conditions, branches) so that filters on correctable fields see analysts' corrected
        values: events with such a correction leave the machine-column conditions and come back by id
        when their corrected row passes ``flt`` (store.corrected_filter)."""
        skip, passing = matching(self, flt)
        if not skip:
            return cond, branches
        ph = self.ph
        where = " AND ".join([c for c, _ in cond] + [f"r.id NOT IN ({', '.join(ph for _ in skip)})"])
        params = [p for _, ps in cond for p in ps] + skip
        arms = [(f"{b} AND {where}", [*bp, *params]) for b, bp in (branches or [("1 = 1", [])])]
        if passing:
            arms.append((f"r.id IN ({', '.join(ph for _ in passing)})", [r["id"] for r in passing]))
        return [], arms

    def query_mentions(self, actor_id: str | None = None, doc_id: str | None = None,
                       limit: int = 1000, offset: int = 0, all_versions: bool = False) -> list[dict]:
        """Actor mentions (the spelling used, the actor it resolved to, how); superseded versions' only with
        ``all_versions`` or their ``doc_id``."""
        cond = [(f"r.{col} = ?", value) for col, value in (("actor_id", actor_id), ("doc_id", doc_id)) if value]
        return self._query("mentions", cond, limit, offset, f"r.actor_id, r.doc_id, r.start, r.{self.seq}",
                           all_versions, doc_id)

    def query_claims(self, claimant_kind: str | None = None, doc_id: str | None = None, claimant: str | None = None,
                     limit: int = 100, offset: int = 0, all_versions: bool = False) -> list[dict]:
        """Stored claims newest first; superseded versions' only with ``all_versions`` or their ``doc_id``."""
        cond = [(f"r.{col} = ?", value) for col, value in
                (("claimant_kind", claimant_kind), ("doc_id", doc_id), ("claimant", claimant)) if value]
        return self._query("claims", cond, limit, offset, self._newest_first("d.published_at"), all_versions, doc_id)

    def query_commitments(self, donor: str | None = None, recipient: str | None = None, category: str | None = None,
                          status: str | None = None, doc_id: str | None = None, limit: int = 1000,
                          offset: int = 0, all_versions: bool = False) -> list[dict]:
        """Stored commitments (machine values; listings overlay the corrections) joined with their document's
        fields, newest first. ``donor``, ``recipient``, ``category`` and ``status`` select by the values as
        analysts corrected them: a commitment corrected from pledged to delivered is found by
        ``status="delivered"`` and no longer by ``status="pledged"``. Commitments of superseded document
        versions only with ``all_versions`` or their ``doc_id`` (store.versions)."""
        wanted = {col: value for col, value in (("donor", donor), ("recipient", recipient), ("category", category),
                                                 ("status", status)) if value}
        cond = self._corrected_commitment_condition(wanted) if wanted else []
        if doc_id:
            cond.append(("r.doc_id = ?", doc_id))
        # sort_date = COALESCE(date, published_at), kept by save_analysis: the index gives the page in order.
        return self._query("commitments", cond, limit, offset, self._newest_first("r.sort_date"), all_versions, doc_id)

    def _corrected_commitment_condition(self, wanted: dict[str, str]) -> list[tuple[str, tuple]]:
        """The condition for ``wanted`` (column -> value) on corrected values: commitments with a correction of
        one of these columns (few: the corrections table is small) leave the machine-column test and come back
        by id when their corrected values match."""
        from .corrections import states

        plain = " AND ".join(f"r.{col} = ?" for col in wanted)
        fields = ("donor", "recipient", "category", "status")
        ids = [r["record_id"] for r in self.read_sql(
            "SELECT DISTINCT record_id FROM corrections WHERE record_table = 'commitments' AND action = 'correct' "
            f"AND field IN ({', '.join('?' for _ in fields)})", list(fields))]
        if not ids:
            return [(plain, tuple(wanted.values()))]
        marks = ", ".join("?" for _ in ids)
        machine = {r["id"]: r for r in self.read_sql(f"SELECT id, {', '.join(fields)} FROM commitments WHERE id IN ({marks})", ids)}
        corrected = {i: {**machine[i], **state["fields"]} for i, state in states(self, "commitments", ids).items()
                     if i in machine}
        back = [i for i, row in corrected.items() if all(row.get(col) == value for col, value in wanted.items())]
        clause = f"(({plain}) AND r.id NOT IN ({marks}))"
        if back:
            clause = f"({clause} OR r.id IN ({', '.join('?' for _ in back)}))"
        return [(clause, (*wanted.values(), *ids, *back))]

    def set_canonical_ids(self, links: Iterable[tuple[str, str | None]], *, replace: bool = False) -> int:
        """Set ``events.canonical_id`` for each ``(event id, canonical event id)`` pair, in one transaction.

        ``replace=True`` first clears every event's link (links recomputed as a whole, as ``cablegram
        clusters`` does). Idempotent: the same call again leaves the same rows. Unknown event ids are
        skipped; returns how many events were updated (the pairs whose event exists)."""
        pairs = [(canonical, event_id) for event_id, canonical in links]
        with self._tx():
            cur = self.conn.cursor()
            try:
                if replace:
                    cur.execute("UPDATE events SET canonical_id = NULL WHERE canonical_id IS NOT NULL")
                if not pairs:
                    return 0
                cur.executemany(f"UPDATE events SET canonical_id = {self.ph} WHERE id = {self.ph}", pairs)
                return cur.rowcount
            finally:
                cur.close()

    def get_alignments(self, doc_id: str) -> list[Alignment]:
        rows = self._rows(f"SELECT {self._cols('alignments')} FROM alignments WHERE doc_id = {self.ph} "
                          "ORDER BY sentence_index", (doc_id,))
        return [Alignment.from_dict(from_row("alignments", r)) for r in rows]

    def list_clusters(self) -> list[Cluster]:
        return [Cluster.from_dict(from_row("clusters", r))
                for r in self._rows(f"SELECT {self._cols('clusters')} FROM clusters ORDER BY id")]

    def rebuild_summaries(self) -> dict[str, int]:
        """Recompute the per-actor summary tables (store/summaries.py) from events and mentions, in one
        transaction; returns {table: rows}. Needed only after writes that bypass ``save_analysis``."""
        from . import summaries

        with self._tx():
            return summaries.rebuild(self)

    def counts(self) -> dict[str, int]:
        """Rows per table (every version), ``unprocessed`` documents and ``superseded`` ones (documents with a
        later version, whose rows the default listings leave out: store.versions). The tables an analysis writes are counted from the
        table_rows summary (store/summaries.py): COUNT(*) over millions of mentions took ~70 ms."""
        from . import summaries

        kept = summaries.table_rows(self)
        out = {t.name: kept[t.name] if t.name in kept else self._rows(f'SELECT COUNT(*) AS n FROM "{t.name}"')[0]["n"]
               for t in TABLES}
        out["unprocessed"] = self._rows("SELECT COUNT(*) AS n FROM documents WHERE processed_version IS NULL")[0]["n"]
        out["superseded"] = superseded_count(self)
        return out

    def table_info(self) -> dict[str, Table]:
        return dict(TABLES_BY_NAME)
