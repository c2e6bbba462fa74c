"""PLOVER quad classes as event-type filters: the codebook's four quads (verbal/material
cooperation/conflict, docs/codebook.md) and their two unions, as the dashboard's "Kind" filter,
``/api/events?quad=…`` and the downloads name them."""

from __future__ import annotations

from ..errors import InputError

QUADS: dict[str, tuple[str, ...]] = {
    "verbal-cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material-cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal-conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material-conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
    "cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"),
    "conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}


def quad_types(quad: str) -> tuple[str, ...]:
    """The PLOVER event types of quad class ``quad``; InputError (invalid_value) naming the allowed ones."""
    types = QUADS.get(quad)
    if types is None:
        raise InputError(f"unknown quad class {quad!r}", source="quad", code="invalid_value",
                         hint=f"Use one of: {', '.join(QUADS)}.")
    return types
