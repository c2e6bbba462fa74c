"""Quotation marks in news text: where quoted passages start and end (character offsets)."""

from __future__ import annotations

import re

OPEN_QUOTES = "“«‘"
CLOSE_QUOTES = "”»’"
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


# Curly marks of UTF-8 text read once as cp1252 ("â€œ"; "â€\x9d" or "â€�" where the last byte was lost):
# three characters for one mark.
MOJIBAKE_MARKS = (("â€œ", "“"), ("â€\x9d", "”"), ("â€\ufffd", "”"), ("â€˜", "‘"), ("â€™", "’"))
_WORD_APOSTROPHE = re.compile(r"(?<=\w)''(?=\w)")  # "wednesday''s": an escaped apostrophe, no quotation mark
_ESCAPED_APOSTROPHE = re.compile(r"(?<!')''(?!')")
_MOJIBAKE_PAD = "\x01"  # pads a mark whose quotation starts after it
_DOUBLED_CURLY = re.compile("‘\x01*‘|’\x01*’")


def _normalised_marks(text: str) -> str:
    """``text`` with every quotation mark written as one character padded to its length, so that offsets stay:
    mojibake marks, two apostrophes or backticks for a double mark, a curly double mark written as two curly
    single ones. A text that escapes apostrophes by doubling them (a possessive written with two,
    a closing quotation mark written with four) keeps its runs of two as apostrophes; two apostrophes between
    letters are an apostrophe in any text."""
    for bad, mark in MOJIBAKE_MARKS:
        if bad in text:
            text = text.replace(bad, mark + _MOJIBAKE_PAD * (len(bad) - 1))
    if "''''" in text:
        text = _ESCAPED_APOSTROPHE.sub("\x00\x00", text.replace("''''", '"\x00\x00\x00'))
    text = _WORD_APOSTROPHE.sub("\x00\x00", text)
    text = text.replace("''", '"\x00').replace("``", '"' + _MOJIBAKE_PAD)
    return _DOUBLED_CURLY.sub(lambda m: ("“" if m.group()[0] == "‘" else "”")
                              + ("\x00" if len(m.group()) == 2 else _MOJIBAKE_PAD) * (len(m.group()) - 1), text)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` char ranges of quoted passages (inside the marks).

    Curly quotes pair “…”; straight double quotes alternate. A quotation still
    open at a paragraph break is closed there (news style reopens it in the next
    paragraph), so an unbalanced mark never swallows the rest of the text; one still open at the end of a
    text (a missing closing mark, in a text without paragraph breaks) ends with its first sentence.
    """
    text = _normalised_marks(text)
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
    if open_at is not None:  # never closed: a missing mark, the quotation ends with its first sentence
        end = _SENTENCE_END.search(text, open_at)
        regions.append((open_at, end.end() if end else n))
    return [(_past_padding(text, a), b) for a, b in regions if b > _past_padding(text, a)]


_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")


def _past_padding(text: str, start: int) -> int:
    """``start`` moved past the padding of a mojibake mark or of two backticks (a quotation opened by "â€œ" or
    by two backticks starts after them; one opened by two apostrophes starts at the second, as the span tagger
    was trained)."""
    while start < len(text) and text[start] == _MOJIBAKE_PAD:
        start += 1
    return start


def words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))



def in_regions(idx: int, regions: list[tuple[int, int]]) -> bool:
    """Whether character ``idx`` lies inside one of ``regions``."""
    return any(a <= idx < b for a, b in regions)
