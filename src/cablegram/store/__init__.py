"""Stores: SQLite (embedded default) and PostgreSQL, behind one :class:`Store` protocol."""

from __future__ import annotations

from ..errors import ConfigError
from .base import Store


def open_store(url: str, *, create: bool = True):
    """Open (and create or migrate) the store at ``url``: a SQLite file path or ``postgresql://…``.

    ``create=False`` opens an existing store only: a SQLite path with no file there is a NotFoundError
    (``store_not_found``) naming it, instead of a new empty store (a mistyped path to the demo store
    otherwise gives empty lists and no word why)."""
    if not create:
        from pathlib import Path

        from ..errors import NotFoundError

        if "://" not in url and url != ":memory:" and not Path(url).expanduser().is_file():
            raise NotFoundError(f"no cablegram store at {url}", source=url, code="store_not_found",
                                hint="Check the path; `cablegram demo` writes cablegram-demo.db, `cablegram ingest "
                                     "FILE` (or open_store(path) with create=True) creates a store.")
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:
            raise ConfigError(f"PostgreSQL support is not installed ({exc})", code="missing_extra",
                              hint='pip install "cablegram[postgres]"') from exc
        return PostgresStore(url)
    if "://" in url:
        raise ConfigError(f"unsupported store URL {url!r}", code="invalid_setting", hint="Use a SQLite file path or a postgresql:// URL.")
    from .sqlite import SQLiteStore

    return SQLiteStore(url)


__all__ = ["Store", "open_store"]
