"""Stores: SQLite (embedded default) and PostgreSQL, behind one :class:`Store` protocol."""

from __future__ import annotations

from ..errors import ConfigError
from .base import Store


def open_store(url: str):
    """Open (and create or migrate) the store at ``url``: a SQLite file path or ``postgresql://…``."""
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
