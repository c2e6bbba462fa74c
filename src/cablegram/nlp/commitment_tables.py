"""Support commitments read from table rows ("Donor | category | $1.2bn | delivered").

Each pipe- or tab-separated line with a figure gives one commitment, read cell by cell with low
confidence (0.4) and a reason: the columns are guessed from the cells' contents.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..records import Commitment
from .amounts import find_amounts
from .commitment_lexicon import CommitmentLexicon

__all__ = ["table_rows"]

_STATUS_WORDS = {"cancelled": "cancelled", "canceled": "cancelled", "delivered": "delivered", "allocated": "allocated",
                 "approved": "allocated", "pledged": "pledged", "announced": "pledged", "conditional": "conditional",
                 "refused": "refused"}


def _row(line: str, cells: list[str], index: int, doc_date: str | None, lex: CommitmentLexicon) -> Commitment | None:
    amounts = [a for c in cells for a in find_amounts(c)]
    if not amounts:
        return None
    status = next((_STATUS_WORDS[c.lower()] for c in cells if c.lower() in _STATUS_WORDS), None)
    names = [c for c in cells if not find_amounts(c) and c[:1].isupper() and c.lower() not in _STATUS_WORDS
             and lex.kind(c) is None]
    rule = lex.kind(line)
    a = amounts[0]
    reasons = ["read from a table row; columns guessed from cell contents"] + a.reasons
    if status is None:
        reasons.append("no status column; pledged assumed")
    if len(amounts) > 1:
        reasons.append(f"{len(amounts)} figures in the row; the first used")
    return Commitment(
        doc_id="", sentence_index=index, sentence=line, donor=names[0] if names else None,
        recipient=names[1] if len(names) > 1 else None, category=rule.category if rule else "other",
        subcategory=rule.subcategory if rule else None, amount=a.value, currency=a.currency, amount_text=a.text,
        status=status or "pledged", date=doc_date, confidence=0.4, reason="; ".join(reasons),
    )


def table_rows(sent: Span, index: int, doc_date: str | None, lex: CommitmentLexicon) -> list[Commitment]:
    """Rows of a pipe- or tab-separated table: one commitment per line with a figure in it."""
    rows: list[Commitment] = []
    for line in sent.text.splitlines():
        cells = [c.strip() for c in re.split(r"\t|\|", line) if c.strip()]
        if len(cells) >= 2:
            row = _row(line, cells, index, doc_date, lex)
            if row is not None:
                rows.append(row)
    return rows
