"""`cablegram run-distributed`: the pipeline on Spark or Dask, Parquet out, optionally loaded into the store.

The logic lives in :mod:`cablegram.scale`; this module only parses options and prints the summary.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from ..config import Settings
from .common import console, open_settings_store, print_error

_HELP = """Analyse every document in INPUT (a JSONL/Parquet/text file or a folder of them) on Spark or Dask.

Writes one Parquet dataset per table to --out (documents, analyses, mentions, events, claims,
commitments, actors, errors). With --load the output is then stored in --db (rerunning is safe).
Spark defaults to local[2]; pass --master spark://host:7077 (or yarn, k8s://…) for a cluster.
Dask defaults to a local cluster; pass --master tcp://host:8786 for a running scheduler."""


class Engine(str, Enum):
    spark = "spark"
    dask = "dask"


def register(app: typer.Typer) -> None:
    """Add the `run-distributed` command to ``app``."""
    app.command("run-distributed", help=_HELP)(run_distributed)


def run_distributed(
    ctx: typer.Context,
    input: str = typer.Argument(..., metavar="INPUT", help="File or folder of JSONL, Parquet, text, HTML or feeds."),
    out: str = typer.Option(..., "--out", metavar="DIR", help="Output folder (its tables are replaced)."),
    engine: Engine = typer.Option(Engine.spark, "--engine", help="Execution engine."),
    master: Optional[str] = typer.Option(None, "--master", metavar="URL",
                                         help="Spark master URL or Dask scheduler address (default: a local one)."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1,
                                             help="Partitions; each loads the model once (default: one per core or worker)."),
    load: bool = typer.Option(False, "--load", help="Store the output in --db afterwards."),
    jsonl_field: Optional[list[str]] = typer.Option(None, "--jsonl-field", metavar="FIELD=KEY",
                                                    help="Map an input key to a document field (as in `ingest`)."),
    include_flagged: bool = typer.Option(False, "--include-flagged",
                                         help="Also code documents held back by their quality flags (as `process`)."),
) -> None:
    from ..ingest import parse_field_options
    from ..scale import PipelineSpec, load_parquet_into_store

    obj = ctx.obj or {}
    settings: Settings = obj.get("settings") or Settings.load()
    fields = parse_field_options(jsonl_field) or None
    spec = PipelineSpec.from_settings(settings, include_flagged=include_flagged)
    if engine is Engine.spark:
        from ..scale.spark import DEFAULT_MASTER, run_spark

        summary = run_spark(input, out, master=master or DEFAULT_MASTER, partitions=partitions, spec=spec,
                            jsonl_fields=fields)
    else:
        from ..scale.dask import run_dask

        summary = run_dask(input, out, scheduler=master, partitions=partitions, spec=spec, jsonl_fields=fields)
    c = summary["counts"]
    console.print(f"{summary['engine']}: {c['documents']} documents in {summary['seconds']:.1f} s "
                  f"({summary['partitions']} partitions) → {c['events']} events, {c['claims']} claims, "
                  f"{c['commitments']} commitments, {c['mentions']} mentions; {c['errors']} bad inputs; written to {out}")
    if load:
        with open_settings_store(settings) as store:
            loaded = load_parquet_into_store(store, out)
        console.print(f"loaded into {settings.db}: {loaded['inserted']} new, {loaded['duplicate']} already stored, "
                      f"{loaded.get('new_version', 0)} new versions, {loaded['analyses']} analyses")
    if c["errors"]:
        from ..scale.output import read_table

        for err in read_table(out, "errors"):
            print_error(f"{err['source']}: {err['message']}", err["hint"], code=err["code"] or "input_error")
        raise typer.Exit(1)
