"""Fuse each self-attention block of the int8 event-type model into one ONNX Runtime ``QAttention`` node.

``torch.onnx.export`` writes MiniLM's attention as some 60 small nodes per layer (three quantized
projections, reshapes, transposes, the mask arithmetic of scaled-dot-product attention, softmax, a NaN
guard); ``quantize_dynamic`` keeps them. On one short news sentence at a time (the events component runs
one sentence per call, see ``cablegram.nlp.event_model``) those small nodes cost about as much as the
matrix products. This step replaces, in every layer, everything from the quantized Q/K/V projections to
the merged context with one ``com.microsoft.QAttention`` node that reads the same uint8 input
(``DynamicQuantizeLinear`` output), the same per-column int8 weights (Q, K and V concatenated), the same
scales, zero points and biases, and the raw attention mask; then it drops the nodes and initializers no
longer used. Weights and quantization are unchanged, so the model's logits agree with the unfused file
to float rounding (checked by ``--check``: maximum absolute difference and argmax agreement on sentences
the caller gives).

Needs the ``onnx`` package (training-time only; run time needs onnxruntime alone).
Usage: python scripts/fuse_event_attention.py IN.onnx OUT.onnx [--check sentences.txt]
Called by ``scripts/train_event_model.py`` after ``quantize_dynamic``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_PROJ = re.compile(r"^/encoder/encoder/layer\.(\d+)/attention/self/(query|key|value)/MatMul_quant$")
_CONTEXT = "/encoder/encoder/layer.{}/attention/self/Reshape_4_output_0"
_BIAS = "encoder.encoder.layer.{}.attention.self.{}.bias"


def _projections(graph) -> dict[int, dict[str, object]]:
    """Layer number → {"query"|"key"|"value": its MatMulInteger node}."""
    layers: dict[int, dict[str, object]] = {}
    for node in graph.node:
        m = _PROJ.match(node.name)
        if m and node.op_type == "MatMulInteger":
            layers.setdefault(int(m.group(1)), {})[m.group(2)] = node
    return layers


def _scale_of(weight_name: str) -> str:
    return weight_name[: -len("_quantized")] + "_scale"


def _fused_weights(inits: dict, layer: int, proj: dict) -> dict[str, object]:
    """The concatenated Q/K/V weight, per-column scale, zero point and bias of one layer, as arrays."""
    import numpy as np
    from onnx import numpy_helper

    def arr(name):
        return numpy_helper.to_array(inits[name])

    parts = [proj[k] for k in ("query", "key", "value")]
    return {
        "weight": np.concatenate([arr(p.input[1]) for p in parts], axis=1),
        "weight_scale": np.concatenate([arr(_scale_of(p.input[1])).reshape(-1) for p in parts]).astype(np.float32),
        "weight_zero_point": np.concatenate([arr(p.input[3]).reshape(-1) for p in parts]),
        "bias": np.concatenate([arr(_BIAS.format(layer, k)) for k in ("query", "key", "value")]).astype(np.float32),
    }


def _scale_input(graph, proj_node) -> str:
    """The activation scale output of the DynamicQuantizeLinear that feeds ``proj_node``."""
    for node in graph.node:
        if node.op_type == "DynamicQuantizeLinear" and node.output[0] == proj_node.input[0]:
            return node.output[1]
    raise ValueError(f"no DynamicQuantizeLinear feeds {proj_node.name}")


def _prune(graph) -> None:
    """Drop nodes whose outputs nothing reads, then initializers nothing reads."""
    wanted = {o.name for o in graph.output}
    keep = []
    for node in reversed(list(graph.node)):
        if any(o in wanted for o in node.output):
            keep.append(node)
            wanted.update(i for i in node.input if i)
    keep.reverse()
    del graph.node[:]
    graph.node.extend(keep)
    used = [i for i in graph.initializer if i.name in wanted]
    del graph.initializer[:]
    graph.initializer.extend(used)


def fuse_attention(src: Path, dst: Path, num_heads: int = 12) -> int:
    """Write ``src`` with each layer's attention fused into QAttention to ``dst``; returns the layers fused.

    Raises ValueError when ``src`` does not have the exported MiniLM structure this step expects."""
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(src))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    layers = _projections(graph)
    if not layers or any(len(p) != 3 for p in layers.values()):
        raise ValueError(f"{src}: no quantized query/key/value projections found (not an exported MiniLM int8 model?)")
    mask = "attention_mask_int32"
    new_nodes = [helper.make_node("Cast", ["attention_mask"], [mask], name="attention_mask_to_int32",
                                  to=onnx.TensorProto.INT32)]
    for layer, proj in sorted(layers.items()):
        context = _CONTEXT.format(layer)
        producer = next((n for n in graph.node if context in n.output), None)
        if producer is None:
            raise ValueError(f"{src}: layer {layer} has no context tensor {context!r}")
        graph.node.remove(producer)
        prefix = f"/fused/layer.{layer}/attention/"
        for key, value in _fused_weights(inits, layer, proj).items():
            graph.initializer.append(numpy_helper.from_array(value, prefix + key))
        q = proj["query"]
        new_nodes.append(helper.make_node(
            "QAttention",
            [q.input[0], prefix + "weight", prefix + "bias", _scale_input(graph, q), prefix + "weight_scale",
             mask, q.input[2], prefix + "weight_zero_point"],
            [context], name=prefix + "QAttention", domain="com.microsoft", num_heads=num_heads))
    graph.node.extend(new_nodes)
    _toposort(graph)  # producers before consumers, as ONNX requires (and _prune's single backward pass needs)
    _prune(graph)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(dst))
    return len(layers)


def _toposort(graph) -> None:
    available = {i.name for i in graph.input} | {i.name for i in graph.initializer} | {""}
    pending, ordered = list(graph.node), []
    while pending:
        ready = [n for n in pending if all(i in available for i in n.input)]
        if not ready:
            raise ValueError("graph has a cycle or a missing input after fusion")
        for node in ready:
            ordered.append(node)
            available.update(node.output)
        pending = [n for n in pending if all(n is not r for r in ready)]
    del graph.node[:]
    graph.node.extend(ordered)


def compare(a: Path, b: Path, sentences: list[str]) -> dict:
    """Maximum absolute logit difference and argmax agreement of two event models on ``sentences``."""
    import json

    import numpy as np

    from cablegram.nlp.event_model import EventTypeModel

    meta = json.loads(a.with_suffix(".json").read_text(encoding="utf-8"))
    la, lb = (EventTypeModel(p, meta).logits(sentences) for p in (a, b))
    return {"sentences": len(sentences), "max_abs_logit_diff": float(np.abs(la - lb).max()),
            "argmax_agreement": float((la.argmax(1) == lb.argmax(1)).mean())}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--check", type=Path, help="a text file of sentences (one a line) to compare the two models on")
    args = parser.parse_args(argv)
    print(f"fused {fuse_attention(args.src, args.dst)} attention layers → {args.dst}")
    if args.check:
        lines = [s for s in args.check.read_text(encoding="utf-8").splitlines() if s.strip()]
        print(compare(args.src, args.dst, lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
