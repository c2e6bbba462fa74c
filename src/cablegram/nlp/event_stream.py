"""The events component's classifier on a helper thread, working ahead of the rest of the pipeline.

The learned event-type classifier (:mod:`.event_model`) makes one ONNX Runtime call per candidate sentence,
and ONNX Runtime releases the GIL while it computes; everything else in the pipeline (spaCy's components,
the actors, claims and commitments rules, the events component's own rules) runs on the calling thread.
:func:`classify_ahead` plans each doc as it arrives, hands its candidate sentences to one helper thread,
and finishes the docs in input order once their probabilities are back, so the classifier runs while the
earlier components analyse the next docs. Each sentence is still classified alone (see
:class:`~.event_model.EventTypeModel`), so the probabilities, and the events, are the same as when the
classifier runs inline.

Shapes: ``classify(texts) -> (n, k)`` probabilities; ``finish(doc, plan, probs)`` returns the finished doc.
Errors: an exception of ``classify`` is raised again, on the calling thread, when its doc is finished.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from .workers import available_cores

__all__ = ["background_possible", "classify_ahead"]


def background_possible() -> bool:
    """True when a helper thread can run beside the calling one: the process may use at least two cores
    and is not a forked worker of ``cablegram process --workers`` (the workers already share out the cores)."""
    return available_cores() >= 2 and multiprocessing.parent_process() is None


def classify_ahead(docs: Iterable, plan: Callable, texts_of: Callable, classify: Callable, finish: Callable,
                   window: int) -> Iterator:
    """``finish(doc, plan(doc), classify(texts_of(plan(doc))))`` for each doc, in input order, with the
    classifier on one helper thread and at most ``window`` docs (at least 1) planned but not yet finished.
    A doc without texts is finished with ``probs`` None. Stopping early cancels the classifications not
    started yet."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cablegram-events")
    pending: deque[tuple[object, object, Future | None]] = deque()
    try:
        for doc in docs:
            planned = plan(doc)
            texts = texts_of(planned)
            pending.append((doc, planned, pool.submit(classify, texts) if texts else None))
            if len(pending) >= max(1, window):
                yield _finished(finish, *pending.popleft())
        while pending:
            yield _finished(finish, *pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _finished(finish: Callable, doc, planned, future: Future | None):
    return finish(doc, planned, future.result() if future is not None else None)
