"""A currency name several states share, settled by a commitment's own parties.

:mod:`cablegram.nlp.amounts` settles an ambiguous name ("kroner", "CFA francs") by a state word in the sentence and
otherwise assumes one reading, saying so in the reason. When the sentence names no such word, the row's donor or
recipient may: a Danish giver's "kroner" are Danish crowns, "CFA francs" paid to Chad are Central African francs.
The state's own name is read through the currencies lexicon's ``context`` table (``denmark`` -> DKK, ``chad`` ->
XAF), the donor before the recipient, and only a code the name may mean is taken.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Commitment

__all__ = ["settled_by_parties"]


def settled_by_parties(row: Commitment, g, state_name, rates) -> Commitment:
    """``row`` with its assumed currency settled by the state of its donor or recipient (``state_name``: actor id ->
    the state's name, or None), its reason and dollar value updated; ``row`` itself when nothing settles it."""
    if not row.currency or not row.reason:
        return row
    assumed = _assumed_name(row, g)
    if assumed is None:
        return row
    name, why = assumed
    allowed = g.candidates.get(name)
    for role, party in (("donor", row.donor), ("recipient", row.recipient)):
        code = _state_code(state_name(party) if party else None, g, allowed)
        if code is None:
            continue
        if code == row.currency:
            return row
        note = f"'{name}' read as {code} from the {role}'s state"
        usd = rates.convert(row.amount, code, row.date) if row.amount and code in rates.currencies else None
        return replace(row, currency=code, reason=row.reason.replace(why, note),
                       amount_usd=round(usd.usd, 2) if usd else None, rate_date=usd.rate_date if usd else None)
    return row


def _assumed_name(row: Commitment, g) -> tuple[str, str] | None:
    """(the ambiguous name, the reason that assumed it) when ``row``'s currency is an assumed reading, else None."""
    for name, (code, why) in g.ambiguous.items():
        if code == row.currency and why in row.reason:
            return name, why
    return None


def _state_code(name: str | None, g, allowed) -> str | None:
    """The code the lexicon's context table gives a state's name ("Denmark", "Central African Republic"), two
    words read before one, among ``allowed`` (None: any)."""
    words = re.findall(r"\w+", (name or "").lower())
    for k, word in enumerate(words):
        for key in (" ".join(words[k:k + 2]), word):
            code = g.context.get(key)
            if code and (allowed is None or code in allowed):
                return code
    return None
