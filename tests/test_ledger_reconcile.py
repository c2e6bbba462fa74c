"""Reconciling the news ledger with the Kiel tracker: CSV/XLSX reading, per donor and month, CLI."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from cablegram.errors import InputError
from cablegram.kb.base import KnowledgeBase
from cablegram.ledger import ledger
from cablegram.ledger.reconcile import read_tracker, reconcile
from cablegram.records import Analysis, Commitment, Document

# Our own rows, in the kiel_ust README's columns (values invented for the test).
TRACKER = [
    {"id": "NOM1", "donor": "Norway", "announced": "2023-03-10 00:00:00", "category": "military",
     "amount_as_given": "1000000000", "currency": "NOK", "text": "A test row."},
    {"id": "NOH2", "donor": "Norway", "announced": "2023-03-20 00:00:00", "category": "humanitarian",
     "amount_as_given": "", "currency": "", "text": "A second test row."},
    {"id": "JPF1", "donor": "Japan", "announced": "3/15/2023", "category": "financial",
     "amount_as_given": "500000000", "currency": "USD", "text": "A third test row."},
]


def write_csv(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.fixture()
def news_db(tmp_path):
    from cablegram.store import open_store

    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        plan = [("2023-03-11", "NOR", "military", 1.0e9, "NOK", "pledged"),
                ("2023-03-12", "NOR", "financial", 2.0e9, "NOK", "pledged"),
                ("2023-03-16", "JPN", "financial", 4.9e8, "USD", "allocated"),
                ("2023-03-17", "JPN", "military", 1.0e8, "USD", "refused")]
        for i, (date, donor, cat, amount, cur, status) in enumerate(plan):
            doc = Document(text=f"Report {i} about support.", published_at=date)
            store.add_document(doc)
            store.save_analysis(Analysis(doc_id=doc.id, commitments=[Commitment(
                doc_id=doc.id, sentence_index=0, sentence=doc.text, donor=donor, recipient="UKR", category=cat,
                amount=amount, currency=cur, amount_text=f"{amount:g} {cur}", status=status, date=date)]))
    return path


def test_read_csv_converts_and_reads_dates(tmp_path):
    rows = read_tracker(write_csv(tmp_path / "t.csv", TRACKER))
    assert [(r.id, r.month, r.category) for r in rows] == [("NOM1", "2023-03", "military"),
                                                         ("NOH2", "2023-03", "humanitarian"),
                                                         ("JPF1", "2023-03", "financial")]
    assert 9e7 < rows[0].amount_usd < 1.1e8 and rows[1].amount is None and rows[2].amount_usd == 5e8


def test_read_semicolon_utf16_export(tmp_path):
    path = tmp_path / "t16.csv"
    write_csv(tmp_path / "tmp.csv", TRACKER, delimiter=";")
    path.write_bytes((tmp_path / "tmp.csv").read_text(encoding="utf-8").encode("utf-16"))
    assert [r.donor for r in read_tracker(path)] == ["Norway", "Norway", "Japan"]


def test_read_xlsx_with_tracker_headers(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ID", "Country", "Announcement Date", "Aid type General", "Reported Value", "Reported Currency"])
    ws.append(["NOM1", "Norway", "2023-03-10", "Military", 1e9, "NOK"])
    wb.save(tmp_path / "t.xlsx")
    [row] = read_tracker(tmp_path / "t.xlsx")
    assert (row.id, row.donor, row.month, row.category, row.currency) == ("NOM1", "Norway", "2023-03", "military", "NOK")


def test_bad_inputs_name_the_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_tracker(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("colour,size\nred,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv") as err:
        read_tracker(bad)
    assert "donor" in err.value.hint


def test_reconcile_per_donor_and_month(news_db, tmp_path):
    from cablegram.store import open_store

    rows = read_tracker(write_csv(tmp_path / "t.csv", TRACKER))
    with open_store(str(news_db)) as store:
        groups = {(g.donor, g.month): g for g in reconcile(ledger(store), rows, KnowledgeBase.load())}
    nor, jpn = groups[("NOR", "2023-03")], groups[("JPN", "2023-03")]
    # Norway: the military pledge matches NOM1; the financial one is news only; NOH2 is tracker only.
    assert [m["tracker"]["tracker_id"] for m in nor.matched] == ["NOM1"]
    assert [n["category"] for n in nor.news_only] == ["financial"] and nor.news_only[0]["sources"][0].endswith("#0")
    assert [t["tracker_id"] for t in nor.tracker_only] == ["NOH2"]
    # Japan: $490m vs $500m is within 10%; the refusal is never counted.
    assert [m["tracker"]["tracker_id"] for m in jpn.matched] == ["JPF1"] and not jpn.news_only


def test_cli_reconcile(news_db, tmp_path):
    from cablegram.cli.commitments import app
    from cablegram.config import Settings

    runner = CliRunner()
    obj = {"settings": Settings.load(db=str(news_db))}
    csv_path = write_csv(tmp_path / "t.csv", TRACKER)
    out = runner.invoke(app, ["reconcile", "--tracker", str(csv_path), "--json", "--donor", "Norway"], obj=obj)
    assert out.exit_code == 0, out.output
    groups = json.loads(out.output)
    assert [g["donor"] for g in groups] == ["NOR"] and len(groups[0]["tracker_only"]) == 1
    table = runner.invoke(app, ["reconcile", "--tracker", str(csv_path)], obj=obj)
    assert table.exit_code == 0 and "1 in the news only, 1 in the tracker only, 2 matched" in table.output
    missing = runner.invoke(app, ["reconcile", "--tracker", str(tmp_path / "none.csv")], obj=obj)
    assert missing.exit_code == 1 and "tracker file not found" in missing.output


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_read_jsonl_in_the_readme_fields(tmp_path):
    rows = read_tracker(write_jsonl(tmp_path / "t.jsonl", TRACKER))
    assert [(r.id, r.donor, r.month) for r in rows] == [("NOM1", "Norway", "2023-03"), ("NOH2", "Norway", "2023-03"),
                                                      ("JPF1", "Japan", "2023-03")]
    assert rows[0].currency == "NOK" and 9e7 < rows[0].amount_usd < 1.1e8


def test_errors_name_the_file_once_and_list_the_formats(tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"colour": "red"}])
    with pytest.raises(InputError) as err:
        read_tracker(bad)
    assert str(err.value).count("bad.jsonl") == 1 and ".jsonl" in err.value.hint and ".xlsx" in err.value.hint
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"donor": "Norway", "announced": "2023-03-01"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2") as err:
        read_tracker(broken)
    assert str(err.value).count("broken.jsonl") == 1


def test_a_pair_without_an_amount_is_possible_not_matched(tmp_path):
    from cablegram.store import open_store

    path = tmp_path / "kit.db"
    with open_store(str(path)) as store:
        doc = Document(text="Norland delivered protective kit to Ostravia.", published_at="2023-05-04")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, commitments=[Commitment(
            doc_id=doc.id, sentence_index=0, sentence=doc.text, donor="NOR", recipient="UKR", category="military",
            status="delivered", date="2023-05-04")]))
        entries = ledger(store)
    tracker = read_tracker(write_jsonl(tmp_path / "t.jsonl", [
        {"id": "NOM9", "donor": "Norway", "announced": "2023-05-02", "category": "military",
         "amount_as_given": 25000000, "currency": "NOK"}]))
    [group] = reconcile(entries, tracker, KnowledgeBase.load())
    assert not group.matched and not group.news_only and not group.tracker_only
    assert [p["tracker"]["tracker_id"] for p in group.possible] == ["NOM9"]
    assert group.possible[0]["news"]["amount_usd"] is None


def test_cli_reads_jsonl_and_says_how_to_date_undated_rows(tmp_path):
    from cablegram.cli.commitments import app
    from cablegram.config import Settings
    from cablegram.store import open_store

    path = tmp_path / "undated.db"
    with open_store(str(path)) as store:
        doc = Document(text="Norland pledged support to Ostravia.")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, commitments=[Commitment(
            doc_id=doc.id, sentence_index=0, sentence=doc.text, donor="NOR", recipient="UKR", category="financial",
            amount=5e8, currency="USD", amount_text="$500m", status="pledged")]))
    out = CliRunner().invoke(app, ["reconcile", "--tracker", str(write_jsonl(tmp_path / "t.jsonl", TRACKER))],
                             obj={"settings": Settings.load(db=str(path))})
    assert out.exit_code == 0, out.output
    assert "1 in the news only, 3 in the tracker only, 0 matched, 0 possible" in " ".join(out.output.split())
    assert "--jsonl-field date=" in out.output and "no date" in out.output


def test_a_donor_the_knowledge_base_does_not_know_keeps_its_stored_id(tmp_path):
    """The donor column shows the actor id as stored (as `summary` and `list` do), never a lower-cased fold: a
    fictional state's code stays upper-case, and a tracker row naming it in another case still joins the group."""
    from cablegram.store import open_store

    path = tmp_path / "fict.db"
    with open_store(str(path)) as store:
        doc = Document(text="Qarvania delivered field kitchens to Ostravia.", published_at="2026-03-04")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, commitments=[Commitment(
            doc_id=doc.id, sentence_index=0, sentence=doc.text, donor="QRV", recipient="OST", category="humanitarian",
            status="delivered", date="2026-03-04")]))
        entries = ledger(store)
    tracker = read_tracker(write_jsonl(tmp_path / "t.jsonl", [
        {"id": "QR1", "donor": "qrv", "announced": "2026-03-02", "category": "humanitarian"},
        {"id": "ZZ1", "donor": "Zembla Isles", "announced": "2026-03-09", "category": "humanitarian"}]))
    groups = {g.donor: g for g in reconcile(entries, tracker, KnowledgeBase.load())}
    assert set(groups) == {"QRV", "Zembla Isles"}
    assert [p["tracker"]["tracker_id"] for p in groups["QRV"].possible] == ["QR1"]


