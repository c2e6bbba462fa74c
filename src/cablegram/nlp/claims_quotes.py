"""Quotation marks in news text: where quoted passages start and end (character offsets)."""

from __future__ import annotations

OPEN_QUOTES = "“«‘"
CLOSE_QUOTES = "”»’"
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def quote_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` char ranges of quoted passages (inside the marks).

    Curly quotes pair “…”; straight double quotes alternate. A quotation still
    open at a paragraph break is closed there (news style reopens it in the next
    paragraph), so an unbalanced mark never swallows the rest of the text.
    """
    # Some sources write quotation marks as two apostrophes or backticks (''like this''), or a curly double
    # mark as two curly single ones (‘‘like this’’): same length substitution keeps offsets.
    text = text.replace("''", '"\x00').replace("``", '"\x00').replace("‘‘", "“\x00").replace("’’", "”\x00")
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None and i + 1 < n and text[i + 1] == "\n":
            regions.append((open_at, i))
            open_at = None
        elif ch == "“" or (ch == '"' and open_at is None):
            if open_at is not None:  # a reopened quote: close the previous one here
                regions.append((open_at, i))
            open_at = i + 1
        elif (ch == "”" or ch == '"') and open_at is not None:
            regions.append((open_at, i))
            open_at = None
        i += 1
    if open_at is not None:
        regions.append((open_at, n))
    return [(a, b) for a, b in regions if b > a]


def words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))



def in_regions(idx: int, regions: list[tuple[int, int]]) -> bool:
    """Whether character ``idx`` lies inside one of ``regions``."""
    return any(a <= idx < b for a, b in regions)
