"""Money and number parsing for support commitments.

``find_amounts(text)`` returns every money expression in a sentence as an
:class:`Amount`: the value in the stated currency (a float, in units of that currency), the
ISO 4217 code (or None when no currency is written), and *why* that reading was chosen.
Currencies and number words are data: ``nlp/data/currencies.toml`` (ISO codes, symbols and
names in any case: "NOK", "kroner", "Norwegian crowns", "zł", "złoty", "hryvnia") and
``nlp/data/numbers.toml`` (number words, scale words and abbreviations such as bn/mln/млрд,
bound and estimate qualifiers); pass ``extra`` lexicon tables to :func:`find_amounts` to extend them.
Handled forms:

- digits with magnitude words or abbreviations: ``$1.2bn``, ``€50m``, ``EUR 500 million``,
  ``£2.5 billion``, ``1,2 млрд``, ``1.2 bn``, ``300 mln``, ``NOK 10 billion``, ``10 billion kroner``;
- thousands separators ``1,200,000`` / ``1.200.000`` / ``1 200 000``, decimal commas ``1,5``;
- numbers as words: ``two billion dollars``, ``half a billion euros``, ``a billion``;
- ranges and bounds: ``up to $500 million`` (upper bound), ``between $1bn and $2bn`` and
  ``$1-2 billion`` (upper bound, lower kept in ``low``), ``more than``/``at least`` (lower bound),
  ``about``/``nearly`` (approximate);
- one sum given in two currencies (``EUR 200 million ($220 million)``, ``$50m (€46m)``,
  ``£1bn, or $1.3bn``): one :class:`Amount` in the first currency; the other is named in the reasons.

A bare number with no currency and no magnitude (``two`` systems, ``40`` tanks) is
a quantity, never money. A number with a magnitude but no currency (``2 billion in
aid``) is money with ``currency=None`` and a reason saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicons import load_lexicon

__all__ = ["Amount", "currency_codes", "find_amounts", "parse_number"]

# A thousands-grouped figure may not run on into more digits ("6.7245" is a decimal, not "6.724" + "5").
_DIGITS = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_BETWEEN_BARE_RE = re.compile(r"\bbetween\s+(\d[\d.,]*)\s+and\s*$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# After a currency-less figure, these words mean it is a sum of money ("2 billion in aid"), not a count.
_MONEY_FOLLOWERS = re.compile(
    r"^\s*(?:$|[,.;:)]|in\b|worth\b|for\b|to\b|from\b|of (?:aid|assistance|funding|support|help|financing|"
    r"humanitarian|military|financial|economic|budget|new)\b|as\b|towards?\b|over\b|this\b|next\b|last\b|and\b)",
    re.IGNORECASE,
)
# Between two amounts, a gap like these means the second restates the first in another currency.
_EQUIVALENT_GAP = re.compile(r"^\s*(?:\(|,?\s*or\s+|/|,\s*(?:about|around|roughly|some|approximately)\s+|—|–)\s*"
                             r"(?:about|around|roughly|some|approximately|approx\.|c\.|~)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Grammar:
    """The compiled money pattern and the tables it reads (built once per lexicon content)."""

    money: re.Pattern
    symbols: dict[str, str]  # upper-cased symbol or code -> ISO code
    words: dict[str, str]  # lower-cased name -> ISO code
    ambiguous: dict[str, tuple[str, str]]  # lower-cased name -> (code assumed, reason)
    context: dict[str, str]  # lower-cased word -> code that settles an ambiguous name
    units: dict[str, float]
    fractions: dict[str, float]
    scales: dict[str, float]
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    codes: frozenset[str]
    glued: frozenset[str] = frozenset()  # other ISO codes, read only glued to a figure ("JOD43.7 million")
    candidates: dict[str, frozenset] = field(default_factory=dict)  # ambiguous name -> the codes it may mean


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _prefix_pattern(cur: dict[str, Any], codes: frozenset[str], glued: list[str], scales: dict[str, float]) -> str:
    """The currencies read before a figure: codes in capitals ("NOK 2 billion", so "try 5" or "won 3" are not money),
    symbols, other ISO codes glued to the figure, and codes in lower case only when a magnitude follows the figure
    ("eur 300 million")."""
    sym = f"(?-i:{_alternation(codes)})|{_alternation(cur.get('symbols', {}).keys())}"
    if glued:
        sym += f"|(?-i:{_alternation(glued)})(?=\\d)"
    lower = [c.lower() for c in codes if c not in {x.upper() for x in cur.get("not_lowercase", [])}]
    if lower:
        sym += f"|(?-i:{_alternation(lower)})(?=[\\s\\u00a0]?(?:{_DIGITS})[\\s\\u00a0]*(?:{_alternation(scales)})\\b)"
    return sym


def _compile(cur: dict[str, Any], num: dict[str, Any]) -> _Grammar:
    codes = frozenset(c.upper() for c in cur.get("codes", []))
    symbols = {k.upper(): v for k, v in cur.get("symbols", {}).items()}
    symbols.update({c: c for c in codes})
    # Any other ISO 4217 code counts only written in capitals and glued to the figure ("JOD43.7 million").
    glued = sorted(_iso_currency_codes() - codes)
    symbols.update({c: c for c in glued})
    words = {k.lower(): v for k, v in cur.get("words", {}).items()}
    # Codes read in lower case too ("50 mln eur"), except those that are English words ("try").
    words.update({c.lower(): c for c in codes if c not in {x.upper() for x in cur.get("not_lowercase", [])}})
    units = {k.lower(): float(v) for k, v in num.get("units", {}).items()}
    fractions = {k.lower(): float(v) for k, v in num.get("fractions", {}).items()}
    scales = {k.lower(): float(v) for k, v in num.get("scales", {}).items()}
    wordnum = _alternation(list(units) + list(fractions) + ["hundred", "and"])
    figure = rf"(?P<num>{_DIGITS}|(?!and\b)(?:(?:{wordnum})[\s-]+)*(?:{wordnum}))"
    sym = _prefix_pattern(cur, codes, glued, scales)
    money = re.compile(
        # Never from inside a word or a figure: "JOD43.7 million" is not "7 million".
        rf"(?<![\w$€£¥₴₽₩₺₹])(?<!\d[.,])(?:(?P<pre>{sym})[\s\u00a0]?)?{figure}"
        rf"(?:\s*(?:-|–|—|to)\s*(?:(?:{sym})[\s\u00a0]?)?(?P<num2>{_DIGITS}))?"
        rf"(?:[\s\u00a0]+(?P<mid>(?-i:{_alternation(codes)}))(?=[\s\u00a0]+(?:{_alternation(scales)})\b))?"
        # "$5-billion program", "a 5-billion-dollar package": a hyphen may join the figure, magnitude and currency
        rf"(?:(?:[\s\u00a0]*|-)(?P<mag>{_alternation(scales)})\.?(?!\w))?"
        rf"(?:(?:[\s\u00a0]+|-)(?P<suf>{_alternation(words)})(?!\w))?",
        re.IGNORECASE,
    )
    quals = num.get("qualifiers", {})
    return _Grammar(
        money=money, symbols=symbols, words=words,
        ambiguous={k.lower(): (v[0], v[1]) for k, v in cur.get("ambiguous", {}).items()},
        candidates={k.lower(): frozenset(v[2]) for k, v in cur.get("ambiguous", {}).items() if len(v) > 2},
        context={k.lower(): v for k, v in cur.get("context", {}).items()},
        units=units, fractions=fractions, scales=scales, codes=codes, glued=frozenset(glued),
        qualifiers=tuple((kind, tuple(quals.get(key, []))) for kind, key in (
            ("upper_bound", "upper"), ("lower_bound", "lower"), ("approximate", "approximate"))),
    )


def _iso_currency_codes() -> frozenset[str]:
    """Every ISO 4217 alphabetic code (pycountry's table), upper case."""
    import pycountry

    return frozenset(c.alpha_3.upper() for c in pycountry.currencies)


@lru_cache(maxsize=8)
def _grammar_for(cur_key: str, num_key: str) -> _Grammar:
    import json

    return _compile(json.loads(cur_key), json.loads(num_key))


@lru_cache(maxsize=1)
def _default_grammar() -> _Grammar:
    return _compile(load_lexicon("currencies"), load_lexicon("numbers"))


def grammar(extra_currencies: dict | None = None, extra_numbers: dict | None = None) -> _Grammar:
    """The money grammar for the shipped lexicons plus any ``extra`` tables (cached by content)."""
    import json

    if not extra_currencies and not extra_numbers:
        return _default_grammar()
    cur = load_lexicon("currencies", extra_currencies)
    num = load_lexicon("numbers", extra_numbers)
    return _grammar_for(json.dumps(cur, sort_keys=True), json.dumps(num, sort_keys=True))


def currency_codes() -> frozenset[str]:
    """The ISO codes the currencies lexicon knows."""
    return grammar().codes


@dataclass
class Amount:
    """One money expression in a text, with the reading chosen and why.

    ``value`` is in units of ``currency``; ``start``/``end`` are character offsets into the text."""

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


def parse_number(text: str, g: _Grammar | None = None) -> tuple[float, list[str]] | None:
    """Parse a figure written in digits (any common separator) or words; returns (value, reasons) or None.

    >>> parse_number("1,2")[0], parse_number("1,200")[0], parse_number("two hundred")[0]
    (1.2, 1200.0, 200.0)
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        return None
    if s[0].isdigit():
        return _parse_digits(s)
    return _parse_words(s, g or grammar())


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


def _parse_words(s: str, g: _Grammar) -> tuple[float, list[str]] | None:
    words = [w for w in re.split(r"[\s-]+", s.lower()) if w]
    if not words:
        return None
    if words[0] in g.fractions and words[1:] in ([], ["a"], ["an"]):
        return g.fractions[words[0]], []  # "half a (billion)"
    extra = 0.0
    if len(words) > 2 and words[-2] == "a" and words[-1] in g.fractions:
        extra = g.fractions[words[-1]]  # "one and a half (billion)"
        words = words[:-2]
    words = [w for w in words if w != "and"]
    if len(words) > 1 and words[0] in ("a", "an") and words[1] != "hundred":
        words = words[1:]  # "a two billion euro loan": the article, not one more
    if not words:
        return None
    current = 0.0
    for w in words:
        if w in g.units:
            current += g.units[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            return None
    return current + extra, []


def _magnitude(mag: str | None, g: _Grammar) -> float:
    return g.scales.get((mag or "").lower().rstrip("."), 1.0) if mag else 1.0


def _code(pre: str | None, suf: str | None, text: str, g: _Grammar) -> tuple[str | None, str | None]:
    """(ISO code, reason when an ambiguous name was settled or assumed) for the matched currency."""
    if pre:
        return g.symbols.get(pre.upper()), None
    if not suf:
        return None, None
    low = suf.lower()
    if low in g.ambiguous:
        allowed = g.candidates.get(low)  # "shillings" are settled by "Tanzania", never "crowns"
        words = re.findall(r"\w+", text.lower())
        for k, word in enumerate(words):
            for key in (" ".join(words[k:k + 2]), word):  # two words first: "central african", "equatorial guinea"
                if key in g.context and (allowed is None or g.context[key] in allowed):
                    return g.context[key], f"'{suf}' read as {g.context[key]} from '{key}' in the text"
        return g.ambiguous[low]
    return g.words.get(low), None


def _qualifier(before: str, g: _Grammar) -> tuple[str, str] | None:
    """The bound/approximation phrase that ends ``before`` (the text left of a figure), if any."""
    b = before.lower().rstrip()
    if re.search(r"\b(?:add|adds|added|adding|amount|amounts|amounted|amounting)\s+up\s+to$", b):
        return None  # "the commitments add up to €406m": a sum, not a bound
    if re.search(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|pass|passes|"
                 r"passed|passing|make|makes|made|making|fork|forks|forked|forking)\s+over$", b):
        return None  # "handed over $5m", "signed over €2m": "over" is the verb's particle, not a bound
    for kind, phrases in g.qualifiers:
        for p in phrases:
            if b.endswith(" " + p) or b == p:
                return kind, p
    return None


def find_amounts(text: str, g: _Grammar | None = None) -> list[Amount]:
    """All money expressions in ``text``, left to right (see the module docstring for the forms).

    ``g`` is a grammar from :func:`grammar` (the shipped lexicons when None)."""
    g = g or grammar()
    found: list[Amount] = []
    pos = 0
    while True:
        m = g.money.search(text, pos)
        if m is None:
            break
        amount = _reading(text, m, g)
        if amount is not None:
            found.append(amount)
            pos = m.end()
        else:
            # A rejected match ("a CHF" read as words + suffix) may hide a real one that starts inside it: after
            # a number in words, the next word may open one ("a A$40 million": the article, then the money).
            pos = m.start() + _rejected_skip(m)
    return _merge_equivalents(text, _merge_between(text, found, g))


def _rejected_skip(m: re.Match) -> int:
    """How far past a rejected match's start the next search begins: past its figure when it opens with digits,
    past the first word of a number in words (the next word may carry a currency sign), one character after a
    currency written first."""
    num = m.group("num")
    if m.group("pre"):
        return 1
    if num[0].isdigit():
        return max(1, len(num))
    return max(1, len(num.split()[0]))


def _plausible(text: str, m: re.Match, g: _Grammar) -> bool:
    """Whether the match can be money at all (not a bare count, a lone article or a stray letter)."""
    num, mag, pre = m.group("num"), m.group("mag"), m.group("pre")
    # A single letter magnitude ("m", "b", "k") only counts after a digit with a currency written before or
    # after it ("$5m", "735 m ISK"), so "5 m of cable" or "two b" are not read as millions.
    if mag and len(mag.rstrip(".")) == 1 and not ((pre or m.group("suf")) and num[0].isdigit()):
        return False
    if not num[0].isdigit() and num.strip().lower() in ("a", "an", "and"):
        # "a billion dollars" is money; a lone article before a currency ("a CHF") or a scale alone is not
        return num.strip().lower() != "and" and bool(mag) and bool(pre or m.group("suf"))
    # A rarer code glued to a small bare number is a name ("COP27"), not money ("JOD43.7 million" has a scale).
    if pre and pre in g.glued and not mag and not re.search(r"\d{4}|\d[.,]\d", num):
        return False
    return True


# Currency names that are also weights: money only after a magnitude word ("500 million pound")
_WEIGHT_NAMES = frozenset(("pound",))
# currency names that are also common English words: money only after a magnitude ("12 billion won"; "7 won" is not)
_SCALED_ONLY_NAMES = frozenset(("won",))


def _reading(text: str, m: re.Match, g: _Grammar) -> Amount | None:
    if not _plausible(text, m, g) or _falling_range(m, g):
        return None
    parsed = parse_number(m.group("num"), g)
    if parsed is None:
        return None
    value, reasons = parsed
    mag = m.group("mag")
    code, why = _code(m.group("pre") or m.group("mid"), m.group("suf"), text, g)
    if why:
        reasons.append(why)
    if not mag and (m.group("suf") or "").lower() in _WEIGHT_NAMES | _SCALED_ONLY_NAMES:
        return None  # "a 500-pound bomb" is a weight; "a 500 million pound loan" is money
    if code is None:
        if not mag or not _money_without_currency(text, m, g):
            return None  # a bare count: "two systems", "40 tanks", a year, "1 million rounds"
        reasons.append("no currency stated")
    start, end = m.start(), m.end()
    if mag and len(mag) > 4 and text[:end].endswith(mag + "."):
        end -= 1  # "€12 million.": the full stop ends the sentence; an abbreviation keeps its dot ("5 mln.")
    amount = Amount(value=value * _magnitude(mag, g), currency=code, text=text[start:end].strip(), start=start,
                    end=end, reasons=reasons, confidence=0.9 if code else 0.5)
    _apply_range(text, m, amount, g)
    _apply_qualifier(text, amount, g)
    return amount


def _falling_range(m: re.Match, g: _Grammar) -> bool:
    """"in November 2022 to 16 million EUR": a "range" whose first end exceeds its second is a year or a
    count before a figure, not a range (the search then restarts inside the match and finds the figure)."""
    if not m.group("num2"):
        return False
    first, second = parse_number(m.group("num"), g), parse_number(m.group("num2"), g)
    return first is not None and second is not None and first[0] > second[0]


def _money_without_currency(text: str, m: re.Match, g: _Grammar) -> bool:
    rest, before = text[m.end():], text[: m.start()].lower()
    if not (_MONEY_FOLLOWERS.match(rest) or before.rstrip().endswith("worth")):
        return False
    return _magnitude(m.group("mag"), g) >= 1e6


def _apply_range(text: str, m: re.Match, amount: Amount, g: _Grammar) -> None:
    mag = _magnitude(m.group("mag"), g)
    if m.group("num2"):
        second = parse_number(m.group("num2"), g)
        if second is not None:
            # "$1-2 billion": the magnitude applies to both ends.
            high = second[0] * mag
            amount.low, amount.value = min(amount.value, high), max(amount.value, high)
            amount.kind = "range"
            amount.reasons.append("range; upper bound used")
            amount.confidence = min(amount.confidence, 0.7)
    between = _BETWEEN_BARE_RE.search(text[: amount.start])
    if between is not None and amount.kind == "exact":
        first = parse_number(between.group(1), g)
        if first is not None:
            # "between 1 and 2 billion euros": the magnitude and currency apply to both ends.
            amount.low = first[0] * mag
            amount.kind = "range"
            amount.start = between.start()
            amount.text = text[amount.start:amount.end].strip()
            amount.reasons.append("range; upper bound used")
            amount.confidence = min(amount.confidence, 0.7)


def _apply_qualifier(text: str, amount: Amount, g: _Grammar) -> None:
    start = amount.start
    qual = _qualifier(text[:start], g)
    if qual is None:
        return
    kind, phrase = qual
    amount.kind = kind if amount.kind == "exact" else amount.kind
    amount.start = start - len(phrase) - (1 if text[:start].endswith(" ") else 0)
    amount.text = text[amount.start:amount.end].strip()
    label = {"upper_bound": "upper bound ('{p}')", "lower_bound": "lower bound ('{p}')",
             "approximate": "approximate ('{p}')"}[kind].format(p=phrase)
    amount.reasons.append(label)
    amount.confidence = min(amount.confidence, 0.7 if kind != "approximate" else 0.8)


def _merge_between(text: str, amounts: list[Amount], g: _Grammar) -> list[Amount]:
    """Fold "between X and Y" / "from X to Y" into one range reading (upper bound used)."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        if b is not None and _is_range_pair(text, a, b):
            out.append(_range_of(text, a, b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _is_range_pair(text: str, a: Amount, b: Amount) -> bool:
    gap = text[a.end:b.start].strip().lower()
    opener = _BETWEEN_RE.search(text[: a.start]) is not None
    return (gap == "and" and opener) or gap in ("to", "-", "–", "—")


def _range_of(text: str, a: Amount, b: Amount) -> Amount:
    opener = _BETWEEN_RE.search(text[: a.start]) is not None
    cur = a.currency or b.currency
    start = a.start - (len("between ") if opener else 0)
    return Amount(value=max(a.value, b.value), currency=cur, text=text[start:b.end].strip(), start=start, end=b.end,
                  kind="range", low=min(a.value, b.value), confidence=0.7,
                  reasons=[r for r in a.reasons + b.reasons if r != "no currency stated" or cur is None]
                  + ["range; upper bound used"])


def _merge_equivalents(text: str, amounts: list[Amount]) -> list[Amount]:
    """"EUR 200 million ($220 million)": the second figure restates the first in another currency."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and prev.currency and a.currency and a.currency != prev.currency and \
                _EQUIVALENT_GAP.match(text[prev.end:a.start]):
            prev.reasons.append(f"also given as {a.text} (one sum in two currencies; the first used)")
            continue
        out.append(a)
    return out
