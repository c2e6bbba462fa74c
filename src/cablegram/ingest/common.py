"""Helpers shared by the readers: timestamps, date normalisation, HTML-fragment text."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from html.parser import HTMLParser

# Tags after which a fragment's text gets a line break, so paragraphs stay apart.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "header", "footer",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def utc_now_iso() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def normalise_date(value: object) -> str | None:
    """An ISO 8601 date/datetime string for ``value``, or None when it cannot be read.

    Accepts ISO strings (kept as given when already ISO), ``datetime``/``date``
    objects, and free-form dates such as ``5 March 2024`` (via dateparser,
    imported lazily because it is slow to import).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat() if len(text) > 10 else date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    import dateparser  # lazy: 0.5 s import, only needed for free-form dates

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", text):
        return parsed.date().isoformat()
    return parsed.isoformat()


class _FragmentText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def fragment_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (feed summaries): tags dropped, paragraphs kept on their own lines."""
    if "<" not in fragment and "&" not in fragment:
        return tidy_text(fragment)
    parser = _FragmentText()
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
