"""Schema conformance, row counts vs the published counts, and missingness — one scan per table.

These are the foundation checks: every later check assumes the tables exist and are readable,
and missingness of every column is the first thing an audit asks for.
"""

from __future__ import annotations

from lqs_clinical.bundle import Result, Stratum
from lqs_clinical.checks.base import CheckContext, make_result, register

_PARQUET_FAMILIES = {
    "INTEGER": {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                "UBIGINT"},
    "SMALLINT": {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT"},
    "BIGINT": {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT"},
    "DOUBLE": {"FLOAT", "DOUBLE", "DECIMAL", "REAL", "TINYINT", "SMALLINT", "INTEGER", "BIGINT"},
    "VARCHAR": {"VARCHAR"},
    "TIMESTAMP": {"TIMESTAMP", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S", "TIMESTAMP WITH TIME ZONE", "DATE"},
    "DATE": {"DATE", "TIMESTAMP", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S"},
    "BOOLEAN": {"BOOLEAN"},
}


@register("schema_tables", dimension="format compliance", kahn="conformance", order=10)
def schema_tables(ctx: CheckContext) -> list[Result]:
    """Tables of the profile absent from the copy (listed by name: names are public)."""
    expected = list(ctx.profile.tables)
    missing = [t for t in expected if not ctx.present(t)]
    breakdown = [Stratum(key=t, key_source="fixed", count=1) for t in missing]
    return [make_result(ctx, check="schema_tables", id="schema_tables", table=None, columns=[],
                        numerator=len(missing), denominator=len(expected), unit="tables",
                        breakdown=breakdown)]


@register("schema_columns", dimension="format compliance", kahn="conformance", order=11)
def schema_columns(ctx: CheckContext) -> list[Result]:
    """Per table: profile columns absent, extra columns (counted only), case-only mismatches,
    and for Parquet, columns whose stored type is not the declared one."""
    out = []
    for name, table in ctx.profile.tables.items():
        source = ctx.dataset.tables.get(name)
        if source is None:
            continue
        missing = [c.name for c in table.columns if c.name not in source.columns]
        extra = [c for c in source.columns if table.column(c) is None]
        case_only = sum(1 for raw in source.raw_columns if raw != raw.lower() and table.column(raw) is not None)
        wrong_type = 0
        if source.format == "parquet":
            types = {r[0]: r[1] for r in ctx.con.execute(f'DESCRIBE SELECT * FROM "{name}"').fetchall()}
            for col in table.columns:
                actual = types.get(col.name)
                if actual is None:
                    continue
                family = _PARQUET_FAMILIES[col.base_type]
                if actual.split("(")[0].upper() not in family:
                    wrong_type += 1
        out.append(make_result(
            ctx, check="schema_columns", id=f"schema_columns:{name}", table=name, columns=missing,
            numerator=len(missing), denominator=len(table.columns), unit="columns",
            metrics={"extra_columns": len(extra), "case_mismatch_columns": case_only,
                     "type_mismatch_columns": wrong_type},
            breakdown=[Stratum(key=c, key_source="fixed", count=1) for c in missing]))
    return out


@register("missingness", dimension="completeness", kahn="completeness", order=20)
def missingness(ctx: CheckContext) -> list[Result]:
    """Row counts, NULLs and empty strings per column, and type conformance — one scan a table.

    Emits check types ``row_count``, ``missingness`` and ``type_conformance`` from that scan.
    """
    out: list[Result] = []
    for name, table in ctx.profile.tables.items():
        expected = ctx.profile.expected_rows.get(name)
        source = ctx.dataset.tables.get(name)
        if source is None:
            out.append(make_result(
                ctx, check="row_count", id=f"row_count:{name}", table=name, columns=[], numerator=None,
                denominator=expected, metrics={"expected_rows": expected}, reason="table_missing",
                kahn="completeness",
                status="fail" if expected is not None else "not_applicable"))
            continue
        ctx.tick(f"scanning {name}")
        cols = []
        for col in source.columns:
            spec = table.column(col)
            is_text = spec.is_text if spec else True
            cast = spec.base_type if (spec and not spec.is_text and source.format != "parquet") else None
            cols.append({"name": col, "empty": is_text, "cast": cast, "spec": spec})
        if source.materialized is not None or (source.format == "parquet" and not ctx.options.get("site_filter")):
            values = _columnar_scan(ctx, name, source, cols)
        else:
            sql = ctx.render("table_scan", table=name, columns=cols)
            row = ctx.query(sql, source.label)[0]
            names = ["n_rows"]
            for i, col in enumerate(cols):
                names.append(f"c{i}_null")
                if col["empty"]:
                    names.append(f"c{i}_empty")
                if col["cast"]:
                    names.append(f"c{i}_bad")
            values = dict(zip(names, row, strict=True))
        n = int(values["n_rows"])
        ctx.options.setdefault("row_counts", {})[name] = n
        diff = abs(n - expected) if expected is not None else None
        out.append(make_result(
            ctx, check="row_count", id=f"row_count:{name}", table=name, columns=[], numerator=diff,
            denominator=expected, metrics={"rows": n, "expected_rows": expected}, kahn="completeness",
            reason=None if expected is not None else "no_expected_count"))
        for i, col in enumerate(cols):
            if col["spec"] is None:
                continue  # extra column: counted in schema_columns, not profiled by name
            nulls = int(values[f"c{i}_null"])
            empty = int(values.get(f"c{i}_empty", 0) or 0)
            bad = int(values.get(f"c{i}_bad", 0) or 0)
            not_null = col["spec"].not_null
            out.append(make_result(
                ctx, check="missingness", id=f"missingness:{name}:{col['name']}", table=name,
                columns=[col["name"]], numerator=nulls + empty, denominator=n,
                threshold_key="not_null_violation" if not_null else "missingness",
                metrics={"null": nulls, "empty": empty}))
            if col["cast"]:
                out.append(make_result(
                    ctx, check="type_conformance", id=f"type_conformance:{name}:{col['name']}", table=name,
                    columns=[col["name"]], numerator=bad, denominator=n, dimension="format compliance",
                    kahn="conformance (value)"))
    return out


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _files_sql(files: list) -> str:
    return "[" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in files) + "]"


def footer_null_counts(ctx: CheckContext, files: list, label: str) -> tuple[int, dict[str, int], set[str]]:
    """Row count and per-column NULL counts from the Parquet footers (no data page is read), and
    the columns that cannot hold an empty string.

    A column is in the dict only when every row group of every file records its null count;
    the others need a scan. A column is in the set when every row group's minimum is a non-empty
    string (the empty string sorts first in any byte order, and a truncated minimum is a prefix
    of the true one) or the chunk is all NULL; the minimum is compared inside DuckDB and never
    leaves it.
    """
    listing = _files_sql(files)
    groups = ctx.query(f"SELECT count(*), coalesce(sum(n), 0) FROM (SELECT DISTINCT file_name, row_group_id, "
                       f"row_group_num_rows AS n FROM parquet_metadata({listing}))", label)[0]
    n_groups, n_rows = int(groups[0]), int(groups[1])
    stats = ctx.query(f"SELECT path_in_schema, count(*), count(stats_null_count), sum(stats_null_count) "
                      f"FROM parquet_metadata({listing}) GROUP BY path_in_schema", label)
    nulls = {path: int(total or 0) for path, chunks, with_stats, total in stats
             if chunks == n_groups and with_stats == n_groups}
    no_empty = ctx.query(
        f"SELECT path_in_schema FROM parquet_metadata({listing}) GROUP BY path_in_schema "
        f"HAVING count(*) = {n_groups} AND bool_and(stats_null_count = row_group_num_rows "
        f"OR coalesce(stats_min_value, stats_min) <> '')", label)
    return n_rows, nulls, {r[0] for r in no_empty}


def _columnar_scan(ctx: CheckContext, name: str, source, cols: list[dict]) -> dict[str, int]:
    """The table_scan figures of a Parquet table (or a CSV table converted once to typed
    Parquet): NULLs from the footers where every row group has them, one scan for the rest
    (empty strings of text columns, columns without statistics, the status of cast columns)."""
    materialized = source.materialized
    files = [materialized] if materialized is not None else source.files
    file_names = source.columns if materialized is not None else source.raw_columns
    n_rows, footer, no_empty = footer_null_counts(ctx, files, source.label)
    scan_cols, names, values = [], ["n_rows"], {"n_rows": n_rows}
    for i, (col, file_name) in enumerate(zip(cols, file_names, strict=True)):
        status = source.status_columns.get(col["name"]) if materialized is not None else None
        null_from_footer = file_name in footer
        if null_from_footer:
            values[f"c{i}_null"] = footer[file_name]
        empty = col["empty"] and file_name not in no_empty
        if col["empty"] and not empty:
            values[f"c{i}_empty"] = 0
        if null_from_footer and not empty and status is None:
            continue
        scan_cols.append({"name": file_name, "null": not null_from_footer, "empty": empty, "cast": None,
                          "status": status})
        names += ([] if null_from_footer else [f"c{i}_null"]) + ([f"c{i}_empty"] if empty else []) \
            + ([f"c{i}_status", f"c{i}_bad"] if status else [])
    if scan_cols:
        ctx.tick(f"scanning {name}")
        sql = ctx.render("table_scan", table=name, columns=scan_cols, source=f"read_parquet({_files_sql(files)})")
        row = ctx.query(sql, source.label)[0]
        values.update(dict(zip(names, row, strict=True)))
    for i, col in enumerate(cols):
        status = source.status_columns.get(col["name"]) if materialized is not None else None
        if status:  # the typed column is NULL for NULL, empty and unparsable text: keep the NULLs only
            values[f"c{i}_null"] = int(values[f"c{i}_null"]) - int(values.pop(f"c{i}_status"))
    return values
