"""Finding the model files shipped under ``cablegram/nlp/models`` (or a user's model file), and reading the
small JSON ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..errors import PipelineError

T = TypeVar("T")


def model_path(name_or_path: str) -> Path | None:
    """The file ``name_or_path`` names: an existing path as given, else a file name among the shipped
    models (``cablegram/nlp/models``); None when neither exists."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    res = resources.files("cablegram.nlp").joinpath("models", name_or_path)
    return Path(str(res)) if res.is_file() else None


def load_json_model(name_or_path: str, build: Callable[[dict[str, Any]], T], *, what: str, retrain: str) -> T:
    """``build(data)`` for the model file ``name_or_path``: a path, else a file name among the shipped models.

    Any problem (missing file, bad JSON, missing keys) is a PipelineError naming the model and how to
    rebuild it (``retrain`` is the command)."""
    hint = f"Pass a model file path, or rebuild it with `{retrain}`."
    path = model_path(name_or_path)
    if path is None:
        raise PipelineError(f"{what} {name_or_path!r} not found", hint=hint, code="model_file_error")
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PipelineError(f"{what} {name_or_path!r} could not be read: {exc}", hint=hint,
                            code="model_file_error") from exc
