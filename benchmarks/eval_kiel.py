"""Support commitments on the Kiel Ukraine Support Tracker rows (``kiel_ust``).

Usage: ``python benchmarks/eval_kiel.py --data ../shared/data [--limit N] [--no-cv] [--errors FIELD]``
→ prints the figures and writes ``benchmarks/results/kiel.json``.

Each row's ``text`` (the tracker analyst's explanation of one aid package) runs through the
pipeline as one document, published on the row's ``announced`` date when that parses as a date.
Figures (defined once, used for every number):

- **found**: share of rows with at least one commitment.
- The row's **main commitment** is the first one (in text order) that states an amount, is not a
  reference to an earlier one and is not cancelled; else the first one. The other fields score it;
  a row with no commitment counts as wrong for every field that applies to it.
- **donor** (rows whose text names the donor: the tracker's donor, looked up in the actor knowledge
  base, is among the document's actor mentions or its name is in the text): the main commitment's
  donor is that actor id.
- **recipient** (every row; the tracker's rows are all to Ukraine): the recipient is ``UKR``. The
  component is given ``default_recipient="UKR"`` (the tracker's own scope), used only when neither the
  sentence nor the document implies a recipient; **recipient_from_text** counts only rows whose
  recipient was read from the text or the document (about 40 % of the rows never name Ukraine).
- **category** (every row): military / humanitarian / financial as the tracker coded it.
- **amount** (rows whose ``amount_as_given`` is written in the text, in digits or words with any
  magnitude): the main commitment's amount equals it (0.5 % tolerance). ``amount_any`` gives credit
  when any commitment of the row has it.
- **currency** (rows with a currency and whose amount is written in the text): the main
  commitment's currency is the tracker's.
- **one_counted** (every row): the row books at most one counted commitment (an amount, not a reference, not
  cancelled or refused): a tracker row is one package, so parts of a total, figures the coder books on another row
  ("reported in CAM4") or excludes ("we do not include them") must not add rows. ``statuses`` counts the statuses.

Cross-validation (the default): the learned category and tracker-type models are trained, with the
same code as ``scripts/train_commitments.py``, on 4 of 5 folds and used on the fifth; rows with the
same text stay in one fold, so a row is never scored by a model that saw it. The fold models are kept
under ``benchmarks/results/kiel_folds/<key>`` (the key hashes the rows and the training code). ``--no-cv`` scores the
shipped models (in-sample on this dev set, optimistic).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("found", "donor", "recipient", "recipient_from_text", "category", "amount", "amount_any", "currency")
# The tracker lists aid to Ukraine only: that is the collection's context, given to the component as its
# default recipient (used only when neither the sentence nor the document implies one).
DEFAULT_RECIPIENT = "UKR"
_NUM = re.compile(r"(\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(billion|million|thousand|bn|mln|mn|m|k)?\b",
                  re.IGNORECASE)
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}


def load_rows(data_dir: Path, limit: int | None = None) -> list[dict]:
    """The kiel_ust dev rows (raises FileNotFoundError naming the file when absent)."""
    path = Path(data_dir) / "kiel_ust" / "kiel_ust.dev.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (pass --data pointing at the shared data folder)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def announced_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` when the tracker's announced field starts with one, else None."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value or "")
    return m.group(1) if m else None


def _written_values(text: str) -> set[float]:
    """Every figure written in ``text``, alone and times each magnitude word after it (a generous scan)."""
    out: set[float] = set()
    for m in _NUM.finditer(text):
        raw = m.group(1).replace("\u00a0", "").replace(" ", "")
        for cand in (raw.replace(",", ""), raw.replace(".", "").replace(",", "."), raw.replace(",", ".")):
            try:
                v = float(cand)
            except ValueError:
                continue
            out.add(v * _SCALE.get((m.group(2) or "").lower(), 1.0))
    return out


def amount_stated(row: dict) -> bool:
    """Whether the row's ``amount_as_given`` is written in its text."""
    gold = row.get("amount_as_given")
    if not gold:
        return False
    return any(abs(v - gold) <= 0.005 * gold for v in _written_values(row["text"]))


