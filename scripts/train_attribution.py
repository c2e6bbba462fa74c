"""Train the attribution cue classifier on the PolNeAR train compartment and write it to the package.

Usage:
    python scripts/train_attribution.py --data ../shared/data [--cache /tmp/polnear.spacy]
writes src/cablegram/nlp/models/attribution_cues.json. Deterministic (full-batch Adam from
zeros, numpy only); the settings are ``FIT_OPTIONS`` in benchmarks/eval_polnear.py, which
also reports the cross-validated figure of exactly this training (``--cv 5``).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_polnear", REPO / "benchmarks" / "eval_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="data folder holding polnear/*.dev.jsonl")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file to keep the parses in between runs")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "cablegram" / "nlp" / "models" / "attribution_cues.json")
    args = parser.parse_args(argv)
    if not sorted((args.data / "polnear").glob("*.dev.jsonl")):
        print(f"error: no polnear/*.dev.jsonl under {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    ev = _eval_module()
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    # Train on the PolNeAR train compartment of the development file only: its dev compartment is the
    # held-out part on which benchmarks/eval_polnear.py scores the shipped attribution (with the span tagger).
    records = [r for r in ev._records(args.data, None) if r.get("split", "dev") == "dev"
               and r.get("compartment", "train") == "train"]
    nlp = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"cue_model": ""}})
    docs = ev.parse(nlp, records, args.cache)
    rows = ev.build_rows(records, docs)
    model = rows.fit(range(len(records)), **ev.FIT_OPTIONS)
    model.meta["trained_on"] = f"PolNeAR dev file, train compartment, {len(records)} articles"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"trained on {model.meta['rows']} tokens of {len(records)} articles, {model.meta['features']} features "
          f"-> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
