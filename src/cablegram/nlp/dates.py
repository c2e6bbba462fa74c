"""The one date resolver: dates stated in a sentence, and publication timestamps.

Two jobs, both driven by the calendar lexicon ``nlp/data/calendar.toml`` (month names,
weekdays, relative day words):

* **Dates in text** — :func:`record_date` gives an event or commitment its date and an honest
  ``date_source``: ``"text"`` when the sentence states the day ("on 2 March", "on Friday",
  "yesterday", "three days ago"), else the publication date with ``"publication"``, else
  ``(None, None)``. Relative days resolve against the statement's date (the publication date)
  and point BACKWARDS ("said on Friday" in a Monday story is the Friday before) unless the
  clause is in the future: the verb the date hangs on decides when a spaCy parse is given
  (``will resume on Tuesday`` → forward; ``said on Friday that it would send`` → back), else
  the caller's ``future`` hint, else future cue words. A month, a year or a duration ("next
  month", "over the past week") names no day and sets no date. :func:`find_date` returns the
  stated date alone; :func:`resolve_date` is its ISO string (kept for existing callers).
* **Publication timestamps** — :func:`parse_timestamp` reads a feed ``pubDate`` or page date
  completely or not at all: ``2023/5/12 15:07:41`` → ``2023-05-12T15:07:41``, ``Fr, 12 Mai 2023``
  → ``2023-05-12``; a date missing its day, month or year is ``partial`` (never completed from
  the clock), an unreadable one ``unparsed``.

All dates are ISO 8601 strings (``YYYY-MM-DD``; timestamps may carry a time and a UTC offset).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .lexicons import load_lexicon

__all__ = [
    "DateResolution", "Timestamp", "background_date", "calendar_words", "find_date", "parse_iso", "parse_timestamp",
    "record_date", "resolve_date",
]

TEXT = "text"
PUBLICATION = "publication"


@dataclass(frozen=True)
class DateResolution:
    """A record's date and where it came from.

    ``date``: ISO ``YYYY-MM-DD`` or None. ``source``: ``"text"`` (the sentence states it),
    ``"publication"`` (the document's date, the sentence states none) or None (no date at all).
    ``start``/``end``: character offsets of the stating words in the sentence (``"text"`` only).
    ``precision``: ``"day"``, ``"month"`` or ``"year"``; a month or year is written as a reduced ISO
    8601 date (``"2017-06"``, ``"2005"``), never completed to a day. A sentence whose date expression
    cannot be resolved keeps ``expression`` with ``date`` and ``source`` None (undated, not the
    publication date).
    """

    date: str | None
    source: str | None
    expression: str | None = None
    start: int | None = None
    end: int | None = None
    precision: str | None = None

    def __iter__(self):  # ``iso, source = record_date(...)``
        return iter((self.date, self.source))


@dataclass(frozen=True)
class Timestamp:
    """A parsed publication timestamp: ``iso`` (None unless complete) and ``status``:
    ``complete`` | ``partial`` (day, month or year missing) | ``unparsed`` | ``missing``."""

    iso: str | None
    status: str


@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]  # English, for text
    any_months: dict[str, int]  # every language, for timestamps
    weekdays: dict[str, int]
    any_weekdays: dict[str, int]
    relative_days: dict[str, int]
    counts: dict[str, int]
    future: re.Pattern
    month_re: str
    weekday_re: str


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def calendar_words() -> _Calendar:
    """The calendar lexicon compiled for matching (read once per process)."""
    lex: dict[str, Any] = load_lexicon("calendar")
    months = dict(lex["months"]["en"])
    weekdays = dict(lex["weekdays"]["en"])
    any_months = {k: v for table in lex["months"].values() for k, v in table.items()}
    any_weekdays = {k: v for table in lex["weekdays"].values() for k, v in table.items()}
    future = re.compile(r"\b(?:" + _alternation(lex["cues"]["future"]) + r")\b", re.I)
    return _Calendar(months, any_months, weekdays, any_weekdays, dict(lex["relative_days"]), dict(lex["counts"]),
                     future, _alternation(months), _alternation(w for w in weekdays if len(w) > 3))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    cal = calendar_words()
    month = r"(" + cal.month_re + r")\.?"
    counts = _alternation(cal.counts)
    return {
        "iso": re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        "day_month": re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + month + r"(?:,?\s+(\d{4}))?(?![\w-])", re.I),
        "month_day": re.compile(r"\b" + month + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?", re.I),
        "relative_day": re.compile(r"\b(" + _alternation(cal.relative_days) + r")\b", re.I),
        "ago": re.compile(r"\b(\d+|" + counts + r")\s+(day|week|month|year)s?\s+ago\b", re.I),
        "weekday": re.compile(r"\b(?:(last|next|this|on|coming)\s+)?(" + cal.weekday_re + r")\b", re.I),
        "relative_week": re.compile(r"\b(last|next|this|past|coming)\s+(week|month|year|weekend)\b", re.I),
        # periods that date an act: "in 2005", "started in mid-2017", "since April 2011", "late last year"
        "month_year": re.compile(r"(?<![\w-])(?:(until|till|by|before|through)\s+)?(?:(?:early|mid|late)[\s-]+)?"
                                 + month + r",?\s+(?:of\s+)?((?:1[89]|20)\d\d)\b(?![-/]\d)", re.I),
        "year": re.compile(r"\b(?:in|since|from|during|throughout|between)\s+(?:the\s+(?:start|beginning|middle|end)"
                           r"\s+of\s+|(?:early|mid|late)[\s-]+)?((?:1[89]|20)\d\d)\b(?![-/]\d|s\b)", re.I),
        "relative_period": re.compile(r"(?<![\w-])(?:(for|the|of|over|past|through|throughout)\s+)?"
                                      r"(?:(early|earlier|late|later|mid)[\s-]+)?(?:in\s+)?(last|this|next)\s+(month|year)\b",
                                      re.I),
    }


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


# ---------------------------------------------------------------------------------------------
# Tense of the clause a date expression belongs to
# ---------------------------------------------------------------------------------------------

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def clause_tense(sentence, start: int) -> str | None:
    """``"past"``, ``"future"`` or None for the verb that governs the token at char ``start`` of
    ``sentence`` (a spaCy Span or Doc with a dependency parse); None without a parse or a verb."""
    verb = _governing_verb(sentence, start)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes} | {verb.lower_}
    if words & _FUTURE_AUX or words & {"going", "plan", "plans"}:
        return "future"
    # "had left", "has met", and the perfect participle "having given birth on Saturday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had", "having") for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # "troops deployed on Friday", a reduced clause
    return None  # present, or a present passive ("is scheduled for Friday"): the hint decides


def _governing_verb(sentence, start: int):
    if sentence is None or not hasattr(sentence, "doc") or not sentence.doc.has_annotation("DEP"):
        return None
    base = getattr(sentence, "start_char", 0)
    token = next((t for t in sentence if t.idx - base <= start < t.idx - base + len(t.text) + 1), None)
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token if token is not None and token.pos_ in ("VERB", "AUX") else None


# ---------------------------------------------------------------------------------------------
# Dates stated in text
# ---------------------------------------------------------------------------------------------


def _explicit(text: str, anchor: date | None, future_at) -> tuple[date | None, re.Match] | None:
    pats = _patterns()
    m = pats["iso"].search(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), m
        except ValueError:
            return None
    months = calendar_words().months
    for key, day_group, month_group in (("day_month", 1, 2), ("month_day", 2, 1)):
        for m in pats[key].finditer(text):
            if m[month_group].lower() == "may" and not m[month_group][0].isupper():
                continue  # the modal verb: "some 12 may have died"
            month = months.get(m[month_group].lower().rstrip("."))
            future = future_at(m.start())
            found = _dated(month, int(m[day_group]), m[3], anchor, future)
            if found is not None and not m[3] and _year_in_doubt(found, anchor, future):
                return None, m  # stated, but the year cannot be told: undated rather than wrongly dated
            if found is not None:
                return found, m
    return None


# A year-less day the tense sends almost a year away from the anchor, while the same day in the other
# direction is only weeks away, is most likely in that other direction: the text was written after its
# stated date (a summary note dated by its first item). Such a day is left undated.
_FAR_DAYS, _NEAR_DAYS = 300, 45


def _year_in_doubt(found: date, anchor: date | None, future: bool) -> bool:
    if anchor is None:
        return False
    try:
        other = found.replace(year=found.year + (-1 if future else 1))
    except ValueError:  # 29 February
        return False
    return abs((found - anchor).days) > _FAR_DAYS and abs((other - anchor).days) <= _NEAR_DAYS


def _dated(month: int | None, day: int, year_text: str | None, anchor: date | None, future: bool) -> date | None:
    if month is None:
        return None
    if year_text:
        year = int(year_text)
    elif anchor:
        # A bare "12 March" means the closest such day: in the past, unless the clause is about the future.
        year = anchor.year
        if (month, day) > (anchor.month, anchor.day) and not future:
            year -= 1
        elif (month, day) < (anchor.month, anchor.day) and future:
            year += 1
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative(text: str, anchor: date, future_at) -> tuple[date, re.Match] | None:
    """Relative days ("yesterday", "three days ago", "on Friday", "last week") against ``anchor``.

    ``future_at(start) -> bool`` says whether the clause at that offset is about the future."""
    pats, cal = _patterns(), calendar_words()
    m = pats["relative_day"].search(text)
    if m:
        return anchor + timedelta(days=cal.relative_days[m[1].lower()]), m
    m = pats["ago"].search(text)
    if m:
        n = int(m[1]) if m[1].isdigit() else cal.counts[m[1].lower()]
        unit = m[2].lower()
        back = {"day": timedelta(days=n), "week": timedelta(weeks=n)}.get(unit)
        return (anchor - back if back else _add_months(anchor, -n * (12 if unit == "year" else 1))), m
    m = pats["weekday"].search(text)
    if m:
        return _weekday(anchor, (m[1] or "").lower(), cal.weekdays[m[2].lower()], future_at(m.start(2))), m
    # Only weeks are near enough to stand for a day: "next month" or "for the coming year" names a
    # period (often a duration, not when the event happens), so it sets no date.
    for m in pats["relative_week"].finditer(text):
        which, unit = m[1].lower(), m[2].lower()
        if unit in ("week", "weekend") and which != "past":  # "over the past week" is a duration
            sign = {"last": -1, "next": 1, "coming": 1, "this": 0}[which]
            return anchor + timedelta(weeks=sign), m
    return None


def _period(text: str, anchor: date | None, future_at) -> tuple[str, str, re.Match] | None:
    """A month or year the sentence dates its act by, as (reduced ISO date, precision, match):
    "in 2005" → ("2005", "year"), "since April 2011" → ("2011-04", "month") (a range gives its
    start), "last month" → the month before ``anchor``, "late last year" → the year before it.
    Forward periods ("next month") give None. Deadlines ("by March 2023", "until 2030") and periods that describe a thing rather than date
    an act ("the budget for this year", "over the past year") give None."""
    pats = _patterns()
    for m in pats["month_year"].finditer(text):
        month = calendar_words().months.get(m[2].lower().rstrip("."))
        if m[1] is None and month and not (m[2].lower() == "may" and not m[2][0].isupper()):
            return f"{int(m[3]):04d}-{month:02d}", "month", m
    m = pats["year"].search(text)
    if m:
        return m[1], "year", m
    if anchor is None:
        return None
    for m in pats["relative_period"].finditer(text):
        lead, which, unit = (m[1] or "").lower(), m[3].lower(), m[4].lower()
        if lead or (which == "this" and (m[2] or "").lower() not in ("early", "earlier", "late", "later", "mid")):
            continue  # "the budget for this year", "over the past year", a bare "this year": no date of an act
        if which == "next":
            continue  # a plan "next month" names no day: the planned event keeps the statement's date
        step = {"last": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return f"{anchor.year + step:04d}", "year", m
        return _add_months(anchor.replace(day=1), step).isoformat()[:7], "month", m
    return None


def _weekday(anchor: date, which: str, target: int, future: bool) -> date:
    back = (anchor.weekday() - target) % 7
    forward = (target - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which in ("next", "coming") or (future and which != "last"):
        return anchor + timedelta(days=forward or 7)
    return anchor - timedelta(days=back)


def _future_judge(text: str, future: bool | None, sentence):
    """A function start -> bool: is the clause at ``start`` about the future?"""
    guessed = bool(calendar_words().future.search(text)) if future is None else future

    def at(start: int) -> bool:
        tense = clause_tense(sentence, start)
        return guessed if tense is None else tense == "future"
    return at


def find_date(text: str, anchor: str | date | None, future: bool | None = None, *, sentence=None,
              periods: bool = False) -> DateResolution:
    """The day ``text`` states, resolved against ``anchor`` (the statement's date: publication).

    ``future``: the caller's hint that the sentence is about the future (e.g. a planned event);
    None = guess from cue words. ``sentence``: the spaCy Span of ``text``; with a parse, the verb
    a date hangs on decides past or future and overrides the hint. ``periods``: also accept a month
    or a year that dates the act ("in 2005", "since April 2011", "last month"; see ``precision``).
    Returns a resolution with ``source="text"``, or ``DateResolution(None, None)`` when the text
    states no day (no period); a stated day whose year is in doubt keeps only its ``expression``.
    """
    anchor_date = parse_iso(anchor) if isinstance(anchor, str) else anchor
    future_at = _future_judge(text, future, sentence)
    found = _explicit(text, anchor_date, future_at)
    if found is None and anchor_date is not None:
        found = _relative(text, anchor_date, future_at)
    if found is not None and found[0] is None:
        m = found[1]
        return DateResolution(None, None, m.group(0).strip(), m.start(), m.end())
    if found is None:
        period = _period(text, anchor_date, future_at) if periods else None
        if period is None:
            return DateResolution(None, None)
        iso, precision, m = period
        return DateResolution(iso, TEXT, m.group(0).strip(), m.start(), m.end(), precision)
    day, m = found
    return DateResolution(day.isoformat(), TEXT, m.group(0).strip(), m.start(), m.end(), "day")


def resolve_date(text: str, anchor: str | date | None, future: bool | None = None) -> str | None:
    """The ISO date ``text`` states, resolved against ``anchor``; None when it states no day."""
    return find_date(text, anchor, future).date


def record_date(sentence, anchor: str | date | None, future: bool | None = None, *, act=None,
                publication_if_in_doubt: bool = False) -> DateResolution:
    """The date an event or commitment found in ``sentence`` (a spaCy Span, or its text) gets.

    The sentence's own date when it states one (``source="text"``; a day, or a month or year with
    ``precision`` saying so: "in 2005", "since April 2011", "last month"); the publication date
    (``source="publication"``) when the sentence states none, or states a date after publication
    in a clause that is not about the future (a misreading, or a hypothetical "could ... next week").
    A year-less day whose year is in doubt leaves the record undated rather than wrongly dated:
    ``DateResolution(None, None, expression)``. ``DateResolution(None, None)`` without any date.
    ``act``: the spaCy token of the record's own word (an event's trigger), when known: a date in a relative
    clause that does not hold it dates a participant's background ("a schoolgirl who left in 2015 has been
    found"), not the act (:func:`background_date`).
    ``publication_if_in_doubt``: a stated day that cannot be resolved (its year in doubt) gives the publication
    date instead of none (events: an event of a dated document is never undated; "asked them to meet on 10
    September" in a note of 4 September dates the asking by publication).
    """
    text = sentence if isinstance(sentence, str) else sentence.text
    span = None if isinstance(sentence, str) else sentence
    anchor_date = parse_iso(anchor) if isinstance(anchor, str) else anchor
    found = find_date(text, anchor_date, future, sentence=span, periods=True)
    if found.start is not None and act is not None and background_date(span, found.start, act):
        found = DateResolution(None, None)
    if found.date and anchor_date and found.date[:len(found.date)] > anchor_date.isoformat()[:len(found.date)]:
        if not _future_judge(text, future, span)(found.start or 0):
            found = DateResolution(None, None)  # a misreading (or a hypothetical "next week"): not the act's date
    if found.date or (found.expression and not (publication_if_in_doubt and anchor_date is not None)):
        return found
    if anchor_date is not None:
        return DateResolution(anchor_date.isoformat(), PUBLICATION)
    return DateResolution(None, None)


def background_date(sentence, start: int, act) -> bool:
    """True when the date at char ``start`` of ``sentence`` (a spaCy Span) hangs on a verb heading a
    relative clause or a participle phrase on a noun ("a schoolgirl who left the UK in 2015 has been found", "a path that had seemed assured three
    months ago") that does not hold the token ``act`` and does not describe it: it tells a participant's or a
    thing's past, not when ``act`` happened. False without a parse."""
    verb = _governing_verb(sentence, start)
    for _ in range(6):
        if verb is None or verb.dep_ in ("relcl", "acl") or verb.head.i == verb.i:
            break
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "advcl", "prep", "pobj") else None
    # a relative clause or a participle on any participant or thing ("a path that had seemed assured three months
    # ago", "accused Y of breaking a bargain struck in March 2016"), not one that describes the act's own noun ("the
    # attack, which took place on Monday", "the strike launched on Monday")
    if verb is None or verb.dep_ not in ("relcl", "acl") or verb.head.i == act.i:
        return False
    return not (verb.left_edge.i <= act.i <= verb.right_edge.i)


# ---------------------------------------------------------------------------------------------
# Publication timestamps
# ---------------------------------------------------------------------------------------------

_ISO_TS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", re.I)
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{1,2})?$")
_NUMERIC_YMD = re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ,]+(.*))?$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,]+(.*))?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([ap])\.?m\.?)?$", re.I)
_ZONE = re.compile(r"^(?:z|utc|gmt|ut|[+-]\d{2}:?\d{2}|(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?)$", re.I)
_NAMED_ZONES = {"z": "+00:00", "utc": "+00:00", "gmt": "+00:00", "ut": "+00:00", "est": "-05:00", "edt": "-04:00",
                "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
                "cet": "+01:00", "cest": "+02:00", "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "bst": "+01:00"}
_TOKEN = re.compile(r"[+-]\d{2}:?\d{2}\b|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?|\d+(?:st|nd|rd|th)?|[^\W\d_]+", re.I)


def _offset(zone: str | None) -> str:
    if not zone:
        return ""
    z = zone.lower()
    if z in _NAMED_ZONES:
        return _NAMED_ZONES[z]
    m = re.match(r"^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$", z)
    if not m:
        return ""
    return f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}"


