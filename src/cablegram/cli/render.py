"""Terminal rendering of documents and the demo result (rich); no logic beyond layout."""

from __future__ import annotations

from rich.text import Text

from .common import console, program_name

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
    console.print(Text("Events (PLOVER type, source → target, modality, date)", style="bold"))
    for e in events:
        line = Text(f"  {e['type']:<11}", style="bold")
        line.append(f"{e.get('source_actor') or '?'} → {e.get('target_actor') or '?'}  ")
        line.append(f"[{e['modality']}]", style=MODALITY_STYLE.get(e["modality"], ""))
        line.append(f" {e.get('date') or ''}  ")
        line.append(_short(e["sentence"], 70), style="dim")
        console.print(line)


def _claims_table(claims: list[dict]) -> None:
    console.print(Text("Claims (claimant kind, claimant, cue, hedges)", style="bold"))
    for c in claims:
        line = Text(f"  {c['claimant_kind']:<13}", style="bold")
        who = c.get("claimant_text") or "—"
        line.append(f"{who} · {c.get('cue') or '—'}")
        if c.get("hedges"):
            line.append(" · hedged: " + ", ".join(c["hedges"]), style="magenta")
        line.append("  " + _short(c["sentence"], 60), style="dim")
        console.print(line)


def _commitments_table(rows: list[dict]) -> None:
    console.print(Text("Support commitments (donor → recipient, category, amount, status)", style="bold"))
    for c in rows:
        amount = f"{c['amount']:,.0f} {c.get('currency') or ''}" if c.get("amount") is not None else "no amount"
        line = Text(f"  {c.get('donor') or '?'} → {c.get('recipient') or '?'}  {c.get('category')}  {amount}  ")
        line.append(f"[{c.get('status')}]", style="cyan")
        line.append("  " + _short(c["sentence"], 60), style="dim")
        console.print(line)


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
    console.print(Text("Actors: one actor per person or state, whatever the spelling", style="bold"))
    for a in result.actors:
        if len(a["variants"]) > 1 or a["actor_id"].startswith(("person:", "PER.")):
            line = Text(f"  {a['name']} ({a['actor_id']}): ", style="bold")
            line.append(", ".join(a["variants"]))
            console.print(line)
    console.print()
    _events_table(result.events)
    console.print()
    _claims_table([c for c in result.claims if c["claimant_kind"] != "none"])
    if result.commitments:
        console.print()
        _commitments_table([{**c, "sentence": c["sentence"]} for c in result.commitments])
    for t in result.traces:
        console.print(f"\n[bold]Trace[/bold] {t['title']}  ←  primary {t['primary']}")
        summary = t["summary"]
        counts = ", ".join(f"{summary.get(k, 0)} {k}" for k in ("supported", "altered", "added", "other"))
        console.print(f"{summary.get('sentences', 0)} sentences: {counts}", markup=False)
        if summary.get("attribution"):
            console.print(summary["attribution"], markup=False)
        _alignment_lines(t["sentences"])
    cmd = program_name()
    console.print(f"\nExplore: {cmd} --db {result.db} serve   ·   {cmd} --db {result.db} documents   ·   "
                  f"{cmd} --db {result.db} show DOC_ID", markup=False, highlight=False)
