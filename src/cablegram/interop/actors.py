"""Map actors named by other event data sets onto cablegram actor ids.

Other data sets name actors by a code (GDELT/CAMEO ``USAGOV``, POLECAT ``USA``) and a name
("UNITED STATES", "Antony Blinken"). The mapper tries, in order:

1. the code, when it *is* a knowledge-base id (an ISO 3166 alpha-3 state such as ``RUS``, or
   one of our own ids such as ``IGO.NATO`` read back from a cablegram export);
2. a CAMEO known-group code (``NATO``, ``UNO``, ``EUR``…) listed in :data:`CAMEO_GROUPS`,
   when the knowledge base holds that organisation;
3. the name, looked up in the knowledge base (:meth:`cablegram.kb.base.KnowledgeBase.lookup`);
   used only when exactly one actor carries it, so an ambiguous surname never picks someone;
4. the separate country code (POLECAT ``Actor Country``, GDELT ``Actor1CountryCode``), then the
   first three letters of a CAMEO code (letters only), when they are a state in the knowledge base
   (CAMEO codes start with the country: ``RUSMIL`` → ``RUS``). An id of cablegram's own form
   (``person:tomas-reile``, ``PER.UKR.…``) is never cut this way: its first letters name no country;
5. otherwise ``None``: the caller keeps the name as written.

Step 1 also accepts the ids of a store's own actors (``known_ids``; people and bodies first seen in
text, which the knowledge base lacks), so a cablegram export imported back keeps its actor ids.

Without a knowledge base (``kb=None``) only ISO 3166 alpha-3 country codes are mapped (via
pycountry), i.e. steps 1 and 4.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# CAMEO "known group" and international codes whose cablegram organisation id differs.
CAMEO_GROUPS: dict[str, str] = {
    "NATO": "IGO.NATO", "UNO": "IGO.UN", "EUR": "IGO.EU", "EEC": "IGO.EU", "OSC": "IGO.OSCE",
    "WHO": "IGO.WHO", "IAEA": "IGO.IAEA",   # regions (AFR, ASA, ...) name no single actor and stay unmapped
    "AFU": "IGO.AU", "ASN": "IGO.ASEAN", "ARL": "IGO.arab-league", "IMF": "IGO.IMF", "WBK": "IGO.WB",
}


def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


@dataclass
class ActorMapper:
    """Resolves (code, name) pairs to actor ids; remembers how each was resolved (for reports)."""

    kb: object | None = None  # a cablegram.kb.base.KnowledgeBase, or None for country codes only
    methods: dict[str, int] = field(default_factory=dict)
    _states: frozenset[str] | None = None
    # Further actor ids to accept as they are (e.g. a store's own actors: ``store_actor_ids(store)``).
    known_ids: Callable[[str], bool] | None = None

    @classmethod
    def with_kb(cls, extra_files=()) -> "ActorMapper":
        """A mapper over the shipped knowledge base (plus ``extra_files``); country codes only when the
        knowledge-base package is not installed."""
        try:
            from ..kb.base import KnowledgeBase
        except ImportError:
            return cls(kb=None)
        return cls(kb=KnowledgeBase.load(extra_files))

    def _known(self, actor_id: str) -> bool:
        if self.known_ids is not None and self.known_ids(actor_id):
            return True
        if self.kb is not None:
            return actor_id in self.kb
        if self._states is None:
            self._states = _country_codes()
        return actor_id in self._states

    def _is_state(self, code: str) -> bool:
        if self.kb is not None:
            return code in self.kb and self.kb.get(code).type == "state"
        return self._known(code)

    def _count(self, method: str) -> None:
        self.methods[method] = self.methods.get(method, 0) + 1

    def resolve(self, code: str | None = None, name: str | None = None, country: str | None = None) -> str | None:
        """The actor id for ``code``/``name``, or None when nothing matches with confidence.

        ``country`` (an ISO 3166 alpha-3 code given separately, as POLECAT and GDELT do) is used
        after the name and before the code's first three letters."""
        code = (code or "").strip()
        name = (name or "").strip()
        country = (country or "").strip().upper()
        if code and self._known(code):
            self._count("code")
            return code
        group = CAMEO_GROUPS.get(code.upper()) if code else None
        if group and self._known(group):
            self._count("group")
            return group
        if name and self.kb is not None:
            found = self.kb.lookup(name)
            if len({a.id for a in found}) == 1:
                self._count("name")
                return found[0].id
        if country and self._is_state(country):
            self._count("country")
            return country
        if len(code) >= 3 and code.isascii() and code.isalpha() and self._is_state(code[:3].upper()):
            self._count("country")
            return code[:3].upper()
        self._count("unmapped")
        return None


def store_actor_ids(store) -> Callable[[str], bool]:
    """``known_ids`` for :class:`ActorMapper`: whether ``store`` holds an actor with that id (each id is
    looked up once)."""
    from ..errors import NotFoundError

    seen: dict[str, bool] = {}

    def known(actor_id: str) -> bool:
        if actor_id not in seen:
            try:
                store.get_actor(actor_id)
                seen[actor_id] = True
            except NotFoundError:
                seen[actor_id] = False
        return seen[actor_id]

    return known
