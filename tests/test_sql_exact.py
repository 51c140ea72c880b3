"""Exact figures of the SQL templates on hand-built tables (NULL keys, duplicated parents, orphans)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from lqs_clinical import repeats
from lqs_clinical.checks.base import CheckContext
from lqs_clinical.checks.keys import uniqueness

ROWS = [  # (id, part, val)
    (1, "a", 10), (1, "a", 10),            # exact copy, duplicated key
    (2, "b", 20),
    (None, "c", 30), (None, "c", 30),      # exact copy with a NULL key part
    (None, "d", 40),
    (3, "x", 50), (3, "y", 50),            # duplicated key, rows differ
    (4, None, None), (4, None, None), (4, None, None),  # three identical rows, NULL values
]


@pytest.fixture
def ctx():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (id INTEGER, part VARCHAR, val INTEGER)")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", ROWS)
    return CheckContext(con=con, profile=None, dataset=None)  # type: ignore[arg-type]


def _run(ctx, template, pk=None):
    """The two stages of checks/keys.py: repeated hashes streamed and sorted, then exact grouping."""
    assert template == ("pk_unique" if pk else "duplicate_rows")
    return uniqueness(ctx, "t", ["id", "part", "val"], pk, "t")


def test_pk_unique_single_key(ctx):
    r = _run(ctx, "pk_unique", pk=["id"])
    assert r == {"n_rows": 11, "dup_groups": 3, "dup_group_rows": 7, "dup_excess_rows": 4,
                 "null_key_rows": 3, "pk_dup_keys": 3, "pk_dup_rows": 7, "pk_excess_rows": 4}


def test_pk_unique_composite_key(ctx):
    r = _run(ctx, "pk_unique", pk=["id", "part"])
    # keys (1,a)x2, (NULL,c)x2 [null part], (4,NULL)x3 [null part]; (3,x),(3,y) distinct
    assert r == {"n_rows": 11, "dup_groups": 3, "dup_group_rows": 7, "dup_excess_rows": 4,
                 "null_key_rows": 6, "pk_dup_keys": 1, "pk_dup_rows": 2, "pk_excess_rows": 1}


def test_duplicate_rows_without_key_matches_keyed_path(ctx):
    r = _run(ctx, "duplicate_rows", pk=None)
    assert r == {"n_rows": 11, "dup_groups": 3, "dup_group_rows": 7, "dup_excess_rows": 4}


def test_clean_key(ctx):
    ctx.con.execute("CREATE OR REPLACE TABLE t AS SELECT range AS id, 'p' AS part, range % 7 AS val FROM range(5000)")
    assert _run(ctx, "pk_unique", pk=["id"]) == {
        "n_rows": 5000, "dup_groups": 0, "dup_group_rows": 0, "dup_excess_rows": 0, "null_key_rows": 0,
        "pk_dup_keys": 0, "pk_dup_rows": 0, "pk_excess_rows": 0}


@pytest.mark.parametrize("pk", [None, ["id"]])
def test_bucketed_sort_equals_in_memory_sort(ctx, monkeypatch, tmp_path, pk):
    """A table larger than the hash budget goes through bucket files: same figures, files removed."""
    ctx.con.execute("CREATE OR REPLACE TABLE t AS SELECT range // 3 AS id, CAST(range % 5 AS VARCHAR) AS part, "
                    "range % 3 AS val FROM range(300000)")
    # every id occurs 3 times (100,000 repeated keys); the rows are distinct (id and val give back
    # range), then 1,234 of them are copied once
    ctx.con.execute("INSERT INTO t SELECT * FROM t WHERE id % 81 = 0 AND val = 0 LIMIT 1234")
    ctx.con.execute(f"SET temp_directory = '{tmp_path}'")  # the run's private spill folder
    folders = []
    real_mkdtemp = repeats.tempfile.mkdtemp
    monkeypatch.setattr(repeats.tempfile, "mkdtemp", lambda **kw: folders.append(real_mkdtemp(**kw)) or folders[-1])
    in_memory = _run(ctx, "pk_unique" if pk else "duplicate_rows", pk=pk)
    calls = []
    real = repeats.repeated_hashes
    monkeypatch.setattr("lqs_clinical.checks.keys.repeated_hashes",
                        lambda con, sql, n: calls.append(n) or real(con, sql, n, budget=64 * 1024))
    bucketed = _run(ctx, "pk_unique" if pk else "duplicate_rows", pk=pk)
    assert calls == [301234]
    assert bucketed == in_memory
    assert in_memory["n_rows"] == 301234 and in_memory["dup_groups"] == 1234
    assert in_memory["dup_group_rows"] == 2468 and in_memory["dup_excess_rows"] == 1234
    if pk:
        assert in_memory["pk_dup_keys"] == 100000 and in_memory["pk_dup_rows"] == 301234
    assert len(folders) == 1 and Path(folders[0]).parent == tmp_path  # one bucket folder, in the spill folder
    assert list(tmp_path.iterdir()) == []  # and removed


def test_repeated_hashes_buckets_match_numpy():
    """Bucketed (64 KiB budget: 32 buckets of files) and in-memory results equal numpy's answer."""
    con = duckdb.connect()
    rng = np.random.default_rng(7)
    values = rng.integers(0, 2**64, size=200000, dtype=np.uint64)
    values[::97] = values[1::97][: len(values[::97])]  # plant repeats, top bits spread over all buckets
    con.register("v", pa.table({"h": values}))
    distinct, counts = np.unique(values, return_counts=True)
    truth = distinct[counts > 1]
    assert len(truth) == 2062  # positions 1, 98, 195, ... copied once each
    for budget in (repeats.BUDGET_BYTES, 64 * 1024):
        scan = repeats.repeated_hashes(con, "SELECT h FROM v", len(values), budget=budget)
        assert scan.rows == 200000 and scan.flagged == 0
        assert np.array_equal(scan.repeated, truth)


