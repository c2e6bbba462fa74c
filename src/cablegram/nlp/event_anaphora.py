"""An act named again in a later sentence: "Lawmakers approved a resolution urging Moscow … The Kremlin
rejected the demand." The event whose object is a definite act noun ("the demand", "the resolution";
``plover.toml`` ``[anaphora.nouns]``) targets the source of the act it names: the latest earlier event of
a type that noun names, else of the latest earlier sentence that uses the same noun.

Shapes: :func:`resolve_act_anaphora` takes a doc and its events (:class:`~cablegram.records.Event`, in
document order) and returns the events with those targets filled; nothing else changes.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .lexicons import load_lexicon

__all__ = ["resolve_act_anaphora", "act_nouns"]


@lru_cache(maxsize=1)
def act_nouns() -> dict[str, frozenset[str]]:
    """Definite act noun → the event types it can name (empty: matched by the noun alone)."""
    nouns = load_lexicon("plover").get("anaphora", {}).get("nouns", {})
    return {word.lower(): frozenset(types) for word, types in nouns.items()}


def _act_object(doc, event):
    """The definite act noun that is the trigger's object ("rejected the demand"), or None."""
    start, end = event.spans.get("trigger", (0, 0))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for child in span.root.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in act_nouns() and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in child.children):
            return child
    return None


def _antecedent(noun, event, earlier: list):
    """The latest earlier event (an earlier sentence) that ``noun`` names."""
    types = act_nouns()[noun.lower_]
    for prev in reversed(earlier):
        if prev.sentence_index >= event.sentence_index or not prev.source_actor:
            continue
        words = {w.strip(".,;:").lower() for w in prev.sentence.split()}
        if prev.type in types or noun.lower_ in words:
            return prev
    return None


def resolve_act_anaphora(doc, events: list) -> list:
    """``events`` with the target of each event whose object names an earlier act set to that act's source."""
    out = []
    for event in events:
        noun = _act_object(doc, event)
        prev = _antecedent(noun, event, out) if noun is not None else None
        if prev is not None and prev.source_actor != event.source_actor:
            spans = dict(event.spans)
            if "source" in prev.spans:
                spans["target"] = list(prev.spans["source"])
            event = dataclasses.replace(event, target_actor=prev.source_actor, target_text=prev.source_text, spans=spans)
        out.append(event)
    return out
