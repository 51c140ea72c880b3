"""Reports people can read, generated from the evidence bundle alone.

- ``render_html(bundle)``: one self-contained HTML file (inline CSS, inline SVG charts drawn by
  matplotlib, a few lines of inline JavaScript to sort tables; no external URL of any kind).
- ``render_markdown(bundle)``: a short model-card section for a Hugging Face model card's
  training-data part.
- ``render_reports(bundle, html=..., markdown=...)``: guard the bundle, render, guard each text;
  returns (path, text) pairs for ``publish`` so a run can publish its bundle and reports as one set.
- ``write_reports(bundle, html=..., markdown=...)``: the same, then publish. On a guard violation
  nothing is written.

Reports never open the dataset or DuckDB: they cannot show what the guard did not pass.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from lqs_clinical.bundle import Bundle, Result
from lqs_clinical.report.charts import format_pct
from lqs_clinical.report.view import INDICATOR_LABEL, VERIFY_COMMAND, ReportView, instance_name, per_1000, severity_key

__all__ = ["render_html", "render_markdown", "render_reports", "write_reports"]

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV: jinja2.Environment | None = None


def _env() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
                                  autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"),
                                                                      disabled_extensions=("md.j2",),
                                                                      default_for_string=True, default=True),
                                  undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
        _ENV.filters["md"] = _md
    return _ENV


_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def _md(value: object) -> str:
    """Escape what Markdown would take for markup: an HTML tag start, a table pipe, a backtick."""
    return _MD_TAG.sub("&lt;", str(value)).replace("|", "\\|").replace("`", "'")


def _signature_status(bundle: Bundle) -> str:
    cert = bundle.cert
    if cert is None:
        return "not certified"
    if cert.signature:
        return f"signed (Ed25519), key id {cert.key_id}"
    return "not signed (hash only)"


def render_html(bundle: Bundle) -> str:
    """The full HTML report as one string (does not guard or write; see ``write_reports``)."""
    view = ReportView(bundle)
    return _env().get_template("report.html.j2").render(
        bundle=bundle, sections=view.sections(), signature_status=_signature_status(bundle),
        indicator_label=INDICATOR_LABEL, verify_command=VERIFY_COMMAND)


# ---------------------------------------------------------------------------- model card
class _Md:
    """Plain-text figures for the model card, withheld values as "<k"."""

    def __init__(self, k: int) -> None:
        self.k = k

    def count(self, value: int | None, name: str, suppressed: list[str]) -> str:
        if value is None:
            return f"<{self.k}" if name in suppressed else "n/a"
        return f"{value:,}"

    def rate(self, value: float | None, suppressed: list[str]) -> str:
        if value is None:
            return f"<{self.k}" if "rate" in suppressed or "numerator" in suppressed else "n/a"
        return format_pct(value)

    def result(self, r: Result, what: str = "") -> str:
        text = f"{instance_name(r)}: {self.count(r.numerator, 'numerator', r.suppressed)}"
        if r.denominator is not None or "denominator" in r.suppressed:
            text += f" of {self.count(r.denominator, 'denominator', r.suppressed)}"
        if what:
            text += f" {what}"
        if r.rate is not None:
            text += f" ({self.rate(r.rate, r.suppressed)})"
        return text + f" — {r.status.replace('_', ' ')}"

    @staticmethod
    def interval(est: float | int | None, low: float | int | None, high: float | int | None) -> str:
        if est is None:
            return "withheld"
        text = f"{est:.3g}"
        if low is not None and high is not None:
            text += f" (95% CI {low:.3g}–{high:.3g})"
        return text


def _by_check(bundle: Bundle, *checks: str) -> list[Result]:
    return sorted((r for r in bundle.results if r.check in checks), key=severity_key)


def _applicable(results: list[Result]) -> list[Result]:
    return [r for r in results if r.reason is None and r.status != "not_applicable"]


def _is_finding(r: Result) -> bool:
    if r.numerator is None:
        return "numerator" in r.suppressed  # withheld: 1 <= n < k
    return r.numerator > 0


def _summary_line(md: _Md, name: str, results: list[Result], noun: str, what: str = "", top: int = 3) -> str | None:
    applicable = _applicable(results)
    if not results:
        return None
    bad = [r for r in applicable if _is_finding(r)]
    text = f"{name}: {len(bad):,} of {len(applicable):,} {noun} with findings"
    if bad:
        text += "; " + "; ".join(md.result(r, what) for r in bad[:top])
        if len(bad) > top:
            text += f"; {len(bad) - top:,} more in the HTML report"
    return text + "."


def _figures(bundle: Bundle) -> list[tuple[str, list[str]]]:
    md = _Md(bundle.parameters.k)
    out: list[tuple[str, list[str]]] = []
    # Completeness
    items: list[str | None] = []
    tables = bundle.dataset.tables
    if tables:
        present = [t for t in tables if t.present]
        missing = [t.name for t in tables if not t.present]
        items.append(f"Tables present: {len(present):,} of {len(tables):,}"
                     + (f" (absent: {', '.join(missing)})" if missing else "") + ".")
    counts = [r for r in bundle.results if r.check == "row_count" and r.reason is None]
    if counts:
        match = sum(1 for r in counts if r.numerator == 0)
        items.append(f"Row counts equal to the published counts: {match:,} of {len(counts):,} tables.")
    miss = [r for r in bundle.results if r.check == "missingness"]
    if miss:
        some = [r for r in miss if r.numerator != 0]
        warn = sum(1 for r in miss if r.status == "warn")
        fail = sum(1 for r in miss if r.status == "fail")
        items.append(f"Columns with missing values (NULL or empty): {len(some):,} of {len(miss):,}; "
                     f"{warn:,} above the warn threshold, {fail:,} above the fail threshold.")
    items.append(_summary_line(md, "Values without a unit", _by_check(bundle, "value_without_unit"),
                               "value/unit pairs", "rows with a value"))
    out.append(("Completeness", [i for i in items if i]))
    # Record fidelity
    items = [
        _summary_line(md, "Declared foreign keys", _by_check(bundle, "fk_orphans"), "links", "orphan rows"),
        _summary_line(md, "Soft (undeclared) links", _by_check(bundle, "soft_fk_orphans"), "links", "orphan rows"),
        _summary_line(md, "Items in several units", _by_check(bundle, "multi_unit_items"), "value/unit pairs"),
        _summary_line(md, "Temporal order", _by_check(bundle, "temporal_order"), "rules"),
        _summary_line(md, "Value ranges", _by_check(bundle, "value_range"), "rules"),
        _summary_line(md, "Death consistency", _by_check(bundle, "death_consistency"), "rules"),
    ]
    out.append(("Record fidelity", [i for i in items if i]))
    # De-identification quality
    items = []
    for r in _by_check(bundle, "residual_phi"):
        m = r.metrics
        raw = md.interval(m.get("rate_per_1000"), m.get("rate_per_1000_ci_low"), m.get("rate_per_1000_ci_high"))
        text = f"Residual {instance_name(r)}: {raw} per 1,000 notes"
        if "calibrated_rate" in m:  # a proportion in the bundle; per 1,000 notes like the raw rate here
            calibrated = md.interval(*per_1000(m, "calibrated_rate", "calibrated_ci_low", "calibrated_ci_high"))
            text += f"; calibrated {calibrated}"
        if m.get("detector_recall") is not None:
            text += f"; detector recall {m['detector_recall']:.3g}"
            if m.get("detector_recall_low") is not None and m.get("detector_recall_high") is not None:
                text += f" ({m['detector_recall_low']:.3g}–{m['detector_recall_high']:.3g} across corpora)"
        items.append(text + f" — {r.status.replace('_', ' ')}.")
    for check, name, noun in (("reid_risk", "Re-identification risk (share of patients in small classes)",
                               "quasi-identifier sets"),
                              ("rare_code_exposure", "Rare-code exposure", "code families")):
        line = _summary_line(md, name, _by_check(bundle, check), noun)
        if line:
            items.append(line)
    if not items:
        items.append("Residual identifiers in notes and re-identification risk: not measured in this run.")
    elif not _by_check(bundle, "residual_phi"):
        items.append("Residual identifiers in notes: not measured in this run.")
    out.append(("De-identification quality", items))
    # Population coverage
    pops = [r for r in bundle.results if r.check == "population" and r.breakdown]
    if pops:
        out.append(("Population coverage", [
            f"Breakdowns in distinct patients (see the HTML report): {', '.join(instance_name(r) for r in pops)}."]))
    return [(title, lines) for title, lines in out if lines]


def render_markdown(bundle: Bundle) -> str:
    """The model-card section as Markdown (does not guard or write; see ``write_reports``)."""
    d = bundle.dataset
    dims = [{"dimension": s.dimension, "checks": f"{s.checks:,}", "failed": f"{s.failed:,}",
             "warned": f"{s.warned:,}", "passed": f"{s.passed:,}",
             "indicator": "–" if s.indicator is None else f"{s.indicator:.3f}"} for s in bundle.dimensions]
    env = _env()
    template = env.get_template("model_card.md.j2")
    text = template.render(
        d=d, single_site=d.dataset.upper().startswith("MIMIC"), tool=f"{bundle.tool.name} {bundle.tool.version}",
        started=bundle.run.started, n_results=f"{len(bundle.results):,}", k=bundle.parameters.k,
        skipped=bundle.parameters.skipped_checks,
        indicator_label=INDICATOR_LABEL, dimensions=dims, figures=_figures(bundle),
        algorithm=bundle.cert.algorithm if bundle.cert else "none",
        cert_hash=bundle.cert.hash if bundle.cert else "not certified",
        signature_status=_signature_status(bundle), verify_command=VERIFY_COMMAND)
    return re.sub(r"\n{3,}", "\n\n", text)


def render_reports(bundle: Bundle, *, html: Path | None, markdown: Path | None) -> list[tuple[Path, str]]:
    """Guard the bundle, render the requested reports and guard each text; write nothing.

    Raises ``GuardViolation`` if the bundle or any rendered text fails the privacy guard. Returns
    (path, text) pairs, HTML first.
    """
    from lqs_clinical.guard import guard_bundle, guard_text

    bundle = guard_bundle(bundle)
    pending: list[tuple[Path, str]] = []
    if html is not None:
        text = render_html(bundle)
        guard_text(text, bundle, "HTML report")
        pending.append((Path(html), text))
    if markdown is not None:
        text = render_markdown(bundle)
        guard_text(text, bundle, "model card")
        pending.append((Path(markdown), text))
    return pending


def write_reports(bundle: Bundle, *, html: Path | None, markdown: Path | None) -> list[Path]:
    """Render and guard the requested reports, then publish them together; return the paths."""
    from lqs_clinical.publish import publish

    return publish(render_reports(bundle, html=html, markdown=markdown))