def main_commitment(commitments: list) -> object | None:
    """The commitment the row is scored on (see the module docstring)."""
    for c in commitments:
        if c.amount is not None and not c.is_reference and c.status != "cancelled":
            return c
    return commitments[0] if commitments else None


def _donor_id(kb, name: str) -> str | None:
    for cand in (name, name.split(" (")[0]):
        hits = kb.lookup(cand)
        if hits:
            return hits[0].id
    return None


def score_row(row: dict, doc, kb) -> dict[str, bool | None]:
    """Field → right (True/False) or None when the field does not apply to this row."""
    found = list(doc._.cg_commitments or [])
    main = main_commitment(found)
    gold_donor = _donor_id(kb, row["donor"])
    mentioned = {m.actor_id for m in (doc._.cg_mentions or [])}
    named = gold_donor is not None and (gold_donor in mentioned or row["donor"].lower() in row["text"].lower())
    stated = amount_stated(row)
    gold_amount = row.get("amount_as_given")

    def same_amount(c) -> bool:
        return c is not None and c.amount is not None and abs(c.amount - gold_amount) <= 0.005 * gold_amount

    return {
        "found": main is not None,
        "donor": (main is not None and main.donor == gold_donor) if named else None,
        "recipient": main is not None and main.recipient == "UKR",
        "recipient_from_text": main is not None and main.recipient == "UKR" and "default_recipient" not in (
            main.reason or ""),
        "category": main is not None and main.category == row["category"],
        "amount": same_amount(main) if stated else None,
        "amount_any": any(same_amount(c) for c in found) if stated else None,
        "currency": (main is not None and main.currency == row["currency"]) if stated and row.get("currency") else None,
    }


def folds(rows: list[dict], k: int = 5) -> list[int]:
    """A fold number per row; rows with the same text share a fold (first-seen order, round robin)."""
    seen: dict[str, int] = {}
    for r in rows:
        seen.setdefault(r["text"], len(seen) % k)
    return [seen[r["text"]] for r in rows]


def _run(nlp, rows: list[dict]) -> list:
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    docs = []
    for i, r in enumerate(rows):
        document = Document(text=r["text"], published_at=announced_date(r.get("announced")))
        doc = make_doc(nlp, document)
        doc._.cg_doc_id = f"kiel:{r['id']}:{i}"
        docs.append(doc)
    return list(nlp.pipe(docs, batch_size=32))


def _component(nlp):
    from cablegram.nlp.commitments import FACTORY

    return nlp.get_pipe(FACTORY)


def fold_models(rows: list[dict], k: int = 5, cache: Path | None = None) -> list:
    """One KindModels per fold, trained on the other folds (read from / written to ``cache`` when given)."""
    from cablegram.nlp.commitment_model import KindModels
    from cablegram.nlp.linear import LinearModel

    fold_of = folds(rows, k)
    if cache is not None:
        import hashlib
        import inspect

        from cablegram.nlp import amounts, commitment_model, commitment_values

        # One sub-folder per (rows, folds, training code): a change to any of them retrains.
        key = json.dumps([rows, k], sort_keys=True) + "".join(
            inspect.getsource(m) for m in (commitment_model, commitment_values, amounts, LinearModel))
        cache = cache / hashlib.sha1(key.encode()).hexdigest()[:12]
    out = []
    for f in range(k):
        paths = [cache / f"fold{f}_{name}.json" for name in ("category", "type", "value")] if cache else []
        if paths and all(p.is_file() for p in paths):
            cat, typ, value = (LinearModel.load(p) for p in paths)
            out.append(KindModels(cat, typ, dict(typ.meta.get("type_category", {})), value))
            continue
        models = KindModels.train([r for r, g in zip(rows, fold_of) if g != f])
        if paths:
            cache.mkdir(parents=True, exist_ok=True)
            for model, path in zip((models.category, models.type, models.value), paths):
                model.save(path)
        out.append(models)
    return out


