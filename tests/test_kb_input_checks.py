"""Input checks of actor files and of `cablegram kb update FILE`: dates that match the pattern but are not in
the calendar, terms that end before they start, and files that have none of the office-holder columns.

Real files are written to tmp_path and read through the library and through the CLI (Typer's CliRunner).
The office-holders are invented (fictional names, offices dated in the 2030s)."""

import csv
import json

import pytest
from typer.testing import CliRunner

from cablegram.cli.kb import app as kb_app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.kb import KnowledgeBase, make_role, read_actors
from cablegram.kb.update import plan_update, read_rows

runner = CliRunner()


def invoke(db, *args):
    return runner.invoke(kb_app, list(args), obj={"settings": Settings.load(db=str(db))})


def write_csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)


# -- actor files (loader) ---------------------------------------------------------------------------------
@pytest.mark.parametrize("key,value", [("start", "2034-13-01"), ("start", "2034-02-30"), ("end", "2035-00"),
                                       ("end", "2035-04-31"), ("start", "2033-02-29")])
def test_actor_file_date_not_in_the_calendar_names_file_and_line(tmp_path, key, value):
    role = {"title": "Minister of Fictional Affairs", "role": "foreign_minister", "country": "EST",
            "start": "2034-01-01", "end": "2036-01-01", key: value}
    path = tmp_path / "people.jsonl"
    path.write_text(json.dumps({"id": "PER.EST.ok", "name": "Fine Person"}) + "\n"
                    + json.dumps({"id": "PER.EST.x", "name": "Ilse Tammik", "roles": [role]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_actors(path))
    assert err.value.code == "invalid_record" and err.value.source.startswith(f"{path}:2")
    assert value in str(err.value) and "calendar" in str(err.value) and err.value.hint
    with pytest.raises(InputError):  # the same check when a role is made in code (actors add)
        make_role("Minister", "foreign_minister", "EST", **{"start": "2034-01-01", key: value})


def test_actor_file_real_dates_load_and_leap_day_is_a_date(tmp_path):
    path = tmp_path / "people.jsonl"
    roles = [{"title": "Prime Minister", "role": "head_of_government", "country": "EST", "start": "2032-02-29",
              "end": "2034"},
             {"title": "Foreign Minister", "role": "foreign_minister", "country": "EST", "start": "2034-05",
              "end": "2034"}]  # an end given as a year is not before a start in that year
    path.write_text(json.dumps({"id": "PER.EST.x", "name": "Ilse Tammik", "roles": roles}) + "\n", encoding="utf-8")
    [actor] = read_actors(path)
    assert [(r.start, r.end) for r in actor.roles] == [("2032-02-29", "2034"), ("2034-05", "2034")]


def test_actor_file_end_before_start_at_coarser_precision(tmp_path):
    path = tmp_path / "people.jsonl"
    role = {"title": "Prime Minister", "role": "head_of_government", "country": "EST", "start": "2034-05", "end": "2033"}
    path.write_text(json.dumps({"id": "PER.EST.x", "name": "Ilse Tammik", "roles": [role]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="ends before it starts") as err:
        list(read_actors(path))
    assert err.value.source.startswith(f"{path}:1")


# -- kb update input --------------------------------------------------------------------------------------
@pytest.mark.parametrize("start,end", [("2034-13-01", ""), ("2034-02-30", ""), ("2034-01-10", "2035-02-29")])
def test_update_csv_date_not_in_the_calendar_is_invalid_record_naming_the_line(tmp_path, start, end):
    db = tmp_path / "news.db"
    path = tmp_path / "holders.csv"
    write_csv(path, ["personLabel", "positionLabel", "country", "start", "end"],
              [["Maarja Tammekivi", "Minister of Foreign Affairs", "EST", "2033-01-01", ""],
               ["Rein Kaasik", "Minister of Defence", "EST", start, end]])
    with pytest.raises(InputError) as err:
        plan_update(KnowledgeBase.load([], shipped=False), read_rows(path), "test")
    assert err.value.code == "invalid_record" and err.value.source == f"{path}:3"
    result = invoke(db, "update", str(path))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "error[invalid_record]" in result.output and f"{path}:3" in result.output and "calendar" in result.output
    assert not (tmp_path / "news.db.actors.jsonl").exists()  # nothing written, not even the good first row


def test_update_jsonl_end_before_start_is_invalid_record_and_nothing_written(tmp_path):
    db = tmp_path / "news.db"
    path = tmp_path / "holders.jsonl"
    path.write_text('{"name": "Maarja Tammekivi", "title": "Prime Minister", "country": "EST", "start": "2033"}\n\n'
                    '{"name": "Rein Kaasik", "title": "Minister of Defence", "country": "EST", '
                    '"start": "2034-06-01", "end": "2034-01-15"}\n', encoding="utf-8")
    result = invoke(db, "update", str(path))
    assert result.exit_code == 1 and "error[invalid_record]" in result.output
    assert f"{path}:3" in result.output and "ends (2034-01-15) before it starts (2034-06-01)" in result.output
    assert not (tmp_path / "news.db.actors.jsonl").exists()


def test_update_query_result_dates_and_unknown_month(tmp_path):
    """Query-service times keep their date; month/day 00 (Wikidata's "not known") is left out; a bad day in a
    query result names the binding."""
    kb = KnowledgeBase.load([], shipped=False)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"head": {"vars": []}, "results": {"bindings": [
        {"personLabel": {"value": "Rein Kaasik"}, "positionLabel": {"value": "Minister of Defence"},
         "country": {"value": "EST"}, "start": {"value": "2034-06-01T00:00:00Z"}, "end": {"value": "2036-00-00"}}]}}),
        encoding="utf-8")
    report = plan_update(kb, read_rows(good), "test")
    [role] = report.touched["PER.EST.rein-kaasik"].roles
    assert (role.start, role.end) == ("2034-06-01", "2036")
    bad = tmp_path / "bad.json"
    bad.write_text(good.read_text(encoding="utf-8").replace("2034-06-01T", "2034-06-31T"), encoding="utf-8")
    with pytest.raises(InputError, match="2034-06-31") as err:
        plan_update(kb, read_rows(bad), "test")
    assert err.value.source == f"{bad} results.bindings[0]"


# -- kb update: a file that is not office terms -------------------------------------------------------------
def test_update_file_without_office_holder_columns_is_refused_naming_both_column_lists(tmp_path):
    db = tmp_path / "news.db"
    path = tmp_path / "tracker.csv"  # a pledge tracker, not an office-holder export
    write_csv(path, ["Donor", "Recipient", "Announcement date", "Amount (EUR m)"],
              [["Ostland", "Brevia", "2034-02-01", "120"], ["Ostland", "Brevia", "2034-05-01", "40"]])
    with pytest.raises(InputError) as err:
        read_rows(path)
    message = str(err.value)
    assert err.value.code == "invalid_record" and err.value.source == str(path) and err.value.hint
    assert "personLabel" in message and "positionLabel" in message and "startTime" in message
    assert "Donor, Recipient, Announcement date, Amount (EUR m)" in message
    result = invoke(db, "update", str(path))
    assert result.exit_code == 1 and "error[invalid_record]" in result.output and "Donor" in result.output
    assert "rows skipped" not in result.output and not (tmp_path / "news.db.actors.jsonl").exists()


def test_update_file_missing_one_needed_column_names_only_that_one(tmp_path):
    path = tmp_path / "holders.jsonl"  # JSON Lines whose rows give no country at all
    path.write_text('{"name": "Rein Kaasik", "title": "Minister of Defence", "start": "2034"}\n'
                    '{"name": "Maarja Tammekivi", "title": "Prime Minister", "start": "2033", "end": "2035"}\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_rows(path)
    message = str(err.value)
    assert "no office-holder column for country " in message and "countryLabel" in message
    assert "personLabel" not in message and "the file has the columns name, title, start, end" in message


def test_update_row_without_country_says_no_country_given(tmp_path):
    db = tmp_path / "news.db"
    path = tmp_path / "holders.csv"
    write_csv(path, ["personLabel", "positionLabel", "countryLabel", "start"],
              [["Rein Kaasik", "Minister of Defence", "", "2034-06-01"],
               ["Maarja Tammekivi", "Prime Minister", "Atlantis", "2033"],
               ["Toomas Rebane", "Prime Minister", "EST", "2035-03"]])
    result = invoke(db, "update", str(path), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["skipped"] == ["row 1: no country given", "row 2: unknown country 'Atlantis'"]
    assert report["summary"]["added_roles"] == 1


# -- one-holder offices, semicolon exports and day/month dates (an analyst's kb update report) ------------------
def _holder_file(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"id": "PER.EST.kadri-saar", "name": "Kadri Saar", "type": "person", "country": "EST",
                                "roles": [{"title": "Minister of Foreign Affairs", "role": "foreign_minister",
                                           "country": "EST", "start": "2031-01-01",
                                           "source": "public record: 2031-01-01 to present"}]}) + "\n",
                    encoding="utf-8")
    return path


def test_update_lists_an_imported_term_overlapping_the_holder_of_a_one_holder_office(tmp_path):
    kb = KnowledgeBase.load([_holder_file(tmp_path)], shipped=False)
    path = tmp_path / "holders.csv"
    write_csv(path, ["name", "title", "country", "start", "end"],
              [["Tiit Kuusk", "Minister of Foreign Affairs", "EST", "2030-06-01", "2031-09-01"]])
    report = plan_update(kb, read_rows(path), "test")
    assert len(report.overlaps) == 1 and "PER.EST.kadri-saar 2031-01-01 – open" in report.overlaps[0], report.overlaps
    assert not report.closed_roles  # her term started after his: nothing to close, only to tell
    # A successor whose term starts after hers closes it and overlaps nothing.
    write_csv(path, ["name", "title", "country", "start"], [["Tiit Kuusk", "Minister of Foreign Affairs", "EST",
                                                            "2033-05-02"]])
    report = plan_update(kb, read_rows(path), "imported from holders.csv")
    assert report.overlaps == [] and len(report.closed_roles) == 1
    closed = report.touched["PER.EST.kadri-saar"].roles[0]
    assert closed.end == "2033-05-02"
    assert closed.source.startswith("public record: 2031-01-01 to present; closed on import (imported from "
                                    "holders.csv): succeeded by Tiit Kuusk"), closed.source


def test_update_reads_a_semicolon_export_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_bytes("\ufeffname;title;country;start;end\nTiit Kuusk;Minister of Defence;Estonia;2034-03-01;\n"
                     .encode("utf-8"))
    rows = read_rows(path)
    assert [(r["name"], r["country"], r["start"]) for r in rows] == [("Tiit Kuusk", "Estonia", "2034-03-01")]
    report = plan_update(KnowledgeBase.load([], shipped=True), rows, "test")
    assert report.added_roles and not report.skipped, report.to_dict()


def test_update_refuses_a_day_and_month_written_with_slashes(tmp_path):
    db = tmp_path / "news.db"
    path = tmp_path / "eu.csv"
    path.write_text("name,title,country,start\r\nTiit Kuusk,Minister of Defence,EST,01/03/2034\r\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        plan_update(KnowledgeBase.load([], shipped=False), read_rows(path), "test")
    assert err.value.code == "invalid_record" and "'01/03/2034' is not a date in YYYY-MM-DD" in str(err.value)
    result = invoke(db, "update", str(path), "--dry-run")
    assert result.exit_code == 1 and "1 March or 3 January" in result.output and "no start date" not in result.output


# -- a bad JSON Lines record and a country name two states share (an analyst's kb update report) ----------------
def test_update_bad_json_lines_record_is_refused_naming_its_own_line(tmp_path):
    path = tmp_path / "terms.jsonl"
    good = json.dumps({"name": "Tiit Kuusk", "title": "Minister of Defence", "country": "EST", "start": "2034-03-01"})
    path.write_text(f"{good}\n\n{good}\n{{'name': 'single quotes'}}\n{good}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_rows(path)
    assert err.value.code == "invalid_json"
    assert err.value.source == f"{path}:4", err.value.source


@pytest.mark.parametrize("cell,expected", [("Congo", None), ("COG", "COG"), ("Congo-Brazzaville", "COG"),
                                           ("DR Congo", "COD")])
def test_update_country_name_two_states_share_is_skipped_not_guessed(tmp_path, cell, expected):
    path = tmp_path / "ambiguous.csv"
    path.write_text(f"name,title,country,start,end\nOlo Mbemba,Foreign Minister,{cell},2034-02-01,\n",
                    encoding="utf-8")
    report = plan_update(KnowledgeBase.load([], shipped=True), read_rows(path), "test")
    if expected is None:
        assert report.skipped == ["row 1: country 'Congo' is ambiguous: COD or COG; give the ISO3 code"]
        assert not report.added_roles and not report.closed_roles, report.to_dict()
    else:
        assert not report.skipped and any(r.startswith(f"PER.{expected}.olo-mbemba") for r in report.added_roles), \
            report.to_dict()
