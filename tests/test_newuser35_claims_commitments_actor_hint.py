"""Claims and commitments given an actor's name in place of its id say which id to pass (newuser35).

`GET /api/commitments?donor=Freedonia` and `GET /api/claims?claimant=Germany` answered an empty page and nothing
else, and `cablegram claims --claimant Germany` only "no claims match these filters", though the rows hold the ids
FRD / DEU (`cablegram commitments list --donor` already resolves names). An empty first page now carries the same
`hint` as GET /api/events, and the CLI prints the line `events --actor` prints. Rows found, ids that match, and
names nobody has are unchanged. The real app under uvicorn on 127.0.0.1 and the console entry point, on a real SQLite
store."""

from __future__ import annotations

import httpx
from live_api import live_api
from test_api_sample import build_sample

from cablegram.cli import main
from cablegram.config import Settings
from cablegram.records import Actor, Analysis, Claim, Document
from cablegram.store import open_store

STATEMENT = "Germany said the talks on river tolls would resume in spring."


def _store(tmp_path) -> str:
    db = str(tmp_path / "hint_rows.db")
    with open_store(db) as store:
        build_sample(store)  # one commitment FRD -> SYL
        doc = Document(text=STATEMENT, title="River tolls", publisher="Valley Post", published_at="2024-05-03")
        store.add_document(doc)
        store.upsert_actors([Actor("DEU", "Germany", "state", country="DEU")])
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(STATEMENT)]], language="en",
                                     pipeline_version="test",
                                     claims=[Claim(doc.id, 0, STATEMENT, "organisation", claimant="DEU",
                                                   claimant_text="Germany", cue="said")]))
    return db


def test_api_claims_and_commitments_hint_the_id(tmp_path):
    db = _store(tmp_path)
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        donor = client.get("/api/commitments", params={"donor": "Freedonia"}).json()
        assert donor["items"] == [] and donor["hint"] == "donor takes an actor id: 'Freedonia' is FRD (donor=FRD)"
        recipient = client.get("/api/commitments", params={"recipient": "sylvania"}).json()
        assert recipient["hint"] == "recipient takes an actor id: 'sylvania' is SYL (recipient=SYL)"
        claimant = client.get("/api/claims", params={"claimant": "Germany"}).json()
        assert claimant["items"] == [] and claimant["hint"] == \
            "claimant takes an actor id: 'Germany' is DEU (claimant=DEU)"

        assert client.get("/api/commitments", params={"donor": "FRD"}).json()["items"]
        assert "hint" not in client.get("/api/commitments", params={"donor": "FRD"}).json()
        assert client.get("/api/claims", params={"claimant": "DEU"}).json()["items"]
        for path, key in (("/api/claims", "claimant"), ("/api/commitments", "donor")):
            nobody = client.get(path, params={key: "Atlantis"}).json()
            assert nobody["items"] == [] and "hint" not in nobody


def test_cli_claims_claimant_name_is_hinted(tmp_path, capsys):
    db = _store(tmp_path)
    main(["--db", db, "claims", "--claimant", "Germany"])  # the CLI's hint reads the knowledge base
    out = capsys.readouterr().out
    assert "no claims match these filters" in out.lower()
    assert "--claimant takes an actor id: 'Germany' is DEU (try --claimant DEU)" in out
    main(["--db", db, "claims", "--claimant", "DEU"])
    out = capsys.readouterr().out
    assert "river tolls" in out and "takes an actor id" not in out
    main(["--db", db, "claims", "--claimant", "Atlantis"])
    assert "takes an actor id" not in capsys.readouterr().out


def test_cli_events_hint_names_an_actor_only_the_store_knows(tmp_path, capsys):
    # Ida Marten is in the store (found in text), not in the shipped knowledge base: the hint came from the KB only
    db = _store(tmp_path)
    main(["--db", db, "events", "--actor", "Ida Marten", "--all"])
    out = capsys.readouterr().out
    assert "--actor takes an actor id: 'Ida Marten' is person:ida-marten (try --actor person:ida-marten)" in out
    main(["--db", db, "events", "--source", "i. marten", "--all"])  # an alias, in another case
    assert "--source takes an actor id: 'i. marten' is person:ida-marten" in capsys.readouterr().out
    main(["--db", db, "events", "--actor", "person:ida-marten", "--type", "SANCTION", "--all"])
    assert "takes an actor id" not in capsys.readouterr().out  # an id that matches: no hint
