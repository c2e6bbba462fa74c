"""Throughput: the full cablegram pipeline against the bare spaCy model on the same real articles.

Reads india_police_events and ngec_guardian (``<data>/<dataset>/*.jsonl``), runs both
pipelines in the same process, prints docs/s, words/s and the ratio (in wall-clock and in CPU seconds: the
CPU ratio does not move with the machine's load, the wall-clock one does), and the time spent in each
component (the events classifier's part of the events component's apart: ClassifierClock). Then analyses
the same ``--workers-limit`` Guardian articles with 1 and with 2 worker processes (cablegram.nlp.workers,
as `cablegram process --workers`) and prints the speed-up
(goal >= 1.7 on an idle machine with 2 free cores; the 1-minute load average is recorded beside it).
Writes benchmarks/results/throughput.json.
Usage: python benchmarks/throughput.py --data ../shared/data --limit 200
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

DATASETS = ("india_police_events", "ngec_guardian")


def load_texts(data_dir: Path, limit: int) -> list[str]:
    texts: list[str] = []
    per_set = max(1, limit // len(DATASETS))
    for name in DATASETS:
        got = 0
        for f in sorted((data_dir / name).glob("*.jsonl")):
            for line in f.open(encoding="utf-8"):
                if got >= per_set:
                    break
                if line.strip():
                    text = json.loads(line).get("text") or ""
                    if text.strip():
                        texts.append(text)
                        got += 1
    return texts


def build_full():
    """The pipeline every command builds (settings from the environment / cablegram.toml)."""
    from cablegram.nlp.pipeline import build_nlp_from_settings

    return build_nlp_from_settings()


def load_guardian(data_dir: Path, limit: int) -> list:
    """The first ``limit`` ngec_guardian articles as Documents."""
    from cablegram.records import Document

    docs = []
    for f in sorted((data_dir / "ngec_guardian").glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            record = json.loads(line) if line.strip() else {}
            if (record.get("text") or "").strip() and len(docs) < limit:
                docs.append(Document(text=record["text"], id=f"g{len(docs)}"))
    return docs


def _cpu_seconds() -> float:
    """CPU seconds (user + system) used so far by this process and its reaped child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_workers(nlp, docs, workers: int, batch_size: int = 16) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to analyse ``docs`` on ``workers`` forked processes (as `cablegram
    process --workers`); the CPU time includes the workers', so the two runs' CPU times show the
    overhead of forking independently of how busy the machine is."""
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.nlp.workers import analyse_batches

    start, cpu = time.perf_counter(), _cpu_seconds()
    done = sum(len(b.analyses) for b in analyse_batches(Pipeline(nlp), docs, batch_size=batch_size, workers=workers))
    assert done == len(docs), f"{len(docs) - done} documents failed"
    return time.perf_counter() - start, _cpu_seconds() - cpu


def workers_result(nlp, docs) -> dict:
    load_before = os.getloadavg()[0]
    one, cpu_one = timed_workers(nlp, docs, 1)
    two, cpu_two = timed_workers(nlp, docs, 2)
    return {"docs": len(docs), "one_worker_s": round(one, 2), "two_workers_s": round(two, 2),
            "speedup_2_vs_1": round(one / two, 3), "target_speedup": 1.7,
            "one_worker_cpu_s": round(cpu_one, 2), "two_workers_cpu_s": round(cpu_two, 2),
            "cpu_overhead_2_vs_1": round(cpu_two / cpu_one, 3), "cores_available": os.cpu_count(),
            "load_average_1min_before": round(load_before, 2), "load_average_1min_after": round(os.getloadavg()[0], 2)}


def timed_pipe(nlp, texts, batch_size=16) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of this process, CPU seconds of the calling thread) to run ``nlp.pipe``
    over ``texts``. The CPU seconds measure the work itself even when other processes share the cores; the
    events classifier runs on a helper thread where a core is free (cablegram.nlp.event_stream), so the
    calling thread's CPU seconds are what the wall-clock time comes to on an idle machine."""
    start, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start, time.process_time() - cpu, time.thread_time() - own


def per_component(nlp, texts) -> tuple[dict[str, float], dict[str, float]]:
    """(wall, CPU) seconds per component, running the components one by one on each doc."""
    wall = {name: 0.0 for name in nlp.pipe_names}
    cpu = dict(wall)
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start, start_cpu = time.perf_counter(), time.process_time()
            doc = proc(doc)
            wall[name] += time.perf_counter() - start
            cpu[name] += time.process_time() - start_cpu
    return {k: round(v, 3) for k, v in wall.items()}, {k: round(v, 3) for k, v in cpu.items()}


