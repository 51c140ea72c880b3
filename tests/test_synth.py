"""Tests of the synthetic generator: determinism, writer fidelity, scale, clean copy, planted defects.

Every check here re-reads the written files with DuckDB (independent of the generator's own
counting) and compares with ground_truth.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
import yaml

from lqs_clinical.synth import MIMIC_IV_31_COUNTS, generate

ROOT = Path(__file__).resolve().parents[1]


def _profile_tables() -> dict[str, tuple[str, list[str]]]:
    out = {}
    for m in ("hosp", "icu"):
        d = yaml.safe_load((ROOT / "profiles" / "modules" / f"mimic-iv-{m}.yaml").read_text())
        for t, spec in d["tables"].items():
            out[t] = (m, list(spec["columns"]))
    return out


TABLES = _profile_tables()


def _src(root: Path, table: str) -> str:
    mod = TABLES[table][0]
    pq_path = root / mod / f"{table}.parquet"
    if pq_path.exists():
        return f"read_parquet('{pq_path}')"
    return f"read_csv('{root / mod / (table + '.csv.gz')}', all_varchar=true, quote='\"', escape='\"', header=true)"


def _typed(root: Path, table: str) -> str:
    """Typed view (csv auto-detected types are enough for comparisons used here)."""
    mod = TABLES[table][0]
    pq_path = root / mod / f"{table}.parquet"
    if pq_path.exists():
        return f"read_parquet('{pq_path}')"
    return f"read_csv('{root / mod / (table + '.csv.gz')}', quote='\"', escape='\"', header=true)"


@pytest.fixture(scope="module")
def csv_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth_csv")
    return out, generate(out, patients=100, seed=0, notes=False)


@pytest.fixture(scope="module")
def pq_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth_pq")
    return out, generate(out, patients=100, seed=0, notes=False, fmt="parquet")


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth_clean")
    return out, generate(out, scale=0.0002, seed=3, defects=False, notes=False, fmt="parquet")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_determinism(tmp_path, csv_run):
    root, gt = csv_run
    a = tmp_path / "a"
    generate(a, patients=100, seed=0, notes=False)
    fa, f0 = _files(a), _files(root)
    assert fa.keys() == f0.keys()
    for k in fa:
        assert fa[k] == f0[k], k
    assert json.loads((a / "ground_truth.json").read_text()) == gt
    b = tmp_path / "b"
    generate(b, patients=100, seed=1, notes=False)
    assert (b / "ground_truth.json").read_bytes() != (a / "ground_truth.json").read_bytes()
    assert (b / "icu" / "chartevents.csv.gz").read_bytes() != fa["icu/chartevents.csv.gz"]
    # no absolute paths in the ground truth
    assert str(a) not in (a / "ground_truth.json").read_text()


def test_columns_match_profile(csv_run, pq_run):
    for root in (csv_run[0], pq_run[0]):
        con = duckdb.connect()
        for t, (_, cols) in TABLES.items():
            got = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {_src(root, t)}").fetchall()]
            assert got == cols, t


@pytest.mark.parametrize("which", ["csv", "parquet"])
def test_missingness_recovered_exactly(which, csv_run, pq_run):
    root, gt = csv_run if which == "csv" else pq_run
    con = duckdb.connect()
    for t, (_, cols) in TABLES.items():
        exprs = [f'count(*) - count("{c}")' for c in cols]
        if which == "parquet":
            exprs += [f"count(*) FILTER (WHERE CAST(\"{c}\" AS VARCHAR) = '')" for c in cols]
        row = con.execute(f"SELECT count(*), {', '.join(exprs)} FROM {_src(root, t)}").fetchone()
        assert row[0] == gt["row_counts"][t], t
        for i, c in enumerate(cols):
            m = gt["missingness"][f"{t}.{c}"]
            assert row[1 + i] == m["null"], f"{t}.{c}"
            if which == "parquet":
                assert row[1 + len(cols) + i] == m["empty"], f"{t}.{c}"
    assert gt["not_null_violations"] == {"chartevents.charttime": 7}
    if which == "parquet":
        assert gt["missingness"]["labevents.comments"]["empty"] > 0
        assert gt["missingness"]["admissions.language"]["empty"] > 0


def test_parquet_and_csv_same_ground_truth(csv_run, pq_run):
    a, b = dict(csv_run[1]), dict(pq_run[1])
    for g in (a, b):
        g["generator"] = {k: v for k, v in g["generator"].items() if k != "fmt"}
        g["missingness"] = {k: v["null"] for k, v in g["missingness"].items()}
    assert a == b


def test_parquet_types(pq_run):
    root, _ = pq_run
    s = pq.read_schema(root / "icu" / "chartevents.parquet")
    assert str(s.field("charttime").type).startswith("timestamp")
    assert str(s.field("valuenum").type) == "double"
    assert str(s.field("warning").type) == "int16"
    assert str(s.field("subject_id").type) == "int32"
    assert "string" in str(s.field("value").type)
    assert str(pq.read_schema(root / "hosp" / "patients.parquet").field("dod").type) == "date32[day]"
    md = pq.ParquetFile(root / "icu" / "chartevents.parquet").metadata
    assert md.row_group(0).column(0).compression == "ZSTD"


def test_scale_row_counts(clean_run):
    root, gt = clean_run
    con = duckdb.connect()
    for t, c in MIMIC_IV_31_COUNTS.items():
        if t.startswith("d_"):
            continue
        assert gt["row_counts"][t] == round(0.0002 * c), t
    for t in ("patients", "admissions", "chartevents", "labevents", "emar_detail", "icustays"):
        assert con.execute(f"SELECT count(*) FROM {_src(root, t)}").fetchone()[0] == round(
            0.0002 * MIMIC_IV_31_COUNTS[t]
        )


def test_clean_copy_has_no_defects(clean_run):
    root, gt = clean_run
    assert all(
        v == {"orphan_rows": 0, "orphan_keys": 0, "null_rows": v["null_rows"]} for v in gt["fk_orphans"].values()
    )
    assert all(v == {"duplicate_keys": 0, "excess_rows": 0} for v in gt["pk_duplicates"].values())
    assert all(v == 0 for v in gt["duplicate_rows"].values())
    assert all(v == 0 for v in gt["temporal_order"].values())
    assert all(v == {"below": 0, "above": 0} for v in gt["value_range"].values())
    assert gt["not_null_violations"] == {}
    assert gt["death_consistency"] == {"admissions": {"flag_without_time": 0, "time_without_flag": 0}}
    for vid, v in gt["value_without_unit"].items():
        assert v["numeric_rows"] == 0, vid
        assert v["rows"] == v["dictionary_no_unit_rows"], vid
    assert gt["value_without_unit"]["chartevents.value+valuenum/valueuom"]["rows"] > 0  # text items
    assert all(v == {"raw": [], "normalized": []} for v in gt["multi_unit_items"].values())
    assert gt["reid"]["unique_patient_planted"] is False and gt["reid"]["rare_icd_codes"] == {}
    # independent SQL over the written files
    con = duckdb.connect()
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert (
        q(
            f"SELECT count(*) FROM {_src(root, 'chartevents')} c WHERE stay_id NOT IN "
            f"(SELECT stay_id FROM {_src(root, 'icustays')})"
        )
        == 0
    )
    assert (
        q(f"SELECT count(*) FROM {_src(root, 'emar')} e WHERE poe_id NOT IN (SELECT poe_id FROM {_src(root, 'poe')})")
        == 0
    )
    assert (
        q(
            f"SELECT count(*) FROM {_src(root, 'diagnoses_icd')} d ANTI JOIN {_src(root, 'd_icd_diagnoses')} x "
            "USING (icd_code, icd_version)"
        )
        == 0
    )
    for t in ("transfers", "admissions", "labevents"):
        pk = {"transfers": "transfer_id", "admissions": "hadm_id", "labevents": "labevent_id"}[t]
        assert q(f"SELECT count(*) - count(DISTINCT {pk}) FROM {_src(root, t)}") == 0
    for t in ("emar_detail", "chartevents", "diagnoses_icd", "omr", "ingredientevents"):
        assert q(f"SELECT count(*) FROM (SELECT DISTINCT * FROM {_src(root, t)})") == gt["row_counts"][t], t
    assert q(f"SELECT count(*) FROM {_src(root, 'admissions')} WHERE dischtime <= admittime") == 0
    assert q(f"SELECT count(*) FROM {_src(root, 'chartevents')} WHERE valuenum IS NOT NULL AND valueuom IS NULL") == 0
    assert (
        q(
            f"SELECT count(*) FROM {_src(root, 'chartevents')} "
            "WHERE itemid = 220045 AND (valuenum < 0 OR valuenum > 300)"
        )
        == 0
    )


def test_planted_defects_match_independent_sql(csv_run):
    root, gt = csv_run
    con = duckdb.connect()
    q = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    ce, st = _typed(root, "chartevents"), _typed(root, "icustays")
    # FK orphans
    rows, keys = q(
        f"SELECT count(*), count(DISTINCT stay_id) FROM {ce} WHERE stay_id NOT IN (SELECT stay_id FROM {st})"
    )
    assert {"orphan_rows": rows, "orphan_keys": keys, "null_rows": 0} == gt["fk_orphans"][
        "chartevents.stay_id->icustays.stay_id"
    ]
    assert rows > 0
    d = gt["fk_orphans"]["diagnoses_icd.icd_code+icd_version->d_icd_diagnoses.icd_code+icd_version"]
    assert (
        q(
            f"SELECT count(*) FROM {_typed(root, 'diagnoses_icd')} ANTI JOIN {_typed(root, 'd_icd_diagnoses')} "
            "USING (icd_code, icd_version)"
        )[0]
        == d["orphan_rows"]
        > 0
    )
    for fk in (
        "emar.poe_id->poe.poe_id",
        "labevents.itemid->d_labitems.itemid",
        "transfers.hadm_id->admissions.hadm_id",
        "diagnoses_icd.subject_id->patients.subject_id",
        "diagnoses_icd.hadm_id->admissions.hadm_id",
    ):
        assert gt["fk_orphans"][fk]["orphan_rows"] > 0, fk
    # PK duplicates and exact duplicate rows
    tr = _typed(root, "transfers")
    assert q(
        f"SELECT count(*), sum(n - 1) FROM (SELECT transfer_id, count(*) n FROM {tr} GROUP BY 1 HAVING n > 1)"
    ) == (gt["pk_duplicates"]["transfers"]["duplicate_keys"], gt["pk_duplicates"]["transfers"]["excess_rows"])
    for t in ("emar_detail", "diagnoses_icd", "admissions", "transfers"):
        n = q(
            f"SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT * FROM {_typed(root, t)})) "
            f"FROM {_typed(root, t)}"
        )[0]
        assert n == gt["duplicate_rows"][t], t
    assert gt["duplicate_rows"]["emar_detail"] > 0 and gt["duplicate_rows"]["diagnoses_icd"] > 0
    # temporal: cross-table with tolerance
    n = q(f"SELECT count(*) FROM {ce} c JOIN {st} s USING (stay_id) WHERE c.charttime + INTERVAL 24 HOUR < s.intime")[0]
    assert n == gt["temporal_order"]["chartevents.in_stay_start"] > 0
    n = q(f"SELECT count(*) FROM {st} WHERE outtime <= intime")[0]
    assert n == gt["temporal_order"]["icustays.in_before_out"] > 0
    n = q(
        f"SELECT count(*) FROM {st} s JOIN {_typed(root, 'patients')} p USING (subject_id) "
        "WHERE p.dod < CAST(s.intime AS DATE)"
    )[0]
    assert n == gt["temporal_order"]["icustays.dod_after_intime"] > 0
    # value without unit
    v = gt["value_without_unit"]["labevents.value+valuenum/valueuom"]
    assert q(
        f"SELECT count(*), count(valuenum) FROM {_typed(root, 'labevents')} "
        "WHERE (value IS NOT NULL OR valuenum IS NOT NULL) AND valueuom IS NULL"
    ) == (v["rows"], v["numeric_rows"])
    assert v["numeric_rows"] > 0
    # ranges
    r = gt["value_range"]["chartevents.heart_rate"]
    assert q(
        f"SELECT count(*) FILTER (WHERE valuenum < 0), count(*) FILTER (WHERE valuenum > 300) FROM {ce} "
        "WHERE itemid = 220045"
    ) == (r["below"], r["above"])
    # units
    assert gt["multi_unit_items"]["labevents"] == {"raw": [51249], "normalized": [51249]}
    assert gt["multi_unit_items"]["outputevents"] == {"raw": [226559], "normalized": []}
    # death consistency
    a = _typed(root, "admissions")
    assert q(
        f"SELECT count(*) FILTER (WHERE hospital_expire_flag = 1 AND deathtime IS NULL), "
        f"count(*) FILTER (WHERE hospital_expire_flag = 0 AND deathtime IS NOT NULL) FROM {a}"
    ) == tuple(gt["death_consistency"]["admissions"].values())
    # population + reid
    assert sum(gt["population"]["gender"].values()) == 100
    assert sum(gt["population"]["race"].values()) == 100
    assert gt["reid"]["unique_patient_planted"] is True
    assert gt["reid"]["rare_icd_codes"] == {"Q8740|10": 5}
    assert q(f"SELECT count(DISTINCT subject_id) FROM {_typed(root, 'diagnoses_icd')} WHERE icd_code = 'Q8740'")[0] == 5
    assert sum(gt["reid"]["class_size_histogram"].values()) == 100
