"""Commitments: look-alikes of support that the one-sentence "package" reading and the sentence rules took for
packages (compensation called aid, settlements, people sent for jobs, a foundation's gift to a cause at home, a
commitment to cooperate), with controls that stay support.

Sentences are written for these tests; the states are fictional (the actor file of test_commitments_fresh_kinds)."""

from __future__ import annotations

import pytest

from test_commitments_component import run
from test_commitments_fresh_kinds import knlp  # noqa: F401  (registry model, actors with the fictional states, commitments)


# -- look-alikes ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # compensation and settlements, even when the payment is called aid
    "The Norland government will pay $2 million in aid to the victims of the mine collapse under a settlement.",
    "The Norland government paid $662 million in aid as compensation for survivors of the camps.",
    # a promise to work together
    "Norland made a firm commitment to cooperate with Ostravia on security assistance.",
    "The two governments reaffirmed their commitment to cooperate in the reconstruction of the region.",
    # people sent or going abroad for jobs
    "Kestria sent 3,000 workers to Ostravia to take up reconstruction jobs.",
    "Thousands of Kestrian labourers have gone to Ostravia for reconstruction work.",
    # a private giver's gift to a cause at home
    "The Harlow Foundation's $25,000 contribution to the state attorney general's campaign drew criticism.",
    "A $25,000 donation from the Tamsin Foundation to a local food bank was announced on Monday.",
])
def test_lookalikes_of_support_give_no_row(knlp, text):
    assert run(knlp, text) == []


@pytest.mark.parametrize("text, status", [
    ("Norland pledged $10 million in humanitarian aid for the victims of the Ostravian earthquake.", "pledged"),
    ("Norland will send 40 engineers to help rebuild Ostravian bridges.", "pledged"),
])
def test_support_beside_the_lookalike_words_stays(knlp, text, status):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.category, c.status) == ("XNL", "XOS", "humanitarian", status), c


# -- unkept promises --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, donor, cue", [
    ("Norland promised $50 million in aid to Ostravia but never paid.", "XNL", "never paid"),
    ("Kestria pledged $20 million for Ostravian flood relief, of which nothing has arrived.", "XKS",
     "nothing has arrived"),
    ("Norland had promised 40 tanks to Ostravia, but none have been delivered.", "XNL", "none have been delivered"),
])
def test_an_unkept_promise_is_pledged_with_the_delivery_gap(knlp, text, donor, cue):
    [c] = run(knlp, text)
    assert (c.donor, c.recipient, c.status) == (donor, "XOS", "pledged"), c
    assert f"delivery gap ('{cue}')" in (c.reason or ""), c


def test_a_kept_promise_has_no_delivery_gap(knlp):
    [c] = run(knlp, "Norland has delivered the $50 million in aid it promised to Ostravia.")
    assert c.status == "delivered" and "delivery gap" not in (c.reason or ""), c


# -- "we" as giver inside a quotation -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def full_nlp(tmp_path_factory):
    """The full pipeline (claims give each sentence's claimant) with the fictional states in the actor file."""
    import json

    from cablegram.nlp.pipeline import build_nlp
    from test_commitments_fresh_kinds import _ACTORS

    path = tmp_path_factory.mktemp("actors") / "fictional.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in _ACTORS) + "\n", encoding="utf-8")
    return build_nlp(config={"cablegram_actors": {"extra_files": [str(path)]}})


@pytest.mark.parametrize("text", [
    '"We will send $10 million in aid to Ostravia," Prime Minister Ilse Varga said.',
    '"Our country has delivered 20 tanks to Ostravia," said Ilse Varga.',
    'Kestria borders Ostravia. "My government will provide $5 million to Ostravia," Ilse Varga said.',
])
def test_we_in_a_quotation_gives_as_the_speakers_state(full_nlp, text):
    [c] = run(full_nlp, text, date="2020-06-01")  # the fictional minister is in office from 2019 to 2021
    assert (c.donor, c.recipient) == ("XNL", "XOS"), c


@pytest.mark.parametrize("text", [
    'Kestria borders Ostravia. "My government will provide $5 million for the refugees," a spokesman said.',
    'Kestria borders Ostravia. "We have sent $3 million in food aid to Ostravia," an official told reporters.',
])
def test_we_of_an_unknown_speaker_names_no_giver(full_nlp, text):
    [c] = run(full_nlp, text, date="2020-06-01")
    assert c.donor is None and "speaker not identified" in (c.reason or ""), c
