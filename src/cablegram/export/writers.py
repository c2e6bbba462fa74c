"""Table writers: CSV, JSON Lines and Parquet, all over rows from :func:`cablegram.export.rows.iter_rows`.

Conventions (documented in docs/exports.md):

- **CSV**: UTF-8 (optionally with a byte-order mark, which spreadsheet programs need to
  detect UTF-8), RFC 4180 quoting, one header row with the schema's column names; empty
  cell = null; booleans ``true``/``false``; list and object columns as compact JSON text;
  dates as the ISO 8601 strings the store holds. Text cells that a spreadsheet would run as a
  formula (first character ``=``, ``+``, ``-``, ``@``, tab or carriage return) get a leading
  apostrophe ``'``, unless ``raw`` is asked for (formula injection: the texts come from news pages).
- **JSONL**: one JSON object per row, UTF-8, keys in schema order, lists and objects nested.
- **Parquet**: one column per schema column, typed (string, int64, double, bool); list and
  object columns as JSON text, so every file has the same flat schema.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..store.schema import TABLES_BY_NAME
from .rows import UNIQUE_EVENTS_DESCRIPTION, export_columns

_ARROW_TYPES = {"text": "string", "int": "int64", "real": "float64", "bool": "bool_", "json": "string"}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value: Any, kind: str, raw: bool = False) -> str:
    """One value as CSV text (see module docstring for the conventions); ``raw`` keeps formula-like text as is."""
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "real":
        return repr(float(value))
    if kind == "int":
        return str(int(value))
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if kind == "json" else str(value)
    return text if raw else neutralise_formula(text)


def write_csv(rows: Iterable[dict], table: str, out: IO[str], *, raw: bool = False) -> int:
    """Write ``rows`` of ``table`` to the text stream ``out``; returns the row count.

    ``raw=False`` (the default) neutralises formula-like text cells (see the module docstring)."""
    cols = export_columns(table)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in cols])
    n = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c.name), c.type, raw) for c in cols])
        n += 1
    return n


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def arrow_schema(table: str):
    """The pyarrow schema of ``table`` (documented column descriptions attached as field metadata)."""
    import pyarrow as pa

    fields = []
    for c in export_columns(table):
        kind = getattr(pa, _ARROW_TYPES[c.type])()
        fields.append(pa.field(c.name, kind, metadata={"description": c.description, "cablegram_type": c.type}))
    description = TABLES_BY_NAME[table].description if table in TABLES_BY_NAME else UNIQUE_EVENTS_DESCRIPTION
    return pa.schema(fields, metadata={"table": table, "description": description})


def write_parquet(rows: Iterable[dict], table: str, path: str, batch_rows: int = 10_000) -> int:
    """Write ``rows`` of ``table`` to a Parquet file at ``path`` in row groups of ``batch_rows``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    cols = export_columns(table)
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []

        def flush() -> None:
            data = {c.name: [_arrow_value(r.get(c.name), c.type) for r in batch] for c in cols}
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
            batch.clear()

        for row in rows:
            batch.append(row)
            n += 1
            if len(batch) >= batch_rows:
                flush()
        if batch or n == 0:
            flush()
    return n


def _arrow_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "real":
        return float(value)
    return str(value)
