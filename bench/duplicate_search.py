"""Exact duplicate search of one Parquet table as the profile runs it (checks.keys.uniqueness):
row hashes streamed out of DuckDB and sorted in bounded memory (lqs_clinical/repeats.py), then
exact grouping of the rows whose hash repeats. Prints wall time, the figures and peak RSS.

    .venv/bin/python bench/duplicate_search.py /tmp/lqsb/p10c/icu/chartevents.parquet [--memory-limit 800MB]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time

import duckdb

from lqs_clinical.checks.base import CheckContext
from lqs_clinical.checks.keys import uniqueness


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parquet")
    ap.add_argument("--memory-limit", default="800MB")
    ap.add_argument("--key", default="", help="comma-separated primary key (default: none, whole rows)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as spill:
        con = duckdb.connect(config={"memory_limit": a.memory_limit, "temp_directory": spill})
        con.execute("SET preserve_insertion_order = false")
        path = a.parquet.replace("'", "''")
        con.execute(f"CREATE VIEW t AS SELECT * FROM read_parquet('{path}')")
        columns = [r[0] for r in con.execute("DESCRIBE t").fetchall()]
        ctx = CheckContext(con=con, profile=None, dataset=None)  # type: ignore[arg-type]
        t = time.monotonic()
        figures = uniqueness(ctx, "t", columns, a.key.split(",") if a.key else None, "t")
        print(f"{time.monotonic() - t:.1f} s {figures} peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")


if __name__ == "__main__":
    main()
