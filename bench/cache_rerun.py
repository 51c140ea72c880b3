"""Cache benchmark: three runs (cold, warm, warm) sharing a fresh cache folder.

    .venv/bin/python bench/cache_rerun.py DATA nohash|hash
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from lqs_clinical.runner import RunOptions, profile_dataset


def main() -> None:
    data, hashing = Path(sys.argv[1]), sys.argv[2] == "hash"
    cache = Path(tempfile.mkdtemp(prefix="lqs-cache-bench-"))
    for label in ("cold", "warm", "warm"):
        cap: dict = {}
        t = time.monotonic()
        with tempfile.TemporaryDirectory() as out:
            profile_dataset(data, Path(out), RunOptions(notes=False, hash_files=hashing, cache_dir=cache), capture=cap)
        print(data.name, sys.argv[2], label, f"{time.monotonic() - t:.2f}s",
              "misses", len(cap["cache"]["misses"]), "hits", len(cap["cache"]["hits"]))


if __name__ == "__main__":
    main()
