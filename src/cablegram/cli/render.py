"""Terminal rendering of documents and the demo result (rich); no logic beyond layout."""

from __future__ import annotations

from rich.text import Text

from .common import console, program_name

LABEL_STYLE = {"supported": "green", "altered": "yellow", "added": "red", "other": "dim"}
MODALITY_STYLE = {"occurred": "bold", "planned": "cyan", "hypothetical": "magenta", "negated": "red"}


def _version_lines(store, doc) -> None:
    """Which version of its page or file ``doc`` is: "new version of …" and "superseded by …" (a later version at the
    same URL or path: ``previous_version`` links them), so a reader knows the other one is there too."""
    if doc.previous_version:
        console.print(f"new version of {doc.previous_version} (same {'URL' if doc.url else 'file'}, changed text)",
                      markup=False)
    later = [row["id"] for row in store.read_sql("SELECT id FROM documents WHERE previous_version = ?", [doc.id])]
    if later:
        console.print(f"superseded by {', '.join(later)} (a later version; `show {later[0]}`)", markup=False)


def render_document(doc, analysis, store, show_all: bool = False, floor: float = 0.5) -> None:
    """A document with what was extracted from it, precision first as ``cablegram events`` and ``claims``:
    confident events (confidence at least ``floor`` and both actors resolved) and attributed claims, each
    list ending with how many more ``--all`` shows; analysts' corrections applied."""
    from ..store.readmodel import display_title, list_claims, list_commitments, list_events

    console.print(Text(doc.title or f"{display_title(None, doc.text)} (no title: the text's first words)",
                       style="bold"))
    console.print(f"{doc.id} · {doc.publisher or 'unknown publisher'} · {doc.published_at or 'undated'} · {doc.url or doc.source or ''}",
                  markup=False)
    if doc.is_primary:
        console.print("[green]primary source[/green]")
    if doc.quality:  # what ingest found (docs/codebook.md, "Document quality flags"); held-back ones say so
        from ..ingest.quality import holds_back

        held = " (held back: `cablegram process --include-flagged` codes it)" if holds_back(doc) else ""
        console.print(f"quality flags: {', '.join(doc.quality)}{held}", markup=False, highlight=False)
    _version_lines(store, doc)
    console.print()
    _print_text(doc.text, analysis.sentences if analysis else None)
    if analysis is None:
        from ..ingest.quality import holds_back

        how = "cablegram process --include-flagged" if holds_back(doc) else "cablegram process"
        console.print(f"\n(not processed yet: run `{how}`)", markup=False, highlight=False)
        _trace_lines(store, doc.id)
        return
    console.print()
    every = list_events(store, doc_id=doc.id, min_confidence=0.0, include_rejected=True, limit=100_000)[0]
    shown = every if show_all else list_events(store, doc_id=doc.id, min_confidence=floor, confident=True,
                                               limit=100_000)[0]
    _events_table(shown, len(every) - len(shown), floor)
    claims = list_claims(store, doc_id=doc.id, include_rejected=show_all, limit=100_000)
    hidden_claims = 0 if show_all else len(list_claims(store, doc_id=doc.id, include_rejected=True,
                                                       limit=100_000)) - len(claims)
    _claims_table(claims, hidden_claims)
    commitments = list_commitments(store, include_rejected=show_all, doc_id=doc.id, limit=100_000)
    if commitments:
        _commitments_table(commitments)
    _trace_lines(store, doc.id)


