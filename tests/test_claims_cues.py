"""The learned attribution-cue classifier: fitting, the shipped file, loading errors, cross-validation."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import cablegram.nlp.claims as claims
from cablegram.errors import PipelineError

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipelines():
    from cablegram.nlp.pipeline import build_nlp

    # The cue classifier's own path (rules + cue model); the span tagger has its tests in test_claims_tagger.
    with_model = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"span_model": ""}})
    return with_model, with_model.get_pipe(claims.FACTORY).finder, claims.AttributionFinder()


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_polnear", REPO / "benchmarks" / "eval_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_separates_and_round_trips(tmp_path):
    rows = [["bias", "w=said", "d=ROOT"]] * 30 + [["bias", "w=table", "d=dobj"]] * 60 + [["bias", "w=once"]]
    labels = [1.0] * 30 + [0.0] * 60 + [1.0]
    model = claims.CueModel.fit(rows, labels, l2=0.1, iterations=200, min_count=2, min_weight=0.0)
    assert model.prob(["bias", "w=said", "d=ROOT"]) > 0.9
    assert model.prob(["bias", "w=table", "d=dobj"]) < 0.1
    assert "w=once" not in model.weights  # seen in one row only: below min_count
    path = tmp_path / "cues.json"
    model.save(path)
    again = claims.load_cue_model(str(path))
    assert again.weights == model.weights and (again.add, again.veto) == (model.add, model.veto)


def test_shipped_model_is_small_and_loads():
    path = REPO / "src" / "cablegram" / "nlp" / "models" / claims.DEFAULT_CUE_MODEL
    assert path.stat().st_size < 2_000_000
    model = claims.load_cue_model(claims.DEFAULT_CUE_MODEL)
    assert 0 < model.add < 1 and 0 <= model.veto < model.add
    assert model.weights["w=said"] > model.weights.get("w=table", 0.0)


def test_bad_model_files_are_pipeline_errors(tmp_path):
    assert claims.load_cue_model("") is None
    with pytest.raises(PipelineError) as missing:
        claims.load_cue_model("no_such_model.json")
    assert "train_attribution" in missing.value.hint
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(PipelineError):
        claims.load_cue_model(str(broken))
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"labels": []}), encoding="utf-8")
    with pytest.raises(PipelineError):
        claims.load_cue_model(str(wrong))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“We will win this state,” the senator continued.", "continued", "the senator"),
        ("Governor Pell shrugged off the criticism from the opposition.", "shrugged off", "Governor Pell"),
        # PolNeAR's cue spans hold the verb group (auxiliaries included)
        ("Senator Brakel has sought to distance himself from the party leadership.", "has sought", "Senator Brakel"),
    ],
)
def test_model_finds_cues_outside_the_lexicon(pipelines, text, cue, source):
    nlp, learned, rules = pipelines
    doc = nlp(text)
    assert all(a.cue.text != cue for a in rules.find(doc))  # the word lists alone miss it
    found = {a.cue.text: a.source.text if a.source is not None else None for a in learned.find(doc)}
    assert found.get(cue) == source


def test_claims_component_uses_the_learned_cue(pipelines):
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    nlp, _, _ = pipelines
    doc = nlp(make_doc(nlp, Document(text="Governor Pell shrugged off the criticism from the opposition.")))
    [claim] = doc._.cg_claims
    # the office before the name is no part of the claimant span (docs/codebook.md)
    assert claim.cue == "shrugged off" and claim.claimant_text == "Pell" and claim.claimant_kind == "named"


def test_rules_only_config_switches_the_model_off():
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"cue_model": ""}})
    assert nlp.get_pipe(claims.FACTORY).finder.cue_model is None


def test_cross_validation_scores_each_article_once_with_an_unseen_model(shared_data, pipelines):
    if not (shared_data / "polnear").is_dir():
        pytest.skip("polnear not in shared data")
    ev = _eval_module()
    nlp, _, _ = pipelines
    records = list(ev._records(shared_data, 12))
    docs = ev.parse(nlp, records)
    rows = ev.build_rows(records, docs)
    assert len(rows.per_doc) == 12
    assert any(y > 0 for _, ys in rows.per_doc for y in ys) and any(y == 0 for _, ys in rows.per_doc for y in ys)
    fitted: list[set[int]] = []
    real_fit = rows.fit

    def spy(indices, **options):
        fitted.append(set(indices))
        return real_fit(fitted[-1], **{**options, "iterations": 30})

    rows.fit = spy
    result = ev.cross_validate(records, docs, 3, rows=rows)
    assert len(fitted) == 3
    for fold, train in enumerate(fitted):
        assert train == {i for i in range(12) if i % 3 != fold}  # the scored fold is never in training
    assert result["articles"] == 12 and "cross-validation" in result["model"]
    assert result["cue"]["partial"]["gold"] == ev.score(records, docs, claims.AttributionFinder())["cue"]["partial"]["gold"]
    assert 0 < result["cue"]["partial"]["f1"] <= 1
