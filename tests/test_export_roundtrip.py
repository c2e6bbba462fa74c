"""Exports of a real SQLite store, read back: export → import gives the same records."""

from __future__ import annotations

import csv
import json

import pytest

from cablegram.errors import InputError
from cablegram.export import EXPORT_TABLES, columns, export_table, iter_rows
from cablegram.interop import import_events
from cablegram.records import Actor, Alignment, Analysis, Claim, Commitment, Document, Event, Evidence, Mention
from cablegram.store import open_store
from cablegram.store.schema import TABLES_BY_NAME

# Fictional states and officials (XNL = Norland, XSM = Sudmark); texts written for these tests.
READOUT = ("Foreign Minister Ilse Varga of Norland received the Sudmark envoy in Brekka on 3 March. "
           "The two sides agreed to reopen the Tarn river crossing. Norland pledged €40 million for flood relief.")
ARTICLE = ("Norland’s top diplomat met Sudmark’s envoy on Monday. Analysts say a deal on the crossing may follow. "
           "Sources close to the talks suggest Norland could double its aid.")


def fill_store(store) -> dict[str, Document]:
    """Two documents with events, claims, mentions, commitments, actors and alignments."""
    readout = Document(text=READOUT, url="https://mfa.norland.example/readout-7", title="Readout: envoy visit",
                       publisher="Ministry of Foreign Affairs of Norland", published_at="2031-03-03", is_primary=True,
                       language="en")
    article = Document(text=ARTICLE, url="https://news.example/norland-sudmark", title="Talks in Brekka — what’s next",
                       publisher="Example News", published_at="2031-03-04T09:30:00Z", language="en")
    for d in (readout, article):
        assert store.add_document(d) == "inserted"
    store.upsert_actors([
        Actor(id="XNL", name="Norland", type="state", aliases=["Norlandic Republic"]),
        Actor(id="XSM", name="Sudmark", type="state"),
        Actor(id="person:ilse-varga", name="Ilse Varga", type="person", country="XNL", aliases=["I. Varga"]),
    ])
    events = [
        Event(doc_id=readout.id, sentence_index=0, sentence=READOUT.split(". ")[0] + ".", type="CONSULT", mode="host",
              context=["diplomatic"], source_actor="XNL", target_actor="XSM", source_text="Norland",
              target_text="the Sudmark envoy", trigger="received", date="2031-03-03", place="Brekka", confidence=0.81),
        Event(doc_id=readout.id, sentence_index=1, sentence="The two sides agreed to reopen the Tarn river crossing.",
              type="AGREE", source_actor="XNL", target_actor="XSM", trigger="agreed", modality="planned",
              reported_speech=False, confidence=0.66),
        Event(doc_id=article.id, sentence_index=2, sentence="Sources close to the talks suggest Norland could double its aid.",
              type="AID", mode="economic", context=["economic", "humanitarian"], source_actor="XNL", target_actor=None,
              source_text="Norland", trigger="aid", modality="hypothetical", reported_speech=True, confidence=0.4),
    ]
    store.save_analysis(Analysis(doc_id=readout.id, sentences=[[0, 10]], language="en", pipeline_version="test-1",
                                 events=events[:2],
                                 mentions=[Mention(doc_id=readout.id, start=17, end=27, text="Ilse Varga",
                                                   actor_id="person:ilse-varga", role_on_date="foreign_minister")],
                                 claims=[Claim(doc_id=readout.id, sentence_index=1, sentence="The two sides agreed.",
                                               claimant_kind="organisation", claimant="XNL", cue="agreed")],
                                 commitments=[Commitment(doc_id=readout.id, sentence_index=2,
                                                         sentence="Norland pledged €40 million for flood relief.",
                                                         donor="XNL", recipient="XSM", category="humanitarian",
                                                         amount=40e6, currency="EUR", amount_text="€40 million",
                                                         items=["flood relief"], status="pledged")]))
    store.save_analysis(Analysis(doc_id=article.id, language="en", pipeline_version="test-1", events=events[2:],
                                 claims=[Claim(doc_id=article.id, sentence_index=1, sentence="Analysts say a deal may follow.",
                                               claimant_kind="analysts", cue="say", hedges=["may"])]))
    store.save_alignments(article.id, [
        Alignment(doc_id=article.id, sentence_index=0, sentence="Norland’s top diplomat met Sudmark’s envoy on Monday.",
                  label="altered", score=0.71, differences=["actor"],
                  evidence=[Evidence(doc_id=readout.id, sentence_index=0, sentence="Foreign Minister …", score=0.8)]),
        Alignment(doc_id=article.id, sentence_index=2, sentence="Sources close to the talks suggest …",
                  label="added", score=0.1, attribution="anonymous"),
    ])
    return {"readout": readout, "article": article}


@pytest.fixture()
def filled(store):
    docs = fill_store(store)
    return store, docs


