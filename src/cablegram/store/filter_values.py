"""Checks of listing filter values (API parameters, CLI options): ISO dates that exist in the calendar,
and codebook values (PLOVER types and modes, modalities, commitment categories and statuses).

A filter value the codebook does not have would match nothing and a malformed date would compare as
text, so both are refused rather than answered with an empty or a whole list. Each refusal is an
InputError with code ``invalid_value`` whose ``source`` is the parameter or option as the caller
names it (``date_from`` for the API, ``--from`` for the CLI) and whose hint lists what is allowed.
The allowed values come from the codebook and records (``nlp.plover``, ``records``), never copied here.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError
from ..records import COMMITMENT_CATEGORIES, COMMITMENT_STATUSES, MODALITIES

_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def _refuse(value: str, name: str, what: str, hint: str) -> InputError:
    return InputError(f"{value!r} is not {what}", source=name, code="invalid_value", hint=hint)


def check_date(value: str | None, name: str) -> str | None:
    """``value`` when it is an ISO ``YYYY-MM`` or ``YYYY-MM-DD`` date that exists (2024-02-30 does not); None
    stays None. Raises InputError (``invalid_value``, source ``name``)."""
    if not value:
        return None
    match = _DATE.match(value)
    if match:
        try:
            dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
            return value
        except ValueError:
            pass  # well formed but not in the calendar: refused below
    raise _refuse(value, name, "a calendar date", "Use YYYY-MM-DD or YYYY-MM with a real month and day, e.g. 2024-03-05.")


def check_choice(value: str | None, name: str, allowed: tuple[str, ...], what: str) -> str | None:
    """``value`` when it is one of ``allowed``; None stays None. Raises InputError naming ``name``."""
    if not value or value in allowed:
        return value or None
    raise _refuse(value, name, f"a {what}", f"Use one of: {', '.join(allowed)} (docs/codebook.md).")


def check_event_type(value: str | None, name: str = "type") -> str | None:
    """A PLOVER event type in upper case (case does not matter on input); None stays None."""
    from ..nlp.plover import EVENT_TYPES

    return check_choice(value.upper() if value else None, name, tuple(EVENT_TYPES), "PLOVER event type")


def check_mode(value: str | None, event_type: str | None = None, name: str = "mode") -> str | None:
    """A PLOVER mode: of ``event_type`` when given, else of any type; None stays None."""
    from ..nlp.plover import EVENT_TYPES

    if not value:
        return None
    types = [EVENT_TYPES[event_type.upper()]] if event_type and event_type.upper() in EVENT_TYPES else EVENT_TYPES.values()
    modes = tuple(dict.fromkeys(m for t in types for m in t.modes))
    if not modes:
        raise _refuse(value, name, f"a mode of {event_type.upper()}",  # type: ignore[union-attr]
                      f"{event_type.upper()} has no modes in the codebook: leave the mode out.")  # type: ignore[union-attr]
    where = f" of {event_type.upper()}" if event_type and event_type.upper() in EVENT_TYPES else ""
    return check_choice(value, name, modes, f"PLOVER mode{where}")


def check_modality(value: str | None, name: str = "modality") -> str | None:
    return check_choice(value, name, MODALITIES, "modality")


def check_status(value: str | None, name: str = "status") -> str | None:
    return check_choice(value, name, COMMITMENT_STATUSES, "commitment status")


def check_category(value: str | None, name: str = "category") -> str | None:
    return check_choice(value, name, COMMITMENT_CATEGORIES, "commitment category")


def check_event_filters(type: str | None = None, mode: str | None = None, modality: str | None = None,
                        date_from: str | None = None, date_to: str | None = None,
                        names: dict[str, str] | None = None) -> dict[str, str | None]:
    """The event filters checked (type upper-cased); ``names``: the caller's name of each parameter
    (default: the API's, e.g. {"date_from": "--from"} for the CLI). Raises InputError for the first bad one."""
    n = {"type": "type", "mode": "mode", "modality": "modality", "date_from": "date_from", "date_to": "date_to",
         **(names or {})}
    checked_type = check_event_type(type, n["type"])
    checked = {"type": checked_type, "mode": check_mode(mode, checked_type, n["mode"]),
               "modality": check_modality(modality, n["modality"]), "date_from": check_date(date_from, n["date_from"]),
               "date_to": check_date(date_to, n["date_to"])}
    check_date_range(checked["date_from"], checked["date_to"], n["date_from"], n["date_to"])
    return checked


def check_date_range(date_from: str | None, date_to: str | None, name_from: str, name_to: str) -> None:
    """InputError (``invalid_value``) when the range's start lies after its end (checked calendar dates; a month
    covers its days, so 2024-03-10 … 2024-03 is a range): such a filter matched nothing without saying why."""
    if not (date_from and date_to):
        return
    k = min(len(date_from), len(date_to))
    if date_from[:k] > date_to[:k]:
        raise InputError(f"{date_from!r} is after {name_to} {date_to!r}", source=name_from, code="invalid_value",
                         hint=f"Give the earlier date in {name_from} and the later one in {name_to}.")
