"""`cablegram actors add|list|show` through Typer's CliRunner with a temporary database path."""

import json

from typer.testing import CliRunner

from cablegram.cli.actors import app
from cablegram.config import Settings

runner = CliRunner()


def invoke(db, *args):
    return runner.invoke(app, list(args), obj={"settings": Settings.load(db=str(db))})


def test_add_list_show(tmp_path):
    db = tmp_path / "news.db"
    result = invoke(db, "add", "Liisa Kaskmaa", "--country", "EST", "--alias", "L. Kaskmaa",
                    "--title", "Minister of Foreign Affairs", "--role", "foreign_minister",
                    "--start", "2031-01-01", "--source", "test fixture")
    assert result.exit_code == 0, result.output
    user_file = tmp_path / "news.db.actors.jsonl"
    assert json.loads(user_file.read_text().splitlines()[0])["id"] == "person:liisa-kaskmaa"

    listed = invoke(db, "list", "kaskmaa", "--kb")
    assert listed.exit_code == 0 and "person:liisa-kaskmaa" in listed.output

    shown = invoke(db, "show", "Liisa Kaskmaa", "--date", "2031-05-01", "--json")
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert data["id"] == "person:liisa-kaskmaa" and data["role_on_date"]["role"] == "foreign_minister"


def test_show_resolves_spelling_variants_and_dates(tmp_path):
    shown = invoke(tmp_path / "x.db", "show", "Zelenskiy", "--date", "2024-01-01")
    assert shown.exit_code == 0 and "PER.UKR.volodymyr-zelenskyy" in shown.output and "President" in shown.output


def test_errors_are_one_line_not_tracebacks(tmp_path):
    bad = invoke(tmp_path / "x.db", "add", "Someone", "--type", "planet")
    assert bad.exit_code == 1 and "error" in bad.output and "Traceback" not in bad.output
    bad_date = invoke(tmp_path / "x.db", "add", "Someone", "--title", "Envoy", "--start", "last May")
    assert bad_date.exit_code == 1 and "ISO date" in bad_date.output
    missing = invoke(tmp_path / "x.db", "show", "Qzxv Plorth")
    assert missing.exit_code == 1 and "no actor matches" in missing.output
    assert not (tmp_path / "x.db.actors.jsonl").exists()  # nothing half-written


def test_bad_user_file_is_reported_with_line(tmp_path):
    db = tmp_path / "y.db"
    (tmp_path / "y.db.actors.jsonl").write_text('{"id": "a", "name": "A"}\n{"id": 5}\n', encoding="utf-8")
    result = invoke(db, "list", "--kb")
    assert result.exit_code == 1 and "y.db.actors.jsonl:2" in result.output
