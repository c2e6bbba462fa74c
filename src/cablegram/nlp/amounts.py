"""Money and number parsing for support commitments.

``find_amounts(text)`` returns every money expression in a sentence as an
:class:`Amount`: the value in the stated currency, the ISO 4217 code (or None
when no currency is written), and *why* that reading was chosen. Handled forms:

- digits with magnitude words or abbreviations: ``$1.2bn``, ``€50m``, ``EUR 500 million``,
  ``£2.5 billion``, ``1,2 млрд``, ``1.2 bn``, ``300 mln``;
- thousands separators ``1,200,000`` / ``1.200.000`` / ``1 200 000``, decimal commas ``1,5``;
- numbers as words: ``two billion dollars``, ``half a billion euros``, ``a billion``;
- ranges and bounds: ``up to $500 million`` (upper bound), ``between $1bn and $2bn`` and
  ``$1-2 billion`` (upper bound, lower kept in ``low``), ``more than``/``at least`` (lower bound),
  ``about``/``nearly`` (approximate).

A bare number with no currency and no magnitude (``two`` systems, ``40`` tanks) is
a quantity, never money. A number with a magnitude but no currency (``2 billion in
aid``) is money with ``currency=None`` and a reason saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# ISO codes we convert (see cablegram/ledger/data/usd_rates.csv).
CURRENCY_CODES = frozenset(
    ("USD", "EUR", "GBP", "UAH", "JPY", "CAD", "AUD", "CHF", "PLN", "SEK", "NOK", "DKK", "RUB", "CNY")
)

# Written before the number. Longer forms first so "US$" wins over "$".
_PREFIX_CURRENCY = (
    ("US$", "USD"), ("USD", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("AU$", "AUD"), ("A$", "AUD"),
    ("$", "USD"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("GBP", "GBP"), ("₴", "UAH"), ("UAH", "UAH"),
    ("¥", "JPY"), ("JPY", "JPY"), ("CAD", "CAD"), ("AUD", "AUD"), ("CHF", "CHF"), ("Fr.", "CHF"),
    ("PLN", "PLN"), ("zł", "PLN"), ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("₽", "RUB"), ("RUB", "RUB"),
    ("CNY", "CNY"), ("RMB", "CNY"),
)

# Written after the number (lower-case match). "kronor" is Swedish, "kroner" Norwegian/Danish: ambiguous
# between NOK and DKK, so "kroner" alone maps to NOK with a reason (see _SUFFIX_AMBIGUOUS).
_SUFFIX_CURRENCY = (
    ("us dollars", "USD"), ("u.s. dollars", "USD"), ("american dollars", "USD"), ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"), ("dollars", "USD"), ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"),
    ("pounds sterling", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("hryvnias", "UAH"), ("hryvnia", "UAH"),
    ("hryvnyas", "UAH"), ("yen", "JPY"), ("swiss francs", "CHF"), ("francs", "CHF"), ("zlotys", "PLN"),
    ("zloty", "PLN"), ("złoty", "PLN"), ("swedish kronor", "SEK"), ("kronor", "SEK"), ("norwegian kroner", "NOK"),
    ("danish kroner", "DKK"), ("kroner", "NOK"), ("roubles", "RUB"), ("rubles", "RUB"), ("ruble", "RUB"),
    ("rouble", "RUB"), ("yuan", "CNY"), ("renminbi", "CNY"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"),
    ("uah", "UAH"), ("jpy", "JPY"), ("cad", "CAD"), ("aud", "AUD"), ("chf", "CHF"), ("pln", "PLN"), ("sek", "SEK"),
    ("nok", "NOK"), ("dkk", "DKK"), ("rub", "RUB"), ("cny", "CNY"), ("грн", "UAH"), ("руб", "RUB"), ("долларов", "USD"),
    ("евро", "EUR"),
)
_SUFFIX_AMBIGUOUS = frozenset(("kroner",))

_MAGNITUDES = (
    ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3), ("трлн", 1e12), ("млрд", 1e9),
    ("млн", 1e6), ("тыс", 1e3), ("bln", 1e9), ("mln", 1e6), ("bn", 1e9), ("mn", 1e6), ("tn", 1e12),
    ("b", 1e9), ("m", 1e6), ("k", 1e3),
)

_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25}

# Words that qualify the figure that follows.
_UPPER = ("up to", "as much as", "no more than", "not more than", "a maximum of", "at most", "of up to")
_LOWER = ("more than", "over", "at least", "in excess of", "upwards of", "no less than", "not less than", "above")
_APPROX = ("about", "around", "roughly", "nearly", "almost", "approximately", "some", "close to", "an estimated",
           "approx.", "circa")

_SYM = "|".join(re.escape(p) for p, _ in sorted(_PREFIX_CURRENCY, key=lambda x: -len(x[0])))
_MAG = "|".join(re.escape(m) for m, _ in _MAGNITUDES)
_WORDNUM = "|".join(sorted(list(_UNITS) + list(_FRACTIONS) + ["hundred", "and"], key=len, reverse=True))
_SUF = "|".join(re.escape(s) for s, _ in sorted(_SUFFIX_CURRENCY, key=lambda x: -len(x[0])))
# A figure: digit groups with , . space or NBSP separators, or a run of number words.
_DIGITS = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORDS = rf"(?!and\b)(?:(?:{_WORDNUM})[\s-]+)*(?:{_WORDNUM})"
_FIGURE = rf"(?P<num>{_DIGITS}|{_WORDS})"
_MAGP = rf"(?:[\s\u00a0]*(?P<mag>{_MAG})\.?(?![\w]))?"
_MONEY_RE = re.compile(
    rf"(?<![\w$€£¥₴₽])(?:(?P<pre>{_SYM})[\s\u00a0]?)?{_FIGURE}"
    rf"(?:\s*(?:-|–|—|to)\s*(?:(?:{_SYM})[\s\u00a0]?)?(?P<num2>{_DIGITS}))?"
    rf"{_MAGP}(?:[\s\u00a0]+(?P<suf>{_SUF})(?!\w))?",
    re.IGNORECASE,
)
_BETWEEN_BARE_RE = re.compile(r"\bbetween\s+(\d[\d.,]*)\s+and\s*$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# After a currency-less figure, these words mean it is a sum of money ("2 billion in aid"), not a count.
_MONEY_FOLLOWERS = re.compile(
    r"^\s*(?:$|[,.;:)]|in\b|worth\b|for\b|to\b|from\b|of (?:aid|assistance|funding|support|help|financing|"
    r"humanitarian|military|financial|economic|budget|new)\b|as\b|towards?\b|over\b|this\b|next\b|last\b|and\b)",
    re.IGNORECASE,
)


@dataclass
class Amount:
    """One money expression in a text, with the reading chosen and why."""

    value: float
    currency: str | None
    text: str
    start: int
    end: int
    kind: str = "exact"  # exact | upper_bound | lower_bound | approximate | range
    low: float | None = None  # lower end of a range
    confidence: float = 0.9
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str | None:
        return "; ".join(self.reasons) or None


def parse_number(text: str) -> tuple[float, list[str]] | None:
    """Parse a figure written in digits (any common separator) or words; returns (value, reasons) or None.

    >>> parse_number("1,2")[0], parse_number("1,200")[0], parse_number("two hundred")[0]
    (1.2, 1200.0, 200.0)
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    if s[0].isdigit():
        return _parse_digits(s)
    return _parse_words(s)


