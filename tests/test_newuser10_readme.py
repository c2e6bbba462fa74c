"""The README's Python API snippet runs when copied (newuser10 item 13): it opens the demo store it names and
lists from it. The demo store is stood in for by the API sample store (fictional states) under the same
file name, in a scratch working folder."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from cablegram.store import open_store
from test_api_sample import build_sample

README = Path(__file__).resolve().parents[1] / "README.md"


def _snippet() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The Python API"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_python_snippet_runs_on_the_demo_store_it_names(tmp_path, monkeypatch):
    code = _snippet()
    assert 'open_store("cablegram-demo.db", create=False)' in code
    with open_store(str(tmp_path / "cablegram-demo.db")) as store:
        build_sample(store)
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines and all(" -> " in line for line in lines)
    assert any("person:ida-marten -> SYL occurred None" in line for line in lines)
