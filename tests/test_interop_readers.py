"""GDELT, POLECAT and PLOVER readers on files written here, imported into a real store."""

from __future__ import annotations

import csv
import json

import pytest

from cablegram.errors import InputError
from cablegram.interop import ActorMapper, import_events, read_events
from cablegram.interop.readers import GDELT1_COLUMNS, GDELT2_COLUMNS, ReadReport


@pytest.fixture(scope="module")
def mapper_kb():
    return ActorMapper.with_kb()


def _gdelt_row(columns, **values) -> list[str]:
    row = {c: "" for c in columns}
    row.update(values)
    return [row[c] for c in columns]


GDELT_ROWS = [
    dict(GlobalEventID="1001", Day="20240305", Actor1Code="USAGOV", Actor1Name="UNITED STATES", Actor1CountryCode="USA",
         Actor2Code="RUSMIL", Actor2Name="", Actor2CountryCode="", EventCode="042", EventRootCode="04",
         ActionGeo_FullName="Geneva, Switzerland", DATEADDED="20240305121500", SOURCEURL="https://news.example/a"),
    dict(GlobalEventID="1002", Day="20240305", Actor1Code="NATO", Actor1Name="NATO", EventCode="0841",
         Actor2Code="UKR", Actor2Name="UKRAINE", DATEADDED="20240305130000", SOURCEURL="https://news.example/a"),
    dict(GlobalEventID="1003", Day="20240306", Actor1Code="FRA", Actor1Name="FRANCE", EventCode="010",
         SOURCEURL="https://news.example/b"),  # public statement: no PLOVER type
    dict(GlobalEventID="1004", Day="20240306", Actor1Code="XYZREB", Actor1Name="REBEL GROUP", EventCode="193",
         SOURCEURL="https://news.example/b"),
]


def _check_gdelt(items, report):
    assert report.read == 4 and report.skipped == {"CAMEO root 01 has no PLOVER type": 1}
    assert [(i.event.type, i.event.mode) for i in items] == [("CONSULT", "visit"), ("RETREAT", "release"),
                                                            ("ASSAULT", "firearms")]
    first, second, third = (i.event for i in items)
    assert (first.source_actor, first.target_actor) == ("USA", "RUS")  # name, then code prefix
    assert (second.source_actor, second.target_actor) == ("IGO.NATO", "UKR")
    assert third.source_actor is None and third.source_text == "REBEL GROUP"
    assert first.date == "2024-03-05" and first.place == "Geneva, Switzerland"
    assert items[0].doc_key == items[1].doc_key == "https://news.example/a"
    assert (first.sentence_index, second.sentence_index) == (0, 1)
    assert items[0].publisher == "news.example" and items[0].published_at == "2024-03-05T12:15:00Z"


@pytest.mark.parametrize("layout", ["v2-tsv", "v1-tsv", "header-csv", "jsonl"])
def test_gdelt_layouts(tmp_path, mapper_kb, layout):
    path = tmp_path / f"gdelt-{layout}.txt"
    if layout in ("v2-tsv", "v1-tsv"):
        columns = GDELT2_COLUMNS if layout == "v2-tsv" else GDELT1_COLUMNS
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter="\t").writerows(_gdelt_row(columns, **r) for r in GDELT_ROWS)
    elif layout == "header-csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.upper() for c in GDELT2_COLUMNS])  # case of the header does not matter
            writer.writerows(_gdelt_row(GDELT2_COLUMNS, **r) for r in GDELT_ROWS)
    else:
        path = tmp_path / "gdelt.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in GDELT_ROWS), encoding="utf-8")
    report = ReadReport()
    items = list(read_events(path, "gdelt", mapper_kb, report))
    _check_gdelt(items, report)


POLECAT_HEADER = ["Event ID", "Event Date", "Event Type", "Event Mode", "Contexts", "Actor Name", "Actor Country",
                  "Recipient Name", "Recipient Country", "Placename", "Source", "Publication Date", "Story ID"]


