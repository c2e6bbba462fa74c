"""The error catalogue: every code raised in src/ is catalogued for its class, documented, printed by the
CLI and returned by the API."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cablegram import errors
from cablegram.errors import CATALOGUE, HTTP_CODES, CablegramError, InputError

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "cablegram"


def _raised_codes() -> list[tuple[str, str, str]]:
    """(where, error class name, code) for every ``SomeError(..., code="…")`` call in src/."""
    found = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if not name or not hasattr(errors, name):
                continue
            for kw in node.keywords:
                if kw.arg == "code" and isinstance(kw.value, ast.Constant):  # else passed through from another error
                    found.append((f"{path.relative_to(REPO)}:{node.lineno}", name, kw.value.value))
    return found


def _http_codes_used() -> set[str]:
    """Codes the API writes directly: ApiError(status, "code", …), error_body("code", …), the status→code table."""
    used = set()
    for path in (SRC / "api").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'ApiError\(\s*\d+,\s*"([a-z_]+)"', text))
        used |= set(re.findall(r'error_body\(\s*"([a-z_]+)"', text))
        used |= set(re.findall(r'\d{3}: "([a-z_]+)"', text))
    return used


def test_every_raised_code_is_catalogued_for_its_class():
    raised = _raised_codes()
    assert raised, "no refined codes found: the scan is broken"
    for where, cls_name, code in raised:
        assert code in CATALOGUE, f"{where}: code {code!r} is not in errors.CATALOGUE"
        assert issubclass(getattr(errors, cls_name), CATALOGUE[code].kind), \
            f"{where}: {code!r} belongs to {CATALOGUE[code].kind.__name__}, raised as {cls_name}"


def test_every_class_code_is_catalogued_and_codes_are_unique():
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, CablegramError)]
    for cls in classes:
        assert CATALOGUE[cls.code].kind is cls, cls
    for code in _http_codes_used():
        assert code in HTTP_CODES or code in CATALOGUE, f"API code {code!r} is not catalogued"
    overlap = set(HTTP_CODES) & set(CATALOGUE)
    assert not overlap, f"codes in both tables: {overlap}"


def test_docs_list_exactly_the_catalogue():
    text = (REPO / "docs" / "errors.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M)
    assert sorted(documented) == sorted([*CATALOGUE, *HTTP_CODES])
    for entry in CATALOGUE.values():
        assert f"| `{entry.code}` | `{entry.kind.__name__}` | {entry.http_status} |" in text, entry.code


def test_uncatalogued_code_is_refused_at_raise_time():
    with pytest.raises(ValueError, match="not catalogued"):
        InputError("bad", code="model_not_installed")  # a PipelineError code
    err = InputError("bad bytes", code="encoding_error", source="a.txt")
    assert (err.code, err.http_status, err.to_dict()["code"]) == ("encoding_error", 400, "encoding_error")
    assert InputError("plain").code == "input_error"


def test_api_returns_the_refined_code(store, tmp_path):
    from fastapi.testclient import TestClient

    from cablegram.api import create_app
    from cablegram.config import Settings

    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))
    resp = client.get("/api/events", params={"cursor": "not-a-cursor!"})
    assert resp.status_code == 400
    body = resp.json()["error"]
    assert body["code"] == "invalid_value" and "cursor" in body["message"] and body["hint"]
