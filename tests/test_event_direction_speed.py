"""The direction ranker's cheap walks give what the plain spaCy walks give, on real articles
(../shared/data ngec_guardian): the parse read as plain values (ParseTree), the paths between a trigger
and each candidate, the candidates' ranks after the trigger, and the scoring a sentence with fewer than two
candidates skips. The whole-coder check (the same events on the 200 throughput articles with the ranker of
the previous commit and this one) is recorded in docs/models.md."""

from __future__ import annotations

import json

import numpy as np
import pytest


@pytest.fixture(scope="module")
def articles(nlp, shared_data):
    files = sorted((shared_data / "ngec_guardian").glob("*.jsonl"))
    if not files:
        pytest.skip(f"no ngec_guardian articles under {shared_data}")
    texts = [json.loads(line)["text"] for line in files[0].open(encoding="utf-8") if line.strip()][:5]
    return list(nlp.pipe(texts))


def _plain_path(cand_root, trigger):
    """The path as Token objects walk it: up from the candidate to the trigger's lineage, then the trigger's
    relations up to where the candidate's walk stopped."""
    from cablegram.nlp.event_direction import _step

    lineage = {t.i for t in trigger.ancestors} | {trigger.i}
    up, tok = [], cand_root
    for _ in range(12):
        if tok.i in lineage or tok.head.i == tok.i:
            break
        up.append(_step(tok))
        tok = tok.head
    down, t2 = [], trigger
    for _ in range(12):
        if t2.i == tok.i or t2.head.i == t2.i:
            break
        down.append(t2.dep_)
        t2 = t2.head
    return up, down


def test_parse_tree_ancestors_are_the_tokens_ancestors(articles):
    from cablegram.nlp.event_direction import ParseTree

    checked = 0
    for doc in articles:
        tree = ParseTree(doc)
        for tok in doc:
            assert tree.ancestors(tok.i) == [t.i for t in tok.ancestors], (tok.text, tok.i)
            assert tree.dep[tok.i] == tok.dep_
            checked += 1
    assert checked > 1000


def test_paths_and_ranks_match_the_token_walks(articles):
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_direction import ParseTree, _path, candidates, relative

    compared = 0
    for doc in articles:
        actors, tree = actor_spans(doc), ParseTree(doc)
        for sent in doc.sents:
            cands = candidates(sent, actors)
            for trigger in (t for t in sent if t.pos_ == "VERB"):
                for cand in cands:
                    assert _path(cand.root, trigger, tree=tree) == _plain_path(cand.root, trigger)
                    compared += 1
                verb = trigger  # a verb trigger's phrase is its own subtree
                after = [c for c in cands if c.span.start > trigger.i
                         and verb.left_edge.i <= c.root.i <= verb.right_edge.i]
                for cand, feats in zip(cands, relative(cands, trigger, tree)):
                    ranks = {f for f in feats if f.startswith("after_rank=")}
                    assert ranks == ({f"after_rank={min(after.index(cand), 3)}"} if cand in after else set())
    assert compared > 500


def test_a_sentence_with_one_candidate_gives_it_as_the_source(nlp):
    """With fewer than two candidates there is no pair to rank: the one candidate is the source, unscored."""
    doc = nlp("Ostrelia protested.")
    coder = nlp.get_pipe("cablegram_events")
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_direction import candidates

    sent = next(iter(doc.sents))
    actors = actor_spans(doc)
    cands = candidates(sent, actors)
    assert len(cands) == 1
    trigger = sent[1]
    source, target = coder.direction.choose(sent, trigger, trigger, "PROTEST", actors, (None, None))
    assert source == cands[0].pair and target is None
    _, probs = coder.direction.score(sent, trigger, trigger, "PROTEST", actors, (None, None))
    assert probs.shape == (1, 3) and np.isclose(probs.sum(), 1.0)
