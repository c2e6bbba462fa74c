"""Forked analysis workers when a run is cut short: the parent ends them at once and returns (no wait on the
queued batches' pipe, which hung the interpreter's exit after Ctrl-C), and a worker ignores Ctrl-C itself (the
terminal sends it to the whole process group; the parent handles it). Real pipeline, real processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys

import pytest

from cablegram.nlp.pipeline import Pipeline
from cablegram.nlp.workers import analyse_batches, can_fork
from cablegram.records import Document

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers need the fork start method")

# Sentences written for this test.
TEXT = "The defence minister of Chile met her Peruvian counterpart in Lima on Friday, the ministry said."


def _docs(n: int) -> list[Document]:
    return [Document(text=TEXT, published_at="2024-06-07", title=f"note {i}") for i in range(n)]


_CUT_SHORT = """
import multiprocessing, sys, time
from cablegram.nlp.pipeline import Pipeline, build_nlp
from cablegram.nlp.workers import analyse_batches
from cablegram.records import Document
docs = [Document(text=sys.argv[1], published_at="2024-06-07", title=f"note {i}") for i in range(400)]
batches = analyse_batches(Pipeline(build_nlp()), docs, batch_size=1, workers=2)
assert len(next(batches).analyses) == 1
workers = [p for p in multiprocessing.active_children() if p.name.startswith("cablegram-worker-")]
started = time.monotonic()
batches.close()  # what a KeyboardInterrupt in the caller's loop does to the generator
print(len(workers), round(time.monotonic() - started, 1), sum(p.is_alive() for p in workers))
"""


def test_closing_the_run_early_ends_the_workers_and_the_interpreter_at_once():
    """A run cut short after its first batch, with 399 batches still queued: the workers end at once and the
    interpreter exits (it used to block for ever joining the task queue's feeder thread)."""
    done = subprocess.run([sys.executable, "-c", _CUT_SHORT, TEXT], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    workers, seconds, alive = done.stdout.split()
    assert (workers, alive) == ("2", "0") and float(seconds) < 4.0, done.stdout


def test_a_worker_ignores_ctrl_c_and_finishes_its_batch(nlp):
    batches = analyse_batches(Pipeline(nlp), _docs(6), batch_size=1, workers=2)
    got = [next(batches)]
    for proc in multiprocessing.active_children():
        if proc.name.startswith("cablegram-worker-"):
            os.kill(proc.pid, signal.SIGINT)
    got += list(batches)
    assert sum(len(b.analyses) for b in got) == 6 and not any(b.failed for b in got)
