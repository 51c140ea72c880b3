"""Compare two evidence bundles: release to release, or site to site.

Reads bundles only (never a dataset): both are verified first (hash, signature if present,
privacy guard), so nothing the guard did not pass can reach the diff. Three parts:

- findings per check instance (``Result.id``): new, resolved, persisting, changed — with the
  change in rate and a two-proportion z-test on the published numerator/denominator;
- distribution shift for every breakdown both bundles hold (population categories, per-table
  row volume, per-item frequency of dictionary codes, unit mix, PHI categories): Jensen–Shannon
  divergence (base 2, in [0, 1]) and population stability index, with the categories that move most;
- schema drift: tables/columns added or removed, and row counts vs the releases' published counts.

Withheld (suppressed) counts are handled conservatively: no test is run on a withheld count,
and a category withheld on either side is excluded from both sides of a distribution (the
number of such cells is stated). The diff is guarded like a bundle before it is written: every
string comes from the two bundles, the shared allow-list, or this module's fixed words, and no
count of rows or patients in 1..k-1 appears.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import jinja2
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from lqs_clinical import TOOL_NAME, __version__
from lqs_clinical.bundle import SUPPRESSED_KEY, SUPPRESSIBLE_UNITS, Bundle, Result
from lqs_clinical.certify import verify_data
from lqs_clinical.errors import GuardViolation
from lqs_clinical.publish import atomic_write_text

COMPARE_SCHEMA_VERSION = "1.0"
NOISE_ALPHA = 0.01  # a change "exceeds sampling noise" when the two-sided p-value is below this
PSI_EPSILON = 1e-4  # share used for a category absent on one side (PSI is undefined at 0)
TOP_MOVERS = 5
BAD = ("warn", "fail")
_SEVERITY = {"pass": 0, "not_applicable": 0, "error": 0, "warn": 1, "fail": 2}

FindingKind = Literal["new", "resolved", "persisting", "changed", "not_comparable"]
TestKind = Literal["two_proportion_z", "withheld", "no_counts", "not_a_proportion"]
ShiftKind = Literal["population", "row_volume", "item_frequency", "unit_mix", "phi_category", "breakdown"]

# Fixed sentences of the diff (the guard lets them through as this module's own words).
NOTE_WITHHELD_TEST = ("no significance test where a numerator or denominator is withheld "
                      "on either side; such findings are classified by status only")
NOTE_WITHHELD_SHIFT = ("categories withheld on either side are excluded from both sides before "
                       "shares are computed; excluded_cells counts them")
NOTE_IDENTICAL = "identical inputs: no new, resolved or changed findings and zero shift"
COMPARE_WORDS = frozenset({
    *FindingKind.__args__, *TestKind.__args__, *ShiftKind.__args__,  # type: ignore[attr-defined]
    NOTE_WITHHELD_TEST, NOTE_WITHHELD_SHIFT, NOTE_IDENTICAL, "row_count", "residual_phi", "population",
    COMPARE_SCHEMA_VERSION,
})
# Fields of the diff that hold counts of rows/patients (copied from the bundles); guarded for 1..k-1.
_PEOPLE_FIELDS = frozenset({"old_numerator", "new_numerator", "old_denominator", "new_denominator",
                            "old_rows", "new_rows", "old_count", "new_count"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BundleRef(_Model):
    profile: str
    release: str
    site: str | None = None
    k: int
    cert_hash: str
    key_id: str | None = None


class Finding(_Model):
    id: str
    check: str
    table: str | None = None
    unit: str = "rows"  # what the numerator/denominator count (the bundle's CountUnit)
    kind: FindingKind
    old_status: str | None = None
    new_status: str | None = None
    old_numerator: int | None = None
    old_denominator: int | None = None
    new_numerator: int | None = None
    new_denominator: int | None = None
    old_rate: float | None = None
    new_rate: float | None = None
    rate_change: float | None = None
    test: TestKind = "no_counts"
    z: float | None = None
    p_value: float | None = None
    exceeds_noise: bool | None = None
    regression: bool = False


class ShiftCell(_Model):
    key: str
    key_source: str = "fixed"
    old_share: float
    new_share: float
    change: float


class Shift(_Model):
    id: str  # result id the distribution comes from, or "row_count" for per-table row volume
    kind: ShiftKind
    categories: int  # categories compared (after exclusions)
    excluded_cells: int  # categories withheld on either side, excluded from both
    jsd: float | None = None
    psi: float | None = None
    top: list[ShiftCell] = Field(default_factory=list)


class RowCountChange(_Model):
    table: str
    old_rows: int | None = None
    new_rows: int | None = None
    old_expected_rows: int | None = None
    new_expected_rows: int | None = None
    old_deviation_rate: float | None = None  # |rows - expected| / expected
    new_deviation_rate: float | None = None
    relative_change: float | None = None  # new_rows / old_rows - 1


class SchemaDrift(_Model):
    tables_added: list[str] = Field(default_factory=list)
    tables_removed: list[str] = Field(default_factory=list)
    columns_added: list[str] = Field(default_factory=list)  # "missingness:<table>:<column>" ids
    columns_removed: list[str] = Field(default_factory=list)
    retyped_tables: list[str] = Field(default_factory=list)  # type_mismatch_columns changed
    row_counts: list[RowCountChange] = Field(default_factory=list)


class Summary(_Model):
    new: int = 0
    resolved: int = 0
    persisting: int = 0
    changed: int = 0
    not_comparable: int = 0
    regressions: int = 0
    distributions: int = 0
    max_jsd: float | None = None


class CompareReport(_Model):
    schema_version: str = COMPARE_SCHEMA_VERSION
    tool: str = TOOL_NAME
    tool_version: str = __version__
    k: int
    regression_threshold: float
    old: BundleRef
    new: BundleRef
    summary: Summary
    findings: list[Finding] = Field(default_factory=list)
    shift: list[Shift] = Field(default_factory=list)
    schema_drift: SchemaDrift = Field(default_factory=SchemaDrift)
    notes: list[str] = Field(default_factory=list)
    _bundles: tuple | None = PrivateAttr(default=None)  # the verified inputs, for the guard on write


# ---------------------------------------------------------------------------------------------
# statistics


def two_proportion_z(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float]:
    """Two-sided two-proportion z-test with pooled variance: (z, p-value)."""
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 0.0, 1.0
    z = (p2 - p1) / se
    return z, math.erfc(abs(z) / math.sqrt(2))


def jensen_shannon(p: list[float], q: list[float]) -> float:
    """Jensen–Shannon divergence, base 2 (0 = identical, 1 = disjoint)."""
    import numpy as np

    a, b = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    m = (a + b) / 2

    def kl(x: np.ndarray, y: np.ndarray) -> float:
        mask = x > 0
        return float(np.sum(x[mask] * np.log2(x[mask] / y[mask])))

    return max(0.0, min(1.0, (kl(a, m) + kl(b, m)) / 2))


def population_stability_index(p: list[float], q: list[float], eps: float = PSI_EPSILON) -> float:
    """PSI = Σ (q - p) ln(q / p), with shares floored at ``eps`` where a category is absent."""
    import numpy as np

    a = np.maximum(np.asarray(p, dtype=float), eps)
    b = np.maximum(np.asarray(q, dtype=float), eps)
    return float(np.sum((b - a) * np.log(b / a)))


# ---------------------------------------------------------------------------------------------
# verification and findings


def _verify(data: dict | Bundle, key) -> tuple[Bundle, dict]:
    if isinstance(data, Bundle):
        data = data.model_dump(mode="json")
    return verify_data(data, key), data


def _ref(bundle: Bundle) -> BundleRef:
    cert = bundle.cert
    return BundleRef(profile=bundle.dataset.profile, release=bundle.dataset.release, site=bundle.dataset.site,
                     k=bundle.parameters.k, cert_hash=cert.hash if cert else "",
                     key_id=cert.key_id if cert else None)


def _index(results: Iterable[Result]) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for r in results:
        out.setdefault(r.id, r)
    return out


def _finding(rid: str, old: Result | None, new: Result | None) -> Finding | None:
    ref = new or old
    assert ref is not None
    old_bad = old is not None and old.status in BAD
    new_bad = new is not None and new.status in BAD
    f = Finding(id=rid, check=ref.check, table=ref.table, unit=ref.unit, kind="persisting",
                old_status=old.status if old else None, new_status=new.status if new else None)
    if old is not None:
        f.old_numerator, f.old_denominator, f.old_rate = old.numerator, old.denominator, old.rate
    if new is not None:
        f.new_numerator, f.new_denominator, f.new_rate = new.numerator, new.denominator, new.rate
    if f.old_rate is not None and f.new_rate is not None:
        f.rate_change = f.new_rate - f.old_rate
    if old is not None and new is not None:
        counts = (old.numerator, old.denominator, new.numerator, new.denominator)
        if any(c is None for c in counts):
            withheld = any(name in ("numerator", "denominator") for name in (*old.suppressed, *new.suppressed))
            f.test = "withheld" if withheld else "no_counts"
        elif not old.denominator or not new.denominator or old.numerator > old.denominator \
                or new.numerator > new.denominator:
            f.test = "not_a_proportion"
        else:
            f.test = "two_proportion_z"
            f.z, f.p_value = two_proportion_z(old.numerator, old.denominator, new.numerator, new.denominator)
            f.exceeds_noise = f.p_value < NOISE_ALPHA
    if new_bad and not old_bad:
        f.kind = "not_comparable" if old is not None and old.status == "error" else "new"
        return f
    if old_bad and not new_bad:
        f.kind = "resolved" if new is not None and new.status == "pass" else "not_comparable"
        return f
    moved = f.exceeds_noise is True and f.rate_change not in (None, 0.0)
    if old_bad and new_bad:
        f.kind = "changed" if (moved or _SEVERITY[new.status] != _SEVERITY[old.status]) else "persisting"
        return f
    if moved:
        f.kind = "changed"
        return f
    return None


def _is_regression(f: Finding, threshold: float) -> bool:
    if f.kind == "new":
        return True
    if f.kind not in ("changed", "persisting"):
        return False
    if _SEVERITY.get(f.new_status or "", 0) > _SEVERITY.get(f.old_status or "", 0):
        return True
    return (f.rate_change is not None and f.rate_change > threshold and f.exceeds_noise is True
            and f.new_status in BAD)


def regressions(report: CompareReport, threshold: float | None = None) -> list[Finding]:
    """Findings that worsened: new ones, a status that got worse, or a failing rate that rose by
    more than ``threshold`` beyond sampling noise. The CLI exits 1 when this is non-empty."""
    t = report.regression_threshold if threshold is None else threshold
    return [f for f in report.findings if _is_regression(f, t)]


# ---------------------------------------------------------------------------------------------
# distribution shift


def _shift_kind(result: Result) -> ShiftKind:
    if result.check == "population":
        return "population"
    if result.check == "residual_phi":
        return "phi_category"
    if "unit" in result.check:
        return "unit_mix"
    if any(c.key_source == "dictionary" for c in result.breakdown):
        return "item_frequency"
    return "breakdown"


def _cells(result: Result) -> tuple[dict[str, tuple[int, str]], int]:
    """Shown cells (key → (count, key_source)) and the number of withheld cells."""
    shown: dict[str, tuple[int, str]] = {}
    withheld = 0
    for cell in result.breakdown:
        if cell.count is None or cell.key == SUPPRESSED_KEY:
            withheld += 1
            continue
        if cell.key in shown:
            continue
        shown[cell.key] = (cell.count, cell.key_source)
    return shown, withheld


def _distribution_shift(sid: str, kind: ShiftKind, old: dict[str, tuple[int, str]],
                        new: dict[str, tuple[int, str]], old_withheld: int, new_withheld: int) -> Shift | None:
    # A category shown on one side only because the other side withheld it cannot be compared
    # honestly: exclude it from both sides. A category absent on one side (no key at all) is a
    # real zero only when that side withheld nothing; otherwise exclude it too (conservative).
    keys = sorted(set(old) | set(new))
    excluded = 0
    kept = []
    for key in keys:
        in_old, in_new = key in old, key in new
        if (not in_old and old_withheld) or (not in_new and new_withheld):
            excluded += 1
            continue
        kept.append(key)
    excluded += max(old_withheld, new_withheld) if kept else 0
    p = [old[k][0] if k in old else 0 for k in kept]
    q = [new[k][0] if k in new else 0 for k in kept]
    if not kept or sum(p) == 0 or sum(q) == 0:
        return None
    ps = [x / sum(p) for x in p]
    qs = [x / sum(q) for x in q]
    cells = [ShiftCell(key=k, key_source=(new.get(k) or old.get(k))[1], old_share=round(a, 6),
                       new_share=round(b, 6), change=round(b - a, 6)) for k, a, b in zip(kept, ps, qs, strict=True)]
    top = sorted((c for c in cells if c.change != 0), key=lambda c: (-abs(c.change), c.key))[:TOP_MOVERS]
    return Shift(id=sid, kind=kind, categories=len(kept), excluded_cells=excluded,
                 jsd=round(jensen_shannon(ps, qs), 6), psi=round(population_stability_index(ps, qs), 6), top=top)


def _shifts(old: Bundle, new: Bundle) -> list[Shift]:
    out: list[Shift] = []
    oi, ni = _index(old.results), _index(new.results)
    for rid in sorted(set(oi) & set(ni)):
        a, b = oi[rid], ni[rid]
        if len(a.breakdown) < 2 and len(b.breakdown) < 2:
            continue
        if a.check in ("schema_tables", "schema_columns"):
            continue  # lists of missing names, not a distribution
        (ac, aw), (bc, bw) = _cells(a), _cells(b)
        shift = _distribution_shift(rid, _shift_kind(b), ac, bc, aw, bw)
        if shift:
            out.append(shift)
    # per-table row volume
    def volume(bundle: Bundle) -> tuple[dict[str, tuple[int, str]], int]:
        rows, withheld = {}, 0
        for t in bundle.dataset.tables:
            if not t.present:
                continue
            if t.rows is None:
                withheld += 1
            else:
                rows[t.name] = (t.rows, "fixed")
        return rows, withheld

    (av, aw), (bv, bw) = volume(old), volume(new)
    shift = _distribution_shift("row_count", "row_volume", av, bv, aw, bw)
    if shift:
        out.append(shift)
    # PHI category rates across the per-category residual_phi results of one table
    def phi(bundle: Bundle) -> dict[str, dict[str, tuple[int, str]]]:
        groups: dict[str, dict[str, tuple[int, str]]] = {}
        for r in bundle.results:
            if r.check == "residual_phi" and r.numerator is not None and ":" in r.id:
                head, _, cat = r.id.rpartition(":")
                groups.setdefault(head, {})[cat] = (r.numerator, "fixed")
        return groups

    ap, bp = phi(old), phi(new)
    for head in sorted(set(ap) & set(bp)):
        if len(ap[head]) >= 2 or len(bp[head]) >= 2:
            shift = _distribution_shift(head, "phi_category", ap[head], bp[head], 0, 0)
            if shift:
                out.append(shift)
    return out


# ---------------------------------------------------------------------------------------------
# schema drift


def _present_columns(bundle: Bundle) -> set[str]:
    return {r.id for r in bundle.results if r.check == "missingness" and r.reason is None}


def _schema_drift(old: Bundle, new: Bundle) -> SchemaDrift:
    drift = SchemaDrift()
    ot = {t.name: t for t in old.dataset.tables}
    nt = {t.name: t for t in new.dataset.tables}
    op = {n for n, t in ot.items() if t.present}
    np_ = {n for n, t in nt.items() if t.present}
    drift.tables_added = sorted(np_ - op)
    drift.tables_removed = sorted(op - np_)
    oc, nc = _present_columns(old), _present_columns(new)
    drift.columns_added = sorted(nc - oc)
    drift.columns_removed = sorted(oc - nc)
    om = {r.table: r.metrics.get("type_mismatch_columns") for r in old.results if r.check == "schema_columns"}
    nm = {r.table: r.metrics.get("type_mismatch_columns") for r in new.results if r.check == "schema_columns"}
    drift.retyped_tables = sorted(t for t in set(om) & set(nm) if t and om[t] != nm[t])

    def deviation(rows: int | None, expected: int | None) -> float | None:
        if rows is None or not expected:
            return None
        return round(abs(rows - expected) / expected, 6)

    for name in sorted(set(ot) | set(nt)):
        a, b = ot.get(name), nt.get(name)
        ch = RowCountChange(table=name, old_rows=a.rows if a else None, new_rows=b.rows if b else None,
                            old_expected_rows=a.expected_rows if a else None,
                            new_expected_rows=b.expected_rows if b else None)
        ch.old_deviation_rate = deviation(ch.old_rows, ch.old_expected_rows)
        ch.new_deviation_rate = deviation(ch.new_rows, ch.new_expected_rows)
        if ch.old_rows and ch.new_rows is not None:
            ch.relative_change = round(ch.new_rows / ch.old_rows - 1, 6)
        if ch.old_rows == ch.new_rows and ch.old_expected_rows == ch.new_expected_rows:
            continue
        drift.row_counts.append(ch)
    return drift


# ---------------------------------------------------------------------------------------------
# the public API


def compare_bundles(old: dict | Bundle, new: dict | Bundle, *, old_key=None, new_key=None,
                    regression_threshold: float = 0.0) -> CompareReport:
    """Verify both bundles, then diff them. A bundle that fails verification raises UserError
    with the ``verify`` exit code (hash 10, signature 11, guard 12, schema 13)."""
    ob, odata = _verify(old, old_key)
    nb, ndata = _verify(new, new_key)
    oi, ni = _index(ob.results), _index(nb.results)
    findings = []
    for rid in sorted(set(oi) | set(ni)):
        f = _finding(rid, oi.get(rid), ni.get(rid))
        if f is not None:
            f.regression = _is_regression(f, regression_threshold)
            findings.append(f)
    shift = _shifts(ob, nb)
    summary = Summary(distributions=len(shift),
                      max_jsd=max((s.jsd for s in shift if s.jsd is not None), default=None))
    for f in findings:
        setattr(summary, f.kind, getattr(summary, f.kind) + 1)
    summary.regressions = sum(f.regression for f in findings)
    notes = [NOTE_WITHHELD_TEST, NOTE_WITHHELD_SHIFT]
    if odata.get("cert", {}).get("hash") == ndata.get("cert", {}).get("hash"):
        notes.append(NOTE_IDENTICAL)
    report = CompareReport(k=max(ob.parameters.k, nb.parameters.k), regression_threshold=regression_threshold,
                           old=_ref(ob), new=_ref(nb), summary=summary, findings=findings, shift=shift,
                           schema_drift=_schema_drift(ob, nb), notes=notes)
    guard_compare(report, ob, nb)
    report._bundles = (ob, nb)
    return report


def _bundle_strings(bundle: Bundle) -> set[str]:
    from lqs_clinical.guard import _walk

    data = bundle.model_dump(mode="json")
    return {v for _, v in _walk(data, "") if isinstance(v, str)}


_ALLOWED_CACHE: set[str] | None = None


def _allowed() -> set[str]:
    global _ALLOWED_CACHE
    if _ALLOWED_CACHE is None:
        from lqs_clinical.guard import allowed_strings

        _ALLOWED_CACHE = allowed_strings(COMPARE_WORDS)
    return _ALLOWED_CACHE


def guard_compare(report: CompareReport, old: Bundle, new: Bundle) -> None:
    """Raise GuardViolation unless every string of the diff is a known word or came from one of
    the two (verified) bundles, and no row/patient count lies in 1..k-1."""
    from lqs_clinical.guard import _HEX, _walk

    known = _allowed() | _bundle_strings(old) | _bundle_strings(new)
    k = report.k
    data = report.model_dump(mode="json")
    people_paths = {f"findings[{i}]" for i, f in enumerate(report.findings) if f.unit in SUPPRESSIBLE_UNITS}
    for path, value in _walk(data, ""):
        leaf = path.rsplit(".", 1)[-1]
        people = not path.startswith("findings[") or path.split(".", 1)[0] in people_paths
        if isinstance(value, str):
            if value in known:
                continue
            if leaf == "cert_hash" and _HEX.match(value):
                continue
            raise GuardViolation(f"compare {path}: string not on the allow-list")
        if isinstance(value, int) and not isinstance(value, bool) and people and leaf in _PEOPLE_FIELDS \
                and 1 <= value < k:
            raise GuardViolation(f"compare {path}: a count below k={k} is not withheld")


def compare_text(report: CompareReport) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _bundles_of(report: CompareReport) -> tuple[Bundle, Bundle] | None:
    return report._bundles


def write_compare(report: CompareReport, path: Path) -> Path:
    """Guard and write the diff atomically: JSON, or self-contained HTML when ``path`` ends in .html."""
    bundles = _bundles_of(report)
    if bundles is not None:
        guard_compare(report, *bundles)
    if path.suffix.lower() in (".html", ".htm"):
        atomic_write_text(path, render_compare_html(report))
    else:
        atomic_write_text(path, compare_text(report))
    return path


# ---------------------------------------------------------------------------------------------
# HTML (self-contained: inline CSS, no scripts, no external URL)

_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>lqs-clinical compare</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;font-size:.9em}
th{background:#f3f3f3}.new,.fail{color:#b00020}.resolved{color:#17702e}.changed,.warn{color:#a15c00}
.num{text-align:right;font-variant-numeric:tabular-nums}
</style></head><body>
<h1>Bundle comparison</h1>
<table><tr><th></th><th>profile</th><th>release</th><th>site</th><th>k</th><th>cert hash</th></tr>
<tr><th>old</th><td>{{ r.old.profile }}</td><td>{{ r.old.release }}</td><td>{{ r.old.site or "" }}</td>
<td class="num">{{ r.old.k }}</td><td><code>{{ r.old.cert_hash[:16] }}</code></td></tr>
<tr><th>new</th><td>{{ r.new.profile }}</td><td>{{ r.new.release }}</td><td>{{ r.new.site or "" }}</td>
<td class="num">{{ r.new.k }}</td><td><code>{{ r.new.cert_hash[:16] }}</code></td></tr></table>
<h2>Summary</h2>
<table><tr><th>new</th><th>resolved</th><th>persisting</th><th>changed</th><th>not comparable</th>
<th>regressions</th><th>distributions</th><th>max JSD</th></tr>
<tr class="num"><td>{{ s.new }}</td><td>{{ s.resolved }}</td><td>{{ s.persisting }}</td><td>{{ s.changed }}</td>
<td>{{ s.not_comparable }}</td><td>{{ s.regressions }}</td><td>{{ s.distributions }}</td>
<td>{{ fmt(s.max_jsd) }}</td></tr></table>
<h2>Findings</h2>
{% if r.findings %}<table><tr><th>kind</th><th>check instance</th><th>old status</th><th>new status</th>
<th>old rate</th><th>new rate</th><th>change</th><th>test</th><th>p-value</th><th>beyond noise</th></tr>
{% for f in r.findings %}<tr><td class="{{ f.kind }}">{{ f.kind }}</td><td>{{ f.id }}</td>
<td class="{{ f.old_status or '' }}">{{ f.old_status or "" }}</td>
<td class="{{ f.new_status or '' }}">{{ f.new_status or "" }}</td>
<td class="num">{{ fmt(f.old_rate) }}</td><td class="num">{{ fmt(f.new_rate) }}</td>
<td class="num">{{ fmt(f.rate_change) }}</td>
<td>{{ f.test }}</td><td class="num">{{ fmt(f.p_value) }}</td>
<td>{{ "" if f.exceeds_noise is none else ("yes" if f.exceeds_noise else "no") }}</td></tr>
{% endfor %}</table>{% else %}<p>No findings.</p>{% endif %}
<h2>Distribution shift</h2>
{% if r.shift %}<table><tr><th>distribution</th><th>kind</th><th>categories</th><th>excluded (withheld)</th>
<th>JSD</th><th>PSI</th><th>top moving categories (old share &rarr; new share)</th></tr>
{% for d in r.shift %}<tr><td>{{ d.id }}</td><td>{{ d.kind }}</td><td class="num">{{ d.categories }}</td>
<td class="num">{{ d.excluded_cells }}</td><td class="num">{{ fmt(d.jsd) }}</td><td class="num">{{ fmt(d.psi) }}</td>
<td>{% for c in d.top %}{{ c.key }}: {{ fmt(c.old_share) }} &rarr; {{ fmt(c.new_share) }}
{%- if not loop.last %}; {% endif %}{% endfor %}</td></tr>
{% endfor %}</table>{% else %}<p>No shared distributions.</p>{% endif %}
<h2>Schema drift</h2>
<table><tr><th>tables added</th><td>{{ d.tables_added|join(", ") }}</td></tr>
<tr><th>tables removed</th><td>{{ d.tables_removed|join(", ") }}</td></tr>
<tr><th>columns added</th><td>{{ d.columns_added|join(", ") }}</td></tr>
<tr><th>columns removed</th><td>{{ d.columns_removed|join(", ") }}</td></tr>
<tr><th>retyped tables</th><td>{{ d.retyped_tables|join(", ") }}</td></tr></table>
{% if d.row_counts %}<table><tr><th>table</th><th>old rows</th><th>new rows</th><th>old published</th>
<th>new published</th><th>old deviation</th><th>new deviation</th><th>relative change</th></tr>
{% for c in d.row_counts %}<tr><td>{{ c.table }}</td>
<td class="num">{{ n(c.old_rows) }}</td><td class="num">{{ n(c.new_rows) }}</td>
<td class="num">{{ n(c.old_expected_rows) }}</td><td class="num">{{ n(c.new_expected_rows) }}</td>
<td class="num">{{ fmt(c.old_deviation_rate) }}</td><td class="num">{{ fmt(c.new_deviation_rate) }}</td>
<td class="num">{{ fmt(c.relative_change) }}</td></tr>{% endfor %}</table>{% endif %}
<h2>Method</h2><ul>{% for note in r.notes %}<li>{{ note }}</li>{% endfor %}
<li>two-proportion z-test, two-sided; a change exceeds sampling noise when p &lt; {{ alpha }}</li>
<li>Jensen&ndash;Shannon divergence in base 2 (0 identical, 1 disjoint); PSI with shares floored at {{ eps }}</li></ul>
</body></html>
"""


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    if value != 0 and abs(value) < 1e-4:
        return f"{value:.2e}"
    return f"{value:.4f}"