def test_fk_orphans_rows_keys_nulls_composite():
    """Row-level anti-join figures, single and composite links, duplicated parent keys."""
    con = duckdb.connect()
    con.execute("CREATE TABLE parent (a INTEGER, b VARCHAR)")
    con.executemany("INSERT INTO parent VALUES (?, ?)", [(1, "x"), (1, "x"), (2, "y"), (3, None)])
    con.execute("CREATE TABLE child (a INTEGER, b VARCHAR)")
    con.executemany("INSERT INTO child VALUES (?, ?)", [
        (1, "x"), (1, "x"), (2, "x"), (2, "x"), (2, "x"), (9, "y"), (9, "z"), (None, "y"), (3, None)])
    ctx = CheckContext(con=con, profile=None, dataset=None)  # type: ignore[arg-type]
    sql = ctx.render("fk_orphans", table="child", columns=["a", "b"], links=[
        {"idx": [0], "parent": "parent", "parent_columns": ["a"]},
        {"idx": [0, 1], "parent": "parent", "parent_columns": ["a", "b"]},
        {"idx": [1], "parent": "parent", "parent_columns": ["b"]}])
    rows = sorted(con.execute(sql).fetchall())
    # link 0 (a): rows 9,9 orphan (1 key); NULL a: 1 row
    # link 1 (a, b): (2,x)x3, (9,y), (9,z) orphan (3 keys); NULL part: (None,y), (3,None)
    # link 2 (b): 'z' orphan; NULL b: 1 row (a parent NULL never matches)
    assert rows == [(0, 9, 1, 2, 1), (1, 9, 2, 5, 3), (2, 9, 1, 1, 1)]


def test_temporal_own_and_parent_rules_in_one_scan():
    con = duckdb.connect()
    con.execute("CREATE TABLE stay (id INTEGER, t_in TIMESTAMP)")
    con.executemany("INSERT INTO stay VALUES (?, ?)", [
        (1, "2100-01-02"), (2, "2100-01-05"), (2, "2100-01-01")])  # id 2 duplicated: first by t_in wins
    con.execute("CREATE TABLE ev (id INTEGER, t_chart TIMESTAMP, t_store TIMESTAMP)")
    con.executemany("INSERT INTO ev VALUES (?, ?, ?)", [
        (1, "2100-01-01", "2100-01-03"),   # before its stay start; stored after charting
        (1, "2100-01-03", "2100-01-02"),   # stored before charting
        (2, "2100-01-03", None),           # after the first row of stay 2 (01-01)
        (3, "2100-01-01", "2100-01-01"),   # no parent row: own rule compared, parent rule not
        (None, None, "2100-01-01")])
    ctx = CheckContext(con=con, profile=None, dataset=None)  # type: ignore[arg-type]
    rules = [{"before": 'c."t_chart"', "after": 'c."t_store"', "before_cmp": 'c."t_chart"',
              "after_cmp": 'c."t_store"', "strict": False},
             {"before": 'p0."t_in"', "after": 'c."t_chart"', "before_cmp": 'p0."t_in"',
              "after_cmp": 'c."t_chart"', "strict": False}]
    sql = ctx.render("temporal_order", table="ev", rules=rules,
                     joins=[{"alias": "p0", "parent": "stay", "on": ["id"], "columns": ["id", "t_in"]}])
    # rows 5 (never multiplied); own rule: 3 compared, 1 violation; parent rule: 3 compared, 1 violation
    assert con.execute(sql).fetchone() == (5, 3, 1, 3, 1)


def test_full_disk_while_writing_buckets_is_a_user_error(ctx, monkeypatch, tmp_path):
    """ENOSPC on a bucket file: one message naming the spill folder and the fix, folder removed."""
    import errno

    from lqs_clinical.errors import UserError

    ctx.con.execute("CREATE OR REPLACE TABLE t AS SELECT range AS id, 'p' AS part, 1 AS val FROM range(100000)")
    ctx.con.execute(f"SET temp_directory = '{tmp_path}'")

    class Full:
        def __init__(self, *a, **k):
            pass

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            pass

    monkeypatch.setattr("builtins.open", Full)
    with pytest.raises(UserError) as err:
        repeats.repeated_hashes(ctx.con, "SELECT hash(id) AS h FROM t", 100000, budget=64 * 1024)
    monkeypatch.undo()
    assert str(err.value) == (f"could not write 1 MiB of row hashes to the temporary folder {tmp_path} "
                              "(No space left on device); free space there or point TMPDIR elsewhere")
    assert list(tmp_path.iterdir()) == []
