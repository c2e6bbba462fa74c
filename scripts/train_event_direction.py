"""Train the event direction ranker (source / target / none per participant) on the plv relation set.

    python scripts/train_event_direction.py --data ../shared/data [--folds 5] [--no-save] [--misses FILE]

Reads ``<data>/plv/*.dev.jsonl`` (news sentences with one marked source ``<s>…</s>`` and target
``<t>…</t>`` and the PLOVER root code), runs the pipeline without the ranker (rule direction), and
for each sentence's event of the gold type (else its first event) labels every participant candidate
of :mod:`cablegram.nlp.event_direction` by the marked spans. It prints direction — source and target
both right, on events whose type is right, scored as ``benchmarks/eval_plv.py`` scores it — for the
rules alone and for the ranker on K held-out folds (rows of one sentence stay in one fold), then
trains on all rows and writes ``src/cablegram/nlp/models/event_direction.json`` (figures in
``benchmarks/results/event_direction.json``). Deterministic. ``--misses FILE`` writes the held-out events
whose type is right and whose direction is wrong (JSON lines: id, type, marked sentence, the system's
source and target, whether it swapped them) for error analysis; the file stays outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

OUT = REPO / "src" / "cablegram" / "nlp" / "models" / "event_direction.json"
RESULTS = REPO / "benchmarks" / "results" / "event_direction.json"
L2 = 3.0
# What the event coder needs (claims and commitments do not feed it).
PIPES = ("cablegram_sentences", "cablegram_language", "cablegram_actors", "cablegram_events")


def gold_spans(marked: str) -> dict[str, tuple[int, int]]:
    """Character ranges of the marked source and target in the unmarked text (tags may nest)."""
    out, open_at, pos, i = {}, {}, 0, 0
    while i < len(marked):
        for tag, role in (("<s>", "source"), ("<t>", "target"), ("</s>", "/source"), ("</t>", "/target")):
            if marked.startswith(tag, i):
                if role.startswith("/"):
                    out[role[1:]] = (open_at.get(role[1:], pos), pos)
                else:
                    open_at[role] = pos
                i += len(tag)
                break
        else:
            pos += 1
            i += 1
    return out


def _token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span, None) if span is not None else None


def _trigger(doc, event):
    start, end = event.spans["trigger"]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _event_of(events, gold_type: str):
    from eval_plv import TO_PLV

    right = [e for e in events if TO_PLV.get(e.type, e.type) == gold_type]
    return (right or events or [None])[0]


def _labels(cands: list, spans: dict, row: dict) -> list[str]:
    """Role of each candidate: the marked span's role when it overlaps the span and the texts match as
    ``eval_plv`` matches them (a mention inside the marked phrase counts), else none."""
    from eval_plv import _overlap

    out = []
    for c in cands:
        role = next((r for r in ("source", "target") if r in spans and c.span.start_char < spans[r][1]
                     and spans[r][0] < c.span.end_char and _overlap(c.span.text, row[r])), "none")
        out.append(role)
    return out


def examples(rows: list[dict], docs: list) -> list[list[tuple[dict, str]]]:
    """Per row, the (features, role) of each candidate around the row's event (empty when it has none)."""
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_direction import _dateline_end, candidates, features, relative
    from cablegram.nlp.modality import main_event_token

    out = []
    for row, doc in zip(rows, docs):
        event = _event_of(list(doc._.cg_events), row["event"])
        trigger = _trigger(doc, event) if event is not None else None
        if trigger is None:
            out.append([])
            continue
        sent, actors, spans = trigger.sent, actor_spans(doc), gold_spans(row["marked_sentence"])
        rule = tuple(_token_at(doc, *event.spans[k]) if k in event.spans else None for k in ("source", "target"))
        end = _dateline_end(sent)
        main = main_event_token(sent)
        cands = candidates(sent, actors)
        out.append([(features(c, trigger, main, event.type, rule, end) | rel, lab)
                    for c, rel, lab in zip(cands, relative(cands, trigger), _labels(cands, spans, row))])
    return out


def fit(per_row: list[list[tuple[dict, str]]]):
    from cablegram.nlp.linear import LinearModel

    pairs = [p for ex in per_row for p in ex]
    return LinearModel.fit([f for f, _ in pairs], [lab for _, lab in pairs], l2=L2, min_count=2,
                           meta={"task": "event direction (source/target/none per participant)",
                                 "trained_on": "plv dev", "l2": L2}).prune()