def _n(value: int | None) -> str:
    return "" if value is None else str(value)


def render_compare_html(report: CompareReport) -> str:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(_HTML)
    html = template.render(r=report, s=report.summary, d=report.schema_drift, fmt=_fmt, n=_n,
                           alpha=NOISE_ALPHA, eps=PSI_EPSILON)
    _guard_html(html, report)
    return html


def _guard_html(html: str, report: CompareReport) -> None:
    """No row-level shape (timestamp, long identifier, SSN, phone, e-mail) beyond what the diff holds."""
    from lqs_clinical.guard import _FORBIDDEN, _walk

    blobs = {str(v) for _, v in _walk(report.model_dump(mode="json"), "") if isinstance(v, str | int)}
    for what, pattern in _FORBIDDEN:
        for match in pattern.finditer(html):
            token = match.group(0)
            if not any(token in blob for blob in blobs):
                raise GuardViolation(f"compare HTML: contains {what} that is not in the guarded diff")


def compare_files(old_path: Path, new_path: Path, *, old_key=None, new_key=None,
                  regression_threshold: float = 0.0) -> CompareReport:
    """Read two evidence.json files and compare them (what the CLI calls)."""
    from lqs_clinical.certify import read_bundle_file

    return compare_bundles(read_bundle_file(old_path), read_bundle_file(new_path), old_key=old_key,
                           new_key=new_key, regression_threshold=regression_threshold)
