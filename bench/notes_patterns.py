"""Notes pattern tier throughput (issue 8, item 6): MB of note text per second through
``lqs_clinical.notes.patterns.scan_table`` (every pattern rule, one streaming DuckDB query per
note table) over a synthetic MIMIC-IV-Note copy. Medians of --repeat; "all" is the whole corpus
(sum of MB over sum of median seconds). cpu_s is the process CPU time of a run (all threads) and
busiest_thread_s the CPU time of its busiest thread (Linux /proc): on a shared machine the wall time
depends on what else runs; the busiest thread's CPU time is what the run needs with its cores free
(mb_per_s_free = MB / busiest_thread_s).

    .venv/bin/lqs-clinical synth /tmp/pt_notes --scale 0.01 --format parquet              # ~30% notes planted
    .venv/bin/lqs-clinical synth /tmp/pt_notes_clean --scale 0.01 --format parquet --clean  # nothing planted
    .venv/bin/python bench/notes_patterns.py /tmp/pt_notes [--repeat 3] [--threads N]

Each query has a fixed cost of a few tens of milliseconds (planning, compiling ~70 RE2 programs),
which weighs on a 4 MB table: a larger --scale shows the per-byte rate.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from lqs_clinical.discover import register_views, resolve_profile, scan_folder
from lqs_clinical.notes.patterns import scan_table
from lqs_clinical.notes.rules import load_pattern_rules


def _thread_cpu() -> dict[str, float]:
    """CPU seconds per thread of this process (empty where /proc is not available)."""
    out = {}
    try:
        tick = os.sysconf("SC_CLK_TCK")
        for tid in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{tid}/stat") as fh:
                f = fh.read().rsplit(")", 1)[1].split()
            out[tid] = (int(f[11]) + int(f[12])) / tick
    except (OSError, ValueError, IndexError):
        return {}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None, help="DuckDB threads (default: all cores)")
    a = ap.parse_args()
    ds = scan_folder(a.data)
    with tempfile.TemporaryDirectory() as spill:
        config = {"memory_limit": "4GB", "temp_directory": spill}
        if a.threads:
            config["threads"] = a.threads
        con = duckdb.connect(config=config)
        profile = resolve_profile(con, ds, None)
        register_views(con, ds, profile)
        rules = load_pattern_rules()
        specs = [n for n in profile.notes if ds.has(n.table)]
        out = {}
        for spec in specs:
            text_col, type_col = spec.text, spec.note_type
            if type_col and type_col not in ds.tables[spec.table].columns:
                type_col = None
            chars = con.execute(f'SELECT sum(strlen("{text_col}")), count(*) FROM "{spec.table}"').fetchone()
            times, cpus, busiest = [], [], []
            for _ in range(a.repeat):
                before = _thread_cpu()
                t, c = time.monotonic(), time.process_time()
                scan_table(con, spec.table, text_col, type_col, rules)
                times.append(time.monotonic() - t)
                cpus.append(time.process_time() - c)
                after = _thread_cpu()
                busiest.append(max((after[k] - before.get(k, 0.0) for k in after), default=0.0))
            med = statistics.median(times)
            busy = statistics.median(busiest)
            out[spec.table] = {"notes": int(chars[1]), "mb": round(chars[0] / 1e6, 2),
                               "runs_s": [round(x, 2) for x in times],
                               "median_s": round(med, 3), "mb_per_s": round(chars[0] / 1e6 / med, 1),
                               "cpu_s": round(statistics.median(cpus), 3), "busiest_thread_s": round(busy, 3),
                               "mb_per_s_free": round(chars[0] / 1e6 / busy, 1) if busy else None}
        if out:
            mb = sum(v["mb"] for v in out.values())
            sec = sum(v["median_s"] for v in out.values())
            busy = sum(v["busiest_thread_s"] for v in out.values())
            out["all"] = {"mb": round(mb, 2), "median_s": round(sec, 3), "mb_per_s": round(mb / sec, 1),
                          "cpu_s": round(sum(v["cpu_s"] for v in out.values()), 3),
                          "busiest_thread_s": round(busy, 3), "mb_per_s_free": round(mb / busy, 1) if busy else None,
                          "threads": int(con.execute("SELECT current_setting('threads')").fetchone()[0])}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
