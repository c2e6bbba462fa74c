"""Claimant set #4 (tests/data/claimants_fresh4.jsonl, own annotation, references only): its layout and that it
names documents no earlier claimant set used (its accuracy floors: test_claims_claimant_sets.py)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path


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


