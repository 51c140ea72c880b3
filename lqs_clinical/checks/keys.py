"""Uniqueness: declared primary keys (pk_unique) and fully identical rows (duplicate_rows).

One pass per table gives both check types. The 64-bit hash of every row (of every key value, in a
table with a key) is streamed out of DuckDB and sorted in bounded memory (lqs_clinical/repeats.py:
a tenth of the cost of DuckDB grouping them); only the rows whose hash occurs more than once are
then grouped on their real columns — exact, since identical rows (equal keys) share a hash and a
collision only admits a row to that second grouping. In a table with a key only rows whose key
value repeats are searched for identical copies (identical rows share their key), so a table
with a clean key or without duplicates costs one read of the hashed columns and nothing more.

Counts reported:
- pk_unique: numerator = rows whose (non-NULL) key value occurs more than once; metrics
  ``duplicate_keys`` (distinct such key values), ``excess_rows`` (rows beyond the first per key),
  ``null_key_rows`` (rows with a NULL key part: a NOT NULL matter, not a duplicate).
- duplicate_rows: numerator = rows beyond the first of each group of fully identical rows
  (the copies one would delete); metrics ``duplicate_groups`` and ``rows_in_duplicate_groups``.
"""

from __future__ import annotations

import duckdb

from lqs_clinical.bundle import Result
from lqs_clinical.checks.base import CheckContext, make_result, quote_ident, register
from lqs_clinical.discover import describe_read_error
from lqs_clinical.repeats import register_hashes, repeated_hashes

_CACHE = "_keys_scan"
_REPEATED = "__lqs_repeated_hashes"


def _scan(ctx: CheckContext, name: str) -> dict[str, int]:
    cache = ctx.options.setdefault(_CACHE, {})
    if name not in cache:
        table = ctx.profile.tables[name]
        source = ctx.dataset.tables[name]
        columns = [c for c in source.columns if table.column(c) is not None]
        pk = table.primary_key if table.primary_key and ctx.present(name, table.primary_key) else None
        ctx.tick(f"keys {name}")
        cache[name] = uniqueness(ctx, name, columns, pk, ctx.label(name))
    return cache[name]


def uniqueness(ctx: CheckContext, table: str, columns: list[str], pk: list[str] | None,
               what: str) -> dict[str, int]:
    """Row count, exact duplicate rows and (with ``pk``) key figures of one table or view.

    Stage 1 streams one hash a row (of the key, or of the whole row) and finds the repeated ones;
    stage 2, only when some repeat, groups the rows carrying them on their real columns.
    """
    n_rows = int(ctx.query(f"SELECT count(*) FROM {quote_ident(table)}", what)[0][0])
    stream = ctx.render("key_hashes" if pk else "row_hashes", table=table, columns=columns, pk=pk)
    try:
        scan = repeated_hashes(ctx.con, stream, n_rows)
    except duckdb.Error as exc:
        raise describe_read_error(exc, what) from None
    figures = {"n_rows": scan.rows}
    names = ["dup_groups", "dup_group_rows", "dup_excess_rows"]
    if pk:
        figures["null_key_rows"] = scan.flagged
        names += ["pk_dup_keys", "pk_dup_rows", "pk_excess_rows"]
    if len(scan.repeated) == 0:  # no hash repeats: no repeated key, no identical rows
        figures.update(dict.fromkeys(names, 0))
        return figures
    register_hashes(ctx.con, _REPEATED, scan.repeated)
    try:
        sql = ctx.render("pk_unique" if pk else "duplicate_rows", table=table, columns=columns, pk=pk,
                         repeated=_REPEATED)
        row = ctx.query(sql, what)[0]
    finally:
        ctx.con.execute(f"DROP TABLE IF EXISTS {quote_ident(_REPEATED)}")
    figures.update({k: int(v or 0) for k, v in zip(names, row, strict=True)})
    return figures


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
