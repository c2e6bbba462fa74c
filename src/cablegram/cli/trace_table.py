"""The terminal table of a trace report (`cablegram trace`): layout only, the report comes from
:mod:`cablegram.provenance`. Percentages are written "55 %", as in the rest of the project's output."""

from __future__ import annotations

import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..provenance.report import whole_percents

_STYLE = {"supported": "green", "altered": "yellow", "added": "red", "other": "dim"}
EVIDENCE_WORDS = 24  # a longer source sentence is shown by the stretch of this many words that best supports the article's
_WORD = re.compile(r"\w+", re.U)


def supporting_part(source: str, article: str, words: int = EVIDENCE_WORDS) -> str:
    """The source sentence, or when it has more than ``words`` words the run of ``words`` consecutive words
    sharing most words with the article sentence, cut at word boundaries and marked with "…" where cut."""
    tokens = source.split()
    if len(tokens) <= words:
        return source
    wanted = {w.casefold() for w in _WORD.findall(article)}
    hits = [1 if any(w.casefold() in wanted for w in _WORD.findall(t)) else 0 for t in tokens]
    best = max(range(len(tokens) - words + 1), key=lambda i: (sum(hits[i:i + words]), -i))
    part = " ".join(tokens[best:best + words])
    return ("…" if best else "") + part + ("…" if best + words < len(tokens) else "")


_SPAN_STYLE = {"new": "underline red", "changed": "bold yellow"}


def _sentence(s) -> Text:
    """The article sentence with its spans styled as on the dashboard: new words underlined, changed words in bold."""
    text = Text(s.text)
    for x in s.spans or []:
        style = _SPAN_STYLE.get(x.get("label"))
        if style and 0 <= x.get("start", -1) < x.get("end", -1) <= len(s.text):
            text.stylize(style, x["start"], x["end"])
    return text


def _new_words(s) -> str:
    """"new words: counterpart, Friday": the article's words outside the clause the source lacks that are not in the
    source sentence (empty for added sentences, whose every word is new). Plain text, so a piped table keeps it."""
    if s.label not in ("supported", "altered"):
        return ""
    words = [x["text"] for x in s.spans or [] if x.get("label") == "new" and not x.get("clause")]
    return "new words: " + ", ".join(words) if words else ""


def _why(s) -> str:
    """The evidence / why cell: the supporting source text, the changes, the new clause, the new words, attribution,
    false credit."""
    why = "; ".join(d for d in s.differences if not d.startswith("new figure")) if s.differences else ""
    if s.partly:
        why = "new: " + " ".join(x["text"] for x in s.spans if x.get("clause")) + (f"\n{why}" if why else "")
    new = _new_words(s)
    why = "\n".join(part for part in (why, new) if part)
    if s.evidence:
        where = ", ".join(str(e["sentence_index"]) for e in s.evidence)
        return f"src {where}: {supporting_part(s.evidence[0]['sentence'], s.text)}" + (f"\n{why}" if why else "")
    if s.attribution:
        return f"attribution: {s.attribution}" + (f"\nfalse credit: {s.false_credit}" if s.false_credit else "")
    return why


def render_trace(report, console: Console) -> None:
    """Print the per-sentence table (cells wrap at words), the summary, name variants and notes."""
    src = ", ".join(s.get("publisher") or s.get("title") or s["id"] for s in report.sources)
    console.print(Text(f"{report.article_title or report.article_id}", style="bold"),
                  Text(f" traced against: {src}  (embeddings: {report.embedder})"))
    table = Table(show_lines=False, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("label", width=10)
    table.add_column("score", justify="right", width=5)
    table.add_column("sentence", ratio=3, overflow="fold")
    table.add_column("evidence / why", ratio=2, overflow="fold")
    for s in report.sentences:
        table.add_row(str(s.index), Text(s.detail_label, style=_STYLE.get(s.label, "")), f"{s.score:.2f}",
                      _sentence(s), Text(_why(s)))
    console.print(table)
    sm = report.summary
    pct = whole_percents([sm["share_supported"], sm["share_altered"], sm["share_added"]])
    console.print(f"supported {pct[0]} % · altered {pct[1]} % · added {pct[2]} %"
                  f"  ({sm['sentences']} sentences, {sm['other']} other, {sm.get('partly_supported', 0)} partly supported (counted in supported),"
                  f" {sm.get('false_credits', 0)} false credit{'' if sm.get('false_credits', 0) == 1 else 's'})",
                  markup=False, highlight=False)
    if sm.get("attribution"):
        console.print(Text(sm["attribution"], style="bold"))
    for v in report.name_variants:
        console.print(f"name variant: {v['article']!r} in the article for {v['source']!r} in the source",
                      markup=False, highlight=False)
    for n in report.notes:
        console.print(Text(f"note: {n}", style="dim"))
