"""Kinds of claim faults found on claimant set #5's development part (news set in lower case, with mojibake
quotation marks and apostrophes escaped by doubling), each in own fictional sentences (no news text): the marks
close their quotations, so a speaker after a quotation is found; a title before a name in a line without
capitals is no part of the claimant; a relative pronoun as source gives its antecedent's kind; a press release is
its body's words; an inquiry by a wire service, named in lower case, is the outlet's."""

from __future__ import annotations

import pytest

from cablegram.records import Document


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def attributed(nlp, text: str) -> list[tuple[str, str, str]]:
    """(kind, claimant span text, cue) of every claim with a claimant."""
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    out = []
    for c in doc._.cg_claims:
        span = c.spans.get("claimant")
        if c.claimant_kind != "none" and span:
            out.append((c.claimant_kind, text[span[0]:span[1]], c.cue))
    return out


def test_mojibake_and_escaped_marks_close_their_quotations():
    from cablegram.nlp.claims_quotes import quote_regions

    text = "â€œthe roads stay shut,â€\ufffd the collector said. the townâ€™s mayor agreed."
    assert [text[a:b] for a, b in quote_regions(text)] == ["the roads stay shut,"]
    text = "``the roads stay shut,'''' the collector said. on monday''s march, the traders'' union walked out."
    assert [text[a:b] for a, b in quote_regions(text)] == ["the roads stay shut,"]
    text = "``Keep calm,'' he said. It's fine."  # two apostrophes still close a quotation in other texts
    assert [text[a:b] for a, b in quote_regions(text)] == ["Keep calm,"]


def test_a_quotation_never_closed_ends_with_its_first_sentence():
    from cablegram.nlp.claims_quotes import quote_regions

    text = "The envoy wrote: “Hope at last for the valley. Both sides must hold. Shells fell on the port, officials said."
    assert [text[a:b] for a, b in quote_regions(text)] == ["Hope at last for the valley."]


def test_a_speaker_after_an_escaped_quotation_is_found(nlp):
    text = ("``we will stop the marchers at the station,'''' police commissioner r.k. mehra said on friday. "
            "residents said the market stayed closed.")
    found = attributed(nlp, text)
    assert ("named", "r.k. mehra", "said") in found, found
    assert ("anonymous", "residents", "said") in found, found


@pytest.mark.parametrize(("text", "claimant"), [
    ("deputy-inspector general of police arun verma said the convoy was stopped near the bridge.", "arun verma"),
    ("police sub-inspector k l bhatt of the crime branch told reporters that the caller spoke in hindi.", "k l bhatt"),
    ("the state government will appeal, according to union minister for water resources p rao kumar.",
     "p rao kumar"),
    ("the farmers union convenor harish chand said that the sit-in would go on.", "harish chand"),
])
def test_a_title_before_a_name_in_a_line_without_capitals_is_cut(nlp, text, claimant):
    assert ("named", claimant) in [(k, c) for k, c, _ in attributed(nlp, text)], attributed(nlp, text)


def test_a_title_without_a_name_stays_whole(nlp):
    found = attributed(nlp, "the district collector said the curfew would be lifted on sunday.")
    assert ("named", "the district collector") in [(k, c) for k, c, _ in found], found


def test_capitals_keep_the_cased_rules(nlp):
    found = attributed(nlp, "Police commissioner Ravi Mehra said the marchers would be stopped.")
    assert "Ravi Mehra" in [c for _, c, _ in found], found


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    ("sources, who asked not to be named, told the paper that a transmitter had been built near the border.",
     "anonymous", "sources"),
    ("a press release issued by the district unit of the party claimed that a meeting was held on tuesday.",
     "organisation", "a press release issued by the district unit of the party"),
    ("inquiries made by pti showed that neither firm owned the cargo.", "outlet", "inquiries made by pti"),
])
def test_claimant_kinds_in_lower_case_news(nlp, text, kind, claimant):
    assert (kind, claimant) in [(k, c) for k, c, _ in attributed(nlp, text)], attributed(nlp, text)
