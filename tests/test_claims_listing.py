"""Precision-first claim lists: sentences without a claimant (kind none) are hidden from the default CLI
list, ``/api/claims`` and ``/claims``; ``--all`` / ``all=1`` or ``kind=none`` shows them (fictional texts)."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cablegram.api import create_app
from cablegram.cli import app
from cablegram.config import Settings
from cablegram.records import Analysis, Claim, Document
from cablegram.store import open_store

TEXT = ("The border crossing at Velmar has been closed since May. "
        "A Dravonian official said the crossing would reopen next week.")


def _fill(path) -> None:
    with open_store(str(path)) as store:
        doc = Document(text=TEXT, title="Velmar crossing", publisher="Evening Wire", published_at="2024-05-02")
        store.add_document(doc)
        first, second = TEXT.split(". ")
        store.save_analysis(Analysis(
            doc_id=doc.id, sentences=[[0, len(first) + 1], [len(first) + 2, len(TEXT)]], language="en",
            pipeline_version="test",
            claims=[Claim(doc.id, 0, first + ".", "none"),
                    Claim(doc.id, 1, second, "anonymous", claimant_text="A Dravonian official", cue="said")]))


def _cli(db, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["--db", str(db), "claims", "-f", "json", *args])
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def test_cli_hides_sentences_without_claimant_unless_all(tmp_path):
    db = tmp_path / "claims.db"
    _fill(db)
    assert [r["claimant_kind"] for r in _cli(db)] == ["anonymous"]
    assert sorted(r["claimant_kind"] for r in _cli(db, "--all")) == ["anonymous", "none"]
    assert [r["sentence_index"] for r in _cli(db, "--kind", "none")] == [0]


def test_api_and_dashboard_hide_them_unless_all(tmp_path):
    db = tmp_path / "claims.db"
    _fill(db)
    with open_store(str(db)) as store:
        client = TestClient(create_app(Settings(db=str(db)), store))
        assert [c["claimant_kind"] for c in client.get("/api/claims").json()["items"]] == ["anonymous"]
        assert len(client.get("/api/claims", params={"all": True}).json()["items"]) == 2
        assert [c["claimant_kind"] for c in client.get("/api/claims", params={"claimant_kind": "none"}).json()["items"]] \
            == ["none"]
        page = client.get("/claims").text
        assert "reopen next week" in page and "closed since May" not in page
        assert "closed since May" in client.get("/claims", params={"all": "1"}).text
