"""Ingestion: turn files, folders, URLs, feeds and JSONL into Documents and store them.

``read_source`` yields Documents and, as values, the InputErrors of inputs
that could not be read; ``ingest_sources`` stores the Documents and returns an
``IngestSummary``. Every Document passes ``finish_document`` (datelines, headlines,
boilerplate, language, quality flags; see ``quality.py``); ``document_from_bytes`` does the
same for one uploaded file. The single-format readers are exported for library use.
"""

from .feeds import iter_feed, read_feed_file
from .fetch import FetchResult, fetch, make_client
from .html import document_from_html, read_html_file
from .jsonl import DEFAULT_FIELDS, iter_jsonl_text, parse_field_options, read_jsonl_file
from .quality import FLAGS, HELD_BACK, finish_document, holds_back, quality_counts
from .runner import IngestSummary, ingest_sources
from .sources import SUFFIX_KINDS, document_from_bytes, folder_files, read_source
from .text import decode_bytes, decode_checked, document_from_text, read_text_file

__all__ = [
    "DEFAULT_FIELDS", "FLAGS", "FetchResult", "HELD_BACK", "IngestSummary", "SUFFIX_KINDS", "decode_bytes",
    "decode_checked", "document_from_bytes", "document_from_html", "document_from_text", "finish_document",
    "holds_back", "quality_counts", "fetch", "folder_files", "ingest_sources", "iter_feed", "iter_jsonl_text", "make_client",
    "parse_field_options", "read_feed_file", "read_html_file", "read_jsonl_file", "read_source", "read_text_file",
]