def _parse_digits(s: str) -> tuple[float, list[str]] | None:
    reasons: list[str] = []
    compact = s.replace(" ", "")
    seps = [c for c in compact if c in ",."]
    if not seps:
        return float(compact), reasons
    groups = re.split(r"[,.]", compact)
    if len(seps) == 1:
        tail = groups[-1]
        if len(tail) == 3 and s.count(" ") == 0:
            # "1,200" is English thousands; "1.200" is ambiguous (German thousands or a decimal). We read
            # "," as thousands and "." as a decimal point, as English-language news does, and say so for ".".
            if seps[0] == ",":
                return float(compact.replace(",", "")), reasons
            reasons.append(f"'{s}' read as a decimal point, not a thousands separator")
            return float(compact), reasons
        return float(compact.replace(",", ".")), reasons
    # Several separators: the last one is a decimal mark when it differs from the others.
    if len(set(seps)) == 1:
        return float(re.sub(r"[,.]", "", compact)), reasons
    dec = seps[-1]
    head, _, frac = compact.rpartition(dec)
    return float(re.sub(r"[,.]", "", head) + "." + frac), reasons


def _parse_words(s: str) -> tuple[float, list[str]] | None:
    words = [w for w in re.split(r"[\s-]+", s.lower()) if w]
    if not words:
        return None
    if words[0] in ("half", "quarter") and words[1:] in ([], ["a"], ["an"]):
        return _FRACTIONS[words[0]], []  # "half a (billion)"
    extra = 0.0
    if len(words) > 2 and words[-2:] in (["a", "half"], ["a", "quarter"]):
        extra = _FRACTIONS[words[-1]]  # "one and a half (billion)"
        words = words[:-2]
    words = [w for w in words if w != "and"]
    if not words:
        return None
    current = 0.0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            return None
    return current + extra, []


def _magnitude(mag: str | None) -> float:
    if not mag:
        return 1.0
    m = mag.lower().rstrip(".")
    for name, value in _MAGNITUDES:
        if m == name:
            return value
    return 1.0


def _prefix_code(pre: str | None) -> str | None:
    if not pre:
        return None
    for sym, code in _PREFIX_CURRENCY:
        if pre.upper() == sym.upper():
            return code
    return None


def _suffix_code(suf: str | None) -> str | None:
    if not suf:
        return None
    low = suf.lower()
    for word, code in _SUFFIX_CURRENCY:
        if low == word:
            return code
    return None


