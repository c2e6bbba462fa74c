"""Helpers shared by the readers: timestamps, date normalisation, HTML-fragment text."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from html.parser import HTMLParser

from ..nlp.dates import parse_timestamp

# Tags after which a fragment's text gets a line break, so paragraphs stay apart.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "header", "footer",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})


def utc_now_iso() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def normalise_date(value: object) -> str | None:
    """An ISO 8601 date/datetime string for ``value``, or None unless it is a complete date.

    Strict (see :func:`cablegram.nlp.dates.parse_timestamp`): a date missing its day, month or
    year is None, never completed from the clock. :func:`read_date` also says why.
    """
    return parse_timestamp(value).iso


# A source's date before this year is no publication date of the news we read: a date in another calendar read as
# Gregorian ("1404/12/15", a Solar Hijri date of 2026) or a typing slip. Such a date is unparsed, never stored.
EARLIEST_PUBLICATION_YEAR = 1900


def read_date(value: object) -> tuple[str | None, str | None]:
    """``(iso, flag)`` for a source's date: flag ``partial_date`` (day, month or year missing),
    ``unparsed_date`` (not a date we can read, or one before :data:`EARLIEST_PUBLICATION_YEAR`) or None
    (complete, or no date given)."""
    stamp = parse_timestamp(value)
    if stamp.iso and stamp.iso[:4].isdigit() and int(stamp.iso[:4]) < EARLIEST_PUBLICATION_YEAR:
        return None, "unparsed_date"
    return stamp.iso, {"partial": "partial_date", "unparsed": "unparsed_date"}.get(stamp.status)


# A fragment with block markup lays out its text by its tags: a line break inside a paragraph's text is a space
# (a feed that hard-wraps its HTML must not cut sentences into lines), as a browser shows it.
_BLOCK_MARKUP = re.compile(r"<(?:p|div|br|li|h[1-6]|blockquote|tr|table|section|article)\b", re.I)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


class _FragmentText(HTMLParser):
    def __init__(self, flow: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0
        self._flow = flow

    def handle_starttag(self, tag: str, attrs) -> None:
        self._pre += tag == "pre"
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._pre = max(0, self._pre - (tag == "pre"))
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(_HTML_SPACE.sub(" ", data) if self._flow and not self._pre else data)


# A fragment escaped twice ("&amp;lt;p&amp;gt;…" in a feed, "&lt;p&gt;…" in a JSONL body) reads, once unescaped,
# as markup again: a block element with its closing tag, or a line break.
_ESCAPED_MARKUP = re.compile(r"<(p|div|li|h[1-6]|blockquote)\b[^<>]*>.*?</\1\s*>|<br\s*/?>", re.I | re.S)


def fragment_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (feed summaries): tags dropped, paragraphs kept on their own lines.
    A fragment escaped twice is read once more, so its tags do not stay in the text as words."""
    text = _fragment_text(fragment)
    return _fragment_text(text) if _ESCAPED_MARKUP.search(text) else text


def _fragment_text(fragment: str) -> str:
    if "<" not in fragment and "&" not in fragment:
        return tidy_text(fragment)
    parser = _FragmentText(flow=bool(_BLOCK_MARKUP.search(fragment)))
    parser.feed(fragment)
    parser.close()
    return tidy_text("".join(parser.parts))


def tidy_text(text: str) -> str:
    """Trim each line, collapse runs of spaces and of blank lines; keep paragraph breaks."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def word_count(text: str) -> int:
    return len(text.split())


TITLE_LINE_CHARS = 150  # a first line up to this long is the title as it stands
TITLE_CHARS = 120  # a title made from a first sentence is cut (at a word boundary) to about this length
_SENTENCE_STOP = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def title_from_text(text: str) -> str | None:
    """A title for a text that has none: its first non-empty line when that is at most
    :data:`TITLE_LINE_CHARS` characters, else that line's first sentence; anything longer than
    :data:`TITLE_CHARS` is cut at a word boundary and ends with "…". None for a blank text."""
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if not line:
        return None
    if len(line) <= TITLE_LINE_CHARS:
        return line
    first = _SENTENCE_STOP.split(line, maxsplit=1)[0].strip()
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS + 1].rsplit(None, 1)[0].rstrip(" ,;:-–—")
    return cut + "…"
