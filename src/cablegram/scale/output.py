"""The Parquet output of a distributed run, and loading it into a store.

Layout: ``<out>/<table>/*.parquet`` for each table in :data:`OUTPUT_TABLES`. Columns are the
store's columns (:mod:`cablegram.store.schema`: json columns as JSON text, bools as booleans) plus:

- ``ordinal`` in mentions/events/claims/commitments: the record's position in its document's analysis;
- ``doc_id`` in actors: the document in which the new actor was found;
- the ``errors`` table: one row per input that could not be read (source, code, message, hint).

Every engine writes the same rows, so outputs can be compared record for record.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..nlp.pipeline import PIPELINE_VERSION
from ..records import Analysis, Document
from ..store.base import RECORD_TABLES, from_row, to_row
from ..store.schema import TABLES_BY_NAME

RECORD_KINDS = tuple(RECORD_TABLES)  # mentions, events, claims, commitments
OUTPUT_TABLES = ("documents", "analyses", *RECORD_KINDS, "actors", "errors")
ERROR_COLUMNS = ("source", "code", "message", "hint")

_ARROW_TYPES = {"text": "string", "int": "int64", "real": "float64", "bool": "bool_", "json": "string"}


def columns(table: str) -> list[tuple[str, str]]:
    """(name, generic type) of the output columns of ``table``."""
    if table == "errors":
        return [(c, "text") for c in ERROR_COLUMNS]
    cols = [(c.name, c.type) for c in TABLES_BY_NAME[table].columns]
    if table in RECORD_KINDS:
        cols.append(("ordinal", "int"))
    if table == "actors":
        cols.append(("doc_id", "text"))
    return cols


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW_TYPES[kind])()) for name, kind in columns(table)])


def spark_schema(table: str):
    from pyspark.sql import types as T

    spark_types = {"text": T.StringType(), "int": T.LongType(), "real": T.DoubleType(), "bool": T.BooleanType(),
                   "json": T.StringType()}
    return T.StructType([T.StructField(name, spark_types[kind], True) for name, kind in columns(table)])


def _tuple(table: str, row: dict[str, Any]) -> tuple:
    out = []
    for name, kind in columns(table):
        value = row.get(name)
        if kind == "bool":
            value = bool(value) if value is not None else None
        elif kind == "int" and value is not None:
            value = int(value)
        elif kind == "real" and value is not None:
            value = float(value)
        out.append(value)
    return tuple(out)


def document_row(doc: Document) -> tuple[str, tuple]:
    """The ``documents`` row of a document that is stored but not coded (held back by its quality flags)."""
    return "documents", _tuple("documents", to_row("documents", doc, {"ingested_at": None, "processed_version": None}))


def analysis_rows(doc: Document, analysis: Analysis, run_at: str) -> Iterator[tuple[str, tuple]]:
    """(table, row tuple) for one analysed document, in the column order of :func:`columns`."""
    yield "documents", _tuple("documents", to_row("documents", doc, {"ingested_at": None,
                                                                       "processed_version": analysis.pipeline_version}))
    yield "analyses", _tuple("analyses", to_row("analyses", {
        "doc_id": analysis.doc_id, "language": analysis.language, "sentences": analysis.sentences,
        "pipeline_version": analysis.pipeline_version, "processed_at": run_at}))
    for table in RECORD_KINDS:
        for i, rec in _last_of_each_id(getattr(analysis, table)):
            yield table, _tuple(table, {**to_row(table, rec), "ordinal": i})
    for actor in analysis.new_actors:
        yield "actors", _tuple("actors", {**to_row("actors", actor), "doc_id": analysis.doc_id})


def _last_of_each_id(records: list) -> list[tuple[int, Any]]:
    """(position, record) of ``records`` with one record per id, the last one, as a store keeps them (INSERT OR
    REPLACE on the id): an act found twice in one sentence (a title and the name in apposition) gives two records
    with one id, and the Parquet tables must not hold a primary key twice."""
    last = {getattr(rec, "id", None): i for i, rec in enumerate(records)}
    return [(i, rec) for i, rec in enumerate(records) if last[getattr(rec, "id", None)] == i]


def error_row(err: dict[str, Any]) -> tuple[str, tuple]:
    return "errors", tuple(None if err.get(c) is None else str(err.get(c)) for c in ERROR_COLUMNS)


def write_part(out_dir: str | os.PathLike, rows: Iterable[tuple[str, tuple]], name: str | None = None) -> dict[str, int]:
    """Write one partition's rows as ``<out>/<table>/part-<name>.parquet`` (atomically: temp file, then rename).

    ``name`` defaults to a hash of the rows, so a retried task overwrites its own file instead of adding one.
    Returns rows written per table.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_table: dict[str, list[tuple]] = defaultdict(list)
    digest = hashlib.sha256()
    for table, row in rows:
        by_table[table].append(row)
        digest.update(repr((table, row[0])).encode("utf-8"))
    name = name or digest.hexdigest()[:16]
    counts = {}
    for table in OUTPUT_TABLES:
        data = by_table.get(table, [])
        counts[table] = len(data)
        if not data:
            continue
        schema = arrow_schema(table)
        cols = list(zip(*data))
        arrays = [pa.array(list(col), type=field.type) for col, field in zip(cols, schema)]
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".part-{name}.parquet.tmp"
        pq.write_table(pa.Table.from_arrays(arrays, schema=schema), tmp)
        os.replace(tmp, folder / f"part-{name}.parquet")
    return counts


