"""Near-duplicates (batch and incremental), story clusters, candidate sources, store round trips and the CLI."""

from __future__ import annotations

import json
import random

from datasketch import MinHash

from cablegram.config import Settings
from cablegram.provenance.candidates import find_candidates
from cablegram.provenance.clusters import build_clusters, cluster_store
from cablegram.provenance.dedup import DedupIndex, DedupParams, near_duplicate_pairs, shingles, signatures
from cablegram.provenance.embeddings import load_embedder
from cablegram.records import Document

STORY = ("The foreign minister of Norland met the Ostrian envoy in Kell on Monday to discuss grain exports through the northern port. "
         "Both sides agreed to reopen the rail link that was closed after the spring floods. "
         "A joint commission will inspect the bridges before the first trains run in May. "
         "Officials in Kell said the convoys would carry wheat, barley and seed potatoes for the winter.")
REWRITE = ("Both sides agreed to reopen the rail link that was closed after the spring floods, officials said. "
           "The foreign minister of Norland hosted the Ostrian envoy in Kell on Monday to discuss grain exports via the northern port. "
           "Officials in Kell said convoys would carry wheat, barley and seed potatoes for winter. "
           "A joint commission will inspect the bridges before the first trains run in May.")
OTHER = ("Heavy rain flooded the lower valley overnight, closing three roads and the railway bridge near Smolt. "
         "Rescue teams evacuated forty families from riverside houses, and schools in the district stay shut until Friday.")


def test_signatures_equal_datasketch_minhash():
    params = DedupParams()
    hv, _ = shingles([STORY], params.k)
    ref = MinHash(num_perm=params.num_perm, seed=params.seed, hashfunc=lambda x: x)
    ref.update_batch([int(h) for h in hv])
    assert (signatures([STORY], params)[0] == ref.hashvalues).all()


def test_batch_pairs_find_rewrite_only():
    pairs = near_duplicate_pairs([STORY, OTHER, REWRITE, "", "and the of"])
    assert [(i, j) for i, j, _ in pairs] == [(0, 2)]
    assert pairs[0][2] > 0.4


def test_incremental_index():
    index = DedupIndex()
    assert index.add("a", STORY) == []
    assert index.add("b", OTHER) == []
    found = index.add("c", REWRITE)
    assert [x[0] for x in found] == ["a"]
    assert index.query(OTHER)[0][0] == "b"
    assert index.add("d", "") == [] and "d" in index and len(index) == 4


def test_batch_scales_and_stays_precise(shared_data):
    texts = []
    for line in (shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl").read_text(encoding="utf-8").splitlines()[:120]:
        texts.append(json.loads(line)["text"])
    rng = random.Random(3)
    planted = set()
    for i in range(0, 40):
        sents = texts[i].split(". ")
        rng.shuffle(sents)
        planted.add((i, len(texts)))
        texts.append(". ".join(sents) + " An extra closing paragraph was added by the copying site for its readers.")
    got = {(i, j) for i, j, _ in near_duplicate_pairs(texts)}
    assert len(got & planted) >= 38
    assert len(got - planted) <= 2


def _doc(text, day, publisher=None, primary=False, title=None):
    return Document(text=text, published_at=day, publisher=publisher, is_primary=primary, title=title)


def test_clusters_tree_and_store(store):
    primary = _doc(STORY, "2024-03-04", "Ministry of Foreign Affairs of Norland")
    copy1 = _doc(REWRITE, "2024-03-05", "Daily Kell")
    copy2 = _doc(REWRITE + " Markets in Kell reacted calmly to the news.", "2024-03-06", "Valley Post")
    late = _doc(REWRITE + " An archive note.", "2024-05-30", "Archive")
    other = _doc(OTHER, "2024-03-05", "Smolt Radio")
    clusters = build_clusters([copy2, other, copy1, primary, late], primary_publishers=["ministry"])
    assert len(clusters) == 1
    c = clusters[0]
    assert set(c.doc_ids) == {primary.id, copy1.id, copy2.id}  # `late` is outside the 7-day window
    assert c.earliest_doc_id == primary.id and c.primary_doc_id == primary.id
    assert [e[1] for e in c.edges] == [copy1.id, copy2.id]
    assert c.edges[1][0] == copy1.id  # copy2 derives from its closest earlier document
    for d in (primary, copy1, copy2, other):
        store.add_document(d)
    saved = cluster_store(store, Settings(primary_publishers=["ministry"]))
    assert store.list_clusters()[0].doc_ids == saved[0].doc_ids


def test_candidates_and_alignment_round_trip(store):
    from cablegram.provenance.trace import trace

    primary = _doc(STORY, "2024-03-04", "Ministry of Foreign Affairs of Norland")
    stale = _doc(STORY.replace("Monday", "Tuesday"), "2023-01-01", "Ministry of Foreign Affairs of Norland")
    unrelated = _doc(OTHER, "2024-03-04", "Ministry of Water of Smolt")
    article = _doc(REWRITE + " Analysts expect prices to fall.", "2024-03-05", "Daily Kell")
    for d in (primary, stale, unrelated, article):
        store.add_document(d)
    emb = load_embedder("auto")
    found = find_candidates(store, article, Settings(), embedder=emb)
    assert found and found[0].document.id == primary.id
    assert stale.id not in [c.document.id for c in found]
    report = trace(article, [found[0].document], embedder=emb)
    store.save_alignments(article.id, report.alignments())
    back = store.get_alignments(article.id)
    assert [a.label for a in back] == [s.label for s in report.sentences]
    assert back[-1].label == "added" and back[-1].attribution == "analysts"
    assert back[0].evidence[0].doc_id == primary.id


def test_cli_trace_json_and_errors(tmp_path):
    from typer.testing import CliRunner

    from cablegram.cli import app

    art = tmp_path / "article.txt"
    src = tmp_path / "readout.txt"
    art.write_text(REWRITE + "\nAnalysts expect prices to fall.\n", encoding="utf-8")
    src.write_text(STORY + "\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    res = runner.invoke(app, ["--db", db, "trace", str(art), "--source", str(src), "--json", "--save"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["sentences"][-1]["label"] == "added" and data["summary"]["supported"] >= 3
    res = runner.invoke(app, ["--db", db, "trace", str(art), "--source", str(tmp_path / "missing.txt")])
    assert res.exit_code != 0
    res = runner.invoke(app, ["--db", db, "dedup", "--json"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["--db", db, "clusters"])
    assert res.exit_code == 0, res.output
