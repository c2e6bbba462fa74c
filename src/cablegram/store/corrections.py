"""Analysts' corrections: confirm, correct or reject a machine record, stored apart from machine output.

Corrections live in the ``corrections`` table and point at a record by its table and stable id
(``evt_…``, ``clm_…``, ``com_…``, ``men_…``). Reprocessing rewrites the machine tables but never this
one, so a correction applies again to the same record when the pipeline reproduces it.
Listings and exports call :func:`apply_corrections`, which overlays corrected values, hides
rejected records (unless asked) and adds a ``correction`` column: ``confirmed``, ``corrected``,
``rejected`` or ``None``. See docs/corrections.md for the change-log and training-data formats.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from ..errors import InputError, NotFoundError
from ..records import Record, stable_id
from .base import from_row, to_row

ACTIONS: tuple[str, ...] = ("confirm", "correct", "reject")
# What each action leaves the record as, in listings (the ``correction`` column).
STATUS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
# Fields an analyst may correct, per table; other columns are machine bookkeeping.
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "events": ("type", "mode", "source_actor", "target_actor", "date", "place", "modality"),
    "claims": ("claimant_kind", "claimant", "claimant_text", "cue", "quote"),
    "commitments": ("donor", "recipient", "category", "subcategory", "amount", "currency", "amount_usd", "status",
                    "date"),
    "mentions": ("actor_id",),
}
# The learned component each table's corrections can retrain (training-data export).
TASKS = {"events": "plover_event", "claims": "attribution", "commitments": "commitment", "mentions": "actor_resolution"}
# Record-id prefixes (records.py stable ids) -> table.
PREFIXES = {"evt": "events", "clm": "claims", "com": "commitments", "men": "mentions"}


# What identifies "the same reading" of a record across re-processing when its stable id changed (an
# event's id includes its actors, so adding an actor to the KB re-makes it): tried in order, a
# correction follows only a unique match. Claims' ids (document + sentence) never change.
SAME_READING: dict[str, tuple[tuple[str, ...], ...]] = {
    "events": (("sentence_index", "type", "trigger"), ("sentence_index", "trigger")),
    "commitments": (("sentence_index", "amount_text"),),
    "mentions": (("start", "end"),),
}


def _unique_matches(old: list[dict[str, Any]], new: list[dict[str, Any]],
                    key: tuple[str, ...]) -> dict[str, str]:
    """old id -> new id where the old record's ``key`` values match exactly one new record and the
    old record matches no other key value twice (one-to-one)."""
    by_key: dict[tuple, list[str]] = {}
    for rec in new:
        by_key.setdefault(tuple(rec.get(k) for k in key), []).append(rec["id"])
    old_counts: dict[tuple, int] = {}
    for rec in old:
        k = tuple(rec.get(c) for c in key)
        old_counts[k] = old_counts.get(k, 0) + 1
    out = {}
    for rec in old:
        k = tuple(rec.get(c) for c in key)
        if len(by_key.get(k, ())) == 1 and old_counts[k] == 1:
            out[rec["id"]] = by_key[k][0]
    return out


def follow_reprocessing(table: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> dict[str, str]:
    """old record id -> new record id for corrected records that re-processing re-made under a new id.

    ``old``: the stored rows that have corrections (dicts with ``id`` and the SAME_READING columns);
    ``new``: the document's new records as dicts. Records whose id survives map to nothing; a record
    with no unique match keeps its corrections on the vanished id (the change log reports it absent)."""
    new_ids = {r["id"] for r in new}
    pending = [r for r in old if r["id"] not in new_ids]
    taken = set(new_ids & {r["id"] for r in old})
    out: dict[str, str] = {}
    for key in SAME_READING.get(table, ()):
        free = [r for r in new if r["id"] not in taken]
        for old_id, new_id in _unique_matches(pending, free, key).items():
            out[old_id] = new_id
            taken.add(new_id)
        pending = [r for r in pending if r["id"] not in out]
    return out


def table_of(record_id: str) -> str:
    """The table a stable record id belongs to, from its prefix; InputError for other ids."""
    table = PREFIXES.get(record_id.split("_", 1)[0])
    if table is None:
        raise InputError(f"{record_id!r} is not an event, claim, commitment or mention id", source="record_id",
                         hint="Ids start with evt_, clm_, com_ or men_; take one from a listing or export.")
    return table


@dataclass
class Correction(Record):
    """One analyst decision about one record; ``value`` only for ``action="correct"``."""

    kind: ClassVar[str] = "correction"
    record_table: str
    record_id: str
    action: str
    field: str | None = None
    value: Any = None
    reason: str | None = None
    author: str | None = None
    created_at: str | None = None

    @property
    def id(self) -> str:
        return stable_id("cor", self.record_table, self.record_id, self.action, self.field, repr(self.value),
                         self.created_at)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **super().to_dict()}


# The JSON value as JSON text on every back-end (PostgreSQL would otherwise hand back decoded jsonb).
_VALUE = "CAST(value AS TEXT) AS value"


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "value": json.loads(row["value"]) if row.get("value") is not None else None}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def check_correction(record_table: str, action: str, field: str | None, value: Any, reason: str | None) -> None:
    """Raise InputError naming the bad part of a correction request."""
    if record_table not in CORRECTABLE:
        raise InputError(f"records of {record_table!r} cannot be corrected", source="record_table",
                         hint=f"Use one of: {', '.join(CORRECTABLE)}.")
    if action not in ACTIONS:
        raise InputError(f"unknown correction action {action!r}", source="action", hint=f"Use one of: {', '.join(ACTIONS)}.")
    if action == "correct":
        if field not in CORRECTABLE[record_table]:
            raise InputError(f"field {field!r} of {record_table} cannot be corrected", source="field",
                             hint=f"Correct one of: {', '.join(CORRECTABLE[record_table])}.")
    elif field is not None or value is not None:
        raise InputError(f"a {action} takes no field or value", source="field",
                         hint="Send field and value only with action 'correct'.")
    if action != "confirm" and not (reason or "").strip():
        raise InputError(f"a {action} needs a reason", source="reason",
                         hint="Say in a few words why the machine reading is wrong.")


def _current_event_type(store, record_id: str, machine_type: str | None) -> str | None:
    """The event's type as listings show it: the latest type correction, else the machine's."""
    state = states(store, "events", [record_id]).get(record_id)
    return (state or {}).get("fields", {}).get("type", machine_type)


def add_correction(store, record_table: str, record_id: str, action: str, field: str | None = None, value: Any = None,
                   reason: str | None = None, author: str | None = None,
                   actor_files: Iterable[str] = ()) -> Correction:
    """Validate and store one correction; NotFoundError when the record does not exist.

    A corrected value is checked by field (store.correction_values: codebook types and modes,
    modalities, known actor ids, ISO dates, …; ``actor_files``: extra actor files besides the shipped
    ones and the store's user file) and refused with an ``invalid_value`` InputError listing the allowed values."""
    from .correction_values import check_value

    check_correction(record_table, action, field, value, reason)
    found = store.read_sql(f'SELECT * FROM "{record_table}" WHERE id = ?', [record_id])
    if not found:
        raise NotFoundError(f"no {record_table} record with id {record_id!r}", source="record_id",
                            hint="Take the id from a listing or export (the id column).")
    if action == "correct":
        event_type = _current_event_type(store, record_id, found[0].get("type")) if record_table == "events" else None
        value = check_value(store, record_table, field, value, event_type=event_type, actor_files=actor_files)
    correction = Correction(record_table, record_id, action, field, value, (reason or "").strip() or None,
                            author, _now())
    rows = [to_row("corrections", correction)]
    cleared = _mode_clearing(store, correction, found[0]) if record_table == "events" and field == "type" else None
    if cleared is not None:
        rows.append(to_row("corrections", cleared))
    with store._tx():
        for row in rows:
            if hasattr(store, "_insert_many"):  # PostgreSQL: casts JSON columns
                store._insert_many("corrections", [row])
            else:
                store._insert("corrections", row)
        if action == "correct" and field == "date" and record_table in ("events", "commitments"):
            store._sort_dates_following_corrections(found[0]["doc_id"])
    return correction


def _mode_clearing(store, type_fix: Correction, machine: dict[str, Any]) -> Correction | None:
    """A type correction's companion: a correction clearing the event's mode (as listings show it) when that
    mode is not one of the new type's modes in the codebook ("COERCE" keeps no "assassinate"); None when
    the mode is empty or fits. It is stored right after the type correction and shows in the change log."""
    from .correction_values import event_modes

    state = states(store, "events", [type_fix.record_id]).get(type_fix.record_id) or {}
    mode = state.get("fields", {}).get("mode", machine.get("mode"))
    if not mode or mode in event_modes(type_fix.value):
        return None
    stamp = dt.datetime.fromisoformat(type_fix.created_at) + dt.timedelta(microseconds=1)
    return Correction("events", type_fix.record_id, "correct", "mode", None,
                      f"mode {mode!r} cleared: not a mode of {type_fix.value} (type corrected)", type_fix.author,
                      stamp.isoformat(timespec="microseconds"))


def list_corrections(store, record_table: str | None = None, record_id: str | None = None, limit: int = 100,
                     offset: int = 0) -> list[dict[str, Any]]:
    """Corrections, oldest first (the order they apply in)."""
    where, params = [], []
    for col, value in (("record_table", record_table), ("record_id", record_id)):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    sql = (f"SELECT id, record_table, record_id, action, field, {_VALUE}, reason, author, created_at FROM corrections "
           + ("WHERE " + " AND ".join(where) if where else "") + " ORDER BY created_at, id LIMIT ? OFFSET ?")
    return [_decoded(r) for r in store.read_sql(sql, [*params, int(limit), int(offset)])]


def iter_corrections(store, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every correction, oldest first."""
    offset = 0
    while True:
        rows = list_corrections(store, limit=batch, offset=offset)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


def states(store, record_table: str, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """record id -> {status, fields, reasons, ids}: the net effect of the records' corrections.

    The latest action gives the status; corrected fields accumulate, a later correction of the
    same field winning."""
    ids = [i for i in dict.fromkeys(record_ids) if i]
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" for _ in chunk)
        rows = store.read_sql(f"SELECT id, record_id, action, field, {_VALUE}, reason FROM corrections WHERE "
                              f"record_table = ? AND record_id IN ({marks}) ORDER BY created_at, id", [record_table, *chunk])
        for r in map(_decoded, rows):
            state = out.setdefault(r["record_id"], {"status": None, "fields": {}, "reasons": [], "ids": []})
            state["status"] = STATUS[r["action"]]
            if r["action"] == "correct":
                state["fields"][r["field"]] = r["value"]
            if r["reason"]:
                state["reasons"].append(r["reason"])
            state["ids"].append(r["id"])
    return out


def apply_corrections(store, record_table: str, rows: list[dict[str, Any]],
                      include_rejected: bool = False) -> list[dict[str, Any]]:
    """``rows`` with corrected values overlaid and a ``correction`` column; rejected rows dropped unless asked.
    A corrected field's source column (``date_source`` of a corrected ``date``) says ``"correction"``."""
    found = states(store, record_table, [r.get("id") for r in rows])
    out = []
    for row in rows:
        state = found.get(row.get("id"))
        if state is None:
            out.append({**row, "correction": None})
            continue
        if state["status"] == "rejected" and not include_rejected:
            continue
        sources = {f"{name}_source": CORRECTION_SOURCE for name in state["fields"] if f"{name}_source" in row}
        out.append({**row, **state["fields"], **sources, "correction": state["status"]})
    return out


CORRECTION_SOURCE = "correction"  # the ``<field>_source`` (e.g. date_source) of a field an analyst corrected


def _machine_rows(store, record_table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    rows = store.read_sql(f'SELECT * FROM "{record_table}" WHERE id IN ({marks})', ids)
    return {r["id"]: from_row(record_table, r) for r in rows}


def change_log(store) -> Iterator[dict[str, Any]]:
    """Every correction with the machine value it replaced (None when the record is gone), oldest first.

    Row shape: id, record_table, record_id, action, field, machine_value, value, reason, author,
    created_at, record_present (False when reprocessing no longer produces the record)."""
    batch: list[dict[str, Any]] = []
    for c in iter_corrections(store):
        batch.append(c)
        if len(batch) == 500:
            yield from _log_rows(store, batch)
            batch = []
    yield from _log_rows(store, batch)


def _log_rows(store, corrections: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    machine: dict[tuple[str, str], dict[str, Any]] = {}
    for table in {c["record_table"] for c in corrections}:
        ids = [c["record_id"] for c in corrections if c["record_table"] == table]
        machine.update({(table, k): v for k, v in _machine_rows(store, table, ids).items()})
    for c in corrections:
        record = machine.get((c["record_table"], c["record_id"]))
        yield {"id": c["id"], "record_table": c["record_table"], "record_id": c["record_id"], "action": c["action"],
               "field": c["field"], "machine_value": record.get(c["field"]) if record and c["field"] else None,
               "value": c["value"], "reason": c["reason"], "author": c["author"], "created_at": c["created_at"],
               "record_present": record is not None}


def training_examples(store) -> Iterator[dict[str, Any]]:
    """One labelled example per corrected record (its net state), for retraining (docs/corrections.md).

    Shape: task, record_id, doc_id, sentence_index, sentence, text (a mention's name as written), spans, machine (the machine's values of
    the correctable fields), label (the same fields after correction; None for a rejected record),
    verdict (confirmed | corrected | rejected), reasons."""
    for table in CORRECTABLE:
        ids = [r["record_id"] for r in store.read_sql(
            "SELECT DISTINCT record_id FROM corrections WHERE record_table = ? ORDER BY record_id", [table])]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            machine = _machine_rows(store, table, chunk)
            for record_id, state in states(store, table, chunk).items():
                record = machine.get(record_id)
                if record is None:
                    continue  # the record is no longer produced: nothing to attach the label to
                fields = {f: record.get(f) for f in CORRECTABLE[table]}
                label = None if state["status"] == "rejected" else {**fields, **state["fields"]}
                yield {"task": TASKS[table], "record_id": record_id, "doc_id": record.get("doc_id"),
                       "sentence_index": record.get("sentence_index"), "sentence": record.get("sentence"),
                       "text": record.get("text"),
                       "spans": record.get("spans"), "machine": fields, "label": label, "verdict": state["status"],
                       "reasons": state["reasons"]}
