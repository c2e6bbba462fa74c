"""A figure stated as a share of a larger one: the larger figure names the whole commitment, not a second one.

"delivered $5m of the $20m it pledged", "the first $5m of a $20m package", "a first $5m tranche of its $20m
plan", "sent $10m in aid, part of the $50m it promised", "$3m out of $12m", "paid out the first tranche of $5m …
under the $20m facility": the smaller figure (the *share*) is what the sentence reports; the larger one (the *whole*)
names the commitment it is taken from, usually an earlier pledge. The whole is a reference row with the status its
own words give (pledged, or allocated when it was approved or earmarked), never a delivery of its amount, and never
the package's value in a note on one package.

Only adjacent figures pair, only when the words between them say "of" / "out of" / "part of" (with at most a
support noun, a short "to X" phrase or a comma before "part of"; or, after "tranche of" / "instalment of" before the
share, "under" / "from" / "within" before the whole, with no figure or clause break between), and only when the whole is larger than the share
in the same currency (or states none): "$5m of the $20m" pairs, "$20m of the $5m" and "$5m and $20m" do not.

Counted things share the same way: "delivered 800,000 of the 1.5 million shells it promised", "has handed over 40
of the 100 transformers it pledged" report the delivered part, and the whole count names the earlier promise (its
own row, a reference). ``item_share(text)`` finds the first such phrase: two counts tied by "of the" / "out of the"
and a verb on the whole that says how it was committed.

Shape: ``shares(text, amounts) -> list[Share]`` (amounts in text order, offsets into ``text``);
``item_share(text) -> ItemShare | None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .amounts import Amount

__all__ = ["ItemShare", "Share", "item_share", "shares"]

_DET = r"(?:the|a|an|its|their|his|her|this|that|our|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s)"
_WHOLE_ADJ = r"(?:(?:total|overall|original|initial|entire|whole|full|promised|pledged|committed|announced|planned|" \
             r"agreed|approved)\s+)?"
_SUPPORT_NOUN = r"(?:aid|assistance|funding|funds|support|loans?|grants?|relief|money|cash)"
# "$5m of the $20m", "$5m in aid out of a total $20m", "the first $5m of a $20m package"
# "a first $270m tranche of its $1.8bn plan": the share's own noun after its figure
_PART_NOUN = r"(?:tranche|instal?ment|batch|portion)"
_OF_WHOLE = re.compile(r"^\s*(?:(?:in\s+)?(?:\w+\s+)?" + _SUPPORT_NOUN + r"\s+|" + _PART_NOUN + r"\s+)?(?:out\s+)?of\s+(?:"
                       + _DET + r"\s+)?" + _WHOLE_ADJ + r"$", re.IGNORECASE)
_SHARE_NOUN = r"(?:(?:only\s+|just\s+)?(?:a\s+)?(?:part|portion|share|fraction|tranche|instal?ment)|" \
              r"(?:the|an?)\s+(?:first|second|third|fourth|initial|latest|final|last|next)\s+" \
              r"(?:tranche|instal?ment|part|portion|batch))"
# a short time phrase between the share and its comma ("$2m to Haiti on Monday, the first tranche of …")
_WHEN = r"(?:\s+(?:on\s+[A-Z][a-z]+|(?:last|this)\s+(?:week|month|year|[A-Z][a-z]+)|in\s+[A-Z][a-z]+|(?:yesterday|today)))?"
# "$10m in aid to Haiti, part of the $50m", "$2m, the first tranche of a $12m loan", "$4m as part of its $30m"
_PART_OF_WHOLE = re.compile(r"^(?:\s+in\s+(?:\w+\s+)?" + _SUPPORT_NOUN + r")?(?:\s+(?:to|for)\s+(?:the\s+)?"
                            r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?" + _WHEN + r"\s*(?:,\s*(?:which\s+is\s+|as\s+)?|\s+as\s+)"
                            + _SHARE_NOUN + r"\s+of\s+(?:" + _DET + r"\s+)?" + _WHOLE_ADJ + r"$")
# The whole's own words: "the $20m it pledged", "a $20m package approved in May", "the $50m that Norland promised"
_WHOLE_VERB = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+)?(?:[\w'-]+\s+){0,3}?(?:had\s+|has\s+|have\s+|"
                         r"was\s+|were\s+|is\s+|are\s+)?(?:already\s+|previously\s+|originally\s+|initially\s+)?"
                         r"(pledged|promised|committed|announced|offered|approved|allocated|earmarked|budgeted|agreed|"
                         r"authori[sz]ed|signed|set\s+aside|reserved)\b", re.IGNORECASE)
# Whole first: "Of the $20m pledged, $5m has been delivered", "Out of a $12m package, Norland sent only $3m"
_OF_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:out\s+)?of\s+(?:" + _DET + r"\s+)?" + _WHOLE_ADJ + r"$", re.IGNORECASE)
_WHOLE_THEN_PART = re.compile(r"^[^,;:$\u20ac\u00a3]{0,60},[^,;:$\u20ac\u00a3]{0,60}$", re.IGNORECASE)
# "the first tranche, €1.5 billion, of a €4.5 billion loan": the share's noun, then its figure set off by commas
_NAMED_PART = re.compile(r"\b" + _PART_NOUN + r"\s*,\s*$", re.IGNORECASE)
_COMMA_OF = re.compile(r"^\s*,\s*of\s+(?:" + _DET + r"\s+)?" + _WHOLE_ADJ + r"$", re.IGNORECASE)
# "the first tranche of €300m to X on Monday under the €1.2bn facility": a share named as a part before its figure,
# its whole after "under" / "from" / "within" in the same clause (no figure or clause break between)
_PART_BEFORE = re.compile(r"\b" + _PART_NOUN + r"\s+of\s+$", re.IGNORECASE)
_UNDER_WHOLE = re.compile(r"^[^,;:()$\u20ac\u00a3\d]{0,60}?\b(?:under|from|within|out\s+of)\s+(?:" + _DET + r"\s+)?"
                          + _WHOLE_ADJ + r"$", re.IGNORECASE)
_ALLOCATING = frozenset(("approved", "allocated", "earmarked", "budgeted", "authorised", "authorized", "signed",
                         "set aside", "reserved"))
_CLAUSE_END = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s")


@dataclass(frozen=True)
class Share:
    """A share figure, the whole it is taken from, the words that say so, the whole's status and where the whole's
    phrase lies (``whole_start``, ``whole_end``: offsets in the text, the words tying it to the share included)."""

    part: Amount
    whole: Amount
    cue: str
    whole_status: str
    whole_words: str
    whole_start: int
    whole_end: int


def shares(text: str, amounts: Sequence[Amount]) -> list[Share]:
    """The (share, whole) pairs among ``amounts`` (see the module docstring)."""
    out: list[Share] = []
    for first, second in zip(amounts, amounts[1:]):
        between = text[first.end: second.start]
        before = text[max(0, first.start - 40): first.start]
        named_part = (_NAMED_PART.search(before) and _COMMA_OF.match(between)) or (
            _PART_BEFORE.search(before) and _UNDER_WHOLE.match(between))
        if (_OF_WHOLE.match(between) or _PART_OF_WHOLE.match(between) or named_part) and _larger(second, first):
            out.append(_share(text, first, second, text[first.end: second.start]))
        elif _WHOLE_THEN_PART.match(between) and _larger(first, second) and \
                (opening := _OF_BEFORE.search(text[max(0, first.start - 60): first.start])):
            out.append(_share(text, second, first, opening.group(0)))
    return out


def _share(text: str, part: Amount, whole: Amount, before_whole: str) -> Share:
    rest = text[whole.end:]
    stop = _CLAUSE_END.search(rest)
    clause = rest[: stop.start() if stop else len(rest)].rstrip(" .!?")
    verb = _WHOLE_VERB.match(clause[:80])
    status = "allocated" if verb and re.sub(r"\s+", " ", verb.group(1).lower()) in _ALLOCATING else "pledged"
    det = re.search(_DET + r"\s+" + _WHOLE_ADJ + r"$", before_whole, re.IGNORECASE)
    words = " ".join(([det.group(0).strip()] if det else []) + [whole.text] + clause.split()[:6])
    start, end = (part.end, whole.end + len(clause)) if part.start < whole.start else \
        (whole.start - len(before_whole), whole.end + len(clause))
    return Share(part, whole, " ".join(before_whole.split()), status, words, start, end)


def _larger(whole: Amount, part: Amount) -> bool:
    if whole.currency and part.currency and whole.currency != part.currency:
        return False
    return whole.value > part.value


_COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|" \
         r"fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand)(?:\s+(?:hundred|thousand|million))?"
# "800,000 of the 1.5 million artillery shells it promised", "40 of the 100 transformers it pledged last winter"
# whose the whole is: "the", "its", or a named owner in the possessive ("Berlin's", "the Dutch government's"), the
# name captured as the whole's giver
_WHOLE_DET = r"(?:the|its|their|an?|(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s)"
_PROMISE_VERB = r"(?P<verb>pledged|promised|committed|announced|offered|approved|allocated|earmarked|agreed)"
_ITEM_SHARE = re.compile(r"\b(" + _COUNT + r")\s+(?:out\s+)?of\s+" + _WHOLE_DET + r"\s+(?:total\s+(?:of\s+)?)?(?P<whole>"
                         + _COUNT + r")\s+((?:[\w-]+\s+){1,4}?)(?:(?:that|which)\s+)?(?:(?:it|they|he|she|"
                         r"(?P<namer>[A-Z][\w-]*))\s+)?"
                         r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:already\s+|previously\s+|originally\s+)?"
                         + _PROMISE_VERB + r"\b")
# "800,000 of the promised 1.5 million shells", "40 of Norland's pledged 100 tanks": the whole's verb as an adjective
# before its count
_ITEM_SHARE_ADJ = re.compile(r"\b(" + _COUNT + r")\s+(?:out\s+)?of\s+" + _WHOLE_DET + r"\s+" + _PROMISE_VERB +
                             r"\s+(?P<whole>" + _COUNT + r")\s+((?:[\w-]+\s+)?[\w-]+)")
# "40 of Norland's 100 promised tanks": the adjective between the whole's count and its noun
_ITEM_SHARE_MID = re.compile(r"\b(" + _COUNT + r")\s+(?:out\s+)?of\s+" + _WHOLE_DET + r"\s+(?P<whole>" + _COUNT + r")\s+"
                             + _PROMISE_VERB + r"\s+((?:[\w-]+\s+)?[\w-]+)")
# The whole first, at the sentence's start: "Of Norland's pledged 30 ambulances, 12 have arrived", "Of the 30
# ambulances Norland promised, 12 …", "Out of Norland's 40 promised tanks, Ostravia has received 15": the whole's words
# (group ``wp``), then after the comma the share's count (``part``, or ``part2`` after a receiving verb)
_OF_LEAD = r"^\s*(?:[Oo]ut\s+of|[Oo]f)\s+"
_PART_AFTER = (r"\s*,\s*(?:(?:only|just|some)\s+)?(?P<part>" + _COUNT + r")\b(?!\s*(?:%|per\s*cent|percent))|"
               r"\s*,\s*[^,;:]{0,50}?\b(?:received|got|obtained|taken\s+delivery\s+of)\s+(?:(?:only|just)\s+)?"
               r"(?P<part2>" + _COUNT + r")\b")
_WHOLE_FIRST = (
    re.compile(_OF_LEAD + r"(?P<wp>" + _WHOLE_DET + r"\s+" + _PROMISE_VERB + r"\s+(?P<whole>" + _COUNT +
               r")\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?:" + _PART_AFTER + r")"),
    re.compile(_OF_LEAD + r"(?P<wp>" + _WHOLE_DET + r"\s+(?P<whole>" + _COUNT + r")\s+" + _PROMISE_VERB +
               r"\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?:" + _PART_AFTER + r")"),
    re.compile(_OF_LEAD + r"(?P<wp>" + _WHOLE_DET + r"\s+(?P<whole>" + _COUNT + r")\s+(?:[\w-]+\s+){1,4}?"
               r"(?:(?:that|which)\s+)?(?:(?:it|they|(?P<namer>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))\s+)?"
               r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:already\s+|previously\s+|originally\s+)?"
               + _PROMISE_VERB + r"\b[^,;:]{0,40}?)(?:" + _PART_AFTER + r")"),
)
_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "a hundred": 100, "a thousand": 1000}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


@dataclass(frozen=True)
class ItemShare:
    """A count of things taken from a larger count committed before: the whole's words ("the 1.5 million artillery
    shells it promised"), the status its verb gives, the cue and where the whole's phrase lies in the text."""

    cue: str
    whole_status: str
    whole_words: str
    whole_start: int
    whole_end: int
    owner: str | None = None  # the giver the whole's own words name ("Norland's promised 100", "the 100 Norland promised")


