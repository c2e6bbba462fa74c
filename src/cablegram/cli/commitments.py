"""`cablegram commitments list|summary|export|reconcile`: the support ledger (logic in cablegram.ledger)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..config import Settings
from ..errors import CablegramError
from ..records import COMMITMENT_CATEGORIES, COMMITMENT_STATUSES
from .common import console, err_console, kb_actor_id, open_settings_store, print_error, print_table
from .listings import FORMAT_HELP, Format, print_rows

app = typer.Typer(help="The support-commitments ledger: who pledged what to whom, with sources.",
                  no_args_is_help=True)

_DONOR = typer.Option(None, "--donor", help="Donor actor id (any case) or a name the knowledge base resolves "
                                             "(Germany: DEU).")
_RECIPIENT = typer.Option(None, "--recipient", help="Recipient actor id (any case) or a name the knowledge base "
                                                     "resolves.")
_CATEGORY = typer.Option(None, "--category", help=" | ".join(COMMITMENT_CATEGORIES))
_STATUS = typer.Option(None, "--status", help=" | ".join(COMMITMENT_STATUSES))
_MONTH = typer.Option(None, "--month", help="YYYY-MM (or YYYY): commitment date, else publication date.")
_ALL_VERSIONS_HELP = ("Also the commitments of superseded document versions (a page or file changed at the same URL "
                      "or path is a new version; by default only the latest version's commitments are listed and "
                      "counted in the ledger).")


def _settings(ctx: typer.Context) -> Settings:
    return (ctx.obj or {}).get("settings") or Settings.load()


def _filters(donor, recipient, category, status, month) -> dict:
    """The ledger filters; a category or status the codebook lacks, or a --month that is not a calendar
    YYYY-MM or YYYY (2026-13, banana), is an InputError (``invalid_value``) naming the option."""
    from ..errors import InputError
    from ..store.filter_values import check_category, check_date, check_status

    if month and not (len(month) == 4 and month.isdigit()) and not (len(month) == 7 and check_date(month, "--month")):
        raise InputError(f"{month!r} is not a month", source="--month", code="invalid_value",
                         hint="Use YYYY-MM or YYYY, e.g. 2024-03.")
    kb = None
    if donor or recipient:
        from ..kb.base import KnowledgeBase

        kb = KnowledgeBase.load()
    return {"donor": kb_actor_id(donor, kb), "recipient": kb_actor_id(recipient, kb),
            "category": check_category(category, "--category"), "status": check_status(status, "--status"),
            "month": month}


def _fail(exc: CablegramError) -> None:
    print_error(str(exc), exc.hint, code=exc.code)
    raise typer.Exit(1)


def _usd(v: float | None) -> str:
    return "" if v is None else f"{v / 1e6:,.1f}m"


@app.command("list")
def list_(
    ctx: typer.Context, donor: Optional[str] = _DONOR, recipient: Optional[str] = _RECIPIENT,
    category: Optional[str] = _CATEGORY, status: Optional[str] = _STATUS, month: Optional[str] = _MONTH,
    linked: bool = typer.Option(False, "--linked/--raw", help="--linked: one row per ledger entry (reports of one "
                                                              "commitment across documents merged); --raw (default): "
                                                              "one row per stored commitment, with the ledger entry it "
                                                              "is linked into (the count /api/commitments and the "
                                                              "dashboard give)."),
    limit: int = typer.Option(100_000, "--limit", min=1, max=100_000, help="Rows to print (the count line still "
                              "counts every row).", show_default="all"),
    all_versions: bool = typer.Option(False, "--all-versions", help=_ALL_VERSIONS_HELP),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """List commitments: the stored rows (as the API and dashboard list them), or with --linked the ledger entries."""
    from ..ledger import ledger, load_rows

    try:
        with open_settings_store(_settings(ctx)) as store:
            f = _filters(donor, recipient, category, status, month)
            stored = _stored_rows(store, f, all_versions)
            rows = [e.to_row() for e in ledger(store, **f, all_versions=all_versions)] if linked else stored
            if not linked:
                rows = _with_entries(rows, ledger(load_rows(store, all_versions=all_versions)))
    except CablegramError as exc:
        _fail(exc)
    fmt = Format.json if as_json else fmt
    if fmt is not Format.table:
        print_rows(rows[:limit], tuple(rows[0]) if rows else ("date", "donor", "recipient", "category", "status"), fmt)
        return
    print_table(_ledger_table(rows[:limit], linked))
    console.print(_count_line(stored, rows, linked) + (f"; showing the first {limit} (raise --limit for more)"
                                                       if len(rows) > limit else ""), markup=False, highlight=False)


def _stored_rows(store, f: dict, all_versions: bool = False) -> list[dict]:
    """Stored commitments as /api/commitments lists them (analysts' corrections applied, rejected left out;
    superseded document versions' only with ``all_versions``)."""
    from ..store.readmodel import list_commitments

    rows = list_commitments(store, limit=100_000, all_versions=all_versions,
                            **{k: v for k, v in f.items() if k not in ("month", "all_versions")})
    month = f.get("month")
    return [r for r in rows if not month or (r.get("date") or r.get("published_at") or "").startswith(month)]


def _source_key(doc_id, sentence_index, amount_text) -> tuple:
    return (doc_id, sentence_index, amount_text or "")


def _with_entries(rows: list[dict], entries) -> list[dict]:
    """Each stored row with ``ledger_entry`` (the id of the ledger entry it is counted in) and ``linked_rows``
    (how many stored rows that entry merges; 1 when it stands alone)."""
    where = {_source_key(s["doc_id"], s["sentence_index"], s.get("amount_text")): e
             for e in entries for s in e.sources}
    out = []
    for r in rows:
        e = where.get(_source_key(r.get("doc_id"), r.get("sentence_index"), r.get("amount_text")))
        out.append({**r, "ledger_entry": e.id if e else None, "linked_rows": len(e.sources) if e else 1})
    return out


def _count_line(stored: list[dict], rows: list[dict], linked: bool) -> str:
    if not linked:
        merged = sorted({r["ledger_entry"] for r in rows if r.get("linked_rows", 1) > 1 and r.get("ledger_entry")})
        tail = f" ({len(merged)} ledger entr{'y merges' if len(merged) == 1 else 'ies merge'} several: " \
               f"{', '.join(merged)}; see --linked)" if merged else ""
        return f"{len(rows)} stored commitment(s){tail}"
    return f"{len(stored)} stored commitment(s) shown as {len(rows)} ledger entr{'y' if len(rows) == 1 else 'ies'}"


def _ledger_table(rows: list[dict], linked: bool) -> Table:
    table = Table("date", "donor", "recipient", "category", "amount", "USD", "status",
                  "sources" if linked else "doc", *(() if linked else ("linked",)))
    for r in rows:
        cells = [str(r.get("date") or ""), str(r.get("donor") or ""), str(r.get("recipient") or ""),
                 f"{r.get('category')}/{r.get('subcategory') or '-'}", str(r.get("amount_text") or r.get("amount") or ""),
                 _usd(r.get("amount_usd")), str(r.get("status")), str(r.get("n_sources") if linked else r.get("doc_id"))]
        if not linked:
            cells.append(f"{r['ledger_entry']} ({r['linked_rows']} rows)" if r.get("linked_rows", 1) > 1 else "-")
        table.add_row(*cells)
    return table


@app.command("summary")
def summary(
    ctx: typer.Context,
    by: str = typer.Option("donor", "--by", help="Comma-separated: donor, recipient, category, subcategory, status, month."),
    donor: Optional[str] = _DONOR, recipient: Optional[str] = _RECIPIENT, category: Optional[str] = _CATEGORY,
    status: Optional[str] = _STATUS, month: Optional[str] = _MONTH,
    all_versions: bool = typer.Option(False, "--all-versions", help=_ALL_VERSIONS_HELP),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """Totals in USD per group: committed, delivered and the gap between them (the latest version of each
    page or file unless --all-versions)."""
    from ..ledger import ledger, summarise

    keys = [k.strip() for k in by.split(",") if k.strip()]
    try:
        with open_settings_store(_settings(ctx)) as store:
            f = {**_filters(donor, recipient, category, status, month), "all_versions": all_versions}
            groups = summarise(store, by=keys, **f)
            stored = len(_stored_rows(store, f, all_versions))
            _add_unknown_deliveries(groups, keys, ledger(store, **f))
    except CablegramError as exc:
        _fail(exc)
    groups.sort(key=lambda g: any(g[k] is None for k in keys))  # a group with no donor (…) named comes last
    fmt = Format.json if as_json else fmt
    if fmt is not Format.table:
        print_rows(groups, tuple(groups[0]) if groups else (*keys, "commitments"), fmt)
        return
    table = Table(*keys, "commitments", "sources", "committed", "delivered", "gap", "not converted", "without amount")
    for g in groups:
        table.add_row(*[str(g[k] or "(not named)") for k in keys], str(g["commitments"]), str(g["sources"]),
                      _usd(g["committed_usd"]), *_delivered_cells(g), str(g["unconverted"]),
                      str(g.get("without_amount", 0)))
    print_table(table)
    console.print(_summary_note(groups, stored), markup=False, highlight=False)


def _add_unknown_deliveries(groups: list[dict], keys: list[str], entries) -> None:
    """Give each group ``deliveries_without_amount`` (delivered entries with no USD figure) and
    ``not_committed`` (conditional, cancelled or refused entries, left out of ``committed``)."""
    unknown: dict[tuple, int] = {}
    other: dict[tuple, int] = {}
    for e in entries:
        k = tuple(getattr(e, name) for name in keys)
        if e.status == "delivered" and e.amount_usd is None:
            unknown[k] = unknown.get(k, 0) + 1
        elif e.status not in ("pledged", "allocated", "delivered"):
            other[k] = other.get(k, 0) + 1
    for g in groups:
        k = tuple(g[name] for name in keys)
        g["deliveries_without_amount"] = unknown.get(k, 0)
        g["not_committed"] = other.get(k, 0)


def _delivered_cells(g: dict) -> tuple[str, str]:
    """(delivered, gap): with deliveries of unknown amount the gap is unknown, not committed minus the known part."""
    n = g.get("deliveries_without_amount", 0)
    if not n:
        return _usd(g["delivered_usd"]), _usd(g["gap_usd"])
    plural = "delivery" if n == 1 else "deliveries"
    return f"{_usd(g['delivered_usd'])} + {n} {plural} without amount", "unknown"


def _summary_note(groups: list[dict], stored: int) -> str:
    """What the totals leave out: ledger entries vs stored rows, entries not committed, unknown deliveries."""
    entries = sum(g["commitments"] for g in groups)
    parts = [f"{entries} ledger entries from {stored} stored commitment(s)"
             + (" (reports of one commitment in several documents are one entry: `commitments list --linked`)"
                if entries != stored else "")]
    other = sum(g.get("not_committed", 0) for g in groups)
    if other:
        parts.append(f"{other} conditional, cancelled or refused entr{'y is' if other == 1 else 'ies are'} "
                     "not counted as committed")
    unknown = sum(g.get("deliveries_without_amount", 0) for g in groups)
    if unknown:
        parts.append(f"{unknown} deliver{'y' if unknown == 1 else 'ies'} without amount: no gap is given where "
                     "a delivered amount is unknown")
    return "; ".join(parts)


@app.command("export")
def export_(
    ctx: typer.Context, out: Path = typer.Argument(..., help="Output file (.csv or .parquet)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="csv | parquet (default: from the file suffix)."),
    linked: bool = typer.Option(True, "--linked/--raw", help="Linked ledger entries or raw extracted rows."),
    donor: Optional[str] = _DONOR, recipient: Optional[str] = _RECIPIENT, category: Optional[str] = _CATEGORY,
    status: Optional[str] = _STATUS, month: Optional[str] = _MONTH,
    all_versions: bool = typer.Option(False, "--all-versions", help=_ALL_VERSIONS_HELP),
) -> None:
    """Export commitments to CSV or Parquet (the latest version of each page or file unless --all-versions)."""
    from ..ledger import export, ledger, load_rows

    try:
        with open_settings_store(_settings(ctx)) as store:
            f = {**_filters(donor, recipient, category, status, month), "all_versions": all_versions}
            items = ledger(store, **f) if linked else load_rows(store, **f)
        n = export(items, out, fmt)
    except CablegramError as exc:
        _fail(exc)
    console.print(f"wrote {n} row(s) to {out}")


@app.command("reconcile")
def reconcile_(
    ctx: typer.Context,
    tracker: Path = typer.Option(..., "--tracker", help="Kiel Ukraine Support Tracker workbook (.xlsx), CSV export, "
                                                        "or JSON lines (.jsonl, kiel_ust README fields)."),
    month: Optional[str] = _MONTH, donor: Optional[str] = _DONOR,
    tolerance: float = typer.Option(0.1, "--tolerance", min=0.0, help="Relative USD difference still counted as the same."),
    fmt: Format = typer.Option(Format.table, "--format", "-f",
                               help="table | json (one array of donor/month groups) | jsonl (one group a line) | csv "
                                    "(one row per matched, possible, news-only or tracker-only item, with the "
                                    "dashboard links of its sentences)."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """Per donor and month: what the news ledger has that the tracker lacks, and the reverse (with sources)."""
    from ..kb.base import KnowledgeBase
    from ..ledger import ledger
    from ..ledger.reconcile import read_tracker, reconcile

    try:
        checked = _filters(donor, None, None, None, month)  # 2023-13 is refused, as by list and summary
        month, donor = checked["month"], checked["donor"]
        rows = _tracker_rows(tracker, read_tracker)
        with open_settings_store(_settings(ctx)) as store:
            entries = ledger(store)
        groups = reconcile(entries, rows, KnowledgeBase.load(), tolerance=tolerance, month=month, donor=donor)
    except CablegramError as exc:
        _fail(exc)
    fmt = Format.json if as_json else fmt
    if fmt is Format.csv:
        print_rows(reconcile_items(groups), RECONCILE_COLUMNS, fmt)
        return
    if fmt is not Format.table:
        print_rows([g.to_dict() for g in groups], (), fmt)
        return
    table = Table("donor", "month", "matched", "possible", "news only (sources)", "tracker only (ids)")
    for g in groups:
        news = "; ".join(f"{n['category']} {_usd(n['amount_usd']) or '-'} {' '.join(n['sources'])}" for n in g.news_only)
        trk = "; ".join(f"{t['tracker_id'] or 'line ' + str(t['line'])} {_usd(t['amount_usd']) or '-'}"
                        for t in g.tracker_only)
        table.add_row(g.donor, g.month or "-", str(len(g.matched)), str(len(g.possible)), news or "-", trk or "-")
    print_table(table)
    console.print(f"{sum(len(g.news_only) for g in groups)} in the news only, "
                  f"{sum(len(g.tracker_only) for g in groups)} in the tracker only, "
                  f"{sum(len(g.matched) for g in groups)} matched, "
                  f"{sum(len(g.possible) for g in groups)} possible (an amount missing on one side: not confirmed)")
    _undated_hint(groups)


RECONCILE_COLUMNS = ("donor", "month", "result", "category", "status", "news_amount", "news_currency", "news_usd",
                     "tracker_id", "tracker_line", "tracker_amount", "tracker_currency", "tracker_usd", "sources", "links")


def reconcile_items(groups) -> list[dict]:
    """One flat row per item of the reconcile report (``result``: matched, possible, news_only, tracker_only), with the
    news sentences as ``doc_id#sentence`` (``sources``) and as dashboard paths ``/documents/doc_id#sN`` (``links``)."""
    rows = []
    for g in groups:
        pairs = [("matched", p["news"], p["tracker"]) for p in g.matched]
        pairs += [("possible", p["news"], p["tracker"]) for p in g.possible]
        pairs += [("news_only", n, None) for n in g.news_only] + [("tracker_only", None, t) for t in g.tracker_only]
        rows += [_reconcile_item(g.donor, g.month, result, news, trk) for result, news, trk in pairs]
    return rows


def _reconcile_item(donor: str, month: str | None, result: str, news: dict | None, trk: dict | None) -> dict:
    news, trk = news or {}, trk or {}
    sources = news.get("sources") or []
    links = []
    for ref in sources:
        doc, _, sentence = ref.partition("#")
        links.append(f"/documents/{doc}#s{sentence}" if sentence else f"/documents/{doc}")
    return {"donor": donor, "month": month, "result": result, "category": news.get("category") or trk.get("category"),
            "status": news.get("status"), "news_amount": news.get("amount"), "news_currency": news.get("currency"),
            "news_usd": news.get("amount_usd"), "tracker_id": trk.get("tracker_id"), "tracker_line": trk.get("line"),
            "tracker_amount": trk.get("amount"), "tracker_currency": trk.get("currency"),
            "tracker_usd": trk.get("amount_usd"), "sources": " ".join(sources), "links": " ".join(links)}


def _tracker_rows(path: Path, read_tracker) -> list:
    """The tracker's rows (an unreadable file is an InputError from ``read_tracker``); rows whose announced date gives
    no calendar month are named on stderr by line: they cannot be placed in a month, so the report shows them under
    month '-'. Rows left out (no donor) or read in part (an amount that is no number, a day not in the calendar) are
    named on stderr by line too."""
    notes: list[tuple[int, str]] = []
    rows = read_tracker(path, notes=notes)
    for line, what in notes:
        err_console.print(f"warning: {path}: line {line}: {what}", markup=False, highlight=False, soft_wrap=True)
    if notes:
        left_out = sum(1 for _, what in notes if what.endswith("left out"))
        err_console.print(f"{len(rows)} tracker row(s) read, {left_out} left out, {len(notes) - left_out} read in part",
                          markup=False, highlight=False, soft_wrap=True)
    bad = [r for r in rows if not _calendar_month(r.month)]
    if bad:
        lines = ", ".join(str(r.line) for r in bad[:10]) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
        err_console.print(f"warning: {path}: {len(bad)} tracker row(s) have an announced date without a calendar "
                          f"month (line {lines}): write it as YYYY-MM-DD (or M/D/YYYY) to compare them by month",
                          markup=False, highlight=False, soft_wrap=True)
    return rows


def _calendar_month(month: str | None) -> bool:
    return bool(month) and len(month) == 7 and month[4] == "-" and month[5:].isdigit() and 1 <= int(month[5:]) <= 12


def _undated_hint(groups) -> None:
    undated = sum(len(g.news_only) + len(g.matched) + len(g.possible) for g in groups if g.month is None)
    if undated:
        console.print(f"{undated} news row(s) have no date (month '-'): give their documents a publication date "
                      "when ingesting (a 'published_at' or 'date' key, or `cablegram ingest --jsonl-field date=KEY`).",
                      markup=False, highlight=False)
