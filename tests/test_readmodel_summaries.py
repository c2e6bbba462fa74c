"""The per-actor summary tables (store/summaries.py) on real stores: they equal a count over the base
tables after inserts, reprocessing, corrections, raw writes plus a rebuild, and on reopening a store
made before they existed; the actor profile reads them with the same answers as a direct count."""

from __future__ import annotations

import sqlite3

from cablegram.records import Analysis, Event, Mention
from cablegram.store import corrections, open_store, readmodel
from test_api_sample import build_sample

# Independent reference: the counts straight from events / mentions, as the pages computed them before.
_REFERENCE = {
    "actor_links": "SELECT source_actor, target_actor, type, COUNT(*) AS n FROM events WHERE source_actor IS NOT NULL "
                   "AND target_actor IS NOT NULL AND source_actor != target_actor GROUP BY source_actor, target_actor, type",
    "actor_names": "SELECT actor_id, text, COUNT(*) AS n FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, text",
    "actor_roles": "SELECT m.actor_id, m.role_on_date, d.published_at, COUNT(*) AS n FROM mentions m JOIN documents d "
                   "ON d.id = m.doc_id WHERE m.actor_id IS NOT NULL AND m.role_on_date IS NOT NULL "
                   "GROUP BY m.actor_id, m.role_on_date, d.published_at",
    "table_rows": "SELECT name, n FROM (" + " UNION ALL ".join(
        f"SELECT '{t}' AS name, COUNT(*) AS n FROM {t}" for t in ("analyses", "mentions", "events", "claims", "commitments"))
        + ") c WHERE n > 0",
}
_STORED = {"table_rows": "SELECT name, n FROM table_rows",
           "actor_links": "SELECT source_actor, target_actor, type, n FROM actor_links",
           "actor_names": "SELECT actor_id, text, n FROM actor_names",
           "actor_roles": "SELECT actor_id, role, published_at, n FROM actor_roles"}


def _rows(store, sql: str) -> set[tuple]:
    return {tuple(None if v == "" else (int(v) if k == "n" else v) for k, v in r.items()) for r in store.read_sql(sql)}


def assert_summaries_right(store) -> None:
    for name, sql in _REFERENCE.items():
        stored = _rows(store, _STORED[name])
        assert stored == _rows(store, sql), name
        assert all(row[-1] > 0 for row in stored), f"{name} keeps rows counted down to zero"


def _reanalyse(store, doc, events, mentions) -> None:
    store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(doc.text)]], language="en", pipeline_version="test2",
                                 events=events, mentions=mentions))


def test_summaries_follow_inserts_and_reprocessing(any_backend_store):
    store = any_backend_store
    docs = build_sample(store)
    assert_summaries_right(store)
    assert _rows(store, "SELECT actor_id, text, n FROM actor_names WHERE actor_id = 'person:ida-marten'") == {
        ("person:ida-marten", "Ida Marten", 2)}

    threat = docs["threat"]
    sentence = threat.text.split(". ")[0]
    # Reprocessing changes a type, drops two events, adds a new dyad and a new spelling with an office.
    _reanalyse(store, threat,
               [Event(threat.id, 0, sentence, "ACCUSE", source_actor="RUR", target_actor="POL"),
                Event(threat.id, 0, sentence, "REJECT", source_actor="POL", target_actor="FRD")],
               [Mention(threat.id, 0, 9, "Ruritania", "RUR", 0),
                Mention(threat.id, 0, 9, "the Ruritanian king", "RUR", 0, "head_of_state")])
    assert_summaries_right(store)
    assert not _rows(store, "SELECT * FROM actor_links WHERE type = 'THREATEN'")
    assert readmodel.roles_seen(store, "RUR") == [
        {"role": "head_of_state", "first_seen": threat.published_at, "last_seen": threat.published_at, "n": 1}]

    # The same analysis again changes nothing; an empty one removes the document's share entirely.
    before = {name: _rows(store, sql) for name, sql in _STORED.items()}
    _reanalyse(store, threat,
               [Event(threat.id, 0, sentence, "ACCUSE", source_actor="RUR", target_actor="POL"),
                Event(threat.id, 0, sentence, "REJECT", source_actor="POL", target_actor="FRD")],
               [Mention(threat.id, 0, 9, "Ruritania", "RUR", 0),
                Mention(threat.id, 0, 9, "the Ruritanian king", "RUR", 0, "head_of_state")])
    assert {name: _rows(store, sql) for name, sql in _STORED.items()} == before
    _reanalyse(store, threat, [], [])
    assert_summaries_right(store)
    assert store.counts()["events"] == 3 and store.counts()["mentions"] == 3
    assert readmodel.counterpart_network(store, "RUR") == []
    assert readmodel.name_variants(store, "RUR") == []


