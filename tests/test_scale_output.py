"""The distributed runners' inputs and Parquet output, without an engine or a spaCy model."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cablegram.errors import InputError
from cablegram.records import Actor, Analysis, Claim, Commitment, Document, Event, Mention
from cablegram.scale.inputs import documents_from_bytes, input_files, local_path
from cablegram.scale.output import analysis_rows, error_row, load_parquet_into_store, read_output, write_part

RUN_AT = "2026-01-02T03:04:05+00:00"


def _analysis(doc: Document) -> Analysis:
    return Analysis(doc_id=doc.id, sentences=[[0, 30]], language="en", pipeline_version="t-1",
                    mentions=[Mention(doc.id, 0, 9, "Ruritania", "RUR")],
                    events=[Event(doc.id, 0, doc.text, "AID", source_actor="RUR", context=["military"], reported_speech=True),
                            Event(doc.id, 0, doc.text, "CONSULT", source_actor="RUR", target_actor="ELB")],
                    claims=[Claim(doc.id, 0, doc.text, "anonymous", cue="said", hedges=["may"])],
                    commitments=[Commitment(doc.id, 0, doc.text, donor="RUR", amount=2e6, items=["tents"])],
                    new_actors=[Actor("ELB", "Elbonia", "state", is_new=True)])


def test_parquet_round_trip_and_load_is_idempotent(tmp_path, store):
    docs = [Document(text=f"Ruritania sent {i} convoys of aid to Elbonia.", title=f"t{i}", meta={"i": i}) for i in range(3)]
    rows = [r for d in docs for r in analysis_rows(d, _analysis(d), RUN_AT)]
    rows.append(error_row({"source": "x.jsonl:3", "code": "input_error", "message": "invalid JSON", "hint": "fix it"}))
    counts = write_part(tmp_path / "out", rows[:9])
    counts2 = write_part(tmp_path / "out", rows[9:])
    assert counts["documents"] + counts2["documents"] == 3 and counts["events"] + counts2["events"] == 6
    write_part(tmp_path / "out", rows[9:])  # a retried task rewrites its own file: no duplicates
    out = read_output(tmp_path / "out")
    assert len(out["documents"]) == 3 and len(out["errors"]) == 1 and out["errors"][0]["source"] == "x.jsonl:3"
    assert [r["ordinal"] for r in out["events"] if r["doc_id"] == docs[0].id] == [0, 1]
    summary = load_parquet_into_store(store, tmp_path / "out")
    assert (summary["inserted"], summary["analyses"], summary["errors"]) == (3, 3, 1)
    assert load_parquet_into_store(store, tmp_path / "out")["duplicate"] == 3
    for d in docs:
        got = store.get_analysis(d.id)
        want = _analysis(d)
        for kind in ("mentions", "events", "claims", "commitments"):
            assert [r.to_dict() for r in getattr(got, kind)] == [r.to_dict() for r in getattr(want, kind)], kind
        assert store.get_document(d.id).meta == {"i": d.meta["i"]}
    assert store.get_actor("ELB").is_new is True
    c = store.counts()
    assert (c["documents"], c["events"], c["claims"], c["commitments"], c["unprocessed"]) == (3, 6, 3, 3, 0)


def test_load_rejects_a_folder_that_is_not_output(tmp_path, store):
    with pytest.raises(InputError, match="no documents/ folder"):
        load_parquet_into_store(store, tmp_path)


def test_inputs_jsonl_parquet_text_and_errors(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "One article.", "date": "2024-03-05", "title": "A"}\n{"broken\n', encoding="utf-8")
    table = pa.table({"body": ["Parquet article text.", ""], "headline": ["P", "empty"]})
    pq.write_table(table, tmp_path / "b.parquet")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00\x00garbage")  # not text
    (tmp_path / "_SUCCESS").write_text("")
    files = input_files(tmp_path)
    assert [f.rsplit("/", 1)[1] for f in files] == ["a.jsonl", "b.parquet", "c.txt"]
    items = [i for f in files for i in documents_from_bytes("file:" + f, open(f, "rb").read(), RUN_AT,
                                                                jsonl_fields={"text": "body", "title": "headline"}
                                                                if f.endswith(".parquet") else None)]
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, dict)]
    assert [d.text for d in docs] == ["One article.", "Parquet article text."]
    assert docs[0].published_at == "2024-03-05" and docs[1].title == "P" and docs[1].meta["line"] == 1
    assert all(d.fetched_at == RUN_AT and not d.source.startswith("file:") for d in docs)
    assert len(errors) == 3 and all(e["message"] and e["source"] for e in errors)
    assert {e["source"].rsplit("/", 1)[1] for e in errors} == {"a.jsonl:2", "b.parquet:2", "c.txt"}
    assert local_path("file:///x/y.jsonl") == "/x/y.jsonl"


def test_input_files_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        input_files(tmp_path / "missing")
    (tmp_path / "x.bin").write_bytes(b"\x00")
    with pytest.raises(InputError, match="no readable files"):
        input_files(tmp_path)


def test_inputs_pass_the_ingest_quality_checks(tmp_path):
    """The distributed runners flag documents as ``cablegram ingest`` does (encoding, language, furniture)."""
    russian = ("Министр иностранных дел провёл переговоры с коллегой из соседней страны. "
               "Стороны обсудили поставки зерна и восстановление железной дороги.")
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    (tmp_path / "banner.txt").write_text("We value your privacy. Accept all cookies or manage preferences.\n",
                                         encoding="utf-8")
    docs = {f.rsplit("/", 1)[1]: next(documents_from_bytes(f, open(f, "rb").read(), RUN_AT))
            for f in input_files(tmp_path)}
    assert docs["ru.txt"].language == "ru" and docs["ru.txt"].text == russian
    assert "encoding_repaired" in docs["ru.txt"].quality
    assert "boilerplate" in docs["banner.txt"].quality


def test_held_back_documents_are_stored_but_not_coded(tmp_path, store):
    from cablegram.ingest.quality import holds_back
    from cablegram.scale.partition import PipelineSpec, analyse_partition

    banner = Document(text="We value your privacy. Accept all cookies or manage preferences.", source="b.txt",
                      quality=["boilerplate"])
    assert holds_back(banner)
    # A model that does not exist: building the pipeline would fail, so nothing held back is coded.
    rows = list(analyse_partition([banner], PipelineSpec(model="no_such_model_xx"), RUN_AT))
    assert [table for table, _ in rows] == ["documents"]
    out = tmp_path / "out"
    write_part(out, rows, name="00000")
    summary = load_parquet_into_store(store, out)
    assert summary["documents"] == 1 and summary["analyses"] == 0
    stored = store.get_document(banner.id)
    assert stored is not None and "boilerplate" in stored.quality
