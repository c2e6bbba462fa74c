"""One claim per attribution, not per sentence (own fictional sentences, no news text): a second speaker in the
same sentence gets a claim of its own with a stable id; a sentence with one attribution keeps the id it always had
(so stored corrections still apply); the store keeps every claim of a sentence and re-processing never duplicates."""

from __future__ import annotations

import pytest

from cablegram.records import Document, stable_id

TWO_SPEAKERS = ("The harbour in Kestrel stayed closed on Monday. Ann Varga said the bridge would reopen in May, "
                "while the Kestrel Port Authority said repairs would take at least a year.")
CARRIED = ("Talks on the fishing quota ended without a deal. Tomas Orlik said the quota would not change, "
           "according to the Lakeside Courier.")
ONE_SPEAKER = "Fuel prices rose again in Kestrel. Ann Varga said the council would cut the ferry fares."


@pytest.fixture(scope="module")
def pipeline():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import Pipeline, build_nlp

    return Pipeline(build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY]))


def _document(text: str, doc_id: str = "doc_fictional") -> Document:
    return Document(id=doc_id, text=text, published_at="2024-05-01", publisher="Lakeside Courier")


def _claims(pipeline, text: str) -> list:
    return pipeline.analyse(_document(text)).claims


def _attributed(claims: list, words: str) -> list:
    return [c for c in claims if words in c.sentence and c.claimant_kind != "none"]


def test_two_speakers_in_one_sentence_are_two_claims(pipeline):
    claims = _attributed(_claims(pipeline, TWO_SPEAKERS), "bridge")
    assert [c.attribution_index for c in claims] == [0, 1]
    assert [c.claimant_text for c in claims] == ["Ann Varga", "the Kestrel Port Authority"]
    assert [c.claimant_kind for c in claims] == ["named", "organisation"]
    assert len({c.id for c in claims}) == 2 and len({c.sentence_index for c in claims}) == 1
    second = claims[1]
    assert TWO_SPEAKERS[slice(*second.spans["cue"])] == "said"
    assert second.spans["cue"][0] > claims[0].spans["cue"][0]


def test_the_main_claim_keeps_the_sentence_id_and_ids_are_stable(pipeline):
    first = _claims(pipeline, TWO_SPEAKERS)
    again = _claims(pipeline, TWO_SPEAKERS)
    assert [c.id for c in first] == [c.id for c in again]  # idempotent: the same ids on every run
    main, second = _attributed(first, "bridge")
    assert main.id == stable_id("clm", "doc_fictional", main.sentence_index)
    assert second.id == stable_id("clm", "doc_fictional", second.sentence_index, second.spans["cue"][0])
    single = _attributed(_claims(pipeline, ONE_SPEAKER), "ferry")
    assert len(single) == 1 and single[0].attribution_index == 0
    assert single[0].id == stable_id("clm", "doc_fictional", single[0].sentence_index)


def test_an_outlet_carrying_a_speaker_is_a_claim_beside_the_speakers(pipeline):
    claims = _attributed(_claims(pipeline, CARRIED), "quota would not change")
    assert sorted((c.claimant_text, c.claimant_kind) for c in claims) == [("Tomas Orlik", "named"),
                                                                        ("the Lakeside Courier", "outlet")]
    assert sorted(c.attribution_index for c in claims) == [0, 1]


def test_one_speaker_twice_is_one_claim(pipeline):
    text = "Ann Varga said the ferry would run, adding that fares would fall. She warned of delays in June."
    claims = _attributed(_claims(pipeline, text), "ferry would run")
    assert len(claims) == 1


def test_the_store_keeps_every_claim_of_a_sentence(pipeline, store):
    doc = _document(TWO_SPEAKERS)
    store.add_document(doc)
    analysis = pipeline.analyse(doc)
    store.save_analysis(analysis)
    store.save_analysis(pipeline.analyse(doc))  # re-processing replaces, never duplicates
    stored = [c for c in store.get_analysis(doc.id).claims if "bridge" in c.sentence]
    assert [(c.claimant_text, c.attribution_index) for c in stored] == [("Ann Varga", 0),
                                                                        ("the Kestrel Port Authority", 1)]
    assert {c.id for c in stored} == {c.id for c in analysis.claims if "bridge" in c.sentence}
    rows = store.query_claims(doc_id=doc.id, claimant_kind="organisation")
    assert [(r["claimant_text"], r["attribution_index"]) for r in rows] == [("the Kestrel Port Authority", 1)]


def test_the_api_lists_each_attribution_of_a_sentence(pipeline, tmp_path):
    import httpx
    from live_api import live_api

    from cablegram.config import Settings
    from cablegram.store import open_store

    db = str(tmp_path / "api.db")
    store = open_store(db)
    doc = _document(TWO_SPEAKERS)
    store.add_document(doc)
    store.save_analysis(pipeline.analyse(doc))
    with live_api(Settings(db=db), store) as base:
        body = httpx.get(f"{base}/api/claims", params={"doc_id": doc.id}, timeout=30).json()
    store.close()
    rows = body["items"] if isinstance(body, dict) else body
    bridge = sorted((r["attribution_index"], r["claimant_text"]) for r in rows if "bridge" in r["sentence"])
    assert bridge == [(0, "Ann Varga"), (1, "the Kestrel Port Authority")]
