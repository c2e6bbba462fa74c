"""The Store protocol every back-end implements, and record <-> row helpers they share."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from ..records import (
    Actor,
    Alignment,
    Analysis,
    Claim,
    Cluster,
    Commitment,
    Document,
    Event,
    Mention,
)
from .schema import TABLES_BY_NAME

# Which table holds which record type, and how the record's id is obtained.
RECORD_TABLES = {
    "mentions": Mention,
    "events": Event,
    "claims": Claim,
    "commitments": Commitment,
}


@runtime_checkable
class Store(Protocol):
    """What the library, CLI, API and web layers may ask of a store."""

    def add_document(self, doc: Document) -> str: ...
    def get_document(self, doc_id: str) -> Document: ...
    def iter_documents(self, unprocessed_only: bool = False) -> Iterator[Document]: ...
    def set_primary(self, doc_id: str, is_primary: bool = True) -> None: ...
    def search_documents(self, query: str, limit: int = 20, all_versions: bool = False) -> list[dict]: ...
    def save_analysis(self, analysis: Analysis) -> None: ...
    def get_analysis(self, doc_id: str) -> Analysis | None: ...
    def upsert_actors(self, actors: Iterable[Actor]) -> int: ...
    def get_actor(self, actor_id: str) -> Actor: ...
    def list_actors(self, query: str | None = None, limit: int = 100) -> list[Actor]: ...
    def query_events(self, **filters: Any) -> list[dict]: ...
    def list_events(self, **filters: Any) -> list[dict]: ...
    def query_mentions(self, **filters: Any) -> list[dict]: ...
    def query_claims(self, **filters: Any) -> list[dict]: ...
    def query_commitments(self, **filters: Any) -> list[dict]: ...
    def save_alignments(self, doc_id: str, alignments: list[Alignment]) -> None: ...
    def get_alignments(self, doc_id: str) -> list[Alignment]: ...
    def save_clusters(self, clusters: list[Cluster]) -> None: ...
    def list_clusters(self) -> list[Cluster]: ...
    def set_canonical_ids(self, links: Iterable[tuple[str, str | None]], *, replace: bool = False) -> int: ...
    def counts(self) -> dict[str, int]: ...
    def read_sql(self, sql: str, params: Iterable[Any] = ()) -> list[dict]: ...
    def close(self) -> None: ...


# Whole-file documents (a .txt, .md or .html file read by path, its ``meta["format"]``): a changed file at the same
# path is a new version of the earlier one, as a changed page at the same URL is. Uploads and API posts are not files.
FILE_FORMATS = frozenset({"text", "markdown", "html"})
LATEST_BY_URL = ("SELECT id FROM documents d WHERE url = {p} AND NOT EXISTS "
                 "(SELECT 1 FROM documents n WHERE n.previous_version = d.id)")
LATEST_BY_FILE = ("SELECT id FROM documents d WHERE source = {p} AND url IS NULL AND NOT EXISTS "
                  "(SELECT 1 FROM documents n WHERE n.previous_version = d.id)")


def version_key(doc) -> tuple[str, str] | None:
    """What links ``doc`` to its earlier versions: ("url", its URL), or ("file", the path it was read from) for a
    whole local file without a URL; None for the rest (feed entries and JSON Lines records without a link, uploads,
    API posts), which are only ever duplicates or new documents."""
    if doc.url:
        return ("url", doc.url)
    meta = doc.meta if isinstance(doc.meta, dict) else {}
    if doc.source and meta.get("format") in FILE_FORMATS and not doc.source.startswith(("upload:", "api:")):
        return ("file", doc.source)
    return None


def to_row(table: str, record: Any, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Column values for ``record`` in ``table`` (JSON columns serialised, bools as ints)."""
    t = TABLES_BY_NAME[table]
    data = record.to_dict() if hasattr(record, "to_dict") else dict(record)
    if "id" in t.column_names and "id" not in data:
        data["id"] = record.id
    if extra:
        data.update(extra)
    if table in RECORD_TABLES and isinstance(data.get("sentence"), str):
        # The sentence splitter keeps a line's closing newline on the sentence; stored, it ends every CSV cell,
        # JSON value and API answer with "\n". Spans are document offsets and quote spans count from the
        # sentence's start, so trailing whitespace goes and no offset moves.
        data["sentence"] = data["sentence"].rstrip()
    row = {}
    for name in t.column_names:
        value = data.get(name)
        if name in t.json_columns:
            value = json.dumps(value if value is not None else None, ensure_ascii=False)
        elif name in t.bool_columns:
            value = int(bool(value))
        row[name] = value
    return row


def from_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Decode JSON and bool columns of a row from ``table``."""
    t = TABLES_BY_NAME[table]
    out = dict(row)
    for name in t.json_columns & out.keys():
        value = out[name]
        if isinstance(value, str):
            out[name] = json.loads(value)
    for name in t.bool_columns & out.keys():
        out[name] = bool(out[name]) if out[name] is not None else False
    return out
