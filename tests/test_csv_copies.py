"""CSV(.gz) input: the one-time Parquet copies made two at a time (profile and `convert`) change no
result, report an error only for a table a check reads, and leave no thread or temp file behind."""

from __future__ import annotations

import gzip
import json
import threading

import duckdb
import pytest
from conftest import DEMO

import lqs_clinical.csv_copies as csv_copies
from lqs_clinical.convert import convert_copy
from lqs_clinical.csv_copies import CsvCopies
from lqs_clinical.discover import register_views, resolve_profile, scan_folder
from lqs_clinical.errors import UserError
from lqs_clinical.runner import RunOptions, profile_dataset


def _results(out) -> str:
    return json.dumps(json.loads((out / "evidence.json").read_text(encoding="utf-8"))["results"], sort_keys=True)


def _copies_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(("lqs-csv-copies", "lqs-convert"))]


def test_converting_ahead_changes_no_result_on_the_real_demo(tmp_path):
    opts = {"hash_files": False, "cache": False, "notes": False}
    profile_dataset(DEMO, tmp_path / "seq", RunOptions(convert_ahead=False, **opts))
    profile_dataset(DEMO, tmp_path / "ahead", RunOptions(convert_ahead=True, **opts))
    assert _results(tmp_path / "seq") == _results(tmp_path / "ahead")
    assert _copies_threads() == []


def _break_last_line(path) -> None:
    """Break the last line of a large CSV.gz (an unterminated quote): its start still sniffs as CSV,
    the copy fails part-way."""
    with gzip.open(path, "rt") as handle:
        text = handle.read()
    with gzip.open(path, "wt") as handle:
        handle.write(text + '1,2,3,"unterminated\n')


def test_an_error_met_ahead_is_raised_only_for_the_table_asked_for(demo_copy, tmp_path):
    _break_last_line(demo_copy / "hosp" / "labevents.csv.gz")
    dataset = scan_folder(demo_copy)
    con = duckdb.connect()
    profile = resolve_profile(con, dataset, None)
    register_views(con, dataset, profile)  # the view binds: only reading it all fails
    copies = CsvCopies(con, dataset, profile, tmp_path / "tables")
    try:
        copies.prepare("admissions")  # starts the worker, which converts every other table ahead
        assert copies._worker is not None
        copies._worker.join(timeout=120)
        assert not copies._worker.is_alive()
        copies.prepare("patients")  # converted by the worker: nothing to do, no error
        assert dataset.tables["patients"].materialized is not None
        assert con.execute("SELECT count(*) FROM patients").fetchone() == (100,)
        with pytest.raises(UserError, match="labevents.csv.gz"):
            copies.prepare("labevents")
    finally:
        copies.close()
    assert _copies_threads() == []


def test_a_run_served_from_the_cache_converts_nothing(tmp_path, monkeypatch):
    calls = []
    real = csv_copies.materialize_csv
    monkeypatch.setattr(csv_copies, "materialize_csv", lambda *a: calls.append(a[1].name) or real(*a))
    opts = RunOptions(hash_files=False, notes=False, cache_dir=tmp_path / "cache")
    profile_dataset(DEMO, tmp_path / "o1", opts)
    first = len(calls)
    assert first == len(scan_folder(DEMO).tables)  # every table, each once, whichever thread made it
    assert len(set(calls)) == first
    profile_dataset(DEMO, tmp_path / "o2", opts)
    assert len(calls) == first
    assert _results(tmp_path / "o1") == _results(tmp_path / "o2")


def test_convert_two_at_a_time_stops_at_a_corrupt_table_and_resumes(demo_copy, tmp_path):
    _break_last_line(demo_copy / "hosp" / "labevents.csv.gz")
    dst = tmp_path / "pq"
    with pytest.raises(UserError, match="labevents.csv.gz"):
        convert_copy(demo_copy, dst)
    assert not list(dst.rglob("*.tmp")) and not (dst / "hosp" / "labevents.parquet").exists()
    assert _copies_threads() == []
    (demo_copy / "hosp" / "labevents.csv.gz").write_bytes((DEMO / "hosp" / "labevents.csv.gz").read_bytes())
    done_before = {p.stem for p in dst.rglob("*.parquet")}
    written, skipped = convert_copy(demo_copy, dst)
    assert set(skipped) == done_before and "labevents" in written
    assert len(written) + len(skipped) == 31
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{dst / 'hosp' / 'labevents.parquet'}'").fetchone() == (107727,)


def test_a_check_waiting_for_a_copy_made_ahead_says_so(demo_copy, tmp_path, monkeypatch):
    """The worker's copies had no progress line: a run waiting for one looked stalled."""
    dataset = scan_folder(demo_copy)
    con = duckdb.connect()
    profile = resolve_profile(con, dataset, None)
    register_views(con, dataset, profile)
    started, release = threading.Event(), threading.Event()
    real = csv_copies.materialize_csv

    def slow(cur, source, prof, folder):
        if source.label.startswith("hosp/patients"):
            started.set()
            release.wait(60)
        return real(cur, source, prof, folder)

    monkeypatch.setattr(csv_copies, "materialize_csv", slow)
    lines: list[str] = []

    def progress(line: str) -> None:
        lines.append(line)
        if "started ahead" in line:  # the line comes while the worker still holds the copy: let it finish
            release.set()

    copies = CsvCopies(con, dataset, profile, tmp_path / "tables", progress=progress)
    copies.order = ["admissions", "patients"]  # the worker takes patients while admissions is converted here
    try:
        copies.prepare("admissions")
        assert started.wait(60)
        copies.prepare("patients")  # without the line, the worker's copy resumes after 60 s and the test fails
    finally:
        release.set()
        copies.close()
    assert lines == ["converting hosp/admissions.csv.gz to Parquet (once per run)",
                     "converting hosp/patients.csv.gz to Parquet (once per run, started ahead)"]
    assert con.execute("SELECT count(*) FROM patients").fetchone() == (100,)