def document_json(doc, analysis, store, show_all: bool = False, floor: float = 0.5) -> dict:
    """`show DOC --json`: the document, the pipeline's raw ``analysis`` (machine output), and the records the table
    shows — ``events``, ``claims``, ``commitments`` with analysts' corrections applied (a ``correction`` key;
    confident events and attributed claims unless ``show_all``, rejected ones then kept and marked) — and the saved
    ``trace`` (summary and alignments; null when untraced)."""
    from ..store.readmodel import alignment_row, list_claims, list_commitments, list_events, trace_summary

    out = {"document": doc.to_dict(), "analysis": analysis.to_dict() if analysis else None}
    if analysis is not None:
        events = list_events(store, doc_id=doc.id, min_confidence=0.0 if show_all else floor, confident=not show_all,
                             include_rejected=show_all, limit=100_000)[0]
        out.update(events=events,
                   claims=list_claims(store, doc_id=doc.id, include_rejected=show_all, limit=100_000),
                   commitments=list_commitments(store, include_rejected=show_all, doc_id=doc.id, limit=100_000))
    alignments = store.get_alignments(doc.id)
    out["trace"] = ({"summary": trace_summary(alignments), "alignments": [alignment_row(a) for a in alignments]}
                    if alignments else None)
    return out


def _trace_lines(store, doc_id: str) -> None:
    """The document's saved trace, if any: a heading with its sources and counts, then one line per sentence."""
    alignments = store.get_alignments(doc_id)
    if alignments:
        _trace_heading(store, alignments)
        _alignment_lines([{"label": a.label, "sentence": a.sentence, "attribution": a.attribution,
                           "differences": a.differences} for a in alignments])


def _trace_heading(store, alignments) -> None:
    """The heading of `show`'s trace lines: the primary sources it was traced against and the label counts."""
    from ..store.readmodel import documents_brief, trace_summary

    ids = list(dict.fromkeys(e.doc_id for a in alignments for e in a.evidence))
    brief = documents_brief(store, ids)
    sources = "; ".join(f"{(brief.get(i) or {}).get('title') or i} ({i})" for i in ids) or "no source sentence matched"
    sm = trace_summary(alignments)
    counts = ", ".join(f"{sm[k]} {k}" for k in ("supported", "altered", "added", "other") if sm[k])
    credits = f", {sm['false_credits']} false credit{'s' if sm['false_credits'] > 1 else ''}" if sm["false_credits"] else ""
    console.print(Text("Trace against primary sources (label, sentence; what differs)", style="bold"))
    console.print(f"  traced against: {sources}; {counts}{credits}", markup=False, highlight=False)


DEMO_FLOOR = 0.5  # the demo lists events as `cablegram events` does with the default settings
PARAGRAPH_SENTENCES = 4  # sentences per block when the source has no paragraph breaks


def _print_text(text: str, sentences: list | None) -> None:
    """The text with its own paragraphs (line breaks kept); a text without any line break is shown in
    blocks of :data:`PARAGRAPH_SENTENCES` sentences (the analysis's sentence offsets), said so."""
    if "\n" in text.strip() or not sentences or len(sentences) <= PARAGRAPH_SENTENCES:
        console.print(text, markup=False, highlight=False)
        return
    starts = [int(s[0]) for s in sentences][::PARAGRAPH_SENTENCES]
    for a, b in zip(starts, [*starts[1:], len(text)]):
        console.print(text[a:b].strip(), markup=False, highlight=False)
        console.print()
    console.print(Text(f"(the source has no paragraph breaks: shown in blocks of {PARAGRAPH_SENTENCES} sentences)",
                       style="dim"))


def _events_table(events: list[dict], hidden: int, floor: float, how: str = "--all shows them") -> None:
    console.print(Text("Events (PLOVER type, source → target, modality, date, confidence)", style="bold"))
    if not events:
        console.print("  (none confident)" if hidden else "  (none)")
    for e in events:
        line = Text(f"  {e['type']:<11}", style="bold")
        line.append(f"{e.get('source_actor') or '?'} → {e.get('target_actor') or '?'}  ")
        line.append(f"[{e['modality']}]", style=MODALITY_STYLE.get(e["modality"], ""))
        line.append(f" {e.get('date') or ''}  {e.get('confidence') or 0:.2f}  ")
        if e.get("correction"):
            line.append(f"({e['correction']}) ", style="cyan")
        line.append(_short(e["sentence"], 70), style="dim")
        console.print(line)
    if hidden > 0:
        console.print(f"  {hidden} more hidden (confidence below {floor:g}, an actor not resolved, or rejected): "
                      f"{how}", markup=False, highlight=False)


