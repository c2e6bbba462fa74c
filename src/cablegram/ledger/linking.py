"""Cross-document linking: reports of the same commitment become one ledger entry with all its sources.

Two rows are the same commitment when donor and category agree (a row with category ``other``
matches any; a figure of at least $1bn in the same currency in another document is one programme whatever the
categories, kept as ``other``/``mixed``), recipients agree or one is unknown, amounts in USD agree within ``tolerance``
(or both rows name no amount and the same sub-kind), and their dates lie within
``window_days``. Rows from different documents of one story cluster (their ``story`` field, set by
:func:`cablegram.ledger.summary.load_rows` from the store's clusters) are one commitment when donor, recipient
and category agree, whatever their figures ("a readout's EUR 30m and an article's EUR 50m for the same pledge"):
the first report's figure stands and the difference is noted. A row whose sentence a trace aligned with a
sentence of its primary source (its ``restates`` field, ``doc_id#sentence``, set by :func:`load_rows` from the
store's alignments) is the same commitment as the row of that source sentence when donors agree, whatever its
figure or date: one entry, the primary source's figure counted, the other figure named in the entry's reasons.
A *reference* row (its reason starts with ``reference:``, set by the extractor
for "the $500m announced in March") links to a matching entry at any earlier date and adds a
source, never an amount. Status moves forward (conditional → pledged → allocated → delivered) as
later sources report progress; a cancellation closes the entry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Any

from ..nlp.dates import first_day
from ..records import stable_id
from .rates import RateTable

_STATUS_RANK = {"conditional": 0, "pledged": 1, "allocated": 2, "delivered": 3}
_PROGRAMME_MIN_USD = 1e9  # below this, two equal figures in two categories are more likely two packages


def is_reference(row: Any) -> bool:
    """Whether an extracted commitment (record or dict) restates an earlier one."""
    reason = row.get("reason") if isinstance(row, dict) else getattr(row, "reason", None)
    return str(reason or "").startswith("reference:")


@dataclass
class LedgerEntry:
    """One commitment as counted in the ledger, with every report of it."""

    id: str
    donor: str | None
    recipient: str | None
    category: str
    subcategory: str | None
    status: str
    amount: float | None
    currency: str | None
    amount_usd: float | None
    rate_date: str | None
    date: str | None
    month: str | None
    confidence: float
    reference_only: bool = False  # only references were seen: counted once, flagged
    mixed: bool = False  # one programme reported under two categories: kept as other/mixed
    sources: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_row(self) -> dict[str, Any]:
        """Flat form for CSV/Parquet (sources as ``doc_id#sentence`` joined by spaces)."""
        d = self.to_dict()
        d["sources"] = " ".join(f"{s['doc_id']}#{s['sentence_index']}" for s in self.sources)
        d["n_sources"] = len(self.sources)
        d["reasons"] = "; ".join(self.reasons)
        return d


def as_dict(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return dict(row)
    if hasattr(row, "to_dict"):
        return row.to_dict()
    raise TypeError(f"not a commitment row: {type(row).__name__}")


def with_usd(row: dict[str, Any], rates: RateTable) -> dict[str, Any]:
    """Fill ``amount_usd`` and ``rate_date`` (date: the row's, else its document's publication date)."""
    row = dict(row)
    when = row.get("date") or (row.get("published_at") or "")[:10] or None
    row["date"] = when
    amount, currency = row.get("amount"), row.get("currency")
    notes = list(row.get("_notes") or [])
    if amount is not None and currency and currency.upper() in rates.currencies:
        conv = rates.convert(amount, currency, when)
        row["amount_usd"], row["rate_date"] = round(conv.usd, 2), conv.rate_date
        if not conv.exact_period:
            notes.append(f"rate for {currency} from nearest period {conv.rate_date}")
    elif amount is not None:
        row["amount_usd"], row["rate_date"] = None, None
        notes.append("amount not converted: " + ("currency not stated" if not currency else f"no rate for {currency}"))
    row["_notes"] = notes
    return row


def _key(text: Any) -> str:
    t = str(text or "").strip().lower()
    return t[4:] if t.startswith("the ") else t


def _days(a: str | None, b: str | None) -> int | None:
    try:
        first, second = (_date.fromisoformat(first_day((d or "")[:10])) for d in (a, b))
        return abs((first - second).days)
    except (TypeError, ValueError):
        return None


def _same_amount(entry: LedgerEntry, row: dict[str, Any], tolerance: float) -> bool:
    a1, a2 = entry.amount_usd, row.get("amount_usd")
    if a1 is not None and a2 is not None:
        return abs(a1 - a2) <= tolerance * max(a1, a2)
    cancel = row.get("status") == "cancelled"
    if (entry.amount is None) != (row.get("amount") is None):
        return cancel  # a cancellation without a figure may close an entry with one; other mixes are distinct
    if entry.amount is None and row.get("subcategory") != entry.subcategory:
        return cancel
    return True


def _restates(entry: LedgerEntry, row: dict[str, Any]) -> bool:
    """Whether ``row`` restates a source sentence of ``entry``, or a source of ``entry`` restates ``row``'s sentence."""
    own = f"{row.get('doc_id')}#{row.get('sentence_index')}"
    return any(row.get("restates") == f"{s.get('doc_id')}#{s.get('sentence_index')}" or s.get("restates") == own
               for s in entry.sources)


def _same(entry: LedgerEntry, row: dict[str, Any], tolerance: float, window_days: int | None) -> bool:
    if _key(entry.donor) != _key(row.get("donor")) or not entry.donor:
        return False
    if _restates(entry, row):
        return True
    cat = row.get("category") or "other"
    if cat != entry.category and "other" not in (cat, entry.category) and not _same_programme(entry, row):
        return False
    r1, r2 = _key(entry.recipient), _key(row.get("recipient"))
    if r1 and r2 and not (r1 in r2 or r2 in r1):
        return False
    if not (_same_amount(entry, row, tolerance) or _same_story(entry, row)):
        return False
    if window_days is not None:
        gap = _days(entry.date, row.get("date"))
        if gap is not None and gap > window_days:
            return False
    return True


def _same_programme(entry: LedgerEntry, row: dict[str, Any]) -> bool:
    """Whether ``row`` names, in another document, the programme ``entry`` counts under another category: the same
    figure in the same currency (within 0.5 %), of at least ``_PROGRAMME_MIN_USD`` (a NOK 75bn multi-year
    programme called military in one report and financial in another is one programme with mixed purposes)."""
    a1, a2, usd = entry.amount, row.get("amount"), entry.amount_usd
    if a1 is None or a2 is None or usd is None or usd < _PROGRAMME_MIN_USD:
        return False
    if (entry.currency or "").upper() != (row.get("currency") or "").upper():
        return False
    docs = {s.get("doc_id") for s in entry.sources}
    return row.get("doc_id") not in docs and abs(a1 - a2) <= 0.005 * max(a1, a2)


def _same_story(entry: LedgerEntry, row: dict[str, Any]) -> bool:
    """Whether ``row`` reports, in another document of the same story cluster, what ``entry`` counts (a figure on
    both sides or on neither; within one document two figures are two commitments)."""
    story = row.get("story")
    if not story or row.get("status") == "cancelled" or (entry.amount is None) != (row.get("amount") is None):
        return False
    docs = {s.get("doc_id") for s in entry.sources}
    return row.get("doc_id") not in docs and any(s.get("story") == story for s in entry.sources)


def link(rows: Iterable[Any], rates: RateTable | None = None, tolerance: float = 0.05,
         window_days: int = 45) -> list[LedgerEntry]:
    """Group extracted commitments (records or store dicts) into ledger entries, oldest first."""
    rates = rates or RateTable.default()
    prepared = [with_usd(as_dict(r), rates) for r in rows]
    # Originals before references and cancellations, so those find what they refer to.
    prepared.sort(key=lambda r: (r.get("date") or "9999", is_reference(r), r.get("status") == "cancelled"))
    entries: list[LedgerEntry] = []
    for row in prepared:
        ref = is_reference(row)
        cancel = row.get("status") == "cancelled"
        window = None if (ref or cancel) else window_days
        match = next((e for e in reversed(entries) if _same(e, row, tolerance, window)), None)
        if match is None:
            entries.append(_new_entry(row, ref))
        else:
            _merge(match, row, ref)
    return entries


def _source(row: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": row.get("doc_id"), "sentence_index": row.get("sentence_index"), "status": row.get("status"),
            "date": row.get("date"), "publisher": row.get("publisher"), "reference": is_reference(row),
            "amount_text": row.get("amount_text"), "confidence": row.get("confidence"), "story": row.get("story"),
            "restates": row.get("restates")}


def _new_entry(row: dict[str, Any], ref: bool) -> LedgerEntry:
    reasons = [r for r in [row.get("reason")] + row.get("_notes", []) if r]
    if ref:
        reasons.append("only references to this commitment were found; counted once")
    return LedgerEntry(
        id=stable_id("led", row.get("doc_id"), row.get("sentence_index"), row.get("donor"), row.get("amount_text")),
        donor=row.get("donor"), recipient=row.get("recipient"), category=row.get("category") or "other",
        subcategory=row.get("subcategory"), status=row.get("status") or "pledged", amount=row.get("amount"),
        currency=row.get("currency"), amount_usd=row.get("amount_usd"), rate_date=row.get("rate_date"),
        date=row.get("date"), month=(row.get("date") or "")[:7] or None, confidence=float(row.get("confidence") or 0.5),
        reference_only=ref, sources=[_source(row)], reasons=reasons)


def _merge(entry: LedgerEntry, row: dict[str, Any], ref: bool) -> None:
    a1, a2 = entry.amount_usd, row.get("amount_usd")
    differ = a1 is not None and a2 is not None and abs(a1 - a2) > 0.05 * max(a1, a2)
    if differ and _restates(entry, row):
        _merge_restatement(entry, row)
    elif differ:
        entry.reasons.append(f"another report of this story gives {row.get('amount_text') or a2}: "
                             "the first report's figure is counted, once")
    entry.sources.append(_source(row))
    if not ref:
        entry.reference_only = False
    status = row.get("status") or "pledged"
    if status == "cancelled" or entry.status == "cancelled":
        entry.status = "cancelled"
    elif _STATUS_RANK.get(status, 0) > _STATUS_RANK.get(entry.status, 0):
        entry.status = status
    # Fill what the first report lacked; the first report's figures otherwise stand.
    for name in ("recipient", "amount", "currency", "amount_usd", "rate_date", "subcategory"):
        if getattr(entry, name) is None and row.get(name) is not None:
            setattr(entry, name, row.get(name))
    _merge_category(entry, row.get("category"))
    entry.confidence = max(entry.confidence, float(row.get("confidence") or 0.0))


def _merge_category(entry: LedgerEntry, cat: str | None) -> None:
    """An entry of category ``other`` takes a later report's kind; two kinds for one programme make it mixed."""
    if entry.category == "other" and cat not in (None, "other") and not entry.mixed:
        entry.category = cat
    elif cat not in (None, "other", entry.category) and entry.category != "other":
        entry.reasons.append(f"one programme reported as {entry.category} and as {cat}: mixed purposes, category "
                             "other, counted once")
        entry.category, entry.subcategory, entry.mixed = "other", "mixed", True


def _merge_restatement(entry: LedgerEntry, row: dict[str, Any]) -> None:
    """A report and the primary source it restates give two figures: the primary source's is counted (the entry
    takes it when ``row`` is the primary), the other is named in the reasons as a conflict."""
    primary = not row.get("restates")  # the row the others restate: its figure stands
    other = (entry.sources[0].get("amount_text") or entry.amount) if primary else (row.get("amount_text")
                                                                                  or row.get("amount"))
    if primary:
        for name in ("amount", "currency", "amount_usd", "rate_date"):
            setattr(entry, name, row.get(name))
    entry.reasons.append(f"figures in conflict: a report restating the primary source gives {other}; the primary "
                         "source's figure is counted, once")
