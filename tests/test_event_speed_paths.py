"""The events component's fast paths give exactly what the plain computations they replace give (issue 11:
speed with the same outputs). Sentences are written for these tests (made-up states and people)."""

from __future__ import annotations

import numpy as np
import pytest

TEXT = ("Ostrelia and Dunmark agreed on Monday to hold joint naval exercises near the Valorian coast. "
        "Dunmark's foreign minister, Anna Velka, demanded an apology from the Ostrelian government, "
        "while officials in Valoria said they would send observers and medical supplies to the region. "
        "Ostrelian artillery shelled two villages outside Kessa on Tuesday, the ministry said.")


@pytest.fixture(scope="module")
def coded(nlp):
    doc = nlp(TEXT)
    coder = nlp.get_pipe("cablegram_events")
    assert coder.direction is not None, "the shipped direction ranker is not loaded"
    return doc, coder


def _scored(doc, coder):
    """(candidates, probabilities, plain features) for every verb and noun of the text taken as a trigger."""
    from cablegram.nlp.event_actors import actor_spans, assign_actors
    from cablegram.nlp.event_direction import _dateline_end, features, relative
    from cablegram.nlp.modality import main_event_token

    actors = actor_spans(doc)
    for sent in doc.sents:
        main = main_event_token(sent)
        for trigger in [t for t in sent if t.pos_ in ("VERB", "NOUN")]:
            rule_pair = assign_actors(trigger, sent, actors)
            cands, probs = coder.direction.score(sent, trigger, main, "CONSULT", actors, rule_pair)
            rows = [features(c, trigger, main, "CONSULT", rule_pair, _dateline_end(sent)) | rel
                    for c, rel in zip(cands, relative(cands, trigger))]
            yield cands, probs, rows


def test_direction_probabilities_are_the_linear_models_floats(coded):
    doc, coder = coded
    rows_seen = 0
    for cands, probs, rows in _scored(doc, coder):
        assert np.array_equal(probs, coder.direction.model.predict_proba(rows, gathered=False))  # the sparse product
        rows_seen += len(rows)
    assert rows_seen > 50


def test_best_pair_is_the_first_best_product_of_different_actors(coded):
    from cablegram.nlp.event_direction import _participant, best_pair

    doc, coder = coded
    col = coder.direction.col
    for cands, probs, _ in _scored(doc, coder):
        ps, pt = probs[:, col["source"]], probs[:, col["target"]]
        plain = [(ps[i] * pt[j], i, j) for i in range(len(cands)) for j in range(len(cands))
                 if i != j and _participant(cands[i], i) != _participant(cands[j], j)]
        expected = max(plain, key=lambda p: p[0])[1:] if plain else None
        assert best_pair(cands, ps, pt) == expected


def test_best_pair_breaks_ties_in_order_and_skips_one_actor_twice():
    from cablegram.nlp.event_direction import Candidate, best_pair

    cands = [Candidate(None, "OST", None), Candidate(None, "OST", None), Candidate(None, None, None)]
    half = np.array([0.5, 0.5, 0.5])
    assert best_pair(cands, half, half) == (0, 2)  # (0, 1) is the same actor; ties go to the first pair
    assert best_pair(cands[:2], half[:2], half[:2]) is None


def test_sentence_entities_are_span_ents(nlp, shared_data):
    """On real articles (../shared/data ngec_guardian), the entities read from a sentence's tokens are
    exactly ``Span.ents``: same boundaries, labels and knowledge-base ids, in order."""
    import json

    from cablegram.nlp.events import sentence_ents

    files = sorted((shared_data / "ngec_guardian").glob("*.jsonl"))
    if not files:
        pytest.skip(f"no ngec_guardian articles under {shared_data}")
    texts = [json.loads(line)["text"] for line in files[0].open(encoding="utf-8") if line.strip()][:6]
    compared = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            got = [(e.start, e.end, e.label_, e.kb_id_) for e in sentence_ents(sent)]
            assert got == [(e.start, e.end, e.label_, e.kb_id_) for e in sent.ents]
            compared += len(got)
    assert compared > 20


def test_classify_ahead_finishes_in_order_with_each_docs_own_rows():
    from cablegram.nlp.event_stream import classify_ahead

    docs = [["a", "bb"], [], ["ccc"], ["dd", "e", "ffff"]]

    def plan(doc):
        return doc

    def classify(texts):
        return np.array([[len(t)] for t in texts], dtype=float)

    def finish(doc, planned, probs):
        return (tuple(planned), None if probs is None else probs[:, 0].tolist())

    out = list(classify_ahead(iter(docs), plan, lambda p: p, classify, finish, window=2))
    assert out == [(("a", "bb"), [1.0, 2.0]), ((), None), (("ccc",), [3.0]), (("dd", "e", "ffff"), [2.0, 1.0, 4.0])]


def test_classify_ahead_raises_the_classifiers_error_on_the_calling_thread():
    from cablegram.nlp.event_stream import classify_ahead

    def classify(texts):
        raise ValueError(f"cannot classify {texts[0]!r}")

    with pytest.raises(ValueError, match="cannot classify 'x'"):
        list(classify_ahead([["x"]], lambda d: d, lambda p: p, classify, lambda d, p, r: d, window=4))


def test_a_forked_worker_classifies_inline():
    import multiprocessing

    from cablegram.nlp.event_stream import background_possible

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(background_possible) is False


def test_background_classifier_gives_the_inline_events(nlp):
    """The same texts through nlp.pipe with the classifier on its helper thread and inline."""
    texts = [TEXT, "Valoria recalled its ambassador from Dunmark after the border incident on Sunday.",
             "No event here at all.", "Ostrelia will send two field hospitals to Kessa, its defence minister said."] * 3
    coder = nlp.get_pipe("cablegram_events")
    before = coder.background
    try:
        coder.background = True
        ahead = [[e.to_dict() for e in d._.cg_events] for d in nlp.pipe(texts, batch_size=4)]
        coder.background = False
        inline = [[e.to_dict() for e in d._.cg_events] for d in nlp.pipe(texts, batch_size=4)]
    finally:
        coder.background = before
    assert ahead == inline and sum(map(len, ahead)) >= 6
