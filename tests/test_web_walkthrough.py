"""The README's workbench walk-through, end to end on real news: ingest the Guardian sample with the CLI,
process it, find the five actors with most conflict events in the data's last month on the overview,
open one event's sentence, correct the event through the page's form, download the corrected events
as CSV. A real uvicorn server on 127.0.0.1; the data is read from ../shared/data (skipped when absent).

To keep the suite fast the test ingests the sample's articles from 2019-02-15 on (the two months
the walk-through looks at), written to a temporary JSONL file; the README ingests the whole file.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from urllib.parse import unquote_plus

import httpx
import pytest

from cablegram.config import Settings
from cablegram.store import open_store
from cablegram.store.actor_ids import is_actor_id
from cablegram.store.readmodel import confidence_floor
from cablegram.web.overview import QUADS
from live_api import live_api

TOKEN = "walkthrough-token"
MONTH = ("2019-03-01", "2019-03-31")


def cli(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "cablegram", *args], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def guardian_db(shared_data, tmp_path_factory):
    source = shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl"
    if not source.exists():
        pytest.skip(f"{source} missing")
    work = tmp_path_factory.mktemp("walkthrough")
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    subset = work / "guardian-recent.jsonl"
    subset.write_text("".join(json.dumps(r) + "\n" for r in rows if r["date"] >= "2019-02-15"), encoding="utf-8")
    db = work / "guardian.db"
    assert "ingested" in cli("--db", str(db), "ingest", str(subset)).stdout
    processed = cli("--db", str(db), "process")
    assert "processed" in processed.stdout and "next:" in processed.stdout
    assert "loading the NLP pipeline" in processed.stderr
    return db


@pytest.fixture(scope="module")
def site(guardian_db):
    store = open_store(str(guardian_db))
    with live_api(Settings(db=str(guardian_db), api_token=TOKEN), store) as base, \
            httpx.Client(base_url=base, timeout=60, follow_redirects=True) as client:
        yield client, store
    store.close()


def conflict_counts(store, floor: float) -> dict[str, int]:
    """Conflict events per actor (as source or target) in the month, counted straight from the events table;
    as the confident view, both slots must hold a real actor id (raw text of an unresolved name does not count)."""
    known = {r["id"] for r in store.read_sql("SELECT id FROM actors", [])}
    types = QUADS["conflict"]
    marks = ",".join("?" for _ in types)
    rows = store.read_sql(f"SELECT source_actor, target_actor FROM events WHERE type IN ({marks}) AND confidence >= ? "
                          "AND source_actor IS NOT NULL AND target_actor IS NOT NULL "
                          "AND substr(sort_date, 1, 10) >= ? AND substr(sort_date, 1, 10) <= ?", [*types, floor, *MONTH])
    counts: dict[str, int] = {}
    for r in rows:
        if not (is_actor_id(r["source_actor"], known) and is_actor_id(r["target_actor"], known)):
            continue
        for actor in {r["source_actor"], r["target_actor"]} - {None}:
            counts[actor] = counts.get(actor, 0) + 1
    return counts


def test_walkthrough(site):
    client, store = site
    floor = confidence_floor(Settings(db="unused"))
    # 1. The five actors with most conflict events last month, from the overview page.
    page = client.get("/overview", params={"quad": "conflict", "date_from": MONTH[0], "date_to": MONTH[1]})
    assert page.status_code == 200
    block = page.text.split('id="counts-by_actor"', 1)[1].split("</section>", 1)[0]
    shown = [(unquote_plus(html.unescape(aid)), int(n)) for aid, n in
             re.findall(r'actor=([^&"]+)[^"]*">[^<]*</a>\s*</td>\s*<td class="num">(\d+)</td>', block)][:5]
    counts = conflict_counts(store, floor)
    assert len(shown) == 5 and all(counts[a] == n for a, n in shown)
    assert [n for _, n in shown] == sorted(counts.values(), reverse=True)[:5]
    top = shown[0][0]
    # 2. One event's sentence: the timeline for that actor and month, then the event's evidence page.
    params = {"actor": top, "date_from": MONTH[0], "date_to": MONTH[1]}
    timeline = client.get("/", params=params)
    event_id = re.search(r'href="/events/(evt_[0-9a-f]+)"', timeline.text).group(1)
    event = store.read_sql("SELECT * FROM events WHERE id = ?", [event_id])[0]
    evidence = client.get(f"/events/{event_id}")
    text = html.unescape(re.sub(r"<[^>]+>", "", evidence.text.split('id="evidence-sentence">', 1)[1].split("</blockquote>")[0]))
    assert text == event["sentence"]
    link = re.search(r'href="(/documents/[^"#]+#s\d+)" id="record-doc-link"', evidence.text).group(1)
    article = client.get(link.split("#")[0])
    assert article.status_code == 200 and f'id="{link.split("#")[1]}"' in article.text
    # 3. Correct the event through the page's form (the token typed into it).
    new_type = "COERCE" if event["type"] != "COERCE" else "ASSAULT"
    saved = client.post("/corrections", data={"record_id": event_id, "action": "correct", "field": "type",
                                              "value": new_type, "reason": "walk-through correction", "token": TOKEN})
    assert saved.status_code == 200 and "corrected by an analyst" in saved.text  # followed the redirect
    # 4. Download the corrected events as CSV, with the list's filters.
    download = client.get("/download/events.csv", params=params)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(download.text))}
    assert rows[event_id]["type"] == new_type and rows[event_id]["correction"] == "corrected"
    assert all(r["correction"] == "" for i, r in rows.items() if i != event_id)
    known = {r["id"] for r in store.read_sql("SELECT id FROM actors", [])}
    expected = [r for r in store.read_sql(
        "SELECT id, source_actor, target_actor FROM events WHERE (source_actor = ? OR target_actor = ?) "
        "AND confidence >= ? AND substr(sort_date, 1, 10) >= ? AND substr(sort_date, 1, 10) <= ?",
        [top, top, floor, *MONTH]) if is_actor_id(r["source_actor"], known) and is_actor_id(r["target_actor"], known)]
    assert len(rows) == len(expected)
