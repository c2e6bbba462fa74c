"""Accuracy floors of claimant kind and claimant span on the real-news references in
tests/data/claimants_fresh.jsonl (benchmarks/eval_claimants.py; floors in tests/data/actor_floors.json) and the
references of tests/data/claimants_fresh2.jsonl (its floors: test_claims_claimant_sets.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_claimant_kind_and_span_floors(shared_data):
    needed = {g["dataset"] for g in _module().read_gold(_module().DEFAULT_GOLD)}
    if not all((shared_data / d).is_dir() for d in needed):
        pytest.skip(f"{sorted(needed)} not all in shared data")
    floors = json.loads((REPO / "tests" / "data" / "actor_floors.json").read_text(encoding="utf-8"))
    result = _module().evaluate(shared_data)
    assert result["n"] >= 60
    assert result["kind_accuracy"] >= floors["claimant_kind_accuracy"], result["errors"]
    assert result["span_accuracy"] >= floors["claimant_span_accuracy"], result["errors"]


FRESH2 = REPO / "tests" / "data" / "claimants_fresh2.jsonl"


def test_claimant_set2_is_references_from_new_documents():
    first = {(r["dataset"], r["doc_id"]) for r in _module().read_gold(_module().DEFAULT_GOLD)}
    rows = _module().read_gold(FRESH2)
    assert 70 <= len(rows) <= 100 and {r["part"] for r in rows} == {"dev", "final"}
    for r in rows:
        assert set(r) == {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part"}
        assert (r["dataset"], r["doc_id"]) not in first  # documents the first set did not use
        assert r["kind"] in {"outlet", "organisation", "named", "anonymous", "analysts"}
        assert r["dataset"] != "polnear" or r["doc_id"].startswith("sha256:")  # PolNeAR ids name headlines


def test_claimant_gold_holds_references_only():
    rows = _module().read_gold(_module().DEFAULT_GOLD)
    assert len(rows) >= 60 and {r["part"] for r in rows} == {"dev", "final"}
    kinds = {"outlet", "organisation", "named", "anonymous", "analysts"}
    for r in rows:
        assert set(r) == {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part"}
        assert r["kind"] in kinds and r["cue"][1] > r["cue"][0] and r["claimant"][1] > r["claimant"][0]
        assert r["dataset"] != "ngec_guardian"


def test_scoring_matches_by_cue_and_trims_edges():
    from types import SimpleNamespace

    module = _module()
    text = "Officials said, on Monday, that the road was shut."
    gold = {"cue": [10, 14], "claimant": [0, 9], "kind": "anonymous"}
    right = SimpleNamespace(spans={"cue": [10, 14], "claimant": [0, 10]}, claimant_kind="anonymous")
    other = SimpleNamespace(spans={"cue": [30, 34], "claimant": [0, 9]}, claimant_kind="named")
    assert module.score_row(text, [other, right], gold)["kind_ok"]  # the claim of the gold cue, not the first
    assert module.score_row(text, [right], gold)["span_ok"]  # "Officials," trimmed to "Officials"
    assert not module.score_row(text, [], gold)["kind_ok"]
