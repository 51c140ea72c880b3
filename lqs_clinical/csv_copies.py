"""The run's one-time Parquet copies of CSV(.gz) tables, made two at a time.

A gzip stream is decompressed and parsed by one thread, so converting one table uses about one
core (bench/RESULTS.md, section 5). Checks ask for tables one by one (``prepare``); once the first
is asked for, a background worker converts the remaining tables ahead, in the order the checks
will ask, on its own cursor. A table the worker has claimed is waited for; a table nobody has
claimed is converted by the caller, as before. The copies and the views are exactly those of
``discover.materialize_csv``, so results do not depend on which thread made a copy.

The worker starts only when some check needs a table (a run served wholly from the check cache
converts nothing) and is interrupted when the run ends, so a table no check reads is never waited
for. An error met ahead of time is raised only if a check then asks for that table, with the same
message the caller would have got.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import duckdb

from lqs_clinical.discover import Dataset, materialize_csv
from lqs_clinical.profile_model import Profile


class CsvCopies:
    def __init__(self, con: duckdb.DuckDBPyConnection, dataset: Dataset, profile: Profile, folder: Path,
                 progress: Callable[[str], None] | None = None, ahead: bool = True) -> None:
        self.con, self.dataset, self.profile, self.folder = con, dataset, profile, folder
        self.progress = progress
        self.order = [name for name, src in dataset.tables.items()
                      if src.format != "parquet" and src.materialized is None]
        self.ahead = ahead and len(self.order) > 1
        self._lock = threading.Lock()
        self._claimed: dict[str, threading.Event] = {}  # set when the copy is done (or failed)
        self._errors: dict[str, BaseException] = {}
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self._cursor: duckdb.DuckDBPyConnection | None = None

    def prepare(self, name: str) -> None:
        """Make sure ``name``'s typed view reads its Parquet copy (convert, or wait for the worker)."""
        source = self.dataset.tables[name]
        if source.format == "parquet":
            return
        with self._lock:
            done = self._claimed.get(name)
            mine = done is None
            if mine:
                done = self._claimed[name] = threading.Event()
        if mine:
            self._start()  # the worker goes ahead while this table is converted here
            try:
                self._convert(self.con, name)
            finally:
                done.set()
            return
        assert done is not None
        if not done.is_set() and self.progress:  # the worker is still on it: say what the run waits for
            self.progress(f"converting {self.dataset.tables[name].label} to Parquet (once per run, started ahead)")
        done.wait()
        if name in self._errors:
            raise self._errors.pop(name)

    def _convert(self, con: duckdb.DuckDBPyConnection, name: str) -> None:
        if self.progress:
            self.progress(f"converting {self.dataset.tables[name].label} to Parquet (once per run)")
        materialize_csv(con, self.dataset.tables[name], self.profile, self.folder)

    def _start(self) -> None:
        if not self.ahead or self._worker is not None or self._stop.is_set():
            return
        self._cursor = self.con.cursor()
        self._worker = threading.Thread(target=self._run, name="lqs-csv-copies", daemon=True)
        self._worker.start()

    def _run(self) -> None:
        assert self._cursor is not None
        for name in self.order:
            if self._stop.is_set():
                return
            with self._lock:
                if name in self._claimed:
                    continue
                done = self._claimed[name] = threading.Event()
            try:
                materialize_csv(self._cursor, self.dataset.tables[name], self.profile, self.folder)
            except BaseException as err:  # noqa: BLE001 - kept for the check that asks for this table
                self._errors[name] = err
            finally:
                done.set()

    def close(self) -> None:
        """Stop converting ahead: interrupt the worker's copy and wait for it (its files live in
        the run's spill folder, which is removed next)."""
        self._stop.set()
        if self._worker is not None:
            while self._worker.is_alive():  # again until it stops: a copy may start just after an interrupt
                if self._cursor is not None:
                    self._cursor.interrupt()
                self._worker.join(0.2)
            if self._cursor is not None:
                self._cursor.close()
            self._worker = None
