"""Which values an analyst's correction may set, per table and field, so a correction never stores
(and the training-data export never hands on) a value the codebook does not have.

Closed sets come from the codebook and the records' vocabularies: PLOVER event types and each
type's modes (``nlp.plover``, docs/codebook.md), modalities, claimant kinds, commitment categories
and statuses. Actor fields take an actor id the store or the knowledge base knows (shipped files,
the store's user actor file ``<db>.actors.jsonl`` and any extra actor files). Dates are ISO
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; amounts non-negative numbers; currencies ISO 4217 codes.
Every refusal is an InputError with code ``invalid_value`` whose hint lists what is allowed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import CLAIMANT_KINDS, COMMITMENT_CATEGORIES, COMMITMENT_STATUSES, MODALITIES

# (table, field) -> the kind of value it takes; "choice" fields list their values in closed_choices.
KINDS: dict[tuple[str, str], str] = {
    ("events", "type"): "choice", ("events", "mode"): "choice", ("events", "modality"): "choice",
    ("events", "source_actor"): "actor", ("events", "target_actor"): "actor", ("events", "date"): "date",
    ("events", "place"): "text",
    ("claims", "claimant_kind"): "choice", ("claims", "claimant"): "actor", ("claims", "claimant_text"): "text",
    ("claims", "cue"): "text", ("claims", "quote"): "text",
    ("commitments", "donor"): "actor", ("commitments", "recipient"): "actor", ("commitments", "category"): "choice",
    ("commitments", "subcategory"): "text", ("commitments", "amount"): "amount", ("commitments", "currency"): "currency",
    ("commitments", "amount_usd"): "amount", ("commitments", "status"): "choice", ("commitments", "date"): "date",
    ("mentions", "actor_id"): "actor",
}
# Fields a correction may not empty (the record would be meaningless; reject it instead).
REQUIRED = {("events", "type"), ("events", "modality"), ("claims", "claimant_kind"), ("commitments", "category"),
            ("commitments", "status"), ("mentions", "actor_id")}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def event_types() -> tuple[str, ...]:
    """The codebook's PLOVER event types, in codebook order."""
    from ..nlp.plover import EVENT_TYPES

    return tuple(EVENT_TYPES)


def event_modes(event_type: str | None) -> tuple[str, ...]:
    """The codebook's modes of ``event_type`` (empty for a type without modes or an unknown type)."""
    from ..nlp.plover import EVENT_TYPES

    known = EVENT_TYPES.get((event_type or "").upper())
    return tuple(known.modes) if known else ()


def closed_choices(table: str, field: str, event_type: str | None = None) -> tuple[str, ...] | None:
    """The allowed values of a closed-set field (``event_type``: the event's type, for ``mode``);
    None for a field that is not a closed set."""
    if KINDS.get((table, field)) != "choice":
        return None
    return {
        ("events", "type"): event_types,
        ("events", "mode"): lambda: event_modes(event_type),
        ("events", "modality"): lambda: MODALITIES,
        ("claims", "claimant_kind"): lambda: CLAIMANT_KINDS,
        ("commitments", "category"): lambda: COMMITMENT_CATEGORIES,
        ("commitments", "status"): lambda: COMMITMENT_STATUSES,
    }[(table, field)]()


def _refuse(table: str, field: str, value: Any, hint: str) -> InputError:
    if value is None:  # a correction sent without a value ("None is not an allowed type" said it badly)
        return InputError(f"a correction of the {field} of {table} needs a value", source="value",
                          code="invalid_value", hint=hint)
    return InputError(f"{value!r} is not an allowed {field} of {table}", source="value", code="invalid_value", hint=hint)


def _check_choice(table: str, field: str, value: Any, event_type: str | None) -> str:
    allowed = closed_choices(table, field, event_type) or ()
    text = value.strip() if isinstance(value, str) else value
    if field == "type" and isinstance(text, str):
        text = text.upper()
    if text in allowed:
        return text
    if field == "mode" and not allowed:
        raise _refuse(table, field, value, f"{event_type} has no modes in the codebook: send an empty value "
                                           "to clear the mode, or correct the type first.")
    where = f" for {event_type}" if field == "mode" else ""
    raise _refuse(table, field, value, f"Use one of{where}: {', '.join(allowed)} (docs/codebook.md).")


def _check_date(table: str, field: str, value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if _DATE.match(text):
        parts = [int(p) for p in text.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
            return text
        except ValueError:
            pass  # a well-formed but impossible date (2024-02-31): refused below
    raise _refuse(table, field, value, "Use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03-05).")


def _check_amount(table: str, field: str, value: Any) -> float | int:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == value and 0 <= value < float("inf"):
        return value
    raise _refuse(table, field, value, "Use a number of at least 0, without currency or separators (e.g. 350000000).")


def _check_currency(table: str, field: str, value: Any) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    if _CURRENCY.match(text):
        return text
    raise _refuse(table, field, value, "Use an ISO 4217 code of three letters (USD, EUR, GBP, …).")


def _check_text(table: str, field: str, value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise _refuse(table, field, value, "Use some text (or an empty value to clear the field).")


def actor_known(store, actor_id: str, actor_files: Iterable[str | Path] = ()) -> bool:
    """Whether ``actor_id`` is an actor of the store or of the knowledge base (shipped files, the
    store's user actor file, ``actor_files``); reads the files only for an id the store lacks."""
    from ..kb import read_actors, shipped_paths, user_actors_path

    if store.read_sql("SELECT id FROM actors WHERE id = ?", [actor_id]):
        return True
    files = [*shipped_paths(), *(Path(p) for p in actor_files)]
    url_or_path = getattr(store, "url", None) or getattr(store, "path", None)
    if url_or_path and url_or_path != ":memory:":
        files.append(user_actors_path(str(url_or_path)))
    shipped = set(shipped_paths())
    for path in files:
        if path.is_file() and any(a.id == actor_id for a in read_actors(path, trusted=path in shipped)):
            return True
    return False


def _check_actor(store, table: str, field: str, value: Any, actor_files: Iterable[str | Path]) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if text and actor_known(store, text, actor_files):
        return text
    raise _refuse(table, field, value, "Use the id of a known actor (as listings and `cablegram actors` show them, "
                                       "e.g. UKR); add a new one first with `cablegram actors add`.")


def check_value(store, table: str, field: str, value: Any, event_type: str | None = None,
                actor_files: Iterable[str | Path] = ()) -> Any:
    """``value`` as a correction of ``table.field`` stores it (codes normalised: an event type in upper
    case, a currency code in upper case, text stripped); None clears an optional field.

    ``event_type``: the event's current type (its modes are the allowed ``mode`` values).
    Raises InputError (code ``invalid_value``, source ``value``) naming the field and listing what is allowed."""
    kind = KINDS.get((table, field))
    if value is None or (isinstance(value, str) and not value.strip()):
        if (table, field) in REQUIRED:
            allowed = closed_choices(table, field, event_type)
            raise _refuse(table, field, value, (f"Use one of: {', '.join(allowed)}." if allowed else
                                                "Give a value; to say the record is wrong, reject it instead."))
        return None
    if kind == "choice":
        return _check_choice(table, field, value, event_type)
    if kind == "actor":
        return _check_actor(store, table, field, value, actor_files)
    checks = {"date": _check_date, "amount": _check_amount, "currency": _check_currency, "text": _check_text}
    return checks[kind](table, field, value)
