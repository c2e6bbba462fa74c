"""Scale-out: the same pipeline per partition on Spark (:mod:`.spark`) or Dask (:mod:`.dask`), Parquet out.

``run_spark`` / ``run_dask`` / ``run_inprocess`` write the same Parquet layout (:mod:`.output`);
``load_parquet_into_store`` stores it in any store. The engine modules are imported on use, so
importing this package needs neither pyspark nor dask.
"""

from .local import run_inprocess
from .output import OUTPUT_TABLES, load_parquet_into_store, read_output
from .partition import PipelineSpec

__all__ = ["OUTPUT_TABLES", "PipelineSpec", "load_parquet_into_store", "read_output", "run_inprocess"]
