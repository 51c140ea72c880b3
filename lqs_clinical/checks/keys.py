"""Uniqueness: declared primary keys (pk_unique) and fully identical rows (duplicate_rows).

One query per table gives both check types. Exact duplicates without a hash table of whole rows:
the 64-bit hash of every row is grouped first (a narrow hash table), and only the rows whose hash
occurs more than once are grouped on every column — exact, since identical rows share a hash and
a collision only admits a row to that second grouping. Wide tables (emar_detail, 33 columns) thus
fit a low DuckDB memory_limit. Key figures come from grouping the key columns directly, and in a
table with a key only rows whose key value repeats are hashed at all (identical rows share their
key): a table with a clean key costs one narrow grouping.

Counts reported:
- pk_unique: numerator = rows whose (non-NULL) key value occurs more than once; metrics
  ``duplicate_keys`` (distinct such key values), ``excess_rows`` (rows beyond the first per key),
  ``null_key_rows`` (rows with a NULL key part: a NOT NULL matter, not a duplicate).
- duplicate_rows: numerator = rows beyond the first of each group of fully identical rows
  (the copies one would delete); metrics ``duplicate_groups`` and ``rows_in_duplicate_groups``.
"""

from __future__ import annotations

from lqs_clinical.bundle import Result
from lqs_clinical.checks.base import CheckContext, make_result, register

_CACHE = "_keys_scan"


def _scan(ctx: CheckContext, name: str) -> dict[str, int]:
    cache = ctx.options.setdefault(_CACHE, {})
    if name not in cache:
        table = ctx.profile.tables[name]
        source = ctx.dataset.tables[name]
        columns = [c for c in source.columns if table.column(c) is not None]
        pk = table.primary_key if table.primary_key and ctx.present(name, table.primary_key) else None
        ctx.tick(f"keys {name}")
        if pk:
            sql = ctx.render("pk_unique", table=name, columns=columns, pk=pk)
            names = ["n_rows", "dup_groups", "dup_group_rows", "dup_excess_rows", "null_key_rows",
                     "pk_dup_keys", "pk_dup_rows", "pk_excess_rows"]
        else:
            sql = ctx.render("duplicate_rows", table=name, columns=columns, pk=None)
            names = ["n_rows", "dup_groups", "dup_group_rows", "dup_excess_rows"]
        row = ctx.query(sql, ctx.label(name))[0]
        cache[name] = {k: int(v or 0) for k, v in zip(names, row, strict=True)}
    return cache[name]


@register("pk_unique", dimension="record fidelity", kahn="plausibility (uniqueness)", order=30)
def pk_unique(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    for name, table in ctx.profile.tables.items():
        if not table.primary_key:
            continue
        pk = list(table.primary_key)
        rid = f"pk_unique:{name}"
        if not ctx.present(name):
            out.append(make_result(ctx, check="pk_unique", id=rid, table=name, columns=pk, numerator=None,
                                   denominator=None, reason="table_missing"))
            continue
        if not ctx.present(name, pk):
            out.append(make_result(ctx, check="pk_unique", id=rid, table=name, columns=pk, numerator=None,
                                   denominator=None, reason="column_missing"))
            continue
        s = _scan(ctx, name)
        out.append(make_result(
            ctx, check="pk_unique", id=rid, table=name, columns=pk, numerator=s["pk_dup_rows"],
            denominator=s["n_rows"],
            metrics={"duplicate_keys": s["pk_dup_keys"], "excess_rows": s["pk_excess_rows"],
                     "null_key_rows": s["null_key_rows"]}))
    return out


@register("duplicate_rows", dimension="record fidelity", kahn="plausibility (uniqueness)", order=31)
def duplicate_rows(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    for name in ctx.profile.tables:
        if not ctx.present(name):
            continue  # reported once by schema_tables / row_count
        s = _scan(ctx, name)
        out.append(make_result(
            ctx, check="duplicate_rows", id=f"duplicate_rows:{name}", table=name, columns=[],
            numerator=s["dup_excess_rows"], denominator=s["n_rows"],
            metrics={"duplicate_groups": s["dup_groups"], "rows_in_duplicate_groups": s["dup_group_rows"]}))
    return out
