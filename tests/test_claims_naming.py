"""Claimant spans and kinds of the kinds claimant set #3 found wrong (issue 16): a job description before a
name, a name the parser hung elsewhere, appositives that say who someone is, unnamed people in coordination,
"the paper" as the newspaper or as a document, former staff of an outlet, the main clause after a subordinate
one, signed posts, and reporting words that report nothing. Sentences and people are our own and fictional."""

from __future__ import annotations

import pytest

from cablegram.records import Document

_EXTRA = {"outlets": {"names": ["Norland Herald", "The Norland Herald"]}}  # a fictional newspaper


@pytest.fixture(scope="module")
def nlp():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY],
                     config={claims.FACTORY: {"lexicon_extra": _EXTRA}})


def attributed(nlp, text):
    """(kind, claimant span text, cue) of every main claim (one per sentence) with a cue, in order."""
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    out = []
    for claim in doc._.cg_claims:
        if claim.cue and claim.attribution_index == 0:
            span = claim.spans.get("claimant")
            out.append((claim.claimant_kind, text[span[0]:span[1]] if span else None, claim.cue))
    return out


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    # a job description in lower case before the name is not part of the naming phrase
    ("“The talks went well,” Norland press secretary Ivo Maren said on Tuesday.", "named", "Ivo Maren"),
    ("“He never fought,” friend Tomas Ridel, 41, from Leeds, told reporters.", "named", "Tomas Ridel"),
    # a rank written with the name stays
    ("But in a call with reporters on Monday, Col. Pekka Rane, a military spokesman in Tarnow, said, “The raid "
     "was a combat operation.”", "named", "Col. Pekka Rane"),
    # a sentence-final speaker the parser attached to the reported clause
    ("The ministry intends to keep its troops in the north for another year, the defence minister, Jan Orav, "
     "said on Wednesday.", "named", "Jan Orav"),
    # the verb's own subject, not the subject of the clause it reports
    ("Norland warplanes struck a depot inside Sudmark on Thursday, Tarnow's military said, in a rare raid "
     "across the border.", "organisation", "Tarnow's military"),
    # appositives that describe a person: a role, one of a people
    ("Ilse, a web developer, complains: “The council never listens to anyone.”", "named", "Ilse"),
    ("“He never fired a shot,” said his commander, Arvo Kesk, a Briton who asked to be known by his nom de guerre.",
     "named", "Arvo Kesk"),
    # unnamed people, also in coordination and with a possessive
    ("A volunteer medic has died in the east of the country, his friends and fellow activists have said.",
     "anonymous", "his friends and fellow activists"),
    # former staff of an outlet speak as people, not as the outlet
    ("Several former Norland Herald journalists have complained they were not given a free hand.",
     "anonymous", "Several former Norland Herald journalists"),
    # "the paper": the newspaper just named, else a document speaking for whoever wrote it
    ("In a scathing editorial, the Norland Herald compared the minister to a weathervane. “He turns with every "
     "wind,” the paper said.", "outlet", "the paper"),
    ("The institute published a long study of the militia last week. Entitled Borders of Sand, the paper says that "
     "the militia recruits fighters abroad.", "organisation", "the paper"),
    # a participle clause after the head is no part of the naming phrase, one of seeing is (the outlet speaks)
    ("The report, published on Tuesday by the Norland Refugee Council, says the camp is full.", "organisation",
     "The report"),
    ("The memo, seen by the Norland Herald, says the troops will withdraw within a month.", "outlet",
     "The memo, seen by the Norland Herald,"),
    # a descriptor before a body's name is no part of it; a journalist's report in a newspaper is the outlet's
    ("In a statement on Facebook, the group Friends of Norland Leeds said the protest was part of a day of action.",
     "organisation", "Friends of Norland Leeds"),
    ("In 2017, Ann Lorne reported in the Norland Herald that the programme had cost $700m.", "outlet", "Ann Lorne"),
    ("Ann Lorne reported that the programme had cost $700m.", "named", "Ann Lorne"),
    # a passive agent without the verb phrase the parser ran into it; a body written in lower case, "who" or not
    ("The capture was first reported by the Norland Herald and independently confirmed by a rival paper.", "outlet",
     "the Norland Herald"),
    ("Lind travelled to Sudmark in 2012, according to the state department, who noted that he had served as a "
     "jailer.", "organisation", "the state department"),
    # a body named after a person is still the body
    ("The Ostrow campaign said that the rally would go ahead.", "organisation", "The Ostrow campaign"),
    # the speaker after a verb that follows a quotation, and the subject of a cue the tagger took for a noun
    ("“Nobody wants this,” lamented one aid worker in the camp.", "anonymous", "one aid worker"),
    ("Leaked emails seen by the Norland Herald show that the minister knew of the plan.", "outlet",
     "Leaked emails seen by the Norland Herald"),
    # a statement signed by a dash and a name after its full stop, on its line or the next
    ("Norland will answer any provocation. — Ministry of Foreign Affairs of Norland", "organisation",
     "Ministry of Foreign Affairs of Norland"),
    ("Norland will answer any provocation.\n— Ministry of Foreign Affairs of Norland", "organisation",
     "Ministry of Foreign Affairs of Norland"),
    # a title whose holder keeps their name back on purpose
    ("The minister, who spoke on condition of anonymity, said the plan had been shelved.", "anonymous", "The minister"),
    # the signature line of an embedded post
    ("We are back on air tonight.https://t.co/abc123 pic.twitter.com/xyz987— Ana Berg (@anaberg) March 3, 2016",
     "named", "Ana Berg"),
])
def test_claimant_kind_and_span(nlp, text, kind, claimant):
    claims = attributed(nlp, text)
    assert claims, f"no attributed claim in {text!r}"
    assert claims[-1][:2] == (kind, claimant)


def test_staff_of_an_outlet_still_speak_for_it(nlp):
    """Current reporters of a named outlet are the outlet's work; "former" makes them people."""
    claims = attributed(nlp, "The report was written by Norland Herald reporters.")
    assert claims and claims[0][:2] == ("outlet", "Norland Herald reporters")


@pytest.mark.parametrize("text", [
    "When Lind noted that Marta Sorel had paid no tax for years, Marta Sorel boasted, “That makes me smart.”",
    "When Lind noted that Marta Sorel had paid no tax for years ― as the filings showed at the time ― Marta Sorel "
    "boasted, “That makes me smart.”",
])
def test_speaker_of_the_main_clause(nlp, text):
    """ "When A noted …, B boasted …": the sentence's claim is B's, whatever the parser made of the dashes."""
    [(kind, claimant, cue)] = attributed(nlp, text)
    assert (claimant, cue) == ("Marta Sorel", "boasted")


@pytest.mark.parametrize("text", [
    "He has reported extensively from conflict zones across Asia and is the author of two books.",
    "Ana Berg, a campaign spokeswoman, did not respond to my messages.",
])
def test_reporting_words_that_report_nothing(nlp, text):
    assert attributed(nlp, text) == []


def test_a_dash_before_a_description_signs_nothing(nlp):
    """Only a name signs a statement: "— Lind's exact position" describes, it does not attribute."""
    claims = attributed(nlp, "The statement avoided blaming anyone. — Lind’s exact position.")
    assert all(cue != "—" for _, _, cue in claims)
