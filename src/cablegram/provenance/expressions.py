"""Dates, numbers and durations in a sentence, with character spans and comparable keys.

Used by the difference checks (:mod:`.differences`) to compare an article sentence with its
evidence. Written to work across scripts: digits, currency signs and scale words are compared
as values, and English, Ukrainian and Russian month names map to month numbers, so "May 15"
and "15 травня" are the same date.

Rules that keep words which only look like dates or numbers out:

- "May" is a month only when a day or year is next to it or a preposition ("in", "on", "since",
  "by", "until", "of", "early", "late", "mid") comes before it; otherwise it is the modal verb;
- "No 10" / "No. 10" / "Number 10" (Downing Street), "No 7" (any capitalised "No"/"Number" and a numeral) is a
  name, not a number;
- "the two", "the three", "both" refer back to people already named: not a number;
- digits glued to letters or hyphens ("G7", "F-16", "S-300") are names of things, not numbers; a figure joined by a
  hyphen to a word ("a 3-gigawatt wind farm", "a 10-point plan") is a number;
- numbers inside a date or a duration are compared as part of that date or duration.

All functions are linear in the length of the sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocabulary

_UNITS = r"(?:percent|per cent|%|dollars?|euros?|hryvnias?|гривень|доларів|долларов)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|-?го)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern, ...]:
    """The date patterns, most specific first, built from the calendar lexicon's month and day names."""
    month_alt = _alternation(vocabulary.month_numbers())
    month = rf"(?P<m>{month_alt})\.?"
    return (
        re.compile(rf"\b{month}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?{month}(?:,?\s+{_YEAR}(?:\s*(?:року|года|р\.|г\.))?)?(?!\w)", re.I),
        re.compile(rf"\b{month}\s+{_YEAR}\b", re.I),
        re.compile(rf"\b(?:in|on|since|by|until|till|of|from|early|late|mid-?|last|next|this|у|в)\s+{month}(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?P<m>(?!may\b)(?:{month_alt}))(?!\w)", re.I),
        re.compile(rf"\b(?:in|since|by|until|of|from)\s+{_YEAR}\b", re.I),
        re.compile(rf"\b(?P<rel>{_alternation(vocabulary.relative_days())})\b", re.I),
    )


