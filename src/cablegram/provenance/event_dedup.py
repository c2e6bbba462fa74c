"""Event-level de-duplication: one canonical event per happening reported by several documents of a story.

Events of documents in the same story cluster (:mod:`cablegram.provenance.clusters`) that have the same
PLOVER type, the same dyad (source actor, target actor), the same day and the same modality describe one
happening — the GDELT problem of one kidnapping counted once per article that reports it. Modality is in
the key because an act that happened, one that is only planned and one that is denied are different
happenings. The trigger is not: a rewrite names the same act with another verb. A document in no
cluster is its own story, so one act reported in several paragraphs of a live blog collapses even
before ``cablegram clusters`` has run; two distinct acts of one type between one pair on one day (two
accusations in one morning) count as one happening, since the day is the finest unit the key has. :func:`canonical_links` maps
every such event to the id of one canonical event (the one from the cluster's earliest document, then
the earliest sentence); :func:`unique_event_counts` counts unique happenings with the number of
documents that reported each.

Inputs are event rows as the store returns them (``dict`` with ``id``, ``doc_id``, ``sentence_index``,
``type``, ``source_actor``, ``target_actor``, ``date``, ``modality``) or :class:`~cablegram.records.Event` objects,
and :class:`~cablegram.records.Cluster` objects (``doc_ids``, ``earliest_doc_id``). Events with a missing
actor or date are never merged (the key would be too loose); a document in no cluster is its own story.
:func:`link_store_events` writes the links to a store (``events.canonical_id``; ``cablegram clusters`` runs it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..store.corrections import apply_corrections

__all__ = ["dedup_key", "canonical_links", "unique_event_counts", "stored_events", "link_store_events"]

_KEY_COLUMNS = "id, doc_id, sentence_index, type, source_actor, target_actor, date, modality"


def _get(event: Any, name: str) -> Any:
    return event.get(name) if isinstance(event, dict) else getattr(event, name, None)


def _cluster_of(clusters: Iterable[Any]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """doc id → cluster id, and cluster id → member doc ids in publication order (earliest first)."""
    of, members = {}, {}
    for c in clusters:
        cid = _get(c, "id")
        docs = list(_get(c, "doc_ids") or [])
        earliest = _get(c, "earliest_doc_id")
        if earliest in docs:
            docs.remove(earliest)
            docs.insert(0, earliest)
        members[cid] = docs
        for d in docs:
            of.setdefault(d, cid)
    return of, members


def dedup_key(event: Any, cluster_id: str) -> tuple | None:
    """(cluster, type, source, target, day, modality) of an event, or None when it must stay on its own.
    A missing modality counts as ``"occurred"`` (the records' default)."""
    source, target, day = _get(event, "source_actor"), _get(event, "target_actor"), (_get(event, "date") or "")[:10]
    if not (source and target and len(day) == 10):
        return None
    return cluster_id, _get(event, "type"), source, target, day, _get(event, "modality") or "occurred"


def _groups(events: Iterable[Any], clusters: Iterable[Any]) -> tuple[list[list[Any]], dict[str, list[str]]]:
    of, members = _cluster_of(clusters)
    groups: dict[tuple, list[Any]] = defaultdict(list)
    singles: list[list[Any]] = []
    for ev in events:
        doc = _get(ev, "doc_id")
        key = dedup_key(ev, of.get(doc, f"doc:{doc}"))
        if key is None:
            singles.append([ev])
        else:
            groups[key].append(ev)
    rank = {d: i for docs in members.values() for i, d in enumerate(docs)}

    def order(ev):
        return (rank.get(_get(ev, "doc_id"), 1 << 30), _get(ev, "doc_id") or "", _get(ev, "sentence_index") or 0,
                _get(ev, "id") or "")
    return [sorted(g, key=order) for g in groups.values()] + singles, members


def canonical_links(events: Iterable[Any], clusters: Iterable[Any]) -> dict[str, str]:
    """event id → canonical event id, for every event that shares a happening with an event of another
    document or sentence (the canonical event maps to itself). Events that stand alone are left out."""
    groups, _ = _groups(events, clusters)
    links = {}
    for group in groups:
        if len(group) < 2:
            continue
        canonical = _get(group[0], "id")
        for ev in group:
            links[_get(ev, "id")] = canonical
    return links


def unique_event_counts(events: Iterable[Any], clusters: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per unique happening: ``canonical_id``, ``type``, ``source_actor``, ``target_actor``, ``date``,
    ``modality``, ``events`` (how many event records), ``documents`` (how many distinct documents reported it) and
    ``doc_ids``; most reported first, then by day, document and sentence."""
    groups, _ = _groups(events, clusters)
    rows, place = [], {}
    for group in groups:
        first = group[0]
        place[_get(first, "id")] = (_get(first, "doc_id") or "", _get(first, "sentence_index") or 0)
        docs = list(dict.fromkeys(_get(ev, "doc_id") for ev in group))
        rows.append({"canonical_id": _get(first, "id"), "type": _get(first, "type"),
                     "source_actor": _get(first, "source_actor"), "target_actor": _get(first, "target_actor"),
                     "date": (_get(first, "date") or "")[:10] or None,
                     "modality": _get(first, "modality") or "occurred", "events": len(group), "documents": len(docs),
                     "doc_ids": docs})
    rows.sort(key=lambda r: (-r["documents"], -r["events"], r["date"] or "", place[r["canonical_id"]],
                             r["canonical_id"] or ""))
    return rows


def stored_events(store, batch: int = 1000) -> list[dict[str, Any]]:
    """The de-duplication fields (``id``, ``doc_id``, ``sentence_index``, ``type``, ``source_actor``,
    ``target_actor``, ``date``, ``modality``) of every event in ``store``, with analysts' corrections applied (corrected
    values overlaid, rejected events left out)."""
    rows = store.read_sql(f"SELECT {_KEY_COLUMNS} FROM events ORDER BY doc_id, sentence_index, id")
    out: list[dict[str, Any]] = []
    for i in range(0, len(rows), batch):
        out += apply_corrections(store, "events", rows[i:i + batch])
    return out


def link_store_events(store, clusters: Iterable[Any] | None = None) -> dict[str, str]:
    """Recompute the canonical links of all stored events and save them in one transaction
    (``store.set_canonical_ids(..., replace=True)``: earlier links are cleared first).

    ``clusters``: the story clusters (default: ``store.list_clusters()``). Returns event id → canonical
    event id for the linked events (a canonical event links to itself); unlinked events get NULL."""
    clusters = store.list_clusters() if clusters is None else list(clusters)
    links = canonical_links(stored_events(store), clusters)
    store.set_canonical_ids(links.items(), replace=True)
    return links
