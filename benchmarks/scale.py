"""Scale-out throughput: in-process against Spark local[2] and Dask (2 workers) on the same real articles.

Takes the first articles of india_police_events and ngec_guardian (``<data>/<dataset>/*.jsonl``),
writes them to a temp folder, runs each engine end to end (start-up, model loading, NLP, Parquet
writing), checks that every engine wrote the same records as the in-process run, and prints docs/s
and the ratio to in-process. Writes benchmarks/results/scale.json.
Usage: python benchmarks/scale.py --data ../shared/data --limit 120 [--engines inprocess,spark,dask]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

DATASETS = ("india_police_events", "ngec_guardian")
RUN_AT = "2026-01-01T00:00:00+00:00"


def write_sample(data_dir: Path, folder: Path, limit: int) -> tuple[int, int]:
    """One JSONL file per data set with ``limit`` articles in all; returns (documents, words)."""
    per_set = max(1, limit // len(DATASETS))
    docs = words = 0
    for name in DATASETS:
        files = sorted((data_dir / name).glob("*.jsonl"))
        if not files:
            raise SystemExit(f"no {name}/*.jsonl under {data_dir}")
        out = []
        with files[0].open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if (rec.get("text") or "").strip():
                    out.append(json.dumps({"text": rec["text"], "date": rec.get("date"), "url": rec.get("url"),
                                           "source": rec.get("source"), "id": rec.get("id")}))
                    words += len(rec["text"].split())
                if len(out) >= per_set:
                    break
        (folder / f"{name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        docs += len(out)
    return docs, words


def source_digest() -> str:
    """Hash of cablegram's Python sources: if it changes during a run, engines ran different code."""
    import hashlib

    import cablegram

    h = hashlib.sha256()
    for f in sorted(Path(cablegram.__file__).parent.rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=120, help="articles in all (half from each data set)")
    parser.add_argument("--engines", default="inprocess,spark,dask")
    parser.add_argument("--workers", type=int, default=2, help="Spark local[N] cores / Dask worker processes")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "scale.json")
    args = parser.parse_args()

    from cablegram.config import Settings
    from cablegram.scale.output import read_output
    from cablegram.scale.partition import PipelineSpec

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    spec = PipelineSpec.from_settings(Settings.load())  # the pipeline `cablegram process` builds
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        n_docs, n_words = write_sample(args.data, src, args.limit)
        print(f"{n_docs} articles, {n_words:,} words, {os.cpu_count()} CPUs")
        reference = None
        for engine in engines:
            out = Path(tmp) / f"out_{engine}"
            t0 = time.perf_counter()
            if engine == "inprocess":
                from cablegram.scale.local import run_inprocess

                summary = run_inprocess(src, out, spec=spec, run_at=RUN_AT)
            elif engine == "spark":
                from cablegram.scale.spark import run_spark, spark_available

                if spark_available():
                    print(f"spark: skipped ({spark_available()})")
                    continue
                summary = run_spark(src, out, master=f"local[{args.workers}]", spec=spec, run_at=RUN_AT)
            elif engine == "dask":
                from cablegram.scale.dask import dask_available, run_dask

                if dask_available():
                    print(f"dask: skipped ({dask_available()})")
                    continue
                summary = run_dask(src, out, workers=args.workers, spec=spec, run_at=RUN_AT)
            else:
                raise SystemExit(f"unknown engine {engine!r}")
            wall = time.perf_counter() - t0
            output = read_output(out)
            if reference is None:
                reference = output
            same = output == reference
            differing = [t for t in output if output[t] != reference[t]]
            results[engine] = {"wall_s": round(wall, 2), "docs_per_s": round(n_docs / wall, 2),
                               "words_per_s": round(n_words / wall), "partitions": summary.get("partitions", 1),
                               "counts": summary["counts"], "same_records_as_first_engine": same,
                               "differing_tables": differing, "source_digest": source_digest()}
            print(f"{engine:10s} {wall:7.1f} s  {n_docs / wall:6.2f} docs/s  {n_words / wall:8.0f} words/s  "
                  f"same records: {same}" + (f" (differ: {', '.join(differing)})" if differing else ""))
    if len({r["source_digest"] for r in results.values()}) > 1:
        print("warning: cablegram's sources changed during the run; the engines ran different code")
    base = results.get("inprocess")
    if base:
        for engine, r in results.items():
            r["speedup_vs_inprocess"] = round(base["wall_s"] / r["wall_s"], 3)
            print(f"{engine:10s} speed-up vs in-process: {r['speedup_vs_inprocess']:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"documents": n_docs, "words": n_words, "cpus": os.cpu_count(),
                                    "workers": args.workers, "engines": results}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":  # required: Dask's LocalCluster starts worker processes
    main()
