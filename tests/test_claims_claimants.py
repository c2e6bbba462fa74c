"""Claimant kinds with the actors component (metonyms, outlets, members of a body), claim spans,
pronouns resolved to the person named before, and the lexicon read from TOML. Sentences are our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.records import Document

FIELD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "field"


@pytest.fixture(scope="module")
def full_nlp():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY])


def claims_of(nlp, text, date="2024-05-01", publisher=None):
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at=date, publisher=publisher)))
    return doc, [c for c in doc._.cg_claims if c.cue and c.attribution_index == 0]  # each sentence's main claim


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    ("Kyiv said the strike had hit a grain terminal.", "organisation", "UKR"),
    ("The Kremlin denied that any talks were planned.", "organisation", "RUS"),
    ("The EU said it would answer the tariffs within a week.", "organisation", "IGO.EU"),
    ("Washington lawmakers said the sanctions bill would pass easily.", "organisation", "USA"),
    ("Documents seen by the Guardian show that the contractor was paid twice.", "outlet", None),
    ("A Guardian investigation found that the shelter held twice as many children as allowed.", "outlet", None),
    ("The new figures were first reported by Reuters on Monday.", "outlet", None),
    ("“We will not retreat,” sighed a senior diplomat who asked not to be named.", "anonymous", None),
    ("Independent experts said the census figures were unreliable.", "analysts", None),
])
def test_claimant_kinds(full_nlp, text, kind, claimant):
    _, claims = claims_of(full_nlp, text)
    assert claims and claims[0].claimant_kind == kind, [c.to_dict() for c in claims]
    if claimant:
        assert claims[0].claimant == claimant


def test_spans_are_document_offsets(full_nlp):
    text = "Heavy rain fell overnight. The minister, Anna Berg, told reporters that the talks had failed."
    doc, claims = claims_of(full_nlp, text)
    claim = claims[0]
    assert text[slice(*claim.spans["cue"])] == "told"
    assert claim.cue == "told reporters"
    assert text[slice(*claim.spans["claimant"])].endswith("Anna Berg")
    assert text[slice(*claim.spans["content"])] == "that the talks had failed"  # PolNeAR keeps "that"


def test_pronoun_keeps_its_span_and_resolves_to_the_person(full_nlp):
    _, claims = claims_of(full_nlp, "Anna Berg said the plan was dead. She added that talks would resume in May.")
    second = claims[1]
    assert second.claimant_text == "She" and second.claimant == claims[0].claimant
    assert second.claimant.startswith("person:")


def test_multi_sentence_quote_goes_to_the_speaker_who_opened_it(full_nlp):
    text = ("Tomas Ilves said: “The harbour is closed. Nobody can leave before Friday. We are counting the damage.” "
            "Marta Kask, the port director, said repairs would take a month.")
    _, claims = claims_of(full_nlp, text)
    opener = claims[0].claimant
    inside = [c for c in claims if "Nobody can leave" in c.sentence]
    assert inside and inside[0].claimant == opener and inside[0].quote == "direct"


def test_field_case_f2_16_metonym_claimants(full_nlp):
    path = FIELD / "F2-16.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found (shared data absent)")
    rec = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    expected = next(json.loads(line) for line in (FIELD / "expected.jsonl").read_text(encoding="utf-8").splitlines()
                    if line.strip() and json.loads(line)["id"] == "F2-16")["expected"]["claims"]
    _, claims = claims_of(full_nlp, rec["text"], rec["date"], rec.get("publisher"))
    got = {c.claimant_text: c.claimant_kind for c in claims}
    for text, kind in expected.items():
        assert got.get(text) == kind, got


def test_lexicon_is_data_and_extensible():
    from cablegram.nlp.claims_lexicon import load_attribution_lexicon

    base = load_attribution_lexicon()
    assert "said" in base.forms(base.speech_verbs) and ("according", "to") in base.prepositional_cues
    assert "reportedly" in base.hedge_words  # from modality.toml
    extra = load_attribution_lexicon({"verbs": {"speech": ["harrumph"]}, "outlets": {"names": ["Harbour Herald"]}})
    assert "harrumphed" in extra.forms(extra.speech_verbs) and ("Harbour", "Herald") in extra.outlet_names
    assert "harrumph" not in load_attribution_lexicon().speech_verbs


@pytest.mark.parametrize(("text", "claimant_text", "cue"), [
    ("The Ministry of Foreign Affairs of Veltara: “We condemn the strike on the northern port.”",
     "The Ministry of Foreign Affairs of Veltara", ":"),
    ("“We condemn the strike on the northern port and ask our partners to respond.” — Ministry of Foreign Affairs",
     "Ministry of Foreign Affairs", "—"),
])
def test_press_release_formats(full_nlp, text, claimant_text, cue):
    doc, claims = claims_of(full_nlp, text)
    claim = next(c for c in claims if c.quote == "direct")
    assert claim.claimant_text == claimant_text and claim.cue == cue
    assert claim.claimant_kind == "organisation"
    assert text[slice(*claim.spans["claimant"])] == claimant_text


@pytest.mark.parametrize(("text", "claimant_text", "kind"), [
    ("Tarmo Kessel, a spokesman for the harbour union, said the strike would go on.", "Tarmo Kessel", "named"),
    ("Tarmo Kessel, a professor of economics at Veltara University, said trade was slowing.", "Tarmo Kessel",
     "named"),
    ("The port reopened on Friday. Col. Ivo Rand, the garrison commander, told reporters the road was clear.",
     "Col. Ivo Rand", "named"),
])
def test_claimant_span_leaves_the_appositive_out(full_nlp, text, claimant_text, kind):
    _, claims = claims_of(full_nlp, text)
    claim = next(c for c in claims if c.claimant_text)
    assert claim.claimant_text == claimant_text and claim.claimant_kind == kind, claim.to_dict()
    assert text[slice(*claim.spans["claimant"])] == claimant_text


@pytest.mark.parametrize(("text", "claimant_text"), [
    ("The contractor was paid twice, a USA TODAY analysis shows.", "a USA TODAY analysis"),
    ("A copy of the memo seen by Reuters said the inspectors had left early.",
     "A copy of the memo seen by Reuters"),
    ("Three bridges were closed overnight, state media said.", "state media"),
    ("Records seen by Reuters show the shipment left in March.", "Records seen by Reuters"),
])
def test_outlet_claimants_in_capitals_as_agents_and_by_head_noun(full_nlp, text, claimant_text):
    _, claims = claims_of(full_nlp, text)
    claim = next(c for c in claims if c.claimant_text)
    assert claim.claimant_text == claimant_text and claim.claimant_kind == "outlet", claim.to_dict()


@pytest.mark.parametrize(("text", "claimant_text", "kind"), [
    ("The bloc said it would answer the tariffs within a week.", "The bloc", "organisation"),
    ("The regional league said the vote was unlawful.", "The regional league", "organisation"),
    ("A diplomat who asked not to be named said the talks had failed.", "A diplomat", "anonymous"),
])
def test_collective_bodies_speak_as_organisations_and_spans_end_at_the_noun(full_nlp, text, claimant_text, kind):
    _, claims = claims_of(full_nlp, text)
    claim = next(c for c in claims if c.claimant_text)
    assert (claim.claimant_text, claim.claimant_kind) == (claimant_text, kind), claim.to_dict()
