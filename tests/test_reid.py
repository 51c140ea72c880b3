"""Re-identification risk (reid_risk) and rare-code exposure (rare_code_exposure).

Three sources of truth, none sharing code with the checks:
- a tiny copy written by this test in the MIMIC layout, with planted classes, a 91-year-old
  unique patient and planted rare codes, and an oracle in plain Python over the rows it wrote;
- the synthetic generator's ground truth (``reid`` key);
- plain SQL over the real demo's CSVs.
Pre-suppression results are compared exactly; the written bundle must show small cells withheld.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import pytest

from lqs_clinical.profile_model import load_profile
from lqs_clinical.runner import RunOptions, profile_dataset

DEMO = Path(__file__).resolve().parents[2] / "shared" / "data" / "mimic-iv-demo"
CHECKS = {"reid_risk", "rare_code_exposure"}
BANDS = ("1", "2-4", "5-10", "11+")
AGE_BOUNDS = (18, 30, 40, 50, 60, 70, 80, 90)


def _band(size: int) -> str:
    return "1" if size == 1 else "2-4" if size <= 4 else "5-10" if size <= 10 else "11+"


def _histogram(keys: list) -> dict[str, int]:
    sizes = Counter(keys)
    hist = dict.fromkeys(BANDS, 0)
    for key in keys:
        hist[_band(sizes[key])] += 1
    return hist


def _run(data_dir: Path, out_dir: Path, k: int = 11, profile: str | None = "mimic-iv-custom"):
    captured: dict = {}
    bundle, path = profile_dataset(data_dir, out_dir, RunOptions(profile=profile, k=k, only=CHECKS,
                                                                 hash_files=False), capture=captured)
    raw = {r.id: r for r in captured["results"]}
    written = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))["results"]}
    return raw, written, bundle


def _cells(result) -> dict[str, int | None]:
    return {c.key: c.count for c in result.breakdown}


# ---------------------------------------------------------------------------------------------
# A planted copy written by the test


def _age_band(age: int) -> int:
    return sum(age >= b for b in AGE_BOUNDS)


def _planted_rows():
    """42 patients in classes (gender, age band, year group) of sizes 12, 15, 7, 3, 3, 1, 1."""
    groups = [("F", range(18, 30), "2008 - 2010", 12), ("M", range(40, 50), "2008 - 2010", 15),
              ("F", range(50, 60), "2011 - 2013", 7), ("M", range(60, 70), "2011 - 2013", 3),
              ("F", range(70, 80), "2014 - 2016", 3), ("M", [91], "2017 - 2019", 1),
              ("F", [35], "2017 - 2019", 1)]
    patients = []
    sid = 1
    for gender, ages, group, size in groups:
        ages = list(ages)
        for i in range(size):
            patients.append({"subject_id": sid, "gender": gender, "anchor_age": ages[i % len(ages)],
                             "anchor_year": 2150, "anchor_year_group": group})
            sid += 1
    admissions = []
    hadm = 100
    races = ["WHITE", "BLACK/AFRICAN AMERICAN", "ASIAN"]
    for p in patients:
        s = p["subject_id"]
        # The first admission (by admittime) carries the QI values; a later one disagrees, and is
        # written first in the file so that file order cannot stand in for admittime order.
        first_race = "SAMOAN" if p["anchor_age"] == 91 else races[s % 3]
        rows = [{"subject_id": s, "hadm_id": hadm, "admittime": "2151-03-01 10:00:00", "race": first_race,
                 "insurance": "Medicare" if s % 2 else "Private", "language": "ENGLISH",
                 "marital_status": "MARRIED", "admission_type": "URGENT", "hospital_expire_flag": 0}]
        if s % 4 == 0:
            rows.insert(0, {"subject_id": s, "hadm_id": hadm + 1, "admittime": "2152-01-01 08:00:00",
                            "race": "OTHER", "insurance": "Medicaid", "language": "?",
                            "marital_status": "WIDOWED", "admission_type": "EW EMER.",
                            "hospital_expire_flag": 1 if s % 8 == 0 else 0})
        admissions.extend(rows)
        hadm += 2
    # Diagnoses: A001/10 common to all; RARE1/10 held by subjects 1-5 and by subject 999 who is not
    # in patients (counted as a holder, not in the exposed population); RARE2/9 by the
    # 91-year-old; A001/9 (same code, other version) by subjects 5-7.
    unique91 = next(p["subject_id"] for p in patients if p["anchor_age"] == 91)
    diagnoses = [(p["subject_id"], "A001", 10) for p in patients]
    diagnoses += [(s, "RARE1", 10) for s in (1, 2, 3, 4, 5, 999)]
    diagnoses += [(unique91, "RARE2", 9)]
    diagnoses += [(s, "A001", 9) for s in (5, 6, 7)]
    stays = [{"subject_id": s, "hadm_id": 100 + 2 * (s - 1), "stay_id": 5000 + s, "intime": "2151-03-02 10:00:00",
              "first_careunit": "Medical Intensive Care Unit (MICU)", "los": 2.5} for s in range(1, 11)]
    return patients, admissions, diagnoses, stays, unique91


def _write_csv(path: Path, table: str, rows: list[dict], columns: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, restval="")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("reid-planted")
    copy = root / "copy"
    profile = load_profile("mimic-iv-custom")
    patients, admissions, diagnoses, stays, unique91 = _planted_rows()

    def cols(table: str) -> list[str]:
        return [c.name for c in profile.tables[table].columns]

    _write_csv(copy / "hosp" / "patients.csv", "patients", patients, cols("patients"))
    _write_csv(copy / "hosp" / "admissions.csv", "admissions", admissions, cols("admissions"))
    seq = defaultdict(int)
    drows = []
    for s, code, version in diagnoses:
        seq[s] += 1
        drows.append({"subject_id": s, "hadm_id": 100 + 2 * (s - 1), "seq_num": seq[s], "icd_code": code,
                      "icd_version": version})
    _write_csv(copy / "hosp" / "diagnoses_icd.csv", "diagnoses_icd", drows, cols("diagnoses_icd"))
    _write_csv(copy / "icu" / "icustays.csv", "icustays", stays, cols("icustays"))
    raw, written, bundle = _run(copy, root / "out")
    return {"copy": copy, "raw": raw, "written": written, "patients": patients, "admissions": admissions,
            "diagnoses": diagnoses, "stays": stays, "unique91": unique91}


def _oracle_keys(data: dict, attrs: list[str]) -> list[tuple]:
    """Each patient's QI tuple, in plain Python (first admission / first ICU stay by time)."""
    first: dict[int, dict] = {}
    for a in sorted(data["admissions"], key=lambda r: r["admittime"]):
        first.setdefault(a["subject_id"], a)
    first_stay: dict[int, dict] = {}
    for st in sorted(data["stays"], key=lambda r: r["intime"]):
        first_stay.setdefault(st["subject_id"], st)
    keys = []
    for p in data["patients"]:
        s = p["subject_id"]
        values = {"gender": p["gender"], "anchor_age_band": _age_band(p["anchor_age"]),
                  "anchor_year_group": p["anchor_year_group"],
                  "first_careunit": first_stay.get(s, {}).get("first_careunit")}
        for col in ("race", "insurance", "language", "marital_status", "admission_type"):
            values[col] = first.get(s, {}).get(col)
        keys.append(tuple(values[a] for a in attrs))
    return keys


