"""Token features of the attribution span tagger, on our own sentences: where a complement ends, quotations,
sentence context, the candidates governing a token."""

from __future__ import annotations

import pytest

from cablegram.nlp.claims import AttributionFinder
from cablegram.nlp.claims_features import doc_features


@pytest.fixture(scope="module")
def featured():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp(components=[claims.FACTORY])
    finder = AttributionFinder()
    doc = nlp("“The dam will hold,” the engineer said. She added that the river was calm and the town was safe."
              "\n\nNobody answered. The storm came at night.")
    feats = doc_features(doc, finder.find(doc), finder.cue_words)
    return doc, feats


def _of(doc, feats, word, nth=0):
    return feats[[t.i for t in doc if t.text == word][nth]]


def test_one_feature_list_per_token_and_sentence_bounds_like_the_parse(featured):
    doc, feats = featured
    assert len(feats) == len(doc)
    starts = {s.start for s in doc.sents}
    assert [i for i, f in enumerate(feats) if "sent-start" in f] == sorted(starts)


def test_quotation_edges_and_quoted_share_of_the_sentence(featured):
    doc, feats = featured
    assert "q-first" in _of(doc, feats, "The") and "q-last" in _of(doc, feats, ",")
    assert "s-q=part" in _of(doc, feats, "engineer")  # half of that sentence is quoted
    assert "s-q=none" in _of(doc, feats, "river")


def test_a_coordinated_clause_hangs_under_the_cue_complement(featured):
    doc, feats = featured
    town = _of(doc, feats, "town")
    assert "cu=ccomp" in town and "cu2=ccomp>conj" in town  # "added that … and the town was safe"
    assert "cu2=ccomp>nsubj" in _of(doc, feats, "river")
    last = _of(doc, feats, "safe")
    assert "cu+1=punct" in last and "cu-1=ccomp" in last  # the complement ends after "safe"


def test_dependents_of_a_cue_and_the_candidates_above_a_token(featured):
    doc, feats = featured
    added = _of(doc, feats, "added")
    assert "k=ccomp" in added and "k=nsubj|P" in added  # a clausal complement and a pronoun subject
    assert "ga=1" in _of(doc, feats, "river") and "gw=added>" in _of(doc, feats, "river")
    assert "gl=nsubj<" in _of(doc, feats, "She")
    assert "ga=0" in _of(doc, feats, "storm")


def test_a_sentence_without_candidate_knows_the_one_before_has_one(featured):
    doc, feats = featured
    storm = _of(doc, feats, "storm")
    assert "no-cand" in storm and "s-prevcand=1" in storm and "s-nextcand=far" in storm
