"""Issue 2: discovery, profile detection, row counts and missingness on the real demo; convert."""

from __future__ import annotations

import json
import re

from conftest import DEMO

from lqs_clinical.profile_model import load_profile
from lqs_clinical.runner import RunOptions, profile_dataset

# Published demo v2.2 row counts (shared/reference/mimic-iv-schema.md §4), chartevents absent here.
DEMO_ROWS = {
    "admissions": 275, "d_hcpcs": 89200, "d_icd_diagnoses": 109775, "d_icd_procedures": 85257,
    "d_labitems": 1622, "diagnoses_icd": 4506, "drgcodes": 454, "emar": 35835, "emar_detail": 72018,
    "hcpcsevents": 61, "labevents": 107727, "microbiologyevents": 2899, "omr": 2964, "patients": 100,
    "pharmacy": 15306, "poe": 45154, "poe_detail": 3795, "prescriptions": 18087, "procedures_icd": 722,
    "services": 319, "transfers": 1190, "icustays": 140, "d_items": 4014, "datetimeevents": 15280,
    "inputevents": 20404, "outputevents": 9362, "procedureevents": 1468, "provider": 40508,
    "caregiver": 15468, "ingredientevents": 25728,
}


def by_id(results):
    return {r.id: r for r in results}


def test_demo_detected_and_row_counts(demo_run):
    bundle, results, _ = demo_run
    assert bundle.dataset.profile == "mimic-iv-demo-2.2"
    assert bundle.dataset.detection == "auto"
    rows = {t.name: t.rows for t in bundle.dataset.tables if t.present}
    assert rows == DEMO_ROWS  # all 30 tables present, each at its published count
    res = by_id(results)
    for table, n in DEMO_ROWS.items():
        r = res[f"row_count:{table}"]
        assert (r.metrics["rows"], r.numerator, r.status) == (n, 0, "pass")


def test_labevents_hadm_id_missing(demo_run):
    bundle, results, _ = demo_run
    r = by_id(bundle.results)["missingness:labevents:hadm_id"]
    assert (r.numerator, r.denominator) == (28420, 107727)
    assert r.rate == round(28420 / 107727, 6)
    # known NULL counts from the schema reference
    res = by_id(results)
    assert res["missingness:emar:hadm_id"].numerator == 1006
    assert res["missingness:microbiologyevents:hadm_id"].numerator == 971
    assert res["missingness:transfers:hadm_id"].numerator == 54
    assert res["missingness:patients:subject_id"].numerator == 0


def test_chartevents_reported_missing(demo_run):
    bundle, results, _ = demo_run
    res = by_id(bundle.results)
    r = res["row_count:chartevents"]
    assert (r.status, r.reason, r.metrics["expected_rows"]) == ("fail", "table_missing", 668862)
    missing = res["schema_tables"]
    assert [s.key for s in missing.breakdown] == ["chartevents"]
    assert (missing.numerator, missing.denominator) == (1, 31)
    table = {t.name: t for t in bundle.dataset.tables}["chartevents"]
    assert (table.present, table.rows, table.expected_rows) == (False, None, 668862)


def test_uppercase_header_matched(demo_run):
    _, results, _ = demo_run
    r = by_id(results)["schema_columns:procedureevents"]
    assert r.numerator == 0  # ORIGINALAMOUNT / ORIGINALRATE found case-insensitively
    assert r.metrics["case_mismatch_columns"] == 2
    assert by_id(results)["missingness:procedureevents:originalamount"].denominator == 1468


def test_small_counts_withheld_in_bundle(demo_run):
    bundle, results, path = demo_run
    pre = by_id(results)["missingness:admissions:dischtime"]
    post = by_id(bundle.results)["missingness:admissions:dischtime"]
    assert pre.numerator == 0 and post.numerator == 0  # zero is not a small cell
    text = path.read_text()
    data = json.loads(text)
    for r in data["results"]:
        if r["unit"] in ("rows", "patients", "notes"):
            for field in ("numerator", "denominator"):
                v = r[field]
                assert v is None or v == 0 or v >= 11, (r["id"], field)


def test_profiles_validate_and_counts():
    demo = load_profile("mimic-iv-demo-2.2")
    assert len(demo.tables) == 31
    declared = [fk for fk in demo.foreign_keys if fk.declared]
    assert len(declared) == 51
    ed = load_profile("mimic-iv-ed-2.2")
    assert sum(fk.declared for fk in ed.foreign_keys) == 5
    full = load_profile("mimic-iv-3.1")
    assert full.expected_rows["chartevents"] == 432997491
    assert load_profile("mimic-iv-2.2").expected_rows["admissions"] == 431231


def test_convert_round_trip(tmp_path):
    from lqs_clinical.convert import convert_copy

    dst = tmp_path / "parquet"
    written, skipped = convert_copy(DEMO, dst)
    # 30 tables plus the demo's demo_subject_id.csv (not a profile table, converted all the same)
    assert len(written) == 31 and "demo_subject_id" in written and skipped == []
    assert (dst / "hosp" / "labevents.parquet").exists()
    again, skipped2 = convert_copy(DEMO, dst)
    assert again == [] and len(skipped2) == 31  # resumable: finished tables are skipped

    csv_cap, pq_cap = {}, {}
    profile_dataset(DEMO, tmp_path / "o1", RunOptions(hash_files=False), capture=csv_cap)
    profile_dataset(dst, tmp_path / "o2", RunOptions(hash_files=False), capture=pq_cap)
    # format-specific results: CSV has type-conformance counts, provenance needs SHA256SUMS.txt
    skip = re.compile(r"^(type_conformance|provenance|schema_columns)")

    def comparable(results):
        return {r.id: (r.numerator, r.denominator, r.status) for r in results if not skip.match(r.id)}

    assert comparable(csv_cap["results"]) == comparable(pq_cap["results"])
    assert pq_cap["profile"].name == "mimic-iv-demo-2.2"
