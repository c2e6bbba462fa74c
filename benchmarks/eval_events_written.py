"""Events on reporter-style sentences written by an analyst who never saw the code (issue 12).

Sets (``--set``): ``fresh1``, ``tests/data/events_fresh1.jsonl`` (48 sentences), ``fresh2``,
``tests/data/events_fresh2.jsonl`` (36 sentences, four with no event), ``fresh3``,
``tests/data/events_fresh3.jsonl`` (36 sentences, four with no event), ``fresh4``, ``tests/data/events_fresh4.jsonl``
(36 sentences, four with no event) (*own annotation*, all written on 1 December 2026), and ``fresh5``,
``tests/data/events_fresh5.jsonl``, ``fresh6``, ``tests/data/events_fresh6.jsonl``, ``fresh7``,
``tests/data/events_fresh7.jsonl`` and ``fresh8``, ``tests/data/events_fresh8.jsonl`` (36 sentences each, four with no event; written on 2 December 2026 by further
analysts; ``fresh9``, ``tests/data/events_fresh9.jsonl``, 30 sentences, four with no event, written later that day;
``fresh10`` and ``fresh11``, ``tests/data/events_fresh10.jsonl`` and ``events_fresh11.jsonl``, 36 sentences each, four
with no event, by two more analysts that day; ``fresh12``, ``tests/data/events_fresh12.jsonl``, 30 sentences, four with
no event, by another analyst later that day; ``fresh13``, ``tests/data/events_fresh13.jsonl``, 36 sentences, four with no
event, by another analyst that day; the sentences are invented wire-style text, so the text is in the file). Each row gives the sentence, its gold ``events`` (PLOVER
type in the project's 16 codes, accepted ``source`` and ``target`` strings, an empty list meaning no such
participant, and the trigger), ``optional_events`` (acts the sentence names but does not report as its own
happening: neither required nor penalised) and ``part`` (``final`` when ``int(sha256(id), 16) % 3 == 0``,
fixed before any run). Five rows of fresh1 have no event at all.

Each sentence runs through the full pipeline as one document. Figures per view — ``all`` (every event) and
``confident`` (what :func:`cablegram.nlp.events.is_confident` keeps: what listings show by default) — and per part:

- ``type``: the *main* event of a sentence with gold events is the view's most confident event (the earliest on
  a tie; ``NONE`` when the view has none); its type is right when it equals the type of any gold event. Accuracy
  and macro-F1 over the gold labels (the matched gold event's type, else the first gold event's);
- ``direction``: where the main event's type is right, the share whose source, whose target, and whose both
  slots match a gold event of that type (a slot matches when its actor id is what an accepted string names in
  the knowledge base, or its text and an accepted string contain one another as whole words; an empty gold list
  wants an empty slot);
- ``events``: event-level: ``recall`` (gold events that some event of the view matches in type and both slots),
  ``precision`` (events of the view matching a gold event; events matching only an optional event are left out
  of both counts and reported as ``optional``), ``extra`` (events matching neither);
- ``no_event``: of the sentences with no gold event, the share with no event in the view (in the confident view:
  no confident event).

Usage: python benchmarks/eval_events_written.py [--set fresh1|…|fresh20] [--part dev|final|all] [--out JSON] [--list]
(``--list`` prints each sentence's events of both views, to read the misses of the dev part.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "events_fresh1.jsonl"
# the written sets: fresh1 (48 sentences), fresh2, fresh3 and fresh4 (36 sentences each, other analysts' hands, 1 Dec
# 2026), fresh5 to fresh8 (36 sentences each, 2 Dec 2026), fresh9 (30 sentences, 2 Dec 2026), fresh10 and fresh11 (36
# sentences each, 2 Dec 2026), fresh12 (30 sentences, 2 Dec 2026, round C), fresh13 (36 sentences, 2 Dec 2026),
# fresh14 (2 Dec 2026), fresh15 (30 sentences, 2 Dec 2026, round C), fresh16 (36 sentences, 2 Dec 2026), fresh17 (2 Dec 2026, round B), fresh18 (30 sentences, 2 Dec 2026, scored untouched at the end of the round), fresh19 (30 sentences, 2 Dec 2026, session 34),
# fresh20 (26 sentences, 3 Dec 2026, session 35: 11 dev, 15 final by hash, three with no event)
SETS = {"fresh1": GOLD, "fresh2": ROOT / "tests" / "data" / "events_fresh2.jsonl",
        "fresh3": ROOT / "tests" / "data" / "events_fresh3.jsonl", "fresh4": ROOT / "tests" / "data" / "events_fresh4.jsonl",
        "fresh5": ROOT / "tests" / "data" / "events_fresh5.jsonl", "fresh6": ROOT / "tests" / "data" / "events_fresh6.jsonl",
        "fresh7": ROOT / "tests" / "data" / "events_fresh7.jsonl", "fresh8": ROOT / "tests" / "data" / "events_fresh8.jsonl",
        "fresh9": ROOT / "tests" / "data" / "events_fresh9.jsonl",
        "fresh10": ROOT / "tests" / "data" / "events_fresh10.jsonl",
        "fresh11": ROOT / "tests" / "data" / "events_fresh11.jsonl",
        "fresh12": ROOT / "tests" / "data" / "events_fresh12.jsonl",
        "fresh13": ROOT / "tests" / "data" / "events_fresh13.jsonl",
        "fresh14": ROOT / "tests" / "data" / "events_fresh14.jsonl",
        "fresh15": ROOT / "tests" / "data" / "events_fresh15.jsonl",
        "fresh16": ROOT / "tests" / "data" / "events_fresh16.jsonl",
        "fresh17": ROOT / "tests" / "data" / "events_fresh17.jsonl",
        "fresh18": ROOT / "tests" / "data" / "events_fresh18.jsonl",
        "fresh19": ROOT / "tests" / "data" / "events_fresh19.jsonl",
        "fresh20": ROOT / "tests" / "data" / "events_fresh20.jsonl"}
sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _contains(a: str, b: str) -> bool:
    """``a`` and ``b`` contain one another as whole words (case-insensitive)."""
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_) is not None


class SlotMatcher:
    """Whether a system slot (actor id, text) matches an accepted list; ids named by the knowledge base."""

    def __init__(self, kb):
        self.kb = kb

    def ids(self, accepted: list[str]) -> set[str]:
        return {a.id for name in accepted for a in self.kb.lookup(name)}

    def match(self, actor: str | None, text: str | None, accepted: list[str]) -> bool:
        if not accepted:
            return not actor and not text
        if actor and actor in self.ids(accepted):
            return True
        return bool(text) and any(_contains(text, s) for s in accepted)


def _event_dict(e, confident: bool) -> dict:
    return {"type": e.type, "trigger": e.trigger, "source_actor": e.source_actor, "target_actor": e.target_actor,
            "source_text": e.source_text, "target_text": e.target_text, "modality": e.modality,
            "confidence": round(e.confidence or 0.0, 3), "confident": confident}


def run(nlp, rows: list[dict]) -> dict[str, list[dict]]:
    """id -> the pipeline's events of the sentence (as dicts, with ``confident``)."""
    from cablegram.nlp.events import is_confident
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    docs = (make_doc(nlp, Document(text=r["text"])) for r in rows)
    return {r["id"]: [_event_dict(e, is_confident(e)) for e in doc._.cg_events]
            for r, doc in zip(rows, nlp.pipe(docs, batch_size=16))}


