"""The ninth fresh modality set (tests/data/modality_fresh9.jsonl: 36 reporter-style sentences written by another analyst who
had not seen the code, 1 Dec 2026; each record holds its own text, not a report of fact) against floors on its
development part. The kinds it showed are tested on sentences of their own in test_modality_round3. Needs no data
folder."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))
SET = REPO / "tests" / "data" / "modality_fresh9.jsonl"


def test_fresh9_records_hold_their_text_and_a_fixed_part():
    """36 records, each with its text, the trigger's offsets into it, a label and the part its writer fixed by the
    SHA-256 of the record id (final when divisible by 3) before any run."""
    rows = [json.loads(line) for line in SET.open(encoding="utf-8") if line.strip()]
    assert len(rows) == 36
    for r in rows:
        assert set(r) == {"id", "text", "text_source", "trigger", "modality", "part"}, r["id"]
        assert 0 <= r["trigger"][0] < r["trigger"][1] <= len(r["text"]), r["id"]
        assert r["modality"] in ("occurred", "planned", "hypothetical", "negated"), r["id"]
        final = int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("final" if final else "dev"), r["id"]


def test_fresh9_development_figures(event_nlp):
    """The events component on the development part of the ninth set (floors in tests/data/event_floors.json, fail
    when more than 0.02 below). The records carry their text: no data folder is read."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(REPO, event_nlp, eval_modality.FRESH9, "dev")
    assert result["n"] == 20
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh9_dev_given_trigger_macro_f1"] - 0.02, result
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh9_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh9_dev_system_macro_f1"] - 0.02, system