def test_a_text_file_named_xlsx_is_unreadable_through_the_library(tmp_path):
    """`read_tracker` itself (not only the CLI) turns a file that is no zip archive into InputError file_unreadable."""
    fake = tmp_path / "export.xlsx"
    fake.write_text("donor,announced\nNorway,2024-06-03\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_tracker(fake)
    assert err.value.code == "file_unreadable" and "export it to CSV" in err.value.hint


def test_a_month_outside_the_calendar_gives_no_month(tmp_path):
    rows = read_tracker(write_jsonl(tmp_path / "t.jsonl", [
        {"id": "A", "donor": "Norway", "announced": "2024-13-01"},
        {"id": "B", "donor": "Norway", "announced": "14/2/2024"},
        {"id": "C", "donor": "Norway", "announced": "12/2/2024"}]))
    assert [(r.id, r.month) for r in rows] == [("A", None), ("B", None), ("C", "2024-12")]


def test_a_tracker_given_as_a_generator_is_read_once_and_names_resolve_to_ids(tmp_path):
    """A tracker-only donor the knowledge base resolves is shown by its actor id, as the ledger's donors are (one
    vocabulary in the donor column); a generator of rows is enough (it is iterated once)."""
    rows = read_tracker(write_jsonl(tmp_path / "t.jsonl", [
        {"id": "N1", "donor": "Norway", "announced": "2024-02-05", "category": "military"},
        {"id": "Z1", "donor": "Zembla Isles", "announced": "2024-02-07", "category": "military"}]))
    groups = {g.donor: g for g in reconcile([], (r for r in rows), KnowledgeBase.load())}
    assert set(groups) == {"NOR", "Zembla Isles"}
    assert [t["tracker_id"] for t in groups["NOR"].tracker_only] == ["N1"]
