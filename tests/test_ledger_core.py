"""Ledger: rates, cross-document linking, references, aggregates, export, store and CLI round trip."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from cablegram.errors import ConfigError, InputError
from cablegram.ledger import RateTable, export, ledger, link, summarise
from cablegram.records import Analysis, Commitment, Document


def com(doc, donor, amount, currency, date, status="pledged", category="military", recipient="Ostravia",
        reason=None, idx=0):
    return Commitment(doc_id=doc, sentence_index=idx, sentence="s", donor=donor, recipient=recipient,
                      category=category, amount=amount, currency=currency,
                      amount_text=None if amount is None else f"{amount} {currency}", status=status, date=date,
                      reason=reason, confidence=0.8)


def test_rates_use_the_period_and_say_when_it_is_the_nearest():
    rates = RateTable.default()
    conv = rates.convert(925e6, "EUR", "2023-06-01")
    assert conv.rate_date == "2023" and conv.exact_period and conv.usd == pytest.approx(1e9, rel=0.01)
    old = rates.convert(100, "GBP", "1999-01-01")
    assert not old.exact_period and old.rate_date == "2014"
    assert rates.convert(5, "USD", "2020-01-01").usd == 5
    with pytest.raises(InputError):
        rates.convert(1, "XYZ", "2020-01-01")


def test_rates_table_every_currency_every_year():
    rates = RateTable.default()
    for code in ("USD", "EUR", "GBP", "UAH", "JPY", "CAD", "AUD", "CHF", "PLN", "SEK", "NOK", "DKK", "RUB", "CNY"):
        assert code in rates.currencies
        if code != "USD":
            assert rates.convert(1, code, "2022-03-01").rate_date == "2022"


def test_bad_rates_file_is_a_config_error(tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("currency,period,units_per_usd\nEUR,2020,zero\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        RateTable.from_csv(bad)
    assert "line 2" in str(err.value)


def test_same_commitment_in_two_documents_counts_once_with_both_sources():
    rows = [com("d1", "Veridia", 500e6, "USD", "2024-03-02"),
            com("d2", "Veridia", 462e6, "EUR", "2024-03-05"),   # the same figure reported in euros
            com("d3", "Veridia", 500e6, "USD", "2024-11-20")]   # a new pledge months later
    entries = link(rows)
    assert [len(e.sources) for e in entries] == [2, 1]
    total = summarise(rows, by="donor")[0]
    assert total["commitments"] == 2 and total["sources"] == 3
    assert total["committed_usd"] == pytest.approx(1e9, rel=0.01)


def test_reference_links_to_original_and_moves_its_status_without_double_counting():
    rows = [com("d1", "Veridia", 500e6, "USD", "2024-03-02"),
            com("d2", "Veridia", 500e6, "USD", "2024-10-01", status="delivered", category="other",
                reason="reference: mentions an earlier commitment (announced in March)")]
    [entry] = link(rows)
    assert entry.status == "delivered" and len(entry.sources) == 2 and entry.sources[1]["reference"]
    s = summarise(rows, by="donor")[0]
    assert s["delivered_usd"] == pytest.approx(5e8) and s["gap_usd"] == 0


def test_pledged_vs_delivered_gap_and_unconverted_counted():
    rows = [com("d1", "Norland", 300e6, "USD", "2024-01-10"),
            com("d2", "Norland", 100e6, "USD", "2024-02-10", status="delivered", category="humanitarian"),
            com("d3", "Norland", 2e9, None, "2024-02-11", category="financial")]
    s = summarise(rows, by=["donor"])[0]
    assert s["committed_usd"] == pytest.approx(4e8) and s["delivered_usd"] == pytest.approx(1e8)
    assert s["gap_usd"] == pytest.approx(3e8) and s["unconverted"] == 1


def test_cancellation_closes_entry_and_leaves_committed_total():
    rows = [com("d1", "Pellan", 200e6, "USD", "2024-01-10", category="military"),
            com("d2", "Pellan", None, None, "2024-06-01", status="cancelled", category="military")]
    [entry] = link(rows)
    assert entry.status == "cancelled"
    s = summarise(rows, by="donor")[0]
    assert s["committed_usd"] == 0 and s["cancelled_usd"] == pytest.approx(2e8)


def test_group_by_month_and_category_and_bad_key():
    rows = [com("d1", "Kestria", 10e6, "USD", "2024-01-10"), com("d2", "Kestria", 20e6, "USD", "2024-02-10",
                                                                 category="humanitarian")]
    months = {g["month"]: g["committed_usd"] for g in summarise(rows, by="month")}
    assert months == {"2024-01": 1e7, "2024-02": 2e7}
    assert {g["category"] for g in summarise(rows, by="category")} == {"military", "humanitarian"}
    with pytest.raises(InputError):
        summarise(rows, by="colour")


def test_export_csv_and_parquet(tmp_path):
    import pyarrow.parquet as pq

    entries = link([com("d1", "Veridia", 5e8, "USD", "2024-03-02"), com("d2", "Veridia", 5e8, "USD", "2024-03-03")])
    assert export(entries, tmp_path / "l.csv") == 1
    [row] = list(csv.DictReader((tmp_path / "l.csv").open(encoding="utf-8")))
    assert row["donor"] == "Veridia" and row["n_sources"] == "2" and "d1#0" in row["sources"]
    export(entries, tmp_path / "l.parquet")
    assert pq.read_table(tmp_path / "l.parquet").to_pylist()[0]["amount_usd"] == 5e8
    with pytest.raises(InputError):
        export(entries, tmp_path / "l.xlsx")


@pytest.fixture()
def filled_db(tmp_path):
    store_mod = pytest.importorskip("cablegram.store")
    path = tmp_path / "ledger.db"
    with store_mod.open_store(str(path)) as store:
        for i, (date, amount, status) in enumerate([("2024-03-02", 5e8, "pledged"), ("2024-03-04", 5e8, "pledged"),
                                                     ("2024-09-01", 1e8, "delivered")]):
            doc = Document(text=f"Report {i} on Veridia's support.", published_at=date, publisher=f"Outlet {i}")
            store.add_document(doc)
            store.save_analysis(Analysis(doc_id=doc.id, commitments=[
                com(doc.id, "Veridia", amount, "USD", date, status=status)]))
    return path


def test_store_round_trip(filled_db):
    from cablegram.store import open_store

    with open_store(str(filled_db)) as store:
        entries = ledger(store)
        assert sorted(len(e.sources) for e in entries) == [1, 2]
        s = summarise(store, by="donor")[0]
        assert s["committed_usd"] == pytest.approx(6e8) and s["delivered_usd"] == pytest.approx(1e8)
        assert ledger(store, month="2024-09")[0].status == "delivered"


def test_cli_list_summary_export(filled_db, tmp_path):
    from cablegram.cli.commitments import app
    from cablegram.config import Settings

    runner = CliRunner()
    obj = {"settings": Settings.load(db=str(filled_db))}
    listed = runner.invoke(app, ["list", "--donor", "Veridia"], obj=obj)
    assert listed.exit_code == 0, listed.output
    assert "3 stored commitment(s)" in listed.output  # stored rows by default, as /api/commitments counts them
    listed = runner.invoke(app, ["list", "--donor", "Veridia", "--linked"], obj=obj)
    assert listed.exit_code == 0, listed.output
    assert "3 stored commitment(s) shown as 2 ledger entries" in listed.output
    summary = runner.invoke(app, ["summary", "--by", "donor,status", "--json"], obj=obj)
    assert summary.exit_code == 0 and '"delivered_usd": 100000000.0' in summary.output
    out = tmp_path / "x.csv"
    exported = runner.invoke(app, ["export", str(out), "--raw"], obj=obj)
    assert exported.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 4
    bad = runner.invoke(app, ["summary", "--by", "colour"], obj=obj)
    assert bad.exit_code == 1 and "cannot group by colour" in bad.output
