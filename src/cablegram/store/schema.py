"""One schema for every back-end: tables, columns and their descriptions.

Back-ends generate their DDL from :data:`TABLES`; the descriptions double as
Datasette metadata, so the database file explains itself. Types are generic:
``text``, ``int``, ``real``, ``bool``, ``json`` (stored as text in SQLite, jsonb in PostgreSQL).
Migrations are numbered; :data:`SCHEMA_VERSION` is the newest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    primary: bool = False
    references: str | None = None  # "table(column)"
    not_null: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    indexes: tuple[tuple[str, ...], ...] = ()
    primary_key: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def json_columns(self) -> set[str]:
        return {c.name for c in self.columns if c.type == "json"}

    @property
    def bool_columns(self) -> set[str]:
        return {c.name for c in self.columns if c.type == "bool"}


C = Column
DOC_FK = "documents(id)"

# The event timeline order as index columns ("DESC" marks a descending column). Each events index
# ends with it, so a filtered, newest-first page is read straight off one index, without sorting;
# the row id (SQLite's rowid, PostgreSQL's _seq) breaks the remaining ties.
TIMELINE_ORDER = ("sort_date DESC", "doc_id", "sentence_index")
# Indexes that earlier builds of schema version 1 created and the index set above replaces.
SUPERSEDED_INDEXES = ("idx_events_sort_date", "idx_events_type_sort_date", "idx_events_source_actor_sort_date",
                      "idx_events_target_actor_sort_date", "idx_events_modality_sort_date",
                      # replaced by wider indexes: an actor's mentions in listing order (actor_id, doc_id, start),
                      # a walk of documents newest first that needs no row (published_at DESC, id, is_primary),
                      # a document's claims in order, by claimant, without reading them (doc_id, sentence_index, claimant)
                      "idx_mentions_actor_id", "idx_documents_published_at", "idx_claims_doc_id",
                      "idx_documents_published_at_id", "idx_claims_doc_id_claimant",
                      "idx_documents_publisher")  # (publisher, id): a publisher's documents without their rows


def index_name(table: str, cols: tuple[str, ...]) -> str:
    """idx_<table>_<columns>, without the DESC markers."""
    return f"idx_{table}_" + "_".join(c.split()[0] for c in cols)

_SENTENCE_COLS = (
    C("doc_id", "text", "Document the record was found in", references=DOC_FK, not_null=True),
    C("sentence_index", "int", "0-based position of the sentence in the document"),
    C("sentence", "text", "The sentence text"),
)

TABLES: tuple[Table, ...] = (
    Table("documents", "Every ingested text with where it came from. One row per distinct content; "
          "a changed page at the same URL (or a changed local file at the same path) is a new row linked by previous_version.", (
        C("id", "text", "Stable id: doc_ + first 16 hex chars of content_hash", primary=True),
        C("url", "text", "Where the document was fetched from, when known"),
        C("title", "text", "Title or headline"),
        C("publisher", "text", "Outlet or issuing body"),
        C("published_at", "text", "Publication date (ISO 8601)"),
        C("fetched_at", "text", "When cablegram read it (ISO 8601, UTC)"),
        C("source", "text", "File path, URL or feed it was ingested from"),
        C("content_hash", "text", "SHA-256 of the whitespace-normalised text; re-ingesting the same hash is a no-op", not_null=True),
        C("language", "text", "Detected language (ISO 639-1)"),
        C("is_primary", "bool", "1 when the document is an official primary source (readout, ministry statement)"),
        C("previous_version", "text", "Id of the earlier version of the same URL (or local file path)", references=DOC_FK),
        C("text", "text", "Clean main text", not_null=True),
        C("raw", "text", "The input as read (HTML, feed entry, JSON line)"),
        C("meta", "json", "Other fields from the input"),
        C("ingested_at", "text", "When the row was written (ISO 8601, UTC)"),
        C("quality", "json", "Named quality flags set at ingest (boilerplate, encoding_repaired, mixed_encoding, short_text, partial_date, …); flagged documents are not coded unless asked"),
        C("processed_version", "text", "Pipeline version that produced the document's analysis; NULL = not processed"),
    ), indexes=(("url",), ("source",), ("previous_version",), ("published_at DESC", "id", "is_primary"), ("publisher", "id"), ("processed_version",),
                ("id", "publisher")),
       primary_key=("id",)),
    Table("actors", "States, organisations, people and groups: the knowledge base plus actors first seen in text.", (
        C("id", "text", "Actor id: ISO 3166 alpha-3 for states, IGO.<ACRONYM> for organisations, person:<slug> for people", primary=True),
        C("name", "text", "Canonical name", not_null=True),
        C("type", "text", "state | organisation | person | group"),
        C("country", "text", "ISO 3166 alpha-3 country the actor belongs to"),
        C("aliases", "json", "Other names and spellings"),
        C("roles", "json", "Offices held, each with title, role, country, start and end dates and a source note"),
        C("source", "text", "Where the knowledge-base entry comes from"),
        C("is_new", "bool", "1 when first seen in text and not in the knowledge base"),
    ), indexes=(("name",), ("country",)), primary_key=("id",)),
    Table("analyses", "One row per processed document: the pipeline version and sentence offsets.", (
        C("doc_id", "text", "Processed document", primary=True, references=DOC_FK),
        C("language", "text", "Detected language"),
        C("sentences", "json", "Sentence [start, end] character offsets"),
        C("pipeline_version", "text", "Version of the NLP pipeline that produced the rows"),
        C("processed_at", "text", "When (ISO 8601, UTC)"),
    ), primary_key=("doc_id",)),
    Table("mentions", "Spans of a document that name an actor.", (
        C("id", "text", "Stable id", primary=True),
        C("doc_id", "text", "Document", references=DOC_FK, not_null=True),
        C("sentence_index", "int", "Sentence position"),
        C("start", "int", "Start character offset in the document text"),
        C("end", "int", "End character offset"),
        C("text", "text", "The span as written (a name variant, a title, a demonym)"),
        C("actor_id", "text", "Resolved actor"),
        C("role_on_date", "text", "Office the person held on the document's date"),
        C("method", "text", "How it was resolved: exact | folded | fuzzy | surname | title | institution | new"),
        C("score", "real", "Resolution confidence 0-1"),
    ), indexes=(("doc_id",), ("actor_id", "doc_id", "start")), primary_key=("id",)),
    Table("events", "PLOVER events: who did what to whom, when, where, and how certain.", (
        C("id", "text", "Stable id", primary=True),
        *_SENTENCE_COLS,
        C("type", "text", "PLOVER event type (see docs/codebook.md)"),
        C("mode", "text", "PLOVER mode of the type"),
        C("context", "json", "PLOVER contexts"),
        C("source_actor", "text", "Actor id of who acts"),
        C("target_actor", "text", "Actor id of who is acted upon"),
        C("source_text", "text", "Source actor as written"),
        C("target_text", "text", "Target actor as written"),
        C("trigger", "text", "Word(s) that express the event"),
        C("date", "text", "Event date (ISO), relative dates resolved against publication"),
        C("place", "text", "Where it happened"),
        C("modality", "text", "occurred | planned | hypothetical | negated"),
        C("reported_speech", "bool", "1 when the event is reported by someone"),
        C("confidence", "real", "Classifier confidence 0-1"),
        C("sort_date", "text", "Event date (an analyst's corrected date first), else the document's publication date: the timeline order"),
        C("date_source", "text", "text (the sentence states the date) | publication (date taken from the document) | NULL"),
        C("canonical_id", "text", "Id of the canonical event when several documents of one story report the same happening"),
        C("spans", "json", "Character offsets in the document of what produced the event: {trigger, source, target, place: [start, end]}"),
    ), indexes=(("doc_id",), *((*lead, *TIMELINE_ORDER) for lead in ((), ("type",), ("source_actor",),
                                                                    ("target_actor",), ("modality",)))),
       primary_key=("id",)),
    Table("claims", "Reported statements and who made them.", (
        C("id", "text", "Stable id", primary=True),
        *_SENTENCE_COLS,
        C("claimant_kind", "text", "named | organisation | anonymous | analysts | outlet | none"),
        C("claimant", "text", "Actor id of the claimant when resolved"),
        C("claimant_text", "text", "Claimant as written"),
        C("cue", "text", "Reporting cue: said, according to, noted …"),
        C("quote", "text", "direct | indirect | none"),
        C("quote_spans", "json", "[start, end] offsets of quoted text within the sentence"),
        C("hedges", "json", "Hedging words found: may, reportedly …"),
        C("spans", "json", "Character offsets in the document: {claimant, cue, content: [start, end]}"),
        C("attribution_index", "int", "0: the sentence's main attribution; 1, 2 …: its other attributions in cue order, each its own claim"),
    ), indexes=(("doc_id", "sentence_index", "claimant"), ("claimant_kind",), ("claimant",)), primary_key=("id",)),
    Table("commitments", "Support ledger: pledges, allocations and deliveries from donors to recipients.", (
        C("id", "text", "Stable id", primary=True),
        *_SENTENCE_COLS,
        C("donor", "text", "Actor id (or text) of the donor"),
        C("recipient", "text", "Actor id (or text) of the recipient"),
        C("category", "text", "military | financial | humanitarian | other"),
        C("subcategory", "text", "e.g. air defence, loan, grant"),
        C("items", "json", "Items named"),
        C("amount", "real", "Amount in the stated currency"),
        C("currency", "text", "ISO 4217 code"),
        C("amount_text", "text", "Amount as written"),
        C("amount_usd", "real", "Amount converted to USD"),
        C("rate_date", "text", "Date of the exchange rate used"),
        C("status", "text", "pledged | allocated | delivered | cancelled | conditional | refused"),
        C("date", "text", "Date of the commitment"),
        C("claimant", "text", "Who reported it"),
        C("confidence", "real", "Reading confidence 0-1"),
        C("reason", "text", "Why this reading (ranges, ambiguity, reference to an earlier pledge, speculation)"),
        C("is_reference", "bool", "1 when the row restates an earlier commitment (never counted twice)"),
        C("refers_to", "text", "For a reference row, the words pointing to the earlier commitment ('the $500m announced in March')"),
        C("date_source", "text", "text (the sentence states the date) | publication | NULL"),
        C("spans", "json", "Character offsets in the document: {trigger, donor, recipient, amount: [start, end]}"),
        C("sort_date", "text", "Commitment date (an analyst's corrected date first), else the document's publication date: the ledger's listing order"),
    ), indexes=(("doc_id",), ("donor",), ("recipient",), ("status",), TIMELINE_ORDER), primary_key=("id",)),
    Table("alignments", "Provenance: each article sentence against its primary source(s).", (
        *_SENTENCE_COLS,
        C("label", "text", "supported | altered | added | other"),
        C("score", "real", "Best support score 0-1"),
        C("evidence", "json", "Primary sentences that support it: doc_id, sentence_index, sentence, score"),
        C("differences", "json", "What differs for altered sentences: actor, number, date, modality, hedging, strength, quote"),
        C("attribution", "text", "Claimant kind of an added sentence"),
        C("spans", "json", "Span-level differences: [{start, end, label: supported|changed|new, kind, source_text}] within the sentence"),
    ), indexes=(("label",),), primary_key=("doc_id", "sentence_index")),
    Table("clusters", "Story clusters: documents reporting the same story.", (
        C("id", "text", "Stable id", primary=True),
        C("doc_ids", "json", "Member documents"),
        C("earliest_doc_id", "text", "Earliest published member"),
        C("primary_doc_id", "text", "Primary source in the cluster, when there is one"),
        C("edges", "json", "Derivation tree: [parent, child, score]"),
    ), primary_key=("id",)),
    Table("corrections", "Analysts' corrections, kept apart from machine output and applied in every listing and export.", (
        C("id", "text", "Stable id", primary=True),
        C("record_table", "text", "events | claims | commitments | mentions", not_null=True),
        C("record_id", "text", "Id of the corrected record", not_null=True),
        C("action", "text", "confirm | correct | reject", not_null=True),
        C("field", "text", "Corrected field (for action=correct)"),
        C("value", "json", "New value (for action=correct)"),
        C("reason", "text", "Why, in the analyst's words"),
        C("author", "text", "Who made the correction"),
        C("created_at", "text", "When (ISO 8601, UTC)"),
    ), indexes=(("record_table", "record_id"),), primary_key=("id",)),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}

# Migration n brings a database from version n-1 to n. Version 1 creates TABLES as above.
# Later changes append a step here (a list of SQL statements per back-end) and bump SCHEMA_VERSION.
# Version 2 (and every open) creates missing tables and adds missing columns, so a column added to
# TABLES reaches older files without a numbered step; only changes that are not additions need one.
SCHEMA_VERSION = 2
