"""What `cablegram process` reports: events as stored, not as found (events of one id are one row)."""

from __future__ import annotations

from collections import Counter


def documents_to_process(store, reprocess: bool, include_flagged: bool) -> set[str]:
    """Ids of the documents ``process_store`` will analyse (same selection: not imported, not held back
    unless ``include_flagged``; all documents when ``reprocess``, else the unprocessed ones)."""
    from ..ingest.quality import holds_back

    rows = store.read_sql("SELECT id, meta, quality, processed_version FROM documents")
    return {r["id"] for r in rows
            if (reprocess or r["processed_version"] is None)
            and not _json(r["meta"], {}).get("imported") and (include_flagged or not holds_back(_json(r["quality"], [])))}


def _json(value, empty):
    import json

    return (json.loads(value) if isinstance(value, str) else value) or empty


def superseded_processed(store, doc_ids: set[str], all_versions: bool = False) -> set[str]:
    """Those of ``doc_ids`` that a later version of the same page or file replaced: processed, but left out of
    the counts `process` reports, as the listings leave them out (none with ``all_versions``; store.versions)."""
    from ..store.versions import superseded_among

    return superseded_among(store, doc_ids, all_versions)


def superseded_note(n: int) -> str:
    """`` (1 of them a superseded version, …)`` after the number of processed documents, or ``""``."""
    if not n:
        return ""
    return (f" ({n} of them {'a superseded version' if n == 1 else 'superseded versions'} of a changed page or "
            f"file, not counted below; --all-versions counts {'it' if n == 1 else 'them'})")


def stored_events(store, doc_ids: set[str]) -> int:
    """Events now in the store from the documents ``doc_ids``."""
    per_doc = Counter(r["doc_id"] for r in store.read_sql("SELECT doc_id FROM events"))
    return sum(n for doc, n in per_doc.items() if doc in doc_ids)


def confident_events(store, doc_ids: set[str], floor: float) -> int:
    """Events of the documents ``doc_ids`` that `cablegram events` lists by default: confidence at least
    ``floor`` and both actors resolved (the rule of store.actor_ids), not rejected by an analyst."""
    from ..store.actor_ids import resolved_pair_sql

    rows = store.read_sql(f"SELECT r.doc_id FROM events r WHERE r.confidence >= ? AND {resolved_pair_sql('r')} "
                          "AND r.id NOT IN (SELECT record_id FROM corrections WHERE record_table = 'events' "
                          "AND action = 'reject')", [floor])
    return sum(1 for r in rows if r["doc_id"] in doc_ids)


def events_phrase(found: int, stored: int, confident: int | None = None) -> str:
    """``"5680 events (2113 confident)"`` or ``"5680 events (2113 confident; 8 found twice in one sentence and kept once)"`` — the same act
    (type, actors, trigger word) coded twice from one sentence is stored once (their ids agree)."""
    merged = found - stored
    notes = ([] if confident is None else [f"{confident} confident"]) + (
        [f"{merged} found twice in one sentence and kept once"] if merged > 0 else [])
    return f"{stored} event{'' if stored == 1 else 's'}" + (f" ({'; '.join(notes)})" if notes else "")


def untraced_articles(store, doc_ids: set[str], primary_publishers) -> tuple[int, int]:
    """(articles among ``doc_ids`` with no saved trace, primary sources in the store) — the same test of
    primary as the trace service: marked primary, a primary publisher, or an official site."""
    from types import SimpleNamespace

    from ..provenance.clusters import is_primary

    rows = store.read_sql("SELECT id, url, publisher, is_primary FROM documents")
    primaries = {r["id"] for r in rows
                 if is_primary(SimpleNamespace(is_primary=bool(r["is_primary"]), url=r["url"], publisher=r["publisher"]),
                               primary_publishers)}
    if not primaries:
        return 0, 0
    traced = {r["doc_id"] for r in store.read_sql("SELECT DISTINCT doc_id FROM alignments")}
    return len(doc_ids - primaries - traced), len(primaries)
