"""The shipped demo: a small corpus written for cablegram (see README.md here) and the run that shows it off."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import NotFoundError
from ..records import Document, Record


def corpus_path() -> Path:
    return Path(str(resources.files("cablegram.demo") / "corpus.jsonl"))


def actors_path() -> Path:
    """The demo's knowledge-base extension (fictional states and officials)."""
    return Path(str(resources.files("cablegram.demo") / "actors.jsonl"))


def demo_documents() -> list[Document]:
    """The demo corpus as Documents; ``meta`` keeps the demo id and the authorship note."""
    docs = []
    for line in corpus_path().read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs.append(Document(
            text=d["text"], title=d["title"], publisher=d["publisher"], published_at=d["published_at"], url=d["url"],
            source=f"cablegram demo corpus:{d['id']}", is_primary=bool(d.get("primary")),
            meta={"demo_id": d["id"], "note": d["note"], "real_events": bool(d.get("real_events"))},
        ))
    return docs


# Derivative → primary pairs traced by the demo (demo ids).
TRACE_PAIRS = (("demo-02", "demo-01"), ("demo-03", "demo-01"), ("demo-10", "demo-09"), ("demo-12", "demo-11"))


@dataclass
class DemoResult(Record):
    db: str
    counts: dict[str, int]
    actors: list[dict[str, Any]] = field(default_factory=list)  # canonical actor → variants seen
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)
    traces: list[dict[str, Any]] = field(default_factory=list)
    hidden_events: int = 0  # events left out of ``events`` (not confident), as `cablegram events` hides them


def run_demo(db_path: str | Path, pipeline=None) -> DemoResult:
    """Recreate ``db_path``, ingest and process the demo corpus, trace the rewrites; return what was found."""
    from ..nlp.pipeline import Pipeline
    from ..processing import process_store
    from ..store import open_store

    db_path = Path(db_path)
    check_demo_target(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    if pipeline is None:
        from ..config import Settings

        pipeline = Pipeline.from_settings(Settings.load(db=str(db_path)),
                                          config={"cablegram_actors": {"extra_files": [str(actors_path())]}})
    docs = demo_documents()
    by_demo_id = {d.meta["demo_id"]: d for d in docs}
    with open_store(str(db_path)) as store:
        for doc in docs:
            store.add_document(doc)
        process_store(store, pipeline)
        result = DemoResult(db=str(db_path), counts=store.counts())
        result.actors = _actor_variants(store)
        result.events = [_pick(e, "doc_id", "type", "source_actor", "target_actor", "modality", "date", "confidence",
                               "correction", "sentence")
                         for e in store.list_events(limit=1000)]  # the confident view of `cablegram events`
        result.hidden_events = result.counts["events"] - len(result.events)
        result.claims = [_pick(c, "doc_id", "claimant_kind", "claimant_text", "cue", "hedges", "sentence")
                         for c in store.query_claims(limit=1000)]
        result.commitments = [_pick(c, "donor", "recipient", "category", "amount", "currency", "status", "sentence")
                              for c in store.query_commitments()]
        result.traces = _trace_pairs(store, pipeline, by_demo_id)
    return result


DEMO_SOURCE = "cablegram demo corpus:"


def check_demo_target(db_path: Path) -> None:
    """InputError unless ``db_path`` is absent or a demo store (every document from the demo corpus):
    the demo recreates its store, and must never delete an analyst's data."""
    if not db_path.exists():
        return
    from ..errors import CablegramError, InputError
    from ..store import open_store

    try:
        with open_store(str(db_path)) as store:
            foreign = store.read_sql("SELECT COUNT(*) AS n FROM documents WHERE source IS NULL OR source NOT LIKE ?",
                                     [DEMO_SOURCE + "%"])[0]["n"]
    except CablegramError as exc:
        raise InputError(f"{db_path} exists and is not a cablegram demo store ({exc.message})", source=str(db_path),
                         code="store_not_demo",
                         hint="Choose another path for the demo (cablegram --db demo.db demo).") from exc
    if foreign:
        raise InputError(f"{db_path} holds {foreign} documents that are not from the demo corpus; the demo would delete them",
                         code="store_not_demo",
                         source=str(db_path), hint="Choose another path for the demo (cablegram --db demo.db demo).")


def _pick(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: row.get(k) for k in keys}


def _actor_variants(store) -> list[dict[str, Any]]:
    """For every resolved actor: its canonical name and the spellings the corpus used."""
    rows = store.query_mentions(limit=100_000)
    variants: dict[str, set[str]] = {}
    for r in rows:
        variants.setdefault(r["actor_id"], set()).add(r["text"])
    out = []
    for actor_id, seen in sorted(variants.items()):
        try:
            name = store.get_actor(actor_id).name
        except NotFoundError:  # a KB actor is stored only once the KB is loaded into the store
            name = actor_id
        out.append({"actor_id": actor_id, "name": name, "variants": sorted(seen)})
    return out


def _trace_pairs(store, pipeline, by_demo_id: dict[str, Document]) -> list[dict[str, Any]]:
    from ..provenance import trace

    out = []
    for article_id, primary_id in TRACE_PAIRS:
        article, primary = by_demo_id[article_id], by_demo_id[primary_id]
        report = trace(article, [primary], nlp=pipeline.nlp)
        alignments = report.alignments()
        store.save_alignments(article.id, alignments)
        out.append({"article": article.id, "title": article.title, "primary": primary.id,
                    "primary_is_primary": primary.is_primary, "summary": report.summary,
                    "name_variants": report.name_variants,
                    "sentences": [{"label": a.label, "sentence": a.sentence, "attribution": a.attribution,
                                   "differences": a.differences} for a in alignments]})
    return out