def _events(store) -> list[dict]:
    # sort_date is derived by the store (event date, else the document's date), not part of the record.
    return sorted(({k: v for k, v in r.items() if k != "sort_date"} for r in iter_rows(store, "events")),
                  key=lambda r: r["id"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover"])
def test_round_trip_into_fresh_store_gives_same_events(filled, tmp_path, fmt):
    store, _ = filled
    out = tmp_path / f"events.{fmt}"
    assert export_table(store, fmt, "events", out) == 3
    with open_store(str(tmp_path / "other.db")) as fresh:
        summary = import_events(fresh, out, fmt)
        assert summary.imported == 3 and summary.skipped == {}
        assert _events(fresh) == _events(store)
        assert summary.documents_created == 2


def test_plover_import_into_same_store_keeps_other_records(filled, tmp_path):
    store, docs = filled
    before = store.counts()
    out = tmp_path / "events.jsonl"
    export_table(store, "plover", "events", out)
    summary = import_events(store, out, "plover")
    assert summary.documents_updated == 2 and summary.documents_created == 0
    assert store.counts() == before  # same ids: events replaced by themselves, claims and mentions kept
    assert store.get_analysis(docs["readout"].id).claims[0].claimant == "XNL"


def test_plover_fields_follow_the_specification(filled, tmp_path):
    store, docs = filled
    out = tmp_path / "e.jsonl"
    export_table(store, "plover", "events", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_type = {r["event"][0]: r for r in records}
    consult = by_type["CONSULT"]
    for key in ("id", "date", "source", "recipient", "event", "event_text", "event_loc", "quad_code", "mode", "context",
                "text", "text_info", "cite_info", "coder"):
        assert key in consult
    assert consult["source"] == [{"code": "XNL", "actor_text": "Norland"}]
    assert consult["recipient"][0]["code"] == "XSM"
    assert consult["quad_code"] == 1 and consult["cameo"] == "043" and consult["event_loc"] == {"name": "Brekka"}
    assert consult["cite_info"]["publication"] == "Ministry of Foreign Affairs of Norland"
    assert consult["cite_info"]["language"] == "en"
    # no stated date: the publication date fills PLOVER's required date, and says so
    aid = by_type["AID"]
    assert aid["date"] == "2031-03-04" and aid["date_source"] == "publication" and aid["recipient"] == []
    assert aid["modality"] == "hypothetical" and aid["quad_code"] == 2


def test_csv_conventions_bom_utf8_and_nulls(filled, tmp_path):
    store, _ = filled
    out = tmp_path / "documents.csv"
    n = export_table(store, "csv", "documents", out, bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and n == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    titles = {r["title"] for r in rows}
    assert "Talks in Brekka — what’s next" in titles
    primary = {r["publisher"]: r["is_primary"] for r in rows}
    assert primary == {"Ministry of Foreign Affairs of Norland": "true", "Example News": "false"}
    assert {r["published_at"] for r in rows} == {"2031-03-03", "2031-03-04T09:30:00Z"}
    assert all(r["previous_version"] == "" for r in rows)  # null -> empty cell
    assert json.loads(rows[0]["meta"]) == {}
    # without --bom: plain UTF-8
    export_table(store, "csv", "documents", out)
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_every_table_exports_every_row_in_every_format(filled, tmp_path):
    import pyarrow.parquet as pq

    store, _ = filled
    counts = store.counts()
    for table in EXPORT_TABLES:
        jsonl = tmp_path / f"{table}.jsonl"
        n = export_table(store, "jsonl", table, jsonl)
        assert n == counts[table], table
        rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
        parquet = tmp_path / f"{table}.parquet"
        assert export_table(store, "parquet", table, parquet) == n
        read = pq.read_table(parquet)
        assert read.num_rows == n
        assert read.column_names == columns(table)
        as_json = read.to_pylist()
        for got, want in zip(as_json, rows):
            for col in TABLES_BY_NAME[table].json_columns:
                got[col] = json.loads(got[col]) if got[col] is not None else None
            assert got == want
        assert export_table(store, "csv", table, tmp_path / f"{table}.csv") == n


def test_bad_requests_are_refused_with_hints(filled, tmp_path):
    store, _ = filled
    with pytest.raises(InputError, match="needs a file"):
        export_table(store, "parquet", "events", None)
    with pytest.raises(InputError, match="cannot export table"):
        export_table(store, "csv", "secrets", tmp_path / "x.csv")
    with pytest.raises(InputError, match="unknown export format"):
        export_table(store, "xlsx", "events", tmp_path / "x.xlsx")
    with pytest.raises(InputError, match="events only"):
        export_table(store, "plover", "claims", tmp_path / "x.json")
    with pytest.raises(InputError, match="does not exist"):
        export_table(store, "csv", "events", tmp_path / "missing" / "x.csv")


def test_failed_export_keeps_the_earlier_file(filled, tmp_path):
    store, _ = filled
    out = tmp_path / "events.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")
    store.close()  # a closed store fails mid-export
    with pytest.raises(Exception):
        export_table(store, "jsonl", "events", out)
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".events")] == []
