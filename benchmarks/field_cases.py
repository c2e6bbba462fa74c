"""End-to-end field-kind cases: run cablegram on each case as a user would and compare what is stored.

Each case folder holds input files and ``expected.jsonl``, one case a line::

    {"id": "...", "part": "dev"|"final", "kind": "...", "input": ["a.html"] (article first, then the
     primary source, for a trace case), "expected": {...}}

For every case the script makes a fresh temporary SQLite store and runs the command line into it:

* ``cablegram --db STORE ingest FILE…`` then ``cablegram --db STORE process`` (a one-input case), or
* ``cablegram --db STORE trace ARTICLE --source PRIMARY --save --json`` (a case whose expected holds ``trace``),

then reads the stored documents, events, commitments, claims and trace labels back from that store and
compares them with ``expected``, where each field is a list of accepted values and sentence indices count
within the document's main text (the stored sentence index):

* ``documents``: per expected document (found by its first ``text_contains`` phrase, among the articles, then
  the primary sources: a trace case may list its readout too) one part each for
  ``published_at`` (the date, or null), ``publisher``, every ``text_contains`` and every ``text_excludes``;
  ``"error": "input"`` is two parts: ``ingest`` exits non-zero naming the file, and nothing is stored.
* ``events``: one part per expected event: a confident stored event (the events ``cablegram show`` lists:
  confidence at least the floor, both actors resolved) in that sentence with that type, a source and a
  target among the accepted ids (``[]``: no target), an accepted modality and, when given, mode (the failure
  report also lists the events the confident view hides, marked ``hidden``);
  ``not_events``: one part each, right when no confident event of that type is in that sentence.
* ``commitments``: one part per expected commitment (donor, recipient, category, amount within 1%,
  currency, status, and ``is_reference`` when given, all in one stored commitment of that sentence);
  ``no_commitment_sentences``: one part each, right when no commitment is stored for that sentence.
* ``claims``: one part each; right when a stored claim of that sentence has an accepted claimant kind
  (a sentence without any stored claim counts as ``none``).
* ``trace``: one part per article sentence: an accepted label and, when given, change kind and attribution.

In a multi-document input (feed items, JSONL lines) an event, non-event, commitment or claim carries
``"doc": n``, the 0-based document within the input: the stored document that expected ``documents[n]``
finds by its first ``text_contains`` phrase, else the n-th stored article in ingestion order (without
``doc``, as before: the input's only document). ``null`` (or ``""``) among accepted values accepts no value; in an
actor slot it accepts an unresolved one (raw text or none), so an event whose accepted source or target
includes ``null`` is looked for among all events at or above the confidence floor, not only the confident
view (which needs both actors resolved). ``"NEW"`` in an actor slot accepts a new actor found in the text
(``person:…``, ``org:…``). ``no_commitment_sentences`` items are a sentence index or ``{"doc", "sentence"}``.

Prints each case as clean or with its failing parts (area, field, expected, got), then the totals:
cases clean, and per area parts right / parts. ``--out FILE`` writes the same as JSON.

``--in-process`` (used by the test suite) runs the same commands in this process and loads the NLP
pipeline once for all cases (the ``process`` step calls the library function the command calls).

Usage: python benchmarks/field_cases.py --cases benchmarks/data/field_kinds1 [--part dev|final|all] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

AREAS = ("documents", "events", "commitments", "claims", "trace")


@dataclass
class CaseResult:
    """One case's parts: (area, right, what) rows; failures carry field, expected and got."""

    id: str
    part: str
    kind: str
    parts: list[dict] = field(default_factory=list)

    def add(self, area: str, ok: bool, what: str, expected=None, got=None) -> None:
        row = {"area": area, "ok": bool(ok), "field": what}
        if not ok:
            row.update(expected=expected, got=got)
        self.parts.append(row)

    @property
    def clean(self) -> bool:
        return all(p["ok"] for p in self.parts)

    def as_json(self) -> dict:
        return {"id": self.id, "part": self.part, "kind": self.kind, "clean": self.clean, "parts": self.parts}


# --- running the command line -------------------------------------------------------------------------


