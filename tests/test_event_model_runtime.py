"""Run time of the event-type classifier: the shipped ONNX file, determinism, and the attention-fusion step."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from cablegram.nlp.event_model import DEFAULT_EVENT_MODEL
from cablegram.nlp.model_files import model_path
from cablegram.nlp.pipeline import Pipeline
from cablegram.records import Document

REPO = Path(__file__).resolve().parents[1]

# Our own sentences: one candidate of each kind (a cue word; an actor and a main verb without a cue).
FOCUS = ("Poland expelled two Belarusian diplomats on Tuesday after a border incident. "
         "The Estonian government handed the documents to investigators in Tallinn.")
OTHERS = [
    "Ministers from France and Germany held talks in Paris about grain exports to North Africa.",
    "Hundreds of farmers blocked roads near the capital to protest against cheaper imports from abroad, "
    "and the agriculture ministry said it would meet their representatives next week to discuss quotas, "
    "subsidies and the transport costs that, according to the unions, have doubled since last spring.",
    "The navy seized a tanker.",
]


def test_sentence_scores_do_not_depend_on_the_other_sentences(event_model):
    """The int8 model quantizes activations per run: every sentence must run alone, so its scores are
    the same whatever else is classified with it and in whatever order."""
    alone = event_model.logits([OTHERS[0]])
    mixed = event_model.logits(OTHERS[1:] + [OTHERS[0]] + [FOCUS])
    assert np.array_equal(alone[0], mixed[len(OTHERS) - 1])
    assert np.array_equal(event_model.logits([OTHERS[2]])[0], mixed[1])


def test_document_events_are_the_same_alone_and_in_a_batch(nlp):
    """A document's events (types and confidences) do not depend on which documents share its batch."""
    pipeline = Pipeline(nlp)
    focus = Document(text=FOCUS, id="focus")
    alone = pipeline.analyse(focus)
    batch = [Document(text=t, id=f"o{i}") for i, t in enumerate(OTHERS)]
    together = list(pipeline.analyse_many(batch[:2] + [focus] + batch[2:], batch_size=8))[2]
    assert alone.events, "the focus document should hold at least one event"
    assert [dataclasses.asdict(e) for e in alone.events] == [dataclasses.asdict(e) for e in together.events]


def test_shipped_model_runs_fused_attention(event_model):
    """The shipped file has one QAttention node per encoder layer (see scripts/fuse_event_attention.py)
    and ONNX Runtime loads it with the CPU provider alone."""
    onnx = pytest.importorskip("onnx", reason="onnx is needed to read the graph (training-time dependency)")
    graph = onnx.load(str(model_path(DEFAULT_EVENT_MODEL))).graph
    fused = [n for n in graph.node if n.op_type == "QAttention"]
    assert len(fused) == 6
    assert not [n for n in graph.node if n.op_type == "Softmax"], "unfused attention left in the graph"
    meta = json.loads(model_path(DEFAULT_EVENT_MODEL).with_suffix(".json").read_text(encoding="utf-8"))
    assert "QAttention" in meta["attention"]
    assert event_model.session.get_providers() == ["CPUExecutionProvider"]


def _fusion_script():
    spec = importlib.util.spec_from_file_location("fuse_event_attention", REPO / "scripts" / "fuse_event_attention.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_fusion_refuses_a_graph_it_does_not_know(tmp_path):
    """Run on an already fused file (no quantized Q/K/V projections) the step raises instead of writing
    a broken model."""
    pytest.importorskip("onnx", reason="onnx is needed by the fusion step (training-time dependency)")
    fuse = _fusion_script()
    out = tmp_path / "again.onnx"
    with pytest.raises(ValueError, match="no quantized query/key/value projections"):
        fuse.fuse_attention(model_path(DEFAULT_EVENT_MODEL), out)
    assert not out.exists()
