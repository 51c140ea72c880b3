"""The check framework: a registry of check *types*, each one SQL template under ``sql/``.

A check type is a function ``run(ctx) -> list[Result]`` registered with ``@register``; its
instances come from the profile (one per table, column, link, rule…). As in the OHDSI
DataQualityDashboard, adding a type is one SQL file plus one small registration, adding an
instance is one YAML line, and thresholds are data (``profiles/thresholds.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import duckdb
import jinja2

from lqs_clinical.bundle import Number, Reason, Result, Stratum, Threshold
from lqs_clinical.discover import Dataset, describe_read_error, raw_view_name
from lqs_clinical.profile_model import Profile
from lqs_clinical.resources import data_path


@dataclass
class CheckContext:
    con: duckdb.DuckDBPyConnection
    profile: Profile
    dataset: Dataset
    k: int = 11
    options: dict[str, Any] = field(default_factory=dict)
    progress: Callable[[str], None] | None = None
    _env: jinja2.Environment | None = None

    def render(self, template: str, **values: Any) -> str:
        """Render ``sql/<template>.sql`` with jinja2; identifiers go through the ``q`` filter."""
        if self._env is None:
            self._env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(data_path("sql"))),
                                           undefined=jinja2.StrictUndefined, autoescape=False,
                                           trim_blocks=True, lstrip_blocks=True)
            self._env.filters["q"] = quote_ident
            self._env.filters["lit"] = quote_literal
            self._env.globals["raw"] = raw_view_name
        return self._env.get_template(f"{template}.sql").render(**values)

    def query(self, sql: str, what: str) -> list[tuple]:
        """Run one aggregate query; a read failure becomes a UserError naming ``what``."""
        try:
            return self.con.execute(sql).fetchall()
        except duckdb.Error as exc:
            raise describe_read_error(exc, what) from None

    def present(self, table: str, columns: Iterable[str] = ()) -> bool:
        source = self.dataset.tables.get(table)
        return source is not None and all(c.lower() in source.columns for c in columns)

    def label(self, table: str) -> str:
        source = self.dataset.tables.get(table)
        return source.label if source else table

    def tick(self, message: str) -> None:
        if self.progress:
            self.progress(message)


def quote_ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def quote_literal(value: object) -> str:
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


CheckFn = Callable[[CheckContext], list[Result]]


@dataclass(frozen=True)
class CheckType:
    name: str
    dimension: str
    kahn: str
    fn: CheckFn
    order: int


REGISTRY: dict[str, CheckType] = {}


def register(name: str, *, dimension: str, kahn: str, order: int = 100) -> Callable[[CheckFn], CheckFn]:
    def wrap(fn: CheckFn) -> CheckFn:
        REGISTRY[name] = CheckType(name, dimension, kahn, fn, order)
        return fn

    return wrap


def status_for(rate: float | None, threshold: Threshold | None) -> str:
    if rate is None or threshold is None:
        return "pass"
    if threshold.fail is not None and rate > threshold.fail:
        return "fail"
    if threshold.warn is not None and rate > threshold.warn:
        return "warn"
    return "pass"


def make_result(ctx: CheckContext, *, check: str, id: str, table: str | None, columns: list[str],
                numerator: int | None, denominator: int | None, unit: str = "rows",
                dimension: str | None = None, kahn: str | None = None, threshold_key: str | None = None,
                metrics: dict[str, Number] | None = None, breakdown: list[Stratum] | None = None,
                breakdown_total: str | None = None, reason: Reason | None = None,
                status: str | None = None, rate: float | None = None) -> Result:
    """Build a Result with its rate and a status from the profile's thresholds."""
    ctype = REGISTRY.get(check)
    t = ctx.profile.threshold(threshold_key or check)
    threshold = Threshold(warn=t.warn, fail=t.fail)
    if rate is None and numerator is not None and denominator:
        rate = numerator / denominator
    if status is None:
        if reason is not None:
            status = "not_applicable"
        elif denominator == 0:
            status = "not_applicable"
            reason = reason or "empty_table"
        else:
            status = status_for(rate, threshold)
    return Result(id=id, check=check, table=table, columns=columns, numerator=numerator,
                  denominator=denominator, rate=rate, threshold=threshold, status=status,
                  dimension=dimension or (ctype.dimension if ctype else "completeness"),
                  kahn=kahn or (ctype.kahn if ctype else "conformance"), unit=unit, reason=reason,
                  metrics=metrics or {}, breakdown=breakdown or [], breakdown_total=breakdown_total)
