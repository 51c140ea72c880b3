"""Peer side by side (issue 8, item 4): missingness + FK orphans + value-without-unit written the
way a user would without lqs-clinical — pandas read_parquet, isna().sum(), an isin anti-join —
against lqs-clinical's own run of the same three check types, on the same Parquet copy.

pandas is not a project dependency: run the pandas side from its own venv, e.g.

    python3 -m venv /tmp/pdvenv && /tmp/pdvenv/bin/pip install pandas pyarrow
    .venv/bin/python bench/pandas_side_by_side.py DATA --pandas-python /tmp/pdvenv/bin/python

Each side runs in a fresh process (peak RSS = VmHWM); medians of --repeat runs.
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


def spec(data: Path) -> dict:
    """The tables, FKs and value/unit pairs of the profile that fits ``data`` (from our side)."""
    import duckdb

    from lqs_clinical.discover import resolve_profile, scan_folder

    ds = scan_folder(data)
    profile = resolve_profile(duckdb.connect(), ds, None)
    files = {n: [str(f) for f in s.files] for n, s in ds.tables.items() if s.format == "parquet"}
    fks = [{"child": f.child, "columns": f.columns, "parent": f.parent, "parent_columns": f.parent_columns}
           for f in profile.foreign_keys if f.child in files and f.parent in files]
    vus = [{"table": v.table, "values": v.values, "unit": v.unit} for v in profile.value_units if v.table in files]
    return {"files": files, "fks": fks, "value_units": vus}


def pandas_side(spec_path: Path) -> dict:
    import pandas as pd

    s = json.loads(spec_path.read_text())
    t = time.monotonic()
    frames: dict = {}

    def frame(name):
        if name not in frames:
            frames[name] = pd.concat([pd.read_parquet(f) for f in s["files"][name]], ignore_index=True)
        return frames[name]

    out = {}
    for name in s["files"]:  # missingness: NULLs per column, plus empty strings in text columns
        df = frame(name)
        nulls = df.isna().sum()
        empty = {c: int((df[c] == "").sum()) for c in df.columns if df[c].dtype == object}
        out[f"missingness:{name}"] = int(nulls.sum()) + sum(empty.values())
    for fk in s["fks"]:  # orphans: child rows with a non-NULL key absent from the parent
        child, parent = frame(fk["child"]), frame(fk["parent"])
        keys = child[fk["columns"]].dropna()
        if len(fk["columns"]) == 1:
            orphan = ~keys[fk["columns"][0]].isin(parent[fk["parent_columns"][0]])
        else:
            pk = pd.MultiIndex.from_frame(parent[fk["parent_columns"]].drop_duplicates())
            orphan = ~pd.MultiIndex.from_frame(keys).isin(pk)
        out[f"fk:{fk['child']}:{','.join(fk['columns'])}->{fk['parent']}"] = int(orphan.sum())
    for vu in s["value_units"]:  # value without unit
        df = frame(vu["table"])
        has = pd.Series(False, index=df.index)
        for v in vu["values"]:
            col = df[v]
            has |= col.notna() & (col != "") if col.dtype == object else col.notna()
        unit = df[vu["unit"]]
        out[f"unit:{vu['table']}:{vu['unit']}"] = int((has & (unit.isna() | (unit == ""))).sum())
    return {"wall_s": time.monotonic() - t, "peak_rss_mib": _peak_rss_mib(), "figures": len(out)}


def ours(data: Path) -> dict:
    from lqs_clinical.runner import RunOptions, profile_dataset

    t = time.monotonic()
    with tempfile.TemporaryDirectory() as out:
        profile_dataset(data, Path(out), RunOptions(notes=False, hash_files=False, cache=False,
                                                    only={"missingness", "fk_orphans", "value_without_unit"}))
    return {"wall_s": time.monotonic() - t, "peak_rss_mib": _peak_rss_mib()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--pandas-python", default="/tmp/pdvenv/bin/python")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", default="driver", choices=["driver", "_ours", "_pandas"])
    ap.add_argument("--spec", type=Path)
    a = ap.parse_args()
    if a.mode == "_ours":
        print(json.dumps(ours(a.data)))
        return
    if a.mode == "_pandas":
        print(json.dumps(pandas_side(a.spec)))
        return
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(spec(a.data), handle)
    runs = {"ours": [], "pandas": []}
    for _ in range(a.repeat):
        for side, cmd in (("ours", [sys.executable, __file__, str(a.data), "--mode", "_ours"]),
                          ("pandas", [a.pandas_python, __file__, str(a.data), "--mode", "_pandas",
                                      "--spec", handle.name])):
            res = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            runs[side].append(json.loads(res.strip().splitlines()[-1]))
    med = {k: statistics.median(r["wall_s"] for r in v) for k, v in runs.items()}
    rss = {k: max(r["peak_rss_mib"] for r in v) for k, v in runs.items()}
    print(json.dumps({"ours_s": [round(r["wall_s"], 2) for r in runs["ours"]],
                      "pandas_s": [round(r["wall_s"], 2) for r in runs["pandas"]],
                      "ours_median_s": round(med["ours"], 2), "pandas_median_s": round(med["pandas"], 2),
                      "speedup": round(med["pandas"] / med["ours"], 2),
                      "ours_peak_rss_mib": round(rss["ours"]), "pandas_peak_rss_mib": round(rss["pandas"]),
                      "memory_ratio": round(rss["pandas"] / rss["ours"], 2)}, indent=1))


if __name__ == "__main__":
    main()
