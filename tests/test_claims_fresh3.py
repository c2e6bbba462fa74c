"""Claimant set #3 (tests/data/claimants_fresh3.jsonl, own annotation, references only): its layout and that
it names documents the earlier claimant sets did not use (its accuracy floors: test_claims_claimant_sets.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
FRESH3 = REPO / "tests" / "data" / "claimants_fresh3.jsonl"
EARLIER = [REPO / "tests" / "data" / "claimants_fresh.jsonl", REPO / "tests" / "data" / "claimants_fresh2.jsonl"]
KINDS = {"outlet", "organisation", "named", "anonymous", "analysts", "none"}


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_claimant_set3_is_references_from_new_documents():
    module = _module()
    earlier = {(r["dataset"], r["doc_id"]) for path in EARLIER for r in module.read_gold(path)}
    rows = module.read_gold(FRESH3)
    assert 60 <= len(rows) <= 100 and {r["part"] for r in rows} == {"dev", "final"}
    assert {r["category"] for r in rows} >= {"outlet", "outlet-investigation", "capital", "seat", "bloc",
                                             "appositive", "unusual-cue", "pronoun", "dash", "non-claim"}
    for r in rows:
        assert set(r) == {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part"}
        assert (r["dataset"], r["doc_id"]) not in earlier
        assert r["kind"] in KINDS
        assert (r["claimant"] is None) == (r["kind"] == "none")  # a non-claim names no claimant
        assert r["cue"][0] < r["cue"][1]
        assert r["dataset"] != "polnear" or r["doc_id"].startswith("sha256:")  # PolNeAR ids name headlines


def test_a_non_claim_row_is_wrong_only_with_a_claimant_on_its_cue():
    from types import SimpleNamespace

    module = _module()
    gold = {"cue": [10, 14], "claimant": None, "kind": "none"}
    text = "x" * 40
    on_cue = SimpleNamespace(spans={"cue": [10, 14], "claimant": [0, 5]}, claimant_kind="named")
    elsewhere = SimpleNamespace(spans={"cue": [20, 24], "claimant": [12, 14]}, claimant_kind="named")
    unattributed = SimpleNamespace(spans={"cue": [10, 14]}, claimant_kind="none")
    assert module.score_row(text, [on_cue], gold)["kind_ok"] is False
    assert module.score_row(text, [elsewhere], gold)["kind_ok"] is True  # a claimant overlap alone does not count
    assert module.score_row(text, [unattributed], gold)["span_ok"] is True


