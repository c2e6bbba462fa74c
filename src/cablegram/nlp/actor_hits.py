"""The shape of the actors component's hits as the actor helper modules read them (admission, apposition,
nationality): a typing protocol only, so those modules need not import the component."""

from __future__ import annotations

from typing import Protocol

from ..records import Actor


class Hit(Protocol):
    """A resolved or new actor mention: token offsets ``start``/``end`` in the doc, the ``actor`` and the
    resolution ``method`` (a dataclass of ``cablegram.nlp.actors``)."""

    start: int
    end: int
    actor: Actor
    method: str
