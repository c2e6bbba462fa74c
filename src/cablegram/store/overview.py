"""Aggregates for the overview dashboard: counts by type, modality, actor, publisher and day; the
actor network; places; the commitments ledger by donor and month.

Plain SQL in the dialect SQLite and PostgreSQL share (``store.read_sql``). Events an analyst
rejected (latest correction ``reject``) are left out of every count. Results are plain dicts of
lists, ready for JSON; ``data_version`` tells a cache when they may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actor_ids import resolved_pair_sql
from .corrected_filter import EventFilter, corrected_events, corrected_ids, known_actor_ids
from .versions import latest_only_sql, latest_rows


@dataclass(frozen=True)
class OverviewFilter:
    """Which events the overview counts. ``actor``: as source or target; ``source``/``target``: a dyad;
    ``types``: PLOVER types (any of); ``min_confidence``: 0-1; dates ISO (YYYY-MM or YYYY-MM-DD), inclusive;
    ``actors_resolved``: only events with both actors resolved (with the floor: the precision-first default);
    ``all_versions``: also the events of superseded document versions (left out by default: store.versions)."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    modality: str | None = None
    types: tuple[str, ...] = ()
    min_confidence: float | None = None
    date_from: str | None = None
    date_to: str | None = None
    actors_resolved: bool = False
    all_versions: bool = False

    def where(self, rejected: list[str] = ()) -> tuple[str, list[Any]]:
        """The WHERE clause over ``events r`` and its parameters; ``rejected``: event ids to leave out."""
        parts, params = ["1 = 1"], []
        for clause, value in (("r.source_actor = ?", self.source), ("r.target_actor = ?", self.target),
                              ("r.modality = ?", self.modality),
                              ("r.confidence >= ?", self.min_confidence or None), ("r.sort_date >= ?", self.date_from),
                              ("substr(r.sort_date, 1, 10) <= ?", self.date_to)):
            if value:
                parts.append(clause)
                params.append(value)
        for column, values in (("r.type", list(self.types)), ("r.id", list(rejected))):
            if values:
                parts.append(f"{column} {'NOT ' if column == 'r.id' else ''}IN ({', '.join('?' for _ in values)})")
                params += values
        if self.actors_resolved:
            parts.append(resolved_pair_sql("r"))  # real ids, not raw text (store.actor_ids)
        if self.actor:
            parts.append("(r.source_actor = ? OR r.target_actor = ?)")
            params += [self.actor, self.actor]
        return " AND ".join(parts), params


def rejected_events(store) -> list[str]:
    """Ids of events whose latest correction is a rejection (the corrections table is small)."""
    from .corrections import states

    ids = [r["record_id"] for r in store.read_sql(
        "SELECT DISTINCT record_id FROM corrections WHERE record_table = 'events' AND action = 'reject'")]
    return sorted(i for i, state in states(store, "events", ids).items() if state["status"] == "rejected")


def data_version(store) -> tuple:
    """Changes whenever events, commitments or corrections are written (a cache key part).

    Cheap at any size: the highest row ids (every write of an analysis inserts new rows) and the
    small corrections table."""
    seq = store.seq
    row = store.read_sql(f"SELECT (SELECT MAX({seq}) FROM events) AS events, (SELECT MAX({seq}) FROM commitments) AS "
                         "commitments, (SELECT COUNT(*) FROM corrections) AS corrections, "
                         "(SELECT MAX(created_at) FROM corrections) AS corrected")[0]
    return tuple(row.values())


