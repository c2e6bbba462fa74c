"""Reading the small JSON models shipped under ``cablegram/nlp/models`` (or a user's model file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..errors import PipelineError

T = TypeVar("T")


def load_json_model(name_or_path: str, build: Callable[[dict[str, Any]], T], *, what: str, retrain: str) -> T:
    """``build(data)`` for the model file ``name_or_path``: a path, else a file name among the shipped models.

    Any problem (missing file, bad JSON, missing keys) is a PipelineError naming the model and how to
    rebuild it (``retrain`` is the command)."""
    hint = f"Pass a model file path, or rebuild it with `{retrain}`."
    path = Path(name_or_path)
    try:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
        else:
            res = resources.files("cablegram.nlp").joinpath("models", name_or_path)
            if not res.is_file():
                raise PipelineError(f"{what} {name_or_path!r} not found", hint=hint, code="model_file_error")
            text = res.read_text(encoding="utf-8")
        return build(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PipelineError(f"{what} {name_or_path!r} could not be read: {exc}", hint=hint,
                            code="model_file_error") from exc
