"""`cablegram trace --all` accounts for every stored article (newuser34).

Its line counted traced, sourceless, unrelated and failed articles but not those it skipped as already traced, so
on a store of three articles, one traced before by `cablegram trace DOC_ID`, it said "traced 0 articles; 1 without
a candidate source …, 1 unrelated …, 0 failed": one article was missing and nothing said why or what to do. Now the
line ends with how many were already traced and that `--retrace` traces them again. Real SQLite store, real
embedder, real console entry point."""

from __future__ import annotations

import re

from cablegram.cli import main
from cablegram.records import Document
from cablegram.store import open_store
from test_api_sample import build_sample

FERRY = ("The ferry operator of Lusk cancelled all crossings on Sunday because of a storm warning. "
         "Passengers were offered refunds or seats on the Tuesday sailing.")


def counts(line: str) -> dict[str, int]:
    found = {}
    for pattern, key in ((r"traced (\d+) articles?;", "traced"), (r"(\d+) without a candidate source", "no_source"),
                         (r"(\d+) unrelated", "unrelated"), (r"(\d+) failed", "failed"),
                         (r"(\d+) already traced", "skipped")):
        match = re.search(pattern, line)
        found[key] = int(match.group(1)) if match else 0
    return found


def test_trace_all_counts_the_articles_it_skips(tmp_path, capsys):
    db = str(tmp_path / "trace_all.db")
    with open_store(db) as store:
        build_sample(store)  # one primary readout, one article with a saved trace, one untraced article
        store.add_document(Document(text=FERRY, title="Storm stops ferries", publisher="Harbour Post",
                                    published_at="2024-03-03"))
        articles = [d for d in store.iter_documents() if not d.is_primary]
        traced_before = [d for d in articles if store.get_alignments(d.id)]
    assert len(articles) == 3 and len(traced_before) == 1

    main(["--db", db, "trace", "--all"])
    line = capsys.readouterr().out
    first = counts(line)
    assert first["skipped"] == 1 and "`--retrace` traces it again" in line
    assert sum(first.values()) == len(articles), line

    main(["--db", db, "trace", "--all", "--retrace"])
    line = capsys.readouterr().out
    again = counts(line)
    assert "already traced" not in line
    assert sum(again.values()) == len(articles), line
