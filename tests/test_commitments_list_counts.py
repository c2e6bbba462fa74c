"""`cablegram commitments list` counts stored commitments as /api/commitments does; links show as a column."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.records import Analysis, Commitment, Document
from cablegram.store import open_store
from cablegram.store.readmodel import list_commitments


def _fill(db) -> None:
    """Two documents report one invented air-defence delivery (offered, then delivered: one ledger entry);
    a third row is a separate grant."""
    with open_store(str(db)) as store:
        for day, text, rows in (
            ("2031-04-01", "An invented ministry offered an air-defence battery on conditions.",
             [dict(status="conditional", category="military", subcategory="air_defence")]),
            ("2031-04-03", "The invented ministry delivered the battery and also granted funds.",
             [dict(status="delivered", category="military", subcategory="air_defence"),
              dict(status="pledged", category="financial", subcategory="grant", amount=5e6, currency="USD",
                   amount_text="$5 million", amount_usd=5e6, sentence_index=1)]),
        ):
            doc = Document(text=text, language="en", title="Invented report", publisher="Example News",
                           published_at=day)
            store.add_document(doc)
            coms = [Commitment(doc_id=doc.id, sentence_index=r.pop("sentence_index", 0), sentence=text, donor="XNL",
                               recipient="XSM", date=day, **r) for r in rows]
            store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(text)]], language="en",
                                         pipeline_version="test-1", commitments=coms))


def _json_rows(db, *args) -> list[dict]:
    result = CliRunner().invoke(app, ["--db", str(db), "commitments", "list", "-f", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_list_counts_stored_rows_like_the_api_and_statuses_add_up(tmp_path):
    db = tmp_path / "c.db"
    _fill(db)
    with open_store(str(db)) as store:
        api = list_commitments(store, limit=1000)
    rows = _json_rows(db)
    assert len(rows) == len(api) == 3
    by_status = {s: len(_json_rows(db, "--status", s)) for s in ("conditional", "delivered", "pledged")}
    assert by_status == {"conditional": 1, "delivered": 1, "pledged": 1}
    assert sum(by_status.values()) == len(rows)
    # The two reports of the air-defence delivery name the same ledger entry; the grant stands alone.
    linked = [r for r in rows if r["linked_rows"] == 2]
    assert len(linked) == 2 and len({r["ledger_entry"] for r in linked}) == 1
    table = CliRunner().invoke(app, ["--db", str(db), "commitments", "list"], env={"COLUMNS": "240"}).output
    assert "3 stored commitment(s)" in table and linked[0]["ledger_entry"] in table
    merged = CliRunner().invoke(app, ["--db", str(db), "commitments", "list", "--linked"], env={"COLUMNS": "240"})
    assert "3 stored commitment(s) shown as 2 ledger entries" in merged.output
    assert len(_json_rows(db, "--linked")) == 2
