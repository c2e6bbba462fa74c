"""What the confident view would gain and lose if an actor slot with no actor id but a clear type counted (issue 12).

The confident view (:func:`cablegram.nlp.events.is_confident`) needs a real actor id in both slots. Most right plv
events it leaves out have a slot that is a common noun phrase ("the militants", "protesters", "police", "a Somali
man"). This script measures, without changing the view, the candidate rule: a slot with no actor id counts when its
phrase's head is a noun of people or armed groups of ``event_direction.toml`` ``[participants] people`` (not one of
its ``generic`` population nouns, "people", "residents", ..., and not a business, "company", "firm", "bank"), with no
named-entity label, and the other slot holds a real actor id; the event's confidence must still reach the floor
(0.5), so a doubted event stays out. ``--types`` limits the rule to some event types and ``--target-only`` to a typed
target with a real source (the narrower kinds read off the first figures).

Figures, each for the current view (``base``) and with the rule (``typed``):

- plv (``--plv``): over the plv dev rows, the event the gold actors pick (as ``eval_event_news.py``): right events
  kept, confident events and their precision, separately for the rows of ``--ids`` (a training report's
  ``heldout_ids``: the guard, not a set to tune on) and the other rows (``tuning``);
- written sets (``--written``): every written set's ``--part`` rows (default ``dev``): confident events right,
  extra (matching no gold event) and optional, and precision right / (right + extra);
- news (``--news``): the judged news set's ``--part`` records: confident events, judged ones right, and the events
  the rule adds (listed with their sentence, to be read: the news rows judge only events of older code);
- Guardian (``--guardian FIRST:LAST``): on those lines of the Guardian dev file, which no row judges, confident
  events before and after and the added events, listed to be read.

Usage: python benchmarks/eval_confident_typed_actors.py --data ../shared/data [--plv --model HELDOUT_RUN.onnx --ids
tests/data/event_model_heldout.json] [--written] [--news] [--guardian 150:200] [--types COERCE --target-only] [--part dev]
[--out JSON]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))

BUSINESS_NOUNS = frozenset({"company", "firm", "bank"})


class Rule(NamedTuple):
    """The candidate rule: head nouns of a typed slot; the event types it applies to (empty: all); whether only the
    target may be the typed slot (the source a real id)."""

    nouns: frozenset[str]
    types: frozenset[str] = frozenset()
    target_only: bool = False


def typed_nouns() -> frozenset[str]:
    """Head nouns of a slot with a clear type: people and armed groups, not a population nor a business."""
    from cablegram.nlp.event_direction import participant_nouns
    from cablegram.nlp.lexicons import load_lexicon

    generic = frozenset(load_lexicon("event_direction").get("participants", {}).get("generic", []))
    return participant_nouns()[0] - generic - BUSINESS_NOUNS


def slot_kind(doc, event, key: str, nouns: frozenset[str]) -> str | None:
    """``"id"`` for a real actor id, ``"typed"`` for an unresolved phrase whose head is one of ``nouns`` with no
    named-entity label, else None."""
    from cablegram.store.actor_ids import is_actor_id

    if is_actor_id(getattr(event, f"{key}_actor")):
        return "id"
    offsets = (event.spans or {}).get(key)
    span = doc.char_span(*offsets, alignment_mode="expand") if offsets else None
    if span is None or len(span) == 0:
        return None
    root = span.root
    return "typed" if root.pos_ == "NOUN" and not root.ent_type_ and root.lemma_.lower() in nouns else None


def relaxed(doc, event, rule: Rule) -> bool:
    """The candidate rule: confident now, or at the floor with one real id and one typed slot (of ``rule``)."""
    from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE, is_confident

    if is_confident(event):
        return True
    if (event.confidence or 0.0) < DEFAULT_MIN_CONFIDENCE:
        return False
    if rule.types and event.type not in rule.types:
        return False
    source, target = slot_kind(doc, event, "source", rule.nouns), slot_kind(doc, event, "target", rule.nouns)
    return (source, target) == ("id", "typed") or (not rule.target_only and (source, target) == ("typed", "id"))


def _share(kept_right: int, right: int, kept: int) -> dict:
    return {"right": right, "kept_right": kept_right, "share": round(kept_right / max(1, right), 4),
            "confident": kept, "precision": round(kept_right / max(1, kept), 4)}


def plv(nlp, data_dir: Path, held: set[str], rule: Rule) -> dict:
    """Right plv events kept and precision, base and typed, for held-out and tuning rows."""
    from cablegram.nlp.events import is_confident
    from eval_plv import TO_PLV, _overlap, _pick, load

    rows = load(data_dir)["plv.dev.jsonl"]
    tally = {}
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=32)):
        best = _pick(list(doc._.cg_events), row)
        if best is None:
            continue
        ok = (TO_PLV.get(best.type, best.type) == row["event"] and _overlap(best.source_text, row["source"])
              and _overlap(best.target_text, row["target"]))
        part = "heldout" if f"plv:{row['id']}" in held else "tuning"
        t = tally.setdefault(part, {"right": 0, "base": [0, 0], "typed": [0, 0]})
        t["right"] += ok
        for view, keep in (("base", is_confident(best)), ("typed", relaxed(doc, best, rule))):
            t[view][0] += keep and ok
            t[view][1] += keep
    return {part: {view: _share(t[view][0], t["right"], t[view][1]) for view in ("base", "typed")}
            for part, t in tally.items()}


def _written_counts(m, rows, docs, rule: Rule) -> dict:
    from cablegram.nlp.events import is_confident
    from eval_events_written import _event_dict, _matches

    out = {view: {"right": 0, "extra": 0, "optional": 0} for view in ("base", "typed")}
    for row, doc in zip(rows, docs):
        for e in doc._.cg_events:
            d = _event_dict(e, True)
            verdict = ("right" if any(_matches(m, d, g) for g in row["events"]) else
                       "optional" if any(d["type"] == g["type"] for g in row.get("optional_events") or []) else "extra")
            for view, keep in (("base", is_confident(e)), ("typed", relaxed(doc, e, rule))):
                out[view][verdict] += keep
    return out


def written(nlp, part: str, rule: Rule) -> dict:
    """Confident events of every written set's ``part``: right, extra, optional, precision; base and typed."""
    from cablegram.kb.base import KnowledgeBase
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document
    from eval_events_written import SETS, SlotMatcher, load_gold

    m = SlotMatcher(KnowledgeBase.load())
    total = {view: {"right": 0, "extra": 0, "optional": 0} for view in ("base", "typed")}
    for name in sorted(SETS):
        rows = [r for r in load_gold(SETS[name]) if part == "all" or r["part"] == part]
        docs = nlp.pipe((make_doc(nlp, Document(text=r["text"])) for r in rows), batch_size=16)
        for view, counts in _written_counts(m, rows, docs, rule).items():
            for k, v in counts.items():
                total[view][k] += v
    for counts in total.values():
        counts["precision"] = round(counts["right"] / max(1, counts["right"] + counts["extra"]), 4)
    return total


