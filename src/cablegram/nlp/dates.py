"""Resolve date expressions in a sentence against the document's date.

Handles relative expressions ("today", "yesterday", "tomorrow", "on Friday",
"last week", "next week", "two days ago"; a month or year named only relatively is a period, not a day) and explicit ones ("12 March 2023",
"March 12", "2023-03-12"). Weekday names point back to the most recent such day
(news reports past events) unless the sentence is about the future, when they
point forward. Returns ISO dates (YYYY-MM-DD), or None when nothing resolves.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "a": 1, "an": 1}

_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b", re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week|month|year)s?\s+ago\b", re.I)
_RELATIVE = re.compile(r"\b(last|next|this|past|coming)\s+(week|month|year|weekend)\b", re.I)
_SIMPLE = re.compile(r"\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|overnight|last night)\b", re.I)
_FUTURE = re.compile(r"\b(will|shall|going to|plans? to|to be held|scheduled|expected to|next|tomorrow|coming)\b", re.I)


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO string (date or datetime), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _explicit(text: str, anchor: date | None) -> date | None:
    m = _ISO.search(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    for regex, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = regex.search(text)
        if not m:
            continue
        month = _MONTHS.get(m[month_group].lower().rstrip("."))
        if month is None:
            continue
        if m[3]:
            year = int(m[3])
        elif anchor:
            # A bare "12 March" in news means the closest such day, usually not in the future.
            year = anchor.year
            if (month, int(m[day_group])) > (anchor.month, anchor.day) and not _FUTURE.search(text):
                year -= 1
        else:
            continue
        try:
            return date(year, month, int(m[day_group]))
        except ValueError:
            continue
    return None


def resolve_date(text: str, anchor: str | date | None, future: bool | None = None) -> str | None:
    """The ISO date that ``text`` refers to, resolved against ``anchor`` (the publication date).

    ``future`` says whether the sentence talks about the future; None = guess from the text.
    Explicit dates resolve without an anchor; relative ones need it.
    """
    anchor_date = parse_iso(anchor) if isinstance(anchor, str) else anchor
    explicit = _explicit(text, anchor_date)
    if explicit:
        return explicit.isoformat()
    if anchor_date is None:
        return None
    if future is None:
        future = bool(_FUTURE.search(text))
    m = _SIMPLE.search(text)
    if m:
        word = m[1].lower()
        if word == "yesterday" or word == "last night":
            return (anchor_date - timedelta(days=1)).isoformat()
        if word == "tomorrow":
            return (anchor_date + timedelta(days=1)).isoformat()
        return anchor_date.isoformat()
    m = _AGO.search(text)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1].lower()]
        unit = m[2].lower()
        if unit == "day":
            return (anchor_date - timedelta(days=n)).isoformat()
        if unit == "week":
            return (anchor_date - timedelta(weeks=n)).isoformat()
        if unit == "month":
            return _add_months(anchor_date, -n).isoformat()
        return _add_months(anchor_date, -12 * n).isoformat()
    m = _WEEKDAY.search(text)
    if m:
        which = (m[1] or "").lower()
        target = _WEEKDAYS[m[2].lower()]
        delta_back = (anchor_date.weekday() - target) % 7
        delta_fwd = (target - anchor_date.weekday()) % 7
        if which == "last":
            return (anchor_date - timedelta(days=delta_back or 7)).isoformat()
        if which == "next" or (future and which != "last"):
            return (anchor_date + timedelta(days=delta_fwd or 7)).isoformat()
        return (anchor_date - timedelta(days=delta_back)).isoformat()
    # Only weeks are near enough to stand for a day: "next month" or "for the coming year" names a
    # period (often a duration, not when the event happens), so it sets no date.
    for m in _RELATIVE.finditer(text):
        which, unit = m[1].lower(), m[2].lower()
        if unit in ("week", "weekend") and which != "past":  # "over the past week" is a duration
            sign = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
            return (anchor_date + timedelta(weeks=sign)).isoformat()
    return None
