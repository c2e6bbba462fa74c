"""An article's page does not call it "not traced yet" after `trace --all` found no source it restates (newuser34).

`cablegram trace --all` reported an article "without a candidate source" (or "unrelated to its best candidate") and
saved no trace, as it should; its dashboard page then still said "Not traced against primary sources yet: cablegram
trace --all traces every stored article", sending the user to run again what had just run. The page now says no
trace is saved and when `trace --all` saves one. The real app under uvicorn on 127.0.0.1, on a real SQLite store the
real `trace --all` worked on."""

from __future__ import annotations

import httpx
from live_api import live_api
from test_api_sample import build_sample

from cablegram.cli import main
from cablegram.config import Settings
from cablegram.records import Document
from cablegram.store import open_store

BAKERY = ("The bakers' guild of Olvey held its yearly bread fair in the old market on Saturday. "
          "Rye loaves from the hill farms won the first prize.")


def test_the_page_of_an_article_trace_all_left_without_a_source(tmp_path, capsys):
    db = str(tmp_path / "page.db")
    with open_store(db) as store:
        build_sample(store)
        fair = Document(text=BAKERY, title="Bread fair", publisher="Olvey Weekly", published_at="2024-03-02")
        store.add_document(fair)
    main(["--db", db, "trace", "--all"])
    line = capsys.readouterr().out
    assert "traced" in line
    with open_store(db) as store:
        assert store.get_alignments(fair.id) == []  # trace --all ran on it and saved nothing

    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        page = client.get(f"/documents/{fair.id}", headers={"Accept": "text/html"})
    assert page.status_code == 200
    text = " ".join(page.text.split())
    assert 'id="not-traced"' in text and "No trace saved" in text and "yet" not in text.split('id="not-traced"')[1][:400]
    assert "primary source the article restates" in text
