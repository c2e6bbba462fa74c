"""End-to-end field-kind cases (benchmarks/field_cases.py on benchmarks/data/field_kinds1, field_kinds2,
field_kinds3, field_kinds4 and field_kinds5, the dev parts): every case ingested (and processed) through the command line into a fresh SQLite store, what is
stored compared with what an analyst coded. Floors: cases clean and parts right per area (documents all right)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "benchmarks" / "data" / "field_kinds1"
FLOOR_CLEAN = 6  # of the 9 dev cases
FLOOR_AREAS = {"documents": 1.0, "events": 0.6, "commitments": 0.7, "claims": 0.6}
CASES2 = REPO / "benchmarks" / "data" / "field_kinds2"
FLOOR_CLEAN2 = 2  # of the 10 dev cases (second set, written 2 Dec 2026)
FLOOR_AREAS2 = {"documents": 1.0, "events": 0.45, "commitments": 0.7, "claims": 0.85, "trace": 0.65}  # a miss under the measured figure
CASES3 = REPO / "benchmarks" / "data" / "field_kinds3"
FLOOR_CLEAN3 = 1  # of the 6 dev cases (third set, written 2 Dec 2026; measured 2)
FLOOR_AREAS3 = {"documents": 1.0, "events": 0.57, "commitments": 0.62, "claims": 0.83, "trace": 0.4}  # a miss under the measured figure
CASES4 = REPO / "benchmarks" / "data" / "field_kinds4"
FLOOR_CLEAN4 = 2  # of the 6 dev cases (fourth set, written 2 Dec 2026; measured 3)
FLOOR_AREAS4 = {"documents": 1.0, "events": 0.83, "commitments": 0.8, "claims": 0.63}  # a miss under the measured figure
CASES5 = REPO / "benchmarks" / "data" / "field_kinds5"
FLOOR_CLEAN5 = 4  # of the 9 dev cases (fifth set, written 2 Dec 2026; measured 5)
FLOOR_AREAS5 = {"documents": 1.0, "events": 0.75, "commitments": 0.9, "claims": 0.83, "trace": 0.71}  # a miss under the measured figure


def _module():
    spec = importlib.util.spec_from_file_location("field_cases", REPO / "benchmarks" / "field_cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _dev_report(cases: Path, nlp) -> dict:
    if not (cases / "expected.jsonl").is_file():
        pytest.skip(f"field-kind cases not found at {cases}")
    from cablegram.nlp.pipeline import Pipeline

    field_cases = _module()
    return field_cases.run_cases(cases, "dev", field_cases.InProcessRunner(Pipeline(nlp)))


@pytest.fixture(scope="module")
def dev_report(nlp):
    return _dev_report(CASES, nlp)


@pytest.fixture(scope="module")
def dev_report2(nlp):
    return _dev_report(CASES2, nlp)


@pytest.fixture(scope="module")
def dev_report3(nlp):
    return _dev_report(CASES3, nlp)


@pytest.fixture(scope="module")
def dev_report4(nlp):
    return _dev_report(CASES4, nlp)


@pytest.fixture(scope="module")
def dev_report5(nlp):
    return _dev_report(CASES5, nlp)


def _assert_floors(report: dict, cases: int, floor_clean: int, floor_areas: dict) -> None:
    totals = report["totals"]
    failing = {r["id"]: [p for p in r["parts"] if not p["ok"]] for r in report["results"] if not r["clean"]}
    assert totals["cases"] == cases
    assert totals["clean"] >= floor_clean, failing
    for area, floor in floor_areas.items():
        row = totals["areas"][area]
        assert row["right"] >= floor * row["parts"], (area, row, failing)


def test_dev_part_floors(dev_report):
    _assert_floors(dev_report, 9, FLOOR_CLEAN, FLOOR_AREAS)


def test_second_set_dev_part_floors(dev_report2):
    _assert_floors(dev_report2, 10, FLOOR_CLEAN2, FLOOR_AREAS2)


def test_consent_wall_is_refused_naming_the_file_and_nothing_stored(dev_report):
    refused = next(r for r in dev_report["results"] if r["id"] == "G1-03")
    assert [p["field"] for p in refused["parts"]] == ["ingest refuses the input, naming the file", "nothing stored"]
    assert refused["clean"], refused["parts"]


def test_second_set_feed_and_jsonl_items_are_scored_per_document(dev_report2):
    """Every document of the multi-document inputs is found and every event part is about one of them."""
    for case_id, docs in (("G2-04", 2), ("G2-05", 2), ("G2-07", 4), ("G2-08", 3)):
        parts = next(r for r in dev_report2["results"] if r["id"] == case_id)["parts"]
        found = {p["field"].split()[1] for p in parts if p["area"] == "documents" and p["ok"]}
        assert found == {str(n) for n in range(docs)}, (case_id, parts)
        assert all(p["field"].startswith("doc ") for p in parts if p["area"] in ("events", "claims"))


def test_third_set_dev_part_floors(dev_report3):
    _assert_floors(dev_report3, 6, FLOOR_CLEAN3, FLOOR_AREAS3)


def test_third_set_trace_case_finds_the_readout_among_the_primary_sources(dev_report3):
    """The trace case lists the article and then its readout; both are found and their dates and publishers right."""
    parts = next(r for r in dev_report3["results"] if r["id"] == "G3-12")["parts"]
    docs = [p for p in parts if p["area"] == "documents"]
    assert {p["field"].split()[1] for p in docs} == {"0", "1"}
    assert all(p["ok"] for p in docs), docs


def test_fourth_set_dev_part_floors(dev_report4):
    _assert_floors(dev_report4, 6, FLOOR_CLEAN4, FLOOR_AREAS4)


def test_fourth_set_documents_are_all_found_and_dated(dev_report4):
    """Every dev document is right: the HTML page dated by its byline's "Published" label (its separators written
    as HTML entities), each of the feed's four items found with its day or no date, never another one."""
    for result in dev_report4["results"]:
        docs = [p for p in result["parts"] if p["area"] == "documents"]
        assert docs and all(p["ok"] for p in docs), (result["id"], docs)
    feed = next(r for r in dev_report4["results"] if r["id"] == "G4-04")["parts"]
    assert {p["field"].split()[1] for p in feed if p["field"].endswith("published_at")} == {"0", "1", "2", "3"}


def test_fifth_set_dev_part_floors(dev_report5):
    _assert_floors(dev_report5, 9, FLOOR_CLEAN5, FLOOR_AREAS5)


def test_fifth_set_documents_are_all_found_dated_and_without_furniture(dev_report5):
    """Every dev document part is right: the page dated by its visible "Published" label, its sign-up box with a
    promise ("... and get ... in your inbox") left out, the consent wall refused, each feed item (French and numeric
    day/month dates, an Atom entry's escaped HTML) found with its day or no date. (The trace case has no document
    parts.)"""
    for result in dev_report5["results"]:
        docs = [p for p in result["parts"] if p["area"] == "documents"]
        traced = any(p["area"] == "trace" for p in result["parts"])
        assert (docs or traced) and all(p["ok"] for p in docs), (result["id"], docs)
    feed = next(r for r in dev_report5["results"] if r["id"] == "G5-05")["parts"]
    assert {p["field"].split()[1] for p in feed if p["field"].endswith("published_at")} == {"0", "1", "2"}
