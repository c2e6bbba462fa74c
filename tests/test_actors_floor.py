"""Accuracy floors of actor resolution (floors in tests/data/actor_floors.json): the tuned references in
tests/data/actor_resolution.tsv, the fresh sets of references into the data folder (one parametrised test; they skip
when the data folder lacks a data set they read) and the sets that carry their own texts (#7 to #11); and the records
of each: references only, documents no earlier set used, offsets inside their own texts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("eval_actor_resolution", REPO / "benchmarks" / "eval_actor_resolution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_actor_resolution_floor(shared_data):
    if not (shared_data / "ngec_guardian").is_dir():
        pytest.skip("ngec_guardian not in shared data")
    floors = json.loads((REPO / "tests" / "data" / "actor_floors.json").read_text(encoding="utf-8"))
    result = _module().evaluate(shared_data)
    assert result["n"] >= 100
    assert result["accuracy"] >= floors["actor_resolution_accuracy"], result["errors"]


def test_gold_file_holds_references_only():
    rows = _module().read_gold(REPO / "tests" / "data" / "actor_resolution.tsv")
    assert len(rows) >= 100
    assert all(set(r) == {"dataset", "doc_id", "start", "end", "gold", "category"} and r["end"] > r["start"] for r in rows)


def _fresh():
    spec = importlib.util.spec_from_file_location("eval_actor_resolution_fresh",
                                                  REPO / "benchmarks" / "eval_actor_resolution_fresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Sets of references into the data folder: the data sets each reads and its least number of references.
DATA_SETS = {
    "fresh": (("polnear", "plv", "re3d"), 100),
    "fresh2": (("polnear", "plv", "case2021_task2", "msrp", "plover_gsr", "fakenewsamt", "kiel_ust"), 80),
    "fresh3": (("polnear", "plv", "case2021_task2", "msrp", "plover_gsr", "kiel_ust", "ngec_guardian"), 80),
    "fresh5": (("polnear", "case2021_task2", "plover_gsr", "india_police_events", "ngec_guardian"), 70),
    "fresh6": (("ngec_guardian",), 60),
}
# The order the sets were made in: each names documents no set before it used (the tuned set first).
ORDER = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")


@pytest.mark.slow
@pytest.mark.parametrize("which", sorted(DATA_SETS))
def test_data_folder_sets_actor_resolution_floor(shared_data, which):
    needed, least = DATA_SETS[which]
    if not all((shared_data / d).is_dir() for d in needed):
        pytest.skip(f"a data set of {which} ({', '.join(needed)}) is not in shared data")
    floors = json.loads((REPO / "tests" / "data" / "actor_floors.json").read_text(encoding="utf-8"))
    result = _fresh().evaluate(shared_data, which=which)
    assert result["n"] >= least
    errors = result["dev"]["errors"] + result["final"]["errors"]
    assert result["accuracy"] >= floors[f"actor_resolution_{which}_accuracy"], errors


@pytest.mark.parametrize("which", ["fresh", "fresh2", "fresh3", "fresh5", "fresh6"])
def test_fresh_gold_files_hold_references_only(which):
    module = _module()
    for path in _fresh().SETS[which].values():
        rows = module.read_gold(path)
        assert len(rows) >= 25
        assert all(set(r) == {"dataset", "doc_id", "start", "end", "gold", "category"} and r["end"] > r["start"]
                   for r in rows)
        if which in ("fresh", "fresh2"):  # sets #1 and #2 stay outside the Guardian sample altogether
            assert not any(r["dataset"] == "ngec_guardian" for r in rows)  # texts outside the tuned Guardian set


@pytest.mark.parametrize("which, least_documents", [("fresh2", 50), ("fresh3", 60), ("fresh5", 50), ("fresh6", 25)])
def test_data_folder_set_uses_documents_no_earlier_set_used(which, least_documents):
    # a later set may use Guardian records, but none the tuned set (actor_resolution.tsv) or an earlier set annotated
    module = _module()
    earlier = [REPO / "tests" / "data" / "actor_resolution.tsv",
               *(path for before in ORDER[:ORDER.index(which)] for path in _fresh().SETS[before].values())]
    used = {(r["dataset"], r["doc_id"]) for path in earlier for r in module.read_gold(path)}
    docs = {(r["dataset"], r["doc_id"]) for path in _fresh().SETS[which].values() for r in module.read_gold(path)}
    assert len(docs) >= least_documents and not docs & used


def test_fresh5_uses_guardian_records_past_the_tuned_sample():
    rows = [r for path in _fresh().SETS["fresh5"].values() for r in _module().read_gold(path)]
    assert len(rows) >= 60 and all(int(r["doc_id"]) >= 136 for r in rows if r["dataset"] == "ngec_guardian")


@pytest.mark.parametrize("which, n", [("fresh7", 48), ("fresh8", 36), ("fresh9", 36), ("fresh10", 36), ("fresh11", 36),
                                      ("fresh12", 36), ("fresh13", 36), ("fresh14", 36)])
def test_own_text_sets_actor_resolution_floor(tmp_path, which, n):
    # Sets #7 to #14 carry their own texts (tests/data/actors_<set>_texts.jsonl, dataset "own"): no data folder
    # needed, so an empty folder stands for it.
    floors = json.loads((REPO / "tests" / "data" / "actor_floors.json").read_text(encoding="utf-8"))
    result = _fresh().evaluate(tmp_path, which=which)
    assert result["n"] >= n
    errors = result["dev"]["errors"] + result["final"]["errors"]
    assert result["accuracy"] >= floors[f"actor_resolution_{which}_accuracy"], errors


@pytest.mark.parametrize("which", ["fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                                   "fresh14"])
def test_own_text_sets_references_point_into_their_own_texts(which):
    module = _module()
    path = REPO / "tests" / "data" / f"actors_{which}_texts.jsonl"
    texts = {json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()}
    rows = [r for path in _fresh().SETS[which].values() for r in module.read_gold(path)]
    assert rows and all(r["dataset"] == "own" and r["doc_id"] in texts for r in rows)
    assert all(0 <= r["start"] < r["end"] <= len(texts[r["doc_id"]]["text"]) for r in rows)
    assert all(module.record_date(texts[r["doc_id"]]) for r in rows)  # every text carries the date titles need
