"""Kinds of error found on the development part of the fresh24 set (written by an analyst who never saw the code,
2 December 2026, round C), each on sentences of our own (invented people, places and bodies): the real change of the
kind must be found and the faithful rewrite must not count as one."""

from __future__ import annotations

import pytest

from cablegram.provenance import trace
from cablegram.provenance.differences import DATELINE, find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.records import Document


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


# A passive plan ("will be <participle>") told with the participle as an act done is a modality change.
_PASSIVE_PLAN = "Once the floodwater recedes, the pumping stations of Lower Osk will be repaired by army engineers."


def test_a_passive_plan_told_as_done_is_a_modality_change():
    assert "modality" in _kinds("Army engineers have repaired the pumping stations of Lower Osk.", _PASSIVE_PLAN)


def test_a_passive_plan_told_as_a_plan_is_no_modality_change():
    assert "modality" not in _kinds("The pumping stations of Lower Osk are to be repaired by army engineers once "
                                    "the floodwater recedes.", _PASSIVE_PLAN)


# A readiness of the source's speaker told in reported speech as what will be done ("said X would …").
_READY = "At the press conference the premier remarked that Dunmere stood ready to lease its icebreaker to the port authority."


def test_readiness_told_as_a_reported_will_is_a_modality_change():
    assert "modality" in _kinds("The premier said Dunmere would lease its icebreaker to the port authority.", _READY)


def test_readiness_kept_or_made_conditional_is_no_modality_change():
    assert "modality" not in _kinds("The premier said Dunmere was ready to lease its icebreaker to the port "
                                    "authority.", _READY)
    assert "modality" not in _kinds("The premier said Dunmere would lease its icebreaker to the port authority if "
                                    "the harbour fees were waived.", _READY)


# A wire dateline with the place and the outlet alone ("PLACE (Outlet) — ") is no words of the source: its place must not
# draw the sentence to a source sentence that names the place for something else.
def test_a_place_and_outlet_dateline_is_a_dateline():
    assert DATELINE.match("BRESKA (Harbour Courier) — The mayor opened the ferry pier.")
    assert not DATELINE.match("NATO (the alliance) says it opened the ferry pier.")


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def test_a_call_told_as_a_visit_under_a_dateline_of_a_later_meetings_place(embedder):
    # a guard of the whole trace with the dateline left out of the article's vectors (it passes without that too: how far
    # a dateline's place draws a sentence hangs on the embedder's similarities)
    source = Document(text=("Petra Lund, Norland's minister of trade, phoned Jon Arne of Ostvik today about timber "
                            "tariffs. Customs experts of both sides are to gather in Breska in May."), published_at="2026-04-02", is_primary=True,
                      publisher="Ministry of Trade of Norland")
    article = Document(text=("BRESKA (Harbour Courier) — Timber was on the table when Petra Lund, who runs Norland's "
                             "trade ministry, visited Ostvik and sat down with Jon Arne."), published_at="2026-04-03")
    first = trace(article, [source], embedder=embedder).sentences[0]
    assert first.label == "altered" and any(d.startswith("event_type") for d in first.differences), first.differences
