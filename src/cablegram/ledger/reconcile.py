"""Reconcile the news ledger with the Kiel Ukraine Support Tracker, per donor and month.

    from cablegram.ledger.reconcile import read_tracker, reconcile
    rows = read_tracker("tracker.xlsx")            # or a CSV export
    report = reconcile(ledger(store), rows, kb)    # list of groups, one per (donor, month)

:func:`read_tracker` reads the tracker's workbook (``.xlsx``, needs ``openpyxl``: ``pip install
cablegram[tracker]``) or a CSV export (UTF-8 or UTF-16, comma, semicolon or tab separated). Columns
are found by name, case-insensitive, as in the ``kiel_ust`` README (``donor``, ``announced``,
``category``, ``amount_as_given``, ``currency``, ``id``, ``text``, ``value_committed_usd``) or the
tracker's own headers (``Country``, ``Announcement Date``, ``Aid type General``, ``Reported Value``,
``Reported Currency``, ``ID``, ``Explanation``). ``donor`` and ``announced`` are required.

:func:`reconcile` pairs, within each (donor, month), ledger entries that count as committed
(pledged, allocated, delivered; references and refusals are left out) with tracker rows of the same
category whose USD amounts agree within ``tolerance``: ``matched``. When either side has no amount
the pair cannot be confirmed: a ledger entry and a tracker row of the same category are ``possible``
(never matched). Ledger entries without a date (no commitment date, no publication date) fall in
month None. What is left over is reported: ``news_only`` (the ledger has it, the tracker lacks it:
each with its sources as ``doc_id#sentence``) and ``tracker_only`` (the reverse, with the tracker id).
Errors: :class:`~cablegram.errors.InputError` naming the file and what to do.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .linking import LedgerEntry
from .rates import RateTable

__all__ = ["TrackerRow", "read_tracker", "reconcile"]

_COLUMNS = {
    "donor": ("donor", "country", "donor country"),
    "announced": ("announced", "announcement date", "date", "announcement_date"),
    "category": ("category", "aid type general", "aid_type_general"),
    "amount": ("amount_as_given", "amount", "reported value", "reported_value", "value"),
    "currency": ("currency", "reported currency", "reported_currency"),
    "id": ("id", "tracker id", "id number"),
    "text": ("text", "explanation"),
    "usd": ("value_committed_usd", "tot_value_committed_usd", "value committed usd"),
}
_COUNTED = ("pledged", "allocated", "delivered")
_FORMATS = ("Formats read: the tracker workbook (.xlsx), a CSV export of its main sheet (UTF-8 or UTF-16; comma, "
            "semicolon or tab), or JSON lines (.jsonl) with the kiel_ust README's fields.")


@dataclass
class TrackerRow:
    """One tracker row: donor (as written), month (``YYYY-MM`` or None), category, amount and its USD value."""

    id: str | None
    donor: str
    month: str | None
    category: str | None
    amount: float | None
    currency: str | None
    amount_usd: float | None
    text: str | None = None
    line: int = 0


@dataclass
class ReconcileGroup:
    """What the ledger and the tracker say for one donor in one month."""

    donor: str
    month: str | None
    matched: list[dict[str, Any]] = field(default_factory=list)
    possible: list[dict[str, Any]] = field(default_factory=list)  # same kind, an amount missing on one side
    news_only: list[dict[str, Any]] = field(default_factory=list)
    tracker_only: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _month(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m")
    text = str(value).strip()
    m = re.search(r"(\d{4})-(\d{1,2})", text)
    if m:
        return _calendar(m.group(1), m.group(2))
    m = re.search(r"(\d{1,2})/\d{1,2}/(\d{4})", text)  # the tracker's US-style "6/27/2022"
    return _calendar(m.group(2), m.group(1)) if m else None


def _real_day(value: Any) -> bool:
    """Whether a written date's day exists in its month ("2025-02-30" does not); a value without a day is let pass."""
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(value or ""))
    if m is None:
        return True
    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def _calendar(year: str, month: str) -> str | None:
    """``YYYY-MM``, or None when the month is no calendar month ("2025-13-02", the European "13/5/2025")."""
    return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None


def _number(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def _records_csv(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def _records_jsonl(path: Path) -> list[tuple[int, Any]]:
    """One JSON object per line (the ``kiel_ust`` release's form), or one JSON array of objects (a ``.json`` file),
    each with its file line (an array's item number); a value that is no object is kept for the caller to name; a
    bad line is an InputError naming it."""
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        return _records_array(path, text)
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n} is not JSON ({exc.msg})", source=str(path),
                             hint="Each line of a .jsonl tracker file must be one JSON object with the kiel_ust "
                                  "README's fields.", code="invalid_record") from exc
        out.append((n, rec))
    return out


