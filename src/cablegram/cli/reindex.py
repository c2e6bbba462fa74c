"""`cablegram reindex`: recompute the store's summary tables (store/summaries.py) from its records."""

from __future__ import annotations

import json

import typer

from .common import console, open_settings_store


def register(app: typer.Typer) -> None:
    @app.command()
    def reindex(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Recompute the summary tables behind the actor pages and store counts.

        Every `process` keeps them right; run this after loading rows by other means (SQL, a bulk
        copy). Prints the rows of each summary table."""
        with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
            counts = store.rebuild_summaries()
        if as_json:
            print(json.dumps(counts))
            return
        for name, n in counts.items():
            console.print(f"{name:>14}  {n}")
