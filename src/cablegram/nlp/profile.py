"""A document's attribution profile: how much of it rests on whom.

The unit is the Claim (one per reporting or asserting sentence, see
:mod:`cablegram.nlp.claims`); headings, bylines and fragments have no Claim and
do not count. ``shares`` gives every claimant kind in
:data:`cablegram.records.CLAIMANT_KINDS` (zeros included) and sums to 1 whenever
the document has at least one Claim. An article whose "anonymous" share is high
leans on unnamed sources; a readout is mostly "named"/"organisation".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from ..errors import InputError
from ..records import CLAIMANT_KINDS, Analysis, Claim


@dataclass
class AttributionProfile:
    """Counts and shares of claims by claimant kind, plus quote and hedge shares."""

    total: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    shares: dict[str, float] = field(default_factory=dict)
    direct_quote_share: float = 0.0  # claims with a direct quotation
    hedged_share: float = 0.0  # claims with at least one hedge
    attributed_share: float = 0.0  # claims with any claimant (kind other than "none")

    def to_dict(self) -> dict:
        return asdict(self)


def attribution_profile(claims: Iterable[Claim]) -> AttributionProfile:
    """The profile of a document's claims (see module docstring)."""
    claims = list(claims)
    counts: Counter[str] = Counter()
    direct = hedged = 0
    for claim in claims:
        if claim.claimant_kind not in CLAIMANT_KINDS:
            raise InputError(f"unknown claimant kind {claim.claimant_kind!r} in sentence {claim.sentence_index}",
                             hint=f"Use one of {', '.join(CLAIMANT_KINDS)}.", source=claim.doc_id or None,
                             code="invalid_value")
        counts[claim.claimant_kind] += 1
        direct += claim.quote == "direct"
        hedged += bool(claim.hedges)
    total = len(claims)
    shares = {kind: (counts[kind] / total if total else 0.0) for kind in CLAIMANT_KINDS}
    return AttributionProfile(
        total=total,
        counts={kind: counts[kind] for kind in CLAIMANT_KINDS},
        shares=shares,
        direct_quote_share=direct / total if total else 0.0,
        hedged_share=hedged / total if total else 0.0,
        attributed_share=(total - counts["none"]) / total if total else 0.0,
    )


def profile_analysis(analysis: Analysis) -> AttributionProfile:
    """The profile of an :class:`~cablegram.records.Analysis` (its claims)."""
    return attribution_profile(analysis.claims)
