"""An act named again in a later sentence: "Lawmakers approved a resolution urging Moscow … The Kremlin
rejected the demand." The event whose object is a definite act noun ("the demand", "the resolution";
``plover.toml`` ``[anaphora.nouns]``) targets the source of the act it names: the latest earlier event of
a type that noun names, else of the latest earlier sentence that uses the same noun.

A body named in full and taken up again by a definite noun ("Serbia asked the European Court of Human Rights …
Belgrade rejected the court's authority"): an event slot that names no actor and is "the" + the head noun of a proper
name of an actor met earlier in the document takes that actor (:func:`resolve_definite_bodies`).

Shapes: :func:`resolve_act_anaphora` takes a doc and its events (:class:`~cablegram.records.Event`, in
document order) and returns the events with those targets filled; nothing else changes.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from .lexicons import load_lexicon

__all__ = ["resolve_act_anaphora", "resolve_definite_bodies", "act_nouns"]


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


def _definite_noun(doc, event, side: str):
    """The head of the slot ``side`` of ``event`` when it is a common noun under "the" ("the court"), else None."""
    start, end = event.spans.get(side, (0, 0))
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None or span.root.pos_ != "NOUN":
        return None
    root = span.root
    return root if any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) else None


def _named_body(noun, actors, other: str | None):
    """The latest actor mention before ``noun`` whose proper name has ``noun``'s word as its head ("the European
    Court of Human Rights" for "the court"), with an actor id other than ``other``; else None."""
    found = None
    for span, actor_id in actors:
        if span.end > noun.i or len(span) < 2 or not actor_id or actor_id == other:
            continue
        if span.root.pos_ == "PROPN" and span.root.lower_ == noun.lower_:
            if found is None or span.start > found[0].start:
                found = (span, actor_id)
    return found


def resolve_definite_bodies(doc, events: list, actors) -> list:
    """``events`` with each slot that names no actor and is a definite noun taking up a body named earlier in the
    document (:func:`_named_body`) set to that body's actor id; the slot's text and span stay."""
    out = []
    for event in events:
        for side, other in (("target", event.source_actor), ("source", event.target_actor)):
            if getattr(event, f"{side}_actor") or not getattr(event, f"{side}_text"):
                continue
            noun = _definite_noun(doc, event, side)
            body = _named_body(noun, actors, other) if noun is not None else None
            if body is not None:
                event = dataclasses.replace(event, **{f"{side}_actor": body[1]})
        out.append(event)
    return out
