"""Plausibility: temporal order, death flag vs death time, value ranges.

temporal_order, per rule: numerator = rows where both sides are non-NULL and ``after`` (plus the
rule's tolerance) is earlier than ``before`` (or equal, for strict rules); denominator = rows
compared (both sides non-NULL; for cross-table rules, child rows with a parent row).
``compare_as_date`` truncates both sides to a date first. All rules of one table run in one scan,
its parents LEFT JOINed one row per key (sql/temporal_order.sql).

death_consistency, per rule: numerator = ``flag_without_time`` (flag = 1, time NULL) +
``time_without_flag`` (time set, flag not 1); denominator = rows.

value_range, per rule: numerator = ``below`` + ``above`` (bounds inclusive); denominator =
non-NULL values in scope (rows of the listed items, when given). The rules of one table over
every row run in one scan (FILTER clauses); its rules scoped to items run in one scan joined to a
small VALUES table of (rule, item, low, high), grouped by rule (a hash join on the item, not an
``IN (…)`` list per rule evaluated on every row). Never a min or max: those are one person's value.
"""

from __future__ import annotations

from lqs_clinical.bundle import Result
from lqs_clinical.checks.base import CheckContext, make_result, quote_ident, register
from lqs_clinical.profile_model import RangeRule, TemporalRule

_PARENT = "parent."


def _side(rule: TemporalRule, name: str, alias: str = "p") -> tuple[str, str, bool]:
    """(expression, column, from_parent) for one side of a temporal rule."""
    if name.startswith(_PARENT):
        col = name[len(_PARENT):]
        return f"{alias}.{quote_ident(col)}", col, True
    return f"c.{quote_ident(name)}", name, False


@register("temporal_order", dimension="record fidelity", kahn="plausibility (temporal)", order=60)
def temporal_order(ctx: CheckContext) -> list[Result]:
    results: dict[int, Result] = {}
    groups: dict[str, list[tuple[int, TemporalRule]]] = {}
    seen: set[str] = set()
    for i, rule in enumerate(ctx.profile.temporal):
        if rule.id in seen:
            continue
        seen.add(rule.id)
        (_, bcol, bpar), (_, acol, apar) = _side(rule, rule.before), _side(rule, rule.after)
        child_cols = [c for c, par in ((bcol, bpar), (acol, apar)) if not par]
        parent_cols = [c for c, par in ((bcol, bpar), (acol, apar)) if par]
        columns = [rule.before, rule.after]
        reason = None
        if not ctx.present(rule.table):
            reason = "table_missing"
        elif rule.join is None and parent_cols:
            reason = "column_missing"  # a parent column without a join: a profile error, not data
        elif not ctx.present(rule.table, child_cols + (rule.join.keys if rule.join else [])):
            reason = "column_missing"
        elif rule.join and not ctx.present(rule.join.parent, parent_cols + rule.join.keys):
            reason = "parent_missing"
        if reason:
            results[i] = make_result(ctx, check="temporal_order", id=f"temporal_order:{rule.id}", table=rule.table,
                                     columns=[c.removeprefix(_PARENT) for c in columns], numerator=None,
                                     denominator=None, reason=reason)  # type: ignore[arg-type]
            continue
        groups.setdefault(rule.table, []).append((i, rule))
    for table, rules in groups.items():
        specs = []
        joins: dict[tuple, dict] = {}  # (parent, keys) -> {"alias", "parent", "on", "columns"}
        for _, rule in rules:
            alias, jkey = "p", None
            if rule.join:
                jkey = (rule.join.parent, tuple(rule.join.keys))
                if jkey not in joins:
                    joins[jkey] = {"alias": f"p{len(joins)}", "parent": rule.join.parent,
                                   "on": list(rule.join.keys), "columns": list(rule.join.keys)}
                alias = joins[jkey]["alias"]
            (bexpr, bcol, bpar), (aexpr, acol, apar) = _side(rule, rule.before, alias), _side(rule, rule.after, alias)
            for col, par in ((bcol, bpar), (acol, apar)):
                if par and col not in joins[jkey]["columns"]:
                    joins[jkey]["columns"].append(col)
            bcmp, acmp = bexpr, aexpr
            if rule.compare_as_date:
                bcmp, acmp = f"CAST({bexpr} AS DATE)", f"CAST({aexpr} AS DATE)"
            if rule.tolerance_hours:
                acmp = f"({acmp} + to_microseconds({int(round(rule.tolerance_hours * 3_600_000_000))}))"
            specs.append({"before": bexpr, "after": aexpr, "before_cmp": bcmp, "after_cmp": acmp,
                          "strict": rule.strict})
        ctx.tick(f"temporal {table}")
        sql = ctx.render("temporal_order", table=table, rules=specs, joins=list(joins.values()))
        row = ctx.query(sql, ctx.label(table))[0]
        for j, (i, rule) in enumerate(rules):
            compared, violations = int(row[1 + 2 * j] or 0), int(row[2 + 2 * j] or 0)
            results[i] = make_result(
                ctx, check="temporal_order", id=f"temporal_order:{rule.id}", table=rule.table,
                columns=[c.removeprefix(_PARENT) for c in (rule.before, rule.after)], numerator=violations,
                denominator=compared)
    return [results[i] for i in sorted(results)]