def _stamp(year: int, month: int, day: int, clock: str | None = None, zone: str | None = None) -> str | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if not clock:
        return d.isoformat()
    m = _TIME.match(clock.strip())
    if not m:
        return None
    hour = int(m[1]) % 12 + (12 if (m[4] or "").lower() == "p" else 0) if m[4] else int(m[1])
    try:
        value = datetime(year, month, day, hour, int(m[2]), int(m[3] or 0))
    except ValueError:
        return None
    return value.isoformat() + _offset(zone)


def _numeric(text: str) -> Timestamp | None:
    m = _ISO_TS.match(text)
    if m:
        clock = f"{m[4]}:{m[5]}:{m[6] or '00'}" if m[4] else None
        return Timestamp(_stamp(int(m[1]), int(m[2]), int(m[3]), clock, m[7]), "complete")
    if _ISO_PARTIAL.match(text):
        return Timestamp(None, "partial")
    m = _NUMERIC_YMD.match(text)
    if m:
        clock, zone = _clock_zone(m[4])
        return Timestamp(_stamp(int(m[1]), int(m[2]), int(m[3]), clock, zone), "complete")
    m = _NUMERIC_DMY.match(text)
    if m:
        first, second = int(m[1]), int(m[3])
        if m[2] == "/" and first <= 12 and second > 12:
            first, second = second, first  # US order: month/day/year
        elif m[2] == "/" and first <= 12 and second <= 12 and first != second:
            return Timestamp(None, "partial")  # 5/6/2023: day and month cannot be told apart
        clock, zone = _clock_zone(m[5])
        return Timestamp(_stamp(int(m[4]), second, first, clock, zone), "complete")
    return None


