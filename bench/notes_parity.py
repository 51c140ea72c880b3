"""The notes pattern tier's two engines against each other over every held-out corpus (run by hand).

The bundle's hit counts come from DuckDB (``scan_table``: shadows subtract by count, deferred patterns and the
catch-all count on masked text); the local review file's locations from Python (``Locator``: shadows remove by
span). ``tests/test_pattern_rules.py`` checks that the two agree on every listed case; this script checks the
notes the calibration measures, where rule interactions nobody listed occur: per note and category, the SQL count
must equal the number of located hits. It also counts hits of a category on text another hit of that category
already covers (an identifier read twice; the calibration records the same per corpus).

    .venv/bin/python bench/notes_parity.py [--notes 300] [--workers 2]

Round 48 (90 held-out corpora, 300 notes each, ≈ 5 min on two cores): 0 notes differ, 0 identifiers read twice.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import multiprocessing

import duckdb
import pyarrow as pa

from lqs_clinical.notes.calibrate import CALIBRATION_SEED, double_counts, holdout_names
from lqs_clinical.notes.patterns import Locator, scan_table
from lqs_clinical.notes.rules import PATTERN_CATEGORIES, load_pattern_rules

_NOTES = 300


def _corpus(name: str) -> list:
    fn = getattr(importlib.import_module(f"lqs_clinical.synth.notes_{name}"), f"{name}_corpus")
    return fn(CALIBRATION_SEED, _NOTES)


def check(name: str) -> tuple[str, list[tuple[int, dict, dict]], int]:
    """(corpus, notes whose SQL and located counts differ, hits on text already covered)."""
    rules = load_pattern_rules()
    loc = Locator(rules)
    texts = [n.text for n in _corpus(name)]
    con = duckdb.connect()
    con.execute("SET threads = 1")  # the workers are the parallelism
    con.register("notes", pa.table({"text": texts, "k": [str(i) for i in range(len(texts))]}))
    counts = scan_table(con, "notes", "text", "k", rules)
    differ, twice = [], 0
    for i, text in enumerate(texts):
        hits = loc.locate(text)
        located = dict(collections.Counter(c for *_, c in hits))
        sql = {c: n for c, n in counts.hits.get(str(i), {}).items() if n}
        if sql != located:
            differ.append((i, sql, located))
        twice += sum(double_counts(hits, c) for c in PATTERN_CATEGORIES)
    return name, differ, twice


def main() -> None:
    global _NOTES
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=_NOTES, help="notes per corpus (the calibration's: 300)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    _NOTES = args.notes
    names = list(holdout_names())
    n_differ = n_twice = 0
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        for name, differ, twice in pool.imap_unordered(check, names):
            n_differ += len(differ)
            n_twice += twice
            for i, sql, located in differ[:3]:
                print(f"{name} note {i}: SQL {sql} located {located}", flush=True)
            if twice:
                print(f"{name}: {twice} hits on text another hit of the category covers", flush=True)
    print(f"{len(names)} corpora x {args.notes} notes: {n_differ} notes differ, {n_twice} identifiers read twice")


if __name__ == "__main__":
    main()
