"""The learned attribution span tagger (three CRFs): BIO decoding, pairing, the shipped models on our own sentences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from cablegram.errors import PipelineError
from cablegram.nlp.claims_tagger import TaggedSpan, bio_spans, load_span_tagger, pair_spans

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def parser():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=[claims.FACTORY])


def test_bio_spans_decodes_tags():
    assert bio_spans(["O", "B", "I", "O", "B", "B", "I", "I"]) == [(1, 3), (4, 5), (5, 8)]
    assert bio_spans(["I", "I", "O"]) == [(0, 2)]  # an "I" without "B" still opens a span
    assert bio_spans(["O", "O"]) == []


def test_pair_spans_takes_nearest_source_and_content(parser):
    doc = parser("The envoy said the talks had failed. Later the minister denied it.")
    spans = [TaggedSpan("cue", 2, 3, 0.9), TaggedSpan("source", 0, 2, 0.9), TaggedSpan("content", 3, 7, 0.8),
             TaggedSpan("cue", 11, 12, 0.4), TaggedSpan("source", 9, 11, 0.9)]
    triples = pair_spans(doc, spans)
    assert [(c.start, s.start if s else None, k.start if k else None) for c, s, k in triples] == \
        [(2, 0, 3), (11, 9, None)]  # the content of the first sentence is not the second cue's
    assert [c.start for c, _, _ in pair_spans(doc, spans, min_confidence=0.5)] == [2]


def test_missing_model_is_a_pipeline_error(tmp_path):
    with pytest.raises(PipelineError) as err:
        load_span_tagger(str(tmp_path / "nothing_{kind}.crfsuite"))
    assert err.value.code == "model_file_error"
    assert load_span_tagger("") is None


def test_unreadable_model_is_a_pipeline_error(tmp_path):
    for kind in ("source", "cue", "content"):
        (tmp_path / f"bad_{kind}.crfsuite").write_bytes(b"not a crfsuite model")
    with pytest.raises(PipelineError) as err:
        load_span_tagger(str(tmp_path / "bad_{kind}.crfsuite"))
    assert err.value.code == "model_file_error"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The foreign minister said on Tuesday that the ceasefire talks had collapsed.",
         "The foreign minister", "said", "that the ceasefire talks had collapsed"),
        ("“We will not accept these terms,” the spokeswoman told reporters.",
         "the spokeswoman", "told", "We will not accept these terms"),
        ("According to the ministry, three convoys reached the city overnight.",
         "the ministry", "According to", "three convoys reached the city overnight"),
    ],
)
def test_shipped_tagger_finds_spans(parser, text, source, cue, content):
    from cablegram.nlp.claims import AttributionFinder
    from cablegram.nlp.claims_tagger import DEFAULT_SPAN_MODEL

    finder = AttributionFinder(span_tagger=load_span_tagger(DEFAULT_SPAN_MODEL))
    atts = finder.find(parser(text))
    assert len(atts) == 1
    att = atts[0]
    assert att.source is not None and att.source.text == source
    assert att.cue.text.startswith(cue)
    assert att.content is not None and att.content.text.strip(" .,“”") == content


def test_gold_labels_keep_outer_span():
    spec = importlib.util.spec_from_file_location("train_spans", REPO / "scripts" / "train_attribution_spans.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    ev = train._eval_module()
    import spacy

    text = "Aides said the mayor believes the plan works."
    doc = spacy.blank("en")(text)

    def span(a, b):
        return [{"spans": [[a, b]]}]

    rec = {"text": text, "annotations": [{"attributions": [
        {"type": "Attribution", "source": span(0, 5), "cue": span(6, 10), "content": span(11, 44)},
        {"type": "Attribution", "source": span(11, 20), "cue": span(21, 29), "content": span(30, 44)},
    ]}]}
    assert train.gold_labels(ev, rec, doc, "content") == ["O", "O", "B", "I", "I", "I", "I", "I", "O"]
    assert train.gold_labels(ev, rec, doc, "source") == ["B", "O", "B", "I", "O", "O", "O", "O", "O"]


def test_component_uses_the_tagger_by_default_and_can_switch_it_off():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    tagged = build_nlp(components=[claims.FACTORY])
    assert tagged.get_pipe(claims.FACTORY).finder.span_tagger is not None
    rules = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"span_model": ""}})
    assert rules.get_pipe(claims.FACTORY).finder.span_tagger is None
    with pytest.raises(PipelineError):
        build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"span_model": "/nonexistent/x_{kind}.crfsuite"}})


def test_features_place_tokens_relative_to_the_nearest_cue(parser):
    from cablegram.nlp.claims import AttributionFinder
    from cablegram.nlp.claims_features import doc_features

    doc = parser("The envoy said the convoy had arrived.\nReporters waited outside.")
    finder = AttributionFinder()
    atts, rules = finder.find_with_rules(doc)
    feats = doc_features(doc, atts, finder.cue_words)
    assert len(feats) == len(doc) and len(rules) == len(list(doc.sents))
    said = next(t.i for t in doc if t.lower_ == "said")
    envoy = next(t.i for t in doc if t.lower_ == "envoy")
    arrived = next(t.i for t in doc if t.lower_ == "arrived")
    assert {"cd=-1", "cw=said|-", "cu=nsubj", "hw=said", "r-src-I"} <= set(feats[envoy])
    assert {"cu=self", "r-cue-B", "w-1=envoy", "w+1=the"} <= set(feats[said])
    assert {"cu=ccomp", "cd=+4-6", "cw=said|+", "r-con-I"} <= set(feats[arrived])
    reporters = next(t.i for t in doc if t.text == "Reporters")
    assert {"para-start", "sent-start", "no-cand", "sp=0"} <= set(feats[reporters])
    assert "para-start" not in feats[envoy]


def test_classifier_fallback_reuses_the_rules_output(parser):
    from cablegram.nlp.claims import AttributionFinder, load_cue_model
    from cablegram.nlp.claims_quotes import quote_regions

    doc = parser("The envoy said the talks had failed. “We are leaving,” sighed a senior diplomat.")
    finder = AttributionFinder(cue_model=load_cue_model("attribution_cues.json"))
    regions = quote_regions(doc.text)
    _, rules = finder.find_with_rules(doc, regions)
    for si, sent in enumerate(doc.sents):
        given = finder.classifier_fallback(sent, si, regions, rules[si])
        again = finder.classifier_fallback(sent, si, regions)
        assert [(a.cue.start, a.source.start) for a in given] == [(a.cue.start, a.source.start) for a in again]
    assert [len(r) for r in rules][0] == 1 and rules[0][0].source.text == "The envoy"
