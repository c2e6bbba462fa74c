"""Sentence splitting for provenance, following the rules of the provenance data set.

1. Split at line breaks, drop empty lines.
2. Within a line, split after ``.``, ``?`` or ``!`` (plus any closing quotes or brackets that follow
   directly) when whitespace and then an upper-case letter or a quote mark follow.
   No split after known abbreviations (``U.S.``, ``Mr.``, ``Feb.`` …) or single-letter initials.
3. Strip whitespace.

Time and memory are linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower-cased abbreviations (without the final period) after which a period does not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "cmdr",
    "jr", "sr", "st", "mt", "ft", "rev", "hon", "pres", "amb", "sec", "dept", "corp", "inc", "ltd", "co", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "etc", "e.g", "i.e",
})
# Sentence end candidate: terminal punctuation, closing quotes/brackets, whitespace, then an opener.
_END = re.compile(r"[.?!][\"”’')\]]*(?=\s+[\"“‘'\w])")
_OPENER = re.compile(r"\s+([\"“‘']|\w)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S, U.K, J (initials and dotted acronyms)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and [start, end) character offsets in the source text."""

    index: int
    text: str
    start: int
    end: int


def _no_split_after(line: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation or an initial."""
    if line[dot] != ".":
        return False
    j = dot
    while j > 0 and not line[j - 1].isspace() and line[j - 1] not in "(\"“‘'":
        j -= 1
    word = line[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Antony J. Blinken"
    if word.lower() in ABBREVIATIONS:
        return True
    return bool(_DOTTED.fullmatch(word))  # "U.S." "U.K."


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets (see the module docstring for the rules)."""
    out: list[Sentence] = []
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        cuts = [0]
        for m in _END.finditer(line):
            opener = _OPENER.match(line, m.end())
            if opener is None:
                continue
            ch = opener.group(1)
            if not (ch in "\"“‘'" or ch[0].isupper()):
                continue
            if _no_split_after(line, m.start()):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in zip(cuts, cuts[1:]):
            seg = line[a:b]
            stripped = seg.strip()
            if stripped:
                start = pos + a + (len(seg) - len(seg.lstrip()))
                out.append(Sentence(len(out), stripped, start, start + len(stripped)))
        pos += len(raw_line)
    return out
