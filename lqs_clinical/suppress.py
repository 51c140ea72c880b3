"""Small-cell suppression: the disclosure rules of the privacy contract, applied to a bundle.

Rules (CMS cell-size policy; see shared/reference/known-data-issues.md):
- every count of rows, patients or notes with 1 <= n < k is withheld (JSON null, field named in
  ``suppressed``); zero is not a small cell;
- every rate, interval or other float derived from a withheld count is withheld too — except the
  notes detector's own figures (``detector_*``: recall and false-positive rate measured on labelled
  synthetic text, the same for every table), which describe the tool and not the data;
- complementary suppression: where a breakdown adds up to a published total and exactly one cell
  is withheld, the next-smallest non-zero cell is withheld as well (or the total, if there is no
  other cell), so nothing is recovered by subtraction;
- a withheld category taken from the data loses its label as well (a unique race label is
  itself identifying);
- suppress first, round after.
"""

from __future__ import annotations

from lqs_clinical.bundle import SUPPRESSED_KEY, SUPPRESSIBLE_UNITS, Bundle, Result, Stratum

K_DEFAULT = 11
K_FLOOR = 5
ROUND_DIGITS = 6

# Float fields that describe the tool, not the data: the notes detector's recall and false-positive rate,
# measured on labelled synthetic corpora and the same for every table and note type. Withholding them
# beside a small count protected nothing and showed a recall as "<11".
_TOOL_PREFIXES = ("detector_",)

# Float fields derived from the numerator/denominator of the same object.
_DERIVED_SUFFIXES = ("_rate", "_ci_low", "_ci_high", "_pct", "_ratio", "_risk", "_per_1000")


def small(n: int | None, k: int) -> bool:
    return n is not None and 1 <= n < k


def _derived_from(metric: str, names: set[str]) -> str | None:
    """The count a derived metric comes from, by naming convention (``hits_rate`` ← ``hits``)."""
    for suffix in _DERIVED_SUFFIXES:
        if metric.endswith(suffix):
            base = metric[: -len(suffix)]
            while base and base not in names:
                cut = max(base.rfind("_"), 0)
                if cut == 0:
                    return None
                base = base[:cut]
            return base or None
    return None


def _suppress_metrics(metrics: dict, suppressed: list[str], k: int, core_withheld: bool) -> None:
    counts = {name for name, v in metrics.items() if isinstance(v, int) and not isinstance(v, bool)}
    withheld = set()
    for name in sorted(counts):
        if small(metrics[name], k):
            metrics[name] = None
            withheld.add(name)
            suppressed.append(f"metrics.{name}")
    for name, value in list(metrics.items()):
        if isinstance(value, float) and not name.startswith(_TOOL_PREFIXES):
            base = _derived_from(name, counts)
            if (base is None and core_withheld) or (base is not None and base in withheld) or (
                    base is None and withheld):
                metrics[name] = None
                suppressed.append(f"metrics.{name}")


def _suppress_cell(obj: Result | Stratum, k: int, count_field: str) -> bool:
    """Withhold small counts of one result or stratum; True if its main count was withheld."""
    withheld = False
    for name in (count_field, "denominator"):
        value = getattr(obj, name)
        if small(value, k):
            setattr(obj, name, None)
            obj.suppressed.append(name)
            withheld = True
    if withheld and obj.rate is not None:
        obj.rate = None
        obj.suppressed.append("rate")
    _suppress_metrics(obj.metrics, obj.suppressed, k, withheld)
    return withheld


def _withhold_stratum(cell: Stratum) -> None:
    if cell.count is not None:
        cell.count = None
        cell.suppressed.append("count")
    if cell.rate is not None:
        cell.rate = None
        cell.suppressed.append("rate")
    for name, value in list(cell.metrics.items()):
        if value is not None:
            cell.metrics[name] = None
            cell.suppressed.append(f"metrics.{name}")


def _complementary(result: Result) -> None:
    """Withhold more cells until no withheld cell can be derived from the published total.

    An attacker who knows the total T and the shown cells knows the withheld cells add up to
    S = T - sum(shown), and that each is at least 1 (zeros are never withheld). A cell is then
    determined when only one is withheld (it equals S) or when S equals the number withheld
    (all are 1). Withhold the next-smallest shown cell until neither holds; when no cell is
    left to withhold, withhold the total instead.
    """
    total_field = result.breakdown_total
    total = getattr(result, total_field) if total_field else None
    cells = result.breakdown
    while True:
        hidden = [c for c in cells if "count" in c.suppressed]
        if not hidden or total is None:
            return
        shown_sum = sum(c.count or 0 for c in cells if "count" not in c.suppressed)
        rest = total - shown_sum
        if len(hidden) >= 2 and rest > len(hidden):
            return
        shown = [c for c in cells if "count" not in c.suppressed and c.count]
        if shown:
            _withhold_stratum(min(shown, key=lambda c: (c.count, c.key)))
            continue
        setattr(result, total_field, None)
        result.suppressed.append(total_field)
        if result.rate is not None:
            result.rate = None
            result.suppressed.append("rate")
        return


def suppress_result(result: Result, k: int) -> Result:
    if result.unit in SUPPRESSIBLE_UNITS:
        _suppress_cell(result, k, "numerator")
    for cell in result.breakdown:
        if result.unit in SUPPRESSIBLE_UNITS or cell.key_source == "data":
            _suppress_cell(cell, k, "count")
    if result.breakdown_total and result.unit in SUPPRESSIBLE_UNITS:
        _complementary(result)
    for cell in result.breakdown:
        if "count" in cell.suppressed:
            _withhold_stratum(cell)
            if cell.key_source == "data":
                cell.key = SUPPRESSED_KEY
                cell.label = None
    _round(result)
    return result


def _round(result: Result) -> None:
    if result.rate is not None:
        result.rate = round(result.rate, ROUND_DIGITS)
    for holder in (result.metrics, *(c.metrics for c in result.breakdown)):
        for name, value in holder.items():
            if isinstance(value, float):
                holder[name] = round(value, ROUND_DIGITS)
    for cell in result.breakdown:
        if cell.rate is not None:
            cell.rate = round(cell.rate, ROUND_DIGITS)


def suppress_bundle(bundle: Bundle) -> Bundle:
    """Apply the rules to every result and to the per-table row counts, in place."""
    k = bundle.parameters.k
    for result in bundle.results:
        suppress_result(result, k)
    for table in bundle.dataset.tables:
        if small(table.rows, k):
            table.rows = None
            table.suppressed.append("rows")
    return bundle


def check_k(k: int, unsafe: bool) -> None:
    from lqs_clinical.errors import UserError

    if k < 1:
        raise UserError(f"--k {k}: must be a positive integer (default {K_DEFAULT})")
    if k < K_FLOOR and not unsafe:
        raise UserError(f"--k {k} is below the floor of {K_FLOOR}; pass --unsafe-k to accept the risk "
                        "(recorded in the bundle)")
