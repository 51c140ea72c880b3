"""Units: values recorded without a unit (value_without_unit) and items recorded in several
units (multi_unit_items) — one scan per table for both, over the profile's value/unit pairs.

A missing unit is not a wrong unit: the two are separate check types.

value_without_unit, per pair: numerator = rows with a value (any value column non-NULL and, for
text, non-empty) whose unit is NULL or empty; denominator = rows with a value. Metrics
``numeric_rows`` / ``text_rows`` (split on the numeric value column), ``dictionary_no_unit_rows``
(items whose public dictionary entry declares no unit or a text parameter type: legitimately
unit-less) and ``expected_unit_rows`` (the rest: the meaningful finding, which sets the status). Breakdown: the 50 items
with most such rows, keyed by item code with the public dictionary label.

multi_unit_items, per pair with an item column: numerator = items recorded in more than one
distinct (non-empty) unit string; denominator = items recorded with a unit. Metrics
``normalized_items`` (still several units after lower-casing and trimming: real conflicts rather
than capitalisation drift) and ``rows_in_minority_unit``. Breakdown per item: rows with a unit,
and the number of distinct units (the unit strings themselves are data and never leave).
"""

from __future__ import annotations

from lqs_clinical.bundle import MISSING_KEY, Result, Stratum, Threshold
from lqs_clinical.checks.base import CheckContext, make_result, register, status_for
from lqs_clinical.profile_model import ValueUnit

TOP_ITEMS = 50
_CACHE = "_unit_scan"
_FIELDS = ("pair", "item", "label", "dict_no_unit", "value_rows", "nounit_rows", "nounit_numeric_rows",
           "units_raw", "units_norm", "unit_rows", "top_unit_rows")


def _group_key(vu: ValueUnit) -> tuple:
    d = vu.dictionary
    return (vu.table, vu.item, d.model_dump_json() if d else None)


def _pairs_present(ctx: CheckContext) -> dict[tuple, list[ValueUnit]]:
    groups: dict[tuple, list[ValueUnit]] = {}
    seen: set[str] = set()
    for vu in ctx.profile.value_units:
        if vu.id in seen:
            continue
        seen.add(vu.id)
        cols = [*vu.values, vu.unit, *([vu.numeric] if vu.numeric else []), *([vu.item] if vu.item else [])]
        if ctx.present(vu.table, cols):
            groups.setdefault(_group_key(vu), []).append(vu)
    return groups


def _scan(ctx: CheckContext, vu: ValueUnit) -> list[dict]:
    """Per-item aggregates of ``vu`` (from one query per table+item+dictionary, cached)."""
    cache = ctx.options.setdefault(_CACHE, {})
    key = _group_key(vu)
    if (key, vu.id) not in cache:  # one query fills the entries of every pair of the group
        pairs = _pairs_present(ctx)[key]
        table = ctx.profile.tables[vu.table]
        spec = []
        for p in pairs:
            values = [{"name": v, "text": bool(table.column(v) and table.column(v).is_text)} for v in p.values]
            spec.append({"unit": p.unit, "cols": values, "numeric": p.numeric})
        dictionary = None
        d = vu.dictionary
        if d is not None and ctx.present(d.table, [d.key, d.label, *([d.unit] if d.unit else []),
                                                   *([d.param_type] if d.param_type else [])]):
            parts = (["d.dunit_missing"] if d.unit else []) + (["d.dtext"] if d.param_type else [])
            dictionary = {"table": d.table, "key": d.key, "label": d.label, "unit": d.unit,
                          "param_type": d.param_type, "nounit": " OR ".join(parts)}
        ctx.tick(f"units {vu.table}")
        sql = ctx.render("value_without_unit", table=vu.table, item=vu.item, pairs=spec, dictionary=dictionary)
        rows = [dict(zip(_FIELDS, r, strict=True)) for r in ctx.query(sql, ctx.label(vu.table))]
        for i, p in enumerate(pairs):
            cache[(key, p.id)] = [r for r in rows if r["pair"] == i]
    return cache[(key, vu.id)]


def _na(ctx: CheckContext, check: str, vu: ValueUnit, unit: str) -> Result:
    reason = "table_missing" if not ctx.present(vu.table) else "column_missing"
    return make_result(ctx, check=check, id=f"{check}:{vu.id}", table=vu.table, columns=[*vu.values, vu.unit],
                       numerator=None, denominator=None, unit=unit, reason=reason)  # type: ignore[arg-type]


