"""Pattern-tier throughput: MB/s of note text scanned by the vectorised DuckDB tier.

Generates a note module with the project's synthetic generator (deterministic from the seed),
then times ``scan_table`` (every rule, one streaming aggregate query per table) on N threads.

    .venv/bin/python bench/notes_patterns.py --admissions 20000 --threads 2
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime
from pathlib import Path

import duckdb

from lqs_clinical.notes.patterns import scan_table
from lqs_clinical.notes.rules import load_pattern_rules
from lqs_clinical.synth.notes import write_note_module


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--admissions", type=int, default=20000)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rules = load_pattern_rules()
    with tempfile.TemporaryDirectory() as d:
        adm = [(10_000_000 + i, 20_000_000 + i, datetime(2150, 1, 1 + i % 27, 8)) for i in range(a.admissions)]
        write_note_module(Path(d), adm, seed=a.seed, defects=True, fmt="parquet")
        con = duckdb.connect()
        con.execute(f"SET threads={a.threads}")
        for t in ("discharge", "radiology"):
            con.execute(f"CREATE TABLE {t} AS SELECT * FROM read_parquet('{Path(d) / 'note' / (t + '.parquet')}')")
        mb = sum(con.execute(f"SELECT sum(length(text)) FROM {t}").fetchone()[0] for t in ("discharge", "radiology"))
        mb /= 1e6
        best = None
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            for t in ("discharge", "radiology"):
                scan_table(con, t, "text", "note_type", rules)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        print(f"{mb:.1f} MB of note text, {len(rules.rules)} rules, {a.threads} threads: "
              f"best {best:.2f} s = {mb / best:.1f} MB/s")


if __name__ == "__main__":
    main()
