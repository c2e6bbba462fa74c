"""Corrections refuse values the codebook or the actor base does not have (store, CLI, API and the
record page's form), with an ``invalid_value`` error listing what is allowed; nothing is saved and
nothing reaches the training-data export."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.kb import append_actor
from cablegram.records import Actor
from cablegram.store import corrections, open_store
from test_api_sample import build_sample

TOKEN = "values-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _event(store, event_type: str) -> dict:
    return next(e for e in store.query_events(limit=100) if e["type"] == event_type)


@pytest.mark.parametrize("field, value, listed", [
    ("type", "BOGUS", "ASSAULT"), ("type", "THREATN", "THREATEN"), ("modality", "maybe", "hypothetical"),
    ("mode", "blockade", "violence"), ("date", "last week", "YYYY-MM-DD"), ("date", "2024-02-31", "YYYY-MM-DD"),
    ("target_actor", "org:nowhere", "cablegram actors add"), ("type", None, "CONSULT"), ("modality", 3, "negated"),
])
def test_bad_event_values_are_refused_with_the_allowed_ones(any_backend_store, field, value, listed):
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")
    with pytest.raises(InputError) as err:
        corrections.add_correction(store, "events", threat["id"], "correct", field=field, value=value, reason="r")
    assert err.value.code == "invalid_value" and err.value.source == "value"
    assert field in err.value.message and listed in err.value.hint
    assert store.counts()["corrections"] == 0
    assert list(corrections.training_examples(store)) == []


def test_good_values_are_normalised_and_modes_follow_the_corrected_type(store):
    build_sample(store)
    threat = _event(store, "THREATEN")
    saved = corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="coerce",
                                       reason="a blockade is coercion")
    assert saved.value == "COERCE"
    # THREATEN's modes no longer apply: the corrected type's do.
    with pytest.raises(InputError) as err:
        corrections.add_correction(store, "events", threat["id"], "correct", field="mode", value="violence", reason="r")
    assert "for COERCE" in err.value.hint and "confiscate" in err.value.hint
    corrections.add_correction(store, "events", threat["id"], "correct", field="mode", value="restrict", reason="r")
    corrections.add_correction(store, "events", threat["id"], "correct", field="mode", value=None, reason="clear")
    corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="SYL", reason="r")
    corrections.add_correction(store, "events", threat["id"], "correct", field="date", value="2024-03", reason="r")
    # An actor the store has not seen but the shipped knowledge base has.
    assert not store.read_sql("SELECT id FROM actors WHERE id = 'UKR'")
    corrections.add_correction(store, "events", threat["id"], "correct", field="source_actor", value="UKR", reason="r")
    label = next(corrections.training_examples(store))["label"]
    assert (label["type"], label["mode"], label["target_actor"], label["source_actor"], label["date"]) == \
        ("COERCE", None, "SYL", "UKR", "2024-03")


def test_commitment_and_claim_values(store):
    build_sample(store)
    commitment = store.query_commitments()[0]
    claim = store.query_claims(claimant_kind="anonymous")[0]
    for table, record_id, field, value in (("commitments", commitment["id"], "status", "promised"),
                                           ("commitments", commitment["id"], "category", "tanks"),
                                           ("commitments", commitment["id"], "amount", -5),
                                           ("commitments", commitment["id"], "amount", "lots"),
                                           ("commitments", commitment["id"], "currency", "dollars"),
                                           ("commitments", commitment["id"], "donor", "XXX"),
                                           ("claims", claim["id"], "claimant_kind", "someone")):
        with pytest.raises(InputError) as err:
            corrections.add_correction(store, table, record_id, "correct", field=field, value=value, reason="r")
        assert err.value.code == "invalid_value", (field, value)
    saved = corrections.add_correction(store, "commitments", commitment["id"], "correct", field="currency",
                                       value="eur", reason="r")
    assert saved.value == "EUR"
    assert corrections.add_correction(store, "claims", claim["id"], "correct", field="claimant_kind", value="named",
                                      reason="r").value == "named"
    assert store.counts()["corrections"] == 2


def test_an_actor_added_to_the_user_file_is_accepted(tmp_path):
    path = tmp_path / "store.db"
    with open_store(str(path)) as store:
        build_sample(store)
        threat = _event(store, "THREATEN")
        with pytest.raises(InputError):
            corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor",
                                       value="grp:harbour-pilots", reason="r")
        append_actor(tmp_path / "store.db.actors.jsonl", Actor("grp:harbour-pilots", "Harbour Pilots", "group"))
        saved = corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor",
                                           value="grp:harbour-pilots", reason="the pilots are the target")
        assert saved.value == "grp:harbour-pilots"


def test_cli_refuses_a_bad_type_with_the_allowed_ones(tmp_path):
    path = tmp_path / "cli.db"
    with open_store(str(path)) as store:
        build_sample(store)
        threat = _event(store, "THREATEN")
    result = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(path), "corrections", "add", threat["id"],
                             "correct", "--field", "type", "--value", "NOTATYPE", "--reason", "r"],
                            capture_output=True, text=True, env={**os.environ, "COLUMNS": "250"}, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "NOTATYPE" in output and "ASSAULT" in output and "Traceback" not in output
    with open_store(str(path)) as store:
        assert store.counts()["corrections"] == 0


def test_cli_accepts_an_actor_from_a_configured_actor_file(tmp_path):
    path = tmp_path / "cli.db"
    extra = tmp_path / "team_actors.jsonl"
    append_actor(extra, Actor("grp:ferry-union", "Ferry Union", "group"))
    (tmp_path / "cablegram.toml").write_text(f"[cablegram]\nactors_files = [{json.dumps(str(extra))}]\n",
                                             encoding="utf-8")
    with open_store(str(path)) as store:
        build_sample(store)
        threat = _event(store, "THREATEN")
    result = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(path), "corrections", "add", threat["id"],
                             "correct", "--field", "target_actor", "--value", "grp:ferry-union", "--reason", "r"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120,
                            env={**os.environ, "COLUMNS": "250", "CABLEGRAM_CONFIG": str(tmp_path / "cablegram.toml")})
    assert result.returncode == 0, result.stdout + result.stderr
    with open_store(str(path)) as store:
        assert store.counts()["corrections"] == 1


def test_api_refuses_bad_values_with_invalid_value(store, tmp_path):
    build_sample(store)
    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db"), api_token=TOKEN), store))
    threat = _event(store, "THREATEN")
    for field, value in (("type", "BOGUS"), ("modality", "maybe"), ("target_actor", "org:nowhere")):
        resp = client.post("/api/corrections", headers=AUTH, json={"record_id": threat["id"], "action": "correct",
                                                                   "field": field, "value": value, "reason": "r"})
        assert resp.status_code == 400, resp.text
        error = resp.json()["error"]
        assert error["code"] == "invalid_value" and field in error["message"] and error["hint"].startswith("Use")
    assert client.get("/api/corrections").json()["items"] == []


def test_record_form_offers_closed_sets_and_refuses_typed_bad_values(store, tmp_path):
    build_sample(store)
    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db"), api_token=TOKEN), store))
    threat = _event(store, "THREATEN")
    page = client.get(f"/events/{threat['id']}").text
    select = re.search(r'<select name="choice" id="c-choice">(.*?)</select>', page, re.S).group(1)
    assert 'value="type:ASSAULT"' in select and 'value="modality:planned"' in select
    assert 'value="mode:violence"' in select and 'value="mode:confiscate"' not in select  # THREATEN's modes only
    form = {"record_id": threat["id"], "action": "correct", "reason": "announced", "token": TOKEN}
    picked = client.post("/corrections", data={**form, "choice": "modality:planned"}, follow_redirects=False)
    assert picked.status_code == 303
    typed = client.post("/corrections", data={**form, "field": "type", "value": "BOGUS"}, follow_redirects=False)
    assert typed.status_code == 400 and "invalid_value" in typed.text and "ASSAULT" in typed.text
    mismatch = client.post("/corrections", data={**form, "field": "type", "choice": "modality:planned"},
                           follow_redirects=False)
    assert mismatch.status_code == 400
    saved = corrections.list_corrections(store)
    assert [(c["field"], c["value"]) for c in saved] == [("modality", "planned")]
    assert json.dumps(saved)
