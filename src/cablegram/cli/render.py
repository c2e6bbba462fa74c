"""Terminal rendering of documents and the demo result (rich); no logic beyond layout."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from .common import console

LABEL_STYLE = {"supported": "green", "altered": "yellow", "added": "red", "other": "dim"}
MODALITY_STYLE = {"occurred": "bold", "planned": "cyan", "hypothetical": "magenta", "negated": "red"}


def render_document(doc, analysis, store) -> None:
    console.print(Text(doc.title or doc.id, style="bold"))
    console.print(f"{doc.id} · {doc.publisher or 'unknown publisher'} · {doc.published_at or 'undated'} · {doc.url or doc.source or ''}",
                  markup=False)
    if doc.is_primary:
        console.print("[green]primary source[/green]")
    console.print()
    console.print(doc.text, markup=False, highlight=False)
    if analysis is None:
        console.print("\n(not processed yet: run `cablegram process`)")
        return
    _events_table(analysis.events and [e.to_dict() for e in analysis.events] or [])
    _claims_table([c.to_dict() for c in analysis.claims])
    if analysis.commitments:
        _commitments_table([c.to_dict() for c in analysis.commitments])
    alignments = store.get_alignments(doc.id)
    if alignments:
        _alignment_lines([{"label": a.label, "sentence": a.sentence, "attribution": a.attribution,
                           "differences": a.differences} for a in alignments])


def _events_table(events: list[dict]) -> None:
    table = Table(title="Events (PLOVER)", show_lines=False)
    for col in ("type", "source", "target", "modality", "date", "sentence"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(e["type"], e.get("source_actor") or "", e.get("target_actor") or "",
                      Text(e["modality"], style=MODALITY_STYLE.get(e["modality"], "")), e.get("date") or "",
                      Text(_short(e["sentence"])))
    console.print(table)


def _claims_table(claims: list[dict]) -> None:
    table = Table(title="Claims and attribution")
    for col in ("claimant kind", "claimant", "cue", "hedges", "sentence"):
        table.add_column(col, overflow="fold")
    for c in claims:
        table.add_row(c["claimant_kind"], c.get("claimant_text") or "", c.get("cue") or "",
                      ", ".join(c.get("hedges") or []), Text(_short(c["sentence"])))
    console.print(table)


def _commitments_table(rows: list[dict]) -> None:
    table = Table(title="Support commitments")
    for col in ("donor", "recipient", "category", "amount", "status", "sentence"):
        table.add_column(col, overflow="fold")
    for c in rows:
        amount = f"{c['amount']:,.0f} {c.get('currency') or ''}" if c.get("amount") is not None else ""
        table.add_row(c.get("donor") or "", c.get("recipient") or "", c.get("category") or "", amount,
                      c.get("status") or "", Text(_short(c["sentence"])))
    console.print(table)


def _alignment_lines(sentences: list[dict]) -> None:
    for s in sentences:
        extra = []
        if s.get("attribution") and s["label"] == "added":
            extra.append(f"attribution: {s['attribution']}")
        if s.get("differences"):
            extra.append("differs in: " + ", ".join(s["differences"]))
        line = Text(f"  [{s['label']:>9}] ", style=LABEL_STYLE.get(s["label"], ""))
        line.append(s["sentence"])
        if extra:
            line.append("  (" + "; ".join(extra) + ")", style="dim")
        console.print(line)


def _short(text: str, n: int = 110) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_demo(result) -> None:
    console.print(f"[bold]cablegram demo[/bold] — store: {result.db}")
    c = result.counts
    console.print(f"{c['documents']} documents, {c['mentions']} actor mentions, {c['events']} events, "
                  f"{c['claims']} claims, {c['commitments']} commitments\n")
    table = Table(title="Actors: one actor per person, whatever the spelling")
    table.add_column("actor")
    table.add_column("name")
    table.add_column("spellings seen", overflow="fold")
    for a in result.actors:
        if len(a["variants"]) > 1 or a["actor_id"].startswith("person:"):
            table.add_row(a["actor_id"], a["name"], ", ".join(a["variants"]))
    console.print(table)
    _events_table(result.events)
    _claims_table([c for c in result.claims if c["claimant_kind"] != "none"])
    if result.commitments:
        _commitments_table([{**c, "sentence": c["sentence"]} for c in result.commitments])
    for t in result.traces:
        console.print(f"\n[bold]Trace[/bold] {t['title']}  ←  primary {t['primary']}")
        summary = t["summary"]
        console.print(summary.get("message") or summary, markup=False)
        _alignment_lines(t["sentences"])
    console.print(f"\nExplore: cablegram --db {result.db} serve   ·   cablegram --db {result.db} show DOC_ID")
