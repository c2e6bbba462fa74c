"""Modality kinds of reported news on the annotated trigger, on sentences written for these tests about fictional
actors (Brevia, Ostland, the town of Tarsk): a warning's "would" and a warned negation under a condition are
possibilities, a tolerance refused is a warning, a conditional subordinator the parser hung as a preposition, the plan
of an act named by a verb's prepositional phrase; and the kinds that stay as they were (a stated policy under a
condition is negated, a reported "would" with a time is planned)."""

from __future__ import annotations

import pytest


def _classify(nlp, text, word):
    from cablegram.nlp.modality import classify

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return classify(doc[:], token)


@pytest.mark.parametrize("text,word,modality", [
    # a "would" in a warning or threat is a possibility; in a plain report with a time, a plan
    ("The Ostland envoy warned that Brevia would impose sanctions on the refinery.", "impose", "hypothetical"),
    ("Ostland issued a warning that it would cut ties with the new government in Tarsk.", "cut", "hypothetical"),
    ("The Ostland minister said on Tuesday that she would visit Tarsk next week.", "visit", "planned"),
    ("The Brevian envoy told reporters that he would travel to Tarsk on Monday.", "travel", "planned"),
    # a negation under a condition in a warning leaves the act open; a stated policy under one stays negated
    ("Ostland warned that there will be no trade deal if Brevia breaks the border treaty.", "deal", "hypothetical"),
    ("The rebels warned that they would not release the hostages unless the blockade of Tarsk is lifted.", "release",
     "hypothetical"),
    ("Ostland says it will not admit further refugees if fighting breaks out in Brevia.", "admit", "negated"),
    ("The Brevian rebels did not attack Tarsk, officials said.", "attack", "negated"),
    # a tolerance refused is a warning against an act of others; a tolerance refused in the past is negated
    ("The Ostland government warned the army that it would not tolerate a coup.", "coup", "hypothetical"),
    ("The Brevian army did not tolerate dissent in Tarsk.", "tolerate", "negated"),
    # "unless" the parser hangs as a preposition over the act
    ('Ostland said it will freeze the assets unless the junta "relinquishes" power.', "relinquishes", "hypothetical"),
    # the plan of an act a verb's prepositional phrase names; a noun's "of" phrase is a step ("announced the launch")
    ("The Ostland ministry pledged on Friday to put the captured fighters on trial.", "trial", "planned"),
    ("The UN envoy is expected to arrive in Tarsk on Sunday for talks with both sides.", "arrive", "planned"),
    # a denied failure or negation is an act given as done; a failure admitted, or a denied act, is not
    ("The Ostland navy rejected claims that it had failed to rescue the sailors off Tarsk.", "rescue", "occurred"),
    ("The Brevian ministry denied that it had failed to pay the soldiers in Tarsk.", "pay", "occurred"),
    ("The Ostland navy admitted that it had failed to rescue the sailors off Tarsk.", "rescue", "negated"),
    ("The Brevian ministry denied that its troops had crossed into Tarsk.", "crossed", "negated"),
    # "would not hesitate to strike" threatens the strike
    ("The Ostland army said it would not hesitate to strike rebel positions near Tarsk.", "strike", "hypothetical"),
    # scrapped and shelved stop the act, as cancelled does
    ("The summit in Tarsk was scrapped after the Ostland ambassador was expelled.", "summit", "negated"),
    ("The Brevian minister shelved a planned visit to Tarsk.", "visit", "negated"),
    # a future act that answers "any" of what may come is conditional on it; one with a time is a plan
    ("Ostland officials said the army would retaliate against any attack on its bases.", "retaliate", "hypothetical"),
    ("The Brevian minister said the government will punish any violation of the truce.", "punish", "hypothetical"),
    ("The Ostland ministry said it would send troops to Tarsk on Monday.", "send", "planned"),
    ("Ostland says it will not accept any more refugees from Brevia.", "accept", "negated"),
])
def test_warnings_conditions_and_phrases(bare_nlp, text, word, modality):
    assert _classify(bare_nlp, text, word).modality == modality


@pytest.mark.parametrize("text,word,modality", [
    ("Brevian forces reportedly shelled the village near Tarsk overnight.", "shelled", "occurred"),
    ("Investigators said the Brevian militia may have used chemical weapons in Tarsk.", "used", "hypothetical"),
    ("The Ostland minister did not rule out talks with the Brevian rebels.", "talks", "hypothetical"),
    ("The summit in Tarsk was postponed after the storm.", "summit", "negated"),
    ("The Brevian unions called off the strike planned for Thursday.", "strike", "negated"),
    ("Ostland is considering sanctions against the Brevian shipping firm.", "sanctions", "hypothetical"),
    ("The two sides signed the accord in Tarsk without a joint statement.", "signed", "occurred"),
    ("The ministers met in Tarsk on Monday but did not issue a joint statement.", "met", "occurred"),
])
def test_hedges_cancellations_and_side_negations(bare_nlp, text, word, modality):
    """ "reportedly" reports what happened; a modal on a past act hedges it; "did not rule out" leaves the act open;
    postponed and called off negate; a negation on another noun or a conjoined clause does not reach the main act."""
    assert _classify(bare_nlp, text, word).modality == modality


def test_not_hesitating_makes_the_threatened_act_the_main_event(bare_nlp):
    from cablegram.nlp.modality import classify, main_event_token

    sent = next(iter(bare_nlp("Brevia will not hesitate to retaliate against Ostland, the minister warned.").sents))
    main = main_event_token(sent)
    assert (main.text, classify(sent, main).modality) == ("retaliate", "hypothetical")
