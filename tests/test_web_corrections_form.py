"""The dashboard's correction form and type corrections through a real server on 127.0.0.1 and the CLI:
a refused submission answers with the record page again (the message above the form, 401/403), and
correcting an event's type clears a mode that is not one of the new type's modes (API, form, CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.config import Settings
from cablegram.store import open_store
from cablegram.store.correction_values import event_modes
from live_api import live_api
from test_api_sample import build_sample

TOKEN = "form-test-token"


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def _events(db: Path) -> dict[str, dict]:
    result = CliRunner().invoke(app, ["--db", str(db), "events", "--all", "-f", "json"])
    assert result.exit_code == 0, result.output
    return {e["id"]: e for e in json.loads(result.stdout)}


def _with_mode(db: Path, event_type: str) -> str:
    return next(i for i, e in _events(db).items() if e["type"] == event_type and e["mode"])


def test_wrong_token_answers_the_form_again_with_the_message(sample_db):
    event_id = _with_mode(sample_db, "ASSAULT")
    form = {"record_id": event_id, "action": "reject", "reason": "a drill, not an attack", "token": "not-it"}
    with live_api(Settings(db=str(sample_db), api_token=TOKEN)) as base:
        answer = httpx.post(f"{base}/corrections", data=form, follow_redirects=False)
    assert answer.status_code == 401
    assert answer.headers["content-type"].startswith("text/html")
    assert 'id="form-error"' in answer.text and "not this server&#39;s API token" in answer.text
    assert 'id="correction-form"' in answer.text and 'value="a drill, not an attack"' in answer.text
    assert "not-it" not in answer.text  # the token is never echoed
    assert _events(sample_db)[event_id]["correction"] is None


def test_read_only_server_answers_403_with_the_page(sample_db):
    event_id = _with_mode(sample_db, "ASSAULT")
    with live_api(Settings(db=str(sample_db), api_token=None)) as base:
        answer = httpx.post(f"{base}/corrections", data={"record_id": event_id, "action": "confirm", "token": "x"})
    assert answer.status_code == 403 and answer.headers["content-type"].startswith("text/html")
    assert "read-only" in answer.text


def test_bad_value_in_the_form_answers_400_with_the_page(sample_db):
    event_id = _with_mode(sample_db, "ASSAULT")
    form = {"record_id": event_id, "action": "correct", "field": "type", "value": "NOT_A_TYPE",
            "reason": "wrong type", "token": TOKEN}
    with live_api(Settings(db=str(sample_db), api_token=TOKEN)) as base:
        answer = httpx.post(f"{base}/corrections", data=form, follow_redirects=False)
    assert answer.status_code == 400 and 'id="form-error"' in answer.text and "NOT_A_TYPE" in answer.text


def test_type_correction_clears_a_mode_of_the_old_type_in_form_and_api(sample_db):
    assault, threat = _with_mode(sample_db, "ASSAULT"), _with_mode(sample_db, "THREATEN")
    old_mode = _events(sample_db)[assault]["mode"]
    assert old_mode not in event_modes("COERCE")
    with live_api(Settings(db=str(sample_db), api_token=TOKEN)) as base:
        saved = httpx.post(f"{base}/corrections", follow_redirects=False, data={
            "record_id": assault, "action": "correct", "field": "type", "value": "COERCE",
            "reason": "a raid, not an attack", "token": TOKEN})
        assert saved.status_code == 303
        page = httpx.get(f"{base}/events/{assault}").text
        api = httpx.post(f"{base}/api/corrections", headers={"Authorization": f"Bearer {TOKEN}"}, json={
            "record_id": threat, "action": "correct", "field": "type", "value": "COERCE", "reason": "carried out"})
        assert api.status_code == 201, api.text
        listed = {e["id"]: e for e in httpx.get(f"{base}/api/events", params={"all": "true", "limit": 100}).json()["items"]}
    events = _events(sample_db)
    assert (events[assault]["type"], events[assault]["mode"]) == ("COERCE", None)
    assert f"mode &#39;{old_mode}&#39; cleared" in page
    assert events[threat]["type"] == "COERCE"
    assert events[threat]["mode"] is None or events[threat]["mode"] in event_modes("COERCE")
    assert listed[assault]["mode"] is None


def test_cli_type_correction_says_the_mode_was_cleared_and_keeps_a_fitting_mode(sample_db):
    event_id = _with_mode(sample_db, "ASSAULT")
    out = CliRunner().invoke(app, ["--db", str(sample_db), "corrections", "add", event_id, "correct", "--field", "type",
                                   "--value", "COERCE", "--reason", "a raid"], env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.output
    assert "cleared: not a mode of COERCE" in out.stdout
    fitting = event_modes("COERCE")[0]
    again = CliRunner().invoke(app, ["--db", str(sample_db), "corrections", "add", event_id, "correct", "--field", "mode",
                                     "--value", fitting, "--reason", "the kind of raid"])
    assert again.exit_code == 0, again.output
    assert _events(sample_db)[event_id]["mode"] == fitting
