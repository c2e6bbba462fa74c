"""JSON Lines that broke readers: a line nested 5,000 deep, lone surrogates in keys and values.

Every reader (ingest of files and URLs, the API, `import-events`, actor files) reports the bad line with
its number and goes on with the next one; none of them crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import ingest_sources
from cablegram.jsonlines import MAX_DEPTH, parse_json_line
from cablegram.kb.loader import read_actors

DEEP = '{"text": "deep", "x": ' + "[" * 5000 + "]" * 5000 + "}"
SURROGATE_KEY = '{"text": "A ferry route reopened.", "\\udc80x": 1}'
SURROGATE_NESTED = '{"text": "A ferry route reopened.", "extra": {"k": ["\\ud800"]}}'
GOOD = '{"text": "The river ferry resumed service on Monday.", "title": "good"}'


@pytest.mark.parametrize("line,words", [(DEEP, "nested"), (SURROGATE_KEY, "surrogate"), (SURROGATE_NESTED, "surrogate"),
                                        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nested")])
def test_parse_refuses_with_an_input_error(line, words):
    with pytest.raises(InputError, match=words) as info:
        parse_json_line(line, "f.jsonl:7", "fix it")
    assert info.value.source == "f.jsonl:7"


def test_reasonable_nesting_is_fine():
    assert parse_json_line("[" * MAX_DEPTH + "]" * MAX_DEPTH, "w", "h") is not None


def test_ingest_file_reports_each_bad_line_and_keeps_the_good(store, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([DEEP, SURROGATE_KEY, GOOD, SURROGATE_NESTED]) + "\n", encoding="utf-8")
    summary = ingest_sources(store, [str(path)], Settings())
    assert summary.inserted == 1 and [d.title for d in store.iter_documents()] == ["good"]
    assert sorted(src for src, _ in summary.failed) == [f"{path}:1", f"{path}:2", f"{path}:4"]


def test_ingest_url_through_the_api(store, http_server):
    url = http_server.route("/dump.jsonl", "\n".join([DEEP, GOOD, SURROGATE_KEY]), content_type="application/x-ndjson")
    client = TestClient(create_app(Settings(db=store.path, api_token="t", fetch_allow_networks=["127.0.0.1/32"]), store))
    resp = client.post("/api/ingest", json={"url": url}, headers={"Authorization": "Bearer t"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["inserted"] == 1 and [f[0] for f in resp.json()["failed"]] == [f"{url}:1", f"{url}:3"]


def test_actor_file_bad_lines_go_to_on_error(tmp_path):
    path = tmp_path / "actors.jsonl"
    good = json.dumps({"id": "org:river-board", "name": "River Board", "type": "organisation"})
    path.write_text("\n".join([DEEP, good, '{"id": "x", "name": "\\ud800"}']) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    actors = list(read_actors(path, on_error=errors.append))
    assert [a.id for a in actors] == ["org:river-board"]
    assert [e.source for e in errors] == [f"{path}:1", f"{path}:3"]
    with pytest.raises(InputError, match="nested"):  # without on_error: a clean error, never RecursionError
        list(read_actors(path))


def test_import_events_cli_reports_lines_and_imports_the_rest(tmp_path):
    good = json.dumps({"doc_id": "doc_river", "type": "AGREE", "sentence": "They agreed.", "sentence_index": 0})
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join([good, DEEP.replace('"text"', '"doc_id"'), '{"doc_id": "d", "\\udc80": 1, "type": "AGREE"}'])
                    + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), "import-events", str(path), "--format",
                           "jsonl"], capture_output=True, text=True, timeout=120, env={**os.environ})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"{path}:2" in proc.stderr and f"{path}:3" in proc.stderr
    assert "imported 1 events" in proc.stdout
