"""Rows of one store table, read through the Store protocol (so every back-end exports alike).

Each row is a dict holding exactly the table's columns from :mod:`cablegram.store.schema`, in
schema order, with JSON columns decoded (lists, dicts) and booleans as ``bool``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..store import corrections
from ..store.readmodel import false_credit, partly_supported
from ..store.schema import TABLES_BY_NAME, Column

# Tables that can be exported, in the order the CLI lists them.
EXPORT_TABLES: tuple[str, ...] = ("events", "documents", "mentions", "claims", "commitments", "actors", "alignments")

_PAGE = 1000


# Exported after the schema columns of tables that analysts can correct (see store/corrections.py).
CORRECTION_COLUMN = Column("correction", "text", "Analyst's verdict applied to this row: confirmed | corrected | "
                           "(rejected rows are left out) | empty when no analyst has looked at it")


# Exported after the schema columns of the alignments table: the two verdicts the trace listing and the article page
# show, which the store keeps inside `spans` (a new clause) and `differences` ("false credit: …").
ALIGNMENT_VERDICT_COLUMNS: tuple[Column, ...] = (
    Column("partly", "bool", "Partly supported: a supported sentence with a new clause of the article's own (marked "
           "\"clause\": true among the spans)"),
    Column("false_credit", "text", "For a sentence that credits a source with what it does not say: whom it is "
           "credited to (the \"false credit: …\" difference), else empty"),
)


# `export --unique`: one row per canonical event (provenance.event_dedup.unique_event_counts).
UNIQUE_EVENTS = "unique_events"
UNIQUE_EVENTS_DESCRIPTION = ("One row per unique happening: events of one story cluster (or one document) with the same "
                             "type, dyad, day and modality.")
UNIQUE_EVENT_COLUMNS: tuple[Column, ...] = (
    Column("canonical_id", "text", "Id of the canonical event (from the cluster's earliest document)"),
    Column("type", "text", "PLOVER event type"),
    Column("source_actor", "text", "Actor id of who acts"),
    Column("target_actor", "text", "Actor id of who is acted upon"),
    Column("date", "text", "Event day (YYYY-MM-DD)"),
    Column("modality", "text", "occurred | planned | hypothetical | negated (part of the key: a denied act is another happening)"),
    Column("events", "int", "Number of event records merged into this one"),
    Column("documents", "int", "Number of distinct documents that reported it"),
    Column("doc_ids", "json", "Ids of those documents, earliest of the story first"),
)


def export_columns(table: str) -> list[Column]:
    """The columns an export of ``table`` holds: the schema's, then ``correction`` for correctable tables."""
    if table == UNIQUE_EVENTS:
        return list(UNIQUE_EVENT_COLUMNS)
    cols = list(TABLES_BY_NAME[check_table(table)].columns)
    if table == "alignments":
        return cols + list(ALIGNMENT_VERDICT_COLUMNS)
    return cols + [CORRECTION_COLUMN] if table in corrections.CORRECTABLE else cols


def columns(table: str) -> list[str]:
    """Column names of an export of ``table``, in order."""
    return [c.name for c in export_columns(table)]


def check_table(table: str) -> str:
    if table not in EXPORT_TABLES:
        raise InputError(f"cannot export table {table!r}", source="--table",
                         hint=f"Choose one of: {', '.join(EXPORT_TABLES)}.", code="unsupported_format")
    return table


def _paged(query, **filters: Any) -> Iterator[dict]:
    offset = 0
    while True:
        page = query(limit=_PAGE, offset=offset, **filters)
        yield from page
        if len(page) < _PAGE:
            return
        offset += _PAGE


def _shape(table: str, data: dict[str, Any]) -> dict[str, Any]:
    return {name: data.get(name) for name in columns(table)}


_QUERIES = {"events": "query_events", "claims": "query_claims", "commitments": "query_commitments",
            "mentions": "query_mentions"}


