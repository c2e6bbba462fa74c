"""Long documents are analysed in sections, so memory and time stay bounded whatever the input.

spaCy's cost grows with the length of a Doc and, for the parser and the attribution components,
with the length of its longest sentence: a 2 MB text without punctuation took 78 s and 4.9 GB as
one Doc. Documents longer than ``SECTION_CHARS`` characters are cut into sections of at most that
size — at a paragraph break when there is one in the second half of the window, else at a line
break, a sentence end, a space, or (text without any) exactly at the limit — and each section is
analysed as a Doc of its own. The section analyses are merged into one :class:`~cablegram.records.Analysis`
whose character offsets and sentence indexes refer to the whole document, as for a short one.

Measured (``benchmarks/reliability.py``): peak memory and time for a 2 MB unpunctuated document.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..records import Analysis, Document

SECTION_CHARS = 10_000
# Also the longest run of characters spaCy sees as one sentence: a break is forced at least this often.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]['\")\]]*\s"), re.compile(r"\s"))


def split_sections(text: str, max_chars: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """[start, end) character ranges covering ``text`` in order, each at most ``max_chars`` long."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    ranges, start, n = [], 0, len(text)
    while n - start > max_chars:
        end = _cut(text, start, start + max_chars)
        ranges.append((start, end))
        start = end
    if start < n or not ranges:
        ranges.append((start, n))
    return ranges


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end the section that starts at ``start``: the last good break in the window's second half."""
    floor = start + (limit - start) // 2
    window = text[floor:limit]
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None:
            return floor + last.end()
    return limit


def _shift_pair(pair: Any, base: int) -> Any:
    if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(x, int) for x in pair):
        return [pair[0] + base, pair[1] + base]
    return pair


def _shift_record(record: Any, base: int, sentence_base: int) -> None:
    """Move a record's document offsets by ``base`` characters and its sentence index by ``sentence_base``."""
    if isinstance(getattr(record, "sentence_index", None), int):
        record.sentence_index += sentence_base
    if isinstance(getattr(record, "start", None), int) and isinstance(getattr(record, "end", None), int):
        record.start += base
        record.end += base
    spans = getattr(record, "spans", None)
    if isinstance(spans, dict):  # {"trigger": [start, end], ...} in document offsets
        record.spans = {k: _shift_pair(v, base) for k, v in spans.items()}


def merge_sections(doc_id: str, parts: list[tuple[int, Analysis]]) -> Analysis:
    """One Analysis from section analyses given with their start offsets (in document order)."""
    merged = Analysis(doc_id=doc_id, pipeline_version=parts[0][1].pipeline_version, language=parts[0][1].language)
    seen_actors: set[str] = set()
    for base, part in parts:
        sentence_base = len(merged.sentences)
        merged.sentences += [[s + base, e + base] for s, e in part.sentences]
        for name in ("mentions", "events", "claims", "commitments"):
            records = getattr(part, name)
            for record in records:
                _shift_record(record, base, sentence_base)
            getattr(merged, name).extend(records)
        for actor in part.new_actors:
            if actor.id not in seen_actors:
                seen_actors.add(actor.id)
                merged.new_actors.append(actor)
    return merged


def analyse_in_sections(nlp, document: Document, max_chars: int = SECTION_CHARS) -> Analysis:
    """Analyse a long ``document`` section by section with the spaCy pipeline ``nlp``; one merged Analysis."""
    from .pipeline import doc_to_analysis, make_doc

    parts = []
    for start, end in split_sections(document.text, max_chars):
        piece = copy.copy(document)
        piece.text = document.text[start:end]
        doc = make_doc(nlp, piece)
        doc._.cg_doc_id = document.id
        parts.append((start, doc_to_analysis(nlp(doc), document.id)))
    return merge_sections(document.id, parts)
