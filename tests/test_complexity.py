"""The complexity gate: no function or method in src/ above cyclomatic complexity 20 (measured with radon)."""

from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity", reason="radon is in the dev extra: pip install -e '.[dev]'")

SRC = Path(__file__).resolve().parents[1] / "src" / "cablegram"
LIMIT = 20


def offenders(root: Path = SRC, limit: int = LIMIT) -> list[tuple[str, str, int]]:
    """(file, function, complexity) for every function, method or nested function above ``limit``."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        blocks = radon_complexity.cc_visit(path.read_text(encoding="utf-8"))
        stack = list(blocks)
        while stack:
            block = stack.pop()
            stack.extend(getattr(block, "methods", []))  # a class's methods
            stack.extend(getattr(block, "closures", []))  # functions defined inside functions
            if block.letter != "C" and block.complexity > limit:
                found.add((str(path.relative_to(root.parent)), block.fullname, block.complexity))
    return sorted(found)  # a set: radon lists a method both on its own and in its class


def test_no_function_above_complexity_limit():
    found = offenders()
    listing = "\n".join(f"  {f}: {name} ({cc})" for f, name, cc in found)
    assert not found, f"{len(found)} function(s) above cyclomatic complexity {LIMIT}:\n{listing}"


def test_gate_measures_what_it_claims(tmp_path):
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(LIMIT + 1))
    (tmp_path / "tangled.py").write_text(f"def tangled(x):\n{branches}\n    return -1\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("def plain(x):\n    return x + 1\n", encoding="utf-8")
    assert offenders(tmp_path) == [(f"{tmp_path.name}/tangled.py", "tangled", LIMIT + 2)]
