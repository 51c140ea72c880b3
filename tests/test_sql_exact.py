"""Exact figures of the SQL templates on hand-built tables (NULL keys, duplicated parents, orphans)."""

from __future__ import annotations

import duckdb
import pytest

from lqs_clinical.checks.base import CheckContext

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


def _run(ctx, template, **kw):
    cur = ctx.con.execute(ctx.render(template, table="t", columns=["id", "part", "val"], **kw))
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=True))


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