def test_planted_histogram_equals_truth(planted):
    r = planted["raw"]["reid_risk:qi_demographics"]
    assert _cells(r) == {"1": 2, "2-4": 6, "5-10": 7, "11+": 27}
    assert r.denominator == 42
    assert r.unit == "patients" and r.dimension == "de-identification quality" and r.kahn == "de-identification"
    assert r.breakdown_total == "denominator"
    # 7 classes among 42 patients; the smallest has 1 patient. Both withheld before suppression
    # by the reid rules (cells are hidden at k = 11; the smallest class is below k).
    assert r.metrics["classes"] is None and "metrics.classes" in r.suppressed
    assert r.metrics["prosecutor_risk"] is None and r.metrics["prosecutor_risk_upper"] == 1.0
    assert r.numerator is None and "numerator" in r.suppressed  # the "1" cell is withheld


def test_planted_sets_match_python_oracle(planted):
    profile = load_profile("mimic-iv-custom")
    for qi in profile.quasi_identifiers:
        r = planted["raw"][f"reid_risk:{qi.id}"]
        keys = _oracle_keys(planted, [a.id for a in qi.attributes]) if qi.id != "qi_care_pattern" else None
        if keys is None:
            continue
        assert _cells(r) == _histogram(keys), qi.id
        assert r.denominator == 42


