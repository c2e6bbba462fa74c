"""Filters and aggregates over events as analysts corrected them.

The machine columns of ``events`` keep what the pipeline found; an analyst's correction of a field a
filter reads (type, mode, modality, actors, date) lives in the ``corrections`` table. Timeline filters
and the overview see the corrected values this way: the events with such a correction (few: the
corrections table is small) are left out of the SQL conditions on machine columns, their corrected
rows are tested here in Python with the same rules, and the ones that match are added back by id.

:class:`EventFilter` holds the filter values and tests one corrected row; :func:`corrected_events`
reads the corrected rows (id -> row with the corrected values, ``sort_date`` following a corrected date).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actor_ids import is_actor_id

# Event fields a correction may change that a filter or an aggregate reads.
FILTERED_FIELDS = ("type", "mode", "modality", "source_actor", "target_actor", "date", "place")
_COLUMNS = ("id", "doc_id", "type", "mode", "modality", "source_actor", "target_actor", "date", "sort_date", "place",
            "confidence")


@dataclass(frozen=True)
class EventFilter:
    """The event filters that read correctable fields, plus the confidence floor.

    ``actor``: source or target; ``actors_any``: source or target among these ids (None: no such filter);
    ``type``/``types``: PLOVER type (any of ``types``); dates ISO, ``date_to`` inclusive of its whole day
    or month; ``actors_resolved``: both slots hold a real actor id (store.actor_ids)."""

    actor: str | None = None
    actors_any: tuple[str, ...] | None = None
    type: str | None = None
    types: tuple[str, ...] = ()
    mode: str | None = None
    modality: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    target: str | None = None
    min_confidence: float | None = None
    actors_resolved: bool = False

    @property
    def reads_corrected(self) -> bool:
        """Whether any filter reads a field an analyst may correct (else corrections cannot change the selection)."""
        return bool(self.actor or self.actors_any is not None or self.type or self.types or self.mode or self.modality
                    or self.date_from or self.date_to or self.source or self.target or self.actors_resolved)

    def matches(self, row: dict[str, Any], known: frozenset[str] = frozenset()) -> bool:
        """Whether the (corrected) event ``row`` passes every filter; ``known``: ids of the store's actors table."""
        src, tgt, day = row.get("source_actor"), row.get("target_actor"), row.get("sort_date") or ""
        checks = (
            not self.actor or self.actor in (src, tgt),
            self.actors_any is None or bool({src, tgt} & set(self.actors_any)),
            not self.type or (row.get("type") or "") == self.type.upper(),
            not self.types or row.get("type") in self.types,
            not self.mode or row.get("mode") == self.mode,
            not self.modality or row.get("modality") == self.modality,
            not self.date_from or day >= self.date_from,
            not self.date_to or (bool(day) and day < self.date_to[:10] + "~"),
            not self.source or src == self.source,
            not self.target or tgt == self.target,
            not self.min_confidence or (row.get("confidence") or 0) >= self.min_confidence,
            not self.actors_resolved or (is_actor_id(src, known) and is_actor_id(tgt, known)),
        )
        return all(checks)


def corrected_events(store) -> dict[str, dict[str, Any]]:
    """Event id -> the event's row with its corrected values, for events whose latest corrections change a
    filtered field (FILTERED_FIELDS); rows carry ``publisher`` and ``rejected`` (True when the latest
    action is a rejection: listings hide those unless asked, the overview never counts them)."""
    from .corrections import states

    ids = corrected_ids(store)
    if not ids:
        return {}
    found = states(store, "events", ids)
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        cols = ", ".join(f"r.{c}" for c in _COLUMNS)
        for row in store.read_sql(f"SELECT {cols}, d.published_at, d.publisher FROM events r JOIN documents d "
                                  f"ON d.id = r.doc_id WHERE r.id IN ({marks})", chunk):
            state = found.get(row["id"])
            if state is None:
                continue
            row["rejected"] = state["status"] == "rejected"
            fields = {k: v for k, v in state["fields"].items() if k in FILTERED_FIELDS}
            row.update(fields)
            if "date" in fields:
                row["sort_date"] = fields["date"] or row["published_at"]
            out[row["id"]] = row
    return out


def corrected_ids(store) -> list[str]:
    """Ids of events with a correction of a filtered field (whatever their latest action)."""
    marks = ", ".join("?" for _ in FILTERED_FIELDS)
    return [r["record_id"] for r in store.read_sql(
        "SELECT DISTINCT record_id FROM corrections WHERE record_table = 'events' AND action = 'correct' "
        f"AND field IN ({marks}) ORDER BY record_id", list(FILTERED_FIELDS))]


def known_actor_ids(store, rows: list[dict[str, Any]]) -> frozenset[str]:
    """The ids among ``rows``' actor slots that the store's actors table holds."""
    ids = sorted({v for r in rows for v in (r.get("source_actor"), r.get("target_actor")) if v})
    if not ids:
        return frozenset()
    marks = ", ".join("?" for _ in ids)
    return frozenset(r["id"] for r in store.read_sql(f"SELECT id FROM actors WHERE id IN ({marks})", ids))


def matching(store, flt: EventFilter) -> tuple[list[str], list[dict[str, Any]]]:
    """(ids to leave out of the SQL conditions on machine columns, corrected rows that pass ``flt``)."""
    if not flt.reads_corrected:
        return [], []
    ids = corrected_ids(store)
    if not ids:
        return [], []
    rows = list(corrected_events(store).values())
    known = known_actor_ids(store, rows) if flt.actors_resolved else frozenset()
    return ids, [r for r in rows if flt.matches(r, known)]
