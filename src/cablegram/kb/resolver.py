"""Name → actor resolution beyond exact aliases: fuzzy names, surnames and titles by date.

A :class:`Resolver` wraps one :class:`KnowledgeBase`; the spaCy component uses it for the
spans the alias scan leaves over, and the CLI and API use it to look names up.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from ..records import Actor, Role
from .base import KnowledgeBase, rank, role_on
from .titles import HEAD_OF_GOVERNMENT_LEADS, LEADER_ROLES, ROLE_FALLBACK

# Fuzzy candidates by actor kind: NER labels map onto these.
_KINDS = {"PERSON": ("person",), "ORG": ("organisation", "group"), "GPE": ("state",), "NORP": ("state", "group")}
_MEMO_MAX = 50_000
# Offices whose holders the news names by surname alone.
_LEADING_ROLES = frozenset({"head_of_state", "head_of_government", "national_leader", "foreign_minister",
                            "group_leader", "secretary_general"})


# Offices several people may hold at once (China's foreign ministry has three or four spokespeople): a title
# of one of them names a person only when one person held it on the date.
SHARED_OFFICES = frozenset({"foreign_ministry_spokesperson", "spokesperson"})


class Resolver:
    """Fuzzy, surname and title resolution over one knowledge base."""

    def __init__(self, kb: KnowledgeBase, fuzzy_threshold: float = 90.0):
        self.kb = kb
        self.fuzzy_threshold = fuzzy_threshold
        self._choices: dict[tuple[str, str], tuple[list[str], list[str]]] | None = None
        self._memo: dict[tuple[str, str], tuple[str, float] | None] = {}

    # -- fuzzy -------------------------------------------------------------------------------
    def _build_choices(self) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
        """(kind, first letter of the last word) → (folded names, actor ids): blocking keeps each search small."""
        table: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for key, ids in self.kb.index.names.items():
            text = " ".join(key)
            for aid in ids:
                kind = self.kb.actors[aid].type
                names, owners = table.setdefault((kind, key[-1][:1]), ([], []))
                names.append(text)
                owners.append(aid)
        return table

    def fuzzy(self, folded: tuple[str, ...], label: str) -> tuple[str, float] | None:
        """Best (actor id, score) for a folded name from an NER span of ``label``, or None under the threshold."""
        if not folded or label not in _KINDS:
            return None
        memo_key = (label, " ".join(folded))
        if memo_key in self._memo:
            return self._memo[memo_key]
        if self._choices is None:
            self._choices = self._build_choices()
        best: tuple[str, float] | None = None
        for kind in _KINDS[label]:
            names, owners = self._choices.get((kind, folded[-1][:1]), ((), ()))
            if not names:
                continue
            found = process.extractOne(memo_key[1], names, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
            if found and (best is None or found[1] > best[1]):
                best = (owners[found[2]], round(found[1] / 100.0, 3))
        if len(self._memo) >= _MEMO_MAX:
            self._memo.clear()
        self._memo[memo_key] = best
        return best

    def surname_variant(self, folded: tuple[str, ...]) -> tuple[str, float] | None:
        """(person id, score) for a name of three words or more whose given names the KB spells the same and
        whose last word differs from the KB's in its vowels only ("Hassan Sheikh Mahmoud" for "Hassan Sheikh
        Mohamud": the same consonants in the same order; "Salim" is not "Salman"), the whole name scoring at
        least 85; None when no person or several fit."""
        if len(folded) < 3:
            return None
        if self._choices is None:
            self._choices = self._build_choices()
        names, owners = self._choices.get(("person", folded[-1][:1]), ((), ()))
        head, text = list(folded[:-1]), " ".join(folded)
        found = {owners[i] for i, name in enumerate(names) if name.split()[:-1] == head
                 and _consonants(name.split()[-1]) == _consonants(folded[-1]) and fuzz.ratio(name, text) >= 85}
        if len(found) != 1:
            return None
        aid = found.pop()
        return aid, round(max(fuzz.ratio(" ".join(self.kb.folder.name(n)), text)
                              for n in (self.kb.actors[aid].name, *self.kb.actors[aid].aliases)) / 100.0, 3)

    # -- surnames and offices ---------------------------------------------------------------------
    def by_surname(self, surname: str, date: str | None) -> Actor | None:
        """The one KB person with this folded surname in office on ``date`` (None when none or several)."""
        ids = self.kb.index.surnames.get(surname, [])
        in_office = [self.kb.actors[i] for i in ids if any(r.holds_on(date) for r in self.kb.actors[i].roles)]
        return in_office[0] if len(in_office) == 1 else None

    def curated_surname(self, surname: str) -> Actor | None:
        """The one curated KB person with this folded surname whatever the date ("Biden" between two
        offices), or None when none or several."""
        ids = [i for i in self.kb.index.surnames.get(surname, []) if "curated" in (self.kb.actors[i].source or "")]
        return self.kb.actors[ids[0]] if len(ids) == 1 else None

    def office_holder(self, role: str, country: str | None, date: str | None) -> tuple[Actor, Role] | None:
        """Who held ``role`` for ``country`` on ``date`` (the most recently appointed when sources overlap);
        ``role`` "leader": the state's or group's leader (:meth:`_leader`)."""
        if not country:
            return None
        if role == "leader":
            return self._leader(country, date)
        found = self.kb.holders(role, country, date)
        if not found and role in ROLE_FALLBACK:
            found = self.kb.holders(ROLE_FALLBACK[role], country, date)
        if role in SHARED_OFFICES and len({a.id for a, _ in found}) > 1:
            return None  # several spokespeople on the date: "the spokesperson" names none of them
        return found[0] if found else None

    def leader_surname(self, surname: str) -> Actor | None:
        """The one KB person with this folded surname who ever led a state or group or was its foreign
        minister (a name the news uses alone: "Morsi", "Rouhani"), or None when none or several."""
        ids = [i for i in self.kb.index.surnames.get(surname, [])
               if any(r.role in _LEADING_ROLES for r in self.kb.actors[i].roles)]
        return self.kb.actors[ids[0]] if len(ids) == 1 else None

    def _leader(self, country: str, date: str | None) -> tuple[Actor, Role] | None:
        """Who "the <country or group> leader" names on ``date`` (:data:`titles.LEADER_ROLES`)."""
        kind = "group" if country.startswith("GRP.") else (
            "government" if country in HEAD_OF_GOVERNMENT_LEADS else "state")
        for role in LEADER_ROLES[kind]:
            found = self.kb.holders(role, country, date)
            if found:
                return found[0]
        return None

    def best(self, name: str, date: str | None = None) -> Actor | None:
        """The best KB actor for a written name on a date (aliases first, then fuzzy), or None."""
        found = rank(self.kb.lookup(name), date)
        if found:
            return found[0]
        folded = self.kb.folder.name(name)
        for label in ("PERSON", "ORG", "GPE"):
            hit = self.fuzzy(folded, label)
            if hit:
                return self.kb.actors[hit[0]]
        return None


def _consonants(word: str) -> str:
    """The consonants of a folded word in order ("mogamud" → "mgmd")."""
    return "".join(c for c in word if c not in "aeiouy")


def role_name(actor: Actor, date: str | None) -> str | None:
    """``Mention.role_on_date`` for a person: the kind of their main role on the date."""
    if actor.type != "person":
        return None
    role = role_on(actor, date)
    return role.role if role else None
