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


def stored_events(store, doc_ids: set[str]) -> int:
    """Events now in the store from the documents ``doc_ids``."""
    per_doc = Counter(r["doc_id"] for r in store.read_sql("SELECT doc_id FROM events"))
    return sum(n for doc, n in per_doc.items() if doc in doc_ids)


def events_phrase(found: int, stored: int) -> str:
    """``"5680 events"`` or ``"5680 events (8 merged into events of the same id)"``."""
    merged = found - stored
    return f"{stored} events" + (f" ({merged} merged into events of the same id)" if merged > 0 else "")
