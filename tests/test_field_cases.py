"""End-to-end field-kind cases (benchmarks/field_cases.py on benchmarks/data/field_kinds1, the dev part):
every case ingested (and processed) through the command line into a fresh SQLite store, what is stored
compared with what an analyst coded. Floors: cases clean and parts right per area (documents all right)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "benchmarks" / "data" / "field_kinds1"
FLOOR_CLEAN = 6  # of the 9 dev cases
FLOOR_AREAS = {"documents": 1.0, "events": 0.6, "commitments": 0.7, "claims": 0.6}


def _module():
    spec = importlib.util.spec_from_file_location("field_cases", REPO / "benchmarks" / "field_cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_report(nlp):
    if not (CASES / "expected.jsonl").is_file():
        pytest.skip(f"field-kind cases not found at {CASES}")
    from cablegram.nlp.pipeline import Pipeline

    field_cases = _module()
    return field_cases.run_cases(CASES, "dev", field_cases.InProcessRunner(Pipeline(nlp)))


def test_dev_part_floors(dev_report):
    totals = dev_report["totals"]
    failing = {r["id"]: [p for p in r["parts"] if not p["ok"]] for r in dev_report["results"] if not r["clean"]}
    assert totals["cases"] == 9
    assert totals["clean"] >= FLOOR_CLEAN, failing
    for area, floor in FLOOR_AREAS.items():
        row = totals["areas"][area]
        assert row["right"] >= floor * row["parts"], (area, row, failing)


def test_consent_wall_is_refused_naming_the_file_and_nothing_stored(dev_report):
    refused = next(r for r in dev_report["results"] if r["id"] == "G1-03")
    assert [p["field"] for p in refused["parts"]] == ["ingest refuses the input, naming the file", "nothing stored"]
    assert refused["clean"], refused["parts"]
