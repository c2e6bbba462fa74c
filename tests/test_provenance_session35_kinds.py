"""Open kinds of provenance tracing fixed in session 35, each on sentences of our own (invented people, places and
bodies), with look-alikes that must stay as they were:

- the source's doer of a reported act told as another of its people, when the evidence is the readout's opening
  (who met whom) joined with the sentence of the act: the doer is read from the later sentence whose verb is the
  article's in other words;
- a name whose capital is beyond A-Z ("Åsa", "Øyvind") is a name for the actor checks;
- a title set off from its holder by a comma after a long office ("the Special Representative of the Secretary-General
  for Tarvia, Ilse Brand Holm") is that holder's role ("The Special Representative urged …");
- words in single quote marks are a quote; a verdict of one or two words in quote marks after a verb of verdict
  ("branded the levy “unfair”") that the source does not give is a quote change;
- a modal on whatever act of a kind ("stop any work that could …") dropped is no modality change;
- an act the source only instructs someone to do, told as done, when another evidence sentence plans something else;
- a proposal the source's party only took note of, told as accepted, is a modality change;
- an act planned with its noun after the plan ("is scheduled for delivery") told as done is a modality change.
"""

from __future__ import annotations

import pytest

from cablegram.provenance import trace
from cablegram.provenance.differences import _roles, _subject, find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.lexical import names
from cablegram.records import Document


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def _actor(article: str, evidence: list[str], context: str) -> list[str]:
    return [c.detail for c in find_changes(article, evidence, context=context) if c.kind == "actor"]


# --- the doer of the act in a later evidence sentence ---------------------------------------------------------------

OPENING = "Interior Minister Rasa Holm received Governor Teodor Lind of Vask province at the ministry on Friday."
ACT = "The Minister insisted that the border checkpoints must stay open at night."
VISIT = OPENING + " " + ACT + " The two also reviewed the budget for rural clinics."


def test_the_other_party_told_as_the_doer_after_an_opening_is_an_actor_change():
    assert _actor("Lind underlined that the border checkpoints must stay open at night.", [OPENING, ACT],
                  VISIT) == ["Lind vs The Minister"]


def test_the_same_doer_after_an_opening_is_no_actor_change():
    for article in ("Holm underlined that the border checkpoints must stay open at night.",
                    "The minister underlined that the border checkpoints must stay open at night."):
        assert _actor(article, [OPENING, ACT], VISIT) == [], article


def test_a_later_sentence_of_another_act_gives_no_doer():
    # the article's verb is none of the evidence's: nothing to compare, as before
    assert _actor("Lind proposed that the border checkpoints stay open at night.", [OPENING, ACT], VISIT) == []


# --- names with capitals beyond A-Z ---------------------------------------------------------------------------------

def test_names_with_capitals_beyond_a_to_z():
    assert names("Talks with Åsa Lind and Øyvind Berg ended.", any_capital=True) == ["Talks", "Åsa Lind", "Øyvind Berg"]
    assert names("Talks with Åsa Lind and Øyvind Berg ended.") == ["Talks", "Lind", "Berg"]  # the default unchanged


ROADS = ("Transport Minister Karin Dahl met Mayor Øystein Aune of Brekka in Nordvik on Monday. The Minister insisted "
         "that the ferry service must run twice a day from June. Both then toured the new harbour.")


def test_an_accented_name_told_as_the_doer_is_an_actor_change():
    sentences = ROADS.split(". ")
    evidence = [sentences[0] + ".", sentences[1] + "."]
    assert _actor("Øystein Aune underlined that the ferry service must run twice a day from June.", evidence,
                  ROADS) == ["Øystein Aune vs The Minister"]
    assert _actor("Aune underlined that the ferry service must run twice a day from June.", evidence,
                  ROADS) == ["Aune vs The Minister"]


def test_an_accented_name_of_the_doer_is_no_actor_change():
    source = "Mayor Øystein Aune of Brekka insisted that the ferry service must run twice a day from June."
    assert _actor("Øystein Aune underlined that the ferry service must run twice a day from June.", [source],
                  source) == []


