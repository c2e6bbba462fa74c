"""Write ledger entries or raw commitment rows to CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from .linking import LedgerEntry

FORMATS = ("csv", "parquet")


def _flat(item: Any) -> dict[str, Any]:
    if isinstance(item, LedgerEntry):
        return item.to_row()
    row = dict(item) if isinstance(item, dict) else item.to_dict()
    for k, v in row.items():
        if isinstance(v, (list, dict)):
            row[k] = json.dumps(v, ensure_ascii=False)
    return {k: v for k, v in row.items() if not k.startswith("_")}


def export(items: Iterable[Any], path: str | Path, fmt: str | None = None) -> int:
    """Write ``items`` to ``path`` (format from ``fmt`` or the file suffix); returns the number of rows."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}", source=str(path), hint="Use --format csv or parquet.",
                         code="unsupported_format")
    rows = [_flat(i) for i in items]
    columns: list[str] = []
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            with path.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError:
                raise ConfigError("Parquet export needs pyarrow", hint="pip install pyarrow",
                                  code="missing_extra") from None
            table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]) if rows else pa.table({})
            pq.write_table(table, path)
    except OSError as exc:
        raise InputError(f"cannot write export: {exc.strerror}", source=str(path),
                         hint="Check the folder exists and is writable.") from None
    return len(rows)