@lru_cache(maxsize=1)
def _number_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(figures, number words, inexact-figure markers) built from the numbers lexicon."""
    exact, stems = vocabulary.scales()
    scale_alt = "|".join([_alternation(exact)] + [re.escape(s) + r"\w*" for s in sorted(stems, key=len, reverse=True)])
    figure = re.compile(
        r"(?<![\w.-])(?P<cur>US\$|\$|€|£|USD\s|EUR\s|UAH\s)?\s?"
        r"(?P<num>\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!\w|-(?![a-z]{3})|\.\d)"
        rf"(?:[\s-]?(?P<scale>{scale_alt})\b\.?)?(?:[\s-]?(?P<unit>{_UNITS})(?!\w))?", re.I)  # "a 300-million-euro fund"
    word = re.compile(rf"\b(?P<w>{_alternation(vocabulary.number_words())})\b"
                      r"(?:\s+(?:a\s+)?(?P<scale>thousand|million|billion|trillion)\b)?", re.I)  # "half a million"
    inexact = re.compile(rf"\b(?:{_alternation(vocabulary.inexact_markers())})\s*$", re.I)
    return figure, word, inexact


# A time of day ("07:52 -" opening a live-blog line, "at 14.30 GMT", "at 9.15 a.m."): when, not how many.
_CLOCK = (r"(?<![\d.:,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.,]\d)"
          r"|(?<![\d.:,])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT\b|UTC\b|CET\b|EET\b|hrs\b|local\s+time\b)")
_NOT_A_NUMBER = re.compile(r"(?-i:\b(?:No\.?|Number)\s+\d{1,4}\b)|\b(?:the|these|those|all)\s+(?:two|three|four|five)\b|\bboth\b|"
                           rf"{_CLOCK}", re.I)
# The first day of a range ("on 5 and 6 November", "21 to 22 August", "3-4 May") is part of the date, not a figure.
_RANGE_DAY = re.compile(r"\b(?:[1-9]|[12]\d|3[01])(?=\s*(?:and|to|-|–|—)\s*(?:[1-9]|[12]\d|3[01])\s+(?P<month>[A-Z][a-z]+))")
_DURATION = re.compile(
    r"\b(?:(?:for\s+)?as long as (?:it takes|necessary|needed|required|"
    r"(?:the|this|that)\s+(?:\w+\s+)?\w+\s+(?:continues|lasts|persists|goes on|endures))|"  # "as long as the war continues"
    r"until (?:the|this|that)\s+(?:\w+\s+)?\w+\s+(?:ends|is over)|indefinitely|permanently|temporarily|"
    r"(?:for|within)\s+(?:another\s+|at least\s+|up to\s+|the next\s+|the coming\s+)?(?:\d+|[a-z]+)\s+(?:more\s+)?"
    r"(?:days?|weeks?|fortnights?|months?|years?|decades?)|(?:until|through|till)\s+(?:the end of\s+)?(?:\d{4}|next year|this year|[a-z]+ \d{4})|"
    r"(?:in|over|within) the (?:next|coming) (?:\d+|[a-z]+ )?\s*(?:days|weeks|months|years)|"
    r"(?:for|over|within) the (?:next|coming) (?:day|week|fortnight|month|year|decade)|"  # one unit: "for the next year"
    r"(?<=cover )(?:the (?:next|coming) (?:\d+|[a-z]+ )?\s*(?:days|weeks|months|years))|"
    r"(?<=covers )(?:the (?:next|coming) (?:\d+|[a-z]+ )?\s*(?:days|weeks|months|years))|"
    r"(?:the\s+)?(?:whole|entire|rest)\s+of\s+(?:next|this|the\s+next|the\s+coming)\s+(?:year|month|week)|"
    # a span of several days told as a whole ("stay open all weekend", "throughout the week")
    r"(?:all|throughout\s+the|the\s+(?:whole|entire))\s+(?:weekend|week|month)(?!\s*['’]s)|"
    # how long an act takes or lasts ("will take two years to complete", "the work lasted three weeks")
    r"(?:take|takes|took|taken|taking|last|lasts|lasted|lasting)\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(?:more\s+)?(?:days?|weeks?|months?|years?))\b", re.I)


@dataclass(frozen=True)
class Expression:
    """A date, number or duration found in a sentence: [start, end) offsets, text and comparable key."""

    kind: str       # "date" | "number" | "duration"
    start: int
    end: int
    text: str
    key: tuple      # date: (month, day, year) or ("rel", word); number: (value, unit); duration: (normalised text,)
    approx: bool = False


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


_FIRST_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


# A plural noun of counted things right after a figure ("tents", "soldiers", "people"), not a verb or a joining word.
_COUNTED_THINGS = re.compile(
    r"\s+(?:(?!(?:was|has|is|does|as|its|this|thus|plus|less|unless|across|towards|elections|games|olympics|talks|polls|"
    r"accords|sessions)\b)[a-z]{2,}[^su\W]s|people|police|personnel|staff|children|men|women|cattle)\b")


def _count_of_things(text: str, m: re.Match) -> bool:
    """Whether a preposition and a year-like figure ("of 2030") count the plural noun right after them, the phrase
    standing inside its clause ("a total of 2030 tents"), not opening it ("By 2030 emissions must fall")."""
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1] not in ",;:(—–-" and bool(_COUNTED_THINGS.match(text, m.end()))


def _sentence_stop_after_month(m: re.Match) -> bool:
    """Whether a date match ends in the full stop right after a month's full name ("in July."): the sentence's stop,
    not the date's. A dot after an abbreviation ("Sept.", "Jan.": the start of a longer month name of the calendar
    lexicon) stays with it."""
    if not m.group(0).endswith(".") or m.groupdict().get("m") is None or m.end("m") != m.end() - 1:
        return False
    word = m.group("m").lower()
    return not any(len(name) > len(word) and name.startswith(word) for name in vocabulary.month_numbers())


def find_dates(text: str) -> list[Expression]:
    """Dates in ``text`` (first pattern wins where patterns overlap), in text order."""
    out: list[Expression] = []
    taken: list[tuple[int, int]] = []
    for n, pat in enumerate(_date_patterns()):
        for m in pat.finditer(text):
            span = (m.start(), m.end())
            if _overlaps(span, taken):
                continue
            groups = m.groupdict()
            if n == 4 and m.group(0).isascii() and not m.group(0)[0].isupper():
                continue  # a bare English month name is capitalised ("mar the talks" is no date)
            if n == 4 and _FIRST_NAME_AFTER.match(text, m.end()):
                continue  # a month word before a capitalised word is a first name ("Jan Kral", "April Dunn"), not a date
            if n == 5 and _count_of_things(text, m):
                continue  # "a total of 2030 tents", "rose to 2030 soldiers": a count, not a year
            if groups.get("rel"):
                key: tuple = ("rel", groups["rel"].lower())
            else:
                month = vocabulary.month_numbers().get((groups.get("m") or "").lower().rstrip("."))
                day = int(groups["d"]) if groups.get("d") else None
                if day is not None and not 1 <= day <= 31:
                    continue
                key = (month, day, int(groups["y"]) if groups.get("y") else None)
            s = m.start("m") if n == 3 else m.start("y") if n == 5 else m.start()  # the date without its preposition
            e = m.end() - 1 if _sentence_stop_after_month(m) else m.end()
            taken.append(span)
            out.append(Expression("date", s, e, text[s:e], key))
    return sorted(out + _range_first_days(text, taken), key=lambda e: e.start)


def _range_first_days(text: str, taken: list[tuple[int, int]]) -> list[Expression]:
    """The first day of a range told once with its month ("from 2 to 4 April": 2 April, as "April 2 to April 4" says)."""
    out = []
    for m in _RANGE_DAY.finditer(text):
        month = vocabulary.month_numbers().get(m.group("month").lower())
        if month and not _overlaps((m.start(), m.end()), taken):
            out.append(Expression("date", m.start(), m.end(), m.group(0), (month, int(m.group(0)), None)))
    return out


def find_durations(text: str) -> list[Expression]:
    """Durations and scopes in time ("for as long as it takes", "for two more years", "until 2025")."""
    return [Expression("duration", m.start(), m.end(), m.group(0), (" ".join(m.group(0).lower().split()),))
            for m in _DURATION.finditer(text)]


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3652}
_COUNTED = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+(?P<more>more\s+)?(?P<u>day|week|fortnight|month|year|decade)s?\b", re.I)


def duration_days(text: str) -> tuple[float, bool] | None:
    """The length in days of a counted duration ("for a month" → 30, "for thirty days" → 30, "for a fortnight" → 14,
    "for two more years" → 730, "for the next year" → 365) and whether it is counted on top of another ("more", "another"); None for an
    open-ended one ("for as long as it takes"). Months count 30 days, years 365: compare lengths with a tolerance."""
    m = _COUNTED.search(text)
    if m is None:
        return None
    n = m.group("n").lower()
    count = 1.0 if n in ("a", "an", "one", "next", "coming") else float(n) if n.isdigit() else vocabulary.number_words().get(n)
    if count is None:
        return None
    more = bool(m.group("more")) or re.search(r"\banother\b", text, re.I) is not None
    return count * _UNIT_DAYS[m.group("u").lower()], more


def same_duration(a: Expression, b: Expression) -> bool:
    """Whether two durations name the same time scope: the same words, or counted lengths within 3 % of each other
    with the same "more"/"another" ("a month" = "thirty days", "a fortnight" = "two weeks", "a year" = "twelve months")."""
    if a.key == b.key:
        return True
    da, db = duration_days(a.text), duration_days(b.text)
    return bool(da and db) and da[1] == db[1] and abs(da[0] - db[0]) <= 0.03 * max(da[0], db[0])


def _value(num: str) -> float | None:
    raw = num.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    else:
        raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def _not_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of digits that are names ("No 7"), groups ("the two") or the first day of a date range."""
    return ([(m.start(), m.end()) for m in _NOT_A_NUMBER.finditer(text)]
            + [(m.start(), m.end()) for m in _RANGE_DAY.finditer(text) if vocabulary.month_numbers().get(m.group("month").lower())])