def fold_of(rows: list[dict], k: int) -> list[int]:
    """Fold of each row by a hash of its sentence (the same sentence never sits in two folds)."""
    return [int(hashlib.sha256(r["text"].encode("utf-8")).hexdigest(), 16) % k for r in rows]


def direction(rows: list[dict], docs: list, misses: list | None = None) -> dict:
    """eval_plv's direction on these docs' events (type right, source and target both right); each wrong
    one is appended to ``misses`` when given."""
    from eval_plv import TO_PLV, _overlap, _pick

    right = ok = swapped = 0
    for row, doc in zip(rows, docs):
        best = _pick(list(doc._.cg_events), row)
        if best is None or TO_PLV.get(best.type, best.type) != row["event"]:
            continue
        right += 1
        right_pair = _overlap(best.source_text, row["source"]) and _overlap(best.target_text, row["target"])
        swap = _overlap(best.source_text, row["target"]) and _overlap(best.target_text, row["source"])
        ok, swapped = ok + right_pair, swapped + swap
        if misses is not None and not right_pair:
            misses.append({"id": row.get("id"), "type": row["event"], "marked": row["marked_sentence"],
                           "source": best.source_text, "target": best.target_text, "swapped": bool(swap)})
    return {"events_type_right": right, "direction": round(ok / max(right, 1), 4),
            "swapped": round(swapped / max(right, 1), 4)}


def run_events(coder, docs: list, ranker) -> list:
    coder.direction = ranker
    for doc in docs:
        doc._.cg_events = []
    return list(coder.pipe(docs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="shared data folder (with plv/)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-save", dest="save", action="store_false")
    ap.add_argument("--misses", type=Path, help="write the held-out direction misses here (JSON lines)")
    args = ap.parse_args(argv)
    from cablegram.nlp.event_direction import DirectionModel
    from cablegram.nlp.pipeline import build_nlp

    files = sorted((args.data / "plv").glob("*.dev.jsonl"))
    if not files:
        print(f"error: no plv/*.dev.jsonl under {args.data}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for f in files for line in f.open(encoding="utf-8") if line.strip()]
    nlp = build_nlp(components=PIPES, config={"cablegram_events": {"direction_model": ""}})
    coder = nlp.get_pipe("cablegram_events")
    with nlp.select_pipes(disable=["cablegram_events"]):
        docs = list(nlp.pipe([r["text"] for r in rows], batch_size=32))
    run_events(coder, docs, None)
    per_row = examples(rows, docs)
    report = {"rows": len(rows), "folds": args.folds, "rules": direction(rows, docs)}
    groups = fold_of(rows, args.folds)
    held, misses = [], []
    for k in range(args.folds):
        ranker = DirectionModel(fit([ex for ex, g in zip(per_row, groups) if g != k]))
        idx = [i for i, g in enumerate(groups) if g == k]
        held.append(direction([rows[i] for i in idx], run_events(coder, [docs[i] for i in idx], ranker), misses))
    if args.misses:
        args.misses.write_text("".join(json.dumps(m) + "\n" for m in misses), encoding="utf-8")
    right = sum(h["events_type_right"] for h in held)
    report["ranker_heldout"] = {"events_type_right": right,
                                "direction": round(sum(h["direction"] * h["events_type_right"] for h in held) / right, 4),
                                "swapped": round(sum(h["swapped"] * h["events_type_right"] for h in held) / right, 4),
                                "per_fold": held}
    print("held-out folds: " + ", ".join(f"{h['direction']:.3f} (n={h['events_type_right']})" for h in held))
    print(f"plv dev, {len(rows)} rows: rules direction {report['rules']['direction']:.3f} "
          f"(n={report['rules']['events_type_right']}); ranker on {args.folds} held-out folds "
          f"{report['ranker_heldout']['direction']:.3f} (n={right})")
    if args.save:
        model = fit(per_row)
        model.meta["heldout_direction"] = report["ranker_heldout"]["direction"]
        model.save(OUT)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2), encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size // 1024} kB, {len(model.features)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