def _matches(m: SlotMatcher, e: dict, g: dict) -> bool:
    return (e["type"] == g["type"] and m.match(e["source_actor"], e["source_text"], g["source"])
            and m.match(e["target_actor"], e["target_text"], g["target"]))


def _main(events: list[dict]) -> dict | None:
    return max(events, key=lambda e: e["confidence"]) if events else None  # max keeps the earliest on a tie


def _type_and_direction(m: SlotMatcher, row: dict, events: list[dict]) -> tuple[str, str, dict | None]:
    """(gold label, predicted label, slot verdicts where the type is right) for one sentence with gold events."""
    main = _main(events)
    pred = main["type"] if main else "NONE"
    same = [g for g in row["events"] if g["type"] == pred]
    if not same:
        return row["events"][0]["type"], pred, None
    src = [m.match(main["source_actor"], main["source_text"], g["source"]) for g in same]
    tgt = [m.match(main["target_actor"], main["target_text"], g["target"]) for g in same]
    return pred, pred, {"source": any(src), "target": any(tgt), "both": any(s and t for s, t in zip(src, tgt))}


def _event_counts(m: SlotMatcher, row: dict, events: list[dict]) -> dict:
    optional = row.get("optional_events") or []
    found = sum(any(_matches(m, e, g) for e in events) for g in row["events"])
    right = opt = 0
    for e in events:
        if any(_matches(m, e, g) for g in row["events"]):
            right += 1
        elif any(e["type"] == g["type"] for g in optional):
            opt += 1
    return {"gold": len(row["events"]), "found": found, "right": right, "optional": opt,
            "extra": len(events) - right - opt}


