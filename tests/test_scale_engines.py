"""Spark local[2] and Dask give, record for record, what the in-process pipeline gives on real articles.

Sample: the first articles of two real data sets in ../shared/data (copied to a temp folder at run
time), one text file and one JSONL file with bad lines. Skips with a message when the full pipeline
cannot be built, or when pyspark/Java (or dask) is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.errors import CablegramError
from cablegram.scale.local import run_inprocess
from cablegram.scale.output import OUTPUT_TABLES, load_parquet_into_store, read_output
from cablegram.scale.partition import PipelineSpec
from cablegram.store import open_store

RUN_AT = "2026-01-02T03:04:05+00:00"
SAMPLE = {"ngec_guardian": 6, "india_police_events": 4}


@pytest.fixture(scope="module")
def spec_and_pipeline():
    spec = PipelineSpec()
    try:
        return spec, spec.build()
    except (CablegramError, ValueError) as exc:  # ValueError: spaCy cannot find a factory
        pytest.skip(f"the full pipeline cannot be built here: {exc}")


@pytest.fixture(scope="module")
def sample_dir(shared_data, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale_in")
    for dataset, n in SAMPLE.items():
        src = next((shared_data / dataset).glob("*.jsonl"))
        with src.open(encoding="utf-8") as fh:
            lines = [next(fh) for _ in range(n)]
        # Keep only the fields an article dump has (the big label lists are irrelevant here).
        keep = ("id", "text", "date", "url", "source", "title")
        (folder / f"{dataset}.jsonl").write_text(
            "".join(json.dumps({k: v for k, v in json.loads(line).items() if k in keep}) + "\n" for line in lines),
            encoding="utf-8")
    (folder / "notes").mkdir()
    (folder / "notes" / "briefing.txt").write_text(
        "Ministers of Ruritania and Elbonia met in Strelsau on Monday.\n\n"
        "They agreed to reopen the border crossing next month, officials said.\n", encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"text": "cut off\n[1, 2]\n{"title": "no text"}\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(sample_dir, spec_and_pipeline, tmp_path_factory):
    spec, pipeline = spec_and_pipeline
    out = tmp_path_factory.mktemp("out_inprocess")
    summary = run_inprocess(sample_dir, out, spec=spec, run_at=RUN_AT, pipeline=pipeline)
    return out, summary, read_output(out)


def _check_same(reference, out_dir):
    _, ref_summary, expected = reference
    got = read_output(out_dir)
    n_docs = sum(SAMPLE.values()) + 1
    assert len(expected["documents"]) == n_docs
    assert len(expected["errors"]) == 3  # the three bad lines, each reported
    assert len(expected["events"]) + len(expected["claims"]) > 0  # the pipeline found something to compare
    for table in OUTPUT_TABLES:
        assert [r.get("id") for r in got[table]] == [r.get("id") for r in expected[table]], table
        assert got[table] == expected[table], table


def _check_load(out_dir, pipeline, tmp_path):
    with open_store(str(tmp_path / "loaded.db")) as store:
        first = load_parquet_into_store(store, out_dir)
        again = load_parquet_into_store(store, out_dir)  # idempotent
        assert first["inserted"] == first["documents"] and again["duplicate"] == again["documents"]
        assert first["errors"] == 3
        counts = store.counts()
        assert counts["unprocessed"] == 0
        docs = list(store.iter_documents())
        assert counts["documents"] == len(docs) == first["documents"]
        for doc, direct in zip(docs, pipeline.analyse_many(docs)):
            stored = store.get_analysis(doc.id)
            for kind in ("events", "claims", "commitments"):
                assert sorted(r.id for r in getattr(stored, kind)) == sorted(r.id for r in getattr(direct, kind)), kind
            assert stored.sentences == direct.sentences


def test_spark_local_matches_inprocess(sample_dir, reference, spec_and_pipeline, tmp_path, capfd):
    from cablegram.scale.spark import spark_available

    reason = spark_available()
    if reason:
        pytest.skip(reason)
    from cablegram.scale.spark import run_spark

    out = tmp_path / "out_spark"
    summary = run_spark(sample_dir, out, master="local[2]", spec=spec_and_pipeline[0], run_at=RUN_AT)
    jvm_err = capfd.readouterr().err  # the driver JVM writes to this process's stderr
    for noise in ("log4j profile", "Setting default log level", "NativeCodeLoader", "WARN "):
        assert noise not in jvm_err, jvm_err[-2000:]
    assert summary["counts"] == reference[1]["counts"]
    _check_same(reference, out)
    _check_load(out, spec_and_pipeline[1], tmp_path)


def test_dask_matches_inprocess(sample_dir, reference, spec_and_pipeline, tmp_path):
    from cablegram.scale.dask import dask_available, run_dask

    reason = dask_available()
    if reason:
        pytest.skip(reason)
    out = tmp_path / "out_dask"
    summary = run_dask(sample_dir, out, workers=2, spec=spec_and_pipeline[0], run_at=RUN_AT)
    assert summary["counts"] == reference[1]["counts"]
    _check_same(reference, out)
    _check_load(out, spec_and_pipeline[1], tmp_path)
