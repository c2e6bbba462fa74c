"""Filter values are checked where filters are taken (API, CLI), corrections reach the API's filters and
overview, and statuses and modalities come from the codebook everywhere (API, CLI help, dashboard)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cablegram.api import create_app
from cablegram.cli import app, main
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.records import COMMITMENT_STATUSES, MODALITIES, Analysis, Commitment, Document
from cablegram.store import corrections, open_store
from cablegram.store.filter_values import check_date, check_event_filters, check_mode
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
        doc = Document(text="Sylvania said it would not accept the loan Freedonia offered.", title="Loan turned down",
                       publisher="Evening Wire", published_at="2024-03-06")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(doc.text)]], language="en", pipeline_version="t",
                                     commitments=[Commitment(doc.id, 0, doc.text, "FRD", "SYL", "financial", "loan",
                                                             ["loan"], status="refused", amount_text="the loan")]))
    return path


@pytest.fixture()
def api(sample_db, tmp_path):
    store = open_store(str(sample_db))
    yield TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))
    store.close()


def run(db: Path, *args: str):
    return CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "250"})


def run_main(capsys, db: Path, *args: str) -> tuple[int, str]:
    """The console entry point as the `cablegram` script runs it: (exit code, stdout + stderr)."""
    try:
        main(["--db", str(db), *args])
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("value", ["2019-13-01", "2024-02-30", "2024-00", "24-03-01"])
def test_dates_outside_the_calendar_are_refused(value):
    with pytest.raises(InputError) as err:
        check_date(value, "date_from")
    assert err.value.code == "invalid_value" and err.value.source == "date_from"
    assert check_date("2024-02-29", "date_from") == "2024-02-29" and check_date("2024-03", "x") == "2024-03"


def test_types_and_modes_come_from_the_codebook():
    assert check_event_filters(type="threaten")["type"] == "THREATEN"
    with pytest.raises(InputError) as err:
        check_event_filters(type="ATTACK", names={"type": "--type"})
    assert err.value.source == "--type" and "ASSAULT" in err.value.hint
    with pytest.raises(InputError):
        check_mode("violence", "CONSULT")  # a mode of another type
    assert check_mode("restrict", "threaten") == "restrict" and check_mode("meet") == "meet"


@pytest.mark.parametrize("params, name", [({"date_from": "2019-13-01"}, "date_from"), ({"date_to": "2024-02-30"}, "date_to"),
                                          ({"type": "ATTACK"}, "type"), ({"mode": "no-such-mode"}, "mode")])
def test_api_events_refuses_bad_filters_naming_the_parameter(api, params, name):
    resp = api.get("/api/events", params=params)
    assert resp.status_code == 400, resp.text
    error = resp.json()["error"]
    assert error["code"] == "invalid_value" and name in error["message"]


@pytest.mark.parametrize("params", [{"date_from": "2019-13-01"}, {"type": "ATTACK"}, {"quad": "peace"},
                                    {"modality": "speculated"}, {"min_confidence": "2"}])
def test_api_overview_refuses_bad_filters(api, params):
    resp = api.get("/api/overview", params=params)
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "invalid_value", resp.text


@pytest.mark.parametrize("args, option", [(["--from", "2019-13-01"], "--from"), (["--type", "ATTACK"], "--type"),
                                          (["--to", "2024-04-31"], "--to")])
def test_cli_events_refuses_bad_filters(sample_db, capsys, args, option):
    code, output = run_main(capsys, sample_db, "events", *args)
    assert code != 0 and "error[invalid_value]" in output and option in output


def test_refused_status_everywhere(sample_db, api, capsys):
    assert "refused" in COMMITMENT_STATUSES
    resp = api.get("/api/commitments", params={"status": "refused"})
    assert resp.status_code == 200, resp.text
    assert [c["status"] for c in resp.json()["items"]] == ["refused"]
    bad = api.get("/api/commitments", params={"status": "promised"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_value"
    page = api.get("/commitments", headers={"accept": "text/html"}).text
    for status in COMMITMENT_STATUSES:
        assert f"<option >{status}</option>" in page or f"<option>{status}</option>" in page
    help_text = run(sample_db, "commitments", "list", "--help").output
    assert "refused" in help_text
    listed = run(sample_db, "commitments", "list", "--status", "refused", "--raw", "--json")
    assert listed.exit_code == 0 and '"refused"' in listed.output
    code, output = run_main(capsys, sample_db, "commitments", "list", "--status", "promised")
    assert code != 0 and "error[invalid_value]" in output and "--status" in output


def test_timeline_legend_uses_the_codebook_modalities(api):
    page = api.get("/", headers={"accept": "text/html"}).text
    legend = page.split('<p class="legend">', 1)[1].split("</p>", 1)[0]
    assert "speculated" not in legend
    for modality in MODALITIES:
        assert f'class="modality m-{modality}">{modality}<' in legend


def test_api_filters_and_overview_follow_a_corrected_actor(sample_db, api):
    with open_store(str(sample_db)) as store:
        threat = next(e for e in store.query_events(limit=100) if e["type"] == "THREATEN")
        corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="FRD",
                                   reason="aimed at Freedonia")
    ids = lambda actor: {e["id"] for e in api.get("/api/events", params={"actor": actor}).json()["items"]}  # noqa: E731
    assert threat["id"] in ids("FRD") and threat["id"] not in ids("POL")
    by_actor = {g["key"]: g["n"] for g in api.get("/api/overview").json()["by_actor"]}
    assert "POL" not in by_actor and by_actor["FRD"] >= 3
    cli_rows = run(sample_db, "events", "--actor", "POL", "-f", "json")
    assert cli_rows.exit_code == 0 and cli_rows.stdout.strip() == "[]"


def test_dashboard_pages_refuse_an_impossible_date(api):
    page = api.get("/", params={"date_from": "2019-13-01"}, headers={"accept": "text/html"})
    assert page.status_code == 400 and "date_from: " in page.text and "YYYY-MM-DD" in page.text
    overview = api.get("/overview", params={"date_to": "2024-02-30"}, headers={"accept": "text/html"})
    assert overview.status_code == 400 and "date_to: " in overview.text
    assert api.get("/", params={"date_from": "2024-03"}, headers={"accept": "text/html"}).status_code == 200


@pytest.mark.parametrize("month", ["2026-13", "banana", "2024-03-05", "2024-00"])
def test_cli_commitments_list_refuses_a_bad_month(sample_db, capsys, month):
    code, output = run_main(capsys, sample_db, "commitments", "list", "--month", month)
    assert code == 1 and "error[invalid_value]" in output and "--month" in output and month in output


def test_cli_commitments_list_takes_a_real_month_or_year(sample_db):
    for month in ("2024-03", "2024"):
        listed = run(sample_db, "commitments", "list", "--month", month, "--raw", "--json")
        assert listed.exit_code == 0, listed.output
        assert "refused" in listed.output
    assert "refused" not in run(sample_db, "commitments", "list", "--month", "2024-04", "--raw", "--json").output


@pytest.mark.parametrize("day", ["2026-02-30", "2026-02", "tomorrow"])
def test_cli_kb_audit_refuses_a_bad_as_of(sample_db, capsys, day):
    code, output = run_main(capsys, sample_db, "kb", "audit", "--as-of", day)
    assert code == 1 and "error[invalid_value]" in output and "--as-of" in output and day in output
