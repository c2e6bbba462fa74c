"""The article page shows a document's events and claims as corrected by analysts (newuser13).

An analyst corrected an event's type and a claim's claimant kind, and rejected an event, through the REST API; the
listings and exports changed, but the article page still showed the machine's type and kind and the rejected event's
badge (it drew them from the raw analysis). Now the page shows the stored records with corrections applied,
leaves rejected ones out, and each event badge links to the event's page (where the correction form is), also
after a re-process. Real pipeline, real SQLite store, the app served by uvicorn on 127.0.0.1; a text written for
this test."""

from __future__ import annotations

import re

import httpx

import cablegram
from cablegram.config import Settings
from cablegram.records import Document
from live_api import live_api

TEXT = ("HOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo met Sudmark's "
        "foreign minister Piet Dellin in Holmstad on Thursday, the Norland foreign ministry said. Observers say the two "
        "governments could settle their quarrel over fishing rights before winter.\n")


def _badges(html: str) -> dict[int, str]:
    rows = {int(m.group(1)): m.group(0) for m in re.finditer(r'<p class="sent [^"]*" id="s(\d+)".*?</p>', html, re.S)}
    return rows


def test_corrections_and_rejections_show_on_the_article_page(tmp_path):
    db = str(tmp_path / "c.db")
    doc = Document(text=TEXT, title="Talks on the ferry line", publisher="Harbour Post", published_at="2025-10-09")
    with cablegram.open_store(db) as store:
        store.add_document(doc)
        pipeline = cablegram.Pipeline.from_settings(Settings(db=db))
        cablegram.process_store(store, pipeline)
        meeting = [e for e in store.list_events(all=True) if e["type"] == "CONSULT" and e["trigger"] == "met"]
        others = [e for e in store.list_events(all=True) if e["sentence"].startswith("Observers")]
        assert len(meeting) == 1 and others, store.list_events(all=True)
        settings = Settings(db=db, api_token="t0ken")
        with live_api(settings, store) as base:
            claims = httpx.get(f"{base}/api/claims").json()["items"]
            observers = [c for c in claims if c["sentence"].startswith("Observers")]
            assert observers and observers[0]["claimant_kind"] == "analysts", claims
            auth = {"Authorization": "Bearer t0ken"}
            for body in ({"record_id": meeting[0]["id"], "action": "correct", "field": "type", "value": "COOPERATE",
                          "reason": "a test of the page"},
                         {"record_id": observers[0]["id"], "action": "correct", "field": "claimant_kind",
                          "value": "anonymous", "reason": "a test of the page"},
                         {"record_id": others[0]["id"], "action": "reject", "reason": "a test of the page"}):
                answer = httpx.post(f"{base}/api/corrections", json=body, headers=auth)
                assert answer.status_code in (200, 201), answer.text
            page = httpx.get(f"{base}/documents/{doc.id}").text
        rows = _badges(page)
        meeting_row = next(r for r in rows.values() if "Karin Arvo" in r)
        assert f'href="/events/{meeting[0]["id"]}"' in meeting_row, meeting_row
        assert ">COOPERATE</a>" in meeting_row and ">CONSULT<" not in meeting_row, meeting_row
        assert "corrected by an analyst" in meeting_row, meeting_row
        observers_row = next(r for r in rows.values() if "Observers say" in r)
        assert "ck-anonymous" in observers_row and "ck-analysts" not in observers_row, observers_row
        assert f'/events/{others[0]["id"]}"' not in page  # the rejected event has no badge

        cablegram.process_store(store, pipeline, reprocess=True)
        with live_api(settings, store) as base:
            again = _badges(httpx.get(f"{base}/documents/{doc.id}").text)
        assert ">COOPERATE</a>" in next(r for r in again.values() if "Karin Arvo" in r)
        assert f'/events/{others[0]["id"]}"' not in "".join(again.values())
