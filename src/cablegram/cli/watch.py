"""`cablegram watch`: poll sources, process, evaluate alert rules, deliver alerts."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(ctx: typer.Context,
              config: Path = typer.Option(..., "--config", help="Watch TOML: sources, interval, rules, webhooks (the format: docs/service.md, Watch)."),
              once: bool = typer.Option(False, "--once", help="Run one cycle and exit."),
              interval: float = typer.Option(None, "--interval", min=1, help="Seconds between cycles (overrides the file).")
              ) -> None:
        """Watch feeds, URLs and folders; alert on matching events, claims, keywords and traces. Resumable.

        The feeds, URLs and folders to watch are listed in the --config file, not on the command line."""
        from ..monitor import Watcher, load_watch_config
        from ..store import open_store

        settings = ctx.obj["settings"]
        cfg = load_watch_config(config)

        def summary(report) -> None:
            typer.echo(f"watch: {report.ingested} new, {report.duplicates} unchanged, {report.processed} processed, "
                       f"{report.evaluated} evaluated, {len(report.alerts)} alerts, {len(report.failures)} failures"
                       + (f" ({report.unchanged_failures} more: files that still fail as reported before)"
                          if report.unchanged_failures else "")
                       + (f"; {report.waiting} file{'s' if report.waiting != 1 else ''} modified in the last "
                          f"{cfg.settle:g} s wait for the next cycle" if report.waiting else "")
                       + (f"; {report.queued} alert{'s' if report.queued != 1 else ''} not taken by a webhook, "
                          "queued: retried after 1, 2, 4 … minutes" if report.queued else ""), err=True)

        with open_store(settings.db) as store:
            watcher = Watcher(store, cfg, settings)
            try:
                watcher.run(interval or cfg.interval, max_cycles=1 if once else None, on_cycle=summary)
            except KeyboardInterrupt:
                typer.echo("watch: stopped; the next run continues where this one left off", err=True)
            finally:
                watcher.close()