def item_share(text: str) -> ItemShare | None:
    """The first "N of the M things it promised" (or "N of the promised M things") of ``text`` whose part is smaller
    than its whole, else None."""
    first = _whole_first(text)
    if first is not None:
        return first
    found = [m for pattern in (_ITEM_SHARE, _ITEM_SHARE_ADJ, _ITEM_SHARE_MID) for m in pattern.finditer(text)]
    for m in sorted(found, key=lambda f: f.start()):
        whole_count, verb = m.group("whole"), m.group("verb")
        part, whole = _count_value(m.group(1)), _count_value(whole_count)
        if part is None or whole is None or not part < whole:
            continue
        verb = verb.lower()
        status = "allocated" if verb in _ALLOCATING else "pledged"
        return ItemShare(cue=f"{m.group(1)} of the {whole_count}", whole_status=status,
                         whole_words=" ".join(text[m.end(1): m.end()].split()).removeprefix("out ").removeprefix("of "),
                         whole_start=m.end(1), whole_end=m.end(), owner=m.group("owner") or m.groupdict().get("namer"))
    return None


def _whole_first(text: str) -> ItemShare | None:
    """"Of Norland's pledged 30 ambulances, 12 have arrived": the whole named first, the share after the comma (its
    part smaller than its whole), else None. The whole's phrase runs from the sentence's start to its last word."""
    for pattern in _WHOLE_FIRST:
        m = pattern.match(text)
        if m is None:
            continue
        part_words = m.group("part") or m.group("part2")
        part, whole = _count_value(part_words), _count_value(m.group("whole"))
        if part is None or whole is None or not part < whole:
            continue
        verb = m.group("verb").lower()
        return ItemShare(cue=f"{part_words} of the {m.group('whole')}",
                         whole_status="allocated" if verb in _ALLOCATING else "pledged",
                         whole_words=" ".join(m.group("wp").split()), whole_start=m.start("wp"),
                         whole_end=m.end("wp"), owner=m.group("owner") or m.groupdict().get("namer"))
    return None


def _count_value(words: str) -> float | None:
    """The value of a count as written ("1.5 million", "800,000", "forty"), else None."""
    parts = words.lower().split()
    scale = _SCALES.get(parts[-1], 1) if len(parts) > 1 else 1
    head = " ".join(parts[:-1]) if len(parts) > 1 and parts[-1] in _SCALES else words.lower()
    if head in _WORD_VALUES:
        return _WORD_VALUES[head] * scale
    try:
        return float(head.replace(",", "")) * scale
    except ValueError:
        return None
