"""CPU seconds per pipeline component for two or more source trees, measured in turns in one run.

On a machine that other work shares, wall-clock times say little and even CPU seconds drift from minute to
minute; this script runs the same fixed articles (``throughput.load_texts``: india_police_events and
ngec_guardian) through each tree's full pipeline in turn, ``--rounds`` times (A, B, A, B, ...), each in a
fresh process with ``PYTHONPATH=<tree>/src`` so that the tree's ``cablegram`` package is the one imported, and
prints each component's CPU seconds per tree (the lowest of the rounds, the least disturbed, and the mean).
A tree is a folder holding ``src/cablegram`` (for example ``git archive HEAD src | tar -x -C /tmp/before``).
Usage: python benchmarks/cpu_compare.py --data ../shared/data --limit 60 --rounds 3 /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# Run in the child: the per-component CPU seconds of the full pipeline on the fixed texts, as JSON on stdout.
_CHILD = """
import json, sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from throughput import ClassifierClock, build_full, load_texts, per_component
texts = load_texts(Path({data!r}), {limit})
nlp = build_full()
per_component(nlp, texts[:3])  # warm-up: lazy loads (lexicons, lookups) stay out of the figures
with ClassifierClock(nlp) as classifier:
    cpu = per_component(nlp, texts)[1]
print(json.dumps(dict(cpu, **{{{key!r}: round(classifier.seconds, 3)}})))
"""
# The events classifier's CPU seconds: a part of cablegram_events', shown apart and left out of the total.
CLASSIFIER = "of_which_events_classifier"


def measure(tree: Path, data: Path, limit: int) -> dict[str, float]:
    """The per-component CPU seconds of ``tree``'s pipeline (one child process), with the events classifier's
    part of ``cablegram_events`` under :data:`CLASSIFIER`."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    code = _CHILD.format(bench=str(_HERE), data=str(data), limit=limit, key=CLASSIFIER)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(runs: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per component: the lowest and the mean CPU seconds over the rounds, and the same for their total."""
    names = list(runs[0])
    out = {name: {"min": round(min(r[name] for r in runs), 3), "mean": round(sum(r[name] for r in runs) / len(runs), 3)}
           for name in names}
    totals = [sum(v for k, v in r.items() if k != CLASSIFIER) for r in runs]
    out["total"] = {"min": round(min(totals), 3), "mean": round(sum(totals) / len(totals), 3)}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="folders holding src/cablegram")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=60, help="articles in all (split across the data sets)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    missing = [str(t) for t in args.trees if not (t / "src" / "cablegram").is_dir()]
    if missing:
        print(f"error: no src/cablegram under {', '.join(missing)}", file=sys.stderr)
        return 2
    runs: dict[str, list[dict[str, float]]] = {str(t): [] for t in args.trees}
    for round_no in range(args.rounds):
        for tree in args.trees:
            runs[str(tree)].append(measure(tree, args.data, args.limit))
            print(f"round {round_no + 1} {tree}: {json.dumps(runs[str(tree)][-1])}", file=sys.stderr)
    result = {"docs_limit": args.limit, "rounds": args.rounds, "load_average_1min_after": round(os.getloadavg()[0], 2),
              "cpu_seconds_per_component": {tree: summary(r) for tree, r in runs.items()}}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
