"""The `cablegram` command line: a thin shell over the library.

Exit codes: 0 ok, 1 some inputs failed (or a cablegram error), 2 usage error.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Optional

import typer

from ..config import Settings
from ..errors import CablegramError
from .common import (ReportFormat, console, err_console, open_settings_store, print_cablegram_error, print_error,
                     program_name, progress_bar)
from .listings import FORMAT_HELP, Format

app = typer.Typer(
    name="cablegram",
    help="Structured, sourced event data from diplomatic and conflict news, with sentence-level provenance.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

SEARCH_COLUMNS = ("id", "published_at", "publisher", "title", "url", "snippet")

# Sub-modules that add commands: each exposes register(app) or a Typer `app` mounted under its name.
_COMMAND_MODULES = ("ingest", "trace", "export", "serve", "watch", "scale", "listings", "reindex")
_SUBAPP_MODULES = ("actors", "commitments", "kb")


@app.callback()
def _main(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(None, "--db", envvar="CABLEGRAM_DB",
                                     help="SQLite file or postgresql:// URL", show_default="./cablegram.db"),
) -> None:
    """Global options; settings reach commands through ctx.obj."""
    ctx.obj = {"settings": Settings.load(db=db)}


@app.command()
def process(
    ctx: typer.Context,
    reprocess: bool = typer.Option(False, "--reprocess", help="Analyse every document again, not only new ones."),
    batch_size: int = typer.Option(16, min=1, help="Documents per nlp.pipe batch."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="Processes analysing batches in parallel.", show_default="all cores"),
    engine: str = typer.Option("local", "--engine", help="local (the store's unprocessed documents), spark or dask."),
    input: Optional[str] = typer.Option(None, "--input", metavar="PATH",
                                        help="With --engine spark|dask: file or folder of JSONL, Parquet, text or HTML."),
    out: Optional[str] = typer.Option(None, "--out", metavar="DIR", help="With --engine spark|dask: Parquet output folder."),
    master: Optional[str] = typer.Option(None, "--master", metavar="URL",
                                         help="With --engine spark|dask: Spark master URL or Dask scheduler address."),
    load: bool = typer.Option(False, "--load", help="With --engine spark|dask: load the output into --db afterwards."),
    include_flagged: bool = typer.Option(False, "--include-flagged",
                                         help="Also code documents whose ingest quality flags hold them back "
                                              "(boilerplate, mixed_encoding, mojibake, short_text; see `cablegram status`)."),
    all_versions: bool = typer.Option(False, "--all-versions",
                                      help="Also count the records of superseded document versions in the report (a "
                                           "page or file changed at the same URL or path is a new version; every "
                                           "version is processed either way, but by default only the latest one's "
                                           "records are counted, as the listings show them)."),
) -> None:
    """Run the NLP pipeline (actors, events, claims, commitments) on unprocessed documents.

    Articles are traced against primary sources by `trace --all` (or here, with the setting trace_on_process).

    With --engine spark or dask, process --input files on that engine instead, writing Parquet to
    --out (the same as `cablegram run-distributed`)."""
    if engine not in ("local", "spark", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}; use local, spark or dask", param_hint="--engine")
    if engine != "local":
        if not input or not out:
            raise typer.BadParameter("--engine spark|dask needs --input PATH and --out DIR", param_hint="--engine")
        from .scale import Engine, run_distributed

        run_distributed(ctx, input, out, Engine(engine), master, None, load, None)
        return
    from ..nlp.pipeline import Pipeline
    from ..nlp.workers import available_cores
    from ..ingest.quality import quality_counts
    from ..processing import process_store
    from ..store.readmodel import confidence_floor
    from .process_counts import (confident_events, documents_to_process, events_phrase, stored_events,
                                 superseded_note, superseded_processed)

    settings: Settings = ctx.obj["settings"]
    with open_settings_store(settings) as store:
        todo = store.counts()["documents"] if reprocess else store.counts()["unprocessed"]
        if not todo:
            console.print("nothing to process (all documents are up to date)")
            return
        err_console.print(f"loading the NLP pipeline (spaCy model and classifiers) for {todo} "
                          f"document{'' if todo == 1 else 's'}…")
        pipeline = Pipeline.from_settings(settings)
        doc_ids = documents_to_process(store, reprocess, include_flagged)
        with progress_bar("processing", len(doc_ids)) as advance:
            summary = process_store(store, pipeline, reprocess=reprocess, batch_size=batch_size,
                                    progress=lambda done, total: advance(done), include_flagged=include_flagged,
                                    workers=workers or available_cores())
        held = 0 if include_flagged else quality_counts(store)["held_back"]
        old = superseded_processed(store, set(summary.found), all_versions)
        counted = summary.without(old)
        stored = stored_events(store, set(counted.found))
        confident = confident_events(store, set(counted.found), confidence_floor(settings))
    for doc_id, message in summary.failed:
        print_error(f"{doc_id}: {message}", "Run `cablegram process --reprocess` after fixing the cause; report it if it persists.",
                    code="pipeline_error")
    console.print(f"processed {summary.processed} documents{superseded_note(len(old))}: {counted.mentions} actor mentions, "
                  f"{events_phrase(counted.events, stored, confident)}, "
                  f"{counted.claims} claims, {counted.commitments} commitments; {len(summary.failed)} failed",
                  markup=False, highlight=False)
    if held:
        console.print(f"{held} documents held back by ingest quality flags (see `cablegram status`); "
                      "code them with `cablegram process --include-flagged`", markup=False)
    _trace_step(settings, doc_ids - {doc_id for doc_id, _ in summary.failed})
    cmd = program_name()
    console.print(f"next: `{cmd} clusters` groups documents into stories, `{cmd} events` and `{cmd} claims` "
                  f"list what was found, `{cmd} serve` opens the dashboard", markup=False, highlight=False)
    if summary.failed:
        raise typer.Exit(1)


def _trace_step(settings: Settings, processed: set[str]) -> None:
    """The provenance step of `process`: with ``trace_on_process`` every untraced article is traced against its
    best primary sources; without it, say how many processed articles are left untraced and how to trace them."""
    if settings.trace_on_process:
        from ..provenance.service import trace_all

        with open_settings_store(settings) as store:
            console.print(trace_all(store, settings).line())
        return
    from .process_counts import untraced_articles

    with open_settings_store(settings) as store:
        untraced, primaries = untraced_articles(store, processed, settings.primary_publishers)
    if untraced:
        console.print(f"{untraced} processed article{'' if untraced == 1 else 's'} not traced against the store's "
                      f"{primaries} primary source{'' if primaries == 1 else 's'}: `{program_name()} trace --all` "
                      "traces them (or set trace_on_process to trace on every `process`)", markup=False, highlight=False)


def pipeline_config(settings: Settings) -> dict:
    """Per-component config derived from settings (see :func:`cablegram.nlp.pipeline.settings_component_config`)."""
    from ..nlp.pipeline import settings_component_config

    return settings_component_config(settings)


@app.command()
def show(ctx: typer.Context, doc_id: str,
         as_json: bool = typer.Option(False, "--json", help="Print JSON: the events, claims and commitments as listed "
                                                            "(corrections applied), the raw analysis and the trace."),
         fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f",
                                          help="table | json (the same as --json), as the listings take it."),
         show_all: bool = typer.Option(False, "--all", help="Also unconfident events and claims without a claimant.")) -> None:
    """Show a document with what was extracted from it (confident events and attributed claims; --all: every one)."""
    from ..store.readmodel import confidence_floor
    from .render import document_json, render_document

    as_json = as_json or fmt is ReportFormat.json

    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        doc = store.get_document(doc_id)
        analysis = store.get_analysis(doc_id)
        floor = confidence_floor(ctx.obj["settings"])
        if as_json:  # the records as the table shows them (corrections applied), beside the raw analysis
            print(json.dumps(document_json(doc, analysis, store, show_all, floor), ensure_ascii=False, indent=2))
            return
        render_document(doc, analysis, store, show_all, floor)


@app.command()
def search(ctx: typer.Context, query: str,
           limit: int = typer.Option(20, min=1, max=1000, help="Most documents to show, best matches first."),
           all_versions: bool = typer.Option(False, "--all-versions",
                                             help="Also superseded versions: a document a later version of the same "
                                                  "URL or file path replaced (not searched by default)."),
           fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
           as_json: bool = typer.Option(False, "--json", help="Same as --format json.")) -> None:
    """Full-text search over stored documents: every word of QUERY is required, OR / NOT are words, not operators
    (best matches first; the latest version of each page or file unless --all-versions; -f csv|json|jsonl for a
    file)."""
    from rich.markup import escape

    from ..store.readmodel import with_display_titles
    from .listings import print_rows

    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        hits = with_display_titles(store, store.search_documents(query, limit=limit, all_versions=all_versions))
    fmt = Format.json if as_json else fmt
    if fmt is not Format.table:
        print_rows(hits, SEARCH_COLUMNS, fmt)
        return
    if not hits:
        console.print(f"no documents match {query!r}{_all_words_note(query)}", markup=False, highlight=False)
        return
    for h in hits:
        title = h["title"] or f"(no title) {h.get('display_title') or ''}"
        console.print(f"[bold]{h['id']}[/bold]  {h['published_at'] or '':10}  {escape(h['publisher'] or '')}  — {escape(title)}")
        console.print(f"    {' '.join(h['snippet'].split())}", markup=False, highlight=False)  # one line, as the CSV cell


def _all_words_note(query: str) -> str:
    """Why a query of several words found nothing: the search needs every word, and reads OR / AND / NOT as words."""
    words = re.findall(r"\w+", query)
    operator = next((w for w in words if w in ("OR", "AND", "NOT")), None)
    if operator and len(words) > 1:
        return (f" (every word is required and {operator!r} is read as a word, not an operator: search for each "
                "word on its own)")
    return " (every word is required: try fewer words)" if len(words) > 1 else ""


@app.command()
def status(ctx: typer.Context) -> None:
    """Counts of documents, actors, events, claims, commitments in the store, and documents per quality flag."""
    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        for name, n in store.counts().items():
            console.print(f"{name:>14}  {n}")
        from ..ingest.quality import render_quality_counts

        for line in render_quality_counts(store):
            console.print(line, markup=False, highlight=False)


@app.command()
def demo(
    ctx: typer.Context,
    out: Optional[Path] = typer.Option(None, "--out", help="Demo database to (re)create.",
                                       show_default="the global --db when given, else cablegram-demo.db"),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
) -> None:
    """Ingest and process the shipped demo corpus into a fresh store, and print what was found.

    Refuses to overwrite a store that holds documents other than the demo corpus."""
    from ..demo import run_demo
    from .render import render_demo

    given_db = ctx.parent.params.get("db") if ctx.parent else None
    if out is None and given_db and "://" in given_db:
        raise typer.BadParameter("the demo writes a SQLite file; pass a file path", param_hint="--db")
    target = out or Path(given_db or "cablegram-demo.db")
    err_console.print(f"building the demo store {target} (loading the NLP pipeline takes a few seconds)…",
                      soft_wrap=True)  # one line even when stderr is no terminal (rich would break it at 80)
    result = run_demo(target)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_demo(result)  # ends with the one "next:" line (serve, documents, show)


def _mount(target: typer.Typer) -> None:
    for name in _COMMAND_MODULES:
        module = _optional_module(name)
        if module is not None:
            module.register(target)
    for name in _SUBAPP_MODULES:
        module = _optional_module(name)
        if module is not None:
            target.add_typer(module.app, name=name)


def _optional_module(name: str):
    """Import cablegram.cli.<name>; None only when that module itself is absent (a trimmed install)."""
    full = f"{__name__}.{name}"
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)


_mount(app)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every failure becomes one `error[<code>]: …` line and a non-zero exit.

    CablegramError → its catalogued code, exit 1. A wrong command line (Click's usage errors) → the
    command's usage line, then `error[invalid_value]` for a refused option value or `error[usage_error]`
    for an unknown command/option or a missing argument, exit 2 (Click's convention)."""
    usage_error, click_error = _click_exceptions()
    previous_sigterm = _stop_on_sigterm()
    try:
        result = app(args=api_boolean_values(sys.argv[1:] if argv is None else argv), prog_name="cablegram",
                     standalone_mode=False)
        sys.stdout.flush()  # a reader that closed the pipe early shows here, not at interpreter exit
    except BrokenPipeError:
        _stdout_closed()
    except SystemExit as exc:  # Click turns a closed pipe into exit 1 without a word: that is a quiet end here
        if exc.code == 1 and isinstance(exc.__context__, BrokenPipeError):
            _stdout_closed()
        raise
    except CablegramError as exc:
        print_cablegram_error(exc)
        sys.exit(1)
    except usage_error as exc:
        _print_usage_error(exc)
        sys.exit(exc.exit_code)
    except click_error as exc:  # a Click error that is not about usage (e.g. a file option Click opens)
        print_error(exc.format_message(), code="invalid_value")
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        _interrupted()
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
    if result == _INTERRUPTED and not isinstance(result, bool):
        _interrupted()  # Typer ≥ 0.20 turns Ctrl-C into Exit(130), which comes back here as the return value
    if isinstance(result, int) and not isinstance(result, bool) and result:
        sys.exit(result)  # typer.Exit(code) comes back as the return value outside standalone mode


