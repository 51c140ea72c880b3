"""How many queries each check type sends per table: the catalogue must not re-read data it has
already aggregated (a functional guard on the scan budget; timings live in bench/)."""

from __future__ import annotations

from collections import Counter

from conftest import DEMO, run_pre_suppression

from lqs_clinical.checks.base import CheckContext


def _queries(monkeypatch, only: set[str]) -> Counter:
    seen: Counter = Counter()
    original = CheckContext.query

    def counting(self, sql, what):
        seen[(sql.lstrip().splitlines()[0][:40], what)] += 1
        return original(self, sql, what)

    monkeypatch.setattr(CheckContext, "query", counting)
    run_pre_suppression(DEMO, None, only)
    return seen


def test_units_one_query_per_table(monkeypatch):
    """value_without_unit and multi_unit_items share one grouped scan per table (inputevents and
    ingredientevents carry two value/unit pairs each, still one query)."""
    seen = _queries(monkeypatch, {"value_without_unit", "multi_unit_items"})
    per_table = Counter(what for (_, what), n in seen.items() for _ in range(n))
    assert per_table == Counter({f"icu/{t}.csv.gz": 1 for t in (
        "datetimeevents", "outputevents", "inputevents", "ingredientevents", "procedureevents")}
        | {"hosp/labevents.csv.gz": 1})


def test_keys_one_query_per_table(monkeypatch):
    seen = _queries(monkeypatch, {"pk_unique", "duplicate_rows"})
    assert seen and all(n == 1 for n in seen.values())
    assert len({what for _, what in seen}) == 30  # every present table of the demo (chartevents is absent)