def test_the_other_party_told_as_the_doer_is_altered_through_the_trace(embedder):
    src = Document(text=ROADS, publisher="Ministry of Transport of Norland", published_at="2026-05-07", is_primary=True)
    art = Document(text="Øystein Aune underlined that the ferry service must run twice a day from June.",
                   publisher="Fjord Courier", published_at="2026-05-07")
    first = trace(art, [src], embedder=embedder).sentences[0]
    assert first.label == "altered" and any(d.startswith("actor") for d in first.differences), first
    art = Document(text="Karin Dahl underlined that the ferry service must run twice a day from June.",
                   publisher="Fjord Courier", published_at="2026-05-07")
    first = trace(art, [src], embedder=embedder).sentences[0]
    assert first.label == "supported" and not first.differences, first


# --- a long office's title set off by a comma ---------------------------------------------------------------------

MISSION = ("The Special Representative of the Secretary-General for Tarvia, Ilse Brand Holm, opened the talks in Velm. "
           "The Special Representative urged the parties to keep the ceasefire.")


def test_a_title_set_off_by_a_comma_is_its_holders_role():
    roles = _roles(MISSION)
    assert roles["special representative"] == roles["representative"]
    keys, _ = _subject("The Special Representative urged the parties to keep the ceasefire.", roles)
    assert keys and keys <= roles["special representative"]


@pytest.mark.parametrize("context", [
    "Deputy Minister of Foreign Affairs of Tarvia Ana Roe-Lind received the envoy. The Deputy Minister briefed him.",
    "Deputy Minister of Foreign Affairs of Tarvia, Ana Roe-Lind, received the envoy. The Deputy Minister briefed him.",
])
def test_a_long_title_of_state_names_its_holder_with_or_without_a_comma(context):
    keys, _ = _subject("The Deputy Minister briefed him.", _roles(context))
    assert "roe lind" in keys or "lind" in keys, keys


def test_the_holder_told_by_name_is_no_actor_change_and_another_name_is():
    evidence = ["The Special Representative urged the parties to keep the ceasefire."]
    assert _actor("Ilse Brand Holm, the UN mediator, pressed the parties to respect the ceasefire.", evidence,
                  MISSION) == []
    assert _actor("Kessan mediator Per Aalto pressed the parties to respect the ceasefire.", evidence, MISSION) != []


# --- quotes in single marks, and one-word verdicts -----------------------------------------------------------------

SHIPMENT = "Port director Ana Roth said the new cranes would cut waiting times for ships."


def _quotes(article: str, source: str) -> list[str]:
    return [c.detail for c in find_changes(article, [source], context=source) if c.kind == "quote"]


def test_words_in_single_quote_marks_the_source_lacks_are_a_quote_change():
    assert _quotes("Ana Roth said the new cranes would 'slash waiting times' for ships.", SHIPMENT)
    assert _quotes("Ana Roth said the new cranes would ‘slash waiting times’ for ships.", SHIPMENT)


def test_apostrophes_and_the_sources_own_words_in_single_marks_are_no_quote_change():
    assert _quotes("Ana Roth's staff said the ships' crews would wait less.", SHIPMENT) == []
    assert _quotes("Ana Roth said the new cranes would 'cut waiting times' for ships.", SHIPMENT) == []


DECREE = "The council considers the decree unlawful and contrary to the 2015 water treaty."


@pytest.mark.parametrize("article", [
    "The council called the decree “illegitimate” and a breach of the 2015 water treaty.",
    "The council branded the decree as 'illegitimate', saying it broke the 2015 water treaty.",
    "The council blasted the decree as “daylight robbery” that broke the 2015 water treaty.",
])
def test_a_verdict_in_quote_marks_the_source_does_not_give_is_a_quote_change(article):
    assert _quotes(article, DECREE), article


