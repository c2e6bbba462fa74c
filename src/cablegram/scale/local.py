"""The in-process runner: the reference the distributed engines are measured and checked against.

It reads the same files with the same functions and writes the same Parquet layout as the
Spark and Dask runners, in one process, with one pipeline.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .inputs import documents_from_bytes, input_files
from .output import write_part
from .partition import PipelineSpec, analyse_partition, run_timestamp


def iter_items(source: str | os.PathLike, run_at: str, jsonl_fields: dict[str, str] | None = None,
               limit: int | None = None) -> Iterator[Any]:
    """Documents and error records from ``source``, file by file (``limit`` caps the documents)."""
    n = 0
    for path in input_files(source):
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield {"source": path, "code": "file_unreadable", "message": f"cannot read file: {exc.strerror}",
                   "hint": "Check the file's permissions."}
            continue
        for item in documents_from_bytes(path, data, run_at, jsonl_fields=jsonl_fields):
            if limit is not None and not isinstance(item, dict):
                if n >= limit:
                    return
                n += 1
            yield item


def run_inprocess(source: str | os.PathLike, out_dir: str | os.PathLike, *, spec: PipelineSpec | None = None,
                  run_at: str | None = None, jsonl_fields: dict[str, str] | None = None, pipeline=None) -> dict[str, Any]:
    """Analyse every document under ``source`` in this process and write the Parquet output to ``out_dir``.

    ``pipeline`` reuses an already loaded :class:`~cablegram.nlp.pipeline.Pipeline`.
    """
    spec = spec or PipelineSpec()
    run_at = run_at or run_timestamp()
    started = time.perf_counter()
    items = iter_items(source, run_at, jsonl_fields)
    rows = analyse_partition(items, spec, run_at, pipeline=pipeline)
    counts = write_part(out_dir, rows, name="00000")
    return {"engine": "inprocess", "counts": counts, "seconds": time.perf_counter() - started, "run_at": run_at}

