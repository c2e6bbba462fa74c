"""One contract for every store back-end: the same calls give the same answers on SQLite and PostgreSQL.

The PostgreSQL half runs when ``CABLEGRAM_TEST_PG`` holds a server URL (``scripts/pg_test_cluster.sh start``
prints one); each test gets its own fresh database on that server.
"""

from __future__ import annotations

import threading

import pytest

from cablegram.errors import NotFoundError, StoreError
from cablegram.records import Actor, Alignment, Analysis, Claim, Cluster, Commitment, Document, Event, Evidence, Mention, Role
from cablegram.store import open_store
from cablegram.store.schema import SCHEMA_VERSION

@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "contract.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture()
def any_store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def _analysis(doc: Document) -> Analysis:
    """A hand-made analysis touching every record type and every column kind (json, bool, real, null)."""
    return Analysis(
        doc_id=doc.id, sentences=[[0, 40], [41, 95], [96, 150]], language="en", pipeline_version="contract-1",
        mentions=[Mention(doc.id, 0, 9, "Ruritania", "RUR", method="exact"),
                  Mention(doc.id, 41, 48, "Elbonia", "ELB", sentence_index=1, method="fuzzy", score=0.82)],
        events=[Event(doc.id, 0, "Ruritania pledged artillery to Elbonia.", "AID", mode="military", context=["military"],
                      source_actor="RUR", target_actor="ELB", trigger="pledged", date="2024-02-10", modality="planned",
                      confidence=0.7),
                Event(doc.id, 1, "Officials said the border talks stalled.", "CONSULT", source_actor="ELB",
                      modality="negated", reported_speech=True)],
        claims=[Claim(doc.id, 1, "Officials said the border talks stalled.", "anonymous", cue="said", quote="indirect",
                      quote_spans=[[3, 10]], hedges=["reportedly", "may"])],
        commitments=[Commitment(doc.id, 0, "Ruritania pledged artillery to Elbonia.", donor="RUR", recipient="ELB",
                                category="military", items=["artillery", "shells"], amount=1.5e9, currency="EUR",
                                amount_text="€1.5 billion", status="pledged", date="2024-02-10", confidence=0.9)],
        new_actors=[Actor("ELB", "Elbonia", "state", aliases=["Elbonian Republic"], is_new=True)],
    )


# -- documents --------------------------------------------------------------------------------
def test_dedup_and_version_chain(any_store):
    s = any_store
    a = Document(text="The ministers met in Vienna.", url="http://x.test/a", title="A", meta={"lang": "en", "n": [1, 2]})
    assert s.add_document(a) == "inserted"
    assert s.add_document(Document(text="The ministers  met in\nVienna.", url="http://x.test/a")) == "duplicate"
    b = Document(text="The ministers met in Vienna on Friday.", url="http://x.test/a")
    assert s.add_document(b) == "new_version"
    assert s.get_document(b.id).previous_version == a.id
    c = Document(text="A third text.", url="http://x.test/a")
    assert s.add_document(c) == "new_version"
    assert s.get_document(c.id).previous_version == b.id
    got = s.get_document(a.id)
    assert (got.title, got.meta, got.is_primary, got.content_hash) == ("A", {"lang": "en", "n": [1, 2]}, False, a.content_hash)
    assert s.counts()["documents"] == 3 and s.counts()["unprocessed"] == 3


def test_unicode_round_trip_and_order(any_store):
    texts = ["Зеленский встретился с делегацией.", "وزير الخارجية وصل", "Ünïcödé — “quotes” and emoji 🛰️", "plain"]
    docs = [Document(text=t, published_at=f"2024-01-0{i + 1}") for i, t in enumerate(texts)]
    for d in docs:
        assert any_store.add_document(d) == "inserted"
    assert [d.text for d in any_store.iter_documents()] == texts  # ingestion order
    assert any_store.get_document(docs[2].id).text == texts[2]


