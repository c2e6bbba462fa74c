"""Run the cablegram pipeline on Apache Spark (pyspark): one pipeline per partition via ``mapPartitions``.

Flow: input files are read whole by ``binaryFiles`` (local paths or any Hadoop file system URI) →
each file's bytes become Documents (:func:`~cablegram.scale.inputs.documents_from_bytes`) →
``repartition`` spreads documents over ``partitions`` → ``mapPartitions`` builds the pipeline once
per partition and emits rows → the rows are cached and written as one Parquet dataset per table.

Defaults keep Spark on this machine and quiet: master ``local[2]``, UI off, driver bound to
127.0.0.1 (``SPARK_LOCAL_IP`` too), driver logs at error level (``scale/data/log4j2-quiet.properties``).
Any master URL (``spark://…``, ``yarn``, ``k8s://…``) is accepted; the workers then need cablegram
installed (or shipped with ``--py-files``).
"""

from __future__ import annotations

import os
import time
from typing import Any

from ..errors import ConfigError, InputError, PipelineError
from .inputs import documents_from_bytes, input_files
from .output import OUTPUT_TABLES, columns, spark_schema
from .partition import PipelineSpec, analyse_partition, run_timestamp, worker_python

DEFAULT_MASTER = "local[2]"

# Settings applied to every session we create; why: stay on loopback, no UI port, quiet logs.
SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.session.timeZone": "UTC",
    # Keep Python workers alive between tasks of a stage.
    "spark.python.worker.reuse": "true",
}


def spark_available() -> str | None:
    """None when pyspark and Java are usable, else the reason they are not."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return 'pyspark is not installed (pip install "cablegram[spark]")'
    import shutil

    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        return "Java is not installed (apt-get install -y openjdk-17-jre-headless, or set JAVA_HOME)"
    return None


def _quiet_driver_logs() -> dict[str, str]:
    """The driver JVM's option naming our Log4j 2 file (errors only): without it Spark prints its
    log4j banner, "Setting default log level" and native-library warnings on every start. A
    ``conf`` given to :func:`make_session` with its own ``spark.driver.extraJavaOptions`` wins."""
    from importlib.resources import files

    path = files("cablegram.scale").joinpath("data", "log4j2-quiet.properties")
    return {"spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{path}"}


def make_session(master: str = DEFAULT_MASTER, app_name: str = "cablegram", conf: dict[str, str] | None = None):
    """A SparkSession on ``master`` with :data:`SPARK_CONF` (plus ``conf``)."""
    reason = spark_available()
    if reason:
        raise ConfigError(f"cannot start Spark: {reason}", code="engine_unavailable")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", worker_python())
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", worker_python())
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in {**SPARK_CONF, **_quiet_driver_logs(), **(conf or {})}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _read_file(pair: tuple[str, bytes], run_at: str, jsonl_fields: dict[str, str] | None) -> list[Any]:
    path, data = pair
    return list(documents_from_bytes(path, bytes(data), run_at, jsonl_fields=jsonl_fields))


def run_spark(source: str | os.PathLike, out_dir: str | os.PathLike, *, master: str = DEFAULT_MASTER,
              partitions: int | None = None, spec: PipelineSpec | None = None, run_at: str | None = None,
              jsonl_fields: dict[str, str] | None = None, spark=None) -> dict[str, Any]:
    """Analyse every document under ``source`` on Spark and write Parquet to ``out_dir`` (overwritten).

    ``partitions`` defaults to the default parallelism (cores); each partition loads the model once,
    so fewer, larger partitions waste less time on loading. ``spark`` reuses an existing session.
    Returns rows written per table and the wall time.
    """
    spec = spec or PipelineSpec()
    run_at = run_at or run_timestamp()
    files = input_files(source) if "://" not in str(source) else [str(source)]
    own_session = spark is None
    spark = spark or make_session(master)
    started = time.perf_counter()
    try:
        sc = spark.sparkContext
        n = partitions or max(1, sc.defaultParallelism)
        from pyspark import StorageLevel

        items = (sc.binaryFiles(",".join(files), minPartitions=min(len(files), n))
                 .flatMap(lambda pair: _read_file(pair, run_at, jsonl_fields))
                 .repartition(n))
        rows = items.mapPartitions(lambda part: analyse_partition(part, spec, run_at))
        rows.persist(StorageLevel.MEMORY_AND_DISK)  # the NLP runs once; every table is written from the cache
        try:
            found = rows.map(lambda r: r[0]).countByValue()  # runs the NLP and fills the cache
            counts = {table: int(found.get(table, 0)) for table in OUTPUT_TABLES}
            for table in OUTPUT_TABLES:
                table_rows = rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1])
                df = spark.createDataFrame(table_rows, schema=spark_schema(table))
                df.write.mode("overwrite").parquet(os.path.join(str(out_dir), table))
        finally:
            rows.unpersist()
    except InputError:
        raise
    except Exception as exc:  # py4j/Spark errors carry Java stack traces; report the first line with a hint
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if isinstance(exc, (Py4JError, PySparkException)):
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise PipelineError(f"Spark job failed: {first}", source=str(source), code="worker_error",
                              hint="Check the master URL and the executors' logs; run with --engine dask or in-process to compare.") from exc
        raise
    finally:
        if own_session:
            spark.stop()
    return {"engine": "spark", "master": master, "partitions": n, "counts": counts,
            "seconds": time.perf_counter() - started, "run_at": run_at, "columns": {t: len(columns(t)) for t in OUTPUT_TABLES}}