def test_planted_unique_91_year_old(planted):
    # Alone on every set that includes age; race SAMOAN on the first admission only.
    keys = _oracle_keys(planted, ["gender", "anchor_age_band", "anchor_year_group", "race"])
    assert Counter(keys)[("M", 8, "2017 - 2019", "SAMOAN")] == 1
    assert _cells(planted["raw"]["reid_risk:qi_demographics_race"])["1"] >= 2


def test_planted_l_diversity(planted):
    died = defaultdict(int)
    for a in planted["admissions"]:
        died[a["subject_id"]] = max(died[a["subject_id"]], a["hospital_expire_flag"])
    keys = _oracle_keys(planted, ["gender", "anchor_age_band", "anchor_year_group"])
    values: dict[tuple, set] = defaultdict(set)
    for p, key in zip(planted["patients"], keys, strict=True):
        values[key].add(died[p["subject_id"]])
    sizes = Counter(keys)
    expected = sum(sizes[key] for key in sizes if len(values[key]) < 2)
    r = planted["raw"]["reid_risk:qi_demographics"]
    # withheld only if (not l-diverse − uniques) is a small count; here uniques are hidden
    assert r.metrics["not_l_diverse"] == expected
    assert r.metrics["not_l_diverse_rate"] == pytest.approx(expected / 42)


def test_planted_rare_code_exposure(planted):
    r = planted["raw"]["rare_code_exposure:icd_diagnoses"]
    # RARE1/10 (subjects 1-5; 999 is not a patient), RARE2/9 (the 91-year-old), A001/9 (5-7)
    assert r.numerator == len({1, 2, 3, 4, 5, 6, 7, planted["unique91"]}) == 8
    assert r.denominator == 42
    assert r.metrics["rare_codes"] == 3 and r.metrics["codes"] == 4
    assert r.metrics["patients_with_codes"] == 42
    assert planted["raw"]["rare_code_exposure:icd_procedures"].reason == "table_missing"
    assert planted["raw"]["rare_code_exposure:all"].numerator == 8


def test_planted_bundle_withholds_small_cells(planted):
    w = planted["written"]["reid_risk:qi_demographics"]
    cells = {c["key"]: c["count"] for c in w["breakdown"]}
    assert cells == {"1": None, "2-4": None, "5-10": None, "11+": 27}
    assert w["numerator"] is None and w["rate"] is None and w["denominator"] == 42
    assert w["metrics"]["classes"] is None and w["metrics"]["average_risk"] is None
    rare = planted["written"]["rare_code_exposure:icd_diagnoses"]
    assert rare["numerator"] is None and rare["rate"] is None
    assert rare["metrics"]["rare_codes"] is None and rare["metrics"]["rare_codes_rate"] is None
    text = json.dumps([r for rid, r in planted["written"].items() if rid.startswith(("reid", "rare"))])
    for label in ("SAMOAN", "RARE1", "RARE2", "A001", "Medicare", "WHITE"):
        assert label not in text


def test_k5_complementary_and_numerator(tmp_path, planted):
    # k = 5: cells 2, 6, 7, 27 -> "1" is small; complementary suppression hides "2-4" as well,
    # and the numerator (= the "1" cell) and every figure derived from the classes go with them.
    raw, written, _ = _run(planted["copy"], tmp_path, k=5)
    r = raw["reid_risk:qi_demographics"]
    assert _cells(r) == {"1": 2, "2-4": 6, "5-10": 7, "11+": 27}
    assert r.numerator is None and r.metrics["classes"] is None and r.metrics["average_risk"] is None
    w = written["reid_risk:qi_demographics"]
    assert {c["key"]: c["count"] for c in w["breakdown"]} == {"1": None, "2-4": None, "5-10": 7, "11+": 27}
    assert w["numerator"] is None and w["metrics"]["sample_uniqueness_rate"] is None