# The API's boolean filters (hedged=true, primary=false) as the CLI's flag pairs: `--hedged true` or `--hedged=false`
# is read as `--hedged` / `--not-hedged`. The spaced form only where the command takes no paths after the flag
# (`ingest --primary` does: `ingest --primary true` ingests a file named true).
_FLAG_PAIRS = {"--hedged": "--not-hedged", "--primary": "--not-primary"}
_FLAG_COMMANDS = {"--hedged": frozenset({"claims"}), "--primary": frozenset({"documents", "ingest"})}
_SPACED_VALUE = {"--hedged": frozenset({"claims"}), "--primary": frozenset({"documents"})}
_TRUE_WORDS = frozenset({"true", "yes", "1", "on"})
_FALSE_WORDS = frozenset({"false", "no", "0", "off"})


def _flag_for(flag: str, value: str) -> str | None:
    word = value.strip().lower()
    return flag if word in _TRUE_WORDS else _FLAG_PAIRS[flag] if word in _FALSE_WORDS else None


def _command_of(argv: list[str]) -> str | None:
    """The command word of ``argv`` (the first token that is neither an option nor the value of the global --db)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--db":
            i += 2
            continue
        if token == "--":
            return argv[i + 1] if i + 1 < len(argv) else None
        if not token.startswith("-"):
            return token
        i += 1
    return None


def _not_yes_or_no(flag: str, value: str, spaced: bool) -> Exception:
    """The usage error for ``--hedged=maybe`` / ``documents --primary perhaps``: the flag takes a yes/no word."""
    bad_parameter = importlib.import_module(typer.BadParameter.__module__).BadParameter
    written = f"{flag} {value}" if spaced else f"{flag}={value}"
    return bad_parameter(f"'{value}' is not yes or no ({written}). Write {flag} or {_FLAG_PAIRS[flag]}, or "
                         f"{flag}=true or {flag}=false (yes/no, 1/0 and on/off work too).", param_hint=f"'{flag}'")


def api_boolean_values(argv: list[str]) -> list[str]:
    """``argv`` with ``--hedged true`` / ``--hedged=false`` / ``--primary=true`` written as the flags Click reads
    (``--hedged`` / ``--not-hedged``); every other token left as it is.

    Raises Click's BadParameter (exit 2, ``invalid_value``) for a value that is not a yes/no word given to a
    command that has the flag (``claims --hedged=maybe``, ``documents --primary perhaps``): Click alone would say
    that the flag "does not take a value" or that the word is an unexpected argument."""
    command = _command_of(argv)
    out: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        name, eq, value = token.partition("=")
        if token == "--":
            out.extend(argv[i:])
            break
        if eq and name in _FLAG_PAIRS and command in _FLAG_COMMANDS[name]:
            if not _flag_for(name, value):
                raise _not_yes_or_no(name, value, spaced=False)
            out.append(_flag_for(name, value))
        elif command in _SPACED_VALUE.get(token, ()) and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            if not _flag_for(token, argv[i + 1]):
                raise _not_yes_or_no(token, argv[i + 1], spaced=True)
            out.append(_flag_for(token, argv[i + 1]))
            i += 1
        else:
            out.append(token)
        i += 1
    return out


# Exit status of a command stopped by Ctrl-C (SIGINT): 128 + 2, the shells' convention. No command exits
# with it on purpose, so a command's return value of 130 always means Typer caught a KeyboardInterrupt.
_INTERRUPTED = 130


def _stop_on_sigterm():
    """Make SIGTERM (`kill PID`, a service manager stopping the command) end a command as Ctrl-C does: the work
    done so far is kept, one line says so, exit 130, and `process --workers` ends its worker processes (killed by
    the default action, the command left them running without a parent, each holding a loaded pipeline).

    Installed only where SIGTERM still has its default action (an embedding program's handler is kept) and only
    in the main thread; returns the handler to restore, or None when nothing was installed. Worker processes
    forked later inherit the handler: in them it restores the default action and sends the signal again, so the
    parent's ``terminate()`` still ends them at once."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        return None
    owner = os.getpid()

    def on_sigterm(signum, frame) -> None:
        if os.getpid() != owner:  # a forked worker: die as SIGTERM's default action would
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, on_sigterm)


