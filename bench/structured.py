"""Structured-profile benchmarks (run by hand; numbers go to bench/RESULTS.md).

    .venv/bin/python bench/structured.py catalogue DATA [--repeat 3] [--memory-limit 4GB]
        full structured profile (every check type, no notes, no cache) vs one DuckDB query per
        table reading every column once; medians, ratio, peak RSS of each (fresh process per run)
    .venv/bin/python bench/structured.py checks DATA [--no-materialize] [--no-footer]
        seconds per check type for one run (where the time goes); the flags restore the code path
        before the CSV conversion / the footer shortcut (the footer flag uses the scan path that
        split runs use)

Each measured run is a fresh subprocess so that peak RSS (VmHWM from /proc) is its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def once_profile(data: Path, memory_limit: str, materialize: bool, cache: bool) -> dict:
    from lqs_clinical.runner import RunOptions, profile_dataset

    t = time.monotonic()
    with tempfile.TemporaryDirectory() as out:
        profile_dataset(data, Path(out), RunOptions(notes=False, hash_files=False, cache=cache,
                                                    memory_limit=memory_limit, materialize_csv=materialize))
    return {"wall_s": time.monotonic() - t, "peak_rss_mib": _peak_rss_mib()}


def once_scan(data: Path, memory_limit: str) -> dict:
    """One read of every column of every table: count(col) for each column, one query a table."""
    import duckdb

    from lqs_clinical.discover import read_expression, scan_folder

    t = time.monotonic()
    con = duckdb.connect(config={"memory_limit": memory_limit})
    rows = 0
    for source in scan_folder(data).tables.values():
        expr = read_expression(source)
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {expr}").fetchall()]
        counts = ", ".join(f'count("{c}")' for c in cols)
        rows += con.execute(f"SELECT count(*), {counts} FROM {expr}").fetchone()[0]
    return {"wall_s": time.monotonic() - t, "peak_rss_mib": _peak_rss_mib(), "rows": rows}


def check_times(data: Path, materialize: bool, footer: bool) -> dict:
    import lqs_clinical.checks.base as base
    from lqs_clinical.checks import load_all
    from lqs_clinical.runner import RunOptions, profile_dataset

    load_all()
    times: dict[str, float] = {}
    for name, ct in list(base.REGISTRY.items()):
        def timed(ctx, fn=ct.fn, name=name):
            t0 = time.monotonic()
            try:
                return fn(ctx)
            finally:
                times[name] = times.get(name, 0.0) + time.monotonic() - t0
        base.REGISTRY[name] = base.CheckType(ct.name, ct.dimension, ct.kahn, timed, ct.order)
    t = time.monotonic()
    with tempfile.TemporaryDirectory() as out:
        profile_dataset(data, Path(out), RunOptions(notes=False, hash_files=False, cache=False,
                                                    materialize_csv=materialize,
                                                    extra={} if footer else {"site_filter": True}))
    return {"wall_s": time.monotonic() - t, "checks": dict(sorted(times.items(), key=lambda x: -x[1]))}


def _sub(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["catalogue", "checks", "_profile", "_scan"])
    ap.add_argument("data", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory-limit", default="4GB")
    ap.add_argument("--no-materialize", action="store_true")
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--no-footer", action="store_true", help="checks: missingness by scan (as before the footer path)")
    a = ap.parse_args()
    if a.mode == "_profile":
        print(json.dumps(once_profile(a.data, a.memory_limit, not a.no_materialize, a.cache)))
    elif a.mode == "_scan":
        print(json.dumps(once_scan(a.data, a.memory_limit)))
    elif a.mode == "checks":
        print(json.dumps(check_times(a.data, not a.no_materialize, not a.no_footer), indent=1))
    else:
        extra = ["--memory-limit", a.memory_limit] + (["--no-materialize"] if a.no_materialize else [])
        prof = [_sub("_profile", str(a.data), *extra) for _ in range(a.repeat)]
        scan = [_sub("_scan", str(a.data), "--memory-limit", a.memory_limit) for _ in range(a.repeat)]
        p = statistics.median(r["wall_s"] for r in prof)
        s = statistics.median(r["wall_s"] for r in scan)
        print(json.dumps({"data": str(a.data), "rows": scan[0]["rows"],
                          "profile_s": [round(r["wall_s"], 2) for r in prof],
                          "scan_s": [round(r["wall_s"], 2) for r in scan], "profile_median_s": round(p, 2),
                          "scan_median_s": round(s, 2), "ratio": round(p / s, 2),
                          "profile_peak_rss_mib": round(max(r["peak_rss_mib"] for r in prof)),
                          "scan_peak_rss_mib": round(max(r["peak_rss_mib"] for r in scan))}, indent=1))


if __name__ == "__main__":
    main()