def evaluate(data_dir: Path, nlp, limit: int | None = None, cv: bool = True, k: int = 5,
             keep_docs: bool = False, cache: Path | None = HERE / "results" / "kiel_folds") -> dict:
    """Per-field figures on the kiel_ust dev rows (cross-validated learned parts unless ``cv`` is False)."""
    from cablegram.kb.base import KnowledgeBase

    rows = load_rows(data_dir, limit)
    kb = KnowledgeBase.load()
    comp = _component(nlp)
    comp.default_recipient = DEFAULT_RECIPIENT
    scored: list[tuple[dict, dict, object]] = []
    if cv:
        fold_of = folds(rows, k)
        models = fold_models(rows, k, cache)
        shipped = comp.kind_models
        try:
            for f in range(k):
                test = [r for r, g in zip(rows, fold_of) if g == f]
                comp.kind_models = models[f]
                scored += [(r, score_row(r, d, kb), d) for r, d in zip(test, _run(nlp, test))]
        finally:
            comp.kind_models = shipped
    else:
        scored = [(r, score_row(r, d, kb), d) for r, d in zip(rows, _run(nlp, rows))]
    result: dict = {"rows": len(rows), "cross_validated": cv, "folds": k if cv else None}
    for name in FIELDS:
        vals = [s[name] for _, s, _ in scored if s[name] is not None]
        result[name] = {"accuracy": round(sum(vals) / len(vals), 4) if vals else None, "n": len(vals)}
    if keep_docs:
        result["_scored"] = scored
    return result


def row_counts(scored) -> dict:
    """How many commitments each tracker row books: a tracker row is one package, so at most one counted
    commitment (an amount, not a reference, not cancelled or refused) per row is right. ``one_counted`` is the share
    of rows with at most one; ``counted`` the counted commitments over all rows."""
    per_row = [sum(1 for c in d._.cg_commitments if c.amount is not None and not c.is_reference
                   and c.status not in ("cancelled", "refused")) for _, _, d in scored]
    return {"one_counted": round(sum(n <= 1 for n in per_row) / len(per_row), 4) if per_row else None,
            "counted": sum(per_row)}


def _print_errors(scored, field: str, n: int = 40) -> None:
    shown = 0
    for row, s, doc in scored:
        if s.get(field) is False and shown < n:
            shown += 1
            got = [(c.donor, c.recipient, c.category, c.subcategory, c.amount, c.currency, c.status)
                   for c in doc._.cg_commitments]
            print(f"--- {row['id']} gold: {row['donor']} {row['category']} {row['amount_as_given']} {row['currency']}")
            print("   ", row["text"][:400].replace("\n", " "))
            print("    got:", got[:4])


def _dump(scored, path: Path) -> None:
    """One JSON line per row: its id, the per-field results and the rows found (no text)."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for row, s, doc in scored:
            got = [[c.donor, c.recipient, c.category, c.subcategory, c.amount, c.currency, c.status, c.is_reference,
                    c.claimant, c.reason] for c in doc._.cg_commitments]
            fh.write(json.dumps({"id": row["id"], "scored": s, "got": got}) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="shared data folder (with kiel_ust/)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-cv", dest="cv", action="store_false", help="score the shipped models (in-sample)")
    ap.add_argument("--errors", default=None, help="print rows wrong on this field")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "kiel.json")
    ap.add_argument("--cache", type=Path, default=HERE / "results" / "kiel_folds",
                    help="folder keeping the per-fold models between runs (keyed by data and training code)")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write each row's id, per-field result and rows found (JSON lines) to compare two runs")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from throughput import build_full

    try:
        load_rows(args.data, 1)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    nlp = build_full()
    t0 = time.perf_counter()
    result = evaluate(args.data, nlp, args.limit, args.cv, keep_docs=True, cache=args.cache)
    scored = result.pop("_scored")
    result["seconds"] = round(time.perf_counter() - t0, 1)
    result["statuses"] = dict(Counter(c.status for _, _, d in scored for c in d._.cg_commitments))
    result["rows_booked"] = row_counts(scored)
    print(f"kiel_ust dev: {result['rows']} rows, cross-validated={args.cv}, {result['seconds']}s")
    for name in FIELDS:
        print(f"  {name:<11} {result[name]['accuracy']}  (n={result[name]['n']})")
    booked = result["rows_booked"]
    print(f"  one_counted {booked['one_counted']}  (counted rows {booked['counted']}, conditional "
          f"{result['statuses'].get('conditional', 0)} of {sum(result['statuses'].values())} rows)")
    if args.errors:
        _print_errors(scored, args.errors)
    if args.dump:
        _dump(scored, args.dump)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
