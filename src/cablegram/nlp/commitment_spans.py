"""Where a commitment's parts are written: ``Commitment.spans`` for the workbench's highlights.

``spans`` maps ``trigger``, ``donor``, ``recipient`` and ``amount`` to ``[start, end]`` character
offsets in the document (the spaCy Doc's text; :mod:`cablegram.nlp.sections` shifts them for long
documents). A part is left out when the sentence does not write it (a donor taken from an earlier
sentence, a recipient from the document's context).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["actor_span", "commitment_spans"]


def actor_span(sent: Span, mentions, name: str | None, actor_id: str | None) -> list[int] | None:
    """Offsets of the actor in ``sent``: its mention (by text, else by id), else its name as written."""
    inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
    low = (name or "").lower()
    for m in inside:
        if low and m.text.lower() == low:
            return [m.start, m.end]
    for m in inside:
        if actor_id and m.actor_id == actor_id:
            return [m.start, m.end]
    if name:
        found = re.search(r"\b" + re.escape(name) + r"\b", sent.text)
        if found:
            return [sent.start_char + found.start(), sent.start_char + found.end()]
    return None


def commitment_spans(sent: Span, trigger: Token | None, amount_offsets: tuple[int, int] | None, mentions,
                     donor: tuple[str | None, str | None], recipient: tuple[str | None, str | None]) -> dict[str, list[int]]:
    """The spans of one commitment; ``donor``/``recipient`` are (name as written, actor id),
    ``amount_offsets`` the amount's document offsets."""
    out: dict[str, list[int]] = {}
    if trigger is not None:
        out["trigger"] = [trigger.idx, trigger.idx + len(trigger.text)]
    if amount_offsets is not None:
        out["amount"] = [amount_offsets[0], amount_offsets[1]]
    for key, (name, actor_id) in (("donor", donor), ("recipient", recipient)):
        span = actor_span(sent, mentions, name, actor_id) if (name or actor_id) else None
        if span is not None:
            out[key] = span
    return out
