"""The actor knowledge base: actors by id, merged from files, with lookup indexes.

Load it once per process and pass the object around (the spaCy component keeps the one
it was built with); nothing is cached in module globals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NotFoundError
from ..records import Actor, Role
from .fold import Folder, acronym_key, without_honorifics
from .loader import read_actors, shipped_paths
from .places import Place, PlaceIndex, read_places, shipped_places

# An alias written like this is an acronym and matches only with the same letters in capitals
# (``US`` but not ``us``, ``WHO`` but not ``who``).
_ACRONYM = re.compile(r"^(?=.*[A-Z])[A-Z0-9.&]{2,8}$")

# Single words too generic to name an actor on their own (they come from organisation alias lists).
_GENERIC = frozenset({
    "union", "council", "commission", "court", "bank", "fund", "agency", "parliament", "assembly",
    "government", "state", "states", "republic", "president", "minister", "secretariat", "committee",
    "organisation", "organization", "office", "group", "forum", "community", "conference", "the",
})

# Words that open a surname of two words: "Staffan de Mistura" is also "De Mistura".
SURNAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "al", "el", "bin", "ibn", "abu", "le", "la"})

# Longer aliases are left out of the index (official long names are never written in news).
MAX_ALIAS_WORDS = 8


def _too_short(folded: str, name: str) -> bool:
    """Whether a one-word alias is too short to index: its folded key has under 3 letters and the name as
    written under 4 ("Fiji" folds to "fi" — j→y→i, doubled letters merged — and is still indexed; "Ur" is not)."""
    return len(folded) < 3 and sum(c.isalpha() for c in name) < 4


# Preference when several actors share one alias and nothing else decides.
_TYPE_ORDER = {"state": 0, "organisation": 1, "group": 2, "person": 3}


@dataclass
class _Index:
    names: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    holders: dict[tuple[str, str | None], list[tuple[str, Role]]] = field(default_factory=dict)
    max_len: int = 1


# States whose people's names are written family name first in English news ("Xi Jinping", "Kim Jong-un",
# "Hun Sen", "Lee Hsien Loong"): the first word is also a surname ("Xi said").
SURNAME_FIRST_STATES = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP"})


def _surname_keys(key: tuple[str, ...], country: str | None) -> list[str]:
    """Folded surnames of a person's folded name: the last word, a particle with it ("de Mistura",
    "al-Assad", "von der Leyen"), and the first word in family-name-first states."""
    if len(key) < 2:
        return []
    out = [key[-1]]
    if len(key) > 2 and key[-2] in SURNAME_PARTICLES:
        out.append(" ".join(key[-2:]))
    if country in SURNAME_FIRST_STATES:
        out.append(key[0])
    return out


class KnowledgeBase:
    """Actors by id with name, acronym, surname and office indexes (built on first use)."""

    def __init__(self, actors: Iterable[Actor] = ()):
        self.actors: dict[str, Actor] = {}
        self._index: _Index | None = None
        self.folder = Folder()
        self._people: dict[tuple, str] = {}
        self._places: list[Place] = []
        self._place_index: PlaceIndex | None = None
        for actor in actors:
            self.add(actor)

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = (), *, shipped: bool = True) -> "KnowledgeBase":
        """The shipped KB (unless ``shipped=False``) plus ``extra_files``, in that order."""
        kb = cls()
        for path in shipped_paths() if shipped else []:
            for actor in read_actors(path, trusted=True):
                kb.add(actor)
        for path in extra_files:
            for actor in read_actors(path):
                kb.add(actor)
        if shipped and shipped_places().is_file():
            kb.add_places(read_places(shipped_places()))
        return kb

    def add_places(self, places: Iterable[Place]) -> None:
        """Add places (names that are never actors; see :mod:`cablegram.kb.places`)."""
        self._places.extend(places)
        self._place_index = None

    @property
    def places(self) -> PlaceIndex:
        """The place-name index (built on first use)."""
        if self._place_index is None:
            self._place_index = PlaceIndex(self._places, self.folder)
        return self._place_index

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise NotFoundError(f"no actor with id {actor_id!r}", hint="Find ids with `cablegram actors list QUERY`.") from None

    def add(self, actor: Actor) -> Actor:
        """Add an actor, or merge it into the one with the same id (aliases and roles added;
        a role of the same kind, country and start year replaces the older one, so a later file
        can close a role that an earlier snapshot left open)."""
        self._index = None
        old = self.actors.get(actor.id)
        if old is None and actor.type == "person" and actor.country:
            # The same person spelt differently by two sources (Sergey/Sergei) is one actor: the first id wins.
            key = (actor.country, self.folder.name(actor.name))
            same = self._people.get(key)
            if same is None:
                self._people[key] = actor.id
            else:
                old = self.actors[same]
        if old is None:
            actor.aliases = list(dict.fromkeys(actor.aliases))
            self.actors[actor.id] = actor
            return actor
        if old.id == actor.id:
            old.name = actor.name or old.name
        else:
            actor.aliases = [actor.name, *actor.aliases]
        old.type = actor.type or old.type
        old.country = actor.country or old.country
        old.source = "; ".join(dict.fromkeys(s for s in (old.source, actor.source) if s)) or None
        old.is_new = old.is_new and actor.is_new
        old.aliases = list(dict.fromkeys(old.aliases + actor.aliases))
        for role in actor.roles:
            same = [i for i, r in enumerate(old.roles) if _same_role(r, role)]
            if same:
                old.roles[same[0]] = role
            else:
                old.roles.append(role)
        return old

    def names_of(self, actor: Actor) -> list[str]:
        """The name and aliases of ``actor`` (plural demonyms added for states: Ukrainians, Israelis)."""
        names = [actor.name, *actor.aliases]
        if actor.type == "state":
            names += [a + "s" for a in actor.aliases if a.endswith(("an", "i")) and " " not in a]
        elif actor.type in ("group", "organisation"):
            names += [n for name in names for n in _short_forms(name)]
        return names

    # -- indexes --------------------------------------------------------------------------
    @property
    def index(self) -> _Index:
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> _Index:
        ix = _Index()
        for actor in self.actors.values():
            for name in self.names_of(actor):
                if _ACRONYM.match(name):
                    _push(ix.acronyms, acronym_key(name), actor.id)
                    continue
                key = self.folder.name(name)
                if not key or len(key) > MAX_ALIAS_WORDS or (len(key) == 1 and (_too_short(key[0], name) or key[0] in _GENERIC)):
                    continue
                if len(key) == 1 and actor.type == "person" and "curated" not in (actor.source or ""):
                    continue  # a bare given name from a bulk source ("Abdullah") names too many people
                for variant in (key, *_without_article(key, actor.type), *_without_honorific(key, actor.type)):
                    _index_name(ix, variant, actor.id)
            if actor.type == "person" and actor.roles:
                for surname in _surname_keys(without_honorifics(self.folder.name(actor.name)), actor.country):
                    _push(ix.surnames, surname, actor.id)
            for role in actor.roles:
                ix.holders.setdefault((role.role, role.country), []).append((actor.id, role))
        return ix

    def lookup(self, name: str) -> list[Actor]:
        """Actors whose name or alias equals ``name`` after folding (acronyms: exact capitals)."""
        ids = self.index.acronyms.get(acronym_key(name)) if _ACRONYM.match(name) else None
        ids = ids or self.index.names.get(self.folder.name(name), [])
        return [self.actors[i] for i in ids]

    def holders(self, role: str, country: str | None, date: str | None) -> list[tuple[Actor, Role]]:
        """Who held ``role`` for ``country`` on ``date``, most recently started first."""
        found = [(self.actors[aid], r) for aid, r in self.index.holders.get((role, country), []) if r.holds_on(date)]
        found.sort(key=lambda ar: ar[1].start or "", reverse=True)
        return found

    def search(self, query: str | None = None, limit: int = 100) -> list[Actor]:
        """Actors whose id, name or alias contains ``query`` (case-insensitive); all when None."""
        q = (query or "").casefold()
        out = []
        for actor in self.actors.values():
            if not q or q in actor.id.casefold() or any(q in n.casefold() for n in (actor.name, *actor.aliases)):
                out.append(actor)
                if len(out) >= limit:
                    break
        return out


def rank(actors: list[Actor], date: str | None) -> list[Actor]:
    """Order candidates for one alias: persons in office on ``date`` first, then states, IOs, groups, persons."""
    def key(a: Actor) -> tuple[int, int]:
        in_office = any(r.holds_on(date) for r in a.roles) if a.type == "person" else False
        return (0 if in_office else 1, _TYPE_ORDER.get(a.type, 9))
    return sorted(actors, key=key)


def role_on(actor: Actor, date: str | None) -> Role | None:
    """The most important role ``actor`` held on ``date`` (heads before ministers before others)."""
    order = ("head_of_state", "head_of_government", "national_leader", "secretary_general",
             "high_representative", "foreign_minister", "defence_minister", "other")
    held = [r for r in actor.roles if r.holds_on(date)]
    held.sort(key=lambda r: (order.index(r.role) if r.role in order else 99, -(int((r.start or "0")[:4]))))
    return held[0] if held else None


def _same_role(a: Role, b: Role) -> bool:
    return a.role == b.role and a.country == b.country and (a.start or "")[:4] == (b.start or "")[:4] and (
        a.role != "other" or a.title == b.title)


_BRACKETED = re.compile(r"^(?P<name>.*\S)\s*\((?P<short>[A-Za-z]{2,8})\)$")


def _short_forms(name: str) -> list[str]:
    """The long name and its short form of a name written "Long Name (short)", as the bulk group lists
    write them ("Liberation Tigers Of Tamil Eelam (ltte)" → "Liberation Tigers Of Tamil Eelam", "LTTE")."""
    found = _BRACKETED.match(name)
    if not found:
        return []
    initials = [w[0].lower() for w in re.split(r"[\s-]+", found["name"]) if w[:1].isalpha()]
    short = found["short"].lower()
    if not 3 <= len(short) <= 5 or not initials or short[0] != initials[0] or not _in_order(short, initials):
        return []  # "(colombia)" is a qualifier, not a short form
    return [found["name"], short.upper()]


def _index_name(ix: _Index, key: tuple[str, ...], actor_id: str) -> None:
    """Add a folded name to the name index and its prefixes."""
    _push(ix.names, key, actor_id)
    ix.max_len = max(ix.max_len, len(key))
    for i in range(1, len(key)):
        ix.prefixes.add(key[:i])


_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "az"})


# Words of filiation in Arabic names ("bin", "ibn", "bint"): a name with one may drop its family name.
_FILIATION = frozenset({"bin", "ibn", "bint", "ben"})


def _without_article(key: tuple[str, ...], kind: str) -> tuple[tuple[str, ...], ...]:
    """A person's folded name without the Arabic article inside it, as English papers often write it
    ("Nouri Maliki" for "Nouri al-Maliki"); nothing for other names or names without one."""
    if kind != "person" or len(key) < 3 or not any(w in _ARTICLES for w in key[1:-1]):
        return ()
    out = [tuple(w for i, w in enumerate(key) if i == 0 or i == len(key) - 1 or w not in _ARTICLES)]
    if len(key) >= 5 and key[-2] in _ARTICLES and any(w in _FILIATION for w in key[1:-2]):
        out.append(key[:-2])  # "Mohammed bin Zayed" for "Mohammed bin Zayed Al Nahyan": the dynasty left out
    return tuple(out)


def _without_honorific(key: tuple[str, ...], kind: str) -> tuple[tuple[str, ...], ...]:
    """A person's folded name without a leading honorific ("Chea Sim" for "Samdech Chea Sim"); nothing
    for other names, names without one, or names that would keep a single word."""
    if kind != "person":
        return ()
    bare = without_honorifics(key)
    return (bare,) if bare != key else ()


def _in_order(letters: str, initials: list[str]) -> bool:
    """Whether ``letters`` occur in order among ``initials`` (the short form skips "of", "the", ...)."""
    it = iter(initials)
    return all(c in it for c in letters)


def _push(table: dict, key, value: str) -> None:
    bucket = table.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)
