"""Inputs for distributed runs: which files to read, and the Documents in one file's bytes.

Every engine (in-process, Spark, Dask) turns a file's bytes into Documents with
:func:`documents_from_bytes`, so they all see exactly the same Documents. Files are read
whole by one task; documents are then spread over partitions for the NLP.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..ingest.feeds import iter_feed
from ..ingest.html import document_from_html
from ..ingest.jsonl import document_from_record, field_candidates, iter_jsonl_text
from ..ingest.quality import finish_document
from ..ingest.sources import SUFFIX_KINDS, with_flags
from ..ingest.text import decode_checked, document_from_text
from ..records import Document

# Extensions read by the distributed runners: the ingest readers' plus Parquet tables of articles.
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
INPUT_SUFFIXES = frozenset(SUFFIX_KINDS) | PARQUET_SUFFIXES


def input_files(source: str | os.PathLike) -> list[str]:
    """Absolute paths of the readable files at ``source`` (a file, or a folder searched recursively, sorted)."""
    root = Path(source).expanduser()
    if root.is_file():
        return [str(root.resolve())]
    if not root.is_dir():
        raise InputError("no such file or directory", source=str(source), code="file_not_found",
                         hint="Pass a JSONL, Parquet or text file, or a folder of them.")
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            if not name.startswith((".", "_")) and Path(name).suffix.lower() in INPUT_SUFFIXES:
                found.append(str((Path(dirpath) / name).resolve()))
    if not found:
        raise InputError("folder holds no readable files", source=str(source), code="empty_input",
                         hint=f"Files are read by extension: {' '.join(sorted(INPUT_SUFFIXES))}.")
    return found


def local_path(uri: str) -> str:
    """``file:/x/y`` (as Hadoop file systems name files) → ``/x/y``; other names unchanged."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return uri


def error_record(err: InputError) -> dict[str, Any]:
    """A picklable, Parquet-friendly record of a bad input (exceptions lose source/hint when pickled)."""
    return {"source": err.source, "code": err.code, "message": err.message, "hint": err.hint}


def documents_from_bytes(path: str, data: bytes, fetched_at: str, *, jsonl_fields: Mapping[str, str] | None = None,
                         settings: Settings | None = None) -> Iterator[Document | dict[str, Any]]:
    """Documents in one file, and an error record for each part that cannot be read.

    ``fetched_at`` is the run's timestamp, so reruns and other engines give identical Documents.
    Every Document passes the same quality checks as ``cablegram ingest``
    (:func:`~cablegram.ingest.quality.finish_document`: encoding flags, datelines, headlines,
    boilerplate, language), so held-back documents are flagged here too.
    """
    path = local_path(path)
    suffix = Path(path).suffix.lower()
    try:
        flags: frozenset[str] = frozenset()
        if suffix in PARQUET_SUFFIXES:
            items: Iterator[Document | InputError] = _parquet_documents(path, data, fetched_at, jsonl_fields)
        else:
            kind = SUFFIX_KINDS.get(suffix, "text")
            if kind == "feed":
                items = iter_feed(data, path, settings or Settings(), fetched_at=fetched_at)
            else:
                decoded = decode_checked(data, path)
                flags = frozenset(decoded.flags)
                if kind == "jsonl":
                    items = iter_jsonl_text(decoded.text, path, jsonl_fields)
                elif kind == "html":
                    items = iter([document_from_html(decoded.text, path, fetched_at=fetched_at)])
                else:
                    items = iter([document_from_text(decoded.text, path, markdown=suffix in (".md", ".markdown"),
                                                     encoding=decoded.encoding, fetched_at=fetched_at)])
        for item in items:
            if isinstance(item, InputError):
                yield error_record(item)
            else:
                item = finish_document(with_flags(item, flags))
                item.fetched_at = fetched_at
                yield item
    except InputError as err:
        yield error_record(err)


def _parquet_documents(path: str, data: bytes, fetched_at: str,
                       jsonl_fields: Mapping[str, str] | None) -> Iterator[Document | InputError]:
    """Rows of a Parquet table, mapped to Documents like JSONL objects (row number as the line)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"not a readable Parquet file ({exc})", source=path, code="file_unreadable",
                         hint="Check the file, or export the articles as JSONL.") from exc
    candidates = field_candidates(jsonl_fields)
    for batch_offset, batch in _batches(table):
        for i, obj in enumerate(batch.to_pylist()):
            row_no = batch_offset + i + 1
            try:
                yield document_from_record(obj, path, row_no, candidates, fetched_at,
                                           json.dumps(obj, ensure_ascii=False, default=str))
            except InputError as err:
                yield err


def _batches(table) -> Iterator[tuple[int, Any]]:
    offset = 0
    for batch in table.to_batches(max_chunksize=1024):
        yield offset, batch
        offset += batch.num_rows
