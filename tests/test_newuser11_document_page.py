"""The article page says what to do when an article is not traced, and does not call a primary source
untraced (newuser11: a readout's page said "Not traced against primary sources yet"). A real store served by
the real app."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from test_api_sample import build_sample

from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.records import Alignment


def _page(client, doc_id: str) -> str:
    resp = client.get(f"/documents/{doc_id}")
    assert resp.status_code == 200, resp.text
    return resp.text


def test_untraced_article_primary_source_and_traced_article_each_say_what_they_are(store, tmp_path):
    docs = build_sample(store)
    article = docs["article"]
    sentences = store.get_alignments(article.id)
    store.save_alignments(article.id, [*sentences, Alignment(article.id, 3, "Reporting by a staff writer.", "other")])
    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))

    untraced = _page(client, docs["threat"].id)
    assert 'id="not-traced"' in untraced and "cablegram trace --all" in untraced
    assert f"POST /api/documents/{docs['threat'].id}/trace" in untraced

    primary = _page(client, docs["primary"].id)
    assert 'id="not-traced"' not in primary and 'id="primary-source"' in primary

    traced = _page(client, article.id)
    assert 'id="not-traced"' not in traced and 'id="trace-summary"' in traced
    summary = traced[traced.index('id="trace-summary"'):traced.index("</p>", traced.index('id="trace-summary"'))]
    assert re.search(r"1 supported.*1 altered.*1 added.*1 other", " ".join(re.sub(r"<[^>]+>", " ", summary).split()))
