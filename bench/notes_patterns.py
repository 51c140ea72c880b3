"""Notes pattern tier throughput (issue 8, item 6): MB of note text per second through
``lqs_clinical.notes.patterns.scan_table`` (every pattern rule, one streaming DuckDB query per
note table) over a synthetic MIMIC-IV-Note copy. Medians of --repeat.

    .venv/bin/lqs-clinical synth /tmp/notes --scale 0.01 --format parquet
    .venv/bin/python bench/notes_patterns.py /tmp/notes [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from lqs_clinical.discover import register_views, resolve_profile, scan_folder
from lqs_clinical.notes.patterns import scan_table
from lqs_clinical.notes.rules import load_pattern_rules


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    ds = scan_folder(a.data)
    with tempfile.TemporaryDirectory() as spill:
        con = duckdb.connect(config={"memory_limit": "4GB", "temp_directory": spill})
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
            times = []
            for _ in range(a.repeat):
                t = time.monotonic()
                scan_table(con, spec.table, text_col, type_col, rules)
                times.append(time.monotonic() - t)
            med = statistics.median(times)
            out[spec.table] = {"notes": int(chars[1]), "mb": round(chars[0] / 1e6, 2),
                               "runs_s": [round(x, 2) for x in times],
                               "median_s": round(med, 2), "mb_per_s": round(chars[0] / 1e6 / med, 1)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
