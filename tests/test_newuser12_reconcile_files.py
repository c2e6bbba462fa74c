"""`commitments reconcile --tracker` with files a user gets wrong (newuser12): a file named .xlsx that is no
workbook was a zipfile traceback; tracker rows whose announced date gives no calendar month ("2025-13-02",
"spring 2025") were silently grouped under month '-' or a month 13. Now the first is `file_unreadable` with a
hint, and the rows are named by line on stderr (stdout stays the report, so --json still parses). Real entry
point, real SQLite store; every file is written here. `-f csv` gives one row per item of the report with the
dashboard links of the news sentences (`/documents/DOC#sN`), for a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

from cablegram.cli import main

HEADER = "id,donor,announced,category,amount_as_given,currency\n"


def _reconcile(tmp_path, tracker, *extra) -> int:
    """The exit status of `cablegram commitments reconcile --tracker TRACKER ...` run through the entry point."""
    try:
        main(["--db", str(tmp_path / "r.db"), "commitments", "reconcile", "--tracker", str(tracker), *extra])
    except SystemExit as done:
        return done.code or 0
    return 0


def test_a_file_named_xlsx_that_is_no_workbook_is_a_clear_error(tmp_path, capsys):
    fake = tmp_path / "tracker.xlsx"
    fake.write_text("donor,announced\nNorland,2025-04-01\n", encoding="utf-8")  # a CSV saved under the wrong name
    code = _reconcile(tmp_path, fake)
    err = " ".join(capsys.readouterr().err.split())
    assert code == 1 and "Traceback" not in err, err
    assert "error[file_unreadable]" in err and "not an Excel workbook" in err and "export it to CSV" in err, err


def test_rows_whose_date_gives_no_calendar_month_are_named_by_line(tmp_path, capsys):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(HEADER + "K-1,Norland,2025-04-11,military,3000000,EUR\n"
                                "K-2,Norland,2025-13-02,humanitarian,1000000,EUR\n"
                                "K-3,Sudmark,spring 2025,financial,2000000,EUR\n"
                                "K-4,Sudmark,4/30/2025,financial,2000000,EUR\n", encoding="utf-8")
    code = _reconcile(tmp_path, tracker, "--json")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    err = " ".join(captured.err.split())
    assert "2 tracker row(s) have an announced date without a calendar month (line 3, 4)" in err, err
    groups = json.loads(captured.out)  # the warning stays off stdout
    dated = sorted(t["tracker_id"] for g in groups if g["month"] == "2025-04" for t in g["tracker_only"])
    assert dated == ["K-1", "K-4"], groups  # the well-dated rows, the tracker's M/D/YYYY one too


def test_well_dated_rows_give_no_warning(tmp_path, capsys):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(HEADER + "K-1,Norland,2025-04-11,military,3000000,EUR\n", encoding="utf-8")
    code = _reconcile(tmp_path, tracker)
    captured = capsys.readouterr()
    assert code == 0 and "warning" not in captured.err, captured.err
    assert "1 in the tracker only" in " ".join(captured.out.split()), captured.out


def test_csv_gives_one_row_per_item_with_links_to_the_sentences(tmp_path, capsys):
    from cablegram.records import Analysis, Commitment, Document
    from cablegram.store import open_store

    text = ("Norway pledges cranes\n\nNorway will give 12 million euros to Ukraine for harbour cranes. "
            "Norway will also send 300 generators to Ukraine.")
    doc = Document(text=text, title="Norway pledges cranes", publisher="Harbour Post", published_at="2025-04-11")
    first, second = text.split("\n\n")[1].split(". ")
    with open_store(str(tmp_path / "r.db")) as store:
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, language="en", pipeline_version="test", commitments=[
            Commitment(doc.id, 1, first + ".", "NOR", "UKR", "humanitarian", amount=12e6, currency="EUR",
                       amount_text="12 million euros", amount_usd=13.5e6, date="2025-04-11"),
            Commitment(doc.id, 2, second, "NOR", "UKR", "humanitarian", amount_text="300 generators",
                       date="2025-04-11")]))
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(HEADER + "K-1,Norway,2025-04-11,humanitarian,12000000,EUR\n"
                                "K-2,Norway,2025-04-20,military,5000000,EUR\n", encoding="utf-8")
    code = _reconcile(tmp_path, tracker, "-f", "csv")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    by_result = {}
    for r in rows:
        by_result.setdefault(r["result"], []).append(r)
    assert [r["tracker_id"] for r in by_result["matched"]] == ["K-1"], rows
    assert by_result["matched"][0]["links"] == f"/documents/{doc.id}#s1", rows
    assert [r["tracker_id"] for r in by_result["tracker_only"]] == ["K-2"], rows
    # the generators have no amount: possible against no row (K-1 is matched, K-2 is military) -> news only
    assert [r["links"] for r in by_result["news_only"]] == [f"/documents/{doc.id}#s2"], rows
    assert {r["donor"] for r in rows} == {"NOR"} and {r["month"] for r in rows} == {"2025-04"}, rows
