"""Claimants as a reporter writes them (issue 16): the speaker an outlet carried or quoted, outlets and their
works, titles without a holder, names without their affiliation. Sentences and people are our own."""

from __future__ import annotations

import pytest

from cablegram.records import Document


@pytest.fixture(scope="module")
def full_nlp():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY])


def main_claim(nlp, text):
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    claims = [c for c in doc._.cg_claims if c.cue and c.attribution_index == 0]  # each sentence's main claim
    assert claims, f"no attributed claim in {text!r}"
    claim = claims[-1]
    span = claim.spans.get("claimant")
    return claim.claimant_kind, text[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    # the speaker an outlet carried, not the outlet
    ("“The convoy reached the border at dawn,” the Norland defence ministry said in a statement, Tass reported.",
     "organisation", "the Norland defence ministry"),
    ("Reuters quoted a Norland border official as saying the crossing would stay closed.",
     "anonymous", "a Norland border official"),
    ("The drills are over, Colonel Ivar Tamm was quoted as saying by the Interfax news agency.",
     "named", "Colonel Ivar Tamm"),
    ("Interfax quoted Arvid Holm saying the talks would resume in May.", "named", "Arvid Holm"),
    # "according to" names the claimant of the clause it hangs on
    ("Norland agreed to keep its troops in the north a little longer, according to a senior administration official.",
     "anonymous", "a senior administration official"),
    # a body's phrase without the description after it
    ("The Norland civil defence, a volunteer rescue service, said the floods had cut two roads.",
     "organisation", "The Norland civil defence"),
    # outlets and their works
    ("The private Dalen news agency said the fire at the depot had been put out.",
     "outlet", "The private Dalen news agency"),
    ("The ceasefire is holding in the north, according to a reporter for the Daily Beast.",
     "outlet", "a reporter for the Daily Beast"),
    ("As first reported by the Guardian, Norland and Sudmark exchanged forty prisoners on Monday.",
     "outlet", "the Guardian"),
    # an acronym in capitals is a body, not a relative pronoun
    ("The WHO said in a statement that the outbreak in the camp had been contained.", "organisation", "The WHO"),
    # a title without its holder is an unnamed source; aides of a named person too
    ("A Republican senator told CNN that the vote would slip to June.", "anonymous", "A Republican senator"),
    ("Mira Holt's aides said the bill would be delayed until the autumn.", "anonymous", "Mira Holt's aides"),
    # a name without the affiliation that trails it, or the relative clause that follows it
    ("“Turnout is higher than we expected,” wrote Nora Vell for Example Polls.", "named", "Nora Vell"),
    ("“We will not retreat,” sighed a senior diplomat who asked not to be named.", "anonymous", "a senior diplomat"),
    # a name the text describes as a person's is a person, whatever the NER thought
    ("“It is a disaster,” said Marta Kovac, who runs a shelter in the town.", "named", "Marta Kovac"),
    ("“We have no plans to leave.” — Ilse Varga, foreign minister", "named", "Ilse Varga"),
    # a seat of government speaks for it; unnamed people by what they do are unnamed sources
    ("The Elysée said the president had spoken to his counterpart by phone.", "organisation", "The Elysée"),
    ("“We are running out of everything,” said one aid worker who asked not to be identified.", "anonymous",
     "one aid worker"),
    ("A person familiar with the president's thinking said no decision had been made.", "anonymous",
     "A person familiar with the president's thinking"),
    # an organisation's name ending in a word of bodies
    ("Human Rights Watch said the strikes on the market may amount to war crimes.", "organisation",
     "Human Rights Watch"),
    ("Amnesty International said the detainees had been denied access to lawyers.", "organisation",
     "Amnesty International"),
    # a participle phrase right after the work belongs to the claimant
    ("Nine people died in custody this year, according to a Guardian database tracking such deaths.", "outlet",
     "a Guardian database tracking such deaths"),
    # a verb the tagger took for a noun still reports what the documents say
    ("Documents seen by the Guardian show that the contractor was paid twice for the same work.", "outlet",
     "Documents seen by the Guardian"),
])
def test_reporter_style_claimants(full_nlp, text, kind, claimant):
    assert main_claim(full_nlp, text) == (kind, claimant)


def test_outlet_that_opens_the_report_stays_the_claimant(full_nlp):
    kind, claimant = main_claim(full_nlp, "Reuters reported that the two governments had resumed talks in secret.")
    assert (kind, claimant) == ("outlet", "Reuters")
