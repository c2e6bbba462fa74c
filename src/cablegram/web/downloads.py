"""Download buttons: every list page's rows, with its filters and corrections, as CSV, JSON Lines or Parquet.

``/download/events.csv?actor=UKR&type=ASSAULT`` takes the same query parameters as the page it
sits on. Files hold the export columns of docs/exports.md (with ``correction``); CSV cells are
written by the export writers (so spreadsheet formulas are neutralised as in `cablegram export`).
As in every export, a row an analyst rejected is never in a file, also with ``all=1`` (the page itself
lists it, marked, under "show all").
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ..api.deps import get_store
from ..errors import InputError
from ..export.writers import write_csv, write_jsonl, write_parquet
from ..store import readmodel
from ..store.filter_values import check_category, check_status
from .routes import claimant_kind_filter, event_filters, hedged_filter

router = APIRouter(include_in_schema=False)

MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
         "parquet": "application/vnd.apache.parquet"}
MAX_ROWS = 1_000_000
_BATCH = 1000


def _events(store, filters: dict[str, Any]) -> Iterator[dict]:
    cursor, seen = None, 0
    while seen < MAX_ROWS:
        rows, cursor = readmodel.list_events(store, **filters, limit=_BATCH, cursor=cursor)
        yield from rows
        seen += _BATCH
        if cursor is None:
            return


def _paged(fetch, **filters: Any) -> Iterator[dict]:
    offset = 0
    while offset < MAX_ROWS:
        rows = fetch(limit=_BATCH, offset=offset, **filters)
        yield from rows
        if len(rows) < _BATCH:
            return
        offset += _BATCH


def _write(fmt: str, table: str, rows: Iterator[dict]) -> bytes:
    if fmt == "parquet":
        fd, path = tempfile.mkstemp(suffix=".parquet")
        os.close(fd)
        try:
            write_parquet(rows, table, path)
            with open(path, "rb") as handle:
                return handle.read()
        finally:
            os.unlink(path)
    out = io.StringIO()
    if fmt == "csv":
        write_csv(rows, table, out)
    else:
        write_jsonl(rows, out)
    return out.getvalue().encode("utf-8")


def _check_format(fmt: str) -> str:
    if fmt not in MEDIA:
        raise InputError(f"cannot download as {fmt!r}", source="format", hint="Use csv, jsonl or parquet.")
    return fmt


def _file(fmt: str, table: str, rows: Iterator[dict]) -> Response:
    kept = (r for r in rows if r.get("correction") != "rejected")  # rejected rows are never exported
    return Response(_write(fmt, table, kept), media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="cablegram-{table}.{fmt}"'})


@router.get("/download/events.{fmt}")
def download_events(request: Request, fmt: str, actor: str | None = Query(None, max_length=200),
                    type: str | None = Query(None, max_length=40), modality: str | None = Query(None, max_length=20),
                    date_from: str | None = Query(None, max_length=10), date_to: str | None = Query(None, max_length=10),
                    min_confidence: str | None = Query(None, max_length=10), all: bool = Query(False),
                    quad: str | None = Query(None, max_length=30), source: str | None = Query(None, max_length=200),
                    target: str | None = Query(None, max_length=200), store=Depends(get_store)) -> Response:
    filters = event_filters(request, actor, type, modality, date_from, date_to, min_confidence, all, quad, source, target)
    return _file(_check_format(fmt), "events", _events(store, filters))


@router.get("/download/claims.{fmt}")
def download_claims(fmt: str, kind: str | None = Query(None, max_length=20), actor: str | None = Query(None, max_length=200),
                    hedged: str | None = Query(None, max_length=5), all: bool = Query(False),
                    claimant_kind: str | None = Query(None, max_length=20), store=Depends(get_store)) -> Response:
    rows = _paged(lambda **kw: readmodel.list_claims(store, **kw), claimant_kind=claimant_kind_filter(kind, claimant_kind),
                  claimant=actor or None, hedged=hedged_filter(hedged), include_rejected=all)
    return _file(_check_format(fmt), "claims", rows)


@router.get("/download/actors.{fmt}")
def download_actors(fmt: str, q: str | None = Query(None, max_length=200), store=Depends(get_store)) -> Response:
    rows = _paged(lambda limit, offset: [a.to_dict() for a in store.list_actors(q or None, limit=limit, offset=offset)])
    return _file(_check_format(fmt), "actors", rows)


@router.get("/download/commitments.{fmt}")
def download_commitments(fmt: str, donor: str | None = Query(None, max_length=200),
                         recipient: str | None = Query(None, max_length=200),
                         category: str | None = Query(None, max_length=20), status: str | None = Query(None, max_length=20),
                         all: bool = Query(False), store=Depends(get_store)) -> Response:
    check_category(category or None)
    check_status(status or None)
    rows = _paged(lambda **kw: readmodel.list_commitments(store, **kw), include_rejected=all, donor=donor or None,
                  recipient=recipient or None, category=category or None, status=status or None)
    return _file(_check_format(fmt), "commitments", rows)
