"""Event-level de-duplication across the documents of one story cluster."""

from __future__ import annotations

from cablegram.provenance.event_dedup import canonical_links, unique_event_counts
from cablegram.records import Cluster, Event


def ev(doc, idx, etype="ASSAULT", src="RUS", tgt="UKR", date="2024-03-02"):
    return Event(doc_id=doc, sentence_index=idx, sentence="(own words)", type=etype, source_actor=src,
                 target_actor=tgt, date=date, trigger="struck")


def test_same_happening_in_one_cluster_links_to_the_earliest_documents_event():
    clusters = [Cluster(id="clu_a", doc_ids=["d2", "d1", "d3"], earliest_doc_id="d1", primary_doc_id=None, edges=[])]
    a1, a2, a3 = ev("d1", 4), ev("d2", 0), ev("d3", 7)
    other_day = ev("d2", 3, date="2024-03-05")
    other_type = ev("d3", 1, etype="THREATEN")
    outside = ev("d9", 0)  # same key, but its document is in no cluster: a different story
    no_target = ev("d2", 5, tgt=None)
    events = [a2, a3, a1, other_day, other_type, outside, no_target]
    links = canonical_links(events, clusters)
    assert links == {a1.id: a1.id, a2.id: a1.id, a3.id: a1.id}
    rows = unique_event_counts(events, clusters)
    assert len(rows) == 5
    top = rows[0]
    assert (top["canonical_id"], top["documents"], top["events"]) == (a1.id, 3, 3)
    assert top["doc_ids"] == ["d1", "d2", "d3"]
    assert sum(r["events"] for r in rows) == len(events)


def test_rows_from_the_store_work_like_records():
    clusters = [{"id": "c", "doc_ids": ["x", "y"], "earliest_doc_id": "y"}]
    rows = [dict(ev(d, 0).to_dict(), id=f"e{d}") for d in ("x", "y")]
    assert canonical_links(rows, clusters) == {"ex": "ey", "ey": "ey"}
