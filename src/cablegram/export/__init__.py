"""Exports of the store: CSV, JSON Lines, Parquet (any table) and PLOVER JSON (events).

>>> from cablegram.export import FORMATS, EXPORT_TABLES
>>> FORMATS
('csv', 'jsonl', 'parquet', 'plover')
>>> "events" in EXPORT_TABLES
True
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import InputError
from .plover import event_to_plover, plover_records, write_plover
from .rows import EXPORT_TABLES, UNIQUE_EVENTS, check_table, columns, iter_rows, iter_unique_events
from .writers import arrow_schema, write_csv, write_jsonl, write_parquet

FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet", "plover")


def export_table(store, fmt: str, table: str = "events", out: str | Path | None = None, *, bom: bool = False,
                 raw: bool = False, unique: bool = False, **filters: Any) -> int:
    """Write ``table`` of ``store`` in format ``fmt`` to the file ``out`` (stdout when None); returns the row count.

    ``unique`` (events only, not PLOVER): one row per canonical event with the number of documents that
    reported it (:func:`cablegram.export.rows.iter_unique_events`) instead of one row per event record.

    A file is written under a temporary name in the same folder and renamed when complete, so a
    failed export never leaves a truncated file or destroys an earlier one."""
    _check_options(fmt, table, out, bom=bom, raw=raw, unique=unique)
    if unique:
        rows, table = iter_unique_events(store, **filters), UNIQUE_EVENTS
    else:
        rows = plover_records(store, **filters) if fmt == "plover" else iter_rows(store, table, **filters)
    if out is None:
        return _write(fmt, table, rows, sys.stdout, raw)
    with atomic_path(out) as tmp:
        if fmt == "parquet":
            return write_parquet(rows, table, tmp)
        encoding = "utf-8-sig" if bom else "utf-8"
        with open(tmp, "w", encoding=encoding, newline="") as handle:
            return _write(fmt, table, rows, handle, raw)


@contextmanager
def atomic_path(out: str | Path) -> Iterator[str]:
    """A temporary path in ``out``'s folder to write to; renamed to ``out`` when the block ends without an error,
    removed when it fails, so a failed export never leaves a truncated file or destroys an earlier one.
    A missing folder is an :class:`InputError` (``file_not_found``) naming ``out``."""
    target = Path(out)
    if not target.parent.is_dir():
        raise InputError(f"folder {target.parent} does not exist", source=str(out), hint="Create the folder or choose another --out path.",
                         code="file_not_found")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; exports are meant to be shared
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_options(fmt: str, table: str, out: str | Path | None, *, bom: bool, raw: bool, unique: bool) -> None:
    """Refuse combinations of export options that cannot be written (:class:`InputError` naming the option)."""
    if fmt not in FORMATS:
        # The listings take -f json (one array); an export of any size is written as JSON Lines instead.
        json_note = (" For JSON, export JSON Lines (-f jsonl, one object a line), or list the rows as one JSON array "
                     "with a listing (`cablegram events -f json --limit N`; also claims, documents, commitments list).") if fmt.strip().lower() == "json" else ""
        raise InputError(f"unknown export format {fmt!r}", source="--format",
                         hint=f"Choose one of: {', '.join(FORMATS)}.{json_note}", code="unsupported_format")
    check_table(table)
    if fmt == "plover" and table != "events":
        raise InputError("PLOVER JSON holds events only", source="--table", hint="Use --table events (the default) with --format plover.",
                         code="invalid_value")
    if fmt == "parquet" and out is None:
        raise InputError("Parquet is a binary format and needs a file", source="--out", hint="Pass --out FILE.parquet.",
                         code="invalid_value")
    if raw and fmt != "csv":
        raise InputError("--raw applies to CSV only", source="--raw", hint="Drop --raw or use --format csv.",
                         code="invalid_value")
    if bom and fmt != "csv":
        raise InputError("--bom applies to CSV only", source="--bom", hint="Drop --bom or use --format csv.",
                         code="invalid_value")
    if unique and (table != "events" or fmt == "plover"):
        raise InputError("--unique merges events into one row per happening; it needs --table events and "
                         "csv, jsonl or parquet", source="--unique",
                         hint="Drop --unique or use --table events with --format csv, jsonl or parquet.",
                         code="invalid_value")


def _write(fmt: str, table: str, rows, handle, raw: bool = False) -> int:
    if fmt == "csv":
        return write_csv(rows, table, handle, raw=raw)
    if fmt == "plover":
        return write_plover(rows, handle)
    return write_jsonl(rows, handle)


__all__ = ["EXPORT_TABLES", "FORMATS", "arrow_schema", "atomic_path", "columns", "event_to_plover", "export_table", "iter_rows",
           "iter_unique_events", "plover_records", "write_csv", "write_jsonl", "write_parquet", "write_plover"]