class SubprocessRunner:
    """Runs ``cablegram`` as a user does: a new process per command."""

    def __init__(self) -> None:
        exe = Path(sys.executable).with_name("cablegram")
        self.base = [str(exe)] if exe.exists() else [sys.executable, "-m", "cablegram"]

    def cli(self, db: Path, args: list[str]) -> tuple[int, str]:
        env = {**os.environ, "CABLEGRAM_DB": str(db)}
        done = subprocess.run([*self.base, "--db", str(db), *args], capture_output=True, text=True, env=env,
                              check=False)
        return done.returncode, done.stdout + done.stderr

    def process(self, db: Path) -> tuple[int, str]:
        return self.cli(db, ["process"])


class InProcessRunner:
    """The same commands in this process; the pipeline is built once and reused by every ``process`` step."""

    def __init__(self, pipeline=None) -> None:
        self._pipeline = pipeline

    def cli(self, db: Path, args: list[str]) -> tuple[int, str]:
        from typer.testing import CliRunner

        from cablegram.cli import app

        done = CliRunner().invoke(app, ["--db", str(db), *args])
        if done.exception is not None and not isinstance(done.exception, SystemExit):
            raise done.exception
        return done.exit_code, done.output

    def process(self, db: Path) -> tuple[int, str]:
        from cablegram.config import Settings
        from cablegram.nlp.pipeline import Pipeline
        from cablegram.processing import process_store
        from cablegram.store import open_store

        if self._pipeline is None:
            self._pipeline = Pipeline.from_settings(Settings.load(db=str(db)))
        store = open_store(str(db))
        try:
            summary = process_store(store, self._pipeline)
        finally:
            store.close()
        return (1 if summary.failed else 0), f"processed {summary.processed}; failed {summary.failed}"


# --- reading the store back ----------------------------------------------------------------------------


def read_store(db: Path) -> dict:
    """Documents (with events, commitments, claims and alignments) stored in ``db``, as plain dicts."""
    from cablegram.config import Settings
    from cablegram.store import open_store
    from cablegram.store.readmodel import confidence_floor, list_claims, list_commitments, list_events

    floor = confidence_floor(Settings.load(db=str(db)))
    store = open_store(str(db))
    try:
        docs = []
        for doc in store.iter_documents():
            docs.append({
                "id": doc.id, "text": doc.text, "publisher": doc.publisher, "published_at": doc.published_at,
                "is_primary": bool(doc.is_primary), "source": doc.source,
                "events": list_events(store, doc_id=doc.id, min_confidence=floor, confident=True, limit=100_000)[0],
                "floor_events": list_events(store, doc_id=doc.id, min_confidence=floor, limit=100_000)[0],
                "all_events": list_events(store, doc_id=doc.id, min_confidence=0.0, limit=100_000)[0],
                "commitments": list_commitments(store, doc_id=doc.id, limit=100_000),
                "claims": list_claims(store, doc_id=doc.id, include_rejected=True, limit=100_000),
                "alignments": [{"i": a.sentence_index, "label": a.label, "differences": a.differences or [],
                                "attribution": a.attribution} for a in store.get_alignments(doc.id)],
            })
        return {"documents": docs}
    finally:
        store.close()


def run_case(case: dict, folder: Path, runner) -> tuple[dict, list[tuple[str, int, str]]]:
    """Run one case into a fresh store; returns (what is stored, [(command, exit code, output)])."""
    inputs = [str(folder / name) for name in case["input"]]
    log = []
    with tempfile.TemporaryDirectory(prefix="cablegram-field-") as tmp:
        db = Path(tmp) / "field.db"
        if "trace" in case["expected"]:
            args = ["trace", inputs[0], *[a for p in inputs[1:] for a in ("--source", p)], "--save", "--json"]
            rc, out = runner.cli(db, args)
            log.append(("cablegram " + " ".join(args), rc, out))
        else:
            rc, out = runner.cli(db, ["ingest", *inputs])
            log.append(("cablegram ingest " + " ".join(inputs), rc, out))
            if rc == 0 or _any_stored(db):
                rc2, out2 = runner.process(db)
                log.append(("cablegram process", rc2, out2))
        stored = read_store(db) if db.exists() else {"documents": []}
    return stored, log


def _any_stored(db: Path) -> bool:
    return db.exists() and bool(read_store(db)["documents"])


# --- comparing ----------------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def _accepts(accepted: list, value) -> bool:
    """``value`` is one of ``accepted`` (case and spacing aside); ``null`` or ``""`` there accepts no value."""
    return any((a in (None, "") and value in (None, "")) or (a not in (None, "") and _norm(str(a)) == _norm(str(value)))
               for a in accepted)


