"""Aggregates for the overview dashboard: counts by type, modality, actor, publisher and day; the
actor network; places; the commitments ledger by donor and month.

Plain SQL in the dialect SQLite and PostgreSQL share (``store.read_sql``). Events an analyst
rejected (latest correction ``reject``) are left out of every count. Results are plain dicts of
lists, ready for JSON; ``data_version`` tells a cache when they may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# An event's latest correction is a rejection: left out of the counts.
_NOT_REJECTED = ("NOT EXISTS (SELECT 1 FROM corrections c WHERE c.record_table = 'events' AND c.record_id = r.id "
                 "AND c.action = 'reject' AND NOT EXISTS (SELECT 1 FROM corrections c2 WHERE c2.record_table = 'events' "
                 "AND c2.record_id = r.id AND c2.created_at > c.created_at))")


@dataclass(frozen=True)
class OverviewFilter:
    """Which events the overview counts. ``actor``: as source or target; ``source``/``target``: a dyad;
    ``types``: PLOVER types (any of); ``min_confidence``: 0-1; dates ISO (YYYY-MM or YYYY-MM-DD), inclusive."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    modality: str | None = None
    types: tuple[str, ...] = ()
    min_confidence: float | None = None
    date_from: str | None = None
    date_to: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause over ``events r`` and its parameters."""
        parts, params = [_NOT_REJECTED], []
        for clause, value in (("r.source_actor = ?", self.source), ("r.target_actor = ?", self.target),
                              ("r.modality = ?", self.modality),
                              ("r.confidence >= ?", self.min_confidence or None), ("r.sort_date >= ?", self.date_from),
                              ("substr(r.sort_date, 1, 10) <= ?", self.date_to)):
            if value:
                parts.append(clause)
                params.append(value)
        if self.types:
            parts.append(f"r.type IN ({', '.join('?' for _ in self.types)})")
            params += list(self.types)
        if self.actor:
            parts.append("(r.source_actor = ? OR r.target_actor = ?)")
            params += [self.actor, self.actor]
        return " AND ".join(parts), params


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
    """All overview aggregates for the events that ``flt`` selects.

    Returns {total, by_type, by_modality, by_actor, by_publisher: [{key, n}], series: {granularity,
    periods, types, counts: {type: [n per period]}}, network: [{source, target, type, n}],
    places: [{place, n}], ledger: see :func:`ledger`}."""
    where, params = flt.where()
    rows = store.read_sql
    grouped = {}
    for name, col in (("by_type", "r.type"), ("by_modality", "r.modality")):
        grouped[name] = rows(f"SELECT {col} AS key, COUNT(*) AS n FROM events r WHERE {where} GROUP BY {col} "
                             f"ORDER BY n DESC, key", params)
    grouped["by_actor"] = rows(
        f"SELECT key, SUM(n) AS n FROM (SELECT r.source_actor AS key, COUNT(*) AS n FROM events r WHERE {where} AND "
        f"r.source_actor IS NOT NULL GROUP BY r.source_actor UNION ALL SELECT r.target_actor AS key, COUNT(*) AS n "
        f"FROM events r WHERE {where} AND r.target_actor IS NOT NULL AND (r.source_actor IS NULL OR "
        f"r.target_actor != r.source_actor) GROUP BY r.target_actor) u GROUP BY key ORDER BY n DESC, key LIMIT ?",
        [*params, *params, top])
    grouped["by_actor"] = [{"key": g["key"], "n": int(g["n"])} for g in grouped["by_actor"]]  # PostgreSQL SUM: numeric
    grouped["by_publisher"] = rows(
        f"SELECT d.publisher AS key, COUNT(*) AS n FROM events r JOIN documents d ON d.id = r.doc_id WHERE {where} "
        f"GROUP BY d.publisher ORDER BY n DESC, key LIMIT ?", [*params, top])
    total = sum(g["n"] for g in grouped["by_type"])
    return {"total": total, **grouped, "series": series(store, flt), "network": network(store, flt),
            "places": rows(f"SELECT r.place AS place, COUNT(*) AS n FROM events r WHERE {where} AND r.place IS NOT NULL "
                           f"AND r.place != '' GROUP BY r.place ORDER BY n DESC, place LIMIT ?", [*params, 30]),
            "ledger": ledger(store, donor=flt.actor)}


def series(store, flt: OverviewFilter, max_periods: int = 120) -> dict[str, Any]:
    """Events per day (per month when the days would exceed ``max_periods``), stacked by type."""
    where, params = flt.where()
    span = store.read_sql(f"SELECT MIN(substr(r.sort_date, 1, 10)) AS lo, MAX(substr(r.sort_date, 1, 10)) AS hi "
                          f"FROM events r WHERE {where} AND r.sort_date IS NOT NULL", params)[0]
    granularity, width = "day", 10
    if span["lo"] and span["hi"] and _days_between(span["lo"], span["hi"]) > max_periods:
        granularity, width = "month", 7
    found = store.read_sql(f"SELECT substr(r.sort_date, 1, {width}) AS period, r.type AS type, COUNT(*) AS n FROM events r "
                           f"WHERE {where} AND r.sort_date IS NOT NULL GROUP BY substr(r.sort_date, 1, {width}), r.type "
                           f"ORDER BY period", params)
    periods = sorted({r["period"] for r in found})[-max_periods:]
    index = {p: i for i, p in enumerate(periods)}
    counts: dict[str, list[int]] = {}
    for r in found:
        if r["period"] in index:
            counts.setdefault(r["type"], [0] * len(periods))[index[r["period"]]] += r["n"]
    types = sorted(counts, key=lambda t: -sum(counts[t]))
    return {"granularity": granularity, "periods": periods, "types": types, "counts": counts}


def _days_between(lo: str, hi: str) -> int:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(hi[:10]) - dt.date.fromisoformat(lo[:10])).days
    except ValueError:
        return 0


def network(store, flt: OverviewFilter, limit: int = 80) -> list[dict[str, Any]]:
    """The strongest actor-to-actor links: [{source, target, type, n}], heaviest first."""
    where, params = flt.where()
    return store.read_sql(
        f"SELECT r.source_actor AS source, r.target_actor AS target, r.type AS type, COUNT(*) AS n FROM events r "
        f"WHERE {where} AND r.source_actor IS NOT NULL AND r.target_actor IS NOT NULL AND r.source_actor != r.target_actor "
        f"GROUP BY r.source_actor, r.target_actor, r.type ORDER BY n DESC, source, target, type LIMIT ?", [*params, limit])


def ledger(store, donor: str | None = None, top_donors: int = 8) -> dict[str, Any]:
    """Commitments in USD by donor and month: {months, donors, pledged: {donor: [usd per month]},
    delivered: {…}, unpriced: n rows without a USD amount}. Reference rows (restatements) are not counted."""
    where = "r.is_reference = ? AND r.amount_usd IS NOT NULL AND r.status IN ('pledged', 'allocated', 'delivered')"
    params: list[Any] = [False]
    if donor:
        where += " AND r.donor = ?"
        params.append(donor)
    found = store.read_sql(
        "SELECT r.donor AS donor, substr(COALESCE(r.date, d.published_at), 1, 7) AS month, r.status AS status, "
        "SUM(r.amount_usd) AS usd FROM commitments r JOIN documents d ON d.id = r.doc_id "
        f"WHERE {where} GROUP BY r.donor, substr(COALESCE(r.date, d.published_at), 1, 7), r.status", params)
    unpriced = store.read_sql("SELECT COUNT(*) AS n FROM commitments r WHERE r.amount_usd IS NULL"
                              + (" AND r.donor = ?" if donor else ""), [donor] if donor else [])[0]["n"]
    totals: dict[str, float] = {}
    for r in found:
        totals[r["donor"] or "?"] = totals.get(r["donor"] or "?", 0.0) + float(r["usd"] or 0)
    donors = sorted(totals, key=lambda d: -totals[d])[:top_donors]
    months = sorted({r["month"] for r in found if r["month"]})
    index = {m: i for i, m in enumerate(months)}
    out = {"pledged": {d: [0.0] * len(months) for d in donors}, "delivered": {d: [0.0] * len(months) for d in donors}}
    for r in found:
        key = "delivered" if r["status"] == "delivered" else "pledged"
        if (r["donor"] or "?") in out[key] and r["month"] in index:
            out[key][r["donor"] or "?"][index[r["month"]]] += float(r["usd"] or 0)
    return {"months": months, "donors": donors, **out, "unpriced": unpriced}
