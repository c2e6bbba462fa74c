"""Claimant set #5 (tests/data/claimants_fresh5.jsonl: an analyst's annotation on IndiaPoliceEvents articles,
written without seeing the system's output; references only): its layout, that it names documents no earlier
claimant set used and the split made before any run (its accuracy floors: test_claims_claimant_sets.py)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
FRESH5 = REPO / "tests" / "data" / "claimants_fresh5.jsonl"
EARLIER = [REPO / "tests" / "data" / f"claimants_fresh{n}.jsonl" for n in ("", "2", "3", "4")]
KINDS = {"outlet", "organisation", "named", "anonymous", "analysts"}


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_claimant_set5_is_references_from_new_documents_split_by_hash():
    module = _module()
    earlier = {(r["dataset"], r["doc_id"]) for path in EARLIER for r in module.read_gold(path)}
    rows = module.read_gold(FRESH5)
    assert len(rows) == 36 and {r["dataset"] for r in rows} == {"india_police_events"}
    for r in rows:
        assert {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part"} <= set(r)
        assert set(r) <= {"dataset", "doc_id", "cue", "claimant", "kind", "category", "part", "pronoun", "refers_to",
                          "note"}
        assert (r["dataset"], r["doc_id"]) not in earlier
        assert r["kind"] in KINDS and r["cue"][0] < r["cue"][1]
        assert r["claimant"] is None or r["claimant"][0] < r["claimant"][1]
        digest = hashlib.sha256(f"{r['dataset']}:{r['doc_id']}:{r['cue'][0]}".encode()).hexdigest()
        assert r["part"] == ("final" if int(digest, 16) % 3 == 0 else "dev")  # the split made before any run


def test_a_claim_without_claimant_words_scores_its_kind():
    from types import SimpleNamespace

    module = _module()
    text = "it is learnt that the trains will run."
    gold = {"cue": [3, 12], "claimant": None, "kind": "outlet"}
    right = SimpleNamespace(spans={"cue": [3, 12]}, claimant_kind="outlet")
    wrong = SimpleNamespace(spans={"cue": [3, 12]}, claimant_kind="none")
    assert module.score_row(text, [right], gold) == {"kind_ok": True, "span_ok": True, "predicted_kind": "outlet",
                                                     "predicted_span": None}
    assert not module.score_row(text, [wrong], gold)["kind_ok"]
    assert not module.score_row(text, [], gold)["kind_ok"]