def _accepts_actor(accepted: list, value) -> bool:
    """An actor slot: an accepted id; ``null`` for an unresolved slot (none or raw text); ``"NEW"`` for a
    new actor found in the text."""
    from cablegram.store.actor_ids import NEW_PREFIXES, is_actor_id

    if None in accepted and not is_actor_id(value):
        return True
    if "NEW" in accepted and isinstance(value, str) and value.startswith(NEW_PREFIXES):
        return True
    return _accepts([a for a in accepted if a is not None], value)


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


def _article_docs(stored: dict) -> list[dict]:
    return [d for d in stored["documents"] if not d["is_primary"]] or stored["documents"]


def _find_doc(stored: dict, want: dict) -> dict | None:
    """The stored document an expected one means: by its first ``text_contains`` phrase, among the articles
    first, then among the primary sources (a trace case may list the readout too), else the only article."""
    phrases = want.get("text_contains") or []
    docs = _article_docs(stored)
    if not phrases:
        return docs[0] if len(docs) == 1 else None
    return next((d for d in [*docs, *stored["documents"]] if _norm(phrases[0]) in _norm(d["text"])), None)


def check_documents(result: CaseResult, expected: dict, stored: dict, log: list) -> None:
    if expected.get("error") == "input":
        check_refusal(result, stored, log)
        return
    for n, want in enumerate(expected.get("documents", [])):
        doc = _find_doc(stored, want)
        if doc is None:
            got = [d["text"][:80] for d in stored["documents"]]
            for what in _document_fields(want):
                result.add("documents", False, f"doc {n} {what}", "a stored document with the text", got)
            continue
        _check_document(result, n, want, doc)


def _document_fields(want: dict) -> list[str]:
    return (["published_at"] * ("published_at" in want) + ["publisher"] * ("publisher" in want)
            + [f"text_contains {p!r}" for p in want.get("text_contains", [])]
            + [f"text_excludes {p!r}" for p in want.get("text_excludes", [])])


def _check_document(result: CaseResult, n: int, want: dict, doc: dict) -> None:
    if "published_at" in want:
        got = _date(doc["published_at"])
        result.add("documents", _accepts(want["published_at"], got), f"doc {n} published_at", want["published_at"], got)
    if "publisher" in want:
        result.add("documents", _accepts(want["publisher"], doc["publisher"]), f"doc {n} publisher",
                   want["publisher"], doc["publisher"])
    text = _norm(doc["text"])
    for phrase in want.get("text_contains", []):
        result.add("documents", _norm(phrase) in text, f"doc {n} text_contains {phrase!r}", "present",
                   doc["text"][:300])
    for phrase in want.get("text_excludes", []):
        result.add("documents", _norm(phrase) not in text, f"doc {n} text_excludes {phrase!r}", "absent",
                   doc["text"][:300])


def check_refusal(result: CaseResult, stored: dict, log: list) -> None:
    command, rc, out = log[0]
    names = [Path(p).name for p in command.split()[2:]]
    named = rc != 0 and any(name in out for name in names)
    result.add("documents", named, "ingest refuses the input, naming the file", "exit code != 0 and the file named",
               f"exit {rc}: {out.strip()[-300:]}")
    kept = [d["text"][:120] for d in stored["documents"]]
    result.add("documents", not kept, "nothing stored", [], kept)


def _sentence_rows(doc: dict | None, key: str, sentence: int) -> list[dict]:
    return [r for r in (doc or {}).get(key, []) if r.get("sentence_index") == sentence]


def _where(want: dict) -> str:
    """'sentence i', or 'doc n sentence i' for an item of a multi-document input."""
    return f"doc {want['doc']} sentence {want['sentence']}" if "doc" in want else f"sentence {want['sentence']}"


def _unresolved_allowed(want: dict) -> bool:
    return None in want.get("source_actor", []) or None in want.get("target_actor", [])


def _indexed_doc(expected: dict, stored: dict, n: int) -> dict | None:
    """The stored document of the input's n-th document (see the module docstring)."""
    wants = expected.get("documents", [])
    if n < len(wants) and wants[n].get("text_contains"):
        return _find_doc(stored, wants[n])
    docs = _article_docs(stored)
    return docs[n] if n < len(docs) else None


