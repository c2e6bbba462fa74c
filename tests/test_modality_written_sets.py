"""The reporter-style modality sets written by analysts who had not seen the code (tests/data/modality_fresh7.jsonl,
modality_fresh8.jsonl, modality_fresh9.jsonl, 1 Dec 2026; modality_fresh10.jsonl to modality_fresh22.jsonl and
modality_fresh24.jsonl, 2 Dec 2026; modality_fresh25.jsonl, 3 Dec 2026; each record holds its own text, not a report of fact)
against floors on their development parts. The kinds they showed are tested on sentences of our own in
test_modality_round2 to test_modality_round7 and test_modality_attribution. Needs no data folder."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))

# set name -> (records in the file, records in its development part)
SETS = {"fresh7": (48, 39), "fresh8": (48, 30), "fresh9": (36, 20), "fresh10": (48, 25), "fresh11": (36, 22),
        "fresh12": (48, 30), "fresh13": (36, 26), "fresh14": (36, 21), "fresh15": (48, 33),
        "fresh16": (36, 24), "fresh17": (36, 27), "fresh18": (48, 31), "fresh19": (36, 26),
        "fresh20": (36, 25), "fresh21": (48, 31),
        "fresh22": (36, 22), "fresh24": (36, 28), "fresh25": (30, 18)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_records_hold_their_text_and_a_fixed_part(name):
    """Each record has its text, the trigger's offsets into it, a label and the part its writer fixed by the SHA-256
    of the record id (final when divisible by 3) before any run."""
    path = REPO / "tests" / "data" / f"modality_{name}.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    assert len(rows) == SETS[name][0]
    for r in rows:
        assert set(r) == {"id", "text", "text_source", "trigger", "modality", "part"}, r["id"]
        assert 0 <= r["trigger"][0] < r["trigger"][1] <= len(r["text"]), r["id"]
        assert r["modality"] in ("occurred", "planned", "hypothetical", "negated"), r["id"]
        final = int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("final" if final else "dev"), r["id"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_development_figures(event_nlp, name):
    """The events component on the set's development part (floors in tests/data/event_floors.json, fail when more
    than 0.02 below)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(REPO, event_nlp, getattr(eval_modality, name.upper()), "dev")
    assert result["n"] == SETS[name][1]
    assert result["given_trigger"]["macro_f1"] >= _floor(name, "given_trigger_macro_f1"), result
    system = result["system"]
    assert system["trigger_found"] >= _floor(name, "trigger_found"), system
    assert system["macro_f1"] >= _floor(name, "system_macro_f1"), system


def _floor(name: str, key: str) -> float:
    return FLOORS[f"modality_{name}_dev_{key}"] - 0.02
