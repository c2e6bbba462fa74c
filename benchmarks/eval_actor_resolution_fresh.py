"""Actor resolution on the fresh real-name sets (PolNeAR, PLV, re3d, CASE, MSRP, PLOVER GSR, FakeNewsAMT, Kiel UST; not the tuned Guardian set).

Usage: ``python benchmarks/eval_actor_resolution_fresh.py --data ../shared/data [--set fresh|fresh2|…|fresh14] [--part dev|final|all]``
→ prints the development and final figures and writes ``benchmarks/results/actor_resolution_<set>.json``.

Two reference files per set (same columns and scoring as :mod:`eval_actor_resolution`): the development
part (the rules were fixed on it after its untouched score) and the final part (split off by a hash before
any score, never used to fix rules). ``fresh`` (PolNeAR, PLV, re3d): ``tests/data/actor_resolution_fresh.tsv``
and ``…_fresh_final.tsv``; ``fresh2`` (PolNeAR, PLV, CASE 2021, MSRP, PLOVER GSR, FakeNewsAMT, Kiel UST
documents no earlier set used): ``tests/data/actor_resolution_fresh2.tsv`` and ``…_fresh2_final.tsv``; ``fresh3`` (
PolNeAR, PLV, CASE 2021, MSRP, PLOVER GSR, Kiel UST and Guardian records no earlier set used, weighted to the hidden
kinds): ``tests/data/actor_resolution_fresh3.tsv`` and ``…_fresh3_final.tsv``; ``fresh4`` (the same data sets plus
re3d and IndiaPoliceEvents, records no earlier set used, weighted to the hidden kinds and to aid agencies and NGOs):
``tests/data/actor_resolution_fresh4.tsv`` and ``…_fresh4_final.tsv``; ``fresh5`` (Guardian records with ids
from 136, PolNeAR, PLOVER GSR, CASE 2021 and IndiaPoliceEvents records no earlier set used, weighted to the hidden kinds):
``tests/data/actor_resolution_fresh5.tsv`` and ``…_fresh5_final.tsv``; ``fresh6`` (Guardian records no earlier set used,
written by an analyst who never saw the code, weighted to the hidden kinds): ``tests/data/actor_resolution_fresh6.tsv``
and ``…_fresh6_final.tsv``; ``fresh7`` (16 short texts the project wrote itself, ``tests/data/actors_fresh7_texts.jsonl``,
dataset ``own``, each with its date; written and annotated by an analyst who never saw the code, weighted to the
hidden kinds; no data folder needed): ``tests/data/actor_resolution_fresh7.tsv`` and ``…_fresh7_final.tsv``;
``fresh8`` (12 more such texts, ``tests/data/actors_fresh8_texts.jsonl``, by an analyst who never saw the code):
``tests/data/actor_resolution_fresh8.tsv`` and ``…_fresh8_final.tsv``; ``fresh9`` (12 more such texts,
``tests/data/actors_fresh9_texts.jsonl``, written and annotated on 1 Dec 2026 by an analyst who never saw the code):
``tests/data/actor_resolution_fresh9.tsv`` and ``…_fresh9_final.tsv``; ``fresh10`` (12 more such texts,
``tests/data/actors_fresh10_texts.jsonl``, written and annotated on 2 Dec 2026 by an analyst who never saw the code):
``tests/data/actor_resolution_fresh10.tsv`` and ``…_fresh10_final.tsv``; ``fresh11`` (12 more such texts,
``tests/data/actors_fresh11_texts.jsonl``, written and annotated on 2 Dec 2026 by another analyst who never saw the
code; final part: the rows whose SHA-1 of ``doc:start`` read as an integer is divisible by 3):
``tests/data/actor_resolution_fresh11.tsv`` and ``…_fresh11_final.tsv``; ``fresh12`` (12 more such texts,
``tests/data/actors_fresh12_texts.jsonl``, written and annotated on 2 Dec 2026 by another analyst who never saw the
code; same hash split): ``tests/data/actor_resolution_fresh12.tsv`` and ``…_fresh12_final.tsv``; ``fresh13`` (12 more
such texts, ``tests/data/actors_fresh13_texts.jsonl``, written and annotated on 2 Dec 2026 by another analyst who never
saw the code; same hash split): ``tests/data/actor_resolution_fresh13.tsv`` and ``…_fresh13_final.tsv``; ``fresh14``
(12 more such texts, ``tests/data/actors_fresh14_texts.jsonl``, written and annotated on 2 Dec 2026 by another analyst
who never saw the code; same hash split): ``tests/data/actor_resolution_fresh14.tsv`` and ``…_fresh14_final.tsv``.
``accuracy`` is over both parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# Each fresh set: its development part and its final part (split off by a hash before any score).
SETS = {
    "fresh": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh.tsv",
              "final": REPO / "tests" / "data" / "actor_resolution_fresh_final.tsv"},
    "fresh2": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh2.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh2_final.tsv"},
    "fresh3": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh3.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh3_final.tsv"},
    "fresh4": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh4.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh4_final.tsv"},
    "fresh5": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh5.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh5_final.tsv"},
    "fresh6": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh6.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh6_final.tsv"},
    "fresh7": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh7.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh7_final.tsv"},
    "fresh8": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh8.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh8_final.tsv"},
    "fresh9": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh9.tsv",
               "final": REPO / "tests" / "data" / "actor_resolution_fresh9_final.tsv"},
    "fresh10": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh10.tsv",
                "final": REPO / "tests" / "data" / "actor_resolution_fresh10_final.tsv"},
    "fresh11": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh11.tsv",
                "final": REPO / "tests" / "data" / "actor_resolution_fresh11_final.tsv"},
    "fresh12": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh12.tsv",
                "final": REPO / "tests" / "data" / "actor_resolution_fresh12_final.tsv"},
    "fresh13": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh13.tsv",
                "final": REPO / "tests" / "data" / "actor_resolution_fresh13_final.tsv"},
    "fresh14": {"dev": REPO / "tests" / "data" / "actor_resolution_fresh14.tsv",
                "final": REPO / "tests" / "data" / "actor_resolution_fresh14_final.tsv"},
}
PARTS = SETS["fresh"]


def _base():
    sys.path.insert(0, str(HERE))
    import eval_actor_resolution

    return eval_actor_resolution


def evaluate(data_dir: Path, nlp=None, which: str = "fresh", part: str = "all") -> dict:
    """{"accuracy", "n", "dev": {...}, "final": {...}}: each part of the set ``which`` (a key of
    :data:`SETS`) as :func:`eval_actor_resolution.evaluate`; ``part`` "dev" or "final" scores that part
    only (the totals are then that part's)."""
    base = _base()
    parts = {name: base.evaluate(Path(data_dir), nlp, gold_path=path) for name, path in SETS[which].items()
             if part in ("all", name)}
    n = sum(p["n"] for p in parts.values())
    correct = sum(round(p["accuracy"] * p["n"]) for p in parts.values())
    return {"n": n, "accuracy": round(correct / n, 4) if n else 0.0, **parts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--set", dest="which", choices=sorted(SETS), default="fresh")
    parser.add_argument("--part", choices=("dev", "final", "all"), default="all",
                        help="score one part only (dev while fixing, so the final part stays unseen)")
    parser.add_argument("--out", type=Path, default=None,
                        help="default: benchmarks/results/actor_resolution_<set>.json")
    args = parser.parse_args(argv)
    out = args.out or REPO / "benchmarks" / "results" / f"actor_resolution_{args.which}.json"
    base = _base()
    absent = base.absent_datasets(args.data, [g for path in SETS[args.which].values() for g in base.read_gold(path)])
    if absent:
        print(f"skipped: {args.data} has no {', '.join(absent)} folder (pass --data)", file=sys.stderr)
        return 0
    result = evaluate(args.data, which=args.which, part=args.part)
    for name in (n for n in SETS[args.which] if n in result):
        part = result[name]
        for e in part["errors"]:
            print(f"  miss ({name}) {e['category']:15s} {e['text']!r:30s} gold={e['gold']} predicted={e['predicted']}")
        print(f"{name:6s} n={part['n']:3d} accuracy={part['accuracy']:.3f}")
    print(f"actor resolution ({args.which} set): n={result['n']} accuracy={result['accuracy']:.3f}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