def _cell(row: dict, count: int, metrics: dict) -> Stratum:
    if row["item"] is None:
        return Stratum(key=MISSING_KEY, key_source="fixed", count=count, metrics=metrics)
    return Stratum(key=str(row["item"]), key_source="dictionary", label=row["label"], count=count, metrics=metrics)


def _unique(ctx: CheckContext) -> list[ValueUnit]:
    out, seen = [], set()
    for vu in ctx.profile.value_units:
        if vu.id not in seen:
            seen.add(vu.id)
            out.append(vu)
    return out


@register("value_without_unit", dimension="completeness", kahn="conformance (value)", order=50)
def value_without_unit(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    present = {p.id for group in _pairs_present(ctx).values() for p in group}
    for vu in _unique(ctx):
        if vu.id not in present:
            out.append(_na(ctx, "value_without_unit", vu, "rows"))
            continue
        rows = _scan(ctx, vu)
        value_rows = sum(int(r["value_rows"]) for r in rows)
        nounit = sum(int(r["nounit_rows"]) for r in rows)
        numeric = sum(int(r["nounit_numeric_rows"]) for r in rows)
        dict_no_unit = sum(int(r["nounit_rows"]) for r in rows if r["dict_no_unit"])
        hits = sorted((r for r in rows if r["nounit_rows"]), key=lambda r: (-int(r["nounit_rows"]), str(r["item"])))
        breakdown = [_cell(r, int(r["nounit_rows"]), {"numeric_rows": int(r["nounit_numeric_rows"])})
                     for r in hits[:TOP_ITEMS]] if vu.item else []
        expected = nounit - dict_no_unit
        expected_rate = expected / value_rows if value_rows else None
        # Status follows the rows that should carry a unit: an item whose public dictionary
        # declares no unit (text, checkbox…) legitimately has none.
        t = ctx.profile.threshold("value_without_unit")
        status = None if value_rows else "not_applicable"
        if value_rows:
            status = status_for(expected_rate, Threshold(warn=t.warn, fail=t.fail))
        out.append(make_result(
            ctx, check="value_without_unit", id=f"value_without_unit:{vu.id}", table=vu.table,
            columns=[*vu.values, vu.unit], numerator=nounit, denominator=value_rows, status=status,
            reason=None if value_rows else "empty_table",
            metrics={"numeric_rows": numeric, "text_rows": nounit - numeric,
                     "dictionary_no_unit_rows": dict_no_unit, "expected_unit_rows": expected,
                     "expected_unit_rows_rate": expected_rate, "items": len(hits)},
            breakdown=breakdown,
            breakdown_total="numerator" if vu.item and len(hits) <= TOP_ITEMS else None))
    return out


@register("multi_unit_items", dimension="record fidelity", kahn="conformance (value)", order=51)
def multi_unit_items(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    present = {p.id for group in _pairs_present(ctx).values() for p in group}
    for vu in _unique(ctx):
        if not vu.item or not vu.multi_unit:
            continue
        if vu.id not in present:
            out.append(_na(ctx, "multi_unit_items", vu, "items"))
            continue
        rows = [r for r in _scan(ctx, vu) if r["item"] is not None]
        with_unit = [r for r in rows if r["units_raw"]]
        multi = sorted((r for r in with_unit if r["units_raw"] > 1),
                       key=lambda r: (-int(r["unit_rows"]), str(r["item"])))
        normalized = sum(1 for r in with_unit if r["units_norm"] > 1)
        minority = sum(int(r["unit_rows"]) - int(r["top_unit_rows"]) for r in multi)
        breakdown = [_cell(r, int(r["unit_rows"]), {"units": int(r["units_raw"]),
                                                    "normalized_units": int(r["units_norm"])})
                     for r in multi[:TOP_ITEMS]]
        out.append(make_result(
            ctx, check="multi_unit_items", id=f"multi_unit_items:{vu.id}", table=vu.table,
            columns=[vu.item, vu.unit], numerator=len(multi), denominator=len(with_unit), unit="items",
            metrics={"normalized_items": normalized, "rows_in_minority_unit": minority},
            breakdown=breakdown))
    return out