def test_missing_records_raise_not_found(any_store):
    with pytest.raises(NotFoundError):
        any_store.get_document("doc_nope")
    with pytest.raises(NotFoundError):
        any_store.get_actor("NOPE")
    with pytest.raises(NotFoundError):
        any_store.set_primary("doc_nope")
    with pytest.raises(NotFoundError):
        any_store.save_analysis(Analysis(doc_id="doc_nope"))
    assert any_store.get_analysis("doc_nope") is None


def test_set_primary(any_store):
    d = Document(text="Readout of the call between the two ministers.", publisher="Ministry of Foreign Affairs")
    any_store.add_document(d)
    any_store.set_primary(d.id)
    assert any_store.get_document(d.id).is_primary is True
    any_store.set_primary(d.id, False)
    assert any_store.get_document(d.id).is_primary is False


# -- analyses and queries ---------------------------------------------------------------------------
def test_analysis_round_trip_is_exact_and_replaces(any_store):
    s = any_store
    doc = Document(text="Ruritania pledged artillery to Elbonia. " * 4, published_at="2024-02-11", publisher="Daily Ledger",
                   title="Pledge")
    s.add_document(doc)
    analysis = _analysis(doc)
    s.save_analysis(analysis)
    s.save_analysis(analysis)  # idempotent: replaces, never duplicates
    got = s.get_analysis(doc.id)
    for kind in ("mentions", "events", "claims", "commitments"):
        assert [r.to_dict() for r in getattr(got, kind)] == [r.to_dict() for r in getattr(analysis, kind)], kind
    assert got.sentences == analysis.sentences and got.language == "en" and got.pipeline_version == "contract-1"
    c = s.counts()
    assert (c["events"], c["claims"], c["commitments"], c["mentions"], c["analyses"], c["unprocessed"]) == (2, 1, 1, 2, 1, 0)
    assert s.get_actor("ELB").aliases == ["Elbonian Republic"] and s.get_actor("ELB").is_new is True
    # A second run with fewer records leaves only the new ones.
    analysis.events = analysis.events[:1]
    s.save_analysis(analysis)
    assert [e.type for e in s.get_analysis(doc.id).events] == ["AID"]
    assert list(s.iter_documents(unprocessed_only=True)) == []


def test_query_filters_and_ordering(any_store):
    s = any_store
    old = Document(text="Old report about Ruritania and Elbonia.", published_at="2023-05-01", publisher="Daily Ledger")
    new = Document(text="New report about Ruritania and Elbonia.", published_at="2024-02-11", publisher="Evening Courier")
    undated = Document(text="Undated report about Ruritania.")
    for d in (old, new, undated):
        s.add_document(d)
        s.save_analysis(Analysis(doc_id=d.id, events=[
            Event(d.id, 0, d.text, "CONSULT", source_actor="RUR", target_actor="ELB"),
            Event(d.id, 1, d.text, "AID", source_actor="ELB", target_actor="RUR", modality="planned", date="2024-01-01"),
        ], claims=[Claim(d.id, 0, d.text, "outlet" if d is old else "named", cue="reported")],
            commitments=[Commitment(d.id, 0, d.text, donor="RUR", recipient="ELB", status="delivered" if d is new else "pledged")]))
    ids = lambda rows: [(r["doc_id"], r["type"]) for r in rows]  # noqa: E731
    all_events = s.query_events()
    assert len(all_events) == 6
    # Newest first by event date falling back to publication date; undated last.
    assert ids(all_events)[0] == (new.id, "CONSULT") and ids(all_events)[-1] == (undated.id, "CONSULT")
    assert {r["doc_id"] for r in s.query_events(type="consult", date_from="2024-01-01")} == {new.id}
    assert {r["doc_id"] for r in s.query_events(type="CONSULT", date_to="2023-12-31")} == {old.id}
    assert len(s.query_events(modality="planned")) == 3
    assert {r["doc_id"] for r in s.query_events(publisher="courier")} == {new.id}  # case-insensitive substring
    assert s.query_events(publisher="%") == s.query_events(publisher="%")  # wildcard input is harmless
    assert len(s.query_events(actor="ELB")) == 6 and s.query_events(actor="XXX") == []
    page = s.query_events(limit=2, offset=2)
    assert ids(page) == ids(all_events)[2:4]
    row = s.query_events(doc_id=new.id, type="AID")[0]
    assert row["published_at"] == "2024-02-11" and row["publisher"] == "Evening Courier" and row["reported_speech"] is False
    assert row["context"] == []
    assert [r["doc_id"] for r in s.query_claims(claimant_kind="outlet")] == [old.id]
    assert [r["doc_id"] for r in s.query_claims()][0] == new.id
    assert [r["doc_id"] for r in s.query_commitments(status="delivered")] == [new.id]
    assert len(s.query_commitments(donor="RUR", recipient="ELB")) == 3


