"""Commitments on the reporter-style sets written for the project (tests/data/commitments_fresh6.jsonl …
commitments_fresh26.jsonl, fresh24 aside: 36 sentences each, 30 in the fifteenth, eighteenth, twenty-first and
twenty-fifth, 26 in the twenty-sixth, written and coded on 1–3 Dec
2026 by analysts who never read or ran the extractor; each record carries its own text, not a report of fact,
so no data folder is needed). The ``part`` of each
sentence was fixed by its writer before any run (the seventh and eighth sets: final when the SHA-256 of the id read as
an integer is divisible by 3): the extractor was fixed on ``dev`` sentences only, by kind; ``final`` ones were scored
once, at the end (docs/reproduce.md, docs/figures.md). The kinds they showed are tested on sentences of our own in the
other test_commitments_* files.

Floors on each dev part, measured with `python benchmarks/commitments_news.py --gold
tests/data/commitments_freshN.jsonl`, less about one row (figures and their history: docs/figures.md):

- fresh6 (dev 1.0 on every figure since 2 Dec 2026; floors from 1 Dec, recall and fields 0.955 then);
- fresh7 (untouched: rows fully right 0.818; after its dev kinds every figure 1.0, look-alikes 4 of 4);
- fresh8 (untouched: fully right 0.88, recall 0.889; after its dev kinds fully right 0.923, recall 0.963; every figure
  1.0 since 2 Dec 2026);
- fresh9 (untouched: fully right 0.783, recall 0.917; after its dev kinds every figure 1.0);
- fresh10 (untouched: fully right 0.889, recall 0.857; after its dev kinds fully right 1.0, every field 0.952; every
  figure 1.0 since 2 Dec 2026);
- fresh11 (written 2 Dec 2026; untouched: fully right 0.955, category 0.955, the rest 1.0; after its dev kinds every
  figure 1.0);
- fresh12 (written 2 Dec 2026; untouched: fully right 0.85, recall 0.909, recipient, category and status 0.864; after
  its dev kinds every figure 1.0);
- fresh13 (written 2 Dec 2026; untouched: fully right 0.84, recall 0.923, recipient 0.846, status 0.885, look-alikes
  2 of 3; after its dev kinds every figure 1.0);
- fresh14 (written 2 Dec 2026; untouched: fully right 0.741, donor and recipient 0.852, status 0.963; after its dev
  kinds fully right and recipient 0.963, every other figure 1.0);
- fresh15 (written 2 Dec 2026, 30 sentences; untouched: fully right 0.857, recall, donor, category, amount and
  currency 0.87, recipient and status 0.826; after its dev kinds every figure 1.0, recall and fields 0.957 once 'fighters' was
  withdrawn as an aircraft word);
- fresh16 (written 2 Dec 2026, a round A set; untouched: fully right 0.867, recall 0.909, recipient and status 0.848;
  after its dev kinds every figure 1.0);
- fresh17 (written 2 Dec 2026, a round B set; untouched after round A: fully right 0.759, recall 0.824, status 0.706;
  after its dev kinds recall and donor 0.955, fully right 0.905, recipient 0.909, status 0.864);
- fresh18 (written 2 Dec 2026, a round C set, 30 sentences; untouched: fully right 0.64, recall 0.885, recipient and
  status 0.769; after its dev kinds fully right 0.857, recall, category, amount and currency 0.875, donor and status
  0.812, recipient 0.75, look-alikes 6 of 6);
- fresh19 (written 2 Dec 2026, a round A set; untouched: fully right 0.724, recall 0.875, donor, recipient and status
  0.844, category 0.719; after its dev kinds every figure 1.0);
- fresh20 (written 2 Dec 2026, a round B set; untouched after round A: fully right 0.812, donor and recipient 0.848,
  status 0.939; after its dev kinds every figure 1.0);
- fresh21 (written 2 Dec 2026, a round C set, 30 sentences; untouched: fully right 0.643, recipient and category
  0.857, amount, currency and status 0.786, look-alikes 1 of 2; after its dev kinds fully right 0.714, recall, donor,
  amount and currency 0.929, recipient, category and status 0.857);
- fresh22 (written 2 Dec 2026, a round A set; untouched: fully right 0.826, donor, recipient, category, amount and
  currency 0.84, status 0.8, look-alikes 4 of 5; after its dev kinds fully right 0.955, donor, recipient and status 0.84,
  category, amount and currency 0.88, look-alikes 5 of 5);
- fresh23 (written 2 Dec 2026, a round B set; untouched after round A: fully right 0.833, recipient 0.8, status 0.85;
  after its dev kinds fully right 1.0, every field 0.9);
- fresh25 (written 2 Dec 2026 for session 34, 30 sentences; untouched: fully right 0.417, recall 0.846, donor and
  recipient 0.692, category 0.615, amount and currency 0.769, status 0.538, look-alikes 3 of 4; after its dev kinds
  fully right, donor, recipient and status 0.923, recall, category, amount and currency 1.0, look-alikes 4 of 4);
- fresh26 (written 3 Dec 2026 for session 35, 26 sentences, 21 dev; untouched at 6fa2c54: fully right 0.632,
  precision 0.842, recall 0.889, donor 0.833, recipient 0.667, category, amount and status 0.889, currency 0.833,
  look-alikes 3 of 6; after its dev kinds fully right 0.778, precision, recall, category, amount, currency and status
  0.889, donor 0.833, recipient 0.778, look-alikes 4 of 6: the two left are a refusal and a weighing the set codes as
  no commitment, where the codebook and every earlier set give a refused or conditional row)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_FIELDS = ("donor", "recipient", "category", "amount", "currency", "status")


def _floors(precision: float, recall: float, right: float, fields: float, negatives: float,
            **own: float) -> dict[str, float]:
    floors = {"row_precision": precision, "row_recall": recall, "right": right, "negatives_clean": negatives}
    floors.update(dict.fromkeys(_FIELDS, fields))
    floors.update(own)
    return floors


# set name -> (look-alikes at least, floors on its dev part)
SETS = {
    "fresh6": (6, _floors(0.95, 0.92, 0.95, 0.92, 0.8)),
    "fresh7": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.75)),
    "fresh8": (6, _floors(0.95, 0.9, 0.87, 0.87, 0.75, donor=0.9, amount=0.9, currency=0.9)),
    "fresh9": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh10": (7, _floors(0.95, 0.9, 0.95, 0.9, 0.99)),
    "fresh11": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh12": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh13": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh14": (6, _floors(0.95, 0.95, 0.92, 0.95, 0.99, recipient=0.92)),
    "fresh15": (5, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh16": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh17": (6, _floors(0.95, 0.92, 0.87, 0.88, 0.99, status=0.83)),
    "fresh18": (6, _floors(0.95, 0.85, 0.83, 0.85, 0.99, donor=0.79, recipient=0.73, status=0.79)),
    "fresh19": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh20": (6, _floors(0.95, 0.95, 0.95, 0.95, 0.99)),
    "fresh21": (6, _floors(0.9, 0.9, 0.69, 0.83, 0.49, donor=0.9, amount=0.9, currency=0.9)),
    "fresh22": (6, _floors(0.95, 0.85, 0.9, 0.8, 0.99, category=0.85, amount=0.85, currency=0.85)),
    "fresh23": (7, _floors(0.95, 0.85, 0.95, 0.85, 0.99)),
    "fresh25": (6, _floors(0.95, 0.95, 0.87, 0.87, 0.99, category=0.95, amount=0.95, currency=0.95)),
    "fresh26": (7, _floors(0.87, 0.87, 0.76, 0.87, 0.65, donor=0.81, recipient=0.76)),
}
SIZES = {"fresh15": 30, "fresh18": 30, "fresh21": 30, "fresh25": 30, "fresh26": 26}  # sentences in a set, where not 36


def _set(name: str) -> Path:
    return REPO / "tests" / "data" / f"commitments_{name}.jsonl"


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_carries_its_text_and_fixed_parts(name):
    gold = [json.loads(line) for line in _set(name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) == SIZES.get(name, 36) and all(g["text"] and g["part"] in ("dev", "final") for g in gold)
    assert sum(1 for g in gold if not g["commitments"]) >= SETS[name][0]  # look-alikes that are no support


@pytest.mark.parametrize("name", sorted(SETS))
def test_dev_floors(nlp, name):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import commitments_news

    from cablegram.kb.base import KnowledgeBase

    floors = SETS[name][1]
    gold = commitments_news.load_gold(_set(name))
    result = commitments_news.evaluate(nlp, None, gold, KnowledgeBase.load())["dev"]
    low = {f: result[f]["value"] for f in floors if result[f]["value"] < floors[f]}
    assert not low, (low, {f: result[f]["value"] for f in floors})
