"""The README's Python snippet on a folder without the demo store says so (newuser13).

A new user ran the README's six lines before the demo: `open_store("cablegram-demo.db")` made a new empty store in
the working folder and the loop printed nothing, with no word why. The snippet now opens the store with
`create=False`: a missing SQLite file is a NotFoundError (`store_not_found`) naming the path, and no file is made;
an existing store opens as before, and `create=True` (the default) still makes a new one. Real SQLite stores."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import cablegram
from cablegram.errors import NotFoundError

README = Path(__file__).resolve().parents[1] / "README.md"


def _snippet() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The Python API"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_snippet_without_the_demo_store_raises_and_makes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NotFoundError) as caught, contextlib.redirect_stdout(io.StringIO()):
        exec(compile(_snippet(), "README.md", "exec"), {})
    assert caught.value.code == "store_not_found" and "cablegram-demo.db" in str(caught.value)
    assert "cablegram demo" in caught.value.hint
    assert list(tmp_path.iterdir()) == []


def test_create_false_opens_an_existing_store_and_the_default_still_creates(tmp_path):
    path = tmp_path / "mine.db"
    with cablegram.open_store(str(path)) as store:  # the default creates it
        assert store.counts()["documents"] == 0
    assert path.is_file()
    with cablegram.open_store(str(path), create=False) as store:
        assert store.counts()["documents"] == 0
    with pytest.raises(NotFoundError):
        cablegram.open_store(str(tmp_path / "typo.db"), create=False)
    assert not (tmp_path / "typo.db").exists()
