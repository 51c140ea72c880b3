"""Referential integrity: orphans of every declared FK and every soft (undeclared) link.

Declared links emit check type ``fk_orphans``, soft links ``soft_fk_orphans`` (a separate type
so thresholds, reports and compare can tell them apart). Per link: numerator = child rows whose
non-NULL key is absent from the parent; denominator = child rows with a non-NULL key; metrics
``orphan_keys`` (distinct orphan key tuples, unit keys) and ``null_rows`` (child rows with a
NULL key part: missingness, not orphans).

One statement per child table: one scan counts rows and NULL keys for every link, then each
link is a row-level anti-join of the child's key columns against the parent's (sql/fk_orphans.sql
says why no side is de-duplicated first).
"""

from __future__ import annotations

from lqs_clinical.bundle import Result
from lqs_clinical.checks.base import CheckContext, make_result, register
from lqs_clinical.profile_model import ForeignKey


def _check_type(fk: ForeignKey) -> str:
    return "fk_orphans" if fk.declared else "soft_fk_orphans"


def _na(ctx: CheckContext, fk: ForeignKey, reason: str) -> Result:
    check = _check_type(fk)
    return make_result(ctx, check=check, id=f"{check}:{fk.id}", table=fk.child, columns=list(fk.columns),
                       numerator=None, denominator=None, reason=reason,  # type: ignore[arg-type]
                       dimension="record fidelity", kahn="conformance (relational)", threshold_key=check)


@register("fk_orphans", dimension="record fidelity", kahn="conformance (relational)", order=40)
def fk_orphans(ctx: CheckContext) -> list[Result]:
    results: dict[int, Result] = {}
    by_child: dict[str, list[tuple[int, ForeignKey]]] = {}
    seen: set[str] = set()
    for i, fk in enumerate(ctx.profile.foreign_keys):
        if fk.id in seen:
            continue  # the same link declared twice (e.g. by an attached addon)
        seen.add(fk.id)
        if not ctx.present(fk.child):
            results[i] = _na(ctx, fk, "table_missing")
        elif not ctx.present(fk.child, fk.columns):
            results[i] = _na(ctx, fk, "column_missing")
        elif not ctx.present(fk.parent, fk.parent_columns):
            results[i] = _na(ctx, fk, "parent_missing")
        else:
            by_child.setdefault(fk.child, []).append((i, fk))
    for child, links in by_child.items():
        columns: list[str] = []
        for _, fk in links:
            for col in fk.columns:
                if col not in columns:
                    columns.append(col)
        specs = [{"idx": [columns.index(c) for c in fk.columns], "parent": fk.parent,
                  "parent_columns": fk.parent_columns} for _, fk in links]
        ctx.tick(f"links {child}")
        sql = ctx.render("fk_orphans", table=child, columns=columns, links=specs)
        rows = {int(r[0]): r[1:] for r in ctx.query(sql, ctx.label(child))}
        for j, (i, fk) in enumerate(links):
            n_rows, null_rows, orphan_rows, orphan_keys = (int(v or 0) for v in rows[j])
            check = _check_type(fk)
            results[i] = make_result(
                ctx, check=check, id=f"{check}:{fk.id}", table=fk.child, columns=list(fk.columns),
                numerator=orphan_rows, denominator=n_rows - null_rows, threshold_key=check,
                dimension="record fidelity", kahn="conformance (relational)",
                metrics={"orphan_keys": orphan_keys, "null_rows": null_rows, "child_rows": n_rows})
    return [results[i] for i in sorted(results)]
