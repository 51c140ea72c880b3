"""Hash values that occur more than once in a query's column, found by sorting in bounded memory.

Exact duplicate detection (identical rows, repeated primary keys) reduces to: which 64-bit row or
key hashes occur more than once? DuckDB answers that with a GROUP BY whose hash table of one
entry per row costs ≈ 90–150 ns a row on this two-core machine whatever its memory limit (a
433M-row chartevents: 66 s for the grouping alone, two thirds of a whole profile). numpy's sort
of uint64 (SIMD) takes ≈ 10 ns a row, so the hashes are streamed out of DuckDB in Arrow batches
and sorted here instead: in memory when the table's hashes fit ``BUDGET_BYTES``, otherwise
partitioned by their top bits into bucket files in the run's private spill folder (one write
and one read of 8 bytes a row), each bucket then sorted on its own. Memory stays bounded by the
budget however large the table; only hash values ever leave DuckDB, never row contents, and the
bucket files are removed before the function returns.

Nothing here decides what a duplicate is: the repeated hashes go back to DuckDB, which groups
only the rows carrying one of them on their real columns (a hash collision admits a row to that
exact grouping, it never makes a duplicate).
"""

from __future__ import annotations

import math
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lqs_clinical.errors import UserError

BUDGET_BYTES = 128 * 2**20  # hashes held in Python at once (16M rows)
SORT_THREADS = 2  # buckets sorted at once; each is at most BUDGET_BYTES / SORT_THREADS
BATCH_ROWS = 1 << 20  # Arrow batch streamed from DuckDB
MAX_BUCKET_BITS = 9  # at most 512 bucket files open at once (the usual limit is 1,024 descriptors); past
# 4 billion rows the buckets grow beyond the budget instead


@dataclass(frozen=True)
class HashScan:
    rows: int  # rows streamed
    flagged: int  # rows whose ``flag`` column was true (0 when the query has no such column)
    repeated: np.ndarray  # distinct hash values seen more than once, ascending (uint64)


def _repeated_in(sorted_hashes: np.ndarray) -> np.ndarray:
    same = sorted_hashes[1:] == sorted_hashes[:-1]
    return np.unique(sorted_hashes[1:][same])


def _spill_root(con: duckdb.DuckDBPyConnection) -> str | None:
    folder = con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0]
    return folder if folder and Path(folder).is_dir() else None


def repeated_hashes(con: duckdb.DuckDBPyConnection, sql: str, rows_hint: int,
                    budget: int = BUDGET_BYTES) -> HashScan:
    """Stream ``sql`` (column ``h`` UBIGINT, optional boolean ``flag``) and return its repeated hashes.

    ``rows_hint`` (the table's row count, cheap from Parquet metadata) sizes the buckets; a wrong
    hint costs speed or memory, never correctness. duckdb.Error propagates to the caller, which
    names the table.
    """
    bits = math.ceil(math.log2(rows_hint * 8 * SORT_THREADS / budget)) if rows_hint * 8 > budget else 0
    bits = min(bits, MAX_BUCKET_BITS)
    spill_root = _spill_root(con) if bits else None  # asked before the stream holds the connection
    try:
        return _scan(con.sql(sql).to_arrow_reader(BATCH_ROWS), bits, spill_root)
    except BucketWriteError as exc:
        reason = getattr(exc.__cause__, "strerror", None) or "write failed"
        raise UserError(f"could not write {-(-rows_hint * 8 // 2**20)} MiB of row hashes to the temporary folder "
                        f"{spill_root or tempfile.gettempdir()} ({reason}); free space there or point TMPDIR "
                        "elsewhere") from None
    except (OSError, pa.ArrowException) as exc:  # a read failure mid-stream arrives through Arrow
        raise duckdb.IOException(str(exc)) from None


class BucketWriteError(Exception):
    """Writing a bucket file failed (a full disk): the user's to fix, unlike a read error."""


def _scan(reader: pa.RecordBatchReader, bits: int, spill_root: str | None) -> HashScan:
    rows = flagged = 0
    if bits == 0:
        chunks: list[np.ndarray] = []
        for batch in reader:
            rows += batch.num_rows
            flagged += _flags(batch)
            chunks.append(_hashes(batch))
        if not chunks:
            return HashScan(0, 0, np.empty(0, dtype=np.uint64))
        hashes = np.concatenate(chunks)
        del chunks
        hashes.sort()
        return HashScan(rows, flagged, _repeated_in(hashes))
    folder = Path(tempfile.mkdtemp(prefix="lqs-hash-buckets-", dir=spill_root))
    try:
        edges = np.arange(1, 1 << bits, dtype=np.uint64) << np.uint64(64 - bits)
        files = [open(folder / str(i), "wb") for i in range(1 << bits)]  # noqa: SIM115 (closed below)
        try:
            for batch in reader:
                rows += batch.num_rows
                flagged += _flags(batch)
                hashes = np.sort(_hashes(batch))
                for f, part in zip(files, np.split(hashes, np.searchsorted(hashes, edges)), strict=True):
                    if len(part):
                        try:
                            f.write(memoryview(part))
                        except OSError as exc:
                            raise BucketWriteError from exc
        finally:
            for f in files:
                f.close()
        with ThreadPoolExecutor(SORT_THREADS) as pool:  # numpy sorts without the GIL
            repeated = list(pool.map(lambda i: _sorted_bucket(folder / str(i)), range(1 << bits)))
        return HashScan(rows, flagged, np.concatenate(repeated))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _sorted_bucket(path: Path) -> np.ndarray:
    bucket = np.fromfile(path, dtype=np.uint64)
    path.unlink()
    bucket.sort()
    return _repeated_in(bucket)


def _hashes(batch: pa.RecordBatch) -> np.ndarray:
    return batch.column("h").to_numpy(zero_copy_only=False).astype(np.uint64, copy=False)


def _flags(batch: pa.RecordBatch) -> int:
    if "flag" not in batch.schema.names:
        return 0
    return int(pc.sum(batch.column("flag")).as_py() or 0)


def register_hashes(con: duckdb.DuckDBPyConnection, name: str, values: np.ndarray) -> None:
    """Make ``values`` the DuckDB temp table ``name`` (one UBIGINT column ``h``)."""
    table = pa.table({"h": pa.array(values, type=pa.uint64())})
    con.register("__lqs_hash_values", table)
    try:
        con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS SELECT h FROM __lqs_hash_values')
    finally:
        con.unregister("__lqs_hash_values")
