"""Pieces of a TraceReport for display: track-changes segments, sentence offsets, whole percents (the terminal
table is drawn by ``cablegram.cli.trace_table``)."""

from __future__ import annotations


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