def test_actor_profile_matches_a_direct_count(any_backend_store):
    store = any_backend_store
    build_sample(store)
    for actor in ("SYL", "FRD", "person:ida-marten", "RUR", "POL", "nobody"):
        direct = store.read_sql(
            "SELECT source_actor, target_actor, type, COUNT(*) AS n FROM events WHERE (source_actor = ? OR target_actor = ?) "
            "AND source_actor IS NOT NULL AND target_actor IS NOT NULL AND source_actor != target_actor "
            "GROUP BY source_actor, target_actor, type", [actor, actor])
        expected = {(r["target_actor"] if r["source_actor"] == actor else r["source_actor"], r["type"],
                     "out" if r["source_actor"] == actor else "in", int(r["n"])) for r in direct}
        network = readmodel.counterpart_network(store, actor)
        assert {(n["counterpart"], n["type"], n["direction"], n["n"]) for n in network} == expected
        assert [n["n"] for n in network] == sorted((n["n"] for n in network), reverse=True)
    assert readmodel.roles_seen(store, "person:ida-marten") == [
        {"role": "foreign_minister", "first_seen": "2024-03-01", "last_seen": "2024-03-02", "n": 2}]


def test_corrections_leave_machine_counts(any_backend_store):
    """Summaries count machine rows (as the actor page always did); an analyst's rejection or correction
    changes listings, not these counts, and a later reprocessing keeps them right."""
    store = any_backend_store
    docs = build_sample(store)
    event = store.query_events(actor="RUR", type="THREATEN")[0]
    corrections.add_correction(store, "events", event["id"], "reject", reason="a forecast, not a threat")
    corrections.add_correction(store, "events", store.query_events(type="AID")[0]["id"], "correct", "type",
                               "COOPERATE", reason="a loan, not a gift")
    assert_summaries_right(store)
    threat = docs["threat"]
    _reanalyse(store, threat, [Event(threat.id, 0, threat.text[:40], "THREATEN", source_actor="RUR", target_actor="POL")],
               [])
    assert_summaries_right(store)


def test_rebuild_after_raw_writes_and_on_first_open(tmp_path):
    path = str(tmp_path / "old.db")
    with open_store(path) as store:
        docs = build_sample(store)
        # A write that bypasses save_analysis (e.g. a bulk load) leaves the summaries behind until rebuilt.
        store.conn.execute("INSERT INTO events (id, doc_id, sentence_index, type, source_actor, target_actor, sort_date) "
                           "VALUES ('evt_raw', ?, 0, 'AID', 'POL', 'SYL', '2024-03-05')", [docs["threat"].id])
        assert ("POL", "SYL", "AID", 1) not in _rows(store, _STORED["actor_links"])
        counts = store.rebuild_summaries()
        assert counts["actor_links"] == len(_rows(store, _STORED["actor_links"])) > 0
        assert_summaries_right(store)
        expected = {name: _rows(store, sql) for name, sql in _STORED.items()}
    # A file made before the summary tables existed: they are created and filled when it is opened.
    conn = sqlite3.connect(path)
    for name in _STORED:
        conn.execute(f'DROP TABLE "{name}"')
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert {name: _rows(store, sql) for name, sql in _STORED.items()} == expected
        assert_summaries_right(store)


def test_publisher_filter_same_answer_by_id_list_and_by_walk(any_backend_store):
    """The publisher filter lists matching documents' ids when they are few and checks each event's
    document otherwise; both give the events a direct join gives, in timeline order."""
    store = any_backend_store
    build_sample(store)
    for publisher in ("evening", "Courier", "i", "nobody"):
        direct = [r["id"] for r in store.read_sql(
            "SELECT r.id FROM events r JOIN documents d ON d.id = r.doc_id WHERE lower(d.publisher) LIKE ? "
            "ORDER BY r.sort_date DESC, r.doc_id, r.sentence_index", [f"%{publisher.lower()}%"])]
        by_list = [e["id"] for e in store.query_events(publisher=publisher)]
        store.publisher_list_max = 0  # as if thousands of documents matched
        by_walk = [e["id"] for e in store.query_events(publisher=publisher)]
        store.publisher_names_max = 0  # as if hundreds of publisher names matched: the pattern itself is used
        by_pattern = [e["id"] for e in store.query_events(publisher=publisher)]
        del store.publisher_list_max, store.publisher_names_max
        assert by_list == by_walk == by_pattern == direct, publisher
    assert len(store.query_events(publisher="i")) == 6


