"""Datasette metadata for a cablegram SQLite file: table and column descriptions plus canned queries.

``write_datasette_metadata("cablegram.db")`` writes ``cablegram.metadata.json`` next to the
database; open both with ``datasette cablegram.db -m cablegram.metadata.json``. Descriptions come
from :data:`cablegram.store.schema.TABLES`, so the browsable file documents itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .schema import TABLES

# Canned queries: name -> (title, description, SQL). Named parameters (:a) become form fields.
CANNED_QUERIES: dict[str, tuple[str, str, str]] = {
    "events_by_actor_pair": (
        "Events between two actors",
        "Every event whose source and target are the two actor ids, in either direction, newest first. "
        "Actor ids: ISO 3166 alpha-3 for states (UKR), IGO.<ACRONYM> for organisations.",
        "SELECT COALESCE(e.date, d.published_at) AS date, e.source_actor, e.type, e.mode, e.target_actor, "
        "e.modality, e.sentence, d.publisher, d.title, e.doc_id FROM events e JOIN documents d ON d.id = e.doc_id "
        "WHERE (e.source_actor = :a AND e.target_actor = :b) OR (e.source_actor = :b AND e.target_actor = :a) "
        "ORDER BY date DESC LIMIT 1000",
    ),
    "unsupported_claims_by_publisher": (
        "Added (unsupported) sentences by publisher",
        "Per publisher: article sentences traced against primary sources that the sources do not support "
        "(alignment label 'added'), out of all traced sentences, with the claimant kinds given for them.",
        "SELECT d.publisher, SUM(a.label = 'added') AS added, SUM(a.label = 'altered') AS altered, "
        "SUM(a.label = 'supported') AS supported, COUNT(*) AS traced, "
        "ROUND(1.0 * SUM(a.label = 'added') / COUNT(*), 3) AS added_share, "
        "GROUP_CONCAT(DISTINCT CASE WHEN a.label = 'added' THEN a.attribution END) AS added_attributions "
        "FROM alignments a JOIN documents d ON d.id = a.doc_id WHERE a.label != 'other' "
        "GROUP BY d.publisher ORDER BY added DESC",
    ),
    "added_sentences": (
        "Added sentences of one publisher",
        "The sentences a publisher added to what its primary sources said (leave publisher empty for all).",
        "SELECT d.publisher, d.title, a.sentence_index, a.sentence, a.attribution, a.score, a.doc_id "
        "FROM alignments a JOIN documents d ON d.id = a.doc_id "
        "WHERE a.label = 'added' AND (:publisher = '' OR d.publisher = :publisher) "
        "ORDER BY d.published_at DESC, a.doc_id, a.sentence_index LIMIT 1000",
    ),
    "event_counts_by_month": (
        "Events per month and type",
        "Counts of events by month (event date, else publication date), PLOVER type and modality.",
        "SELECT substr(COALESCE(e.date, d.published_at), 1, 7) AS month, e.type, e.modality, COUNT(*) AS events "
        "FROM events e JOIN documents d ON d.id = e.doc_id GROUP BY month, e.type, e.modality "
        "ORDER BY month DESC, events DESC",
    ),
    "actor_spellings": (
        "Spellings of an actor",
        "Every way an actor was written, how it was resolved, and in how many documents.",
        "SELECT m.actor_id, m.text, m.method, COUNT(DISTINCT m.doc_id) AS documents FROM mentions m "
        "WHERE m.actor_id = :actor GROUP BY m.text, m.method ORDER BY documents DESC",
    ),
    "commitments_by_donor": (
        "Support commitments by donor",
        "Pledged, allocated and delivered amounts in USD by donor and status (references to earlier "
        "pledges left out so nothing is counted twice).",
        "SELECT donor, status, category, COUNT(*) AS rows, ROUND(SUM(amount_usd)) AS usd FROM commitments "
        "WHERE reason IS NULL OR reason NOT LIKE 'reference:%' GROUP BY donor, status, category ORDER BY usd DESC",
    ),
    "claims_by_claimant_kind": (
        "Claims by claimant kind and publisher",
        "How each publisher attributes what it reports: named people, organisations, anonymous sources, "
        "analysts, the outlet itself, or nobody.",
        "SELECT d.publisher, c.claimant_kind, COUNT(*) AS claims FROM claims c JOIN documents d ON d.id = c.doc_id "
        "GROUP BY d.publisher, c.claimant_kind ORDER BY d.publisher, claims DESC",
    ),
}

_LABEL_COLUMNS = {"documents": "title", "actors": "name"}
_HIDDEN = ("schema_migrations", "documents_fts", "documents_fts_config", "documents_fts_data",
           "documents_fts_docsize", "documents_fts_idx",
           "actor_links", "actor_names", "actor_roles", "table_rows")  # derived summaries (store/summaries.py)


def datasette_metadata(database: str = "cablegram") -> dict[str, Any]:
    """The metadata document for a database Datasette names ``database`` (the file name without .db)."""
    tables: dict[str, Any] = {}
    for t in TABLES:
        entry: dict[str, Any] = {"description": t.description, "columns": {c.name: c.description for c in t.columns}}
        if t.name in _LABEL_COLUMNS:
            entry["label_column"] = _LABEL_COLUMNS[t.name]
        if t.name == "documents":
            entry["fts_table"] = "documents_fts"
            entry["fts_pk"] = "rowid"
        tables[t.name] = entry
    for name in _HIDDEN:
        tables[name] = {"hidden": True}
    queries = {name: {"title": title, "description": desc, "sql": sql}
               for name, (title, desc, sql) in CANNED_QUERIES.items()}
    return {
        "title": "cablegram",
        "description": "Structured, sourced event data: PLOVER events, claims, support commitments and "
                       "sentence-level provenance. Definitions of every value: docs/codebook.md.",
        "license": "Data: the licences of the ingested texts; code: MIT",
        "databases": {database: {"tables": tables, "queries": queries}},
    }


def write_datasette_metadata(db_path: str | Path) -> Path:
    """Write ``<stem>.metadata.json`` next to the SQLite file ``db_path``; returns its path."""
    db = Path(db_path)
    if "://" in str(db_path):
        raise StoreError("Datasette reads SQLite files only", source=str(db_path),
                         hint="Export to a SQLite file first, or pass a SQLite --db path.")
    if not db.parent.is_dir():
        raise StoreError(f"folder {db.parent} does not exist", source=str(db_path), code="store_unavailable", hint="Pass the path of a SQLite file.")
    out = db.with_name(db.stem + ".metadata.json")
    out.write_text(json.dumps(datasette_metadata(db.stem), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out