def doc_resolver(expected: dict, stored: dict):
    """A function from an expected item (a dict, maybe with ``doc``) to the stored document it is about."""
    docs = _article_docs(stored)
    only = docs[0] if len(docs) == 1 else None

    def doc_of(want) -> dict | None:
        n = want.get("doc") if isinstance(want, dict) else None
        return only if n is None else _indexed_doc(expected, stored, int(n))

    return doc_of


def _event_matches(want: dict, e: dict) -> bool:
    targets = want.get("target_actor", [])
    target_ok = (not e.get("target_actor")) if not targets else _accepts_actor(targets, e.get("target_actor"))
    return (e["type"] == want["type"] and _accepts_actor(want["source_actor"], e.get("source_actor")) and target_ok
            and _accepts(want["modality"], e.get("modality"))
            and ("mode" not in want or _accepts(want["mode"], e.get("mode"))))


def _event_brief(e: dict) -> str:
    return (f"{e['type']}/{e.get('mode') or '-'} {e.get('source_actor')} -> {e.get('target_actor')} "
            f"[{e.get('modality')}] {e.get('confidence') or 0:.2f}")


def _events_got(doc: dict | None, sentence: int) -> list[str]:
    """The confident events of a sentence, then the ones the confident view hides (marked)."""
    shown = _sentence_rows(doc, "events", sentence)
    ids = {e["id"] for e in shown}
    hidden = [e for e in _sentence_rows(doc, "all_events", sentence) if e["id"] not in ids]
    return [_event_brief(e) for e in shown] + [f"hidden: {_event_brief(e)}" for e in hidden]


def check_events(result: CaseResult, expected: dict, doc_of) -> None:
    for want in expected.get("events", []):
        doc = doc_of(want)
        rows = _sentence_rows(doc, "floor_events" if _unresolved_allowed(want) else "events", want["sentence"])
        wanted = {k: want[k] for k in ("type", "source_actor", "target_actor", "modality", "mode") if k in want}
        result.add("events", any(_event_matches(want, e) for e in rows), f"{_where(want)} {want['type']}",
                   wanted, _events_got(doc, want["sentence"]))
    for bad in expected.get("not_events", []):
        rows = [e for e in _sentence_rows(doc_of(bad), "events", bad["sentence"]) if e["type"] == bad["type"]]
        result.add("events", not rows, f"{_where(bad)} no {bad['type']}", "none",
                   [_event_brief(e) for e in rows])


def _amount_ok(want, got) -> bool:
    if want is None:
        return got is None
    return got is not None and abs(float(got) - float(want)) <= 0.01 * abs(float(want))


def _commitment_matches(want: dict, c: dict) -> bool:
    return (_accepts(want["donor"], c.get("donor")) and _accepts(want["recipient"], c.get("recipient"))
            and _accepts(want["category"], c.get("category")) and _amount_ok(want.get("amount"), c.get("amount"))
            and _accepts(want["currency"], c.get("currency")) and _accepts(want["status"], c.get("status"))
            and ("is_reference" not in want or bool(c.get("is_reference")) == bool(want["is_reference"])))


def _commitment_brief(c: dict) -> str:
    return (f"{c.get('donor')} -> {c.get('recipient')} {c.get('category')} {c.get('amount')} {c.get('currency')} "
            f"{c.get('status')}{' (reference)' if c.get('is_reference') else ''}")


def check_commitments(result: CaseResult, expected: dict, doc_of) -> None:
    for want in expected.get("commitments", []):
        rows = _sentence_rows(doc_of(want), "commitments", want["sentence"])
        wanted = {k: v for k, v in want.items() if k not in ("sentence", "doc")}
        result.add("commitments", any(_commitment_matches(want, c) for c in rows),
                   f"{_where(want)} {'/'.join(str(d) for d in want['donor'])}", wanted,
                   [_commitment_brief(c) for c in rows])
    for item in expected.get("no_commitment_sentences", []):
        where = item if isinstance(item, dict) else {"sentence": item}
        rows = _sentence_rows(doc_of(where), "commitments", where["sentence"])
        result.add("commitments", not rows, f"{_where(where)} no commitment", "none",
                   [_commitment_brief(c) for c in rows])


