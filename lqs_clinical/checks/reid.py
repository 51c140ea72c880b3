"""Re-identification risk of the structured data: k-anonymity profile and rare-code exposure.

Two check types, both under the de-identification-quality dimension:

``reid_risk`` — per quasi-identifier (QI) set of the profile (``quasi_identifiers``), each patient's
QI tuple is derived in DuckDB (one row per subject; admission-level attributes from the first
admission, as the profile states) and grouped into equivalence classes. One result per set:
numerator = sample uniques (patients alone in their class), denominator = patients, breakdown =
patients in classes of size "1", "2-4", "5-10", "11+" (fixed keys, adding up to the denominator,
so complementary suppression applies). Metrics (ARX's names):

- ``classes`` — number of equivalence classes; ``average_risk`` = classes / patients;
- ``prosecutor_risk`` = 1 / smallest class size; ``prosecutor_risk_upper`` = its upper bound
  read from the banded histogram (1, 1/2, 1/5, 1/11);
- ``sample_uniqueness_rate`` = uniques / patients (the result's rate);
- ``not_l_diverse`` — patients in classes with fewer than ``l`` distinct values of the
  profile's sensitive attribute (missing counts as a value), and ``not_l_diverse_rate``.

``rare_code_exposure`` — per code system of the profile (``rare_codes``): patients holding at
least one code that fewer than k patients of the copy hold, over all patients; metrics
``codes`` (distinct codes), ``rare_codes`` (codes held by fewer than k patients) and
``patients_with_codes``; plus one result ``rare_code_exposure:all`` for any system.

Privacy decisions (beyond the generic small-cell rules of ``suppress.py``, applied here before
the bundle is built because they concern differences between figures of one result):

- The numerator (uniques) equals the "1" cell: when suppression — including complementary
  suppression — would withhold that cell, the numerator, rate and sample_uniqueness_rate are
  withheld too (otherwise the hidden cells could be recovered by subtraction).
- ``classes`` is published only if no cell of the histogram is withheld, classes ≥ k and
  patients − classes (the patients beyond the first of each class) is 0 or ≥ k; otherwise it and
  ``average_risk`` (the same figure divided by a published total) are withheld. With a hidden
  cell, classes minus the uniques would count the hidden classes.
- ``prosecutor_risk`` reveals the smallest class size, so it is shown only when that size is
  ≥ k (a class of at least k patients); otherwise it is withheld and only
  ``prosecutor_risk_upper`` is shown — the bound implied by the smallest non-empty band, which
  the histogram already tells (a withheld cell is never empty; an empty cell shows 0).
- ``not_l_diverse`` includes every unique (a class of one has one value); when the uniques are
  shown and the difference (patients in homogeneous classes of two or more) is a small count,
  it is withheld with its rate.
- ``rare_codes`` and ``codes`` count codes, not people, but each rare code stands for a group
  of fewer than k patients; they sit in a patients result, so the generic rule withholds them
  when 1 ≤ n < k (a handful of rare codes beside the exposed-patient count narrows the group
  sizes). Codes are never named: only counts leave DuckDB.

Complements against the published denominator (patients − numerator) follow the project-wide
convention and are not withheld separately.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lqs_clinical.bundle import Result, Stratum
from lqs_clinical.checks.base import CheckContext, make_result, register
from lqs_clinical.errors import UserError
from lqs_clinical.profile_model import QIAttribute, QuasiIdentifierSet, RareCodeSystem
from lqs_clinical.suppress import small, suppress_result

CLASS_BANDS: tuple[tuple[str, str], ...] = (("1", "size_1"), ("2-4", "size_2_4"), ("5-10", "size_5_10"),
                                            ("11+", "size_11_plus"))
# Lower bound of each class-size band → upper bound of the prosecutor risk in that band.
_BAND_LOW = {"1": 1, "2-4": 2, "5-10": 5, "11+": 11}
_SUBJECTS = "__lqs_reid_subjects_{}"


# ---------------------------------------------------------------------------------------------
# reid_risk

@dataclass
class _Source:
    alias: str
    table: str
    subject: str
    kind: str  # "first" | "agg"
    first_by: str | None
    columns: list[dict] = field(default_factory=list)


def _attr_key(a: QIAttribute) -> tuple:
    return (a.table, a.column, a.subject, tuple(a.bands or ()), a.first_by, a.aggregate)


def _missing(ctx: CheckContext, qi: QuasiIdentifierSet, attrs: list[QIAttribute]) -> str | None:
    """``table_missing``/``column_missing`` when the copy lacks what the set needs."""
    if not ctx.present(qi.subject_table):
        return "table_missing"
    if not ctx.present(qi.subject_table, [qi.subject]):
        return "column_missing"
    for a in attrs:
        if not ctx.present(a.table):
            return "table_missing"
        if not ctx.present(a.table, [a.column, a.subject, *([a.first_by] if a.first_by else [])]):
            return "column_missing"
    return None


def _validate(ctx: CheckContext, qi: QuasiIdentifierSet) -> None:
    where = f"profile {ctx.profile.name}: quasi_identifiers {qi.id}"
    for a in (*qi.attributes, *([qi.sensitive] if qi.sensitive else [])):
        table = ctx.profile.tables.get(a.table)
        if table is None:
            raise UserError(f"{where}: attribute {a.id} names unknown table {a.table!r}")
        for col in (a.column, a.subject, a.first_by):
            if col is not None and table.column(col) is None:
                raise UserError(f"{where}: attribute {a.id} names unknown column {a.table}.{col}")
        if a.first_by and a.aggregate:
            raise UserError(f"{where}: attribute {a.id} has both first_by and aggregate; choose one")
        if a.table != qi.subject_table and not (a.first_by or a.aggregate):
            raise UserError(f"{where}: attribute {a.id} is on {a.table}, not {qi.subject_table}: "
                            "give first_by (e.g. admittime) or aggregate (count, sum, max)")
    if qi.l < 2:
        raise UserError(f"{where}: l must be at least 2")


def _build_subjects(ctx: CheckContext, group: list[QuasiIdentifierSet], target: str) -> dict[tuple, str]:
    """Create the per-subject temp table for sets sharing a subject table; return attr → column."""
    subject_table, subject = group[0].subject_table, group[0].subject
    aliases: dict[tuple, str] = {}
    attributes: list[dict] = []
    base_columns: list[dict] = []
    sources: dict[tuple, _Source] = {}
    for qi in group:
        for a in (*qi.attributes, *([qi.sensitive] if qi.sensitive else [])):
            key = _attr_key(a)
            if key in aliases:
                continue
            alias = f"a{len(aliases)}"
            aliases[key] = alias
            if a.table == subject_table and a.subject == subject and not a.first_by and not a.aggregate:
                base_columns.append({"column": a.column, "alias": alias})
                ref = f"base.{alias}"
            else:
                kind = "agg" if a.aggregate else "first"
                skey = (a.table, a.subject, kind, a.first_by)
                src = sources.get(skey)
                if src is None:
                    src = _Source(alias=f"s{len(sources)}", table=a.table, subject=a.subject, kind=kind,
                                  first_by=a.first_by)
                    sources[skey] = src
                src.columns.append({"column": a.column, "alias": alias, "aggregate": a.aggregate})
                ref = f"{src.alias}.{alias}"
            attributes.append({"alias": alias, "ref": ref, "bands": a.bands or None,
                               "zero_default": a.aggregate == "count"})
    sql = ctx.render("reid_subjects", target=target, subject_table=subject_table, subject=subject,
                     base_columns=base_columns, sources=list(sources.values()), attributes=attributes)
    ctx.query(sql, ctx.label(subject_table))
    return aliases


def _prosecutor_upper(smallest: int | None, k: int) -> float | None:
    if not smallest:
        return None
    if smallest >= k:
        return 1.0 / smallest
    for low in sorted(_BAND_LOW.values(), reverse=True):
        if smallest >= low:
            return 1.0 / low
    return None  # pragma: no cover


def _withhold(result: Result, *names: str) -> None:
    for name in names:
        if name in ("numerator", "rate"):
            if getattr(result, name) is not None:
                setattr(result, name, None)
                result.suppressed.append(name)
        elif result.metrics.get(name) is not None:
            result.metrics[name] = None
            result.suppressed.append(f"metrics.{name}")


def _disclosure_rules(result: Result, k: int, smallest: int | None) -> None:
    """The reid-specific withholding rules (module docstring), applied before suppression."""
    trial = suppress_result(result.model_copy(deep=True), k)
    hidden = {c.key for c in trial.breakdown if "count" in c.suppressed}
    n = result.denominator or 0
    uniques = result.numerator
    if "1" in hidden:
        _withhold(result, "numerator", "rate", "sample_uniqueness_rate")
    classes = result.metrics.get("classes")
    if classes is not None and (hidden or small(classes, k) or small(n - classes, k)):
        _withhold(result, "classes", "average_risk")
    if smallest is not None and smallest < k:
        _withhold(result, "prosecutor_risk")
    notl = result.metrics.get("not_l_diverse")
    if notl is not None and result.numerator is not None and uniques is not None and small(notl - uniques, k):
        _withhold(result, "not_l_diverse", "not_l_diverse_rate")


def _set_result(ctx: CheckContext, qi: QuasiIdentifierSet, row: tuple | None, reason: str | None) -> Result:
    columns = [a.id for a in qi.attributes]
    rid = f"reid_risk:{qi.id}"
    if row is None:
        return make_result(ctx, check="reid_risk", id=rid, table=qi.subject_table, columns=columns,
                           numerator=None, denominator=None, unit="patients", reason=reason)  # type: ignore[arg-type]
    names = ("classes", "patients", "size_1", "size_2_4", "size_5_10", "size_11_plus", "smallest", "not_l_diverse")
    v = dict(zip(names, row, strict=True))
    n = int(v["patients"])
    classes = int(v["classes"])
    smallest = int(v["smallest"]) if v["smallest"] is not None else None
    breakdown = [Stratum(key=key, key_source="fixed", count=int(v[col]),
                         rate=int(v[col]) / n if n else None) for key, col in CLASS_BANDS]
    metrics: dict = {
        "classes": classes,
        "average_risk": classes / n if n else None,
        "prosecutor_risk": 1.0 / smallest if smallest else None,
        "prosecutor_risk_upper": _prosecutor_upper(smallest, ctx.k),
        "sample_uniqueness_rate": int(v["size_1"]) / n if n else None,
    }
    if qi.sensitive is not None and v["not_l_diverse"] is not None:
        notl = int(v["not_l_diverse"])
        metrics["not_l_diverse"] = notl
        metrics["not_l_diverse_rate"] = notl / n if n else None
    result = make_result(ctx, check="reid_risk", id=rid, table=qi.subject_table, columns=columns,
                         numerator=int(v["size_1"]), denominator=n, unit="patients", metrics=metrics,
                         breakdown=breakdown, breakdown_total="denominator")
    if n:
        _disclosure_rules(result, ctx.k, smallest)
    return result


@register("reid_risk", dimension="de-identification quality", kahn="de-identification", order=80)
def reid_risk(ctx: CheckContext) -> list[Result]:
    """k-anonymity profile of each quasi-identifier set (see the module docstring)."""
    sets = ctx.profile.quasi_identifiers
    for qi in sets:
        _validate(ctx, qi)
    ready: dict[tuple[str, str], list[QuasiIdentifierSet]] = {}
    reasons: dict[str, str | None] = {}
    for qi in sets:
        attrs = list(qi.attributes)
        reasons[qi.id] = _missing(ctx, qi, attrs)
        if reasons[qi.id] is None:
            ready.setdefault((qi.subject_table, qi.subject), []).append(qi)
    rows: dict[str, tuple] = {}
    for gi, group in enumerate(ready.values()):
        ctx.tick("re-identification risk: quasi-identifier classes")
        target = _SUBJECTS.format(gi)
        # A sensitive attribute the copy lacks only drops l-diversity, not the set.
        usable = [qi if qi.sensitive is None or _missing(ctx, qi, [qi.sensitive]) is None
                  else qi.model_copy(update={"sensitive": None}) for qi in group]
        try:
            aliases = _build_subjects(ctx, usable, target)
            for qi in usable:
                sql = ctx.render("reid_classes", source=target,
                                 columns=[aliases[_attr_key(a)] for a in qi.attributes],
                                 sensitive=aliases[_attr_key(qi.sensitive)] if qi.sensitive else None,
                                 l=qi.l)
                rows[qi.id] = ctx.query(sql, ctx.label(qi.subject_table))[0]
        finally:
            ctx.con.execute(f'DROP TABLE IF EXISTS "{target}"')
    return [_set_result(ctx, qi, rows.get(qi.id), reasons[qi.id]) for qi in sets]


# ---------------------------------------------------------------------------------------------
# rare_code_exposure

_TEMP = {"pairs": "__lqs_rare_pairs", "holders": "__lqs_rare_holders", "exposed_now": "__lqs_rare_exposed_now",
         "exposed_all": "__lqs_rare_exposed_all", "coded_all": "__lqs_rare_coded_all"}


def _rare_result(ctx: CheckContext, rid: str, table: str | None, columns: list[str], exposed: int | None,
                 population: int | None, metrics: dict | None, reason: str | None = None) -> Result:
    return make_result(ctx, check="rare_code_exposure", id=rid, table=table, columns=columns,
                       numerator=exposed, denominator=population, unit="patients", metrics=metrics,
                       reason=reason)  # type: ignore[arg-type]


@register("rare_code_exposure", dimension="de-identification quality", kahn="de-identification", order=81)
def rare_code_exposure(ctx: CheckContext) -> list[Result]:
    """Share of patients holding a code that fewer than k patients of the copy hold, per system."""
    systems: list[RareCodeSystem] = list(ctx.profile.rare_codes)
    if not systems:
        return []
    for rc in systems:
        table = ctx.profile.tables.get(rc.table)
        if table is None or any(table.column(c) is None for c in (*rc.columns, rc.subject)):
            raise UserError(f"profile {ctx.profile.name}: rare_codes {rc.id} names an unknown table or column")
    out: list[Result] = []
    populations: dict[str, int] = {}
    ctx.con.execute(f'CREATE OR REPLACE TEMP TABLE "{_TEMP["exposed_all"]}" (subject BIGINT)')
    ctx.con.execute(f'CREATE OR REPLACE TEMP TABLE "{_TEMP["coded_all"]}" (subject BIGINT)')
    total_rare = 0
    ran = 0
    try:
        for rc in systems:
            rid = f"rare_code_exposure:{rc.id}"
            if not ctx.present(rc.subject_table, [rc.subject]) or not ctx.present(rc.table):
                out.append(_rare_result(ctx, rid, rc.table, rc.columns, None, None, None, "table_missing"))
                continue
            if not ctx.present(rc.table, [*rc.columns, rc.subject]):
                out.append(_rare_result(ctx, rid, rc.table, rc.columns, None, None, None, "column_missing"))
                continue
            if rc.subject_table not in populations:
                count_sql = f'SELECT count(DISTINCT "{rc.subject}") FROM "{rc.subject_table}"'
                populations[rc.subject_table] = int(ctx.query(count_sql, ctx.label(rc.subject_table))[0][0])
            n = populations[rc.subject_table]
            ctx.tick(f"rare-code exposure: {rc.table}")
            sql = ctx.render("rare_code_exposure", table=rc.table, subject=rc.subject, columns=rc.columns,
                             k=ctx.k, population=rc.subject_table, population_subject=rc.subject, **_TEMP)
            codes, rare, coded, exposed = ctx.query(sql, ctx.label(rc.table))[0]
            ran += 1
            total_rare += int(rare)
            metrics = {"codes": int(codes), "rare_codes": int(rare),
                       "rare_codes_rate": int(rare) / int(codes) if codes else None,
                       "patients_with_codes": int(coded)}
            out.append(_rare_result(ctx, rid, rc.table, rc.columns, int(exposed), n, metrics))
        if ran and len(populations) == 1:
            n = next(iter(populations.values()))
            exposed_all, coded_all = ctx.query(
                f'SELECT (SELECT count(DISTINCT subject) FROM "{_TEMP["exposed_all"]}"), '
                f'(SELECT count(DISTINCT subject) FROM "{_TEMP["coded_all"]}")', "rare-code exposure")[0]
            out.append(_rare_result(ctx, "rare_code_exposure:all", None, [], int(exposed_all), n,
                                    {"rare_codes": total_rare, "patients_with_codes": int(coded_all)}))
    finally:
        for name in _TEMP.values():
            ctx.con.execute(f'DROP TABLE IF EXISTS "{name}"')
    return out
