"""The confident default everywhere a new user looked (newuser7): `show`, `process`'s count line, the demo
line on stderr, documents without a title; through the real CLI on a real store."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.cli.process_counts import confident_events, events_phrase
from cablegram.records import Analysis, Claim, Document, Event
from cablegram.store import corrections, open_store
from test_api_sample import build_sample

# Our own words, not news text: four short paragraphs, then one long paragraph-less text.
PARAGRAPHS = ("The ministers of Freedonia and Sylvania met on Monday.\n\n"
              "They spoke about a new border crossing.\n\nNo agreement was signed.")
UNBROKEN = " ".join(f"Sentence number {i} talks about the harbour." for i in range(1, 10))


@pytest.fixture()
def sample(tmp_path):
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        docs = build_sample(store)
        threat = docs["threat"]
        analysis = store.get_analysis(threat.id)
        unsure = Event(threat.id, 2, analysis.events[0].sentence, "CONSULT", confidence=0.2)
        bare = Claim(threat.id, 0, analysis.events[0].sentence, "none")
        store.save_analysis(replace(analysis, events=[*analysis.events, unsure], claims=[*analysis.claims, bare]))
    return path, docs


def cli(db, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_show_lists_confident_events_with_confidence_and_says_how_many_more_all_shows(sample):
    db, docs = sample
    out = cli(db, "show", docs["threat"].id)
    events = out[out.index("Events"):out.index("Claims")]
    assert "THREATEN" in events and "0.50" in events  # confidence column
    assert "CONSULT" not in events  # the unconfident event is hidden …
    assert "1 more hidden" in events and "--all" in events  # … and counted
    claims = out[out.index("Claims"):]
    assert "none " not in claims and "1 more hidden" in claims
    every = cli(db, "show", docs["threat"].id, "--all")
    assert "CONSULT" in every[every.index("Events"):every.index("Claims")] and "more hidden" not in every


def test_show_applies_corrections_and_keeps_paragraphs(tmp_path):
    db = tmp_path / "p.db"
    with open_store(str(db)) as store:
        doc = Document(text=PARAGRAPHS, title="Border talks", published_at="2024-01-02")
        store.add_document(doc)
        flat = Document(text=UNBROKEN, published_at="2024-01-03")
        store.add_document(flat)
        starts = [0] + [i + 1 for i, ch in enumerate(UNBROKEN) if ch == "." and i + 1 < len(UNBROKEN)]
        spans = [[a, b] for a, b in zip(starts, [*starts[1:], len(UNBROKEN)])]
        store.save_analysis(Analysis(doc_id=flat.id, sentences=spans, language="en", pipeline_version="test"))
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 55]], language="en", pipeline_version="test",
                                     events=[Event(doc.id, 0, PARAGRAPHS[:55], "CONSULT", source_actor="FRD",
                                                   target_actor="SYL", date="2024-01-01")]))
        event = store.query_events(doc_id=doc.id)[0]
        corrections.add_correction(store, "events", event["id"], "correct", "date", "2023-12-31", reason="typo")
    out = cli(db, "show", doc.id)
    assert "\n\nThey spoke about a new border crossing.\n\n" in out
    assert "2023-12-31" in out and "corrected" in out
    flat_out = cli(db, "show", flat.id)
    assert "(no title: the text's first words)" in flat_out.splitlines()[0]
    assert "Sentence number 4 talks about the harbour.\n\nSentence number 5" in flat_out
    assert "no paragraph breaks" in flat_out


def test_process_count_line_says_how_many_events_are_confident(sample):
    db, docs = sample
    with open_store(str(db)) as store:
        ids = {d.id for d in docs.values()}
        confident = confident_events(store, ids, 0.5)
        assert confident == len(store.list_events(limit=100)) == 6  # the unsure CONSULT is not counted
        rejected = store.list_events(limit=1)[0]["id"]
        corrections.add_correction(store, "events", rejected, "reject", reason="wrong")
        assert confident_events(store, ids, 0.5) == 5
    assert events_phrase(7, 6, 4) == "6 events (4 confident; 1 found twice in one sentence and kept once)"
    assert events_phrase(6, 6, 4) == "6 events (4 confident)"


def test_documents_without_a_title_show_their_first_words_marked(tmp_path):
    db = tmp_path / "t.db"
    with open_store(str(db)) as store:
        store.add_document(Document(text=UNBROKEN, publisher="Guardian", published_at="2024-01-03"))
    table = cli(db, "documents")
    assert "Sentence number 1 talks about the harbour." in table and "(no title)" in table
    [row] = json.loads(cli(db, "documents", "-f", "json"))
    assert row["title"] is None and row["display_title"] == "Sentence number 1 talks about the harbour."


def test_commitments_summary_says_what_the_totals_leave_out_and_gives_no_gap_from_unknown_amounts(tmp_path):
    from cablegram.records import Commitment

    db = tmp_path / "c.db"
    text = "Freedonia delivered trucks to Sylvania and pledged 10 million dollars."
    with open_store(str(db)) as store:
        doc = Document(text=text, title="Aid", published_at="2024-02-01")
        store.add_document(doc)
        rows = [dict(category="military", status="delivered", amount_text="trucks"),
                dict(category="financial", status="pledged", amount=10e6, currency="USD", amount_text="10 million dollars"),
                dict(category="financial", status="conditional", amount_text="more money", sentence_index=1)]
        coms = [Commitment(doc_id=doc.id, sentence_index=r.pop("sentence_index", 0), sentence=text, donor="FRD",
                           recipient="SYL", items=[r["amount_text"]], **r) for r in rows]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(text)]], language="en",
                                     pipeline_version="test", commitments=coms))
    out = " ".join(cli(db, "commitments", "summary").split())
    assert "1 delivery without amount" in out and "unknown" in out
    assert "stored commitment(s)" in out and "conditional, cancelled or refused" in out
    [group] = json.loads(cli(db, "commitments", "summary", "-f", "json"))
    assert group["deliveries_without_amount"] == 1 and group["not_committed"] == 1


def test_search_and_its_dashboard_page_show_an_untitled_document_by_its_first_words(tmp_path):
    import httpx

    from cablegram.config import Settings
    from live_api import live_api

    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        store.add_document(Document(text=UNBROKEN, publisher="Guardian", published_at="2024-01-03"))
    line = cli(db, "search", "harbour").splitlines()[0]
    assert "— (no title) Sentence number 1 talks about the harbour." in line
    with live_api(Settings(db=str(db))) as base:
        page = httpx.get(f"{base}/search", params={"q": "harbour"}).text
    assert 'class="untitled"' in page and "Sentence number 1 talks about the harbour." in page
