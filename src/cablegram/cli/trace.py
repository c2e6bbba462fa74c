"""`cablegram trace`, `cablegram clusters`, `cablegram dedup`: provenance commands (thin shell over cablegram.provenance)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

import typer

from ..errors import InputError, NotFoundError
from ..records import Document
from .common import ReportFormat, console, err_console, open_settings_store, print_error


_DOC_ID = re.compile(r"doc_[0-9A-Za-z]+")


def _load(ref: str, settings, store, *, primary: bool = False) -> tuple[Document, bool]:
    """A Document from a stored id, a file or a URL; the flag says whether it came from the store."""
    if store is not None and not Path(ref).exists() and "://" not in ref:
        try:
            return store.get_document(ref), True
        except NotFoundError as exc:
            if _DOC_ID.fullmatch(ref):  # a stored document's id, mistyped or from another store: not a file path
                raise NotFoundError(f"no document with id {ref!r} in the store (and no file of that name)",
                                    source=exc.source, hint=exc.hint) from None
    from ..provenance.inputs import read_document

    return read_document(ref, settings, primary=primary), False


def _records_file(ref: str) -> bool:
    """A JSON Lines file, or a .json file holding an array of more than one object: several documents in one file."""
    path = Path(ref)
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in (".jsonl", ".ndjson", ".json"):
        return False
    if suffix != ".json":
        return True
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, OSError):
        return False  # the single-document reader reports it
    return isinstance(data, list) and len(data) > 1


def _load_sources(ref: str, settings, store) -> list[Document]:
    """The primary sources one --source names: every document of a JSON Lines file or a .json array (a ministry's
    statements exported together), else the one document of the file, URL or stored id."""
    if not _records_file(ref):
        return [_load(ref, settings, store, primary=True)[0]]
    from ..ingest import read_source

    read = list(read_source(ref, settings, primary=True))
    docs = [d for d in read if isinstance(d, Document)]
    if not docs:
        raise next((e for e in read if not isinstance(e, Document)), None) or InputError(
            "no document with text in the file", source=ref, code="empty_input",
            hint="Each line (or array item) needs a text field; see `cablegram ingest --help`.")
    for failed in (e for e in read if not isinstance(e, Document)):  # said, not dropped: its sentences would be "added"
        err_console.print(f"warning: {ref}: {failed} — that document is not used as a source", markup=False)
    return docs


def _trace_stored(settings, retrace: bool, as_json: bool) -> None:
    """``trace --all``: every stored article against its best candidate sources, in batches."""
    from ..provenance.service import trace_all

    with open_settings_store(settings) as store:
        skipped = 0 if retrace else _already_traced(store, settings)
        run = trace_all(store, settings, only_untraced=not retrace)
    if as_json:
        print(json.dumps([o.__dict__ for o in run.outcomes], ensure_ascii=False, indent=2))
    else:
        skipped_line = (f"; {skipped} already traced, not traced again (`--retrace` traces "
                        f"{'it' if skipped == 1 else 'them'} again)") if skipped else ""
        console.print(run.line() + skipped_line, markup=False, highlight=False)


def _already_traced(store, settings) -> int:
    """Stored articles (not primary sources) with a saved trace: those ``trace --all`` skips without --retrace."""
    from ..provenance.clusters import is_primary

    return sum(1 for d in store.iter_documents()
               if not is_primary(d, settings.primary_publishers) and store.get_alignments(d.id))


def _candidate_sources(art: Document, article: str, settings, store, embedder, as_json: bool) -> list[Document]:
    """The best stored primary source for ``art`` (date window, rank, threshold), or an InputError."""
    from ..provenance.service import MIN_SOURCE_SCORE, primary_pool, rank_candidates

    found = rank_candidates(store, [art], primary_pool(store, settings), settings, embedder)[0]
    if not found and art.is_primary:
        raise InputError("no other primary source in the store to trace it against: it is a primary source itself",
                         source=article, code="no_primary_source",
                         hint=f"Trace the articles that restate it: `cablegram trace ARTICLE --source {art.id}` "
                              "(or `cablegram trace --all`); to trace it against another readout, pass --source.")
    if not found:
        raise InputError(f"no candidate primary source in the store (none within {settings.trace_window_days} days "
                         f"scoring at least {MIN_SOURCE_SCORE})", source=article,
                         hint="Ingest the readout with `cablegram ingest FILE --primary`, or pass --source.",
                         code="no_primary_source")
    if not as_json:
        console.print("candidate sources: " + "; ".join(f"{c.document.id} ({c.score:.2f})" for c in found))
    return [c.document for c in found[:1]]


def refuse_unrelated(report, article: str, sources: list[Document], *, given: bool = True) -> None:
    """InputError ``no_primary_source`` when no sentence of the article is supported or altered by ``sources``.

    An article that shares nothing with the readout it is traced against does not restate it: labelling all its
    sentences *added* ("100 % unsupported") would blame it for a source it never used. The stored-article policy
    (``provenance.service``) records such an article as unrelated; a source given by hand is refused the same way,
    and nothing is saved."""
    from ..provenance.trace import restates_nothing

    if not restates_nothing(report):
        return
    names = ", ".join(s.title or s.id for s in sources)
    which = "the source" if given else "the store's best candidate source"
    hint = ("Pass the readout this article restates with --source, or leave --source out to rank the store's primary "
            "sources" if given else "Pass the readout this article restates with --source (ingest it with --primary to "
            "have it found)") + "; an article that restates no readout has no trace."
    raise InputError(f"no sentence of the article is supported or altered by {which} ({names}): it does not restate "
                     "it, so it is not traced against it and nothing is saved", source=article, code="no_primary_source",
                     hint=hint)


def _run_trace(settings, store, article: str, source: list[str], *, as_json: bool, save: bool, with_nlp: bool):
    from ..provenance.embeddings import load_embedder
    from ..provenance.trace import trace as run_trace

    art, stored = _load(article, settings, store)
    embedder = load_embedder(settings.embeddings)
    if source:
        sources = [doc for r in source for doc in _load_sources(r, settings, store)]
    else:
        sources = _candidate_sources(art, article, settings, store, embedder, as_json)
    nlp = None
    if with_nlp:
        from ..nlp.pipeline import build_nlp_from_settings

        nlp = build_nlp_from_settings(settings)
    if (save or stored) and any(s.id == art.id for s in sources):
        raise InputError("the article is among its own sources: its trace would call every sentence supported and "
                         "replace the trace saved for it", source=article, code="invalid_value",
                         hint="Pass with --source the readout it restates, or leave --source out to rank the store's "
                              "primary sources (to compare a text with itself, trace files without --save).")
    report = run_trace(art, sources, nlp=nlp, settings=settings, embedder=embedder)
    refuse_unrelated(report, article, sources, given=bool(source))
    if save or stored:
        if not stored:
            store.add_document(art)
            for s in sources:
                store.add_document(s)
        store.save_alignments(art.id, report.alignments())
    return report


def _trace_one(settings, article: str, source: list[str], *, as_json: bool, save: bool, with_nlp: bool) -> None:
    """Trace one article against the given sources, or its best stored candidate; print the report."""
    from .trace_table import render_trace

    need_store = save or not source or any(not Path(r).exists() and "://" not in r for r in [article, *source])
    if need_store:
        with open_settings_store(settings) as store:
            report = _run_trace(settings, store, article, source, as_json=as_json, save=save, with_nlp=with_nlp)
    else:
        report = _run_trace(settings, None, article, source, as_json=as_json, save=save, with_nlp=with_nlp)
    if as_json:
        print(report.to_json())
    else:
        render_trace(report, console)


def register(app: typer.Typer) -> None:
    @app.command()
    def trace(
        ctx: typer.Context,
        article: Optional[str] = typer.Argument(None, help="Article: file, URL or stored document id (omit with --all)."),
        trace_all_docs: bool = typer.Option(False, "--all", help="Trace every stored article against its best candidate "
                                            "primary sources (in batches) and save the alignments."),
        retrace: bool = typer.Option(False, "--retrace", help="With --all: trace already traced articles again."),
        source: Optional[list[str]] = typer.Option(None, "--source", "-s",
                                                   help="Primary source (file, URL or stored id); repeatable; every "
                                                        "document of a JSON Lines file or .json array is one. "
                                                        "Without it, candidates are looked up in the store."),
        fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table | json: the report as JSON."),
        as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
        save: bool = typer.Option(False, "--save", help="Store the article and sources and save the alignments "
                                  "(a stored article given by its id always has its trace saved)."),
        with_nlp: bool = typer.Option(False, "--nlp", help="Run the NLP pipeline for attribution and actor names (slower)."),
    ) -> None:
        """Trace each sentence of ARTICLE to its primary source(s): supported, partly supported (the new
        spans named), altered (the change named), added or other (docs/provenance-labelling.md)."""
        settings = ctx.obj["settings"]
        as_json = as_json or fmt is ReportFormat.json
        if trace_all_docs:
            if article or source:
                raise typer.BadParameter("--all traces the stored articles; give no ARTICLE or --source with it", param_hint="--all")
            _trace_stored(settings, retrace, as_json)
            return
        if not article:
            raise typer.BadParameter("give an ARTICLE (file, URL or stored id), or --all", param_hint="ARTICLE")
        _trace_one(settings, article, source or [], as_json=as_json, save=save, with_nlp=with_nlp)

    @app.command()
    def clusters(ctx: typer.Context,
                 fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table | json."),
                 as_json: bool = typer.Option(False, "--json", help="Same as --format json.")) -> None:
        """Recompute story clusters of the stored documents (earliest, primary, derivation tree) and save them;
        then link events of one story with the same type, dyad and day to one canonical event."""
        as_json = as_json or fmt is ReportFormat.json
        from ..provenance.clusters import cluster_store
        from ..provenance.event_dedup import link_store_events

        with open_settings_store(ctx.obj["settings"]) as store:
            found = cluster_store(store, ctx.obj["settings"])
            links = link_store_events(store, found)
        if as_json:
            print(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
            return
        canonical = len(set(links.values()))
        console.print(f"linked {len(links)} events reported by several documents or sentences to {canonical} canonical events")
        if not found:
            console.print("no story clusters (no two stored documents report the same story)")
        for c in found:
            console.print(f"[bold]{c.id}[/bold]  {len(c.doc_ids)} documents  earliest {c.earliest_doc_id}  primary {c.primary_doc_id or '-'}")
            for parent, child, score in c.edges:
                console.print(f"    {parent} → {child}  ({score:.2f})")

    @app.command()
    def dedup(
        ctx: typer.Context,
        threshold: float = typer.Option(0.3, min=0.05, max=1.0, help="Estimated Jaccard similarity to report."),
        fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table | json."),
        as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    ) -> None:
        """List near-duplicate pairs among the stored documents (MinHash + LSH)."""
        as_json = as_json or fmt is ReportFormat.json
        from dataclasses import replace

        from ..provenance.dedup import DedupParams, near_duplicate_pairs

        with open_settings_store(ctx.obj["settings"]) as store:
            docs = list(store.iter_documents())
        pairs = near_duplicate_pairs([d.text for d in docs], replace(DedupParams(), threshold=threshold))
        rows = [{"a": docs[i].id, "b": docs[j].id, "similarity": round(s, 3)} for i, j, s in sorted(pairs, key=lambda p: -p[2])]
        if as_json:
            print(json.dumps(rows, indent=2))
        elif not rows:
            console.print(f"no near-duplicates among {len(docs)} documents")
        else:
            for r in rows:
                console.print(f"{r['similarity']:.2f}  {r['a']}  {r['b']}")

    _ = (trace, clusters, dedup, print_error)
