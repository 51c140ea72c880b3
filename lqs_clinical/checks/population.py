"""Population coverage: distinct subjects per category of the profile's population columns.

Per column: denominator = distinct subjects; numerator = subjects whose category is missing
(NULL); breakdown = one stratum per category, counted in distinct subjects (never rows), keyed
by the category value (``key_source="data"``: suppression replaces a small category's label),
by a band label such as ``18-29`` / ``90+`` (``"band"``) for banded numeric columns, or
``(missing)`` (``"fixed"``). The strata add up to the denominator when each subject has one
category (first row per subject with ``first_by``), so complementary suppression applies.
"""

from __future__ import annotations

from lqs_clinical.bundle import MISSING_KEY, Result, Stratum
from lqs_clinical.checks.base import CheckContext, make_result, register


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def band_labels(bands: list[float]) -> dict[int, str]:
    """``[18, 30, …, 90]`` → {-1: "0-17", 0: "18-29", …, 7: "90+"} (lower bounds inclusive)."""
    bounds = sorted(bands)
    labels = {-1: f"0-{_num(bounds[0] - 1)}"} if bounds[0] > 0 else {}
    for i, low in enumerate(bounds):
        labels[i] = f"{_num(low)}+" if i == len(bounds) - 1 else f"{_num(low)}-{_num(bounds[i + 1] - 1)}"
    return labels


@register("population", dimension="population coverage", kahn="characterization", order=70)
def population(ctx: CheckContext) -> list[Result]:
    out: list[Result] = []
    seen: set[str] = set()
    for pc in ctx.profile.population:
        if pc.id in seen:
            continue
        seen.add(pc.id)
        rid = f"population:{pc.id}"
        cols = [pc.column, pc.subject, *([pc.first_by] if pc.first_by else [])]
        if not ctx.present(pc.table, cols):
            out.append(make_result(ctx, check="population", id=rid, table=pc.table, columns=[pc.column],
                                   numerator=None, denominator=None, unit="patients",
                                   reason="table_missing" if not ctx.present(pc.table) else "column_missing"))
            continue
        bands = sorted(pc.bands) if pc.bands else None
        labels = band_labels(bands) if bands else {}
        ctx.tick(f"population {pc.id}")
        sql = ctx.render("population", table=pc.table, column=pc.column, subject=pc.subject, first_by=pc.first_by,
                         bands=[{"low": b, "index": i} for i, b in enumerate(bands)] if bands else None)
        rows = ctx.query(sql, ctx.label(pc.table))
        total = int(rows[0][2]) if rows else 0
        breakdown: list[Stratum] = []
        missing = 0
        for category, subjects, _ in rows:
            n = int(subjects)
            if category is None:
                missing = n
                breakdown.append(Stratum(key=MISSING_KEY, key_source="fixed", count=n, denominator=total,
                                         rate=n / total if total else None))
            elif bands:
                breakdown.append(Stratum(key=labels[int(category)], key_source="band", count=n, denominator=total,
                                         rate=n / total if total else None))
            else:
                breakdown.append(Stratum(key=str(category), key_source="data", count=n, denominator=total,
                                         rate=n / total if total else None))
        if bands:
            order = {label: i for i, label in labels.items()}
            breakdown.sort(key=lambda s: order.get(s.key, len(order)))
        additive = sum(s.count or 0 for s in breakdown) == total
        out.append(make_result(ctx, check="population", id=rid, table=pc.table, columns=[pc.column],
                               numerator=missing, denominator=total, unit="patients",
                               metrics={"categories": len(breakdown)},
                               breakdown=breakdown, breakdown_total="denominator" if additive else None))
    return out
