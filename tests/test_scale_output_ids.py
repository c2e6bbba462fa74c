"""`run-distributed` output holds each record id once: an act found twice in one sentence (a title and the
name in apposition resolve to one actor, so both events get one id) was written twice to the Parquet events
table, a duplicate primary key, while a store keeps one. The row kept is the one a store keeps (the last);
the Parquet loaded into a real store gives what saving the analysis directly gives."""

from __future__ import annotations

from cablegram.records import Analysis, Document, Event
from cablegram.scale.output import analysis_rows, load_parquet_into_store, read_output, write_part
from cablegram.store import open_store

RUN_AT = "2026-01-02T03:04:05+00:00"
SENTENCE = "The Sudrian president, Mara Olen, met the Norland envoy in Harbourtown on Monday."


def _analysis(doc: Document) -> Analysis:
    def consult(source_text: str) -> Event:
        return Event(doc_id=doc.id, sentence_index=0, sentence=SENTENCE, type="CONSULT", source_actor="XSD",
                     target_actor="XNL", source_text=source_text, target_text="Norland envoy", trigger="met")

    other = Event(doc_id=doc.id, sentence_index=1, sentence="Norland later thanked Sudria.", type="SUPPORT",
                  source_actor="XNL", target_actor="XSD", source_text="Norland", target_text="Sudria", trigger="thanked")
    return Analysis(doc_id=doc.id, events=[consult("Sudrian president"), consult("Mara Olen"), other],
                    pipeline_version="test")


def test_one_row_per_event_id_the_one_a_store_keeps(tmp_path):
    doc = Document(text=SENTENCE + " Norland later thanked Sudria.", title="Talks")
    analysis = _analysis(doc)
    assert analysis.events[0].id == analysis.events[1].id  # the case: two records, one id

    write_part(tmp_path / "out", analysis_rows(doc, analysis, RUN_AT))
    events = read_output(tmp_path / "out")["events"]
    assert len(events) == len({e["id"] for e in events}) == 2
    assert {e["source_text"] for e in events} == {"Mara Olen", "Norland"}

    with open_store(str(tmp_path / "loaded.db")) as loaded, open_store(str(tmp_path / "direct.db")) as direct:
        load_parquet_into_store(loaded, tmp_path / "out")
        direct.add_document(doc)
        direct.save_analysis(_analysis(doc))
        rows = {e["id"]: e["source_text"] for e in loaded.query_events(limit=10)}
        assert rows == {e["id"]: e["source_text"] for e in direct.query_events(limit=10)}