@register("death_consistency", dimension="record fidelity", kahn="plausibility (temporal)", order=61)
def death_consistency(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    for rule in ctx.profile.death_consistency:
        rid = f"death_consistency:{rule.table}:{rule.flag}"
        if not ctx.present(rule.table, [rule.flag, rule.time]):
            out.append(make_result(ctx, check="death_consistency", id=rid, table=rule.table,
                                   columns=[rule.flag, rule.time], numerator=None, denominator=None,
                                   reason="table_missing" if not ctx.present(rule.table) else "column_missing"))
            continue
        sql = ctx.render("death_consistency", table=rule.table, flag=rule.flag, time=rule.time)
        n, fwt, twf = (int(v or 0) for v in ctx.query(sql, ctx.label(rule.table))[0])
        out.append(make_result(ctx, check="death_consistency", id=rid, table=rule.table,
                               columns=[rule.flag, rule.time], numerator=fwt + twf, denominator=n,
                               metrics={"flag_without_time": fwt, "time_without_flag": twf}))
    return out


@register("value_range", dimension="record fidelity", kahn="plausibility (atemporal)", order=62)
def value_range(ctx: CheckContext) -> list[Result]:
    results: dict[int, Result] = {}
    by_table: dict[str, list[tuple[int, RangeRule]]] = {}
    seen: set[str] = set()
    for i, rule in enumerate(ctx.profile.ranges):
        if rule.id in seen:
            continue
        seen.add(rule.id)
        cols = [rule.column, *([rule.item] if rule.item and rule.items else [])]
        if not ctx.present(rule.table, cols):
            results[i] = make_result(ctx, check="value_range", id=f"value_range:{rule.id}", table=rule.table,
                                     columns=[rule.column], numerator=None, denominator=None,
                                     reason="table_missing" if not ctx.present(rule.table) else "column_missing")
            continue
        by_table.setdefault(rule.table, []).append((i, rule))
    for table, rules in by_table.items():
        # rules over every row: one FILTER scan; rules scoped to items: one join per (column, item)
        groups: dict[tuple[str, str | None], list[tuple[int, RangeRule]]] = {}
        for i, rule in rules:
            scoped = bool(rule.item and rule.items)
            groups.setdefault((rule.column, rule.item) if scoped else ("", None), []).append((i, rule))
        ctx.tick(f"ranges {table}")
        for (column, item), group in groups.items():
            counts: dict[int, tuple[int, int, int]] = {}
            if item is None:
                specs = [{"column": rule.column, "low": rule.low, "high": rule.high} for _, rule in group]
                row = ctx.query(ctx.render("value_range", table=table, item=None, rules=specs), ctx.label(table))[0]
                for j in range(len(group)):
                    counts[j] = tuple(int(v or 0) for v in row[1 + 3 * j: 4 + 3 * j])  # type: ignore[assignment]
            else:
                bounds = [{"rule_no": j, "item": code, "low": rule.low, "high": rule.high}
                          for j, (_, rule) in enumerate(group)
                          for code in dict.fromkeys(int(x) for x in rule.items or [])]  # an item once per rule
                sql = ctx.render("value_range", table=table, item=item, column=column, bounds=bounds)
                for rule_no, *figures in ctx.query(sql, ctx.label(table)):
                    counts[int(rule_no)] = tuple(int(v or 0) for v in figures)  # type: ignore[assignment]
            for j, (i, rule) in enumerate(group):
                in_scope, below, above = counts.get(j, (0, 0, 0))
                results[i] = make_result(
                    ctx, check="value_range", id=f"value_range:{rule.id}", table=rule.table, columns=[rule.column],
                    numerator=below + above, denominator=in_scope, metrics={"below": below, "above": above})
    return [results[i] for i in sorted(results)]
