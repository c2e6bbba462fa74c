"""Places that are not actors: cities, regions, camps, rivers and seas named in conflict news.

A place mention ("Ghouta", "al-Hawl", "the Euphrates") is kept as a place, never turned into a
new actor. A place that shares its name with a state ("Georgia", the US state) carries
``evidence`` and ``rival_evidence`` phrases: the one with more evidence in the document wins.

File format (``kb/data/places.jsonl``, one JSON object a line)::

    {"name": "Ghouta", "aliases": ["Eastern Ghouta"], "country": "SYR", "kind": "region", "source": "..."}

``country`` is an ISO 3166-1 alpha-3 code or null (rivers, seas, regions across borders).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..jsonlines import parse_json_line
from .fold import Folder

_HINT = 'Each line must be a JSON object like {"name": "Ghouta", "country": "SYR", "kind": "region"}.'


@dataclass
class Place:
    """One place: its names, the state it lies in (ISO3 or None) and its kind (city, region, camp, river, ...)."""

    name: str
    kind: str = "place"
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    rival_evidence: list[str] = field(default_factory=list)
    source: str | None = None

    def evidence_for(self, text: str) -> tuple[int, int]:
        """(phrases of ``evidence``, phrases of ``rival_evidence``) found in ``text`` (case-sensitive)."""
        return sum(p in text for p in self.evidence), sum(p in text for p in self.rival_evidence)


def read_places(path: str | Path) -> Iterator[Place]:
    """Places of one JSONL file; raises InputError naming ``file:line`` for a bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"place file cannot be read: {exc}", source=str(path), hint=_HINT,
                         code="file_unreadable") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        data = parse_json_line(line, where, _HINT)
        if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
            raise InputError("a place needs a non-empty 'name'", source=where, hint=_HINT, code="invalid_record")
        known = {k: data[k] for k in Place.__dataclass_fields__ if k in data}
        yield Place(**known)


def shipped_places() -> Path:
    """The shipped place list."""
    return Path(str(resources.files("cablegram.kb") / "data" / "places.jsonl"))


class PlaceIndex:
    """Folded place names → Place, with the prefixes a longest-match token scan needs."""

    def __init__(self, places: Iterable[Place], folder: Folder):
        self.names: dict[tuple[str, ...], Place] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.max_len = 1
        for place in places:
            for name in (place.name, *place.aliases):
                key = folder.name(name)
                if key[:1] == ("the",):
                    key = key[1:]
                if not key:
                    continue
                self.names.setdefault(key, place)
                self.max_len = max(self.max_len, len(key))
                self.prefixes.update(key[:i] for i in range(1, len(key)))

    def __len__(self) -> int:
        return len(self.names)

    def get(self, key: tuple[str, ...]) -> Place | None:
        return self.names.get(key)