def find_numbers(text: str, exclude: list[tuple[int, int]] | None = None) -> list[Expression]:
    """Amounts and counts in ``text`` outside the ``exclude`` spans (dates, durations), in text order."""
    skip = list(exclude or []) + _not_numbers(text)
    figure, word, inexact = _number_patterns()
    out: list[Expression] = []
    for m in figure.finditer(text):
        span = (m.start("num"), m.end())
        if _overlaps(span, skip):
            continue
        value = _value(m.group("num"))
        if value is None:
            continue
        scale = vocabulary.scale_of(m.group("scale")) if m.group("scale") else 1.0
        if m.group("scale") and m.group("scale").lower() in ("m", "b", "k") and not m.group("cur"):
            scale = 1.0  # "5 m" without a currency is more likely metres than millions
        unit = "%" if (m.group("unit") or "").lower() in ("percent", "per cent", "%") else ("money" if m.group("cur") or m.group("unit") else "")
        start = m.start("cur") if m.group("cur") else m.start("num")
        out.append(Expression("number", start, m.end(), text[start:m.end()].strip(), (value * scale, unit),
                              bool(inexact.search(text[:start]))))
    for m in word.finditer(text):
        span = (m.start(), m.end())
        if _overlaps(span, skip) or any(_overlaps(span, [(e.start, e.end)]) for e in out):
            continue
        scale = vocabulary.scale_of(m.group("scale")) if m.group("scale") else 1.0
        out.append(Expression("number", m.start(), m.end(), m.group(0),
                              (vocabulary.number_words()[m.group("w").lower()] * scale, ""), bool(inexact.search(text[:m.start()]))))
    return sorted(out + _frequency_numbers(text, skip), key=lambda e: e.start)


