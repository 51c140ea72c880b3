"""CSV(.gz) → Parquet conversion with the profile's types, one table at a time.

Types come from the profile (the same TRY_CAST view the checks read), so a converted copy
profiles to the same numbers as its source. Each table is written to a temporary file and
renamed, so an interrupted conversion resumes by skipping finished tables.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import duckdb

from lqs_clinical.discover import describe_read_error, register_views, resolve_profile, scan_folder
from lqs_clinical.errors import UserError
from lqs_clinical.runner import connect

ROW_GROUP = 1_000_000


def convert_copy(src: Path, dst: Path, *, profile_name: str | None = None, memory_limit: str = "800MB",
                 threads: int | None = None,
                 progress: Callable[[str], None] | None = None) -> tuple[list[str], list[str]]:
    dataset = scan_folder(src)
    if not dataset.tables:
        raise UserError(f"{src}: no CSV or Parquet tables found; pass the folder that holds hosp/ and icu/")
    if dst.resolve() == src.resolve():
        raise UserError(f"{dst}: the destination must differ from the source folder")
    written, skipped = [], []
    with tempfile.TemporaryDirectory(prefix="lqs-spill-") as spill:
        con = connect(memory_limit, threads, Path(spill))
        try:
            profile = resolve_profile(con, dataset, profile_name)
            register_views(con, dataset, profile)
            for name, source in sorted(dataset.tables.items()):
                folder = dst / source.module if source.module else dst
                target = folder / f"{name}.parquet"
                if source.format == "parquet" or target.exists():
                    skipped.append(name)
                    continue
                if progress:
                    progress(f"converting {source.label}")
                folder.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=folder)
                os.close(fd)
                try:
                    con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{tmp}' "
                                f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP})")
                    os.replace(tmp, target)
                except duckdb.Error as exc:
                    raise describe_read_error(exc, source.label) from None
                finally:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                written.append(name)
        finally:
            con.close()
    return written, skipped
