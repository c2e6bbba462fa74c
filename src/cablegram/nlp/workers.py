"""Analysing Documents on several processes.

Workers are forked from the process that built the pipeline, so they share its loaded spaCy model
and knowledge base (copy-on-write) instead of loading them again. Each worker takes batches of
Documents from a queue and sends back :class:`BatchResult` objects; the parent receives them in
completion order and does all the writing (the store is never touched by a worker). Where ``fork``
is not available (Windows, macOS' default) the batches are analysed in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..errors import PipelineError
from ..records import Analysis, Document

# Seconds between checks that the workers are still alive while waiting for a result.
_POLL_S = 1.0


@dataclass
class BatchResult:
    """What one batch gave: the analyses (in input order, failed documents left out), the
    ``(doc_id, message)`` of each document that could not be analysed, and the batch's size."""

    analyses: list[Analysis] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    size: int = 0


def available_cores() -> int:
    """CPU cores this process may run on (its affinity mask where the OS has one), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """True where workers can be forked from this process (POSIX systems with the ``fork`` start method)."""
    return "fork" in multiprocessing.get_all_start_methods()


def analyse_batch(pipeline, docs: Sequence[Document], batch_size: int) -> BatchResult:
    """Analyse ``docs`` with ``nlp.pipe``; if the batch fails, again one by one so that one bad document
    cannot sink the others (each failure is reported with its exception, never hidden)."""
    result = BatchResult(size=len(docs))
    try:
        result.analyses = list(pipeline.analyse_many(docs, batch_size=batch_size))
        return result
    except Exception:  # noqa: BLE001 — retried one by one below
        pass
    for doc in docs:
        try:
            result.analyses.append(pipeline.analyse(doc))
        except Exception as exc:  # noqa: BLE001 — reported per document in the result
            result.failed.append((doc.id, f"{type(exc).__name__}: {exc}"))
    return result


def analyse_batches(pipeline, docs: Sequence[Document], *, batch_size: int = 16,
                    workers: int = 1) -> Iterator[BatchResult]:
    """Analyse ``docs`` in batches of ``batch_size`` on ``workers`` processes; yields one
    :class:`BatchResult` per batch as it completes (in input order when ``workers`` is 1).

    Raises :class:`PipelineError` (code ``worker_error``) when every worker died with batches left;
    the batches already yielded stay valid, so a caller that saved them can resume."""
    chunks = [list(docs[i:i + batch_size]) for i in range(0, len(docs), batch_size)]
    workers = max(1, min(workers, len(chunks)))
    if workers == 1 or not can_fork():
        for chunk in chunks:
            yield analyse_batch(pipeline, chunk, batch_size)
        return
    yield from _forked(pipeline, chunks, batch_size, workers)


def _work(pipeline, tasks, results, batch_size: int) -> None:
    """A worker's loop: analyse batches from ``tasks`` until the ``None`` sentinel. Ctrl-C is the parent's to
    handle (a terminal sends it to the whole process group): the worker ignores it and is ended by the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while (chunk := tasks.get()) is not None:
        results.put(analyse_batch(pipeline, chunk, batch_size))


def _forked(pipeline, chunks: list[list[Document]], batch_size: int, workers: int) -> Iterator[BatchResult]:
    ctx = multiprocessing.get_context("fork")
    tasks, results = ctx.Queue(), ctx.Queue()
    for chunk in chunks:
        tasks.put(chunk)
    procs = [ctx.Process(target=_work, args=(pipeline, tasks, results, batch_size), daemon=True,
                         name=f"cablegram-worker-{i}") for i in range(workers)]
    for _ in procs:
        tasks.put(None)
    # Objects that exist now (the loaded pipeline) move to a generation the collector never scans, so the
    # workers' collections do not write to, and so copy, the memory pages they share with this process.
    gc.freeze()
    try:
        for proc in procs:
            proc.start()
    finally:
        gc.unfreeze()
    finished = False
    try:
        for _ in chunks:
            yield _next_result(results, procs)
        finished = True
    finally:
        _stop(procs, tasks, results, wait_s=5 if finished else 0)


def _stop(procs, tasks, results, wait_s: float) -> None:
    """End the workers: after all results came, give each ``wait_s`` seconds to read its sentinel; when the run was
    cut short (Ctrl-C, an error while writing), end them at once. Batches still queued are dropped without waiting
    for the queues' feeder threads, so the interpreter's exit does not block on a pipe nobody reads."""
    for proc in procs:
        if wait_s:
            proc.join(timeout=wait_s)
        if proc.is_alive():
            proc.terminate()
            proc.join()
    for q in (tasks, results):
        q.cancel_join_thread()
        q.close()


def _next_result(results, procs) -> BatchResult:
    while True:
        try:
            return results.get(timeout=_POLL_S)
        except queue.Empty:
            if not any(p.is_alive() for p in procs):
                codes = sorted({p.exitcode for p in procs})
                raise PipelineError(f"all {len(procs)} analysis workers stopped with batches left (exit codes {codes})",
                                    code="worker_error", source="--workers",
                                    hint="Documents analysed so far are saved; run `cablegram process` again, "
                                         "with --workers 1 to see the failure in-process.") from None