def overview(store, flt: OverviewFilter, top: int = 15) -> dict[str, Any]:
    """All overview aggregates for the events that ``flt`` selects (rejected events left out).

    Returns {total, by_type, by_modality, by_actor, by_publisher: [{key, n}], series: {granularity,
    periods, types, counts: {type: [n per period]}}, network: [{source, target, type, n}],
    places: [{place, n}], ledger: see :func:`ledger`}. Each aggregate is one scan of the selected events."""
    skip = corrected_ids(store)  # events with a corrected filtered field: counted from their corrected rows
    where, params = flt.where(sorted(set(rejected_events(store)) | set(skip)))
    latest = latest_only_sql(store, "r.doc_id", flt.all_versions)
    if latest:
        where += " AND " + latest
    extra = latest_rows(store, _corrected_selected(store, flt), flt.all_versions) if skip else []
    rows = store.read_sql
    # One scan gives types, modalities and the daily series.
    cells = rows(f"SELECT substr(r.sort_date, 1, 10) AS day, r.type AS type, r.modality AS modality, COUNT(*) AS n "
                 f"FROM events r WHERE {where} GROUP BY substr(r.sort_date, 1, 10), r.type, r.modality", params)
    # "|| ''" groups by an expression: SQLite then scans the table once and sorts, instead of walking the
    # actor index and fetching every row for the other conditions (4x slower at 1M events).
    by_actor = rows(
        f"SELECT key, SUM(n) AS n FROM (SELECT r.source_actor || '' AS key, COUNT(*) AS n FROM events r WHERE {where} "
        f"AND r.source_actor || '' IS NOT NULL GROUP BY r.source_actor || '' UNION ALL SELECT r.target_actor || '' AS key, "
        f"COUNT(*) AS n FROM events r WHERE {where} AND r.target_actor || '' IS NOT NULL AND (r.source_actor IS NULL OR "
        f"r.target_actor != r.source_actor) GROUP BY r.target_actor || '') u GROUP BY key ORDER BY n DESC, key LIMIT ?",
        [*params, *params, top + len(extra) * 2])
    # Events per document first, then one join with the (smaller) documents table.
    by_publisher = rows(
        f"SELECT d.publisher AS key, SUM(x.n) AS n FROM (SELECT r.doc_id AS doc_id, COUNT(*) AS n FROM events r "
        f"WHERE {where} GROUP BY r.doc_id) x JOIN documents d ON d.id = x.doc_id GROUP BY d.publisher "
        f"ORDER BY n DESC, key LIMIT ?", [*params, top + len(extra)])
    places = rows(f"SELECT r.place AS place, COUNT(*) AS n FROM events r WHERE {where} AND r.place IS NOT NULL "
                  f"AND r.place != '' GROUP BY r.place ORDER BY n DESC, place LIMIT ?", [*params, 30 + len(extra)])
    links = network(store, where, params, 80 + len(extra))
    if extra:
        cells, by_actor, by_publisher, places, links = _add_corrected(
            extra, cells, _exact_actor_counts(store, extra, by_actor, where, params), by_publisher, places, links)
    return {"total": sum(c["n"] for c in cells), "by_type": _totals(cells, "type"), "by_modality": _totals(cells, "modality"),
            "by_actor": _ints(by_actor)[:top], "by_publisher": _ints(by_publisher)[:top], "series": series_from(cells),
            "network": links[:80], "places": places[:30], "ledger": ledger(store, donor=flt.actor, all_versions=flt.all_versions)}


def _corrected_selected(store, flt: OverviewFilter) -> list[dict[str, Any]]:
    """The corrected rows (store.corrected_filter) of the events ``flt`` selects by their corrected values."""
    ev = EventFilter(actor=flt.actor, source=flt.source, target=flt.target, modality=flt.modality, types=flt.types,
                     min_confidence=flt.min_confidence, date_from=flt.date_from, date_to=flt.date_to,
                     actors_resolved=flt.actors_resolved)
    found = list(corrected_events(store).values())
    known = known_actor_ids(store, found) if flt.actors_resolved else frozenset()
    return [r for r in found if not r["rejected"] and ev.matches(r, known)]


def _exact_actor_counts(store, extra: list[dict[str, Any]], by_actor: list[dict[str, Any]], where: str,
                        params: list[Any]) -> list[dict[str, Any]]:
    """``by_actor`` with the machine-column counts of the actors of ``extra`` it lacks (so adding the
    corrected events can lift an actor from below the cut)."""
    have = {g["key"] for g in by_actor}
    missing = sorted({a for r in extra for a in (r["source_actor"], r["target_actor"]) if a and a not in have})
    out = list(by_actor)
    for key in missing:
        n = store.read_sql(f"SELECT COUNT(*) AS n FROM events r WHERE {where} AND (r.source_actor = ? OR "
                           "r.target_actor = ?)", [*params, key, key])[0]["n"]
        out.append({"key": key, "n": n})
    return out


def _add_corrected(extra: list[dict[str, Any]], cells: list[dict[str, Any]], by_actor: list[dict[str, Any]], by_publisher: list[dict[str, Any]], places: list[dict[str, Any]],
                   links: list[dict[str, Any]]) -> tuple[list, list, list, list, list]:
    """The aggregates with the corrected events ``extra`` counted in, each re-sorted heaviest first."""
    def bump(groups: list[dict[str, Any]], keys: tuple[str, ...], values: list[tuple]) -> list[dict[str, Any]]:
        index = {tuple(g[k] for k in keys): dict(g, n=int(g["n"])) for g in groups}
        for value in values:
            row = index.setdefault(value, {**dict(zip(keys, value)), "n": 0})
            row["n"] += 1
        return sorted(index.values(), key=lambda g: (-g["n"], *(str(g[k]) for k in keys)))

    day = [((r["sort_date"] or "")[:10] or None, r["type"], r["modality"]) for r in extra]
    actors = [(a,) for r in extra for a in dict.fromkeys((r["source_actor"], r["target_actor"])) if a]
    return (bump(cells, ("day", "type", "modality"), day), bump(by_actor, ("key",), actors),
            bump(by_publisher, ("key",), [(r["publisher"],) for r in extra]),
            bump(places, ("place",), [(r["place"],) for r in extra if r.get("place")]),
            bump(links, ("source", "target", "type"), [(r["source_actor"] or "", r["target_actor"] or "", r["type"])
                                                       for r in extra
                                                       if (r["source_actor"] or "") != (r["target_actor"] or "")]))