def score_view(m: SlotMatcher, rows: list[dict], system: dict[str, list[dict]], confident_only: bool) -> dict:
    from eval_plv import scores

    gold, pred, slots, no_event, quiet = [], [], [], 0, 0
    counts = {"gold": 0, "found": 0, "right": 0, "optional": 0, "extra": 0}
    for row in rows:
        events = [e for e in system[row["id"]] if e["confident"] or not confident_only]
        if not row["events"]:
            no_event += 1
            quiet += not events
            counts["extra"] += len(events)
            continue
        g, p, verdict = _type_and_direction(m, row, events)
        gold.append(g)
        pred.append(p)
        if verdict:
            slots.append(verdict)
        for k, v in _event_counts(m, row, events).items():
            counts[k] += v
    typ = scores(gold, pred) if gold else {"n": 0}
    n_right = len(slots)
    scored = counts["right"] + counts["extra"]
    return {"type": {k: typ[k] for k in ("n", "accuracy", "macro_f1", "confusions") if k in typ}
            | {"no_event_predicted": pred.count("NONE")},
            "direction": {"n": n_right, **{k: round(sum(s[k] for s in slots) / max(1, n_right), 3)
                                            for k in ("source", "target", "both")}},
            "events": counts | {"recall": round(counts["found"] / max(1, counts["gold"]), 3),
                                "precision": round(counts["right"] / scored, 3) if scored else None},
            "no_event": {"n": no_event, "quiet": quiet, "share": round(quiet / no_event, 3) if no_event else None}}


def evaluate(nlp, rows: list[dict], parts: tuple[str, ...] = ("dev", "final", "all")) -> tuple[dict, dict]:
    """(figures per part and view, the events per sentence id)."""
    from cablegram.kb.base import KnowledgeBase

    m = SlotMatcher(KnowledgeBase.load())
    system = run(nlp, rows)
    out = {}
    for part in parts:
        sub = [r for r in rows if part == "all" or r["part"] == part]
        out[part] = {"sentences": len(sub), "all": score_view(m, sub, system, False),
                     "confident": score_view(m, sub, system, True)}
    return out, system


def _print(result: dict) -> None:
    for part, res in result.items():
        for view in ("all", "confident"):
            r = res[view]
            t, d, e, q = r["type"], r["direction"], r["events"], r["no_event"]
            print(f"{part:5} {view:9} type {t.get('accuracy', 0):.3f} / macro-F1 {t.get('macro_f1', 0):.3f} (n={t['n']}, "
                  f"NONE {t['no_event_predicted']}); direction where type right (n={d['n']}): source {d['source']:.3f} "
                  f"target {d['target']:.3f} both {d['both']:.3f}; events recall {e['recall']:.3f} precision "
                  f"{e['precision']} (extra {e['extra']}, optional {e['optional']}); no-event sentences quiet "
                  f"{q['quiet']}/{q['n']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="fresh1", help="which written set (default fresh1)")
    ap.add_argument("--gold", type=Path, default=None, help="a set file of this form (overrides --set)")
    ap.add_argument("--part", choices=("dev", "final", "all"), default="all",
                    help="score only this part (work on dev; score final once at the end)")
    ap.add_argument("--list", action="store_true", help="print each sentence's events (both views)")
    ap.add_argument("--out", type=Path, default=None,
                    help="result file (default benchmarks/results/events_written.json, _fresh2 for that set)")
    args = ap.parse_args(argv)
    suffix = "" if args.set == "fresh1" else f"_{args.set}"
    args.out = args.out or ROOT / "benchmarks" / "results" / f"events_written{suffix}.json"
    args.gold = args.gold or SETS[args.set]
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp()
    nlp.select_pipes(disable=[n for n in ("cablegram_claims", "cablegram_commitments") if n in nlp.pipe_names])
    rows = load_gold(args.gold)
    parts = ("dev", "final", "all") if args.part == "all" else (args.part,)
    if args.part != "all":
        rows = [r for r in rows if r["part"] == args.part]
    result, system = evaluate(nlp, rows, parts)
    if args.list:
        for r in rows:
            gold = "; ".join(f"{g['type']} {g['trigger']}" for g in r["events"]) or "no event"
            print(f"{r['id']} [{gold}]")
            for e in system[r["id"]]:
                print(f"    {'*' if e['confident'] else ' '} {e['type']} {e['trigger']!r} {e['source_actor']}/{e['source_text']!r}"
                      f" -> {e['target_actor']}/{e['target_text']!r} {e['modality']} {e['confidence']}")
    _print(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
