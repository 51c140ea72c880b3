"""The report's view model: turns a Bundle into sections of charts and scannable tables.

Reads the Bundle only. Every number shown comes from it: counts get thousands separators, rates
become percentages, and a value withheld by small-cell suppression (JSON null with its field named
in ``suppressed``) is shown as "<k". Check types without a dedicated view get a generic sortable
table, so check types added later appear in the report without a change here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from lqs_clinical.bundle import DIMENSIONS, SUPPRESSED_KEY, Bundle, Result, Stratum
from lqs_clinical.report import charts

SEVERITY = {"fail": 0, "error": 1, "warn": 2, "pass": 3, "not_applicable": 4}
STATUS_TEXT = {"fail": "fail", "error": "error", "warn": "warn", "pass": "pass", "not_applicable": "n/a"}
INDICATOR_LABEL = "indicative evidence, not an audit score"
VERIFY_COMMAND = "lqs-clinical verify evidence.json --public-key lqs-signing.pub"
# Above this many instances, a check type's table lists only the instances with a finding.
LONG_TABLE = 40

TITLES = {
    "row_count": "Row counts vs published counts",
    "missingness": "Missingness per column",
    "schema_tables": "Tables present",
    "schema_columns": "Columns present",
    "type_conformance": "Values that do not parse as the declared type",
    "fk_orphans": "Foreign-key orphans: declared vs soft links",
    "value_without_unit": "Values without a unit",
    "multi_unit_items": "Items recorded in several units",
    "temporal_order": "Temporal order violations",
    "value_range": "Values outside plausible ranges",
    "death_consistency": "Death consistency",
    "population": "Population coverage",
    "residual_phi": "Residual identifiers in notes",
    "reid_risk": "Re-identification risk of quasi-identifiers",
    "rare_code_exposure": "Rare-code exposure",
    "provenance": "Provenance: local copy vs published checksums",
}


@dataclass
class Cell:
    text: str
    sort: str = ""
    cls: str = ""


@dataclass
class Table:
    headers: list[tuple[str, bool]]  # (title, numeric)
    rows: list[list[Cell]]
    caption: str = ""
    note: str = ""


@dataclass
class Block:
    kind: str  # "chart" | "table" | "text" | "kv"
    svg: Markup | None = None
    table: Table | None = None
    text: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Section:
    id: str
    title: str
    intro: str = ""
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


def _sort_num(value: float | int | None) -> str:
    # Short scientific form: sorts numerically in the page and carries no long digit runs.
    return "" if value is None else f"{float(value):.5e}"


class Formatter:
    def __init__(self, k: int) -> None:
        self.k = k
        self.withheld = f"<{k}"

    def count(self, value: int | float | None, field_name: str = "", suppressed: Iterable[str] = ()) -> Cell:
        if value is None:
            if field_name and field_name in set(suppressed):
                return Cell(self.withheld, "", "withheld")
            return Cell("–", "", "none")
        if isinstance(value, float) and not value.is_integer():
            return Cell(f"{value:,.2f}", _sort_num(value))
        return Cell(f"{int(value):,}", _sort_num(value))

    def rate(self, value: float | None, field_name: str = "rate", suppressed: Iterable[str] = ()) -> Cell:
        if value is None:
            if field_name in set(suppressed):
                return Cell(self.withheld, "", "withheld")
            return Cell("–", "", "none")
        return Cell(charts.format_pct(value), _sort_num(value))

    def number(self, value: float | int | None, field_name: str, suppressed: Iterable[str]) -> str:
        if value is None:
            return self.withheld if field_name in set(suppressed) else "–"
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, int):
            return f"{value:,}"
        return f"{value:.4g}"

    def metrics(self, metrics: dict, suppressed: Iterable[str], skip: Iterable[str] = ()) -> str:
        skipped = set(skip)
        parts = [f"{name.replace('_', ' ')}: {self.number(value, f'metrics.{name}', suppressed)}"
                 for name, value in metrics.items() if name not in skipped]
        return "; ".join(parts)

    def status(self, status: str) -> Cell:
        return Cell(STATUS_TEXT.get(status, status), str(SEVERITY.get(status, 9)), f"status status-{status}")

    def interval(self, est: float | None, low: float | None, high: float | None, names: tuple[str, str, str],
                 suppressed: Iterable[str]) -> Cell:
        if est is None:
            return Cell(self.number(None, names[0], suppressed), "", "withheld" if names[0] in set(suppressed)
                        else "none")
        text = f"{est:.3g}"
        if low is not None and high is not None:
            text += f" ({low:.3g}–{high:.3g})"
        return Cell(text, _sort_num(est))


def per_1000(metrics: dict, *names: str) -> tuple[float | None, ...]:
    """Metrics that the bundle holds as proportions, scaled to per 1,000 notes (the unit the raw
    residual-identifier rates are shown in, so both sit on one axis)."""
    return tuple(None if metrics.get(n) is None else 1000.0 * float(metrics[n]) for n in names)


def severity_key(result: Result) -> tuple:
    return (SEVERITY.get(result.status, 9), -(result.rate if result.rate is not None else -1.0), result.id)


def instance_name(result: Result) -> str:
    prefix = f"{result.check}:"
    return result.id[len(prefix):] if result.id.startswith(prefix) else result.id


def _threshold(result: Result) -> str:
    t = result.threshold
    if t is None or (t.warn is None and t.fail is None):
        return "–"
    parts = []
    if t.warn is not None:
        parts.append(f"warn >{t.warn * 100:.4g}%")
    if t.fail is not None:
        parts.append(f"fail >{t.fail * 100:.4g}%")
    return ", ".join(parts)


def _has_finding(result: Result) -> bool:
    return result.status != "pass" or result.numerator != 0 or bool(result.suppressed)


class ReportView:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.k = bundle.parameters.k
        self.fmt = Formatter(self.k)
        self._chart_no = 0

    # ----------------------------------------------------------------- helpers
    def chart_id(self) -> str:
        self._chart_no += 1
        return f"c{self._chart_no}"

    def chart(self, svg: str) -> Block:
        return Block("chart", svg=Markup(svg))

    def results_table(self, results: list[Result], *, caption: str = "", first: Callable[[Result], list[Cell]]
                      | None = None, first_headers: list[tuple[str, bool]] | None = None,
                      count_header: str = "Count", of_header: str = "Of", dimension: bool = False,
                      only_findings: bool | None = None) -> Table:
        """A sortable table of results, most severe first, with empty columns left out."""
        rows_src = sorted(results, key=severity_key)
        note = ""
        if only_findings is None:
            only_findings = len(rows_src) > LONG_TABLE
        if only_findings:
            kept = [r for r in rows_src if _has_finding(r)]
            hidden = len(rows_src) - len(kept)
            if hidden:
                note = f"{hidden:,} further instance(s) pass with a count of 0 and are not listed."
            rows_src = kept
        cols: list[tuple[str, bool, Callable[[Result], Cell]]] = [("Status", False, lambda r: self.fmt.status(
            r.status))]
        if dimension:
            cols.append(("Dimension", False, lambda r: Cell(r.dimension)))
            cols.append(("Check", False, lambda r: Cell(r.check)))
        if first:
            for i, (name, numeric) in enumerate(first_headers or []):
                cols.append((name, numeric, lambda r, i=i: first(r)[i]))
        cols += [
            ("Instance", False, lambda r: Cell(instance_name(r))),
            ("Table", False, lambda r: Cell(r.table or "")),
            ("Columns", False, lambda r: Cell(", ".join(r.columns))),
            (count_header, True, lambda r: self.fmt.count(r.numerator, "numerator", r.suppressed)),
            (of_header, True, lambda r: self.fmt.count(r.denominator, "denominator", r.suppressed)),
            ("Rate", True, lambda r: self.fmt.rate(r.rate, "rate", r.suppressed)),
            ("Unit", False, lambda r: Cell(r.unit)),
            ("Threshold", False, lambda r: Cell(_threshold(r))),
            ("Details", False, lambda r: Cell(self.fmt.metrics(r.metrics, r.suppressed))),
            ("Reason", False, lambda r: Cell((r.reason or "").replace("_", " "))),
        ]
        grid = [[fn(r) for _, _, fn in cols] for r in rows_src]
        redundant = set()
        if all(r.table and r.table in instance_name(r).split(":") for r in rows_src):
            redundant.add("Table")
        if all(set(r.columns) <= set(instance_name(r).split(":")) for r in rows_src):
            redundant.add("Columns")
        keep = [i for i, (name, _, _) in enumerate(cols) if name not in redundant
                and (name == "Status" or any(row[i].text not in ("", "–") for row in grid))]
        if not grid:
            keep = list(range(len(cols)))
        return Table(headers=[(cols[i][0], cols[i][1]) for i in keep],
                     rows=[[row[i] for i in keep] for row in grid], caption=caption, note=note)

    def strata_table(self, results: list[Result], *, caption: str = "", count_header: str = "Count",
                     limit: int | None = None) -> Table | None:
        cells: list[tuple[Result, Stratum]] = [(r, s) for r in results for s in r.breakdown]
        if not cells:
            return None
        cells.sort(key=lambda rs: (rs[0].id, -(rs[1].count if rs[1].count is not None else -1)))
        note = ""
        if limit is not None and len(cells) > limit:
            cells = sorted(cells, key=lambda rs: -(rs[1].count if rs[1].count is not None else -1))
            note = f"Top {limit:,} of {len(cells):,} cells by count."
            cells = cells[:limit]
        headers = [("Instance", False), ("Key", False), ("Label", False), (count_header, True), ("Of", True),
                   ("Rate", True), ("Details", False)]
        rows = []
        for r, s in cells:
            rows.append([Cell(instance_name(r)), Cell(s.key), Cell(s.label or ""),
                         self.fmt.count(s.count, "count", s.suppressed),
                         self.fmt.count(s.denominator, "denominator", s.suppressed),
                         self.fmt.rate(s.rate, "rate", s.suppressed),
                         Cell(self.fmt.metrics(s.metrics, s.suppressed))])
        keep = [i for i in range(len(headers)) if i < 2 or any(row[i].text not in ("", "–") for row in rows)]
        return Table(headers=[headers[i] for i in keep], rows=[[row[i] for i in keep] for row in rows],
                     caption=caption, note=note)

    def stratum_label(self, s: Stratum) -> str:
        if s.key == SUPPRESSED_KEY:
            return SUPPRESSED_KEY
        return f"{s.label} ({s.key})" if s.label else s.key

    # ----------------------------------------------------------------- sections
    def sections(self) -> list[Section]:
        out = [self.summary_section(), self.findings_section()]
        by_dim: dict[str, list[Result]] = {}
        for r in self.bundle.results:
            by_dim.setdefault(r.dimension, []).append(r)
        for dim in DIMENSIONS:
            results = by_dim.get(dim, [])
            sec = Section(id=dim.replace(" ", "-"), title=dim[:1].upper() + dim[1:])
            if not results:
                sec.intro = "No check of this dimension ran on this copy."
            for check, group in self.group_by_check(results):
                sec.subsections.append(self.check_section(check, group))
            out.append(sec)
        out.append(self.dataset_section())
        return out

    def group_by_check(self, results: list[Result]) -> list[tuple[str, list[Result]]]:
        groups: dict[str, list[Result]] = {}
        for r in results:
            key = "fk_orphans" if r.check in ("fk_orphans", "soft_fk_orphans") else r.check
            groups.setdefault(key, []).append(r)
        return list(groups.items())

    def check_section(self, check: str, results: list[Result]) -> Section:
        title = TITLES.get(check, check.replace("_", " ").capitalize())
        statuses = Counter(r.status for r in results)
        summary = ", ".join(f"{statuses[s]:,} {STATUS_TEXT[s]}" for s in SEVERITY if statuses.get(s))
        sec = Section(id=f"check-{check}", title=title,
                      intro=f"{len(results):,} check instance(s): {summary}.")
        renderer = {
            "row_count": self.view_row_count,
            "missingness": self.view_missingness,
            "fk_orphans": self.view_fk,
            "value_without_unit": self.view_unitless,
            "temporal_order": self.view_violations,
            "value_range": self.view_violations,
            "death_consistency": self.view_violations,
            "population": self.view_population,
            "residual_phi": self.view_residual_phi,
        }.get(check, self.view_generic)
        sec.blocks = renderer(results)
        return sec

    def summary_section(self) -> Section:
        b = self.bundle
        rows = []
        chart_rows = []
        for d in b.dimensions:
            if d.failed or d.errors:
                worst = "fail" if d.failed else "error"
            elif d.warned:
                worst = "warn"
            elif d.passed:
                worst = "pass"
            else:
                worst = "not_applicable"
            rows.append([Cell(d.dimension), self.fmt.status(worst), self.fmt.count(d.checks),
                         self.fmt.count(d.failed), self.fmt.count(d.warned), self.fmt.count(d.passed),
                         self.fmt.count(d.not_applicable), self.fmt.count(d.errors),
                         Cell("–" if d.indicator is None else f"{d.indicator:.3f}", _sort_num(d.indicator)),
                         Cell(d.formula or "")])
            chart_rows.append((d.dimension, {"fail": d.failed, "error": d.errors, "warn": d.warned,
                                             "pass": d.passed, "not_applicable": d.not_applicable}))
        table = Table(headers=[("Audit dimension", False), ("Status", False), ("Checks", True), ("Fail", True),
                               ("Warn", True), ("Pass", True), ("N/a", True), ("Error", True),
                               (f"Indicator ({INDICATOR_LABEL})", True), ("Indicator formula", False)],
                      rows=rows, caption="Summary per audit dimension",
                      note=f"The indicator is {INDICATOR_LABEL}: it condenses the statuses of a dimension's "
                           "checks so a reader sees where to look first.")
        blocks = [Block("table", table=table)]
        if any(sum(c.values()) for _, c in chart_rows):
            blocks.insert(0, self.chart(charts.dimension_status_chart(chart_rows, self.chart_id())))
        return Section(id="summary", title="Summary", blocks=blocks,
                       intro=f"{len(b.results):,} check results over {b.dataset.title}. Status is the worst "
                             "status of the dimension's checks.")

    def findings_section(self) -> Section:
        findings = [r for r in self.bundle.results if r.status in ("fail", "error", "warn")]
        sec = Section(id="findings", title="Findings to look at first",
                      intro=f"{len(findings):,} result(s) with status fail, error or warn, most severe first.")
        if findings:
            sec.blocks.append(Block("table", table=self.results_table(findings, dimension=True,
                                                                      only_findings=False)))
        return sec

    # ----------------------------------------------------------------- check views
    def view_generic(self, results: list[Result]) -> list[Block]:
        blocks = [Block("table", table=self.results_table(results))]
        strata = self.strata_table(results, caption="Breakdown", limit=200)
        if strata:
            blocks.append(Block("table", table=strata))
        return blocks

    def view_row_count(self, results: list[Result]) -> list[Block]:
        rows = []
        for r in sorted(results, key=severity_key):
            rows.append([self.fmt.status(r.status), Cell(r.table or instance_name(r)),
                         self.fmt.count(r.metrics.get("rows"), "metrics.rows", r.suppressed),
                         self.fmt.count(r.metrics.get("expected_rows"), "metrics.expected_rows", r.suppressed),
                         self.fmt.count(r.numerator, "numerator", r.suppressed),
                         self.fmt.rate(r.rate, "rate", r.suppressed),
                         Cell((r.reason or "").replace("_", " "))])
        table = Table(headers=[("Status", False), ("Table", False), ("Rows", True), ("Published", True),
                               ("Difference", True), ("Relative difference", True), ("Reason", False)], rows=rows)
        return [Block("table", table=table)]

    def view_missingness(self, results: list[Result]) -> list[Block]:
        blocks: list[Block] = []
        with_cols = [r for r in results if r.table and r.columns]
        findings = [r for r in with_cols if r.numerator != 0]
        tables = list(dict.fromkeys(r.table for r in findings))
        col_freq = Counter(r.columns[0] for r in findings)
        columns = sorted(col_freq, key=lambda c: (-col_freq[c], c))
        if tables and columns:
            cell = {(r.table, r.columns[0]): r for r in with_cols}
            values, supp = [], []
            for t in tables:
                row_v, row_s = [], []
                for c in columns:
                    r = cell.get((t, c))
                    row_v.append(None if r is None else r.rate)
                    row_s.append(r is not None and r.rate is None and "numerator" in r.suppressed)
                values.append(row_v)
                supp.append(row_s)
            complete = len(with_cols) - len(findings)
            blocks.append(self.chart(charts.heatmap(tables, columns, values, supp,
                                                    "Missing share by table and column", self.chart_id(), self.k)))
            blocks.append(Block("text", text=f"Shown: {len(columns):,} column name(s) with missing values in "
                                             f"{len(tables):,} table(s); {complete:,} fully complete column(s) "
                                             "are not drawn."))
        rows = []
        for r in sorted(findings, key=severity_key):
            rows.append([self.fmt.status(r.status), Cell(r.table or ""), Cell(", ".join(r.columns)),
                         self.fmt.count(r.numerator, "numerator", r.suppressed),
                         self.fmt.count(r.denominator, "denominator", r.suppressed),
                         self.fmt.rate(r.rate, "rate", r.suppressed),
                         self.fmt.count(r.metrics.get("null"), "metrics.null", r.suppressed),
                         self.fmt.count(r.metrics.get("empty"), "metrics.empty", r.suppressed),
                         Cell(_threshold(r))])
        blocks.append(Block("table", table=Table(
            headers=[("Status", False), ("Table", False), ("Column", False), ("Missing", True), ("Rows", True),
                     ("Missing share", True), ("NULL", True), ("Empty string", True), ("Threshold", False)],
            rows=rows, caption="Columns with missing values",
            note=f"{len(results) - len(findings):,} column(s) without missing values are not listed.")))
        return blocks

    def view_fk(self, results: list[Result]) -> list[Block]:
        declared_colour, soft_colour = "#3b6ea5", "#e07b39"
        ordered = sorted(results, key=severity_key)
        drawn = [r for r in ordered if r.numerator != 0] if len(ordered) > LONG_TABLE else ordered
        blocks: list[Block] = []
        if drawn:
            labels = [f"{instance_name(r)} ({'soft' if r.check == 'soft_fk_orphans' else 'declared'})"
                      for r in drawn]
            colours = [soft_colour if r.check == "soft_fk_orphans" else declared_colour for r in drawn]
            blocks.append(self.chart(charts.bar_chart(
                labels, [r.rate for r in drawn], "Orphan share per link", self.chart_id(), colours=colours,
                k=self.k, legend=[("declared FK", declared_colour), ("soft FK (undeclared link)", soft_colour)])))
        zero = len(ordered) - len(drawn)
        if zero:
            blocks.append(Block("text", text=f"{zero:,} link(s) without orphans are not drawn."))
        table = self.results_table(
            results, first=lambda r: [Cell("soft" if r.check == "soft_fk_orphans" else "declared")],
            first_headers=[("Link", False)], count_header="Orphans", of_header="Child rows")
        blocks.append(Block("table", table=table))
        strata = self.strata_table(results, caption="Breakdown", limit=200)
        if strata:
            blocks.append(Block("table", table=strata))
        return blocks

    def view_unitless(self, results: list[Result]) -> list[Block]:
        blocks = [Block("table", table=self.results_table(results, count_header="Without unit",
                                                          caption="Per table"))]
        cells = [(r, s) for r in results for s in r.breakdown]
        if cells:
            cells.sort(key=lambda rs: -(rs[1].count if rs[1].count is not None else 0))
            top = cells[:20]
            labels = [f"{self.stratum_label(s)} · {r.table or instance_name(r)}" for r, s in top]
            blocks.append(self.chart(charts.bar_chart(labels, [s.count for _, s in top],
                                                      "Top items by rows with a value and no unit",
                                                      self.chart_id(), percent=False, k=self.k, xlabel="rows")))
            rows = []
            for r, s in cells[:100]:
                rows.append([Cell(r.table or instance_name(r)), Cell(s.key), Cell(s.label or ""),
                             self.fmt.count(s.count, "count", s.suppressed),
                             self.fmt.count(s.denominator, "denominator", s.suppressed),
                             self.fmt.rate(s.rate, "rate", s.suppressed),
                             Cell(self.fmt.metrics(s.metrics, s.suppressed))])
            keep = [i for i in range(7) if i < 4 or any(row[i].text not in ("", "–") for row in rows)]
            headers = [("Table", False), ("Item", False), ("Label", False), ("Without unit", True),
                       ("Rows of item", True), ("Share", True), ("Details", False)]
            blocks.append(Block("table", table=Table(
                headers=[headers[i] for i in keep], rows=[[row[i] for i in keep] for row in rows],
                caption="Top items", note=f"Top {min(len(cells), 100):,} of {len(cells):,} items." if len(cells) > 100
                else "")))
        return blocks

    def view_violations(self, results: list[Result]) -> list[Block]:
        ordered = sorted(results, key=severity_key)
        drawn = [r for r in ordered if r.numerator != 0] if len(ordered) > LONG_TABLE else ordered
        blocks: list[Block] = []
        if drawn:
            colours = [charts.STATUS_COLOURS.get(r.status, "#3b6ea5") for r in drawn]
            blocks.append(self.chart(charts.bar_chart([instance_name(r) for r in drawn], [r.rate for r in drawn],
                                                      "Violation share per rule", self.chart_id(), colours=colours,
                                                      k=self.k)))
        blocks.append(Block("table", table=self.results_table(results, count_header="Violations")))
        strata = self.strata_table(results, caption="Breakdown", limit=200)
        if strata:
            blocks.append(Block("table", table=strata))
        return blocks

    def view_population(self, results: list[Result]) -> list[Block]:
        blocks: list[Block] = []
        for r in results:
            if not r.breakdown:
                continue
            total = r.denominator
            labels, values, texts = [], [], []
            for s in r.breakdown:
                labels.append(self.stratum_label(s))
                values.append(s.count)
                texts.append(s)
            title = f"{instance_name(r)}: distinct patients per category"
            blocks.append(self.chart(charts.bar_chart(labels, values, title, self.chart_id(), percent=False,
                                                      k=self.k, xlabel=r.unit)))
            rows = []
            for s in sorted(r.breakdown, key=lambda s: -(s.count if s.count is not None else 0)):
                share = s.rate
                if share is None and s.count is not None and total:
                    share = s.count / total
                rows.append([Cell(self.stratum_label(s)), self.fmt.count(s.count, "count", s.suppressed),
                             self.fmt.rate(share, "rate", s.suppressed if s.count is not None else
                                           [*s.suppressed, "rate"])])
            blocks.append(Block("table", table=Table(
                headers=[("Category", False), (r.unit.capitalize(), True), ("Share", True)], rows=rows,
                caption=f"{instance_name(r)} (total {self.fmt.count(total, 'denominator', r.suppressed).text} "
                        f"{r.unit})")))
        blocks.append(Block("table", table=self.results_table(results, count_header="Count", of_header="Total")))
        return blocks

    def view_residual_phi(self, results: list[Result]) -> list[Block]:
        ordered = sorted(results, key=severity_key)
        blocks: list[Block] = []

        def m(r: Result, name: str) -> float | None:
            v = r.metrics.get(name)
            return None if v is None else float(v)

        labels = [instance_name(r) for r in ordered]
        raw = [(m(r, "rate_per_1000"), m(r, "rate_per_1000_ci_low"), m(r, "rate_per_1000_ci_high")) for r in ordered]
        cal = [per_1000(r.metrics, "calibrated_rate", "calibrated_ci_low", "calibrated_ci_high") for r in ordered]
        series = []
        if any(p[0] is not None for p in raw):
            series.append(("detector hits per 1,000 notes (95% CI)", "#3b6ea5", raw))
        if any(p[0] is not None for p in cal):
            series.append(("calibrated estimate (CI)", "#c0392b", cal))
        if series:
            blocks.append(self.chart(charts.interval_chart(labels, series, "Residual identifiers per category",
                                                           "per 1,000 notes", self.chart_id())))
        rows = []
        used = {"rate_per_1000", "rate_per_1000_ci_low", "rate_per_1000_ci_high", "calibrated_rate",
                "calibrated_ci_low", "calibrated_ci_high", "detector_recall", "detector_recall_low",
                "detector_recall_high"}
        for r in ordered:
            sup = r.suppressed
            rows.append([
                self.fmt.status(r.status), Cell(instance_name(r)),
                self.fmt.count(r.numerator, "numerator", sup), self.fmt.count(r.denominator, "denominator", sup),
                self.fmt.interval(m(r, "rate_per_1000"), m(r, "rate_per_1000_ci_low"),
                                  m(r, "rate_per_1000_ci_high"), ("metrics.rate_per_1000", "", ""), sup),
                self.fmt.interval(*per_1000(r.metrics, "calibrated_rate", "calibrated_ci_low", "calibrated_ci_high"),
                                  ("metrics.calibrated_rate", "", ""), sup),
                self.fmt.interval(m(r, "detector_recall"), m(r, "detector_recall_low"), m(r, "detector_recall_high"),
                                  ("metrics.detector_recall", "", ""), sup),
                Cell(self.fmt.metrics(r.metrics, sup, skip=used)),
            ])
        blocks.append(Block("table", table=Table(
            headers=[("Status", False), ("Category", False), ("Hits", True), ("Notes", True),
                     ("Per 1,000 notes (95% CI)", True), ("Calibrated per 1,000 (CI)", True),
                     ("Detector recall (range)", True), ("Details", False)],
            rows=rows, note="Calibrated: the detector-hit rate corrected (Rogan–Gladen) by the detector's recall and "
                            "false-positive rate pooled over labelled synthetic corpora written by different "
                            "authors; its interval also spans the best and the worst corpus's detector. Recall "
                            "range: lowest and highest on any one corpus.")))
        strata = self.strata_table(results, caption="Breakdown", limit=200)
        if strata:
            blocks.append(Block("table", table=strata))
        return blocks

    # ----------------------------------------------------------------- dataset
    def dataset_section(self) -> Section:
        b, d, p = self.bundle, self.bundle.dataset, self.bundle.parameters
        sec = Section(id="dataset", title="Dataset, parameters and certificate")
        sec.blocks.append(Block("kv", items=[
            ("Title", d.title), ("Dataset", d.dataset), ("Release", d.release), ("Profile", d.profile),
            ("Profile detection", d.detection), ("Modules", ", ".join(d.modules)),
            ("Attached profiles", ", ".join(d.attached_profiles) or "–"), ("Site", d.site or "–"),
            ("Tool", f"{b.tool.name} {b.tool.version}"), ("Bundle schema", b.schema_version),
            ("Run started (UTC)", b.run.started), ("Run duration", f"{b.run.duration_s:.1f} s"),
        ]))
        cert = b.cert
        if cert is None:
            cert_items = [("Cert hash", "none (bundle not certified)")]
        else:
            signed = (f"signed (Ed25519), key id {cert.key_id}" if cert.signature else
                      "not signed (hash only)")
            cert_items = [("Algorithm", cert.algorithm), ("Cert hash", cert.hash), ("Signature", signed),
                          ("Verify", VERIFY_COMMAND)]
        sec.subsections.append(Section(id="certificate", title="Certificate", blocks=[Block("kv", items=cert_items)]))
        params = [(name.replace("_", " "), "–" if v is None else (f"{v:,}" if isinstance(v, int)
                                                                   and not isinstance(v, bool) else str(v)))
                  for name, v in p.model_dump().items()]
        sec.subsections.append(Section(id="parameters", title="Parameters", blocks=[Block("kv", items=params)]))
        rows = []
        for t in sorted(d.tables, key=lambda t: (t.module, t.name)):
            rows.append([Cell(t.module), Cell(t.name), Cell("yes" if t.present else "no",
                                                            cls="" if t.present else "status status-fail"),
                         Cell(t.format or "–"), self.fmt.count(t.rows, "rows", t.suppressed),
                         self.fmt.count(t.expected_rows, "expected_rows", t.suppressed)])
        if rows:
            sec.subsections.append(Section(id="tables", title="Tables", blocks=[Block("table", table=Table(
                headers=[("Module", False), ("Table", False), ("Present", False), ("Format", False),
                         ("Rows", True), ("Published rows", True)], rows=rows))]))
        frows = [[Cell(f.name), self.fmt.count(f.size), Cell(f.format), Cell(f.sha256 or "–", cls="hash")]
                 for f in sorted(d.files, key=lambda f: f.name)]
        sec.subsections.append(Section(
            id="fingerprint", title="Dataset fingerprint",
            intro=f"{len(d.files):,} file(s); file hashing: {d.file_hashing}.",
            blocks=[Block("table", table=Table(headers=[("File", False), ("Bytes", True), ("Format", False),
                                                        ("SHA-256", False)], rows=frows))] if frows else []))
        return sec
