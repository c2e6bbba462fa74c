"""Kinds of error found on the development part of the fresh21 set (written by an analyst who never saw the code,
2 December 2026, round C), each on sentences of our own (invented people, places and bodies): the real change of the
kind must be found and the faithful rewrite must not count as one."""

from __future__ import annotations

import pytest

from cablegram.provenance import trace
from cablegram.provenance.differences import find_changes, invented_quote
from cablegram.provenance.embeddings import load_embedder
from cablegram.records import Document


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


# An offer or readiness told as agreed or certain.
_READY = "The Prime Minister repeated that Brannock stands ready to send a medical team to the border camps."


@pytest.mark.parametrize("told", [
    "Brannock has agreed to send a medical team to the border camps, the prime minister said.",
    "Brannock decided to send a medical team to the border camps.",
    "Brannock will send a medical team to the border camps.",
])
def test_readiness_told_as_agreed_is_a_modality_change(told):
    assert _kinds(told, _READY) == ["modality"]


@pytest.mark.parametrize("told", [
    "Brannock is ready to send a medical team to the border camps, the prime minister said.",
    "Brannock has offered to send a medical team to the border camps.",
    "Brannock is willing to send a medical team to the border camps.",
])
def test_readiness_kept_is_no_change(told):
    assert _kinds(told, _READY) == []


def test_an_agreement_the_source_states_is_no_change_beside_its_readiness_for_more():
    src = "The two cabinets agreed to open a joint customs post and said they were ready to open a second one in spring."
    assert _kinds("The two cabinets agreed to open a joint customs post.", src) == []


def test_continuing_support_the_source_is_ready_to_give_is_no_change():
    src = "Minister Orlaith Quenby confirmed that Sarnet remains ready to continue its support for the mine-clearing teams."
    assert _kinds("Sarnet will continue its support for the mine-clearing teams, Quenby said.", src) == []


# A quote put in a source speaker's mouth, the thing it names in the plural of the source's word.
_PASS = ["Snow closed the pass road for the third time this week.",
         "\"We cannot keep the road open in this weather,\" said Regional Roads Director Lena Storr."]


@pytest.mark.parametrize("told", ['Storr said the snows were "beyond anything our ploughs can handle."',
                                  'Storr called the snows "beyond anything our ploughs can handle."'])
def test_a_quote_naming_the_sources_thing_in_the_plural_is_put_in_the_speakers_mouth(told):
    change = invented_quote(told, _PASS)
    assert change is not None and change.kind == "quote"


@pytest.mark.parametrize("told", ['Storr said the rain was "beyond anything our ploughs can handle."',
                                  'Storr called the rains "beyond anything our ploughs can handle."'])
def test_a_quote_naming_a_thing_the_source_never_speaks_of_is_not_the_speakers_words_in_its_frame(told):
    assert invented_quote(told, _PASS) is None


# That nobody was harmed, in other words.
@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


_FIRE = Document(text=("A fire broke out overnight at the fuel depot in Lestrow, the Civil Protection Service of Ambrel "
                       "reports. Firefighters put out the blaze before dawn. There were no casualties. The cause of the "
                       "fire is being investigated."), published_at="2026-05-02", is_primary=True,
                 publisher="Civil Protection Service of Ambrel")
_OPENING = "Fire crews fought a blaze at a fuel depot in Lestrow overnight. "


def _second(embedder, told: str, source: Document):
    report = trace(Document(text=_OPENING + told, published_at="2026-05-02"), [source], embedder=embedder)
    return report.sentences[1]


@pytest.mark.parametrize("told", ["Nobody was injured, the civil protection service said.",
                                  "No one was killed, the service said."])
def test_nobody_harmed_in_other_words_is_the_sources_no_casualties(embedder, told):
    s = _second(embedder, told, _FIRE)
    assert s.label == "supported", (s.label, s.differences)
    assert [e["sentence"] for e in s.evidence] == ["There were no casualties."]


# A credit to the publishing body lends no predicate word (a new user's finding: "ministry" met the readout's
# "Minister" and carried a claim the readout never made).
_TALKS = Document(text=("Foreign Minister Petra Holm of Ostland met the Foreign Minister of Valdra, Ivo Renner, in Kessa "
                        "today. The ministers discussed energy links between the two countries. The ministers agreed to "
                        "meet again in October."), publisher="Foreign Ministry, Republic of Ostland",
                  published_at="2026-03-03", is_primary=True)
_MET = "Petra Holm, Ostland's top diplomat, hosted Valdra's Ivo Renner for talks in Kessa on Tuesday. "


def _credited(embedder, told: str):
    report = trace(Document(text=_MET + told, published_at="2026-03-03"), [_TALKS], embedder=embedder)
    return report.sentences[1]


@pytest.mark.parametrize("told", ["According to the ministry, Valdra had sought twice that.",
                                  "Valdra had sought twice that, the foreign ministry said."])
def test_a_short_new_claim_credited_to_the_ministry_is_added(embedder, told):
    s = _credited(embedder, told)
    assert s.label == "added" and s.false_credit, (s.label, s.evidence)


def test_the_sources_own_claim_credited_to_the_ministry_stays_supported(embedder):
    s = _credited(embedder, "According to the ministry, the ministers agreed to meet again in October.")
    assert s.label == "supported", (s.label, s.differences)