def corrected_rows(store, table: str, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every stored row of ``table`` (events, claims, commitments or mentions) as the store's query method
    returns it (with the joined document fields), analysts' corrections applied: corrected values overlaid,
    rejected rows left out unless ``include_rejected=True`` is among ``filters``. ``confident`` (a floor)
    keeps only the rows :func:`confident_rows` keeps; the other ``filters`` go to the query method."""
    include_rejected = bool(filters.pop("include_rejected", False))
    keep = confident_rows(table, filters.pop("confident", None), store)
    page: list[dict] = []
    for row in filter(keep, _paged(getattr(store, _QUERIES[table]), **filters)):
        page.append(row)
        if len(page) == _PAGE:
            yield from corrections.apply_corrections(store, table, page, include_rejected)
            page = []
    yield from corrections.apply_corrections(store, table, page, include_rejected)


def iter_rows(store, table: str, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` as a dict of its schema columns.

    ``filters`` go to the store's query method for events, claims, commitments and mentions
    (e.g. ``type="CONSULT"``); they are refused for the other tables. Analysts' corrections are
    applied to those four tables (values overlaid, rejected rows left out unless
    ``include_rejected``), with their verdict in the ``correction`` column. Rows of superseded document
    versions (and, for documents and alignments, those documents) are left out unless ``all_versions=True``
    is among ``filters`` (store.versions)."""
    check_table(table)
    if table in _QUERIES:
        yield from (_shape(table, r) for r in corrected_rows(store, table, **filters))
        return
    all_versions = bool(filters.pop("all_versions", False))
    if filters:
        raise InputError(f"filters are not supported for the {table} table", hint="Export the whole table, then filter it.",
                         code="invalid_value")
    if table == "documents":
        for doc in _documents(store, all_versions):
            yield _shape(table, doc.to_dict())
    elif table == "actors":
        for actor in store.list_actors(None, limit=10**9):
            yield _shape(table, actor.to_dict())
    elif table == "alignments":
        for doc in _documents(store, all_versions):
            for alignment in store.get_alignments(doc.id):
                yield _shape(table, {**alignment.to_dict(), "doc_id": doc.id,
                                     "partly": partly_supported(alignment), "false_credit": false_credit(alignment)})


def _documents(store, all_versions: bool) -> Iterator[Any]:
    """The stored documents in ingestion order; superseded versions only with ``all_versions``."""
    from ..store.versions import any_superseded, superseded_sql

    old: set[str] = set()
    if not all_versions and any_superseded(store):
        old = {r["id"] for r in store.read_sql(f"SELECT d.id FROM documents d WHERE {superseded_sql('d.id')}")}
    return (doc for doc in store.iter_documents() if doc.id not in old)


def confident_rows(table: str, floor: float | None, store=None):
    """A row test for ``filter``: the rows the precision-first default of the listings shows.

    With ``floor`` (a confidence threshold) set: for events, those with confidence ≥ ``floor`` and
    both actor slots holding a real actor id (:func:`cablegram.nlp.events.is_confident` — ids of
    ``store``'s actors table count, raw text does not); for claims, the attributed ones (claimant
    kind other than ``none``, as ``cablegram claims``, ``/api/claims`` and ``/download/claims.csv``
    list by default; ``floor`` is not used). With None, or for other tables, every row."""
    if floor is not None and table == "claims":
        return lambda row: row.get("claimant_kind") != "none"
    if floor is None or table != "events":
        return None
    from ..nlp.events import is_confident

    known = frozenset(a.id for a in store.list_actors(None, limit=10**9)) if store is not None else frozenset()
    return lambda row: is_confident(row, min_confidence=floor, known_actors=known)


def iter_unique_events(store, **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per canonical event (columns :data:`UNIQUE_EVENT_COLUMNS`), most reported first: the
    exported events (same ``filters``, corrections applied) merged over the stored story clusters."""
    from ..provenance.event_dedup import unique_event_counts

    rows = unique_event_counts(list(iter_rows(store, "events", **filters)), store.list_clusters())
    yield from ({c.name: r.get(c.name) for c in UNIQUE_EVENT_COLUMNS} for r in rows)
