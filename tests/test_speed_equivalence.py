"""Cheaper computations give what the plain ones they replace give (throughput with the same outputs): the linear
models' gathered scoring, per-doc span-group bounds, a mention's parse walks stored once per doc, and the PERSON
entities inside a span read from its tokens. Sentences are written for these tests (made-up states and people)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
import spacy
from spacy.tokens import Span


def test_linear_scores_of_a_few_rows_are_the_sparse_products_floats():
    from cablegram.nlp.commitment_model import KindModels, features
    from cablegram.nlp.linear import GATHER_ROWS

    models = KindModels.load()
    texts = ["Ostrelia pledged $40m in humanitarian aid to Valoria on Monday.",
             "The ministry said it would deliver two air defence systems and ammunition by spring.",
             "Dunmark announced a loan of €1.2bn for reconstruction, the third such package this year.",
             "", "zzqx unknownword"]
    rows = [features(t) for t in texts] + [{"no such feature": 1.0, "nor this": 2.5}]
    assert any(f not in models.category.index for row in rows for f in row)  # unknown features are scored too
    for model in (models.category, models.type):
        sparse = model.predict_proba(rows, gathered=False)
        assert np.array_equal(model.predict_proba(rows), sparse)  # the default for a few rows: gathered
        for row, expected in zip(rows, sparse):
            assert np.array_equal(model.predict_proba([row])[0], expected)
        many = rows * (GATHER_ROWS // len(rows) + 1)
        assert len(many) > GATHER_ROWS
        assert np.array_equal(model.predict_proba(many), model.predict_proba(many, gathered=True))


def test_the_pipeline_analyses_a_document_without_importing_scipy():
    code = ("import sys\n"
            "from cablegram.nlp.pipeline import build_nlp\n"
            "nlp = build_nlp()\n"
            "doc = nlp('Ostrelia pledged $40m in military aid to Valoria on Monday, its defence minister said. "
            "Dunmark will send ammunition and two air defence systems, the government announced.')\n"
            "assert doc._.cg_commitments, 'no commitment coded: the commitment models did not run'\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'scipy'))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _blank(text: str):
    nlp = spacy.blank("en")
    return nlp(text)


def test_group_bounds_are_the_groups_spans_and_a_new_group_is_read_again():
    from cablegram.nlp.doc_cache import group_bounds

    doc = _blank("Troops from Kessa and Orsk reached the Valorian capital near Lake Brel on Friday.")
    assert group_bounds(doc, "cg_places") == ()
    doc.spans["cg_places"] = [Span(doc, 2, 3, label="city", kb_id="VAL"), Span(doc, 4, 5, label="city"),
                              Span(doc, 10, 12, label="lake", kb_id="VAL")]
    expected = tuple((s.start, s.end, s.label_, s.kb_id_) for s in doc.spans["cg_places"])
    assert group_bounds(doc, "cg_places") == expected == ((2, 3, "city", "VAL"), (4, 5, "city", ""),
                                                         (10, 12, "lake", "VAL"))
    assert group_bounds(doc, "cg_places") is group_bounds(doc, "cg_places")  # read once
    doc.spans["cg_places"].append(Span(doc, 7, 9, label="capital", kb_id="VAL"))
    assert group_bounds(doc, "cg_places")[-1] == (7, 9, "capital", "VAL")
    doc.spans["cg_places"] = [Span(doc, 0, 1, label="x")]
    assert group_bounds(doc, "cg_places") == ((0, 1, "x", ""),)


def test_person_entities_inside_a_span_are_those_of_doc_ents():
    from cablegram.nlp.claims_naming import _person_entities

    doc = _blank("the Brelundian envoy Anna Velka Moro met Jon Brand of Valoria and Kessa Radio host Ivo Lund today")
    # adjacent entities, one at the doc's end, entities of other labels between and around PERSON ones
    doc.ents = [Span(doc, 1, 2, label="NORP"), Span(doc, 3, 6, label="PERSON"), Span(doc, 7, 9, label="PERSON"),
                Span(doc, 10, 11, label="GPE"), Span(doc, 12, 14, label="ORG"), Span(doc, 15, 17, label="PERSON"),
                Span(doc, 17, 18, label="DATE")]
    checked = found = 0
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            plain = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= end]
            assert _person_entities(span) == plain, (start, end)
            checked += 1
            found += len(plain)
    assert checked > 150 and found > 50


TEXT = ("Ostrelia composed a letter that did not mention Corvia, and Dunmark sent the letter to Valoria. "
        "All states except Avaria condemned the attack by Brelund on Kessa. "
        "Officials from countries other than Corvia met Dunmark's foreign minister in Orsk.")


def test_taking_part_keeps_the_mentions_the_plain_filter_keeps_for_every_trigger(nlp):
    from cablegram.nlp.event_actors import actor_spans, denied_mention, taking_part
    from cablegram.nlp.event_gates import left_out

    doc = nlp(TEXT)
    actors = actor_spans(doc)
    assert len(actors) >= 6
    dropped = set()
    for trigger in doc:
        plain = [c for c in actors if not left_out(c[0]) and not denied_mention(c[0], trigger)]
        assert taking_part(actors, trigger) == plain, trigger.text
        dropped |= {c[0].text for c in actors if c not in plain}
    assert {"Corvia", "Avaria"} <= dropped  # the filter does take mentions out
    # the stored walks do not depend on the trigger seen first: a fresh doc, triggers in reverse order
    doc = nlp(TEXT)
    actors = actor_spans(doc)
    for trigger in reversed(doc):
        assert taking_part(actors, trigger) == [c for c in actors if not left_out(c[0])
                                                and not denied_mention(c[0], trigger)]


@pytest.mark.parametrize("mention", ["Corvia"])
def test_a_denied_mention_takes_part_in_the_act_of_its_own_clause(nlp, mention):
    from cablegram.nlp.event_actors import actor_spans, taking_part

    doc = nlp(TEXT)
    actors = actor_spans(doc)
    corvia = next(c for c in actors if c[0].text == mention)
    mention_verb = next(t for t in doc if t.lower_ == "mention")
    composed = next(t for t in doc if t.lower_ == "composed")
    assert corvia in taking_part(actors, mention_verb)
    assert corvia not in taking_part(actors, composed)
