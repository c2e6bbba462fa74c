"""Linguistic knowledge as data: the lexicons under ``cablegram/nlp/data/*.toml``.

Each lexicon is one TOML file, written once and read by every component that needs it
(cues, hedges, negators, month and number words, PLOVER types, category keywords, …).
A user extends a lexicon without editing code by passing ``extra`` (usually from a
component's config): lists are appended to (duplicates dropped, order kept), tables are
merged key by key, and scalars are replaced.

Shapes: :func:`load_lexicon` returns a ``dict`` parsed from TOML (str keys; values are
str, int, float, bool, list or nested dict). Errors: :class:`~cablegram.errors.PipelineError`
naming the lexicon when the file is missing or is not valid TOML.
"""

from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import PipelineError

__all__ = ["load_lexicon", "merge_lexicon", "word_set", "lexicon_names"]


@lru_cache(maxsize=64)
def _read(name_or_path: str) -> dict[str, Any]:
    path = Path(name_or_path)
    try:
        if path.suffix == ".toml" and path.is_file():
            text = path.read_text(encoding="utf-8")
        else:
            res = resources.files("cablegram.nlp").joinpath("data", f"{name_or_path}.toml")
            if not res.is_file():
                raise PipelineError(
                    f"lexicon {name_or_path!r} not found",
                    hint=f"Known lexicons: {', '.join(lexicon_names())}; or pass a path to a .toml file.",
                    code="model_file_error",
                )
            text = res.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PipelineError(f"lexicon {name_or_path!r} could not be read: {exc}",
                            hint="Fix the TOML file (see docs/codebook.md for each lexicon's shape).",
                            code="model_file_error") from exc


def merge_lexicon(base: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    """A deep copy of ``base`` with ``extra`` merged in (lists appended, tables merged, scalars replaced)."""
    out = copy.deepcopy(base)
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_lexicon(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_lexicon(name_or_path: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The lexicon ``name_or_path`` (a file stem under ``nlp/data`` or a path to a ``.toml`` file), with ``extra`` merged.

    The returned dict is the caller's own copy: changing it does not change later loads."""
    return merge_lexicon(_read(str(name_or_path)), extra)


def word_set(lexicon: dict[str, Any], *keys: str) -> frozenset[str]:
    """The lower-cased union of the string lists at ``keys`` (dotted paths such as ``"hedges.verbs"``)."""
    words: set[str] = set()
    for key in keys:
        node: Any = lexicon
        for part in key.split("."):
            node = node.get(part, []) if isinstance(node, dict) else []
        words.update(str(w).lower() for w in node)
    return frozenset(words)


def folded_word_set(lexicon: dict[str, Any], *keys: str) -> frozenset[str]:
    """:func:`word_set` case-folded (``str.casefold``: "Straße" and "STRASSE" meet), for matching token text."""
    return frozenset(w.casefold() for w in word_set(lexicon, *keys))


def lexicon_names() -> list[str]:
    """The stems of the lexicons shipped under ``cablegram/nlp/data``."""
    folder = resources.files("cablegram.nlp").joinpath("data")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
