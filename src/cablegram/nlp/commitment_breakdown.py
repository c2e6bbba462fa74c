"""Parts of a stated total: the breakdown of one package, never commitments of their own.

A figure followed by its breakdown in parentheses or after a colon ("a total of €6.75 billion (€1.63 billion in
2022, €5.12 billion in 2023)", "EUR 90m in all: EUR 60m for fuel and EUR 30m for generators") is one package;
the figures inside add up to at most the total. :func:`without_breakdown` keeps the total and lists the parts
as its detail (the reason text of the row), so a package is booked once.
"""

from __future__ import annotations

import re

from .amounts import Amount

__all__ = ["fold_stated_parts", "without_breakdown"]

# Between a total and its first part: a few words ("in total", "overall") and an opening bracket or a colon.
_OPENER = re.compile(r"^[\w\s,.-]{0,30}?(?P<open>[(:])\s*(?:[\w\s,.-]{0,40}?)$")
_SLACK = 1.01  # rounding in the stated parts


def _parts_after(text: str, amounts: list[Amount], k: int) -> list[int]:
    """Indices of the amounts that break down ``amounts[k]`` (empty when none do)."""
    total = amounts[k]
    if k + 1 >= len(amounts) or total.value is None:
        return []
    m = _OPENER.match(text[total.end:amounts[k + 1].start])
    if m is None:
        return []
    close = text.find(")", total.end) if m.group("open") == "(" else len(text)
    close = len(text) if close < 0 else close
    parts = [j for j in range(k + 1, len(amounts)) if amounts[j].start < close]
    values = [amounts[j].value for j in parts]
    if (m.group("open") == ":" and len(parts) < 2) or any(v is None for v in values) or \
            any(amounts[j].currency not in (None, total.currency) for j in parts):
        return []
    return parts if sum(values) <= total.value * _SLACK else []


def without_breakdown(text: str, kept: list[Amount], parts: list[str]) -> tuple[list[Amount], list[str]]:
    """``kept`` without the figures that break down a total before them, and ``parts`` with their texts added."""
    dropped: set[int] = set()
    for k in range(len(kept)):
        if k not in dropped:
            dropped.update(_parts_after(text, kept, k))
    if not dropped:
        return kept, parts
    return [a for j, a in enumerate(kept) if j not in dropped], parts + [kept[j].text for j in sorted(dropped)]


def fold_stated_parts(rows: list) -> list:
    """A note's rows less the references whose figures are the parts of its package's value.

    In a note on one package, figures stated as earlier or partial ("previously provided 400 million DKK", "as part of
    the 600 million DKK") that add up exactly (to 1 %) to the counted package value ("1 billion DKK") are its
    breakdown: the rows are dropped (never booked again by the ledger) and named in the value row's ``reason``.
    Two parts at least; rows of another donor or currency, cancellations and refusals stay."""
    value = next((r for r in rows if r.amount is not None and not r.is_reference and r.status not in _NOT_BOOKED), None)
    if value is None:
        return rows
    parts = [r for r in rows if r is not value and _may_be_part(r, value)]
    distinct = sorted({r.amount for r in parts})
    if len(distinct) < 2 or abs(sum(distinct) - value.amount) > value.amount * (_SLACK - 1):
        return rows
    texts = ", ".join(dict.fromkeys(r.amount_text or str(r.amount) for r in parts))
    value.reason = "; ".join(x for x in (value.reason, f"breakdown: {texts} (parts of this value, not booked)") if x)
    return [r for r in rows if all(r is not p for p in parts)]


_NOT_BOOKED = ("cancelled", "refused")


def _may_be_part(row, value) -> bool:
    """Whether ``row`` is a reference with a figure that may be a part of ``value``'s (same donor and currency)."""
    return row.is_reference and row.amount is not None and row.currency == value.currency and \
        row.donor in (None, value.donor) and row.status not in _NOT_BOOKED
