"""Which document versions the listings show: the one place that adds the "latest version only" condition.

A changed page at the same URL (or a changed local file at the same path) is stored as a new document whose
``previous_version`` names the earlier one (store.base ``LATEST_BY_URL``/``LATEST_BY_FILE``). A document that
some other document names as its ``previous_version`` is *superseded*. By default every listing, count and
export leaves out the rows of superseded documents, so a page edited twice does not list its events, claims
and pledges twice; ``all_versions=True`` (CLI ``--all-versions``, REST ``versions=all``) shows them. A listing
of one document (``doc_id`` given) always shows that document's rows, superseded or not (``show DOC``).

Where the condition applies: the listings of events, claims, commitments, mentions and documents, full-text
search (``search_documents``), the overview and its ledger, the ledger's entries and totals
(:mod:`cablegram.ledger`), the actor profile's name, role and counterpart counts (subtracted from the summary
tables: :func:`cablegram.store.summaries.superseded_part`), ``actors list``'s mention counts, the counts
``cablegram process`` reports, and exports.

The condition is plain SQL with no parameters, in the dialect SQLite and PostgreSQL share; the
``previous_version`` index serves its probe, and it is left out while no document is superseded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def superseded_sql(doc_column: str) -> str:
    """SQL true when the document ``doc_column`` names has a later version (some row's previous_version)."""
    return f"EXISTS (SELECT 1 FROM documents nv WHERE nv.previous_version = {doc_column})"


def any_superseded(store: Any) -> bool:
    """Whether any stored document has a later version (one index probe)."""
    return bool(store.read_sql("SELECT 1 AS hit FROM documents WHERE previous_version IS NOT NULL LIMIT 1"))


def latest_only_sql(store: Any, doc_column: str, all_versions: bool = False, doc_id: str | None = None) -> str | None:
    """The condition that keeps only rows of latest versions (``doc_column``: the rows' document id column),
    or None when nothing is to be left out: ``all_versions``, one document asked for by ``doc_id``, or no
    document superseded."""
    if all_versions or doc_id or not any_superseded(store):
        return None
    return f"NOT {superseded_sql(doc_column)}"


def superseded_count(store: Any) -> int:
    """How many stored documents have a later version (left out of the default listings)."""
    return int(store.read_sql("SELECT COUNT(DISTINCT previous_version) AS n FROM documents "
                              "WHERE previous_version IS NOT NULL")[0]["n"])


def superseded_ids(store: Any) -> set[str]:
    """Ids of the stored documents that have a later version (empty while none has)."""
    return {r["id"] for r in store.read_sql("SELECT DISTINCT previous_version AS id FROM documents "
                                            "WHERE previous_version IS NOT NULL")}


def latest_rows(store: Any, rows: list[dict[str, Any]], all_versions: bool = False) -> list[dict[str, Any]]:
    """``rows`` (dicts with ``doc_id``) less those of superseded document versions, unless ``all_versions``:
    the same rule as :func:`latest_only_sql`, for rows already read."""
    if all_versions or not rows:
        return rows
    old = superseded_ids(store)
    return [r for r in rows if r["doc_id"] not in old] if old else rows


def superseded_among(store: Any, doc_ids: Iterable[str], all_versions: bool = False) -> set[str]:
    """Those of ``doc_ids`` that have a later version: the ones a default count leaves out (none with
    ``all_versions``)."""
    return set() if all_versions else superseded_ids(store) & set(doc_ids)
