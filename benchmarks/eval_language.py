"""Language identification on the English dev sets: the share of English texts kept as English.

Every dev set under ``<data>`` is English news or news-like text, so any other answer is a document
the English components would silently skip. Reads the ``text`` field of ``<data>/<set>/*.jsonl``,
prints per-set counts of each answer and the overall English share, and writes
benchmarks/results/language_id.json.
Usage: python benchmarks/language_id.py --data ../shared/data [--limit 0]
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


def main(argv=None) -> int:
    from cablegram.nlp.language import detect_language

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=0, help="texts per data set (0: all)")
    args = parser.parse_args(argv)
    sets = texts_by_set(args.data, args.limit)
    if not sets:
        print(f"error: no JSONL texts under {args.data}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    result: dict = {"sets": {}}
    total = english = 0
    for name, texts in sets.items():
        answers = collections.Counter(detect_language(t) for t in texts)
        result["sets"][name] = {"texts": len(texts), "answers": dict(answers.most_common())}
        total += len(texts)
        english += answers["en"]
    result.update(texts=total, english=english, english_share=round(english / total, 5),
                  seconds=round(time.perf_counter() - start, 2))
    print(json.dumps(result, indent=2))
    out = Path(__file__).parent / "results" / "language_id.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
