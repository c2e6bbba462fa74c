"""Settings: validated TOML + CABLEGRAM_* environment + arguments, with errors that name the key and its origin."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cablegram.config import Settings
from cablegram.errors import ConfigError


@pytest.fixture()
def clean_env(monkeypatch, tmp_path):
    """No CABLEGRAM_* settings from the caller's environment, and a working directory without cablegram.toml."""
    for name in list(os.environ):
        if name.startswith("CABLEGRAM_") and name != "CABLEGRAM_SHARED_DATA":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def _toml(tmp_path, body: str):
    path = tmp_path / "conf.toml"
    path.write_text("[cablegram]\n" + body, encoding="utf-8")
    return path


def test_wrong_type_in_toml_names_key_and_file(clean_env, tmp_path):
    path = _toml(tmp_path, 'fetch_retries = "three"\n')
    clean_env.setenv("CABLEGRAM_CONFIG", str(path))
    with pytest.raises(ConfigError) as err:
        Settings.load()
    assert "fetch_retries" in str(err.value) and "three" in str(err.value)
    assert err.value.source == str(path) and err.value.code == "invalid_setting"


def test_precedence_arguments_over_env_over_toml(clean_env, tmp_path):
    path = _toml(tmp_path, 'fetch_retries = 4\ntrace_window_days = 3\nactors_files = ["x.jsonl"]\n'
                           '[cablegram.components.cablegram_events]\nmin_confidence = 0.5\n')
    clean_env.setenv("CABLEGRAM_CONFIG", str(path))
    clean_env.setenv("CABLEGRAM_FETCH_RETRIES", "6")
    settings = Settings.load(trace_window_days=None)
    assert (settings.fetch_retries, settings.trace_window_days, settings.actors_files) == (6, 3, ["x.jsonl"])
    assert settings.components == {"cablegram_events": {"min_confidence": 0.5}}
    assert Settings.load(fetch_retries=1).fetch_retries == 1


def test_local_toml_and_list_env_syntax(clean_env, tmp_path):
    (tmp_path / "cablegram.toml").write_text('[cablegram]\ndb = "here.db"\n', encoding="utf-8")
    clean_env.setenv("CABLEGRAM_ACTORS_FILES", os.pathsep.join(["a.jsonl", "b.jsonl"]))
    settings = Settings.load()
    assert settings.db == "here.db" and settings.actors_files == ["a.jsonl", "b.jsonl"]
    clean_env.setenv("CABLEGRAM_ACTORS_FILES", '["c.jsonl"]')
    assert Settings.load().actors_files == ["c.jsonl"]


@pytest.mark.parametrize(("env", "value", "key"), [
    ("CABLEGRAM_FETCH_TIMEOUT", "soon", "fetch_timeout"),
    ("CABLEGRAM_FETCH_RETRIES", "-1", "fetch_retries"),
    ("CABLEGRAM_COMPONENTS", "{not json", "components"),
])
def test_bad_environment_values_are_config_errors(clean_env, env, value, key):
    clean_env.setenv(env, value)
    with pytest.raises(ConfigError) as err:
        Settings.load()
    assert key.upper() in str(err.value).upper()


def test_unknown_keys_are_refused(clean_env, tmp_path):
    clean_env.setenv("CABLEGRAM_CONFIG", str(_toml(tmp_path, 'colour = "blue"\n')))
    with pytest.raises(ConfigError) as err:
        Settings.load()
    assert "colour" in str(err.value) and "fetch_retries" in err.value.hint and err.value.code == "invalid_setting"
    clean_env.delenv("CABLEGRAM_CONFIG")
    with pytest.raises(ConfigError, match="spacy_modle"):
        Settings(spacy_modle="x")


def test_bad_config_files_are_config_file_errors(clean_env, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[cablegram\ndb = 1\n", encoding="utf-8")
    for path in (bad, tmp_path / "missing.toml"):
        clean_env.setenv("CABLEGRAM_CONFIG", str(path))
        with pytest.raises(ConfigError) as err:
            Settings.load()
        assert err.value.code == "config_file_error" and err.value.source == str(path)


def test_cli_prints_config_error_with_code(clean_env, tmp_path):
    clean_env.setenv("CABLEGRAM_CONFIG", str(_toml(tmp_path, 'fetch_retries = "three"\n')))
    result = subprocess.run([sys.executable, "-m", "cablegram", "status"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error[invalid_setting]: ") and "fetch_retries" in result.stderr
