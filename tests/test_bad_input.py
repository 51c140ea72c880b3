"""Issue 2: every input a user can get wrong → one clear line, documented exit code, no output file."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lqs_clinical", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def assert_clean_failure(proc: subprocess.CompletedProcess, out: Path, code: int, *needles: str) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    message = " ".join(lines)
    assert message.startswith("error: ")
    assert len(message) < 400
    for needle in needles:
        assert needle in message, message
    assert not (out / "evidence.json").exists()
    assert not list(out.glob("*.tmp")) if out.exists() else True
    return message


def test_nonexistent_path(tmp_path):
    out = tmp_path / "out"
    proc = run_cli("profile", str(tmp_path / "nope"), "--out", str(out))
    assert_clean_failure(proc, out, 2, "nope", "no such directory")


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    proc = run_cli("profile", str(tmp_path / "empty"), "--out", str(out))
    assert_clean_failure(proc, out, 2, "empty", "no tables found")


def test_unrelated_csvs(tmp_path):
    data = tmp_path / "sales"
    data.mkdir()
    for name in ("orders", "customers", "stores", "products"):
        (data / f"{name}.csv").write_text("id,amount\n1,2\n")
    out = tmp_path / "out"
    proc = run_cli("profile", str(data), "--out", str(out))
    assert_clean_failure(proc, out, 2, "not a MIMIC-IV copy", "hosp/")


def test_truncated_csv_gz(demo_copy, tmp_path):
    target = demo_copy / "hosp" / "labevents.csv.gz"
    blob = target.read_bytes()
    target.write_bytes(blob[: len(blob) // 2])
    out = tmp_path / "out"
    proc = run_cli("profile", str(demo_copy), "--out", str(out), "--no-hash")
    msg = assert_clean_failure(proc, out, 2, "labevents.csv.gz")
    assert "truncated or corrupt" in msg or "malformed" in msg


def test_corrupt_parquet(tmp_path):
    from lqs_clinical.convert import convert_copy

    dst = tmp_path / "pq"
    convert_copy(DEMO, dst)
    target = dst / "hosp" / "omr.parquet"
    blob = target.read_bytes()
    target.write_bytes(blob[:100] + b"\0" * 50)
    out = tmp_path / "out"
    proc = run_cli("profile", str(dst), "--out", str(out))
    assert_clean_failure(proc, out, 2, "omr.parquet", "Parquet")


def test_broken_csv_quoting(demo_copy, tmp_path):
    target = demo_copy / "hosp" / "services.csv.gz"
    with gzip.open(target, "rt") as handle:
        lines = handle.read().splitlines()
    lines.insert(5, '10000032,22595853,2180-05-06 22:23:00,"MED,SURG')  # unterminated quote
    with gzip.open(target, "wt") as handle:
        handle.write("\n".join(lines) + "\n")
    out = tmp_path / "out"
    proc = run_cli("profile", str(demo_copy), "--out", str(out), "--no-hash")
    msg = assert_clean_failure(proc, out, 2, "services.csv.gz")
    assert "MED,SURG" not in msg and "10000032" not in msg  # the offending line is never echoed


@pytest.mark.parametrize("content, needle", [
    ("name: x\n  title: [unclosed\n", "malformed YAML"),
    ("name: x\ntitle: t\ndataset: d\nrelease: r\nmodules: [modules/mimic-iv-hosp.yaml]\nbogus_key: 1\n",
     "bogus_key"),
    ("- just\n- a list\n", "mapping"),
])
def test_malformed_profile_yaml(tmp_path, content, needle):
    profiles = tmp_path / "profiles"
    shutil.copytree(Path(__file__).resolve().parents[1] / "profiles", profiles)
    bad = profiles / "bad.yaml"
    bad.write_text(content)
    out = tmp_path / "out"
    proc = run_cli("profile", str(DEMO), "--out", str(out), "--profile", str(bad))
    assert_clean_failure(proc, out, 2, "bad.yaml", needle)


def test_bad_module_key_names_file_and_key(tmp_path):
    profiles = tmp_path / "profiles"
    shutil.copytree(Path(__file__).resolve().parents[1] / "profiles", profiles)
    module = profiles / "modules" / "mimic-iv-hosp.yaml"
    module.write_text(module.read_text().replace("primary_key: [hadm_id]", "primary_key: [no_such_col]", 1))
    out = tmp_path / "out"
    proc = run_cli("profile", str(DEMO), "--out", str(out), "--profile", str(profiles / "mimic-iv-demo-2.2.yaml"))
    assert_clean_failure(proc, out, 2, "mimic-iv-hosp.yaml", "primary_key")


@pytest.mark.parametrize("args, needle", [
    (["--k", "3"], "--unsafe-k"),
    (["--k", "0"], "--k"),
    (["--notes-sample", "lots"], "--notes-sample"),
    (["--profile", "mimic-iv-9.9"], "unknown profile"),
    (["--memory-limit", "lots"], "--memory-limit"),
    (["--threads", "0"], "--threads"),
])
def test_bad_cli_values(tmp_path, args, needle):
    out = tmp_path / "out"
    proc = run_cli("profile", str(DEMO), "--out", str(out), "--no-hash", *args)
    assert_clean_failure(proc, out, 2, needle)


@pytest.mark.parametrize("pk", [None, ["id"]])
def test_corrupt_parquet_page_while_hashes_stream(tmp_path, pk):
    """A data page that fails mid-stream (footer intact) is a read error naming the table, no traceback."""
    import duckdb

    from lqs_clinical.checks.base import CheckContext
    from lqs_clinical.checks.keys import uniqueness
    from lqs_clinical.errors import UserError

    path = tmp_path / "events.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT range AS id, md5(range::VARCHAR) AS v FROM range(400000)) TO '{path}' "
                "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)")
    blob = bytearray(path.read_bytes())
    start, end = len(blob) // 10, len(blob) * 8 // 10
    blob[start:end] = b"\0" * (end - start)  # pages of both columns, footer intact
    path.write_bytes(bytes(blob))
    con.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{path}')")
    ctx = CheckContext(con=con, profile=None, dataset=None)  # type: ignore[arg-type]
    with pytest.raises(UserError) as err:
        uniqueness(ctx, "events", ["id", "v"], pk, "icu/events.parquet")
    assert str(err.value).startswith("icu/events.parquet: ")
    assert "the Parquet file is corrupt or truncated" in str(err.value)
    assert con.execute("SELECT 1").fetchall() == [(1,)]  # the connection is usable afterwards
