"""Aggregates over the ledger: totals in USD by donor, recipient, category, month; pledged vs delivered."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import InputError
from .linking import LedgerEntry, link
from .rates import RateTable

GROUP_FIELDS = ("donor", "recipient", "category", "subcategory", "status", "month")
# Statuses whose amounts count as committed (conditional offers and cancellations do not).
_COMMITTED = ("pledged", "allocated", "delivered")


def load_rows(source: Any, *, donor: str | None = None, recipient: str | None = None, category: str | None = None,
              status: str | None = None, month: str | None = None, limit: int = 100_000,
              all_versions: bool = False) -> list[dict[str, Any]]:
    """Commitment rows from a store (anything with ``query_commitments``) or an iterable of records/dicts, filtered.

    From a store, analysts' corrections are applied as in every listing (corrected values, rejected rows left
    out) before the filters, so a row corrected to ``delivered`` counts as delivered and ``status="delivered"``
    finds it; the rows of superseded document versions (a page or file changed at the same URL or path) are left
    out unless ``all_versions`` (:mod:`cablegram.store.versions`), so an edited readout's pledge counts once.
    Rows given as an iterable are taken as they are."""
    if hasattr(source, "query_commitments"):
        from ..store.corrections import apply_corrections

        # the store selects on the corrected values, so the limit counts matching rows only
        rows = apply_corrections(source, "commitments", source.query_commitments(
            donor=donor, recipient=recipient, category=category, status=status, limit=limit,
            all_versions=all_versions))
    else:
        rows = [r if isinstance(r, dict) else r.to_dict() for r in source]
    rows = [r for r in rows if _match(r, donor=donor, recipient=recipient, category=category, status=status)]
    if month:
        rows = [r for r in rows if (r.get("date") or r.get("published_at") or "").startswith(month)]
    return _with_restated(_with_story(rows, source), source)


def _with_story(rows: list[dict[str, Any]], source: Any) -> list[dict[str, Any]]:
    """Each row with ``story``: the id of the story cluster its document belongs to (when the store has clusters),
    so that reports of one story in several documents link as one commitment (:mod:`.linking`)."""
    if not hasattr(source, "list_clusters"):
        return rows
    story = {d: c.id for c in source.list_clusters() for d in c.doc_ids if len(c.doc_ids) > 1}
    if not story:
        return rows
    return [{**r, "story": story[r["doc_id"]]} if r.get("doc_id") in story and not r.get("story") else r for r in rows]


def _with_restated(rows: list[dict[str, Any]], source: Any) -> list[dict[str, Any]]:
    """Each row whose sentence a trace aligned with a sentence of its primary source (label ``supported`` or
    ``altered``) with ``restates``: that source sentence as ``doc_id#sentence``, so that an article restating a
    readout's pledge, even with another figure, links to the readout's entry (:mod:`.linking`)."""
    if not hasattr(source, "get_alignments"):
        return rows
    restated: dict[tuple[str, int], str] = {}
    for doc_id in {r.get("doc_id") for r in rows if r.get("doc_id")}:
        for a in source.get_alignments(doc_id):
            if a.label in _RESTATING and a.evidence:
                best = max(a.evidence, key=lambda e: e.score)
                restated[(doc_id, a.sentence_index)] = f"{best.doc_id}#{best.sentence_index}"
    if not restated:
        return rows
    return [{**r, "restates": restated[(r.get("doc_id"), r.get("sentence_index"))]}
            if (r.get("doc_id"), r.get("sentence_index")) in restated else r for r in rows]


_RESTATING = ("supported", "altered")


def _match(row: dict[str, Any], **filters: str | None) -> bool:
    return all(v is None or str(row.get(k) or "").lower() == v.lower() for k, v in filters.items())


def ledger(source: Any, rates: RateTable | None = None, **filters: Any) -> list[LedgerEntry]:
    """Linked ledger entries (each commitment once, with all its sources) from a store or rows.

    ``filters``: those of :func:`load_rows` (``donor``, ``recipient``, ``category``, ``status``, ``month``,
    ``all_versions``: also the commitments of superseded document versions)."""
    entries = source if _is_entries(source) else link(load_rows(source, **{k: v for k, v in filters.items()
                                                                             if k != "month"}), rates)
    month = filters.get("month")
    return [e for e in entries if not month or (e.month or "").startswith(month)]


def _is_entries(source: Any) -> bool:
    return isinstance(source, list) and bool(source) and isinstance(source[0], LedgerEntry)


def summarise(source: Any, by: Iterable[str] | str = ("donor",), rates: RateTable | None = None,
              **filters: Any) -> list[dict[str, Any]]:
    """Totals per group: ``committed_usd`` (pledged+allocated+delivered), ``delivered_usd``, ``gap_usd``
    (committed not yet delivered), ``allocated_usd``, ``pledged_usd``, ``conditional_usd``, ``cancelled_usd``,
    counts of commitments and sources, and ``unconverted`` (entries with no USD figure, left out of the
    totals and counted here so a total is never silently short). Sorted by committed_usd, largest first.
    ``filters`` as :func:`ledger`: from a store, only the latest document versions' commitments are counted
    unless ``all_versions=True``. Raises InputError for a ``by`` field not in :data:`GROUP_FIELDS`.
    """
    keys = (by,) if isinstance(by, str) else tuple(by)
    bad = [k for k in keys if k not in GROUP_FIELDS]
    if bad:
        raise InputError(f"cannot group by {', '.join(bad)}", source="by",
                         hint=f"Group by any of: {', '.join(GROUP_FIELDS)}.", code="invalid_value")
    groups: dict[tuple, dict[str, Any]] = {}
    for e in ledger(source, rates, **filters):
        k = tuple(getattr(e, name) for name in keys)
        g = groups.setdefault(k, {**dict(zip(keys, k)), "commitments": 0, "sources": 0, "committed_usd": 0.0,
                                  "pledged_usd": 0.0, "allocated_usd": 0.0, "delivered_usd": 0.0,
                                  "conditional_usd": 0.0, "cancelled_usd": 0.0, "refused_usd": 0.0, "unconverted": 0,
                                  "without_amount": 0})
        g["commitments"] += 1
        g["sources"] += len(e.sources)
        if e.amount is None:
            g["without_amount"] += 1
            continue
        if e.amount_usd is None:
            g["unconverted"] += 1
            continue
        g[f"{e.status}_usd"] = g.get(f"{e.status}_usd", 0.0) + e.amount_usd
        if e.status in _COMMITTED:
            g["committed_usd"] += e.amount_usd
    out = []
    for g in groups.values():
        g["gap_usd"] = g["committed_usd"] - g["delivered_usd"]
        for name in list(g):
            if name.endswith("_usd"):
                g[name] = round(g[name], 2)
        out.append(g)
    out.sort(key=lambda g: (-g["committed_usd"], str([g[k] for k in keys])))
    return out