# ---------------------------------------------------------------------------------------------
# The synthetic generator's planted truth


def test_synth_ground_truth(tmp_path):
    from lqs_clinical import synth

    synth.generate(tmp_path / "copy", patients=100, seed=7, defects=True, notes=False)
    truth = json.loads((tmp_path / "copy" / "ground_truth.json").read_text(encoding="utf-8"))
    reid = truth["reid"]
    raw, written, _ = _run(tmp_path / "copy", tmp_path / "out")
    r = raw["reid_risk:qi_demographics"]
    assert reid["qi_columns"] == [a.id for a in load_profile("mimic-iv-custom").quasi_identifiers[0].attributes]
    assert _cells(r) == reid["class_size_histogram"]
    assert reid["unique_patient_planted"] is True
    # The planted rare ICD codes, plus the generator's planted FK-orphan ICD codes (each held by
    # fewer than k patients too): counted codes match exactly.
    orphan = truth["fk_orphans"]["diagnoses_icd.icd_code+icd_version->d_icd_diagnoses.icd_code+icd_version"]
    rare = raw["rare_code_exposure:icd_diagnoses"]
    assert rare.metrics["rare_codes"] == len(reid["rare_icd_codes"]) + orphan["orphan_keys"]
    holders = sum(reid["rare_icd_codes"].values())
    copy = (tmp_path / "copy" / "hosp" / "diagnoses_icd.csv.gz").as_posix()
    codes = ", ".join(f"('{c.split('|')[0]}', '{c.split('|')[1]}')" for c in reid["rare_icd_codes"])
    planted_holders = duckdb.sql(
        f"SELECT count(DISTINCT subject_id) FROM read_csv('{copy}', all_varchar=true) "
        f"WHERE (icd_code, icd_version) IN ({codes})").fetchall()[0][0]
    assert planted_holders == holders
    assert holders <= rare.numerator <= holders + orphan["orphan_rows"]
    w = written["reid_risk:qi_demographics"]
    for key, count in reid["class_size_histogram"].items():
        cell = next(c for c in w["breakdown"] if c["key"] == key)
        if 1 <= count < 11:
            assert cell["count"] is None


# ---------------------------------------------------------------------------------------------
# The real demo: plain SQL over the CSVs


FIRST_ADM = f"""
  SELECT * FROM read_csv('{DEMO}/hosp/admissions.csv.gz', all_varchar=true)
  QUALIFY row_number() OVER (PARTITION BY subject_id ORDER BY CAST(admittime AS TIMESTAMP), race, insurance,
                             language, marital_status, admission_type) = 1"""
FIRST_STAY = f"""
  SELECT * FROM read_csv('{DEMO}/icu/icustays.csv.gz', all_varchar=true)
  QUALIFY row_number() OVER (PARTITION BY subject_id ORDER BY CAST(intime AS TIMESTAMP), first_careunit) = 1"""
AGE_BAND = " + ".join(f"(CAST(p.anchor_age AS INTEGER) >= {b})::INT" for b in AGE_BOUNDS)


def _demo_hist(cols: str) -> dict[str, int]:
    sql = f"""
    WITH t AS (
      SELECT p.gender, {AGE_BAND} AS anchor_age_band, p.anchor_year_group, a.race, a.insurance, a.language,
             a.marital_status, a.admission_type, s.first_careunit
      FROM read_csv('{DEMO}/hosp/patients.csv.gz', all_varchar=true) p
      LEFT JOIN ({FIRST_ADM}) a USING (subject_id)
      LEFT JOIN ({FIRST_STAY}) s USING (subject_id)),
    c AS (SELECT count(*) AS n FROM t GROUP BY {cols})
    SELECT CASE WHEN n = 1 THEN '1' WHEN n <= 4 THEN '2-4' WHEN n <= 10 THEN '5-10' ELSE '11+' END, sum(n)
    FROM c GROUP BY 1"""
    out = dict.fromkeys(BANDS, 0)
    out.update({k: int(v) for k, v in duckdb.sql(sql).fetchall()})
    return out