class ClassifierClock:
    """While in use, adds up the CPU seconds of the events classifier's calls (``EventTypeModel.predict_proba`` of
    the ``cablegram_events`` component) on the calling thread, in ``seconds``: run with :func:`per_component`
    (classifier inline), the part of ``cablegram_events``' CPU seconds that is the ONNX model rather than the
    rules. Nothing is timed when the pipeline has no events component or no classifier."""

    def __init__(self, nlp):
        events = nlp.get_pipe("cablegram_events") if "cablegram_events" in nlp.pipe_names else None
        self.model = getattr(events, "model", None)
        self.seconds = 0.0

    def __enter__(self) -> "ClassifierClock":
        if self.model is not None:
            inner = self.model.predict_proba

            def timed(texts):
                start = time.thread_time()
                try:
                    return inner(texts)
                finally:
                    self.seconds += time.thread_time() - start

            self.model.predict_proba = timed  # an instance attribute over the class's method
        return self

    def __exit__(self, *exc) -> None:
        if self.model is not None:
            del self.model.predict_proba  # the class's method again


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=200, help="articles in all (split across the data sets)")
    parser.add_argument("--workers-limit", type=int, default=200,
                        help="Guardian articles for the 1-vs-2-workers measurement (0: skip it)")
    args = parser.parse_args(argv)
    texts = load_texts(args.data, args.limit)
    if not texts:
        print(f"error: no articles under {args.data}/{{{','.join(DATASETS)}}}", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts)
    import spacy

    from cablegram.config import Settings

    bare = spacy.load(Settings.load().spacy_model)  # the same base model, lemmatizer included, as build_nlp()
    full = build_full()
    timed_pipe(bare, texts[:5])
    timed_pipe(full, texts[:5])  # warm-up
    load_before = os.getloadavg()[0]
    t_bare, cpu_bare, _ = timed_pipe(bare, texts)
    t_full, cpu_full, main_full = timed_pipe(full, texts)
    with ClassifierClock(full) as classifier:
        comp, comp_cpu = per_component(full, texts)
    result = {
        "docs": len(texts), "words": words, "components": full.pipe_names,
        "bare": {"seconds": round(t_bare, 2), "cpu_seconds": round(cpu_bare, 2), "docs_per_s": round(len(texts) / t_bare, 2),
                 "words_per_s": round(words / t_bare)},
        "full": {"seconds": round(t_full, 2), "cpu_seconds": round(cpu_full, 2), "docs_per_s": round(len(texts) / t_full, 2),
                 "words_per_s": round(words / t_full)},
        "ratio_full_to_bare": round(t_bare / t_full, 3), "target_ratio": 0.6,
        # The same ratio in CPU seconds: what the wall-clock ratio is on an idle machine, and stable when it is not.
        "ratio_full_to_bare_cpu": round(cpu_bare / cpu_full, 3),
        # Bare CPU seconds over the full pipeline's calling-thread CPU seconds: the wall-clock ratio to expect
        # on an idle machine with a second core for the events classifier's helper thread.
        "full_main_thread_cpu_seconds": round(main_full, 2), "ratio_full_to_bare_main_thread": round(cpu_bare / main_full, 3),
        "load_average_1min_before": round(load_before, 2), "load_average_1min_after": round(os.getloadavg()[0], 2),
        "seconds_per_component": comp, "cpu_seconds_per_component": comp_cpu,
        # The ONNX event-type classifier's part of cablegram_events' CPU seconds above (the rest is its rules).
        "cpu_seconds_events_classifier": round(classifier.seconds, 3),
        # spaCy's own components over all components, in the per-component CPU seconds (one doc at a time,
        # classifier inline): the CPU-second ratio without the helper thread and the batching.
        "ratio_spacy_to_all_components_cpu": round(sum(v for k, v in comp_cpu.items() if not k.startswith("cablegram"))
                                                   / max(sum(comp_cpu.values()), 1e-9), 3),
    }
    cablegram_time = {k: v for k, v in comp.items() if k.startswith("cablegram")}
    if cablegram_time:
        result["slowest_cablegram_component"] = max(cablegram_time, key=cablegram_time.get)
    if args.workers_limit:
        result["workers"] = workers_result(full, load_guardian(args.data, args.workers_limit))
    print(json.dumps(result, indent=2))
    out = Path(__file__).parent / "results" / "throughput.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