def _qualifier(before: str) -> tuple[str, str] | None:
    """The bound/approximation phrase that ends ``before`` (the text left of a figure), if any."""
    b = before.lower().rstrip()
    for kind, phrases in (("upper_bound", _UPPER), ("lower_bound", _LOWER), ("approximate", _APPROX)):
        for p in phrases:
            if b.endswith(" " + p) or b == p:
                return kind, p
    return None


def find_amounts(text: str) -> list[Amount]:
    """All money expressions in ``text``, left to right (see the module docstring for the forms)."""
    found: list[Amount] = []
    pos = 0
    while True:
        m = _MONEY_RE.search(text, pos)
        if m is None:
            break
        amount = _reading(text, m)
        if amount is not None:
            found.append(amount)
            pos = m.end()
        else:
            # A rejected match ("a CHF" read as words + suffix) may hide a real one that starts inside it.
            pos = m.start() + max(1, len(m.group("num")) if not m.group("pre") else 1)
    return _merge_between(text, found)


def _reading(text: str, m: re.Match) -> Amount | None:
    num = m.group("num")
    mag = m.group("mag")
    pre, suf = m.group("pre"), m.group("suf")
    # A single letter magnitude ("m", "b", "k") only counts glued to a digit or after a currency symbol,
    # so "5 m of cable" or "two b" are not read as millions.
    if mag and len(mag.rstrip(".")) == 1 and not (pre and num[0].isdigit()):
        return None
    parsed = parse_number(num)
    if parsed is None:
        return None
    value, reasons = parsed
    is_words = not num[0].isdigit()
    if is_words and num.strip().lower() in ("a", "an", "and"):
        return None
    code = _prefix_code(pre) or _suffix_code(suf)
    if code is None and not mag:
        return None  # a bare count: "two systems", "40 tanks", a year
    if code is None:
        rest = text[m.end():]
        before = text[: m.start()].lower()
        if not (_MONEY_FOLLOWERS.match(rest) or before.rstrip().endswith("worth")):
            return None  # "1 million rounds": a quantity of items
        if _magnitude(mag) < 1e6:
            return None
        reasons.append("no currency stated")
    if suf and suf.lower() in _SUFFIX_AMBIGUOUS:
        reasons.append("'kroner' may be Norwegian or Danish; Norwegian assumed")
    value *= _magnitude(mag)
    start, end = m.start(), m.end()
    amount = Amount(value=value, currency=code, text=text[start:end].strip(), start=start, end=end, reasons=reasons)
    if code is None:
        amount.confidence = 0.5
    if m.group("num2"):
        second = parse_number(m.group("num2"))
        if second is not None:
            high = second[0] * _magnitude(mag)
            # "$1-2 billion": the magnitude applies to both ends.
            amount.low, amount.value = min(value, high), max(value, high)
            amount.kind = "range"
            amount.reasons.append("range; upper bound used")
            amount.confidence = min(amount.confidence, 0.7)
    between = _BETWEEN_BARE_RE.search(text[:start])
    if between is not None and amount.kind == "exact":
        first = parse_number(between.group(1))
        if first is not None:
            # "between 1 and 2 billion euros": the magnitude and currency apply to both ends.
            amount.low = first[0] * _magnitude(mag)
            amount.kind = "range"
            amount.start = start = between.start()
            amount.text = text[start:end].strip()
            amount.reasons.append("range; upper bound used")
            amount.confidence = min(amount.confidence, 0.7)
    qual = _qualifier(text[:start])
    if qual is not None:
        kind, phrase = qual
        amount.kind = kind if amount.kind == "exact" else amount.kind
        amount.start = start - len(phrase) - (1 if text[:start].endswith(" ") else 0)
        amount.text = text[amount.start:end].strip()
        label = {"upper_bound": "upper bound ('{p}')", "lower_bound": "lower bound ('{p}')",
                 "approximate": "approximate ('{p}')"}[kind].format(p=phrase)
        amount.reasons.append(label)
        amount.confidence = min(amount.confidence, 0.7 if kind != "approximate" else 0.8)
    return amount


def _merge_between(text: str, amounts: list[Amount]) -> list[Amount]:
    """Fold "between X and Y" / "from X to Y" into one range reading (upper bound used)."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        if i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = text[a.end:b.start].strip().lower()
            opener = _BETWEEN_RE.search(text[: a.start]) is not None
            if (gap == "and" and opener) or gap in ("to", "-", "–", "—"):
                cur = a.currency or b.currency
                low, high = min(a.value, b.value), max(a.value, b.value)
                start = a.start - (len("between ") if opener else 0)
                merged = Amount(value=high, currency=cur, text=text[start:b.end].strip(), start=start, end=b.end,
                                kind="range", low=low, confidence=0.7,
                                reasons=[r for r in a.reasons + b.reasons if r != "no currency stated" or cur is None]
                                + ["range; upper bound used"])
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out