@pytest.mark.parametrize("article", [
    "The council called the decree “unlawful” and a breach of the 2015 water treaty.",  # the source's own word
    "The council denounced the so-called “reform” of the 2015 water treaty.",  # a scare quote on a thing
    "The council said the “Blue Line” decree broke the 2015 water treaty.",  # a name
])
def test_the_sources_verdict_a_scare_quote_or_a_name_is_no_quote_change(article):
    assert _quotes(article, DECREE) == [], article


# --- a modal on any act of a kind ---------------------------------------------------------------------------------

def _modality(article: str, source: str) -> list[str]:
    return [c.detail for c in find_changes(article, [source], context=source) if c.kind == "modality"]


def test_a_modal_on_any_act_of_a_kind_dropped_is_no_modality_change():
    source = "The mayor told residents to stop any work that could disturb the nesting birds."
    assert _modality("The mayor told residents to stop work disturbing the nesting birds.", source) == []
    source = "The board warned against all measures which might delay the harvest."
    assert _modality("The board warned against measures delaying the harvest.", source) == []


def test_a_modal_of_a_statement_dropped_or_any_act_told_certain_stays_a_change():
    assert _modality("The board said the measures take effect in May.",
                     "The board said the measures could take effect in May.")
    assert _modality("The board approved measures that will take effect in May.",
                     "The board approved any measures that could take effect in May.")


# --- an instruction to act, told as the act, beside a plan on another matter ------------------------------------

INSTRUCTED = ("The presidents praised progress on the customs pact and asked their trade delegations to finish it "
              "within a month.")
PLANNED_ELSE = "The presidents will visit the border crossing together in May."


def test_an_instruction_told_as_done_beside_another_plan_is_a_modality_change():
    changes = [c for c in find_changes("The presidents also concluded the customs pact, the statement said.",
                                       [INSTRUCTED, PLANNED_ELSE], context=INSTRUCTED + " " + PLANNED_ELSE)
               if c.kind == "modality"]
    assert changes and "settled" in changes[0].detail


def test_the_act_settled_in_another_evidence_sentence_is_no_change():
    signed = "The delegations concluded the customs pact in the evening."
    changes = [c for c in find_changes("The presidents also concluded the customs pact, the statement said.",
                                       [INSTRUCTED, signed, PLANNED_ELSE],
                                       context=" ".join((INSTRUCTED, signed, PLANNED_ELSE))) if c.kind == "modality"]
    assert changes == []


# --- a proposal taken note of, told as accepted --------------------------------------------------------------------

NOTED = ("At the meeting, Minister Aalto took note of the Kessan request for additional fishing quotas, saying it "
         "would be studied.")


@pytest.mark.parametrize("article", ["Norland has approved the Kessan request for more fishing quotas, officials said.",
                                     "Norland backed the request for more fishing quotas, according to Aalto."])
def test_a_proposal_taken_note_of_told_as_accepted_is_a_modality_change(article):
    assert any("taken note of" in d for d in _modality(article, NOTED)), article


@pytest.mark.parametrize("article", ["Aalto took note of the Kessan request, officials said.",
                                     "Norland approved the Kessan invitation to the summit, officials said."])
def test_a_proposal_still_noted_or_another_thing_accepted_is_no_such_change(article):
    assert not any("taken note of" in d for d in _modality(article, NOTED)), article


# --- an act planned with its noun after the plan, told as done ----------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("Forty field kitchens are scheduled for delivery in the autumn.",
     "Norland has delivered field kitchens to Kessa, the ministry said."),
    ("The new bridge over the Lune is due for completion in May.", "The new bridge over the Lune was completed in May."),
])
def test_an_act_planned_with_its_noun_told_as_done_is_a_modality_change(source, article):
    assert any("planned in the source" in d for d in _modality(article, source)), article


def test_the_act_still_planned_is_no_change():
    source = "Forty field kitchens are scheduled for delivery in the autumn."
    assert _modality("Norland will deliver field kitchens to Kessa in the autumn.", source) == []
