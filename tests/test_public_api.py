"""The package's public surface: every listed name resolves, dir() shows them, importing stays cheap."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import cablegram

INIT = Path(cablegram.__file__)


def test_dir_lists_the_public_api_and_every_name_resolves():
    names = dir(cablegram)
    assert names == sorted([*cablegram.__all__, "__version__"])
    for name in cablegram.__all__:
        assert getattr(cablegram, name) is not None, name
    assert {"Pipeline", "Settings", "open_store", "process_store", "CablegramError", "LanguageError"} <= set(names)


def test_type_checking_imports_cover_every_lazy_name():
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    guarded = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
    imported = {alias.asname or alias.name for node in ast.walk(guarded) if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    assert imported == set(cablegram.__all__)


def test_import_is_cheap():
    code = "import sys, cablegram; print(any(m.startswith(('spacy', 'pydantic_settings')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
