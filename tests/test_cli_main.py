"""The main CLI through the real entry point: demo, process, show, search, status, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "cablegram"]


def run(*args: str, cwd: Path, check_rc: int | None = 0) -> subprocess.CompletedProcess:
    proc = subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("demo")
    proc = run("demo", "--out", "demo.db", "--json", cwd=work)
    result = json.loads(proc.stdout)
    assert result["counts"]["documents"] == 12
    (work / "result.json").write_text(proc.stdout, encoding="utf-8")
    (work / "stderr.txt").write_text(proc.stderr, encoding="utf-8")
    return work / "demo.db"


def test_demo_announces_itself_in_one_line_when_stderr_is_no_terminal(demo_db):
    lines = (demo_db.parent / "stderr.txt").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("building the demo store") and line.endswith("takes a few seconds)…") for line in lines), lines


def test_demo_lists_confident_events_and_names_a_traced_source_that_is_not_primary(demo_db):
    result = _result(demo_db)
    assert result["events"] and all(e["confidence"] >= 0.5 and e["source_actor"] and e["target_actor"]
                                    for e in result["events"])
    assert result["hidden_events"] == result["counts"]["events"] - len(result["events"]) > 0
    assert {t["primary_is_primary"] for t in result["traces"]} == {True, False}


def _result(demo_db: Path) -> dict:
    return json.loads((demo_db.parent / "result.json").read_text(encoding="utf-8"))


def test_demo_resolves_each_name_variant_to_one_actor(demo_db):
    variants = {a["actor_id"]: set(a["variants"]) for a in _result(demo_db)["actors"]}
    assert {"Antony Blinken", "Anthony Blinken"} <= variants["PER.USA.antony-blinken"]
    assert {"Dmytro Kuleba", "Dmitry Kuleba"} <= variants["PER.UKR.dmytro-kuleba"]
    assert {"Volodymyr Zelenskyy", "Vladimir Zelensky"} <= variants["PER.UKR.volodymyr-zelenskyy"]
    assert {"Dmytro Halenko", "Dmitry Galenko", "Dmitri Halenko"} <= variants["person:dmytro-halenko"]
    assert "Kiev" in variants["UKR"]


def test_demo_flags_speculation_and_anonymous_sources(demo_db):
    result = _result(demo_db)
    kinds = {c["sentence"]: c["claimant_kind"] for c in result["claims"]}
    assert kinds["Sources say Kiev expects more armoured vehicles from its partners."] == "anonymous"
    assert kinds["Analysts believe the counteroffensive could begin within weeks."] == "analysts"
    rewrite = next(t for t in result["traces"] if t["title"].startswith("Blinken and Kuleba"))
    labels = {s["sentence"]: (s["label"], s["attribution"]) for s in rewrite["sentences"]}
    assert labels["Analysts believe the counteroffensive could begin within weeks."] == ("added", "analysts")
    assert labels["Sources say Kiev expects more armoured vehicles from its partners."] == ("added", "anonymous")
    assert rewrite["summary"]["supported"] == 2


def test_demo_events_carry_modality(demo_db):
    events = _result(demo_db)["events"]
    by_sentence = {e["sentence"]: e for e in events}
    negated = by_sentence["Kastoria did not attack any Valdorian positions, the ministry said in a statement."]
    assert negated["modality"] == "negated" and negated["type"] == "ASSAULT"
    visit = by_sentence["Marenian Prime Minister Tomas Reile will visit Orsk next week to meet Valdorian leaders, his office announced."]
    assert visit["modality"] == "planned"
    threat = next(e for e in events if e["type"] == "THREATEN")
    assert threat["source_actor"] == "person:aurel-dragan" and threat["target_actor"] == "MRN"


def test_show_search_status(demo_db):
    cwd = demo_db.parent
    hits = run("--db", str(demo_db), "search", "gas supplies", cwd=cwd).stdout
    doc_id = hits.split()[0]
    assert doc_id.startswith("doc_")
    shown = json.loads(run("--db", str(demo_db), "show", doc_id, "--json", cwd=cwd).stdout)
    assert shown["document"]["title"].startswith("Dragan threatens")
    assert shown["analysis"]["events"]
    assert "events" in run("--db", str(demo_db), "status", cwd=cwd).stdout
    assert "no documents match" in run("--db", str(demo_db), "search", "zeppelin", cwd=cwd).stdout


def test_errors_are_one_line_with_exit_codes(tmp_path):
    missing = run("--db", str(tmp_path / "x.db"), "show", "doc_nope", cwd=tmp_path, check_rc=1)
    assert "error[store_not_found]: " in missing.stderr and "Traceback" not in missing.stderr
    bad_db = tmp_path / "bad.db"
    bad_db.write_bytes(b"not a database" * 100)
    broken = run("--db", str(bad_db), "status", cwd=tmp_path, check_rc=1)
    assert "cannot open database" in broken.stderr and "Traceback" not in broken.stderr
    usage = run("process", "--engine", "warp", cwd=tmp_path, check_rc=2)
    assert "unknown engine" in usage.stderr


def test_process_is_resumable_and_idempotent(tmp_path, shared_data):
    src = tmp_path / "in.jsonl"
    lines = (shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert "ingested 4" in run("--db", db, "ingest", str(src), cwd=tmp_path).stdout
    assert "skipped 4 duplicates" in run("--db", db, "ingest", str(src), cwd=tmp_path).stdout
    first = run("--db", db, "process", cwd=tmp_path).stdout
    assert "processed 4 documents" in first
    assert "nothing to process" in run("--db", db, "process", cwd=tmp_path).stdout


def test_process_on_dask_engine_loads_into_store(tmp_path, shared_data):
    pytest.importorskip("dask.distributed")
    src = tmp_path / "in.jsonl"
    lines = (shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "d.db")
    out = run("--db", db, "process", "--engine", "dask", "--input", str(src), "--out", str(tmp_path / "out"), "--load",
              cwd=tmp_path).stdout
    assert "loaded into" in out
    status = run("--db", db, "status", cwd=tmp_path).stdout
    assert re.search(r"^\s*documents\s+2$", status, re.M) and re.search(r"^\s*unprocessed\s+0$", status, re.M)
