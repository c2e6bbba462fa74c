"""Every /actors/ link the dashboard renders on the demo store leads to a real actor page.

Actor slots hold resolved ids, raw text (an unresolved target such as a demonym) or several ids joined
with "; ". The pages must link only ids present in the actors table, one link per id, and show raw text
as text. The test builds the shipped demo store, crawls the dashboard's pages breadth-first from the
overview (same-site links only, bounded) and requests each distinct /actors/ link it finds.
"""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urldefrag

import pytest
from fastapi.testclient import TestClient

from cablegram.api.app import create_app
from cablegram.config import Settings
from cablegram.demo import run_demo
from cablegram.web.actor_links import actor_link, split_actor_ids

HREF = re.compile(r'href="(/[^"]*)"')
SKIP = re.compile(r"^/(static|api|downloads?|export)|\.(csv|json|jsonl|xlsx)(\?|$)|format=")


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory):
    db = tmp_path_factory.mktemp("actor-links") / "demo.db"
    run_demo(db)
    with TestClient(create_app(Settings(db=str(db)))) as client:
        yield client


def crawl(client, start: str = "/", limit: int = 250) -> tuple[set[str], set[str]]:
    """(pages visited, /actors/<id> links seen) from a breadth-first crawl of HTML pages."""
    seen, actor_links, queue = {start}, set(), deque([start])
    while queue and len(seen) < limit:
        page = client.get(queue.popleft())
        if "text/html" not in page.headers.get("content-type", ""):
            continue
        for raw in HREF.findall(page.text):
            url = urldefrag(html.unescape(raw))[0]
            if url.startswith("/actors/"):
                actor_links.add(url)
            if url in seen or SKIP.search(url):
                continue
            seen.add(url)
            queue.append(url)
    return seen, actor_links


def test_no_actor_link_on_the_demo_dashboard_returns_404(demo_client):
    pages, links = crawl(demo_client)
    assert any(p.startswith("/documents/") for p in pages), "crawl did not reach article pages"
    assert links, "crawl found no actor links at all"
    broken = sorted(u for u in links if demo_client.get(u).status_code == 404)
    assert broken == []


def test_split_actor_ids_keeps_each_joined_id():
    assert split_actor_ids("person:ana-korvell; person:peter-osman") == ["person:ana-korvell", "person:peter-osman"]
    assert split_actor_ids("Teravian") == ["Teravian"]
    assert split_actor_ids(None) == [] and split_actor_ids("") == []


def test_actor_link_links_known_ids_only():
    names = {"person:ana-korvell": "Ana Korvell", "person:peter-osman": "Peter Osman"}
    joined = str(actor_link("person:ana-korvell; person:peter-osman", names))
    assert joined.count('href="/actors/') == 2 and "Ana Korvell" in joined and "Peter Osman" in joined
    raw = str(actor_link("Halden", names))
    assert "href" not in raw and "Halden" in raw
    mixed = str(actor_link("person:ana-korvell; <Halden>", names))
    assert mixed.count("href") == 1 and "&lt;Halden&gt;" in mixed