def read_table(out_dir: str | os.PathLike, table: str) -> list[dict[str, Any]]:
    """All rows of one output table as dicts (empty when the run produced none)."""
    import pyarrow.parquet as pq

    folder = Path(out_dir) / table
    files = sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_"))) if folder.is_dir() else []
    rows: list[dict[str, Any]] = []
    for f in files:
        rows.extend(pq.read_table(f, schema=arrow_schema(table)).to_pylist())
    return rows


def read_output(out_dir: str | os.PathLike) -> dict[str, list[dict[str, Any]]]:
    """Every output table, rows sorted by (doc_id, ordinal) / id so two runs can be compared directly."""
    out = {}
    for table in OUTPUT_TABLES:
        rows = read_table(out_dir, table)
        if table == "documents":
            rows.sort(key=lambda r: r["id"])
        elif table in ("analyses",):
            rows.sort(key=lambda r: r["doc_id"])
        elif table in RECORD_KINDS:
            rows.sort(key=lambda r: (r["doc_id"], r["ordinal"]))
        elif table == "actors":
            rows.sort(key=lambda r: (r["doc_id"], r["id"]))
        else:
            rows.sort(key=lambda r: (r["source"] or "", r["message"] or ""))
        out[table] = rows
    return out


def check_output(out_dir: str | os.PathLike) -> None:
    folder = Path(out_dir)
    if not (folder / "documents").is_dir():
        raise InputError("not a cablegram distributed-run output (no documents/ folder)", source=str(out_dir),
                         code="unsupported_format",
                         hint="Pass the --out folder of `cablegram run-distributed`.")


def load_parquet_into_store(store, out_dir: str | os.PathLike) -> dict[str, int]:
    """Store the documents and analyses of a distributed run's output.

    Idempotent: documents already stored are kept (same content hash) and their analyses replaced,
    so a load interrupted half-way can simply be run again. Returns counts of what was done.
    """
    check_output(out_dir)
    grouped: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in (*RECORD_KINDS, "actors"):
        for row in read_table(out_dir, table):
            grouped[row["doc_id"]][table].append(row)
    analyses = {r["doc_id"]: r for r in read_table(out_dir, "analyses")}
    summary = {"documents": 0, "inserted": 0, "duplicate": 0, "new_version": 0, "analyses": 0, "errors": 0}
    loaded: set[str] = set()
    for doc_row in read_table(out_dir, "documents"):
        doc = Document.from_dict(from_row("documents", doc_row))
        status = store.add_document(doc)
        summary["documents"] += 1
        summary[status] = summary.get(status, 0) + 1
        head = analyses.get(doc.id)
        if head is None or doc.id in loaded:  # the same text twice in the input: the first copy is kept
            continue
        loaded.add(doc.id)
        parts = grouped.get(doc.id, {})
        data = from_row("analyses", head)
        for table in RECORD_KINDS:
            records = sorted(parts.get(table, []), key=lambda r: r["ordinal"])
            data[table] = [from_row(table, {k: v for k, v in r.items() if k != "ordinal"}) for r in records]
        data["new_actors"] = [from_row("actors", {k: v for k, v in r.items() if k != "doc_id"})
                              for r in parts.get("actors", [])]
        data["pipeline_version"] = data.get("pipeline_version") or PIPELINE_VERSION
        store.save_analysis(Analysis.from_dict(data))
        summary["analyses"] += 1
    summary["errors"] = len(read_table(out_dir, "errors"))
    return summary