def _claims_table(claims: list[dict], hidden: int, how: str = "--all shows them") -> None:
    console.print(Text("Claims (claimant kind, claimant, cue, hedges)", style="bold"))
    if not claims:
        console.print("  (none)")
    for c in claims:
        line = Text(f"  {c['claimant_kind']:<13}", style="bold")
        who = c.get("claimant_text") or "—"
        line.append(f"{who} · {c.get('cue') or '—'}")
        if c.get("hedges"):
            line.append(" · hedged: " + ", ".join(c["hedges"]), style="magenta")
        line.append("  " + _short(c["sentence"], 60), style="dim")
        console.print(line)
    if hidden > 0:
        console.print(f"  {hidden} more hidden (no claimant, or rejected): {how}", markup=False,
                      highlight=False)


def _commitments_table(rows: list[dict]) -> None:
    console.print(Text("Support commitments (donor → recipient, category, amount, status)", style="bold"))
    for c in rows:
        amount = f"{c['amount']:,.0f} {c.get('currency') or ''}" if c.get("amount") is not None else "no amount"
        line = Text(f"  {c.get('donor') or '?'} → {c.get('recipient') or '?'}  {c.get('category')}  {amount}  ")
        line.append(f"[{c.get('status')}]", style="cyan")
        line.append("  " + _short(c["sentence"], 60), style="dim")
        console.print(line)


def _alignment_lines(sentences: list[dict]) -> None:
    from ..store.readmodel import FALSE_CREDIT

    for s in sentences:
        extra = []
        if s.get("attribution") and s["label"] == "added":
            extra.append(f"attribution: {s['attribution']}")
        differences = [d for d in s.get("differences") or [] if not d.startswith(FALSE_CREDIT)]
        if differences:
            extra.append("differs in: " + ", ".join(differences))
        extra += [d for d in s.get("differences") or [] if d.startswith(FALSE_CREDIT)]  # "false credit: credited to …"
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
    console.print(f"{c['documents']} documents, {c['mentions']} actor mentions, {c['events']} events "
                  f"({len(result.events)} confident), {c['claims']} claims, {c['commitments']} commitments\n")
    console.print(Text("Actors: one actor per person or state, whatever the spelling", style="bold"))
    for a in result.actors:
        if len(a["variants"]) > 1 or a["actor_id"].startswith(("person:", "PER.")):
            line = Text(f"  {a['name']} ({a['actor_id']}): ", style="bold")
            line.append(", ".join(a["variants"]))
            console.print(line)
    console.print()
    cmd = program_name()
    _events_table(result.events, result.hidden_events, DEMO_FLOOR, f"`{cmd} --db {result.db} events --all` lists them")
    console.print()
    attributed = [c for c in result.claims if c["claimant_kind"] != "none"]
    _claims_table(attributed, len(result.claims) - len(attributed), f"`{cmd} --db {result.db} claims --all` lists them")
    if result.commitments:
        console.print()
        _commitments_table([{**c, "sentence": c["sentence"]} for c in result.commitments])
    for t in result.traces:
        against = "primary source" if t.get("primary_is_primary", True) else "earlier report (not a primary source)"
        console.print(f"\n[bold]Trace[/bold] {t['title']}  ←  {against} {t['primary']}")
        summary = t["summary"]
        counts = ", ".join(f"{summary.get(k, 0)} {k}" for k in ("supported", "altered", "added", "other"))
        console.print(f"{summary.get('sentences', 0)} sentences: {counts}", markup=False)
        if summary.get("attribution"):
            console.print(summary["attribution"], markup=False)
        _alignment_lines(t["sentences"])
    cmd = program_name()
    console.print(f"\nnext: `{cmd} --db {result.db} serve` opens the dashboard on this store; "
                  f"`{cmd} --db {result.db} documents` lists its documents, `… show DOC_ID` shows one",
                  markup=False, highlight=False)
