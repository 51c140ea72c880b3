"""CSV.gz as distributed (issue 8, item 5): profiling the CSV.gz copy directly, and `convert`
(CSV.gz → Parquet), each against `zcat FILE > /dev/null` over every .csv.gz of the copy — the
time just to decompress them once, the physical floor for that format. Medians of --repeat.

    .venv/bin/python bench/csv_floor.py DATA [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _time(cmd: list[str], **kw) -> float:
    t = time.monotonic()
    subprocess.run(cmd, check=True, capture_output=True, **kw)
    return time.monotonic() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    files = sorted(str(p) for p in a.data.rglob("*.csv.gz"))
    zcat, prof, prof_direct, conv = [], [], [], []
    for _ in range(a.repeat):
        zcat.append(_time(["sh", "-c", 'for f in "$@"; do zcat "$f"; done > /dev/null', "zcat", *files]))
        for target, extra in ((prof, []), (prof_direct, ["--no-materialize"])):
            out = subprocess.run([sys.executable, str(HERE / "structured.py"), "_profile", str(a.data), *extra],
                                 check=True, capture_output=True, text=True).stdout
            target.append(json.loads(out.strip().splitlines()[-1])["wall_s"])
        dst = Path(tempfile.mkdtemp(prefix="lqs-bench-convert-"))
        try:
            conv.append(_time([str(Path(sys.executable).parent / "lqs-clinical"), "convert", str(a.data),
                               str(dst / "pq")]))
        finally:
            shutil.rmtree(dst, ignore_errors=True)
    m = {k: statistics.median(v) for k, v in (("zcat", zcat), ("profile", prof), ("profile_direct", prof_direct),
                                              ("convert", conv))}
    print(json.dumps({"files": len(files), "zcat_s": [round(x, 2) for x in zcat],
                      "profile_s": [round(x, 2) for x in prof],
                      "profile_without_conversion_s": [round(x, 2) for x in prof_direct],
                      "convert_s": [round(x, 2) for x in conv],
                      "medians_s": {k: round(v, 2) for k, v in m.items()},
                      "profile_over_zcat": round(m["profile"] / m["zcat"], 2),
                      "profile_without_conversion_over_zcat": round(m["profile_direct"] / m["zcat"], 2),
                      "convert_over_zcat": round(m["convert"] / m["zcat"], 2)}, indent=1))


if __name__ == "__main__":
    main()
