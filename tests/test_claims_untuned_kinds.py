"""Kinds of claim faults found on sentences nobody tuned on (claimant set #4's development part and a third
analyst's judged sample), each in own fictional sentences (no news text): a former holder of a rank or a former prisoner is an unnamed person, a curly double mark written as
two single marks closes a quotation, "according to X" is X's even when a subject stands before it; a question, an
order to the reader, a time as source, an aim in the infinitive and a gesture to someone are no claims."""

from __future__ import annotations

import pytest

from cablegram.records import Document


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claims_of(nlp, text: str) -> list:
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01", publisher="Lakeside Courier")))
    return list(doc._.cg_claims)


def attributed(nlp, text: str) -> list[tuple[str, str, str]]:
    """(kind, claimant span text, cue) of every claim with a claimant."""
    out = []
    for c in claims_of(nlp, text):
        span = c.spans.get("claimant")
        if c.claimant_kind != "none" and span:
            out.append((c.claimant_kind, text[span[0]:span[1]], c.cue))
    return out


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    ("A former Norland admiral told the Lakeside Courier that the frigate was too old to sail.",
     "anonymous", "A former Norland admiral"),
    ("“They trained us for a month,” the former prisoner said.", "anonymous", "the former prisoner"),
    ("Kestrel officials said the border crossing would stay shut.", "anonymous", "Kestrel officials"),
    ("Two Norland-affiliated women who left the camp said the children were safe.", "anonymous", None),
])
def test_claimant_kinds(nlp, text, kind, claimant):
    found = attributed(nlp, text)
    assert (kind, claimant) in [(k, c if claimant else None) for k, c, _ in found], found


def test_two_single_marks_close_a_quotation():
    from cablegram.nlp.claims_quotes import quote_regions

    text = "“The statement I gave was half true,’’ he told the court. “It was not.”"
    assert [text[a:b] for a, b in quote_regions(text)] == ["The statement I gave was half true,", "It was not."]


def test_according_to_names_its_own_object(nlp):
    text = "“The statement I gave was half true,’’ he told the court in June, according to the Harbour Post."
    found = attributed(nlp, text)
    assert ("named", "he", "told") in found
    assert any(c == "the Harbour Post" and cue == "according to" for _, c, cue in found), found


@pytest.mark.parametrize("text", [
    "They welcomed us into their living room on a cold morning in March.",
    "The war has torn the valley apart as rival powers have moved to support opposing militias.",
    "A week later, a second reporter came to the camp to write about the living conditions there.",
    "Patience has become a rare thing in this town: here today, gone tomorrow.",
    "Before anyone says the two gases are alike, note that the Kestrel court holds that both are banned.",
    "“Do the Norland rulers not feel enough shame for the killings in the valley, and for the camps?”",
])
def test_no_claimant_for_what_speaks_for_no_one(nlp, text):
    assert attributed(nlp, text) == []


def test_a_speaker_with_a_clause_still_claims(nlp):
    text = "Ann Varga went on to say that the ferry would run again in May."
    assert ("named", "Ann Varga") in [(k, c) for k, c, _ in attributed(nlp, text)]
