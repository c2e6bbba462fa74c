"""Read endpoints on a real SQLite store: filters, pagination, actor profile, trace, one error shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from test_api_sample import build_sample


@pytest.fixture()
def api(any_backend_store, tmp_path):
    store = any_backend_store
    docs = build_sample(store)
    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))
    client.docs = docs
    return client


def items(resp):
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def test_events_filters(api):
    assert len(items(api.get("/api/events"))) == 6
    threat = items(api.get("/api/events", params={"type": "threaten"}))
    assert [e["target_actor"] for e in threat] == ["POL"]
    assert {e["modality"] for e in items(api.get("/api/events", params={"modality": "negated"}))} == {"negated"}
    assert {e["type"] for e in items(api.get("/api/events", params={"actor": "SYL"}))} == {"CONSULT", "AID", "ASSAULT"}
    assert len(items(api.get("/api/events", params={"date_from": "2024-03-04"}))) == 3
    assert len(items(api.get("/api/events", params={"date_to": "2024-03-01"}))) == 2
    assert {e["publisher"] for e in items(api.get("/api/events", params={"publisher": "evening"}))} == {"Evening Wire"}
    # The country filter also finds people of that country (Ida Marten belongs to FRD).
    frd = items(api.get("/api/events", params={"country": "frd"}))
    assert {e["source_actor"] for e in frd} == {"FRD", "person:ida-marten"}
    assert items(api.get("/api/events", params={"country": "POL", "modality": "planned"})) == []


def test_pagination(api):
    first = api.get("/api/events", params={"limit": 4}).json()
    assert len(first["items"]) == 4 and first["next_offset"] == 4
    rest = api.get("/api/events", params={"limit": 4, "offset": first["next_offset"]}).json()
    assert len(rest["items"]) == 2 and rest["next_offset"] is None
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert len(set(ids)) == 6
    # Newest first.
    dates = [e["date"] or e["published_at"] for e in first["items"] + rest["items"]]
    assert dates == sorted(dates, reverse=True)


def test_documents_search_and_detail(api):
    hits = items(api.get("/api/documents", params={"q": "naval blockade"}))
    assert [h["title"] for h in hits] == ["Blockade threat"]
    assert items(api.get("/api/documents", params={"q": "zeppelin"})) == []
    listed = items(api.get("/api/documents", params={"primary": True}))
    assert [d["id"] for d in listed] == [api.docs["primary"].id]
    doc = api.get(f"/api/documents/{api.docs['threat'].id}").json()
    assert doc["text"].startswith("Ruritania threatened") and "raw" not in doc
    analysis = api.get(f"/api/documents/{api.docs['threat'].id}/analysis").json()
    assert len(analysis["events"]) == 3 and analysis["claims"][0]["claimant_kind"] == "organisation"


def test_actor_profile(api):
    body = api.get("/api/actors/person:ida-marten").json()
    assert body["actor"]["aliases"] == ["I. Marten"]
    assert [r["role"] for r in body["actor"]["roles"]] == ["foreign_minister", "other"]
    assert body["name_variants"][0] == {"text": "Ida Marten", "n": 2}
    assert body["roles_seen"][0]["role"] == "foreign_minister"
    assert {(n["counterpart"], n["type"], n["n"]) for n in body["network"]} == {("SYL", "CONSULT", 2)}
    assert body["network"][0]["counterpart_name"] == "Sylvania"
    listed = items(api.get("/api/actors", params={"q": "Ruritanian"}))
    assert [a["id"] for a in listed] == ["RUR"]


def test_claims_commitments_clusters(api):
    assert [c["claimant_kind"] for c in items(api.get("/api/claims", params={"claimant_kind": "anonymous"}))] == ["anonymous"]
    assert [c["claimant_kind"] for c in items(api.get("/api/claims", params={"kind": "anonymous"}))] == ["anonymous"]
    assert len(items(api.get("/api/claims"))) == 2
    com = items(api.get("/api/commitments", params={"donor": "FRD", "category": "military"}))
    assert com[0]["recipient"] == "SYL" and com[0]["status"] == "pledged"
    assert items(api.get("/api/commitments", params={"status": "delivered"})) == []
    clusters = items(api.get("/api/clusters"))
    assert clusters[0]["primary_doc_id"] == api.docs["primary"].id
    assert {d["id"] for d in clusters[0]["documents"]} == {api.docs["primary"].id, api.docs["article"].id}


def test_trace(api):
    body = api.get(f"/api/documents/{api.docs['article'].id}/trace").json()
    assert [a["label"] for a in body["alignments"]] == ["supported", "altered", "added"]
    assert body["summary"]["unsupported_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert body["alignments"][0]["evidence"][0]["doc_id"] == api.docs["primary"].id
    untraced = api.get(f"/api/documents/{api.docs['threat'].id}/trace").json()
    assert untraced["alignments"] == [] and untraced["summary"]["unsupported_share"] is None


@pytest.mark.parametrize("url,status,code", [
    ("/api/documents/doc_missing", 404, "not_found"),
    ("/api/actors/XXX", 404, "not_found"),
    ("/api/documents/doc_missing/trace", 404, "not_found"),
    ("/api/no-such-endpoint", 404, "not_found"),
    ("/api/events?modality=certain", 400, "invalid_value"),
    ("/api/events?limit=0", 400, "invalid_value"),
    ("/api/events?limit=abc", 400, "invalid_value"),
    ("/api/events?date_from=yesterday", 400, "invalid_value"),
    ("/api/events?country=Freedonia", 400, "invalid_value"),
    ("/api/claims?claimant_kind=ghost", 400, "invalid_value"),
])
def test_one_error_shape(api, url, status, code):
    resp = api.get(url)
    assert resp.status_code == status
    err = resp.json()["error"]
    assert err["code"] == code and err["message"] and err["hint"]
    assert set(err) == {"code", "message", "hint"}


def test_unprocessed_document_analysis_is_409_not_processed(api, any_backend_store):
    store = any_backend_store
    from cablegram.records import Document

    doc = Document(text="A fresh note about nothing in particular.")
    store.add_document(doc)
    resp = api.get(f"/api/documents/{doc.id}/analysis")
    assert resp.status_code == 409 and resp.json()["error"]["code"] == "not_processed"


def test_openapi_served(api):
    spec = api.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/upload" in spec["paths"]
    assert api.get("/docs").status_code == 200


def test_opens_store_from_settings(tmp_path):
    from cablegram.store import open_store

    path = tmp_path / "own.db"
    with open_store(str(path)) as s:
        build_sample(s)
    with TestClient(create_app(Settings(db=str(path)))) as client:
        assert client.get("/api/stats").json()["events"] == 6


def test_claims_filter_hedged(api):
    assert [c["hedges"] for c in items(api.get("/api/claims", params={"hedged": True}))] == [["could"]]
    assert [c["claimant_kind"] for c in items(api.get("/api/claims", params={"hedged": False}))] == ["organisation"]


def test_events_confidence_floor(api):
    # The sample's events all have confidence 0.5.
    assert items(api.get("/api/events", params={"min_confidence": 0.6})) == []
    assert len(items(api.get("/api/events", params={"min_confidence": 0.5}))) == 6
    assert api.get("/api/events", params={"min_confidence": 2}).status_code == 400


def test_overview_counts_and_series(api):
    data = api.get("/api/overview").json()
    assert data["total"] == 6
    assert {g["key"]: g["n"] for g in data["by_type"]}["CONSULT"] == 2
    assert data["by_actor"][0] == {"key": "SYL", "n": 4}
    assert data["series"]["granularity"] == "day" and data["series"]["counts"]["CONSULT"] == [2, 0, 0, 0]
    assert {(e["source"], e["target"], e["type"]) for e in data["network"]} >= {("RUR", "POL", "THREATEN")}
    conflict = api.get("/api/overview", params={"quad": "conflict", "date_from": "2024-03-04"}).json()
    assert {g["key"] for g in conflict["by_type"]} == {"THREATEN", "ASSAULT", "SANCTION"}
    dyad = api.get("/api/overview", params={"source": "RUR", "target": "POL"}).json()
    assert dyad["total"] == 1


def test_downloads_honour_filters(api):
    import csv
    import io

    import pyarrow.parquet as pq

    rows = list(csv.DictReader(io.StringIO(api.get("/download/events.csv", params={"actor": "RUR"}).text)))
    assert {r["type"] for r in rows} == {"THREATEN", "ASSAULT", "SANCTION"} and "correction" in rows[0]
    lines = api.get("/download/claims.jsonl", params={"hedged": "yes"}).text.splitlines()
    assert len(lines) == 1
    parquet = api.get("/download/commitments.parquet")
    assert parquet.status_code == 200 and pq.read_table(io.BytesIO(parquet.content)).num_rows == 1
    assert api.get("/download/events.xlsx").status_code == 400


def test_pages_404_without_server_paths(api):
    for url in ("/actors/Mosul", "/documents/doc_missing", "/events/evt_missing", "/claims/clm_missing"):
        resp = api.get(url, headers={"accept": "text/html"})
        assert resp.status_code == 404 and "unused.db" not in resp.text and "/tmp" not in resp.text, resp.text
    assert 'href="/search?q=Mosul"' in api.get("/actors/Mosul").text


def test_untitled_documents_take_their_first_sentence(api, any_backend_store):
    from cablegram.records import Document

    doc = Document(text="Envoys from Sylvania and Freedonia met again in Porto Vale on Tuesday to talk about the "
                        "border crossings that closed in the spring. A second round is due.", publisher="Wire")
    any_backend_store.add_document(doc)
    page = api.get(f"/documents/{doc.id}").text
    assert "<h1 id=\"doc-title\">Envoys from Sylvania and Freedonia met again in Porto Vale on Tuesday to talk about the…</h1>" in page


def test_default_listing_is_precision_first(api, any_backend_store):
    from cablegram.records import Analysis, Document, Event

    doc = Document(text="Sylvanian ministers met on Monday. Talks went on late.", title="Late talks",
                   publisher="Wire", published_at="2024-03-06")
    any_backend_store.add_document(doc)
    any_backend_store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 34], [35, 54]], language="en",
                                             pipeline_version="test", events=[
        Event(doc.id, 0, "Sylvanian ministers met on Monday.", "CONSULT", source_actor="SYL", confidence=0.95)]))
    # A confident type but no target actor: stored, hidden by default, listed with all=true.
    assert doc.id not in {e["doc_id"] for e in items(api.get("/api/events"))}
    assert doc.id in {e["doc_id"] for e in items(api.get("/api/events", params={"all": True}))}
    assert api.get("/api/overview").json()["total"] == 6
    assert api.get("/api/overview", params={"all": True}).json()["total"] == 7


def test_actors_download_honours_the_search(api):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(api.get("/download/actors.csv", params={"q": "Ruritania"}).text)))
    assert [r["id"] for r in rows] == ["RUR"]
    assert 'href="/download/actors.jsonl?q=Ruri"' in api.get("/actors", params={"q": "Ruri"}).text