def test_full_text_search(any_store):
    s = any_store
    s.add_document(Document(text="Talks on grain exports resumed in Istanbul.", title="Grain talks", publisher="Wire"))
    s.add_document(Document(text="Nothing related here.", title="Other"))
    hits = s.search_documents("grain Istanbul")
    assert [h["title"] for h in hits] == ["Grain talks"]
    assert set(hits[0]) >= {"id", "title", "publisher", "published_at", "snippet"}
    assert "[" in hits[0]["snippet"] and "grain" in hits[0]["snippet"].lower()
    assert s.search_documents("grain Moscow") == []  # all words required
    assert s.search_documents('"; DROP TABLE documents; --') == []
    assert s.search_documents("") == [] and s.search_documents("&|!():*") == []
    assert s.counts()["documents"] == 2


# -- actors, provenance, clusters ---------------------------------------------------------------------
def test_actors_upsert_and_list(any_store):
    s = any_store
    roles = [Role("Foreign Minister", "foreign_minister", "RUR", "2020-01-01", None, "fictional")]
    n = s.upsert_actors([Actor("RUR", "Ruritania", "state"), Actor("person:anna-vok", "Anna Vok", "person", "RUR",
                                                                   aliases=["A. Vok"], roles=roles)])
    assert n == 2
    s.upsert_actors([Actor("RUR", "Ruritania (Kingdom)", "state", aliases=["Ruritanian Kingdom"])])
    assert s.get_actor("RUR").name == "Ruritania (Kingdom)"
    assert s.get_actor("person:anna-vok").roles == roles
    assert [a.id for a in s.list_actors()] == ["person:anna-vok", "RUR"]  # by name
    assert [a.id for a in s.list_actors("vok")] == ["person:anna-vok"]
    assert [a.id for a in s.list_actors("RUR")] == ["RUR"]
    assert [a.id for a in s.list_actors("kingdom")] == ["RUR"]
    assert len(s.list_actors(limit=1)) == 1


def test_alignments_and_clusters(any_store):
    s = any_store
    d1, d2 = Document(text="Primary readout text."), Document(text="Article text that restates it.")
    s.add_document(d1)
    s.add_document(d2)
    al = [Alignment(d2.id, 0, "Article text.", "supported", 0.91, [Evidence(d1.id, 0, "Primary readout text.", 0.91)]),
          Alignment(d2.id, 1, "Second sentence.", "altered", 0.6, differences=["number", "hedging"]),
          Alignment(d2.id, 2, "Third.", "added", attribution="anonymous")]
    s.save_alignments(d2.id, al)
    s.save_alignments(d2.id, al)
    assert s.get_alignments(d2.id) == al
    assert s.counts()["alignments"] == 3
    clusters = [Cluster("clu_b", [d1.id, d2.id], d1.id, d1.id, [[d1.id, d2.id, 0.91]]), Cluster("clu_a", [d2.id])]
    s.save_clusters(clusters)
    s.save_clusters(clusters)
    assert s.list_clusters() == sorted(clusters, key=lambda c: c.id)


