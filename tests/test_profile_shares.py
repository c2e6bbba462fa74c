"""Attribution profile: counts and shares by claimant kind."""

from __future__ import annotations

import math

import pytest

from cablegram.errors import InputError
from cablegram.nlp.profile import attribution_profile, profile_analysis
from cablegram.records import CLAIMANT_KINDS, Analysis, Claim, Document


def _claim(i, kind, quote="none", hedges=()):
    return Claim(doc_id="d", sentence_index=i, sentence=f"s{i}", claimant_kind=kind, quote=quote, hedges=list(hedges))


def test_shares_sum_to_one_and_match_counts():
    claims = [_claim(0, "named", "direct"), _claim(1, "named"), _claim(2, "anonymous", hedges=["may"]), _claim(3, "none")]
    prof = attribution_profile(claims)
    assert prof.total == 4
    assert set(prof.shares) == set(CLAIMANT_KINDS)
    assert math.isclose(sum(prof.shares.values()), 1.0)
    assert prof.shares["named"] == 0.5 and prof.shares["anonymous"] == 0.25 and prof.shares["outlet"] == 0.0
    assert prof.counts["none"] == 1
    assert prof.direct_quote_share == 0.25 and prof.hedged_share == 0.25 and prof.attributed_share == 0.75


def test_empty_document_has_zero_shares():
    prof = attribution_profile([])
    assert prof.total == 0 and sum(prof.shares.values()) == 0.0


def test_unknown_kind_is_an_input_error():
    with pytest.raises(InputError) as err:
        attribution_profile([_claim(0, "gossip")])
    assert "gossip" in str(err.value) and err.value.hint


def test_profile_of_a_real_pipeline_run():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import Pipeline, build_nlp

    pipe = Pipeline(build_nlp(components=[claims.FACTORY]))
    text = ("Officials said the talks would resume on Thursday. Analysts say a deal remains distant. "
            "The foreign minister of Veltara said her country wanted a lasting settlement. "
            "Heavy rain closed the mountain roads for two days.")
    analysis = pipe.analyse(Document(text=text))
    prof = profile_analysis(analysis)
    assert prof.total == 4
    assert math.isclose(sum(prof.shares.values()), 1.0)
    assert prof.counts == {"named": 1, "organisation": 0, "anonymous": 1, "analysts": 1, "outlet": 0, "none": 1}
    assert isinstance(Analysis.from_dict(analysis.to_dict()).claims[0], Claim)
