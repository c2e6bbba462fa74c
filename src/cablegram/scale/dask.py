"""Run the cablegram pipeline on Dask: the same partition function as Spark, over a ``dask.bag``.

Flow: one task per input file turns its bytes into Documents → the bag is repartitioned →
``map_partitions`` builds the pipeline once per partition, analyses, and writes that partition's
Parquet files itself (atomically, named by a hash of the partition's rows, so a retried task
replaces its own files). Returns the row counts gathered from the partitions.

By default a ``distributed.LocalCluster`` on 127.0.0.1 with 2 single-threaded worker processes and no
dashboard; pass ``scheduler`` (``tcp://host:8786``) to use a running cluster instead. Scripts that start
a LocalCluster must guard their entry point with ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .inputs import documents_from_bytes, input_files
from .output import OUTPUT_TABLES, write_part
from .partition import PipelineSpec, analyse_partition, run_timestamp

DEFAULT_WORKERS = 2


def dask_available() -> str | None:
    """None when dask.distributed is importable, else the reason it is not."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return 'dask is not installed (pip install "cablegram[dask]")'
    return None


def _read_path(path: str, run_at: str, jsonl_fields: dict[str, str] | None) -> list[Any]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return [{"source": path, "code": "file_unreadable", "message": f"cannot read file: {exc.strerror}",
                 "hint": "Check the file's permissions."}]
    return list(documents_from_bytes(path, data, run_at, jsonl_fields=jsonl_fields))


def _process(items: list[Any], spec: PipelineSpec, run_at: str, out_dir: str) -> list[dict[str, int]]:
    return [write_part(out_dir, analyse_partition(items, spec, run_at))]


def _local_cluster(workers: int):
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, silence_logs=40)


def run_dask(source: str | os.PathLike, out_dir: str | os.PathLike, *, scheduler: str | None = None,
             workers: int = DEFAULT_WORKERS, partitions: int | None = None, spec: PipelineSpec | None = None,
             run_at: str | None = None, jsonl_fields: dict[str, str] | None = None, client=None) -> dict[str, Any]:
    """Analyse every document under ``source`` with Dask and write Parquet to ``out_dir`` (its tables replaced).

    ``client`` reuses a connected ``distributed.Client``; otherwise one is made for ``scheduler``
    or for a fresh LocalCluster of ``workers`` processes (closed afterwards).
    """
    reason = dask_available()
    if reason:
        raise ConfigError(f"cannot start Dask: {reason}", code="engine_unavailable")
    import dask.bag as db
    from distributed import Client

    spec = spec or PipelineSpec()
    run_at = run_at or run_timestamp()
    files = input_files(source)
    out = Path(out_dir)
    for table in OUTPUT_TABLES:  # replace earlier output, like Spark's overwrite mode
        shutil.rmtree(out / table, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)

    cluster = None
    own_client = client is None
    started = time.perf_counter()
    try:
        if client is None:
            if scheduler:
                client = Client(scheduler, timeout="30s")
            else:
                cluster = _local_cluster(workers)
                client = Client(cluster)
        n = partitions or max(1, len(client.scheduler_info().get("workers", {})))
        items = (db.from_sequence(files, npartitions=len(files))
                 .map(_read_path, run_at, jsonl_fields)
                 .flatten()
                 .repartition(npartitions=n))
        parts = items.map_partitions(_process, spec, run_at, str(out)).compute()
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler: {exc}", source=scheduler, code="engine_unavailable",
                          hint="Check the scheduler address (tcp://host:8786), or leave it out for a local cluster.") from exc
    finally:
        if own_client and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    counts: Counter[str] = Counter()
    for part in parts:
        counts.update(part)
    return {"engine": "dask", "scheduler": scheduler or f"LocalCluster({workers})", "partitions": n,
            "counts": {t: int(counts.get(t, 0)) for t in OUTPUT_TABLES},
            "seconds": time.perf_counter() - started, "run_at": run_at}