def test_polecat_tsv_imports_into_store(tmp_path, store, mapper_kb):
    path = tmp_path / "polecat.txt"
    rows = [
        ["p1", "2023-06-01", "ACCUSE", "allege", "military;diplomatic", "Antony Blinken", "USA", "Russia", "RUS",
         "Washington", "Example Wire", "2023-06-02", "s1"],
        ["p2", "2023-06-01", "consult", "", "", "Fictional Official; Another Person", "XNL", "", "", "", "Example Wire",
         "2023-06-02", "s1"],
        ["p3", "2023-06-03", "CRIME", "", "", "Someone", "", "", "", "", "Example Wire", "2023-06-03", "s2"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(POLECAT_HEADER)
        writer.writerows(rows)
    expected_person = [a.id for a in mapper_kb.kb.lookup("Antony Blinken")]
    summary = import_events(store, path, "polecat", mapper_kb)
    assert summary.read == 3 and summary.imported == 2 and summary.documents_created == 1
    assert summary.skipped == {"event type CRIME is not a PLOVER type": 1}
    events = sorted(store.query_events(limit=10), key=lambda e: e["sentence_index"])
    accuse, consult = events
    assert accuse["type"] == "ACCUSE" and accuse["mode"] == "allege" and accuse["context"] == ["military", "diplomatic"]
    assert accuse["target_actor"] == "RUS" and accuse["date"] == "2023-06-01" and accuse["place"] == "Washington"
    if len(expected_person) == 1:
        assert accuse["source_actor"] == expected_person[0]
    assert consult["type"] == "CONSULT" and consult["source_text"] == "Fictional Official; Another Person"
    assert consult["source_actor"] is None  # neither name nor the fictional country is known
    doc = store.get_document(accuse["doc_id"])
    assert doc.meta == {"imported": "polecat"} and doc.publisher == "Example Wire"
    assert store.counts()["unprocessed"] == 0  # import documents are never re-run through the NLP pipeline


def test_plover_gold_style_records(tmp_path, mapper_kb):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([
        {"id": "x1", "date": "2000-01-01", "event": "DEMAND", "mode": "", "text": "Norland urged Sudmark to talk.",
         "source": [{"actorText": "Norland", "code": "XNL"}], "target": [{"actorText": "Sudmark", "code": "XSM"}],
         "eventText": "urged", "eventLoc": ""},
        {"id": "x2", "event": ["FIGHT"], "text": "Troops clashed.", "source": [], "recipient": []},
        {"id": "x3", "event": "DANCE", "text": "Nothing."},
    ]), encoding="utf-8")
    report = ReadReport()
    items = list(read_events(path, "plover", mapper_kb, report))
    assert [i.event.type for i in items] == ["REQUEST", "ASSAULT"]
    first = items[0].event
    assert (first.source_actor, first.target_actor, first.trigger) == ("XNL", "XSM", "urged")
    assert first.mode is None and first.place is None and report.skipped == {"event type DANCE is not a PLOVER type": 1}


def test_without_kb_only_country_codes_map():
    mapper = ActorMapper(kb=None)
    assert mapper.resolve("RUSGOV", "RUSSIA") == "RUS"
    assert mapper.resolve(None, "Vladimir Putin") is None
    assert mapper.resolve(None, "Someone", "UKR") == "UKR"
    assert mapper.methods == {"country": 2, "unmapped": 1}


def test_unreadable_file_layout_is_refused_whole(tmp_path, store):
    path = tmp_path / "bad.txt"
    path.write_text("1\t2\t3\n", encoding="utf-8")
    with pytest.raises(InputError, match="57, 58 or 61 columns") as info:
        import_events(store, path, "gdelt", ActorMapper(kb=None))
    assert str(path) in str(info.value)
    assert store.counts()["documents"] == 0


@pytest.mark.parametrize("fmt,content,message,good", [
    ("gdelt", '{"GlobalEventID": "1"}\n', "no EventCode", 0),
    ("polecat", "Event ID\tEvent Type\np1\tAGREE\tEXTRA\n", "expected 2 columns", 0),
    ("plover", '{"event": "AGREE"}\n{not json\n', "invalid JSON", 1),
    ("plover", '{"id": "a"}\n', "no \"event\"", 0),
    ("jsonl", '{"type": "AGREE"}\n', "no doc_id", 0),
    ("jsonl", '{"doc_id": "d1", "type": "AGREE", "x": ' + "[" * 5000 + "]" * 5000 + '}\n', "nested", 0),
    ("jsonl", '{"doc_id": "d1", "type": "AGREE", "\\udc80": 1}\n', "surrogate", 0),
])
def test_bad_lines_are_reported_with_their_number_and_the_rest_imported(tmp_path, store, fmt, content, message, good):
    path = tmp_path / ("bad.jsonl" if content.startswith("{") else "bad.txt")
    path.write_text(content, encoding="utf-8")
    summary = import_events(store, path, fmt, ActorMapper(kb=None))
    assert len(summary.errors) == 1 and message in summary.errors[0]
    assert summary.errors[0].startswith(f"{path}:")
    assert store.counts()["documents"] == good


def test_missing_file_and_unknown_format(tmp_path, store):
    with pytest.raises(InputError, match="not found"):
        import_events(store, tmp_path / "nope.tsv", "gdelt", ActorMapper(kb=None))
    with pytest.raises(InputError, match="unknown import format"):
        import_events(store, tmp_path / "nope.tsv", "icews", ActorMapper(kb=None))