def _ints(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # PostgreSQL's SUM of counts is numeric: plain ints for JSON.
    return [{"key": g["key"], "n": int(g["n"])} for g in groups]


def _totals(cells: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    totals: dict[Any, int] = {}
    for c in cells:
        totals[c[key]] = totals.get(c[key], 0) + c["n"]
    return [{"key": k, "n": n} for k, n in sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def series_from(cells: list[dict[str, Any]], max_periods: int = 120) -> dict[str, Any]:
    """Events per day (per month when the days span more than ``max_periods``), stacked by type."""
    days = sorted({c["day"] for c in cells if c["day"]})
    width = 7 if days and _days_between(days[0], days[-1]) > max_periods else 10
    counts: dict[str, dict[str, int]] = {}
    for c in cells:
        if c["day"]:
            per_type = counts.setdefault(c["type"], {})
            per_type[c["day"][:width]] = per_type.get(c["day"][:width], 0) + c["n"]
    periods = sorted({p for per_type in counts.values() for p in per_type})[-max_periods:]
    types = sorted(counts, key=lambda t: -sum(counts[t].values()))
    return {"granularity": "month" if width == 7 else "day", "periods": periods, "types": types,
            "counts": {t: [counts[t].get(p, 0) for p in periods] for t in types}}


def _days_between(lo: str, hi: str) -> int:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(hi[:10]) - dt.date.fromisoformat(lo[:10])).days
    except ValueError:
        return 0


def network(store, where: str, params: list[Any], limit: int = 80) -> list[dict[str, Any]]:
    """The strongest actor-to-actor links among the selected events: [{source, target, type, n}], heaviest first."""
    return store.read_sql(
        f"SELECT r.source_actor || '' AS source, r.target_actor || '' AS target, r.type AS type, COUNT(*) AS n "
        f"FROM events r WHERE {where} AND (r.source_actor || '') != (r.target_actor || '') "
        f"GROUP BY r.source_actor || '', r.target_actor || '', r.type ORDER BY n DESC, source, target, type LIMIT ?",
        [*params, limit])


def ledger(store, donor: str | None = None, top_donors: int = 8, all_versions: bool = False) -> dict[str, Any]:
    """Commitments in USD by donor and month: {months, donors, pledged: {donor: [usd per month]},
    delivered: {…}, unpriced: n ledger entries without a USD amount}. Commitments of superseded document
    versions only with ``all_versions`` (store.versions), as the overview's events.

    Counted by the ledger's own rule (:func:`cablegram.ledger.ledger`, as ``commitments summary``): reports of
    one commitment linked into one entry, a restatement adds a source and never an amount, a reference with no
    earlier entry counts once; pledged, allocated and delivered entries are counted ("pledged" holds pledged and
    allocated), conditional, cancelled and refused ones are not."""
    from ..ledger import ledger as ledger_entries

    entries = ledger_entries(store, donor=donor, all_versions=all_versions)
    found = [(e.donor or "?", e.month, e.status, e.amount_usd) for e in entries
             if e.amount_usd is not None and e.status in ("pledged", "allocated", "delivered")]
    totals: dict[str, float] = {}
    for who, _, _, usd in found:
        totals[who] = totals.get(who, 0.0) + usd
    donors = sorted(totals, key=lambda d: -totals[d])[:top_donors]
    months = sorted({month for _, month, _, _ in found if month})
    index = {m: i for i, m in enumerate(months)}
    out = {"pledged": {d: [0.0] * len(months) for d in donors}, "delivered": {d: [0.0] * len(months) for d in donors}}
    for who, month, status, usd in found:
        key = "delivered" if status == "delivered" else "pledged"
        if who in out[key] and month in index:
            out[key][who][index[month]] += usd
    unpriced = sum(1 for e in entries if e.amount_usd is None)
    return {"months": months, "donors": donors, **out, "unpriced": unpriced}
