"""CSV(.gz) → Parquet conversion with the profile's types, two tables at a time.

Types come from the profile (the same TRY_CAST view the checks read), so a converted copy
profiles to the same numbers as its source. Each table is written to a temporary file and
renamed, so an interrupted conversion resumes by skipping finished tables. A gzip stream is
decompressed by one thread, so one table keeps about one core busy: two at a time (largest first,
each on its own cursor) use a two-core machine; the first error stops the other copy.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

import duckdb

from lqs_clinical.discover import describe_read_error, register_views, resolve_profile, scan_folder
from lqs_clinical.errors import UserError
from lqs_clinical.runner import connect

ROW_GROUP = 1_000_000
WORKERS = 2  # tables converted at once


def _size(paths) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += Path(p).stat().st_size
    return total


def _copy(cur: duckdb.DuckDBPyConnection, name: str, source, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=target.parent)
    os.close(fd)
    try:
        cur.execute(f"COPY (SELECT * FROM \"{name}\") TO '{tmp}' "
                    f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP})")
        os.replace(tmp, target)
    except duckdb.Error as exc:
        raise describe_read_error(exc, source.label) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _run_jobs(con: duckdb.DuckDBPyConnection, jobs: list, workers: int,
              progress: Callable[[str], None] | None) -> None:
    """Convert ``jobs`` (name, source, target), ``workers`` at a time; progress is reported from
    this thread only. On the first error the copies still running are interrupted, then it is raised."""
    cursors = [con.cursor() for _ in range(max(1, min(workers, len(jobs))))]
    free = list(cursors)
    todo = list(jobs)
    running: dict[Future, duckdb.DuckDBPyConnection] = {}
    try:
        with ThreadPoolExecutor(max_workers=len(cursors), thread_name_prefix="lqs-convert") as pool:
            try:
                _drive(pool, todo, free, running, progress)
            except BaseException:  # Ctrl-C while waiting: stop the copies now, not when they finish
                for cur in running.values():
                    cur.interrupt()
                raise
    finally:
        for cur in cursors:
            cur.close()


def _drive(pool: ThreadPoolExecutor, todo: list, free: list, running: dict,
           progress: Callable[[str], None] | None) -> None:
    """Keep every free cursor copying until ``todo`` is done; the first failed copy stops the rest."""
    while todo or running:
        while todo and free:
            name, source, target = todo.pop(0)
            if progress:
                progress(f"converting {source.label}")
            cur = free.pop()
            running[pool.submit(_copy, cur, name, source, target)] = cur
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        for fut in done:
            free.append(running.pop(fut))
            err = fut.exception()
            if err is not None:
                todo.clear()
                for other in running.values():
                    other.interrupt()
                wait(running)
                raise err


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
            jobs = []
            for name, source in sorted(dataset.tables.items()):
                folder = dst / source.module if source.module else dst
                target = folder / f"{name}.parquet"
                if source.format == "parquet" or target.exists():
                    skipped.append(name)
                else:
                    jobs.append((name, source, target))
            jobs.sort(key=lambda j: -_size(j[1].files))
            _run_jobs(con, jobs, WORKERS, progress)
            written = sorted(name for name, _, _ in jobs)
        finally:
            con.close()
    return written, skipped