def _demo_exposure(table: str, cols: str) -> tuple[int, int]:
    sql = f"""
    WITH pairs AS (SELECT DISTINCT subject_id, {cols} FROM read_csv('{DEMO}/{table}', all_varchar=true)
                   WHERE {' AND '.join(f'{c} IS NOT NULL' for c in cols.split(', '))}),
    h AS (SELECT {cols}, count(*) AS n FROM pairs GROUP BY ALL)
    SELECT (SELECT count(DISTINCT subject_id) FROM pairs JOIN h USING ({cols}) WHERE n < 11),
           (SELECT count(*) FROM h WHERE n < 11)"""
    exposed, rare = duckdb.sql(sql).fetchall()[0]
    return int(exposed), int(rare)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return _run(DEMO, tmp_path_factory.mktemp("reid-demo"), profile=None)


def test_demo_matches_plain_sql(demo):
    raw, _, _ = demo
    sets = {
        "qi_demographics": "gender, anchor_age_band, anchor_year_group",
        "qi_demographics_race": "gender, anchor_age_band, anchor_year_group, race",
        "qi_demographics_social": "gender, anchor_age_band, anchor_year_group, race, insurance, language, "
                                  "marital_status",
        "qi_demographics_admission": "gender, anchor_age_band, anchor_year_group, race, admission_type, "
                                     "first_careunit",
    }
    for qi, cols in sets.items():
        r = raw[f"reid_risk:{qi}"]
        assert _cells(r) == _demo_hist(cols), qi
        assert r.denominator == 100
    # the demo's figures (documented in the report of issue 9)
    assert _cells(raw["reid_risk:qi_demographics"]) == {"1": 8, "2-4": 40, "5-10": 52, "11+": 0}
    assert _cells(raw["reid_risk:qi_demographics_admission"]) == {"1": 91, "2-4": 9, "5-10": 0, "11+": 0}
    for rid, table, cols in (("icd_diagnoses", "hosp/diagnoses_icd.csv.gz", "icd_code, icd_version"),
                             ("icd_procedures", "hosp/procedures_icd.csv.gz", "icd_code, icd_version"),
                             ("lab_items", "hosp/labevents.csv.gz", "itemid")):
        r = raw[f"rare_code_exposure:{rid}"]
        assert (r.numerator, r.metrics["rare_codes"]) == _demo_exposure(table, cols), rid
        assert r.denominator == 100


def test_demo_bundle_bands_and_withholds(demo):
    _, written, bundle = demo
    fine = written["reid_risk:qi_demographics_admission"]
    cells = {c["key"]: c["count"] for c in fine["breakdown"]}
    # 91 unique, 9 in classes of 2-4: the 9 is small, and the 91 is withheld with it so that it
    # cannot be recovered by subtraction; the empty bands show 0.
    assert cells == {"1": None, "2-4": None, "5-10": 0, "11+": 0}
    assert fine["numerator"] is None and fine["rate"] is None and fine["denominator"] == 100
    assert fine["metrics"]["classes"] is None and fine["metrics"]["prosecutor_risk"] is None
    assert fine["metrics"]["prosecutor_risk_upper"] == 1.0
    assert fine["status"] == "fail"
    social = written["reid_risk:qi_demographics_social"]
    assert social["numerator"] == 76 and social["metrics"]["classes"] == 87
    # No category label from the data appears in a reid or rare-code result.
    labels = {v for (v,) in duckdb.sql(f"""SELECT DISTINCT unnest([race, insurance, language, marital_status,
        admission_type]) FROM read_csv('{DEMO}/hosp/admissions.csv.gz', all_varchar=true)""").fetchall() if v}
    labels |= {v for (v,) in duckdb.sql(f"SELECT DISTINCT first_careunit FROM read_csv('{DEMO}/icu/icustays.csv.gz',"
                                        " all_varchar=true)").fetchall() if v}
    text = json.dumps([r for rid, r in written.items() if rid.startswith(("reid", "rare"))])
    leaked = [label for label in labels if f'"{label}"' in text]
    assert leaked == []
    assert all(r.unit == "patients" for r in bundle.results)
