"""Structured checks vs the synthetic generator's ground truth, exactly, and no false positives.

The generator (lqs_clinical.synth) shares no code with the checks: it computes its ground truth
over the rows it writes. Every check type's counts must equal it; a clean copy (defects off)
must give zero findings for every check.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import STRUCTURED, run_pre_suppression

from lqs_clinical.synth import generate

PROFILE = "mimic-iv-custom"


def _results(data_dir: Path) -> dict:
    return {r.id: r for r in run_pre_suppression(data_dir, PROFILE, STRUCTURED)[1]}


def _copy(tmp_path_factory, name: str, defects: bool, fmt: str = "csv.gz"):
    out = tmp_path_factory.mktemp(name)
    generate(out, patients=100, seed=7, defects=defects, fmt=fmt, notes=False)
    truth = json.loads((out / "ground_truth.json").read_text(encoding="utf-8"))
    return truth, _results(out)


@pytest.fixture(scope="module")
def defective(tmp_path_factory):
    return _copy(tmp_path_factory, "synth-defects", True)


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return _copy(tmp_path_factory, "synth-clean", False)


def _by_check(results: dict, check: str) -> dict:
    return {rid: r for rid, r in results.items() if r.check == check}


def test_every_structured_check_type_ran(defective):
    _, res = defective
    checks = {r.check for r in res.values()}
    assert STRUCTURED - {"provenance"} <= checks | {"fk_orphans"}
    assert "soft_fk_orphans" in checks


def test_pk_duplicates_match_ground_truth(defective):
    truth, res = defective
    assert truth["pk_duplicates"], "generator lists PK tables"
    for table, want in truth["pk_duplicates"].items():
        r = res[f"pk_unique:{table}"]
        assert r.metrics["duplicate_keys"] == want["duplicate_keys"], table
        assert r.metrics["excess_rows"] == want["excess_rows"], table
    assert any(v["duplicate_keys"] for v in truth["pk_duplicates"].values())


def test_duplicate_rows_match_ground_truth(defective):
    truth, res = defective
    for table, want in truth["duplicate_rows"].items():
        assert res[f"duplicate_rows:{table}"].numerator == want, table
    assert any(truth["duplicate_rows"].values())


def test_fk_orphans_match_ground_truth(defective):
    truth, res = defective
    for fk_id, want in truth["fk_orphans"].items():
        r = res.get(f"fk_orphans:{fk_id}") or res[f"soft_fk_orphans:{fk_id}"]
        got = {"orphan_rows": r.numerator, "orphan_keys": r.metrics["orphan_keys"], "null_rows": r.metrics["null_rows"]}
        assert got == want, fk_id
    assert any(v["orphan_rows"] for v in truth["fk_orphans"].values())


def test_value_without_unit_matches_ground_truth(defective):
    truth, res = defective
    for vu_id, want in truth["value_without_unit"].items():
        r = res[f"value_without_unit:{vu_id}"]
        assert r.numerator == want["rows"], vu_id
        assert r.metrics["numeric_rows"] == want["numeric_rows"], vu_id
        assert r.metrics["dictionary_no_unit_rows"] == want["dictionary_no_unit_rows"], vu_id
        by_item = {c.key: c.count for c in r.breakdown}
        if len(want["by_item"]) <= 50:
            assert by_item == {str(k): v for k, v in want["by_item"].items()}, vu_id
    assert any(v["rows"] for v in truth["value_without_unit"].values())


def test_multi_unit_items_match_ground_truth(defective):
    truth, res = defective
    for vu_id, want in truth["multi_unit_items_by_vu"].items():
        r = res[f"multi_unit_items:{vu_id}"]
        assert r.numerator == len(want["raw"]), vu_id
        assert r.metrics["normalized_items"] == len(want["normalized"]), vu_id
        if len(want["raw"]) <= 50:
            assert sorted(int(c.key) for c in r.breakdown) == want["raw"], vu_id
    assert any(v["raw"] for v in truth["multi_unit_items_by_vu"].values())


def test_temporal_order_matches_ground_truth(defective):
    truth, res = defective
    for rule_id, want in truth["temporal_order"].items():
        assert res[f"temporal_order:{rule_id}"].numerator == want, rule_id
    assert any(truth["temporal_order"].values())


def test_death_consistency_matches_ground_truth(defective):
    truth, res = defective
    for table, want in truth["death_consistency"].items():
        [r] = [r for r in _by_check(res, "death_consistency").values() if r.table == table]
        assert r.metrics == want, table
        assert r.numerator == want["flag_without_time"] + want["time_without_flag"]


def test_value_range_matches_ground_truth(defective):
    truth, res = defective
    for rule_id, want in truth["value_range"].items():
        r = res[f"value_range:{rule_id}"]
        assert r.metrics == want, rule_id
        assert r.numerator == want["below"] + want["above"]


def test_population_matches_ground_truth(defective):
    truth, res = defective
    for pop_id, want in truth["population"].items():
        r = res[f"population:{pop_id}"]
        assert {c.key: c.count for c in r.breakdown} == want, pop_id
        assert r.denominator == sum(want.values())
        assert r.breakdown_total == "denominator"


def test_clean_copy_has_no_findings(clean):
    truth, res = clean
    # value_without_unit: text items whose dictionary declares no unit are not findings
    findings = {rid: (r.metrics["expected_unit_rows"] if r.check == "value_without_unit" else r.numerator)
                for rid, r in res.items() if r.check != "population"}
    assert {rid: n for rid, n in findings.items() if n} == {}
    assert {rid: r.status for rid, r in res.items() if r.status not in ("pass", "not_applicable")} == {}
    # and the checks did run: every rule on a generated table was evaluated over rows
    generated = set(truth["row_counts"])
    skipped = {rid: r.reason for rid, r in res.items() if r.table in generated and r.reason is not None}
    assert skipped == {}