def test_claims_of_a_claimant_same_answer_sorted_or_walked(any_backend_store, monkeypatch):
    """A claimant's claims are sorted after an index read when few, else found by walking documents
    newest first; both orders agree."""
    from cablegram.records import Claim

    store = any_backend_store
    docs = build_sample(store)
    for doc in docs.values():
        sentences = doc.text.split(". ")
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(doc.text)]], language="en", pipeline_version="t",
                                     claims=[Claim(doc.id, i, s, "named", claimant="FRD", claimant_text="Freedonia",
                                                   cue="said") for i, s in enumerate(sentences)]))
    sorted_ids = [c["id"] for c in readmodel.list_claims(store, claimant="FRD", limit=100)]
    monkeypatch.setattr(readmodel, "_SORT_MAX", 2)
    walked = [c["id"] for c in readmodel.list_claims(store, claimant="FRD", limit=100)]
    page = [c["id"] for c in readmodel.list_claims(store, claimant="FRD", limit=3, offset=2)]
    assert walked == sorted_ids and len(walked) == 9 and page == walked[2:5]
    dates = [store.get_document(c["doc_id"]).published_at for c in readmodel.list_claims(store, claimant="FRD")]
    assert dates == sorted(dates, reverse=True)


def test_reindex_command_rebuilds_after_a_bulk_load(tmp_path):
    import json

    from typer.testing import CliRunner

    from cablegram.cli import app

    path = str(tmp_path / "bulk.db")
    with open_store(path) as store:
        docs = build_sample(store)
        store.conn.execute("DELETE FROM table_rows")  # as after a load that bypassed save_analysis
        store.conn.execute("INSERT INTO mentions (id, doc_id, text, actor_id) VALUES ('men_raw', ?, 'Polska', 'POL')",
                           [docs["threat"].id])
    result = CliRunner().invoke(app, ["--db", path, "reindex", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["table_rows"] == 5
    with open_store(path) as store:
        assert_summaries_right(store)
        assert store.counts()["mentions"] == 6
        assert {"text": "Polska", "n": 1} in readmodel.name_variants(store, "POL")
    missing = CliRunner().invoke(app, ["--db", str(tmp_path / "nothing.db"), "reindex"])
    # A mistyped path is the store-not-found error naming it (printed with its hint by cablegram's main).
    assert missing.exit_code != 0 and "nothing.db" in str(missing.exception)
    assert getattr(missing.exception, "code", None) and missing.exception.hint


def _ledger_order(store) -> list[str]:
    """Commitment ids in the ledger's order computed straight from dates: own date, else publication date."""
    rows = store.read_sql("SELECT r.id FROM commitments r JOIN documents d ON d.id = r.doc_id "
                          "ORDER BY COALESCE(r.date, d.published_at) DESC, r.doc_id, r.sentence_index, r.id")
    return [r["id"] for r in rows]


def test_commitments_listed_by_their_date_else_publication(any_backend_store):
    from cablegram.records import Commitment

    store = any_backend_store
    docs = build_sample(store)
    for key, dates in (("primary", ("2024-02-20", None)), ("threat", (None, "2023-12-31"))):
        doc = docs[key]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(doc.text)]], language="en", pipeline_version="t",
                                     commitments=[Commitment(doc.id, i, doc.text[:30], "FRD", "SYL", "military", date=d,
                                                             status="pledged") for i, d in enumerate(dates)]))
    listed = [c["id"] for c in store.query_commitments()]
    assert len(listed) == 5 and listed == _ledger_order(store)
    assert [c["sort_date"] for c in store.query_commitments(doc_id=docs["threat"].id)] == ["2024-03-05", "2023-12-31"]


def test_commitments_of_an_older_file_get_their_sort_date_on_open(tmp_path):
    path = str(tmp_path / "old.db")
    with open_store(path) as store:
        build_sample(store)
        expected = _ledger_order(store)
        store.conn.execute("UPDATE commitments SET sort_date = NULL")  # as written before the column existed
    with open_store(path) as store:
        assert store.read_sql("SELECT COUNT(*) AS n FROM commitments WHERE sort_date IS NULL")[0]["n"] == 0
        assert [c["id"] for c in store.query_commitments()] == expected


def test_summary_tables_are_hidden_in_datasette():
    from cablegram.store import summaries
    from cablegram.store.datasette import datasette_metadata

    tables = datasette_metadata()["databases"]["cablegram"]["tables"]
    assert all(tables.get(name) == {"hidden": True} for name in summaries.SUMMARIES)
