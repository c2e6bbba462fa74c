"""HTML pages and files: main text and metadata via trafilatura."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..records import Document
from .common import normalise_date, tidy_text, utc_now_iso, word_count
from .text import decode_bytes, read_file_bytes

# A page whose extracted main text has fewer words than this is a menu, an error
# page or a script shell, not an article; we refuse it rather than store noise.
MIN_MAIN_TEXT_WORDS = 8


def document_from_html(html: str, source: str, *, url: str | None = None, fetched_at: str | None = None,
                       min_words: int = MIN_MAIN_TEXT_WORDS) -> Document:
    """Extract the main text, title, site name (→ publisher), date and canonical URL of an HTML page.

    ``url`` is where the page was fetched from; it is the Document's url (so a
    later fetch of the same URL is linked as a new version) and the page's own
    canonical URL, when different, goes to ``meta["canonical_url"]``.
    Raises InputError when no main text is found.
    """
    import trafilatura  # lazy: heavy import, only needed for HTML

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                include_tables=True)
    # lxml refuses some inputs (e.g. XML declarations with encodings); trafilatura's date search asserts
    # on some malformed markup (e.g. "<svg html>"): both mean this page cannot be read.
    except (ValueError, TypeError, AssertionError) as exc:
        raise InputError(f"HTML could not be parsed: {exc}", source=source) from None
    text = tidy_text(extracted.text or "") if extracted is not None else ""
    if word_count(text) < min_words:
        raise InputError(f"no main text found in the HTML page ({word_count(text)} words extracted)", source=source,
                         hint="The page may be a menu, a login wall or built by JavaScript; save the article text "
                              "as a .txt file and ingest that instead.")
    meta: dict[str, object] = {"format": "html"}
    page_url = extracted.url
    if page_url and page_url != url:
        meta["canonical_url"] = page_url
    for key in ("author", "description", "hostname", "language"):
        value = getattr(extracted, key, None)
        if value:
            meta[key] = value
    return Document(
        text=text,
        title=(extracted.title or None),
        publisher=(extracted.sitename or None),
        published_at=normalise_date(extracted.date),
        url=url or page_url,
        fetched_at=fetched_at or utc_now_iso(),
        raw=html,
        source=source,
        language=getattr(extracted, "language", None) or None,
        meta=meta,
    )


def read_html_file(path: str | Path) -> Document:
    """Read one ``.html``/``.htm`` file; raises InputError naming the file."""
    p = Path(path)
    html, encoding = decode_bytes(read_file_bytes(p), str(p))
    doc = document_from_html(html, str(p))
    doc.meta["encoding"] = encoding
    return doc
