"""Language identification on the English dev sets: the share of English texts kept as English.

Every dev set under ``<data>`` is English news or news-like text, so any other answer is a document
the English components would silently skip. Reads the ``text`` field of ``<data>/<set>/*.jsonl``,
prints per-set counts of each answer and the overall English share (``accuracy``), and writes
benchmarks/results/language_id.json. ``evaluate(data_dir, nlp)`` is what benchmarks/accuracy.py runs.
Usage: python benchmarks/eval_language.py --data ../shared/data [--limit 0]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path


def texts_by_set(data_dir: Path, limit: int) -> dict[str, list[str]]:
    """The non-empty ``text`` fields of each data set's JSONL files (at most ``limit`` per set; 0 = all)."""
    out: dict[str, list[str]] = {}
    for path in sorted(data_dir.glob("*/*.jsonl")):
        texts = out.setdefault(path.parent.name, [])
        for line in path.open(encoding="utf-8"):
            record = json.loads(line) if line.strip() else {}
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and text.strip() and (not limit or len(texts) < limit):
                texts.append(text)
    return {name: texts for name, texts in out.items() if texts}


def evaluate(data_dir: Path, nlp=None, limit: int = 0) -> dict:
    """Per-set answers and the overall share of English texts identified as English (``accuracy``).
    ``nlp`` is unused (the language component's function is called directly)."""
    from cablegram.nlp.language import detect_language

    start = time.perf_counter()
    result: dict = {"sets": {}}
    total = english = 0
    for name, texts in texts_by_set(data_dir, limit).items():
        answers = collections.Counter(detect_language(t) for t in texts)
        result["sets"][name] = {"texts": len(texts), "answers": dict(answers.most_common())}
        total += len(texts)
        english += answers["en"]
    result.update(texts=total, english=english, accuracy=round(english / total, 5) if total else 0.0,
                  seconds=round(time.perf_counter() - start, 2))
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=0, help="texts per data set (0: all)")
    args = parser.parse_args(argv)
    result = evaluate(args.data, limit=args.limit)
    if not result["texts"]:
        print(f"error: no JSONL texts under {args.data}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2))
    out = Path(__file__).parent / "results" / "language_id.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