def _clock_zone(rest: str | None) -> tuple[str | None, str | None]:
    if not rest:
        return None, None
    parts = rest.split()
    clock = parts[0] if parts and _TIME.match(parts[0]) else None
    zone = parts[-1] if len(parts) > 1 else None
    return clock, zone


def _textual(text: str) -> Timestamp | None:
    cal = calendar_words()
    day = month = year = clock = zone = None
    unknown = 0
    for tok in _TOKEN.findall(text):
        low = tok.lower().rstrip(".")
        if ":" in tok:
            clock = tok
        elif tok[0] in "+-" or (low in _NAMED_ZONES or _ZONE.match(low)):
            zone = tok
        elif tok[0].isdigit():
            digits = int(re.sub(r"\D", "", tok))
            if len(re.sub(r"\D", "", tok)) == 4 and year is None:
                year = digits
            elif day is None and 1 <= digits <= 31:
                day = digits
            else:
                unknown += 1
        elif low in cal.any_months and month is None:
            month = cal.any_months[low]
        elif low in cal.any_weekdays or low in ("at", "um", "à", "le", "de", "del", "of", "the", "on", "г", "года", "року", "р"):
            continue
        else:
            unknown += 1
    if month is None or unknown:
        return None  # not a date written with a month name: leave it to the fallback
    if day is None or year is None:
        return Timestamp(None, "partial")
    iso = _stamp(year, month, day, clock, zone)
    return Timestamp(iso, "complete" if iso else "unparsed")


