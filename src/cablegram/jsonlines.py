"""One JSON Lines line → value, with the error every reader gives for a bad line."""

from __future__ import annotations

import json
from typing import Any

from .errors import InputError


def parse_json_line(line: str, where: str, hint: str, note: str = "") -> Any:
    """The decoded line; InputError naming ``where`` (``file:line``) when it is not valid JSON.

    ``note`` is appended to the message (e.g. "; the line may be truncated")."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno}){note}", source=where, hint=hint) from None
