"""Hints and docstrings that send a user to a named section of a doc page (`docs/actors.md, 'Updating
office-holders'`) name a section that exists (newuser11: `kb update`'s hint named one that did not)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = re.compile(r"""docs/([a-z_-]+\.md), ['"]([A-Z][^'"]{2,80})['"]""")


def _headings(page: Path) -> list[str]:
    return [line.lstrip("#").strip() for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("#")]


def test_every_named_doc_section_exists():
    found, missing = 0, []
    for path in sorted((ROOT / "src" / "cablegram").rglob("*.py")):
        for page, section in REFERENCE.findall(path.read_text(encoding="utf-8")):
            found += 1
            section = " ".join(section.split())  # a docstring may wrap the name
            doc = ROOT / "docs" / page
            if not doc.is_file() or not any(h.startswith(section) for h in _headings(doc)):
                missing.append(f"{path.relative_to(ROOT)}: docs/{page}, {section!r}")
    assert found >= 1  # the kb update hint at least
    assert not missing, "\n".join(missing)
