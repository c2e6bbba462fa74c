"""Helpers shared by CLI commands: consoles, error printing, progress bars, opening the store."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum

from rich.console import Console
from rich.text import Text
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..config import Settings
from ..errors import CablegramError

class ReportFormat(str, Enum):
    """``-f/--format`` of commands that print one report (trace, clusters, dedup, kb): a table or JSON."""

    table = "table"
    json = "json"


class PipeConsole(Console):
    """A rich Console that lets a closed pipe (``cablegram events -f csv | head -1``) reach the entry point,
    which ends quietly with exit 0 (cli.main); rich's own handling would exit 1 without a word."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "the reader closed the output")


console = PipeConsole(highlight=False, soft_wrap=True)
err_console = PipeConsole(stderr=True, highlight=False)


_WHOLE_COLUMNS = frozenset({"id", "ids", "date", "doc", "record_id", "created_at"})


def _cell_width(cell) -> int:
    """Terminal cells a table cell takes on one line (markup in a str cell not counted)."""
    return (console.render_str(cell) if isinstance(cell, str) else cell if isinstance(cell, Text) else Text(str(cell))).cell_len


def keep_whole(table) -> None:
    """Id and date columns of ``table`` (headers in _WHOLE_COLUMNS or ending in " id") are never cut or
    folded: no_wrap and a minimum width of their widest cell, so a narrow terminal squeezes and wraps
    the other columns (the sentence) instead and an id can be copied whole."""
    for column in table.columns:
        header = str(column.header).strip().lower()
        if header in _WHOLE_COLUMNS or header.endswith(" id"):
            widest = max((_cell_width(c) for c in column._cells), default=0)
            column.no_wrap, column.overflow = True, "ignore"
            column.min_width = max(widest, len(header))


def print_table(table) -> None:
    """Print a rich table on stdout: fitted to a terminal's width with id and date columns whole
    (keep_whole), and never cut at all when stdout is a pipe or a file (a script reading it gets whole
    dates and ids, however wide the table)."""
    if console.is_terminal:
        keep_whole(table)
        console.print(table)
        return
    from rich.measure import Measurement

    width = max(console.width, Measurement.get(console, console.options.update_width(100_000), table).maximum)
    PipeConsole(file=console.file, width=width, highlight=False, soft_wrap=True, no_color=console.no_color).print(table)


def print_error(message: str, hint: str | None = None, *, code: str) -> None:
    """One line on stderr: `error[<code>]: <message>` (+ ` — <hint>`); ``code`` is a key of errors.CATALOGUE."""
    text = Text(f"error[{code}]: ", style="red")
    text.append(message + (f" — {hint}" if hint else ""))  # plain text: messages may contain [brackets]
    err_console.print(text, highlight=False, soft_wrap=True)


def print_cablegram_error(exc: CablegramError) -> None:
    """Print a cablegram error as one line with its catalogue code and hint (see docs/errors.md)."""
    print_error(str(exc), exc.hint, code=exc.code)


@contextmanager
def open_settings_store(settings: Settings, must_exist: bool = False):
    """Open the store named by settings.db and close it afterwards.

    ``must_exist`` (read commands): a SQLite file that does not exist is a NotFoundError naming the
    path, instead of a new empty store."""
    from ..store import open_store

    if must_exist:
        check_store_exists(settings.db)
    store = open_store(settings.db)
    try:
        yield store
    finally:
        store.close()


def check_store_exists(db: str) -> None:
    """NotFoundError when ``db`` is a SQLite path (not a URL, not :memory:) with no file there."""
    from pathlib import Path

    from ..errors import NotFoundError

    if "://" in db or db == ":memory:" or Path(db).expanduser().is_file():
        return
    raise NotFoundError(f"no cablegram store at {db}", source="--db", code="store_not_found",
                        hint="Check the --db path (or CABLEGRAM_DB), or create the store with `cablegram ingest FILE` "
                             "or `cablegram demo`.")


@contextmanager
def progress_bar(label: str, total: int | None, *, every: int = 200,
                 every_seconds: float = 30.0) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields ``advance_to(done)``. When stderr is not a terminal (a log
    file, a pipe) the bar is hidden and a plain line ``label: done/total (elapsed s)`` is printed instead
    after each ``every`` items or ``every_seconds`` seconds, and once at the end."""
    if not err_console.is_terminal:
        with _plain_progress(label, total, every, every_seconds) as advance:
            yield advance
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda done: progress.update(task, completed=done)


@contextmanager
def _plain_progress(label: str, total: int | None, every: int, every_seconds: float) -> Iterator[Callable[[int], None]]:
    import sys
    import time

    start = time.monotonic()
    last = {"done": 0, "at": start, "printed": -1}

    def line(done: int) -> None:
        of = f"/{total}" if total is not None else ""
        print(f"{label}: {done}{of} ({time.monotonic() - start:.0f} s)", file=sys.stderr, flush=True)
        last.update(done=done, at=time.monotonic(), printed=done)

    def advance(done: int) -> None:
        if done - last["done"] >= every or time.monotonic() - last["at"] >= every_seconds:
            line(done)
        last["current"] = done

    yield advance
    if last.get("current", 0) != last["printed"] and "current" in last:
        line(last["current"])


def program_name() -> str:
    """How to type this command again: ``cablegram`` when that name on PATH is this very script, else the
    path it was started by (e.g. ``.venv/bin/cablegram`` when the virtual environment is not activated)."""
    import os
    import shutil
    import sys

    started = sys.argv[0] if sys.argv and os.path.basename(sys.argv[0]) == "cablegram" else ""
    on_path = shutil.which("cablegram")
    if not started or (on_path and os.path.exists(started) and os.path.samefile(on_path, started)):
        return "cablegram"
    relative = os.path.relpath(started)
    return relative if not relative.startswith("..") else started


def kb_actor_id(value: str | None, kb=None) -> str | None:
    """The actor id an actor option's value names: a knowledge-base id in any case ('deu'), or a name the
    knowledge base resolves to exactly one actor ('Germany': DEU); else the value as given (a new actor's id such
    as org:…, or a name nobody resolved). Stored rows hold actor ids, so a name or a lower-case id matched nothing.
    ``kb``: a loaded knowledge base to reuse (loading one takes a second or two)."""
    if not value or not value.strip():
        return value
    from ..kb.base import KnowledgeBase

    kb, text = (kb if kb is not None else KnowledgeBase.load()), value.strip()
    for candidate in (text, text.upper()):
        if candidate in kb:
            return candidate
    ids = {actor.id for actor in kb.lookup(text)}
    return ids.pop() if len(ids) == 1 else text