def news(nlp, data_dir: Path, part: str, rule: Rule) -> dict:
    """Confident events of the judged news records of ``part``, base and typed, and the events the rule adds."""
    from cablegram.nlp.events import is_confident
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document
    from eval_event_news import _key, load_gold, load_records

    gold = [g for g in load_gold() if part == "all" or g["part"] == part]
    judged = {(g["ref"], g["sentence_index"], g["type"], g["source_actor"], g["target_actor"]): g for g in gold}
    records = load_records(data_dir, {g["ref"] for g in gold})
    out = {view: {"confident": 0, "judged": 0, "judged_right": 0} for view in ("base", "typed")}
    added = []
    for ref in sorted(records):
        doc = nlp(make_doc(nlp, Document(text=records[ref]["text"], published_at=records[ref]["date"])))
        for e in doc._.cg_events:
            base, typed = is_confident(e), relaxed(doc, e, rule)
            g = judged.get(_key(ref, e))
            for view, keep in (("base", base), ("typed", typed)):
                out[view]["confident"] += keep
                out[view]["judged"] += keep and g is not None
                out[view]["judged_right"] += keep and g is not None and g["verdict"] == "right"
            if typed and not base:
                added.append({"ref": ref, "sentence_index": e.sentence_index, "type": e.type, "trigger": e.trigger,
                              "source": e.source_actor or e.source_text, "target": e.target_actor or e.target_text,
                              "judged": g["verdict"] if g else None, "sentence": e.sentence})
    out["added"] = added
    return out


def guardian(nlp, data_dir: Path, first: int, last: int, rule: Rule) -> dict:
    """The events the rule adds on the Guardian dev records ``first`` to ``last`` (line numbers, end excluded) and
    the confident events before and after: no row judges these, so the added ones are listed to be read."""
    from cablegram.nlp.events import is_confident
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    path = Path(data_dir) / "ngec_guardian" / "ngec_guardian.dev.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[first:last]
    base, added = 0, []
    for line in lines:
        rec = json.loads(line)
        doc = nlp(make_doc(nlp, Document(text=rec["text"], published_at=rec.get("date"))))
        for e in doc._.cg_events:
            base += is_confident(e)
            if relaxed(doc, e, rule) and not is_confident(e):
                added.append({"id": rec["id"], "sentence_index": e.sentence_index, "type": e.type,
                              "trigger": e.trigger, "source": e.source_actor or e.source_text,
                              "target": e.target_actor or e.target_text, "sentence": e.sentence})
    return {"records": len(lines), "base_confident": base, "typed_confident": base + len(added), "added": added}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--plv", action="store_true")
    ap.add_argument("--model", help="event model file for the plv figures (the held-out run's)")
    ap.add_argument("--ids", type=Path, help="training report whose heldout_ids are the plv guard rows")
    ap.add_argument("--written", action="store_true")
    ap.add_argument("--news", action="store_true")
    ap.add_argument("--guardian", help="FIRST:LAST: list what the rule adds on these Guardian dev records (lines)")
    ap.add_argument("--types", default="", help="comma-separated PLOVER types the rule applies to (default: all)")
    ap.add_argument("--target-only", action="store_true", help="only the target may be the typed slot")
    ap.add_argument("--part", choices=("dev", "final", "all"), default="dev")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    from eval_event_news import events_nlp

    nlp = events_nlp(args.data)
    if nlp is None:
        return 0
    rule = Rule(typed_nouns(), frozenset(t for t in args.types.upper().split(",") if t), args.target_only)
    result = {}
    if args.written:
        result["written"] = written(nlp, args.part, rule)
    if args.news:
        result["news"] = news(nlp, args.data, args.part, rule)
    if args.guardian:
        first, last = (int(x) for x in args.guardian.split(":"))
        result["guardian"] = guardian(nlp, args.data, first, last, rule)
    if args.plv:
        if args.model:
            from cablegram.nlp.event_model import load_event_model

            nlp.get_pipe("cablegram_events").model = load_event_model(args.model)
        held = set(json.loads(args.ids.read_text(encoding="utf-8"))["heldout_ids"]) if args.ids else set()
        result["plv"] = plv(nlp, args.data, held, rule)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
