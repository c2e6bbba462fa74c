"""Two-fold check of the plover_gsr rules: each half of the dev records scored with only the rules that
records of the other half motivated.

The rules of issue 12 that fit the 2016 gold-standard records (the announced-cooperation and ultimatum
steps of :func:`cablegram.nlp.plover.to_gold_2016`, its ``[gold_2016]`` naming rules, the ``[decisive]`` cue
words, the main-verb and carried-act cues of :mod:`cablegram.nlp.event_cues`, the tie-break of
``eval_plover.predict``) were each written after reading particular dev misses; :data:`ORIGINS` names them
(record ids only). The dev records, sorted by id, are split by position into two halves; a half is scored
with a rule only when at least one record that motivated it lies in the other half, so no record is scored
with a rule made only from itself. The full-dev figure (``eval_plover.py``) sits next to it.

Usage: python benchmarks/eval_plover_folds.py --data ../shared/data [--model PATH]
(``--model``: the held-out run's model, which never saw plover_gsr; the default is the shipped one.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_plover  # noqa: E402

from cablegram.nlp import event_cues, events, plover  # noqa: E402
from cablegram.nlp.lexicons import load_lexicon, word_set  # noqa: E402

# rule → the dev records (ids without the "PLOVER-GSR01-" prefix) whose misses it was written for
ORIGINS: dict[str, tuple[str, ...]] = {
    "planned": ("AGREE-0011", "AGREE-0015", "AGREE-0021", "AGREE-0027"), "unless": ("THREATEN-0003",),
    "tie": ("DEMAND-0003", "DEMAND-0009"), "eased_sanctions": ("RETREAT-0015",),
    "imposed_sanctions": ("SANCTION-0009",), "human_shields": ("COERCE-0017",),
    "announced_withdrawal_of_involvement": ("THREATEN-0019",), "withdrawal_of_involvement": ("THREATEN-0019",),
    "riot": ("PROTEST-0023", "PROTEST-0025", "PROTEST-0027"), "obstruct": ("PROTEST-0017", "PROTEST-0019", "PROTEST-0021"),
    "apology": ("SUPPORT-0009",), "asylum": ("AID-0011",), "deface": ("COERCE-0015",), "observers": ("RETREAT-0009",),
    "attempt": ("ASSAULT-0015",), "main_cue": ("MOBILIZE-0007", "AGREE-0037", "DEMAND-0027"),
    "carried": ("AID-0003", "PROTEST-0001"), "opened": ("RETREAT-0013",), "object_phrase": ("COOPERATE-0003",),
    "intent_side": ("THREATEN-0023",), "official_protest": ("DISAPPROVE-0013",),
}
_PREFIX = "PLOVER-GSR01-"
_OPEN = frozenset({"open", "opens", "opened", "opening"})


def _switch(on: set[str]) -> None:
    """Point the rule readers of the coder and the mapping at the rules in ``on`` (and every rule not in
    :data:`ORIGINS`); the readers are cached functions, replaced here for this process only."""
    lex = load_lexicon("plover")
    decisive = {k: v for k, v in lex.get("decisive", {}).items() if k not in ORIGINS or k in on}
    carriers = word_set(lex, "non_event.light_verbs", *(["non_event.attempt_verbs"] if "attempt" in on else []))
    below = float(lex.get("main_cue", {}).get("below", 0.0)) if "main_cue" in on else 0.0
    gold = tuple((frozenset(r["from"]), r["to"], re.compile(r["pattern"]))
                 for k, r in lex.get("gold_2016", {}).items() if k not in ORIGINS or k in on)
    words = events._plover_words()
    words = words if "opened" in on else (words[0], words[1] - _OPEN, *words[2:])
    carried, objects, side = event_cues._carried_types, event_cues._object_types, event_cues._intent_side
    event_cues._object_types = objects if "object_phrase" in on else (lambda main, hits: set())
    event_cues._intent_side = side if "intent_side" in on else (lambda main, hits, etype: etype)
    event_cues._decisive_lexicon = lambda: (decisive, carriers)
    event_cues._main_cue_below = lambda: below
    event_cues._carried_types = carried if "carried" in on else (lambda main, hits: set())
    plover._gold_2016_rules = lambda: gold
    events._plover_words = lambda: words


def _predict(doc, on: set[str]):
    """``eval_plover.predict`` with the tie-break and the modality steps of the mapping switched by ``on``."""
    found = list(doc._.cg_events)
    if not found:
        return None, None
    if "tie" in on:
        _, event = eval_plover.predict(doc)
    else:
        event = max(found, key=lambda e: e.confidence)
    sent = event.sentence.lower()
    full = plover.to_gold_2016(event.type, event.mode, events.is_fight(sent), event.modality, sent)
    bare = plover.to_gold_2016(event.type, event.mode, events.is_fight(sent), None, sent)
    step = "unless" if full == "THREATEN" and bare != "THREATEN" else "planned"
    return (full if full == bare or step in on else bare), event


def evaluate(data_dir: Path, model: str | None = None) -> dict:
    files = eval_plover.load(data_dir)
    records = sorted(files.get("plover_gsr.dev.jsonl", []), key=lambda r: r["id"])
    if not records:
        return {"skipped": f"no plover_gsr/plover_gsr.dev.jsonl under {data_dir}"}
    from cablegram.nlp.pipeline import build_nlp

    half = {r["id"]: k % 2 for k, r in enumerate(records)}
    out, pooled, preds = {}, [], []
    for fold in (0, 1):
        on = {rule for rule, ids in ORIGINS.items() if any(half[_PREFIX + i] != fold for i in ids)}
        _switch(on)
        nlp = build_nlp(config={"cablegram_events": {"model": model or "event_type.onnx"}})
        part = [r for r in records if half[r["id"]] == fold]
        got = [_predict(doc, on) for doc in nlp.pipe([r["text"] for r in part])]
        out[f"fold_{fold}"] = {"n": len(part), "micro_f1": eval_plover.score(part, got)["micro_f1"],
                               "rules_off": sorted(set(ORIGINS) - on)}
        pooled += part
        preds += got
    whole = eval_plover.score(pooled, preds)
    out["two_fold"] = {k: whole[k] for k in ("n", "micro_f1", "macro_f1", "precision", "recall")}
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", help="event model file (default: the shipped one)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "plover_folds.json")
    args = parser.parse_args(argv)
    result = evaluate(args.data, args.model)
    if "two_fold" in result:
        for fold in ("fold_0", "fold_1"):
            print(f"{fold}: n={result[fold]['n']} micro-F1 {result[fold]['micro_f1']:.3f} "
                  f"(rules off: {', '.join(result[fold]['rules_off'])})")
        t = result["two_fold"]
        print(f"two-fold pooled: micro-F1 {t['micro_f1']:.3f} macro-F1 {t['macro_f1']:.3f}")
    else:
        print(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
