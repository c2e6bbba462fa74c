"""Empty inputs are named for what they are (newuser14).

A researcher's JSON Lines export held a record whose "text" was an empty string: ingest said "no text field
(text/body/content/…) in this line — map the field holding the article text", which sent them looking for another
field; the field was there and empty. A URL whose server answered 200 with an empty body was reported as "file is
empty — remove the file from the input". Now the record is named as an empty text field, the page as an empty answer
from the server, with advice that fits; the other records are stored. A real store and a real HTTP server on
127.0.0.1; records written for this test."""

from __future__ import annotations

import json

import pytest
from http_fixtures import http_server  # noqa: F401

import cablegram
from cablegram.config import Settings


FERRY = ("<html><body><p>The ferry line from Holmstad to Varby will reopen in May after two years of repairs.</p>"
         "</body></html>")


@pytest.fixture()
def server(http_server):
    """The base URL of a real server on 127.0.0.1: /empty answers 200 with no body, /ferry a short page."""
    http_server.route("/empty", b"")
    http_server.route("/ferry", FERRY)
    return http_server.base_url


def test_an_empty_text_field_is_named_as_empty_not_missing(tmp_path):
    records = tmp_path / "export.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"title": "Pier closed", "text": "", "date": "2031-05-12"},
        {"title": "Pier reopened", "body": "   ", "date": "2031-05-13"},
        {"title": "No body at all", "date": "2031-05-14"},
        {"title": "Ferry", "text": "The ferry line from Holmstad to Varby will reopen in May.", "date": "2031-05-15"},
    ]) + "\n", encoding="utf-8")
    store = cablegram.open_store(str(tmp_path / "e.db"))
    summary = cablegram.ingest_sources(store, [str(records)])
    by_line = {e.source.rsplit(":", 1)[1]: e for e in summary.errors}
    assert summary.inserted == 1 and sorted(by_line) == ["1", "2", "3"]
    assert by_line["1"].code == "empty_input" and "text field 'text' is empty" in str(by_line["1"])
    assert "--jsonl-field" not in by_line["1"].hint
    assert by_line["2"].code == "empty_input" and "text field 'body' is empty" in str(by_line["2"])
    assert by_line["3"].code == "invalid_record" and "no text field" in str(by_line["3"])  # missing: map a field
    assert "--jsonl-field" in by_line["3"].hint
    store.close()


def test_an_empty_page_is_the_servers_empty_answer_not_a_file(tmp_path, server):
    store = cablegram.open_store(str(tmp_path / "u.db"))
    settings = Settings(db=str(tmp_path / "u.db"), fetch_allow_hosts=["127.0.0.1"])
    summary = cablegram.ingest_sources(store, [f"{server}/empty", f"{server}/ferry"], settings)
    assert summary.inserted == 1 and len(summary.errors) == 1
    error = summary.errors[0]
    assert error.code == "empty_input" and error.source == f"{server}/empty"
    assert "server sent an empty page" in str(error) and "file" not in str(error) and "URL" in error.hint
    empty_file = tmp_path / "blank.txt"
    empty_file.write_text("\n", encoding="utf-8")
    local = cablegram.ingest_sources(store, [str(empty_file)]).errors[0]
    assert local.code == "empty_input" and "file is empty" in str(local) and "Remove the file" in local.hint
    store.close()