def parse_timestamp(value: object) -> Timestamp:
    """Parse a publication date completely or not at all (see the module docstring).

    Accepts ``datetime``/``date`` objects, ISO 8601, numeric ``Y/M/D`` and ``D.M.Y`` (with an
    optional time and zone), and dates written with a month name in any language of the
    calendar lexicon (``Fri, 12 May 2023 11:41:36 GMT``, ``Fr, 12 Mai 2023``, ``12 травня 2023``).
    Anything else goes to dateparser with all of day, month and year required. The clock is
    never consulted: a date missing its year, month or day is ``partial`` with ``iso=None``.
    """
    if value is None:
        return Timestamp(None, "missing")
    if isinstance(value, datetime):
        return Timestamp(value.isoformat(), "complete")
    if isinstance(value, date):
        return Timestamp(value.isoformat(), "complete")
    text = " ".join(str(value).split())
    if not text:
        return Timestamp(None, "missing")
    found = _numeric(text) or _textual(text)
    if found is not None:
        return found if found.iso or found.status == "partial" else Timestamp(None, "unparsed")
    return _dateparser(text)


def _dateparser(text: str) -> Timestamp:
    if not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        # No year written: relative words ("yesterday") or a partial date; never completed from the clock.
        return Timestamp(None, "partial" if re.search(r"\d", text) else "unparsed")
    import dateparser  # lazy: slow to import, only needed for unusual date formats

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": "past", "STRICT_PARSING": True}
    try:
        parsed = dateparser.parse(text, settings=settings)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        loose = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
        return Timestamp(None, "partial" if loose is not None else "unparsed")
    if re.search(r"\d:\d", text):
        return Timestamp(parsed.isoformat(), "complete")
    return Timestamp(parsed.date().isoformat(), "complete")


def first_day(date: str | None) -> str | None:
    """A reduced ISO date completed to its first day, for ordering and day-level ranges: ``"2005"`` →
    ``"2005-01-01"``, ``"2011-04"`` → ``"2011-04-01"``; a full date, a timestamp, ``""`` and None unchanged."""
    if date and len(date) in (4, 7) and date[:4].isdigit() and (len(date) == 4 or (date[4] == "-" and date[5:].isdigit())):
        return date + ("-01-01" if len(date) == 4 else "-01")
    return date
