"""Run every accuracy evaluator present, print a table, write benchmarks/results/accuracy.json.

Each evaluator is a module ``benchmarks/eval_<name>.py`` with ``evaluate(data_dir: Path, nlp) -> dict``;
missing ones are reported and skipped.
Usage: python benchmarks/accuracy.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVALUATORS = ("eval_plover", "eval_plv", "eval_case", "eval_modality", "eval_polnear", "eval_re3d", "eval_actor_resolution",
              "eval_actor_resolution_fresh", "eval_claimants", "eval_language", "eval_kiel")
# Evaluator options: PolNeAR is scored on its dev compartment only, the part the span tagger never saw.
EVALUATOR_ARGS: dict[str, dict] = {"eval_polnear": {"compartments": ["dev"]}}
HEADLINES = ("micro_f1", "macro_f1", "accuracy", "mode_accuracy", "source_accuracy", "target_accuracy", "f1",
             "kind_accuracy", "span_accuracy")


def _rows(name: str, result: dict, part: str = "", depth: int = 0):
    """(evaluator, part, headline figures) rows from a nested result dict (parts joined with ".")."""
    heads = {k: result[k] for k in HEADLINES if isinstance(result.get(k), (int, float))}
    if heads:
        yield name, part, heads
    if depth >= 2:
        return
    for key, value in result.items():
        if isinstance(value, dict) and not key.startswith("per_"):
            yield from _rows(name, value, f"{part}.{key}" if part else key, depth + 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from throughput import build_full

    nlp = build_full()
    results: dict[str, dict] = {}
    for name in EVALUATORS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"{name}: not present, skipped")
            results[name] = {"skipped": "evaluator not present"}
            continue
        start = time.perf_counter()
        results[name] = module.evaluate(args.data, nlp, **EVALUATOR_ARGS.get(name, {}))
        results[name]["seconds"] = round(time.perf_counter() - start, 1)
    print(f"{'evaluator':<15} {'part':<28} figures")
    for name, result in results.items():
        for ev, part, heads in _rows(name, result):
            print(f"{ev:<15} {part:<28} " + "  ".join(f"{k}={v:.3f}" for k, v in heads.items()))
    out = HERE / "results" / "accuracy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
