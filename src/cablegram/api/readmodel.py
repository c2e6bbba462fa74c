"""Moved to :mod:`cablegram.store.readmodel`; this name stays importable for callers not yet switched."""

from __future__ import annotations

from ..store.readmodel import *  # noqa: F401,F403
from ..store.readmodel import primary_candidates  # noqa: F401  (used by monitor/watch.py)
