"""The claimant sets' accuracy floors, and the records of the sets written with their text, in one place
(benchmarks/eval_claimants.py; floors in tests/data/claimants_floors.json). Sets #2 to #5 are references into the
data folder (their tests skip when it is absent); sets #6 to #12 are passages written with their text on 1 and 2 Dec
2026 by analysts who never saw the code, split into development and final parts by the SHA-256 of the id when each
file was written. Sets #8 to #12 hold floors on their development part only."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
KINDS = {"outlet", "organisation", "named", "anonymous", "analysts", "none"}
# set: (part the floors hold for, prefix of its keys in claimants_floors.json)
FLOOR_SETS = {
    "fresh2": ("all", "claimant_fresh2"),
    "fresh3": ("all", "claimant_fresh3"),
    "fresh4": ("all", "claimant_fresh4"),
    "fresh5": ("all", "claimant_fresh5"),
    "fresh6": ("all", "claimant_fresh6"),
    "fresh7": ("all", "claimant_fresh7"),
    "fresh8": ("dev", "claimant_fresh8_dev"),
    "fresh9": ("dev", "claimant_fresh9_dev"),
    "fresh10": ("dev", "claimant_fresh10_dev"),
    "fresh11": ("dev", "claimant_fresh11_dev"),
    "fresh12": ("dev", "claimant_fresh12_dev"),
    "fresh13": ("dev", "claimant_fresh13_dev"),
    "fresh14": ("dev", "claimant_fresh14_dev"),
}
# set written with its text: number of passages
OWN_TEXT_SETS = {"fresh6": 40, "fresh7": 36, "fresh8": 36, "fresh9": 36, "fresh10": 36, "fresh11": 36,
                  "fresh12": 36, "fresh13": 36, "fresh14": 24}


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(which: str) -> Path:
    return REPO / "tests" / "data" / f"claimants_{which}.jsonl"


@pytest.mark.slow
@pytest.mark.parametrize("which", sorted(FLOOR_SETS))
def test_claimant_set_floors(request, tmp_path, which):
    part, key = FLOOR_SETS[which]
    module = _module()
    rows = module.read_gold(_gold(which), part)
    needed = {r["dataset"] for r in rows if "dataset" in r}
    data = request.getfixturevalue("shared_data") if needed else tmp_path  # own texts need no data folder
    if not all((data / d).is_dir() for d in needed):
        pytest.skip(f"the data sets of claimant set {which} ({sorted(needed)}) are not all in {data}")
    floors = json.loads((REPO / "tests" / "data" / "claimants_floors.json").read_text(encoding="utf-8"))
    result = module.evaluate(data, gold_path=_gold(which), part=part)
    assert result["n"] == len(rows) > 0
    assert result["kind_accuracy"] >= floors[f"{key}_kind_accuracy"], result["errors"]
    assert result["span_accuracy"] >= floors[f"{key}_span_accuracy"], result["errors"]


@pytest.mark.parametrize("which", sorted(OWN_TEXT_SETS))
def test_own_text_claimant_set_carries_its_text_and_the_split_by_hash(which):
    rows = _module().read_gold(_gold(which))
    n = OWN_TEXT_SETS[which]
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    for r in rows:
        assert {"id", "text", "cue", "claimant", "kind", "category", "part"} <= set(r)
        assert "dataset" not in r and r["kind"] in KINDS
        assert r["cue"] is None and r["kind"] == "none" or 0 <= r["cue"][0] < r["cue"][1] <= len(r["text"])
        assert r["claimant"] is None or 0 <= r["claimant"][0] < r["claimant"][1] <= len(r["text"])
        digest = int(hashlib.sha256(r["id"].encode()).hexdigest(), 16)
        assert r["part"] == ("final" if digest % 3 == 0 else "dev")  # the split made when the file was written
