"""One JSON Lines line → value, with the error every reader gives for a bad line.

Besides invalid JSON, a line is refused (as :class:`~cablegram.errors.InputError`, never a crash) when
it nests deeper than ``MAX_DEPTH`` arrays/objects, or holds an unpaired surrogate escape such as
``"\\ud800"`` in any key or string value (that is not Unicode text: it cannot be stored or printed).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import InputError

MAX_DEPTH = 64


def _has_lone_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _problem(value: Any) -> str | None:
    """Why a decoded value is refused (too deep, lone surrogate), walking it without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep"
            for key, sub in item.items():
                if _has_lone_surrogate(key):
                    return f"key {key.encode('utf-8', 'backslashreplace').decode()[:40]!r} holds an unpaired surrogate escape"
                stack.append((sub, depth + 1))
        elif isinstance(item, list):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep"
            stack.extend((sub, depth + 1) for sub in item)
        elif isinstance(item, str) and _has_lone_surrogate(item):
            return "a string holds an unpaired surrogate escape (e.g. \\ud800), which is not Unicode text"
    return None


def describe_json_error(msg: str, position: str) -> str:
    """A JSON decoder's ``msg`` with ``position`` ("column 9"): "Expecting value at column 9"; messages that already
    end in "at" ("Unterminated string starting at") take the position directly, without a second "at"."""
    return f"{msg} {position}" if msg.endswith(" at") else f"{msg} at {position}"


def parse_json_line(line: str, where: str, hint: str, note: str = "") -> Any:
    """The decoded line; InputError naming ``where`` (``file:line``) when it is not valid JSON,
    is nested too deep or holds a lone surrogate.

    ``note`` is appended to the message of invalid JSON (e.g. "; the line may be truncated")."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({describe_json_error(exc.msg, f'column {exc.colno}')}){note}", source=where, hint=hint,
                         code="invalid_json") from None
    except RecursionError:
        raise InputError(f"JSON nested more than {MAX_DEPTH} levels deep", source=where, hint=hint,
                         code="invalid_json") from None
    problem = _problem(value)
    if problem is not None:
        raise InputError(f"JSON {problem}", source=where, hint=hint,
                         code="encoding_error" if "surrogate" in problem else "invalid_json")
    return value