def _records_array(path: Path, text: str) -> list[tuple[int, Any]]:
    """The items of a file holding one JSON array ("[{…}, {…}]", pretty-printed or not), each with its 1-based item
    number."""
    try:
        recs = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not a JSON array of tracker rows ({exc.msg}, line {exc.lineno})", source=str(path),
                         hint="A .json tracker file holds one array of objects with the kiel_ust README's fields; or "
                              "write one object per line (.jsonl).", code="invalid_record") from exc
    return list(enumerate(recs, start=1)) if isinstance(recs, list) else []


def _records(path: Path) -> list[tuple[int, Any]]:
    """The file's records, each with the line (or array item) it stands on: a CSV's or sheet's line 1 is its
    header."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return list(enumerate(_records_xlsx(path), start=2))
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _records_jsonl(path)
    return list(enumerate(_records_csv(path), start=2))


def _records_xlsx(path: Path) -> list[dict[str, Any]]:
    try:
        from openpyxl import load_workbook
    except ImportError as exc:
        raise InputError("reading .xlsx needs openpyxl", source=str(path),
                         hint="pip install 'cablegram[tracker]', or export the sheet to CSV and pass that.") from exc
    wb = load_workbook(path, read_only=True, data_only=True)
    for ws in wb.worksheets:
        rows = ws.iter_rows(values_only=True)
        for header in rows:
            names = [str(h).strip() if h is not None else "" for h in header]
            if _find(names, "donor") and _find(names, "announced"):
                return [dict(zip(names, r)) for r in rows]
    return []


def _find(names: Iterable[str], key: str) -> str | None:
    low = {n.lower().strip(): n for n in names if n}
    return next((low[a] for a in _COLUMNS[key] if a in low), None)


def _objects_only(numbered: list[tuple[int, Any]], notes: list[tuple[int, str]]) -> list[tuple[int, dict[str, Any]]]:
    """The records that are objects, each with its line; every other value is named in ``notes`` as left out."""
    notes.extend((line, "not a JSON object: left out") for line, rec in numbered if not isinstance(rec, dict))
    return [(line, rec) for line, rec in numbered if isinstance(rec, dict)]


def read_tracker(path: str | Path, rates: RateTable | None = None,
                 notes: list[tuple[int, str]] | None = None) -> list[TrackerRow]:
    """The rows of a tracker workbook or CSV export (module docstring); InputError when unreadable.

    ``notes``, when given, receives ``(line, what)`` for every row that is left out (no donor) or read only in part
    (an amount that is no number, "five million"; a day not in the calendar, "2025-02-30"), so that a caller can
    name them: none is dropped or emptied silently."""
    path = Path(path)
    if not path.is_file():
        raise InputError("tracker file not found", source=str(path), hint=_FORMATS,
                         code="file_not_found")
    try:
        numbered = _records(path)
    except InputError:
        raise
    except zipfile.BadZipFile as exc:
        raise InputError(f"not an Excel workbook ({exc})", source=str(path), code="file_unreadable",
                         hint="An .xlsx file is a zip archive written by a spreadsheet program: save the sheet again "
                              "as .xlsx, or export it to CSV and pass that.") from exc
    except (UnicodeDecodeError, csv.Error, OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot be read as a tracker table ({exc})", source=str(path), hint=_FORMATS,
                         code="file_unreadable") from exc
    notes = notes if notes is not None else []
    records = _objects_only(numbered, notes)
    names = list(records[0][1]) if records else []
    cols = {k: _find(names, k) for k in _COLUMNS}
    missing = [k for k in ("donor", "announced") if cols[k] is None]
    if not records or missing:
        raise InputError(f"no tracker rows with the columns {', '.join(missing or ['donor', 'announced'])}",
                         source=str(path), hint="The rows need at least donor (or Country) and announced "
                                                "(or Announcement Date). " + _FORMATS, code="invalid_record")
    rates = rates or RateTable.default()
    return [r for r in (_row(rec, cols, line, rates, notes) for line, rec in records) if r is not None]


def _row(rec: dict[str, Any], cols: dict[str, str | None], line: int, rates: RateTable,
         notes: list[tuple[int, str]]) -> TrackerRow | None:
    def get(key: str) -> Any:
        return rec.get(cols[key]) if cols[key] else None

    donor = str(get("donor") or "").strip()
    if not donor:
        notes.append((line, "no donor: left out"))
        return None
    amount, currency = _number(get("amount")), (str(get("currency") or "").strip().upper() or None)
    if amount is None and str(get("amount") or "").strip():
        notes.append((line, f"amount {str(get('amount')).strip()!r} is not a number: read as missing"))
    month = _month(get("announced"))
    if month is not None and not _real_day(get("announced")):
        notes.append((line, f"announced {str(get('announced')).strip()!r} is not a day of the calendar: "
                            "read as its month only"))
    usd = _number(get("usd"))
    if usd is None and amount is not None and currency in rates.currencies:
        usd = rates.convert(amount, currency, f"{month}-01" if month else None).usd
    cat = str(get("category") or "").strip().lower() or None
    return TrackerRow(id=str(get("id")) if get("id") else None, donor=donor, month=month, category=cat,
                      amount=amount, currency=currency, amount_usd=usd, text=get("text"), line=line)


def _donor_key(name: str | None, kb) -> str:
    """An actor id for a donor name (via the knowledge base when given), else the folded name."""
    if not name:
        return ""
    if kb is not None:
        if name in kb:
            return name
        for cand in (name, name.split(" (")[0]):
            hits = kb.lookup(cand)
            if hits:
                return hits[0].id
    return name.strip().lower()


def _same_kind(entry: LedgerEntry, row: TrackerRow) -> bool:
    return not row.category or entry.category in (row.category, "other")


def _agree(entry: LedgerEntry, row: TrackerRow, tolerance: float) -> bool:
    """Matched: same category and both USD amounts known and within ``tolerance``."""
    a, b = entry.amount_usd, row.amount_usd
    return _same_kind(entry, row) and a is not None and b is not None and abs(a - b) <= tolerance * max(a, b)


def _possible(entry: LedgerEntry, row: TrackerRow) -> bool:
    """Possibly the same: same category, an amount missing on one side (nothing to confirm it with)."""
    return _same_kind(entry, row) and (entry.amount_usd is None or row.amount_usd is None)


def _entry_out(e: LedgerEntry) -> dict[str, Any]:
    return {"category": e.category, "status": e.status, "amount": e.amount, "currency": e.currency,
            "amount_usd": e.amount_usd, "date": e.date,
            "sources": [f"{s['doc_id']}#{s['sentence_index']}" for s in e.sources]}


def _row_out(r: TrackerRow) -> dict[str, Any]:
    return {"tracker_id": r.id, "category": r.category, "amount": r.amount, "currency": r.currency,
            "amount_usd": r.amount_usd, "line": r.line}


def reconcile(entries: Iterable[LedgerEntry], tracker: Iterable[TrackerRow], kb=None, tolerance: float = 0.1,
              month: str | None = None, donor: str | None = None) -> list[ReconcileGroup]:
    """Per (donor, month): matched and possible pairs, ledger entries the tracker lacks, tracker rows the ledger lacks.

    ``month`` (``YYYY-MM`` or ``YYYY``) and ``donor`` (name or actor id) keep only those groups."""
    only = _donor_key(donor, kb) if donor else None
    groups: dict[tuple[str, str | None], ReconcileGroup] = {}
    news: dict[tuple[str, str | None], list[LedgerEntry]] = {}
    shown: dict[str, str] = {}  # folded key -> the donor shown: an actor id, else the tracker's name as written
    for e in entries:
        if e.status in _COUNTED and not e.reference_only and e.donor:
            key = _donor_key(e.donor, kb)
            shown.setdefault(key, e.donor)
            news.setdefault((key, e.month), []).append(e)
    rows: dict[tuple[str, str | None], list[TrackerRow]] = {}
    for r in tracker:  # read once: a generator is iterated a single time
        key = _donor_key(r.donor, kb)
        rows.setdefault((key, r.month), []).append(r)
        # the actor id when the knowledge base resolves the tracker's name (one vocabulary in the donor column),
        # else the name as written; the ledger's donors were set first and win
        shown.setdefault(key, key if key != r.donor.strip().lower() else r.donor.strip())
    for key in sorted(set(news) | set(rows), key=lambda k: (k[0], k[1] or "")):
        if (month and not (key[1] or "").startswith(month)) or (only and key[0] != only):
            continue
        groups[key] = _pair((shown.get(key[0], key[0]), key[1]), news.get(key, []), rows.get(key, []), tolerance)
    return list(groups.values())


def _pair(key: tuple[str, str | None], entries: list[LedgerEntry], rows: list[TrackerRow],
          tolerance: float) -> ReconcileGroup:
    group = ReconcileGroup(donor=key[0], month=key[1])
    left, unmatched = list(rows), []
    for e in entries:
        hit = next((r for r in left if _agree(e, r, tolerance)), None)
        if hit is None:
            unmatched.append(e)
            continue
        left.remove(hit)
        group.matched.append({"news": _entry_out(e), "tracker": _row_out(hit)})
    for e in unmatched:  # an amount missing on one side: "possible", never counted as matched
        hit = next((r for r in left if _possible(e, r)), None)
        if hit is None:
            group.news_only.append(_entry_out(e))
            continue
        left.remove(hit)
        group.possible.append({"news": _entry_out(e), "tracker": _row_out(hit)})
    group.tracker_only = [_row_out(r) for r in left]
    return group