def check_claims(result: CaseResult, expected: dict, doc_of) -> None:
    for want in expected.get("claims", []):
        rows = _sentence_rows(doc_of(want), "claims", want["sentence"])
        kinds = [c.get("claimant_kind") or "none" for c in rows] or ["none"]
        result.add("claims", any(_accepts(want["claimant_kind"], k) for k in kinds),
                   f"{_where(want)} claimant_kind", want["claimant_kind"],
                   [f"{c.get('claimant_kind')}: {c.get('claimant_text') or ''}" for c in rows] or ["no claim"])


def _change_kinds(differences: list) -> list[str]:
    return [str(d).split(":", 1)[0].strip() for d in differences]


def check_trace(result: CaseResult, expected: dict, stored: dict) -> None:
    doc = next((d for d in stored["documents"] if d["alignments"]), None)
    rows = {a["i"]: a for a in (doc or {}).get("alignments", [])}
    for want in expected.get("trace", []):
        got = rows.get(want["i"])
        ok = got is not None and _accepts(want["label"], got["label"])
        if ok and "change" in want:
            ok = any(_accepts(want["change"], k) for k in _change_kinds(got["differences"]))
        if ok and "attribution" in want:
            ok = _accepts(want["attribution"], got["attribution"])
        result.add("trace", ok, f"sentence {want['i']}", {k: v for k, v in want.items() if k != "i"},
                   got and {k: got[k] for k in ("label", "differences", "attribution")})


def score_case(case: dict, stored: dict, log: list) -> CaseResult:
    result = CaseResult(case["id"], case.get("part", "all"), case.get("kind", ""))
    expected = case["expected"]
    check_documents(result, expected, stored, log)
    doc_of = doc_resolver(expected, stored)
    check_events(result, expected, doc_of)
    check_commitments(result, expected, doc_of)
    check_claims(result, expected, doc_of)
    if "trace" in expected:
        check_trace(result, expected, stored)
    return result


# --- the whole set --------------------------------------------------------------------------------------


def load_cases(folder: Path, part: str = "all") -> list[dict]:
    cases = [json.loads(line) for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return [c for c in cases if part == "all" or c.get("part") == part]


def totals(results: list[CaseResult]) -> dict:
    out = {"cases": len(results), "clean": sum(r.clean for r in results), "areas": {}}
    for area in AREAS:
        rows = [p for r in results for p in r.parts if p["area"] == area]
        if rows:
            out["areas"][area] = {"right": sum(p["ok"] for p in rows), "parts": len(rows)}
    return out


def run_cases(folder: Path, part: str = "all", runner=None, verbose: bool = False) -> dict:
    runner = runner or SubprocessRunner()
    results = []
    for case in load_cases(folder, part):
        stored, log = run_case(case, folder, runner)
        result = score_case(case, stored, log)
        results.append(result)
        if verbose:
            print_case(result, log)
    return {"part": part, "cases_folder": str(folder), "totals": totals(results),
            "results": [r.as_json() for r in results]}


def print_case(result: CaseResult, log: list) -> None:
    if result.clean:
        print(f"{result.id} ({result.part}) clean — {len(result.parts)} parts", flush=True)
        return
    bad = [p for p in result.parts if not p["ok"]]
    print(f"{result.id} ({result.part}) {len(bad)}/{len(result.parts)} parts wrong — {result.kind}", flush=True)
    for p in bad:
        print(f"  [{p['area']}] {p['field']}\n      expected: {json.dumps(p['expected'], ensure_ascii=False)}"
              f"\n      got:      {json.dumps(p['got'], ensure_ascii=False)[:400]}", flush=True)


def print_totals(report: dict) -> None:
    t = report["totals"]
    print(f"\npart {report['part']}: {t['clean']}/{t['cases']} cases clean")
    for area, row in t["areas"].items():
        print(f"  {area:<12} {row['right']}/{row['parts']} parts right")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", required=True, type=Path, help="folder with the inputs and expected.jsonl")
    parser.add_argument("--part", default="all", choices=("dev", "final", "all"),
                        help="which cases: the development part, the final part, or all (default)")
    parser.add_argument("--out", type=Path, help="write the per-case parts and the totals as JSON here")
    parser.add_argument("--in-process", action="store_true",
                        help="run the commands in this process, loading the NLP pipeline once (faster)")
    args = parser.parse_args(argv)
    if not (args.cases / "expected.jsonl").is_file():
        parser.error(f"no expected.jsonl in {args.cases}")
    runner = InProcessRunner() if args.in_process else SubprocessRunner()
    report = run_cases(args.cases, args.part, runner, verbose=True)
    print_totals(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