# -- lifecycle and concurrency --------------------------------------------------------------------------
def test_reopen_keeps_data_and_schema_version(store_url):
    with open_store(store_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.add_document(Document(text="kept across reopen"))
    with open_store(store_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert [d.text for d in s.iter_documents()] == ["kept across reopen"]


def _open_concurrently(url: str, n: int) -> list[BaseException]:
    errors: list[BaseException] = []

    def opener():
        try:
            open_store(url).close()
        except BaseException as exc:  # collected and asserted by the caller
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_concurrent_first_open_migrates_once(request, store_url):
    """Several processes opening a brand-new database at once (e.g. Spark executors) must not fail."""
    assert _open_concurrently(store_url, 4) == []
    with open_store(store_url) as s:
        assert s.schema_version == SCHEMA_VERSION


def test_concurrent_writers_insert_each_document_once(store_url):
    """Four threads, each with its own connection, ingest the same 30 documents: 30 rows, each inserted once."""
    open_store(store_url).close()  # create the schema first (concurrent creation is tested above)
    docs = [Document(text=f"Shared report number {i} about the ceasefire.", url=f"http://x.test/{i}") for i in range(30)]
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def writer():
        try:
            with open_store(store_url) as s:
                for d in docs:
                    out = s.add_document(Document(text=d.text, url=d.url))
                    with lock:
                        results.append(out)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert results.count("inserted") == 30 and results.count("duplicate") == 90
    with open_store(store_url) as s:
        assert s.counts()["documents"] == 30


def test_postgres_unreachable_is_a_store_error():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value) and info.value.hint


@pytest.mark.postgres
def test_same_answers_on_both_backends(tmp_path, pg_database):
    """The same scenario on SQLite and PostgreSQL gives identical query results."""
    outputs = []
    for url in (str(tmp_path / "cmp.db"), pg_database):
        with open_store(url) as s:
            docs = [Document(text=f"Report {i}: Ruritania pledged aid to Elbonia.", published_at=f"2024-0{i % 3 + 1}-0{i + 1}",
                             publisher=["Ledger", "Courier"][i % 2], url=f"http://x.test/{i % 2}") for i in range(6)]
            statuses = [s.add_document(d) for d in docs]
            for d in docs:
                s.save_analysis(_analysis(d))
            strip = lambda rows: [{k: v for k, v in r.items()} for r in rows]  # noqa: E731
            outputs.append({
                "statuses": statuses,
                "docs": [d.to_dict() for d in s.iter_documents()],
                "events": strip(s.query_events(limit=1000)),
                "claims": strip(s.query_claims(limit=1000)),
                "commitments": strip(s.query_commitments()),
                "actors": [a.to_dict() for a in s.list_actors()],
                "counts": s.counts(),
                "search": sorted(h["id"] for h in s.search_documents("Elbonia aid")),  # rankings differ by design
            })
    sqlite_out, pg_out = outputs
    for key in sqlite_out:
        assert sqlite_out[key] == pg_out[key], key


def test_query_mentions_filters_and_order(any_store):
    doc = Document(text="Ruritania pledged artillery to Elbonia. Officials said the border talks stalled.",
                   published_at="2024-02-11")
    any_store.add_document(doc)
    any_store.save_analysis(_analysis(doc))
    rows = any_store.query_mentions()
    assert [(r["text"], r["actor_id"], r["method"]) for r in rows] == [("Elbonia", "ELB", "fuzzy"), ("Ruritania", "RUR", "exact")]
    assert rows[0]["published_at"] == "2024-02-11"
    assert [r["text"] for r in any_store.query_mentions(actor_id="RUR")] == ["Ruritania"]
    assert any_store.query_mentions(doc_id="doc_other") == []
