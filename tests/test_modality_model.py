"""The learned modality check (issue 12): its features, a deterministic training script, loading and its effect.

Sentences are written for these tests (fictional actors). The LOSO figures on the annotated real sets come from
``scripts/train_modality.py --data ../shared/data --loso`` (docs/models.md); the check is not shipped."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# (sentence, trigger word, gold modality): own words
OWN = [
    ("The envoy arrived in Ostrava on Monday.", "arrived", "occurred"),
    ("Brevian troops shelled the border town overnight.", "shelled", "occurred"),
    ("The minister met her Valdorian counterpart in Lisse.", "met", "occurred"),
    ("Rebels seized the airport after a long siege.", "seized", "occurred"),
    ("The envoy will arrive in Ostrava next week.", "arrive", "planned"),
    ("Valdoria plans to open an embassy in Lisse.", "open", "planned"),
    ("The two ministers are scheduled to meet on Friday.", "meet", "planned"),
    ("Brevia will send two hundred engineers to the port.", "send", "planned"),
    ("The envoy did not arrive in Ostrava.", "arrive", "negated"),
    ("Brevia refused to send troops to the border.", "send", "negated"),
    ("The ministers never met during the crisis.", "met", "negated"),
    ("Valdoria denied that its aircraft struck the convoy.", "struck", "negated"),
    ("Brevia might close the border if the talks fail.", "close", "hypothetical"),
    ("Analysts think the rebels could seize the airport.", "seize", "hypothetical"),
    ("If the ceasefire holds, the envoy may visit Lisse.", "visit", "hypothetical"),
    ("The army could withdraw from the valley.", "withdraw", "hypothetical"),
]


def _script():
    spec = importlib.util.spec_from_file_location("train_modality", REPO / "scripts" / "train_modality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.fixture(scope="module")
def own_rows(event_nlp):
    from cablegram.nlp.modality import classify
    from cablegram.nlp.modality_model import features

    rows = []
    for (text, word, gold), doc in zip(OWN, event_nlp.pipe([t for t, _, _ in OWN])):
        sent = next(iter(doc.sents))
        tok = _trigger(doc, word)
        rules = classify(sent, tok)
        rows.append({"gold": gold, "rules": rules.modality, "feats": features(sent, tok, rules),
                     "system": rules.modality, "sys_feats": None})
    return rows


def test_features_name_the_rules_negators_auxiliaries_and_governing_frames(event_nlp):
    from cablegram.nlp.modality import classify
    from cablegram.nlp.modality_model import features

    def feats(text, word):
        doc = event_nlp(text)
        sent = next(iter(doc.sents))
        tok = _trigger(doc, word)
        return features(sent, tok, classify(sent, tok))

    neg = feats("The envoy did not arrive in Ostrava.", "arrive")
    assert neg["rule=negated"] == 1.0 and neg["d0:neg=not"] == 1.0
    fut = feats("The envoy will arrive in Ostrava next week.", "arrive")
    assert fut["d0:aux=will"] == 1.0 and "any:cls=future_aux" in fut and "rule=planned" in fut
    plan = feats("Valdoria plans to open an embassy in Lisse.", "open")
    assert plan["d1:lemma=plan"] == 1.0 and plan["up:cls=plan_verbs"] == 1.0
    cond = feats("Brevia might close the border if the talks fail.", "close")
    assert cond["d0:aux=might"] == 1.0 and cond["rule=hypothetical"] == 1.0
    assert "question" in feats("Will Brevia close the border?", "close")
    assert "question" not in fut


def test_training_is_deterministic_and_the_model_round_trips(own_rows, tmp_path):
    from cablegram.nlp.modality_model import load_model

    script = _script()
    first, second = script.train(own_rows), script.train(own_rows)
    assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(second.to_dict(), sort_keys=True)
    assert set(first.labels) == {"occurred", "planned", "hypothetical", "negated"}
    path = tmp_path / "modality_check.json"
    first.save(path)
    loaded = load_model(str(path))
    rows = [r["feats"] for r in own_rows]
    assert loaded.predict_proba(rows) == pytest.approx(first.predict_proba(rows), abs=1e-4)  # JSON rounds weights
    assert loaded.meta["threshold"] == script.THRESHOLD


def test_loso_reports_each_held_out_set_and_the_mean(own_rows):
    script = _script()
    collected = {"a": own_rows[0::3], "b": own_rows[1::3], "c": own_rows[2::3]}
    result = script.loso(collected, threshold=0.6)
    assert set(result) == {"a", "b", "c", "mean"}
    assert result == script.loso(collected, threshold=0.6)
    for name, n in (("a", 6), ("b", 5), ("c", 5)):
        assert result[name]["n"] == n
        assert 0.0 <= result[name]["given_alone"] <= 1.0
        assert result[name]["nested_threshold"] in script.THRESHOLDS
    assert result["mean"]["given_rules"] == pytest.approx(sum(result[n]["given_rules"] for n in "abc") / 3, abs=1e-4)


def test_check_keeps_the_rules_unless_the_model_is_confident(own_rows, event_nlp):
    from dataclasses import replace

    from cablegram.nlp.modality import classify
    from cablegram.nlp.modality_model import check

    script = _script()
    model = script.train(script.without_rules(own_rows), l2=0.1)  # the words alone, not the rules' label
    doc = event_nlp("The delegation will travel to Lisse next month.")
    sent = next(iter(doc.sents))
    tok = _trigger(doc, "travel")
    rules = classify(sent, tok)
    assert rules.modality == "planned"
    assert check(sent, tok, rules, model, threshold=0.0) == rules
    # a wrong answer of the rules is kept under a threshold the model cannot reach, replaced when it is confident
    wrong = replace(rules, modality="occurred", cue=None)
    assert check(sent, tok, wrong, model, threshold=1.01) == wrong
    corrected = check(sent, tok, wrong, model, threshold=0.5)
    assert corrected.modality == "planned" and corrected.cue.startswith("model:")
    assert check(sent, None, wrong, model) == wrong
