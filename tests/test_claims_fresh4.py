"""Claimant set #4 (tests/data/claimants_fresh4.jsonl, own annotation, references only): its layout, that it names
documents no earlier claimant set used, and the accuracy floors of claimant kind and span
(benchmarks/eval_claimants.py; floors in tests/data/claimants_floors.json)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FRESH4 = REPO / "tests" / "data" / "claimants_fresh4.jsonl"
EARLIER = [REPO / "tests" / "data" / f"claimants_fresh{n}.jsonl" for n in ("", "2", "3")]
KINDS = {"outlet", "organisation", "named", "anonymous", "analysts", "none"}


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_claimant_set4_is_references_from_new_documents_split_by_hash():
    module = _module()
    earlier = {(r["dataset"], r["doc_id"]) for path in EARLIER for r in module.read_gold(path)}
    rows = module.read_gold(FRESH4)
    assert 70 <= len(rows) <= 90
    assert {r["category"] for r in rows} >= {"outlet", "outlet-investigation", "outlet-documents", "capital", "seat",
                                             "bloc", "appositive", "unusual-cue", "pronoun", "non-claim"}
    for r in rows:
        assert set(r) == {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part"}
        assert (r["dataset"], r["doc_id"]) not in earlier
        assert r["kind"] in KINDS and (r["claimant"] is None) == (r["kind"] == "none")
        assert r["cue"][0] < r["cue"][1]
        assert r["dataset"] != "polnear" or r["doc_id"].startswith("sha256:")  # PolNeAR ids name headlines
        digest = hashlib.sha256(f"{r['dataset']}:{r['doc_id']}:{r['cue'][0]}".encode()).hexdigest()
        assert r["part"] == ("final" if int(digest, 16) % 3 == 0 else "dev")  # the split made before any run


@pytest.mark.slow
def test_claimant_set4_floors(shared_data):
    rows = _module().read_gold(FRESH4)
    if not all((shared_data / d).is_dir() for d in {g["dataset"] for g in rows}):
        pytest.skip("the datasets of claimant set #4 are not all in shared data")
    floors = json.loads((REPO / "tests" / "data" / "claimants_floors.json").read_text(encoding="utf-8"))
    result = _module().evaluate(shared_data, gold_path=FRESH4)
    assert result["n"] == len(rows)
    assert result["kind_accuracy"] >= floors["claimant_fresh4_kind_accuracy"], result["errors"]
    assert result["span_accuracy"] >= floors["claimant_fresh4_span_accuracy"], result["errors"]
