"""Commitments on a tenth set written for the project (tests/data/commitments_fresh10.jsonl: 36 reporter-style
sentences another analyst wrote and coded on 1 Dec 2026 without reading or running the extractor; the sentences carry their
own text, so no data folder is needed). The ``part`` of each sentence was fixed by the writer
before any run (22 dev, 14 final): the extractor was fixed on ``dev`` sentences only, by kind;
``final`` ones were scored once, at the end (docs/reproduce.md).

Floors on the dev part, measured 2026-12-01 with `python benchmarks/commitments_news.py --gold
tests/data/commitments_fresh10.jsonl` (untouched: rows fully right 0.889, recall 0.857, recipient and status 0.81;
after the dev kinds: row precision and fully right 1.0, recall and every field 0.952, look-alikes clean 4 of 4), less
about 0.05 (one row of 21 is 0.048)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "data" / "commitments_fresh10.jsonl"
FLOORS = {"row_precision": 0.95, "row_recall": 0.9, "right": 0.95, "donor": 0.9, "recipient": 0.9,
          "category": 0.9, "amount": 0.9, "currency": 0.9, "status": 0.9, "negatives_clean": 0.99}


def test_the_set_carries_its_text_and_fixed_parts():
    gold = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) == 36 and all(g["text"] and g["part"] in ("dev", "final") for g in gold)
    assert sum(1 for g in gold if not g["commitments"]) >= 7  # look-alikes that are no support


def test_fresh10_dev_floors(nlp):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import commitments_news

    from cablegram.kb.base import KnowledgeBase

    gold = commitments_news.load_gold(SET)
    result = commitments_news.evaluate(nlp, None, gold, KnowledgeBase.load())["dev"]
    low = {f: result[f]["value"] for f in FLOORS if result[f]["value"] < FLOORS[f]}
    assert not low, (low, {f: result[f]["value"] for f in FLOORS})
