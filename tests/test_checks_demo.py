"""Structured checks on the real MIMIC-IV demo v2.2 (../shared/data/mimic-iv-demo), exact numbers.

Small counts (1..10) are withheld in the bundle, so exact small numbers are asserted on the
pre-suppression results of ``run_checks``; the bundle is checked to withhold them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from conftest import DEMO, STRUCTURED, run_pre_suppression

from lqs_clinical.bundle import Result
from lqs_clinical.checks import CheckContext
from lqs_clinical.fingerprint import fingerprint
from lqs_clinical.guard import guard_bundle
from lqs_clinical.runner import RunOptions, build_bundle, finalize

EXTRAS = DEMO.parent / "mimic-iv-demo-extras" / "chartevents_sample19_from_pyhealth.csv"



def _run(data_dir: Path, profile: str | None, only: set[str]) -> tuple[CheckContext, list[Result]]:
    return run_pre_suppression(data_dir, profile, only)


def _results(data_dir: Path, profile: str | None = None, only: set[str] = STRUCTURED) -> dict:
    return {r.id: r for r in _run(data_dir, profile, only)[1]}


@pytest.fixture(scope="module")
def demo_run():
    return _run(DEMO, None, STRUCTURED)


@pytest.fixture(scope="module")
def demo(demo_run):
    return {r.id: r for r in demo_run[1]}


@pytest.fixture(scope="module")
def demo_bundle(demo_run):
    """The same results through suppression, guard and certification, as the runner does."""
    ctx, results = demo_run
    options = RunOptions(k=11, only=STRUCTURED)
    files = fingerprint(ctx.dataset, hash_files=True)
    bundle = build_bundle(ctx, [r.model_copy(deep=True) for r in results], options, dt.datetime.now(dt.UTC),
                          time.monotonic(), files, explicit=False)
    return finalize(bundle, None)


@pytest.fixture(scope="module")
def demo_with_chartevents(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-chartevents") / "mimic-iv-demo"
    shutil.copytree(DEMO, root)
    shutil.copy(EXTRAS, root / "icu" / "chartevents.csv")
    return _results(root, profile="mimic-iv-demo-2.2", only={"value_without_unit", "provenance"})


def test_every_declared_pk_unique(demo):
    pks = {rid: r for rid, r in demo.items() if r.check == "pk_unique"}
    present = {rid: r for rid, r in pks.items() if r.reason is None}
    assert len(present) == len(pks) == 24  # 18 hosp + 6 icu tables declare a PK (chartevents none)
    assert {rid: (r.numerator, r.metrics["null_key_rows"]) for rid, r in present.items()
            if r.numerator or r.metrics["null_key_rows"]} == {}
    assert all(r.status == "pass" for r in present.values())
    assert demo["pk_unique:labevents"].denominator == 107727


def test_no_exact_duplicate_rows(demo):
    dups = {rid: r.numerator for rid, r in demo.items() if r.check == "duplicate_rows" and r.numerator}
    assert dups == {}


def test_every_declared_fk_has_no_orphans(demo):
    declared = {rid: r for rid, r in demo.items() if r.check == "fk_orphans"}
    computed = {rid: r for rid, r in declared.items() if r.reason is None}
    # 51 declared hosp/icu links; the 4 from chartevents cannot run (table absent from the demo)
    assert len(declared) == 51
    assert len(computed) == 47
    assert {rid: r.reason for rid, r in declared.items() if r.reason} == {
        f"fk_orphans:chartevents.{c}->{p}": "table_missing"
        for c, p in (("subject_id", "patients.subject_id"), ("hadm_id", "admissions.hadm_id"),
                     ("stay_id", "icustays.stay_id"), ("itemid", "d_items.itemid"))}
    assert {rid: r.numerator for rid, r in computed.items() if r.numerator} == {}


def test_soft_fk_orphans(demo):
    soft = {rid: r for rid, r in demo.items() if r.check == "soft_fk_orphans" and r.reason is None}
    orphans = {rid: r.numerator for rid, r in soft.items() if r.numerator}
    assert orphans == {
        "soft_fk_orphans:emar.poe_id->poe.poe_id": 1063,
        "soft_fk_orphans:emar.pharmacy_id->pharmacy.pharmacy_id": 559,
        "soft_fk_orphans:prescriptions.poe_id->poe.poe_id": 19,
        "soft_fk_orphans:pharmacy.poe_id->poe.poe_id": 19,
    }
    emar_poe = soft["soft_fk_orphans:emar.poe_id->poe.poe_id"]
    assert emar_poe.denominator == 35835
    pharm = soft["soft_fk_orphans:emar.pharmacy_id->pharmacy.pharmacy_id"]
    assert (pharm.denominator, pharm.metrics["null_rows"]) == (29372, 6463)
    # NULL child keys are missingness, not orphans
    assert soft["soft_fk_orphans:labevents.hadm_id->admissions.hadm_id"].metrics["null_rows"] == 28420
    assert soft["soft_fk_orphans:labevents.hadm_id->admissions.hadm_id"].numerator == 0
    assert soft["soft_fk_orphans:transfers.hadm_id->admissions.hadm_id"].metrics["null_rows"] == 54


def test_value_without_unit(demo):
    lab = demo["value_without_unit:labevents.value+valuenum/valueuom"]
    assert (lab.numerator, lab.metrics["numeric_rows"], lab.metrics["text_rows"]) == (8672, 5976, 2696)
    assert lab.breakdown[0].key_source == "dictionary" and lab.breakdown[0].label
    for vu in ("outputevents.value/valueuom", "inputevents.amount/amountuom", "inputevents.rate/rateuom",
               "ingredientevents.amount/amountuom", "ingredientevents.rate/rateuom",
               "procedureevents.value/valueuom"):
        r = demo[f"value_without_unit:{vu}"]
        assert r.reason is None and r.denominator > 0, vu
        assert r.numerator == 0, vu


def test_multi_unit_items_mchc(demo):
    lab = demo["multi_unit_items:labevents.value+valuenum/valueuom"]
    assert lab.numerator == 6
    mchc = {c.key: c for c in lab.breakdown}["51249"]
    assert mchc.label == "MCHC" and mchc.metrics["units"] == 2


def test_chartevents_sample(demo_with_chartevents):
    r = demo_with_chartevents["value_without_unit:chartevents.value+valuenum/valueuom"]
    assert (r.numerator, r.metrics["numeric_rows"]) == (13, 1)
    numeric = [c for c in r.breakdown if c.metrics["numeric_rows"]]
    assert [(c.key, c.metrics["numeric_rows"]) for c in numeric] == [("227341", 1)]
    # all 13 belong to items whose d_items entry declares no unit — 227341 too ("History of
    # falling (within 3 mnths)", param_type Text, valuenum 0): no row that should carry a unit lacks one
    assert r.metrics["dictionary_no_unit_rows"] == 13
    assert r.metrics["expected_unit_rows"] == 0
    assert r.status == "pass"


def test_provenance(demo):
    r = demo["provenance"]
    assert r.metrics == {"matched": 33, "mismatched": 0, "missing": 1, "extra": 0}
    assert (r.numerator, r.denominator, r.unit, r.columns) == (1, 34, "files", [])


def test_provenance_sees_extra_file(demo_with_chartevents):
    r = demo_with_chartevents["provenance"]
    assert r.metrics == {"matched": 33, "mismatched": 0, "missing": 1, "extra": 1}


def test_population_in_distinct_subjects(demo):
    gender = demo["population:gender"]
    assert gender.unit == "patients" and gender.denominator == 100
    assert {c.key: c.count for c in gender.breakdown} == {"M": 57, "F": 43}
    bands = demo["population:anchor_age_band"]
    assert all(c.key_source == "band" for c in bands.breakdown)
    assert sum(c.count for c in bands.breakdown) == 100
    marital = {c.key: (c.key_source, c.count) for c in demo["population:marital_status"].breakdown}
    assert marital["(missing)"] == ("fixed", 10)


def test_plausibility(demo):
    assert demo["death_consistency:admissions:hospital_expire_flag"].metrics == {
        "flag_without_time": 0, "time_without_flag": 0}
    assert demo["temporal_order:admissions.admit_before_discharge"].numerator == 0
    # 3 ICU stays end more than 24 h after their admission's discharge (mimic-iv#88)
    assert demo["temporal_order:icustays.out_before_discharge"].numerator == 3
    assert demo["value_range:patients.anchor_age"].numerator == 0


def test_bundle_withholds_small_counts(demo_bundle):
    bundle = guard_bundle(demo_bundle)
    res = {r.id: r for r in bundle.results}
    assert res["soft_fk_orphans:emar.poe_id->poe.poe_id"].numerator == 1063
    assert res["soft_fk_orphans:prescriptions.poe_id->poe.poe_id"].numerator == 19  # 19 >= k: shown
    small = res["temporal_order:icustays.out_before_discharge"]  # 3 before suppression
    assert small.numerator is None and "numerator" in small.suppressed and small.rate is None
    assert res["value_without_unit:labevents.value+valuenum/valueuom"].numerator == 8672
    assert res["provenance"].metrics["missing"] == 1  # files are not people: not suppressed
    marital = {c.key: c.count for c in res["population:marital_status"].breakdown}
    assert marital["(missing)"] is None  # 10 subjects < k
    assert "DIVORCED" not in marital  # 7 subjects: a withheld data category loses its label
    assert marital["MARRIED"] == 39
    # 6-digit d_items codes are public dictionary keys
    assert "225798" in {c.key for c in res["multi_unit_items:inputevents.amount/amountuom"].breakdown}
