"""Train the PLOVER event classifier on the plover_gsr dev records and write it to the package.

Deterministic (full-batch gradient descent from zeros). Usage:
    python scripts/train_events.py --data ../shared/data
writes src/cablegram/nlp/models/plover_lr.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "cablegram" / "nlp" / "models" / "plover_lr.json")
    args = parser.parse_args(argv)
    files = sorted((args.data / "plover_gsr").glob("*.dev.jsonl"))
    if not files:
        print(f"error: no plover_gsr/*.dev.jsonl under {args.data}", file=sys.stderr)
        return 2
    from cablegram.nlp.events import EventClassifier, EventCoder, pick_sentence, sentence_features
    from cablegram.nlp.pipeline import build_nlp
    from cablegram.nlp.plover import from_gold_2016

    records = [json.loads(line) for f in files for line in f.open(encoding="utf-8") if line.strip()]
    nlp = build_nlp(components=["cablegram_language"])
    coder = EventCoder(nlp, "train", None, 0.25, 0.0)
    rows, labels = [], []
    for doc, rec in zip(nlp.pipe([r["text"] for r in records]), records):
        sent = pick_sentence(doc, coder.index)
        if sent is not None:
            rows.append(sentence_features(sent, coder.index)[0])
            labels.append(from_gold_2016(rec["event"]))
    model = EventClassifier.fit(rows, labels)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"trained on {len(rows)} records, {len(model.features)} features -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
