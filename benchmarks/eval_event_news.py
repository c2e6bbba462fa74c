"""Precision of confident events on real news (issue 12), and what the confident filter keeps of right plv events.

News: ``tests/data/events_news_fresh.jsonl`` (own annotation, references only) names confident events that the
code of its ``judged_on`` commit gave on Guardian and PolNeAR records, each judged right or wrong by an analyst
with a kind. The records run through the full pipeline (one document each); an event of the current code is
*judged* when its record, sentence, type, source and target equal a judged row. Figures per part (``dev``,
``final``: a third split off by a hash of the record reference before any run, and ``all``):

- ``kept``: judged events still confident, and ``kept_right`` of them right; ``precision`` = kept_right / kept
  (the precision of the confident view on the judged sample);
- ``right_lost``: right judged events no longer confident (the recall cost of a change);
- ``unjudged``: confident events of the sampled sentences that no row judges (new outputs; judge them before
  trusting ``precision``); ``confident_events``: all confident events of the sampled records.

plv (``--plv``): over the plv rows (``--ids``: a training report's ``heldout_ids``), the event that the gold
actors pick (as ``eval_plv.py`` ``gold_actors``) is *right* when its type and both actors match the gold;
``right_confident`` is the share of right events that :func:`cablegram.nlp.events.is_confident` keeps, and
``confident_precision`` the share of confident picked events that are right.

Usage: python benchmarks/eval_event_news.py --data ../shared/data [--plv [--list-lost] [--thresholds 0.3,0.4,0.5]] [--min-confidence 0.45] [--model PATH] [--ids REPORT]
[--out JSON]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "events_news_fresh.jsonl"
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def load_records(data_dir: Path, refs: set[str]) -> dict[str, dict]:
    """ref -> record ({"text", "date"}) for the Guardian and PolNeAR records that ``refs`` name."""
    from record_refs import record_key

    out = {}
    for dataset, name in (("guardian", "ngec_guardian/ngec_guardian.dev.jsonl"), ("polnear", "polnear/polnear.dev.jsonl")):
        path = Path(data_dir) / name
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            ref = f"{dataset}:{record_key('polnear' if dataset == 'polnear' else dataset, rec['id'])}"
            if ref in refs:
                out[ref] = {"text": rec["text"], "date": rec.get("date") or rec.get("publication_date")}
    return out


def _key(ref: str, e) -> tuple:
    return ref, e.sentence_index, e.type, e.source_actor, e.target_actor


def news(nlp, data_dir: Path, gold: list[dict], parts: tuple[str, ...] = ("dev", "final", "all"),
         min_confidence: float | None = None) -> dict:
    from cablegram.nlp.events import is_confident
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    refs = {g["ref"] for g in gold}
    records = load_records(data_dir, refs)
    missing = refs - set(records)
    if missing:
        return {"skipped": f"{len(missing)} records not found under {data_dir}"}
    judged = {(g["ref"], g["sentence_index"], g["type"], g["source_actor"], g["target_actor"]): g for g in gold}
    sampled = {(g["ref"], g["sentence_index"]) for g in gold}
    kept, unjudged, confident = set(), [], 0
    for ref in sorted(refs):
        rec = records[ref]
        doc = nlp(make_doc(nlp, Document(text=rec["text"], published_at=rec["date"])))
        for e in doc._.cg_events:
            if not is_confident(e, min_confidence):
                continue
            confident += 1
            k = _key(ref, e)
            if k in judged:
                kept.add(k)
            elif (ref, e.sentence_index) in sampled:
                unjudged.append({"ref": ref, "sentence_index": e.sentence_index, "type": e.type,
                                 "source_actor": e.source_actor, "target_actor": e.target_actor,
                                 "trigger": e.trigger, "confidence": e.confidence})
    out = {}
    for part in parts:
        rows = {k: g for k, g in judged.items() if part == "all" or g["part"] == part}
        keep = [g for k, g in rows.items() if k in kept]
        right = sum(g["verdict"] == "right" for g in rows.values())
        kept_right = sum(g["verdict"] == "right" for g in keep)
        out[part] = {"judged": len(rows), "judged_right": right, "untouched_precision": round(right / max(1, len(rows)), 3),
                     "kept": len(keep), "kept_right": kept_right,
                     "precision": round(kept_right / len(keep), 3) if keep else None,
                     "right_lost": right - kept_right,
                     "wrong_dropped_by_kind": dict(Counter(g["kind"] for k, g in rows.items()
                                                           if k not in kept and g["verdict"] == "wrong"))}
    out["confident_events"] = confident  # in all the sampled records
    out["unjudged"] = unjudged
    return out


def _plv_rows(nlp, rows: list[dict]) -> list[dict]:
    """Per plv row: the event the gold actors pick, whether it is right (type and both actors), its confidence
    and whether both of its actor slots hold a real actor id (rows with no event are left out)."""
    from cablegram.nlp.events import is_confident
    from eval_plv import TO_PLV, _overlap, _pick

    out = []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=32)):
        best = _pick(list(doc._.cg_events), row)
        if best is None:
            continue
        ok = (TO_PLV.get(best.type, best.type) == row["event"] and _overlap(best.source_text, row["source"])
              and _overlap(best.target_text, row["target"]))
        out.append({"id": row.get("id"), "ok": bool(ok), "event": best, "confidence": best.confidence or 0.0,
                    "resolved": is_confident(best, min_confidence=0.0)})
    return out


def _kept(scored: list[dict], threshold: float | None) -> dict:
    from cablegram.nlp.events import is_confident

    right = sum(r["ok"] for r in scored)
    conf = [r for r in scored if (is_confident(r["event"]) if threshold is None
                                  else r["resolved"] and r["confidence"] >= threshold)]
    conf_right = sum(r["ok"] for r in conf)
    return {"right": right, "right_confident": round(conf_right / max(1, right), 4), "confident": len(conf),
            "confident_right": conf_right, "confident_precision": round(conf_right / max(1, len(conf)), 4)}


def plv(nlp, data_dir: Path, ids: set[str] | None, lost: list | None = None,
        thresholds: tuple[float, ...] = ()) -> dict:
    """The plv figures (module docstring); ``lost``, when a list, receives the right events the confident view
    leaves out (id, type, trigger, actors, confidence: what a relaxed doubt could win back); ``thresholds``: the
    same figures with the confidence floor set to each value instead of the default (``trade_off``: share of right
    events kept against precision)."""
    from cablegram.nlp.events import is_confident
    from eval_plv import load

    out = {}
    for name, rows in load(data_dir, ids).items():
        scored = _plv_rows(nlp, rows)
        out[name] = {"n": len(rows)} | _kept(scored, None)
        if thresholds:
            out[name]["trade_off"] = {f"{t:.2f}": _kept(scored, t) for t in thresholds}
        if lost is not None:
            lost.extend({"id": r["id"], "type": r["event"].type, "trigger": r["event"].trigger,
                         "source_actor": r["event"].source_actor, "target_actor": r["event"].target_actor,
                         "confidence": r["confidence"]} for r in scored if r["ok"] and not is_confident(r["event"]))
    return out


def events_nlp(data_dir: Path):
    """The start of the event benchmarks: the full pipeline with the claims and commitments components left out
    (events read neither: faster, and independent of their state), or None, said on stderr, when ``data_dir``
    (the shared data folder) does not exist."""
    if not Path(data_dir).exists():
        print(f"no data directory {data_dir}: pass --data ../shared/data", file=sys.stderr)
        return None
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp()
    nlp.select_pipes(disable=[n for n in ("cablegram_claims", "cablegram_commitments") if n in nlp.pipe_names])
    return nlp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--plv", action="store_true", help="also score the confident filter on plv")
    ap.add_argument("--model", help="event model file for the plv figures (e.g. the held-out run's)")
    ap.add_argument("--ids", type=Path, help="training report whose heldout_ids restrict plv")
    ap.add_argument("--no-news", action="store_true")
    ap.add_argument("--list-lost", action="store_true",
                    help="with --plv: list the right plv events the confident view leaves out (plv_lost)")
    ap.add_argument("--thresholds", help="with --plv: comma-separated confidence floors to score instead of the "
                    "default (the trade-off of share of right events kept against precision), e.g. 0.3,0.4,0.5")
    ap.add_argument("--min-confidence", type=float,
                    help="news: the confidence floor of the confident view (default: the setting's, 0.5)")
    ap.add_argument("--part", choices=("dev", "final", "all"), default="all",
                    help="score only this part of the news set (work on dev; score final once at the end)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    nlp = events_nlp(args.data)
    if nlp is None:
        return 0
    result = {}
    if not args.no_news:
        parts = ("dev", "final", "all") if args.part == "all" else (args.part,)
        result["news"] = news(nlp, args.data, load_gold(args.gold), parts, args.min_confidence)
    if args.plv:
        if args.model:
            from cablegram.nlp.event_model import load_event_model

            nlp.get_pipe("cablegram_events").model = load_event_model(args.model)
        ids = set(json.loads(args.ids.read_text(encoding="utf-8"))["heldout_ids"]) if args.ids else None
        lost = [] if args.list_lost else None
        floors = tuple(float(t) for t in args.thresholds.split(",")) if args.thresholds else ()
        result["plv"] = plv(nlp, args.data, ids, lost, floors)
        if lost is not None:
            result["plv_lost"] = lost
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
