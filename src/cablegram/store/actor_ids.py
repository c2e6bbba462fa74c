"""Telling a real actor id from raw text in an event's actor slot.

An event's ``source_actor`` / ``target_actor`` holds an actor id when the actor was resolved: a state's
three-letter code (ISO 3166 alpha-3 such as ``UKR``, ``XKX`` for Kosovo, or a user actor file's own
code), a knowledge-base id (``PER.UKR.…``, ``IGO.…``,
``GRP.…``) or a typed new actor found in text (``person:…``, ``org:…``; ``group:…`` / ``state:…`` from
``cablegram actors add``). A name nobody resolved is kept as written ("Kurdish fighters") so that the
event is not lost; such a slot is not a resolved actor, and the precision-first (confident) view must
not count it as one.

:func:`actor_id_sql` gives the test as a SQL condition in the dialect SQLite and PostgreSQL share;
:func:`is_actor_id` is the same test in Python.
"""

from __future__ import annotations

KB_PREFIXES = ("PER.", "IGO.", "GRP.")
NEW_PREFIXES = ("person:", "org:", "group:", "state:")
_NOT_IN_CODE = (" ", ".", "-", "''")  # SQL-quoted: "''" is one apostrophe


def is_state_code(value: str) -> bool:
    """Three capital letters (``UKR``, ``XKX``): how states are keyed."""
    return len(value) == 3 and value.isalpha() and value.isascii() and value.isupper()


def is_actor_id(value: object, known: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when ``value`` is a real actor id (see the module docstring) or one of ``known`` (ids of
    the store's actors table, for ids a user chose); False for None, '' and raw text."""
    if not isinstance(value, str) or not value:
        return False
    return value.startswith(KB_PREFIXES + NEW_PREFIXES) or is_state_code(value) or value in known


def actor_id_sql(column: str) -> str:
    """SQL condition, no parameters: ``column`` holds a real actor id (an id prefix, a state code, or an
    id of the store's ``actors`` table). NULL and raw text fail it. ``column`` is trusted SQL
    (e.g. ``r.source_actor``)."""
    prefixes = " OR ".join(f"substr({column}, 1, {len(p)}) = '{p}'" for p in KB_PREFIXES + NEW_PREFIXES)
    code = " AND ".join([f"length({column}) = 3", f"upper({column}) = {column}", f"lower({column}) <> {column}",
                         *(f"replace({column}, '{c}', '') = {column}" for c in _NOT_IN_CODE)])  # no LIKE: psycopg reads % as a placeholder
    return f"({column} IS NOT NULL AND ({prefixes} OR ({code}) OR {column} IN (SELECT a.id FROM actors a)))"


def resolved_pair_sql(alias: str = "r") -> str:
    """SQL condition: the event row ``alias`` has a real actor id in both its source and target slots."""
    return f"{actor_id_sql(f'{alias}.source_actor')} AND {actor_id_sql(f'{alias}.target_actor')}"
