"""Exact duplicate rows: GROUP BY ALL vs hash-then-verify (now in sql/duplicate_rows.sql), one Parquet table.

    .venv/bin/python bench/exact_duplicates.py /tmp/lqsb/p10/icu/chartevents.parquet 4GB
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time

import duckdb


def main() -> None:
    path, limit = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as spill:
        con = duckdb.connect(config={"memory_limit": limit, "temp_directory": spill})
        con.execute("SET preserve_insertion_order = false")
        f = "'" + path.replace("'", "''") + "'"
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {f}").fetchall()]
        allc = ", ".join(f'"{c}"' for c in cols)
        stats = "count(*) FILTER (WHERE n > 1), coalesce(sum(n - 1) FILTER (WHERE n > 1), 0)"

        def timed(label: str, sql: str) -> None:
            t = time.monotonic()
            row = con.execute(sql).fetchone()
            print(f"{limit} {label:28s} {time.monotonic() - t:6.2f} s  groups/excess {row}", flush=True)

        timed("read every column", "SELECT " + ", ".join(f'count("{c}")' for c in cols) + f" FROM {f}")
        timed("hash, then verify", f"WITH c AS (SELECT hash({allc}) AS h FROM {f} GROUP BY h HAVING count(*) > 1) "
                                   f"SELECT {stats} FROM (SELECT {allc}, count(*) AS n FROM {f} "
                                   f"WHERE hash({allc}) IN (SELECT h FROM c) GROUP BY ALL)")
        timed("GROUP BY ALL", f"SELECT {stats} FROM (SELECT {allc}, count(*) AS n FROM {f} GROUP BY ALL)")
        print("peak RSS MiB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)


if __name__ == "__main__":
    main()