def _frequency_numbers(text: str, skip: list[tuple[int, int]]) -> list[Expression]:
    """How often in one word ("twice a year": 2) outside the ``skip`` spans."""
    return [Expression("number", m.start(), m.end(), m.group(0), (_FREQUENCY_WORDS[m.group(0).lower()], ""), False)
            for m in _FREQUENCY.finditer(text) if not _overlaps((m.start(), m.end()), skip)]


# How often, in one word ("twice a year" against "four times a year": the count changed).
_FREQUENCY_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_FREQUENCY = re.compile(r"\b(?:once|twice|thrice)\b(?=\s+(?:a|an|per|every|each)\s+(?:day|week|fortnight|month|quarter|year|decade)\b)",
                        re.I)


@lru_cache(maxsize=4096)
def expressions(text: str) -> tuple[tuple[Expression, ...], tuple[Expression, ...], tuple[Expression, ...]]:
    """(dates, durations, numbers) of ``text``; numbers exclude those inside dates and durations.

    Cached (source sentences are compared with many article sentences); the tuples are immutable."""
    dates = find_dates(text)
    durations = [d for d in find_durations(text) if not _overlaps((d.start, d.end), [(x.start, x.end) for x in dates if x.key[0] != "rel"])]
    numbers = find_numbers(text, [(x.start, x.end) for x in dates + durations])
    return tuple(dates), tuple(durations), tuple(numbers)


def same_date(a: tuple, b: tuple) -> bool:
    """Whether two date keys can name the same day (missing parts match anything)."""
    if a[0] == "rel" or b[0] == "rel":
        return a == b
    return all(x is None or y is None or x == y for x, y in zip(a, b)) and a[0] == b[0]


def same_number(a: Expression, b: Expression) -> bool:
    """Equal values; within 10 % when the article hedges the figure ("about", "more than", "nearly")."""
    va, vb = a.key[0], b.key[0]
    if va == vb:
        return True
    if a.approx and vb:
        return abs(va - vb) / abs(vb) <= 0.10
    return False


def closest(a: Expression, candidates: list[Expression]) -> Expression | None:
    """The candidate number nearest to ``a`` in order of magnitude (the likeliest original of a changed figure)."""
    if not candidates:
        return None
    va = a.key[0] or 1e-9
    return min(candidates, key=lambda c: (c.key[1] != a.key[1], abs(math.log10(abs(va)) - math.log10(abs(c.key[0]) or 1e-9))))
