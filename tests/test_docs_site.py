"""The documentation: builds strictly, covers every CLI command, setting and codebook value."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"


def _gen_cli_docs():
    spec = importlib.util.spec_from_file_location("gen_cli_docs_under_test", REPO / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_cli_command_has_a_reference_entry():
    gen = _gen_cli_docs()
    names = gen.command_names()
    assert {"cablegram export", "cablegram import-events", "cablegram datasette-metadata"} <= set(names)
    page = gen.render()
    for name in names:
        assert f"`{name}`" in page, name
    assert "`--bom`" in page and "`--format` / `-f`" in page


def test_every_setting_is_documented():
    from cablegram.config import Settings

    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name}`" in text and f"CABLEGRAM_{name.upper()}" in text, name


def test_codebook_defines_every_value():
    from cablegram import records
    from cablegram.nlp.plover import CONTEXTS, EVENT_TYPES

    text = (DOCS / "codebook.md").read_text(encoding="utf-8")
    for name, etype in EVENT_TYPES.items():
        assert f"**{name}**" in text, name
        for mode in etype.modes:
            assert f"`{mode}`" in text, (name, mode)
    for vocabulary in (CONTEXTS, records.MODALITIES, records.CLAIMANT_KINDS, records.ALIGNMENT_LABELS,
                       records.COMMITMENT_CATEGORIES, records.COMMITMENT_STATUSES, records.ACTOR_KINDS):
        for value in vocabulary:
            assert f"`{value}`" in text, value
    # every figure names the benchmark script that produced it, and that script exists
    scripts = re.findall(r"`benchmarks/(\w+\.py)[^`]*`", text)
    assert len(scripts) >= 10
    for script in scripts:
        assert (REPO / "benchmarks" / script).is_file(), script


def test_docs_name_only_existing_benchmarks():
    text = (DOCS / "reproduce.md").read_text(encoding="utf-8") + (DOCS / "codebook.md").read_text(encoding="utf-8")
    import re

    for script in set(re.findall(r"benchmarks/(\w+\.py)", text)) | set(re.findall(r"`(\w+\.py)`", text)):
        if script in ("gen_cli_docs.py", "_hooks.py"):
            continue
        assert (REPO / "benchmarks" / script).is_file() or (REPO / "scripts" / script).is_file(), script


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path):
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None:
        pytest.skip("mkdocs / mkdocstrings not installed (pip install mkdocs 'mkdocstrings[python]')")
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    cmd = [mkdocs] if mkdocs else [sys.executable, "-m", "mkdocs"]
    result = subprocess.run([*cmd, "build", "--strict", "-d", str(tmp_path / "site")], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    cli = (tmp_path / "site" / "cli" / "index.html").read_text(encoding="utf-8")
    assert "cablegram import-events" in cli
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "export_table" in api and "write_datasette_metadata" in api
