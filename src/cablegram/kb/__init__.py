"""The actor knowledge base: states, international organisations, groups and office-holders.

    from cablegram.kb import KnowledgeBase
    kb = KnowledgeBase.load(extra_files=["my_actors.jsonl"])   # load once, pass it around
    kb.lookup("Zelenskiy")            # folded alias match → [Actor(PER.UKR.volodymyr-zelenskyy)]
    kb.holders("foreign_minister", "USA", "2025-03-01")

File format and how to extend it: ``docs/actors.md``.
"""

from __future__ import annotations

from pathlib import Path

from .base import KnowledgeBase, rank, role_on
from .fold import Folder, fold_name, fold_token, slugify
from .loader import ROLE_KINDS, append_actor, make_role, parse_actor, read_actors, shipped_paths, write_actors
from .resolver import Resolver, role_name

__all__ = [
    "Folder", "KnowledgeBase", "ROLE_KINDS", "Resolver", "actor_files", "append_actor", "fold_name", "fold_token",
    "make_role", "parse_actor", "rank", "read_actors", "role_name", "role_on", "shipped_paths", "slugify",
    "user_actors_path", "write_actors",
]


def user_actors_path(db: str) -> Path:
    """The user actors file that `cablegram actors add` writes: ``<db>.actors.jsonl`` next to a SQLite
    database, or ``./cablegram.actors.jsonl`` for a postgresql:// store."""
    if "://" in db:
        return Path("cablegram.actors.jsonl")
    return Path(db + ".actors.jsonl")


def actor_files(settings) -> list[str]:
    """Extra actor files for a Settings: ``settings.actors_files`` then the user file, when it exists."""
    files = list(settings.actors_files)
    user = user_actors_path(settings.db)
    if user.is_file() and str(user) not in files:
        files.append(str(user))
    return files
