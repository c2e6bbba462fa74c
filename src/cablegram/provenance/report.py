"""Render a TraceReport: a rich table for the terminal, or JSON."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .trace import TraceReport

_STYLE = {"supported": "green", "altered": "yellow", "added": "red", "other": "dim"}


def _why(s) -> str:
    """The evidence / why cell of one sentence: evidence, changes, the new clause, attribution, false credit."""
    why = "; ".join(d for d in s.differences if not d.startswith("new figure")) if s.differences else ""
    if s.partly:
        why = "new: " + " ".join(x["text"] for x in s.spans if x.get("clause")) + (f"\n{why}" if why else "")
    if s.evidence:
        return (f"src {', '.join(str(e['sentence_index']) for e in s.evidence)}: {s.evidence[0]['sentence'][:90]}"
                + (f"\n{why}" if why else ""))
    if s.attribution:
        return f"attribution: {s.attribution}" + (f"\nfalse credit: {s.false_credit}" if s.false_credit else "")
    return why


def render(report: TraceReport, console: Console | None = None) -> None:
    """Print the per-sentence table, the summary, name variants and notes."""
    console = console or Console()
    src = ", ".join(s.get("publisher") or s.get("title") or s["id"] for s in report.sources)
    console.print(f"[bold]{report.article_title or report.article_id}[/bold]  traced against: {src}  (embeddings: {report.embedder})")
    table = Table(show_lines=False, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("label", width=10)
    table.add_column("score", justify="right", width=5)
    table.add_column("sentence", ratio=3)
    table.add_column("evidence / why", ratio=2)
    for s in report.sentences:
        why = _why(s)
        table.add_row(str(s.index), Text(s.detail_label, style=_STYLE.get(s.label, "")), f"{s.score:.2f}", s.text, why)
    console.print(table)
    sm = report.summary
    pct = whole_percents([sm["share_supported"], sm["share_altered"], sm["share_added"]])
    console.print(f"supported {pct[0]}% · altered {pct[1]}% · added {pct[2]}%"
                  f"  ({sm['sentences']} sentences, {sm['other']} other, {sm.get('partly_supported', 0)} partly supported,"
                  f" {sm.get('false_credits', 0)} false credits)")
    if sm.get("attribution"):
        console.print(f"[bold]{sm['attribution']}[/bold]")
    for v in report.name_variants:
        console.print(f"name variant: {v['article']!r} in the article for {v['source']!r} in the source")
    for n in report.notes:
        console.print(f"[dim]note: {n}[/dim]")


def segments(sentence: str, spans: list[dict]) -> list[dict]:
    """The sentence cut at its spans for a track-changes view: ``{text, label, kind, source_text}`` pieces
    covering the whole sentence in order (label None for the words between spans)."""
    out: list[dict] = []
    pos = 0
    for s in sorted(spans or [], key=lambda x: x["start"]):
        start, end = max(pos, int(s["start"])), min(len(sentence), int(s["end"]))
        if start >= end:
            continue
        if start > pos:
            out.append({"text": sentence[pos:start], "label": None})
        out.append({"text": sentence[start:end], "label": s["label"], "kind": s.get("kind"), "source_text": s.get("source_text")})
        pos = end
    if pos < len(sentence):
        out.append({"text": sentence[pos:], "label": None})
    return out


def sentence_offsets(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each sentence in ``text``, found in order (-1, -1 when a sentence is not found)."""
    out, pos = [], 0
    for s in sentences:
        at = text.find(s, pos)
        if at < 0:
            out.append((-1, -1))
            continue
        out.append((at, at + len(s)))
        pos = at + len(s)
    return out


def whole_percents(shares: list[float]) -> list[int]:
    """Shares (0–1) as whole percents that add up to the rounded total (largest remainder), so that
    5 and 6 of 11 sentences print as 45 % and 55 %, not 46 % and 55 %."""
    raw = [100 * s for s in shares]
    out = [int(r) for r in raw]
    missing = round(sum(raw)) - sum(out)
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)[:max(missing, 0)]:
        out[i] += 1
    return out
