"""`cablegram run-distributed` through the real entry point: Dask engine, Parquet out, --load into the store."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cablegram.store import open_store


def test_run_distributed_dask_with_load(tmp_path):
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Ministers of Ruritania and Elbonia met in Strelsau on Monday to discuss the border.\n")
    (folder / "b.jsonl").write_text('{"text": "Elbonia pledged 40 field hospitals to Ruritania, officials said.", "date": "2024-05-02"}\n'
                                    '{"text": "cut off\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("CABLEGRAM_")}
    db = tmp_path / "c.db"
    proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), "run-distributed", str(folder),
                           "--out", str(tmp_path / "out"), "--engine", "dask", "--load"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # one bad line: reported, exit code 1, the rest stored
    assert "b.jsonl:2" in proc.stderr and "Traceback" not in proc.stderr
    assert "2 documents" in proc.stdout and "loaded into" in proc.stdout
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts["documents"] == 2 and counts["unprocessed"] == 0 and counts["analyses"] == 2
    assert (tmp_path / "out" / "events").is_dir() and (tmp_path / "out" / "errors").is_dir()


def test_run_distributed_missing_input_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(tmp_path / "c.db"), "run-distributed",
                           str(tmp_path / "nope"), "--out", str(tmp_path / "out"), "--engine", "dask"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "no such file or directory" in proc.stderr and "Traceback" not in proc.stderr