def _interrupted() -> None:
    """Ctrl-C: one line saying that the work done so far is kept (ingest commits each document, process each
    batch) and how to continue, never a traceback; exit 130 at once.

    The exit skips the interpreter's exit handlers: after an interrupt, multiprocessing's handler joins the
    feeder thread of a queue whose reader is gone (`process --workers` stopped mid-run) and waits for ever.
    Everything a command keeps is committed by then (each document, each batch; exports write to a temporary
    file that their own ``finally`` removes), so only the buffered output is flushed first."""
    err_console.print("interrupted: work done so far is saved; run the command again to continue")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said there
            continue
    os._exit(_INTERRUPTED)


def _stdout_closed() -> None:
    """The reader of stdout went away (``| head -1``): point stdout at devnull so the final flush cannot fail
    again (docs.python.org/3/library/signal.html, note on SIGPIPE) and end quietly with exit 0."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _click_exceptions() -> tuple[type[Exception], type[Exception]]:
    """(UsageError, ClickException) of the Click that Typer runs on: Typer ≥ 0.2x vendors its own copy
    (typer._click), older ones use the click package; typer.BadParameter lives in that module either way."""
    module = importlib.import_module(typer.BadParameter.__module__)
    return module.UsageError, module.ClickException


def _close_suggestions_only(exc) -> None:
    """Keep only near spellings among Click's "Did you mean" options for an unknown option: Click's cutoff
    (0.6, dashes counted) offers unrelated ones ("--colour" → --actor, --country, --source)."""
    import difflib

    no_such = importlib.import_module(typer.BadParameter.__module__).NoSuchOption
    if isinstance(exc, no_such) and exc.possibilities:
        exc.possibilities = difflib.get_close_matches(exc.option_name, list(exc.possibilities), cutoff=0.75)


def _print_usage_error(exc) -> None:
    ctx = exc.ctx
    if ctx is not None:
        err_console.print(ctx.get_usage(), highlight=False, markup=False)
        err_console.print(f"Try '{ctx.command_path} --help' for help.", highlight=False, markup=False)
    _close_suggestions_only(exc)
    missing = importlib.import_module(typer.BadParameter.__module__).MissingParameter  # a BadParameter too
    refused_value = isinstance(exc, typer.BadParameter) and not isinstance(exc, missing)
    code = "invalid_value" if refused_value else "usage_error"
    print_error(exc.format_message(), _global_option_hint(exc, ctx), code=code)


def _global_option_hint(exc, ctx) -> str | None:
    """What to do when a global option (--db) was given after the command, where Click does not look for it."""
    name = (getattr(exc, "option_name", None) or "").split("=", 1)[0]
    if name != "--db":
        return None
    command = ctx.command_path.split(" ", 1)[1] if ctx is not None and " " in ctx.command_path else "COMMAND"
    return (f"--db is a global option: give it before the command, e.g. `{program_name()} --db PATH {command} …`, "
            "or set CABLEGRAM_DB.")
