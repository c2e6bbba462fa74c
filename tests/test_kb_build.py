"""scripts/build_kb.py reproduces the shipped knowledge-base files from the shared snapshots."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENERATED = ("states.jsonl", "organisations.jsonl", "groups.jsonl", "people.jsonl")


def test_build_reproduces_shipped_files(shared_data, tmp_path):
    if not (shared_data / "actors").is_dir():
        import pytest

        pytest.skip("shared actors data absent")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_kb.py"), "--data", str(shared_data),
                             "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    shipped = REPO / "src" / "cablegram" / "kb" / "data"
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
