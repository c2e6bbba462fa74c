"""Actor slots on the dashboard: link the real actor ids, print everything else as text.

An actor slot (event source/target, claimant, donor, recipient, mention) holds either an actor id from
the ``actors`` table, several ids joined with ``"; "`` (a group claimant such as two ministers), or raw
text that was not resolved (a demonym like "Teravian", a place). Only ids present in ``names`` (built by
:func:`link_names` from the store) become ``/actors/<id>`` links; a joined value gives one link per id.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup, escape

from ..store import readmodel

SEPARATOR = ";"


def split_actor_ids(value: str | None) -> list[str]:
    """The parts of a slot value: ``"a; b"`` -> ``["a", "b"]``; None or blank -> ``[]``."""
    return [part.strip() for part in (value or "").split(SEPARATOR) if part.strip()]


def link_names(store, values) -> dict[str, str]:
    """id -> canonical name for every part of ``values`` (slot values, joined or not) that is a stored actor."""
    return readmodel.actor_names(store, [part for v in values for part in split_actor_ids(v)])


def actor_link(value: str | None, names: dict[str, str], text: str | None = None, empty: str = "") -> Markup:
    """HTML for one slot: a link per known id (labelled with its name), raw parts as escaped text.

    ``text`` (the words in the sentence) labels a single unresolved value instead of the raw slot value;
    ``empty`` is printed when the slot is blank."""
    parts = split_actor_ids(value)
    if not parts:
        return Markup('<span class="unknown">{}</span>').format(text or empty) if (text or empty) else Markup("")
    if len(parts) == 1 and parts[0] not in names and text:
        return Markup('<span class="unknown">{}</span>').format(text)
    rendered = []
    for part in parts:
        if part in names:
            rendered.append(Markup('<a href="/actors/{}">{}</a>').format(quote(part, safe="/"), names[part]))
        else:
            rendered.append(escape(part))
    return Markup("; ").join(rendered)


def install(env) -> None:
    """Register :func:`actor_link` as a Jinja global of the dashboard's template environment."""
    env.globals["actor_link"] = actor_link
