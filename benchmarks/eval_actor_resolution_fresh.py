"""Actor resolution on the fresh real-name set (PolNeAR, PLV, re3d; not the tuned Guardian set).

Usage: ``python benchmarks/eval_actor_resolution_fresh.py --data ../shared/data``
→ prints the development and final figures and writes ``benchmarks/results/actor_resolution_fresh.json``.

Two reference files (same columns and scoring as :mod:`eval_actor_resolution`):
``tests/data/actor_resolution_fresh.tsv`` (development part: the rules were fixed on it after its
untouched score) and ``tests/data/actor_resolution_fresh_final.tsv`` (final part: split off before
any score, never used to fix rules). ``accuracy`` is over both parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PARTS = {"dev": REPO / "tests" / "data" / "actor_resolution_fresh.tsv",
         "final": REPO / "tests" / "data" / "actor_resolution_fresh_final.tsv"}


def _base():
    sys.path.insert(0, str(HERE))
    import eval_actor_resolution

    return eval_actor_resolution


def evaluate(data_dir: Path, nlp=None) -> dict:
    """{"accuracy", "n", "dev": {...}, "final": {...}}: each part as :func:`eval_actor_resolution.evaluate`."""
    base = _base()
    parts = {name: base.evaluate(Path(data_dir), nlp, gold_path=path) for name, path in PARTS.items()}
    n = sum(p["n"] for p in parts.values())
    correct = sum(round(p["accuracy"] * p["n"]) for p in parts.values())
    return {"n": n, "accuracy": round(correct / n, 4) if n else 0.0, **parts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "actor_resolution_fresh.json")
    args = parser.parse_args(argv)
    needed = sorted({g["dataset"] for path in PARTS.values() for g in _base().read_gold(path)})
    absent = [d for d in needed if not (args.data / d).is_dir()]
    if absent:
        print(f"skipped: {args.data} has no {', '.join(absent)} folder (pass --data)", file=sys.stderr)
        return 0
    result = evaluate(args.data)
    for name in PARTS:
        part = result[name]
        for e in part["errors"]:
            print(f"  miss ({name}) {e['category']:15s} {e['text']!r:30s} gold={e['gold']} predicted={e['predicted']}")
        print(f"{name:6s} n={part['n']:3d} accuracy={part['accuracy']:.3f}")
    print(f"actor resolution (fresh set): n={result['n']} accuracy={result['accuracy']:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
