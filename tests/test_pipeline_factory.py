"""The one pipeline factory: settings (model name, user actor files, component configs) reach every builder,
a missing model is a clear error, and a saved pipeline reloads with plain ``spacy.load``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablegram.config import Settings
from cablegram.errors import PipelineError
from cablegram.nlp.pipeline import DEFAULT_COMPONENTS, Pipeline, build_nlp, build_nlp_from_settings, make_doc
from cablegram.records import Document

# A fictional minister, added the way a user adds one (`cablegram actors add`), unknown to the shipped KB.
NAME = "Oskar Vandrelli"
TEXT = f"Foreign Minister {NAME} of Estonia met officials in Tallinn on Tuesday to discuss border patrols."


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cablegram", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=300)


def _add_user_actor(db: Path) -> str:
    from cablegram.cli.actors import app

    result = CliRunner().invoke(app, ["add", NAME, "--country", "EST", "--title", "Minister of Foreign Affairs",
                                      "--role", "foreign_minister", "--start", "2020-01-01"],
                                obj={"settings": Settings.load(db=str(db))})
    assert result.exit_code == 0, result.output
    return "person:oskar-vandrelli"


def test_process_with_missing_model_fails_with_one_line_naming_it(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "m.db")
    ingested = _cli("--db", db, "ingest", str(doc), cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    result = _cli("--db", db, "process", env={"CABLEGRAM_SPACY_MODEL": "nonexistent_model_xyz"}, cwd=tmp_path)
    assert result.returncode == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error")]
    assert len(lines) == 1, result.stderr
    assert "nonexistent_model_xyz" in lines[0] and "Traceback" not in result.stderr
    assert lines[0].startswith("error[model_not_installed]: ")
    status = _cli("--db", db, "status", cwd=tmp_path)
    assert " unprocessed  1" in status.stdout  # nothing was half-written


def test_from_settings_uses_model_name_and_raises_pipeline_error():
    with pytest.raises(PipelineError) as err:
        Pipeline.from_settings(Settings(spacy_model="no_such_spacy_package"))
    assert "no_such_spacy_package" in str(err.value) and err.value.hint


def test_user_actor_files_flow_through_settings(tmp_path):
    db = tmp_path / "u.db"
    actor_id = _add_user_actor(db)
    pipeline = Pipeline.from_settings(Settings(db=str(db)), components=["cablegram_language", "cablegram_actors"])
    known = pipeline.analyse(Document(id="d1", text=TEXT, published_at="2024-03-05"))
    assert actor_id in {m.actor_id for m in known.mentions}
    assert actor_id not in {a.id for a in known.new_actors}  # resolved from the user's file, not guessed
    bare = Pipeline.from_settings(Settings(db=str(tmp_path / "other.db")),
                                  components=["cablegram_language", "cablegram_actors"])
    guessed = bare.analyse(Document(id="d1", text=TEXT, published_at="2024-03-05"))
    assert actor_id in {a.id for a in guessed.new_actors}  # without the file it is only a new, unknown person


def test_watch_processes_with_user_actor_files(tmp_path):
    from cablegram.monitor import Watcher, WatchConfig
    from cablegram.monitor.watch import CycleReport
    from cablegram.store import open_store

    db = tmp_path / "w.db"
    actor_id = _add_user_actor(db)
    with open_store(str(db)) as store:
        store.add_document(Document(id="doc1", text=TEXT, published_at="2024-03-05"))
        cfg = WatchConfig.from_dict({"sources": [], "stdout": False, "rules": []}, base=tmp_path)
        watcher = Watcher(store, cfg, Settings(db=str(db), embeddings="lexical"))
        report = CycleReport()
        watcher._process(report)
        assert report.processed == 1, report.failures
        analysis = store.get_analysis("doc1")
    mention = next(m for m in analysis.mentions if m.actor_id == actor_id)
    assert mention.method != "new" and mention.role_on_date == "foreign_minister"


def test_config_override_merges_with_settings_and_old_names_still_work(tmp_path):
    db = tmp_path / "c.db"
    actor_id = _add_user_actor(db)
    with pytest.warns(DeprecationWarning):
        nlp = build_nlp_from_settings(Settings(db=str(db)), components=["cablegram_language.v1", "cablegram_actors"],
                                      config={"cablegram_actors.v1": {"fuzzy_threshold": 97.0}})
    assert nlp.pipe_names[-2:] == ["cablegram_language", "cablegram_actors"]
    assert nlp.config["components"]["cablegram_actors"]["fuzzy_threshold"] == 97.0
    assert actor_id in nlp.get_pipe("cablegram_actors").kb.actors  # the override kept the user's actor file


def test_unknown_component_is_a_pipeline_error():
    with pytest.raises(PipelineError) as err:
        build_nlp(components=["cablegram_language", "cablegram_no_such_step"])
    assert "cablegram_no_such_step" in str(err.value)


def test_saved_pipeline_reloads_with_plain_spacy_load(tmp_path, nlp):
    import spacy

    nlp.to_disk(tmp_path / "saved")
    reloaded = spacy.load(tmp_path / "saved")
    assert reloaded.pipe_names == nlp.pipe_names
    assert reloaded.meta["cablegram"]["component_versions"]["cablegram_events"] == 1
    assert "lemmatizer" in reloaded.pipe_names
    text = "Russia launched drone strikes on Kharkiv on Monday, Ukraine's air force said."
    doc = Document(id="r1", text=text, published_at="2024-05-06")
    before = Pipeline(nlp).analyse(doc)
    after = Pipeline(reloaded).analyse(doc)
    assert [(e.type, e.source_actor, e.target_actor) for e in after.events] == \
        [(e.type, e.source_actor, e.target_actor) for e in before.events]
    assert before.events and [m.actor_id for m in after.mentions] == [m.actor_id for m in before.mentions]


def test_every_component_has_a_spacy_entry_point():
    import tomllib
    from importlib.metadata import entry_points

    from cablegram.nlp import pipeline

    declared = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    table = declared["project"]["entry-points"]["spacy_factories"]
    assert set(table) == set(DEFAULT_COMPONENTS) == set(pipeline._MODULES)
    for name, target in table.items():
        assert target.split(":")[0] == pipeline._MODULES[name]
    installed = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(DEFAULT_COMPONENTS) <= installed, "reinstall: pip install -e . --no-deps"


def test_components_declare_spacy_contract(nlp):
    for name in DEFAULT_COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} declares no assigns"
        assert meta.default_config is not None
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    doc = nlp(make_doc(nlp, Document(id="x", text=TEXT)).text)
    assert doc._.cg_language == "en"
