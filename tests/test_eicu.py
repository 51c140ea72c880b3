"""eICU-CRD Demo 2.0.1 (real, ../shared/data/eicu-demo): profile, exact figures, site split, compare."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from lqs_clinical.compare import compare_bundles, render_compare_html, write_compare
from lqs_clinical.discover import scan_folder
from lqs_clinical.runner import RunOptions, profile_dataset
from lqs_clinical.split import OTHER_SITES_LABEL, profile_by_site

EICU_DEMO = Path(__file__).resolve().parents[2] / "shared" / "data" / "eicu-demo"

ROWS = {
    "admissiondrug": 7417, "admissiondx": 7578, "allergy": 2475, "apacheapsvar": 2205,
    "apachepatientresult": 3676, "apachepredvar": 2205, "careplancareprovider": 5627, "careplaneol": 15,
    "careplangeneral": 33148, "careplangoal": 3633, "careplaninfectiousdisease": 112, "customlab": 30,
    "diagnosis": 24978, "hospital": 186, "infusiondrug": 38256, "medication": 75604, "microlab": 342,
    "note": 24758, "nurseassessment": 91589, "nursecare": 42080, "pasthistory": 12109, "patient": 2520,
    "physicalexam": 84058, "respiratorycare": 5436, "respiratorycharting": 176089, "treatment": 38290,
    "vitalaperiodic": 274088,
}
MISSING_UPSTREAM = {"lab", "nursecharting", "vitalperiodic", "intakeoutput"}
CSV = "header=true, all_varchar=true, quote='\"', escape='\"', delim=','"


def _csv(name: str) -> str:
    return f"read_csv('{EICU_DEMO / name}', {CSV})"


def _sql(query: str):
    con = duckdb.connect()
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def eicu_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("eicu-out")
    captured: dict = {}
    bundle, _ = profile_dataset(EICU_DEMO, out, RunOptions(notes=False, hash_files=False), capture=captured)
    return bundle, {r.id: r for r in captured["results"]}


def test_detects_the_demo_profile_and_reads_every_table(eicu_run):
    bundle, _ = eicu_run
    assert bundle.dataset.profile == "eicu-crd-demo-2.0" and bundle.dataset.detection == "auto"
    rows = {t.name: t.rows for t in bundle.dataset.tables if t.present}
    assert rows == ROWS
    absent = {t.name for t in bundle.dataset.tables if not t.present}
    assert absent == MISSING_UPSTREAM
    assert all(r.status != "error" for r in bundle.results)


def test_row_counts_match_an_independent_count():
    for table, expected in (("patient.csv.gz", 2520), ("note.csv.gz", 24758),
                            ("respiratoryCharting.csv.gz", 176089), ("vitalAperiodic.csv.gz", 274088)):
        assert _sql(f"SELECT count(*) FROM {_csv(table)}")[0][0] == expected


def test_missingness_figures_verified_with_plain_sql(eicu_run):
    _, results = eicu_run
    for file, table, column in (("medication.csv.gz", "medication", "loadingdose"),
                                ("vitalAperiodic.csv.gz", "vitalaperiodic", "paop"),
                                ("patient.csv.gz", "patient", "hospitaldischargestatus"),
                                ("patient.csv.gz", "patient", "age")):
        n, missing = _sql(f"SELECT count(*), count(*) FILTER (WHERE {column} IS NULL OR {column} = '') "
                          f"FROM {_csv(file)}")[0]
        r = results[f"missingness:{table}:{column}"]
        assert (r.numerator, r.denominator) == (missing, n)
    assert results["missingness:medication:loadingdose"].numerator == 75596
    assert results["missingness:vitalaperiodic:paop"].numerator == 273919
    assert results["missingness:patient:hospitaldischargestatus"].numerator == 28


def test_orphan_figures_verified_with_plain_sql(eicu_run):
    _, results = eicu_run
    hosp = _sql(f"SELECT count(*) FROM {_csv('patient.csv.gz')} p WHERE p.hospitalid NOT IN "
                f"(SELECT hospitalid FROM {_csv('hospital.csv.gz')})")[0][0]
    notes = _sql(f"SELECT count(*) FROM {_csv('note.csv.gz')} n WHERE n.patientunitstayid NOT IN "
                 f"(SELECT patientunitstayid FROM {_csv('patient.csv.gz')})")[0][0]
    assert hosp == 0 and notes == 0
    r = results["soft_fk_orphans:patient.hospitalid->hospital.hospitalid"]
    assert (r.numerator, r.denominator) == (hosp, 2520)
    r = results["soft_fk_orphans:note.patientunitstayid->patient.patientunitstayid"]
    assert (r.numerator, r.denominator) == (notes, 24758)


def test_population_counts_distinct_uniquepid(eicu_run):
    _, results = eicu_run
    subjects = _sql(f"SELECT count(DISTINCT uniquepid) FROM {_csv('patient.csv.gz')}")[0][0]
    r = results["population:gender"]
    assert r.denominator == subjects == 1841


def test_site_split_bundle_counts(tmp_path):
    # Every demo hospital holds exactly 10 patients: at the default k = 11 no site gets its own
    # bundle and all 2,520 stays are pooled (never dropped).
    per_site = _sql(f"SELECT hospitalid, count(DISTINCT uniquepid) FROM {_csv('patient.csv.gz')} GROUP BY 1")
    assert {n for _, n in per_site} == {10}
    only = {"missingness", "population"}
    paths = profile_by_site(EICU_DEMO, tmp_path / "k11", RunOptions(notes=False, hash_files=False, only=only))
    assert [p.parent.name for p in paths] == ["other-sites"]
    pooled = json.loads(paths[0].read_text())
    assert pooled["dataset"]["site"] == OTHER_SITES_LABEL
    assert {t["name"]: t["rows"] for t in pooled["dataset"]["tables"]}["patient"] == 2520


def test_two_real_sites_compare_passes_the_guard(tmp_path):
    only = {"schema_tables", "missingness", "fk_orphans", "population", "value_range"}
    options = RunOptions(notes=False, hash_files=False, k=10, only=only)
    paths = profile_by_site(EICU_DEMO, tmp_path / "sites", options, sites=["73", "264"])
    assert [p.parent.name for p in paths] == ["site-264", "site-73", "other-sites"]
    bundles = [json.loads(p.read_text()) for p in paths]
    assert [b["dataset"]["site"] for b in bundles] == ["264", "73", OTHER_SITES_LABEL]
    assert all(b["parameters"]["split_by"] == "hospitalid" for b in bundles)
    # filtered along patientunitstayid -> patient.hospitalid: stays per site, verified with SQL
    for b, site in zip(bundles[:2], ("264", "73"), strict=True):
        stays = _sql(f"SELECT count(*) FROM {_csv('patient.csv.gz')} WHERE hospitalid = '{site}'")[0][0]
        notes = _sql(f"SELECT count(*) FROM {_csv('note.csv.gz')} WHERE patientunitstayid IN "
                     f"(SELECT patientunitstayid FROM {_csv('patient.csv.gz')} WHERE hospitalid = '{site}')")[0][0]
        rows = {t["name"]: t["rows"] for t in b["dataset"]["tables"]}
        assert rows["patient"] == stays and rows["note"] == notes
    # the three bundles partition the rows of every table
    total = {t["name"]: 0 for t in bundles[0]["dataset"]["tables"] if t["present"]}
    for b in bundles:
        for t in b["dataset"]["tables"]:
            if t["present"]:
                total[t["name"]] += t["rows"] or 0
    assert total["note"] == ROWS["note"] and total["vitalaperiodic"] == ROWS["vitalaperiodic"]
    report = compare_bundles(bundles[1], bundles[0])
    assert report.old.site == "73" and report.new.site == "264"
    assert any(s.kind == "row_volume" and s.jsd is not None and s.jsd > 0 for s in report.shift)
    write_compare(report, tmp_path / "sites.json")
    write_compare(report, tmp_path / "sites.html")
    assert "<table>" in render_compare_html(report)


def test_split_views_stream_the_files():
    # The split never copies data: every table stays a view over the original files.
    dataset = scan_folder(EICU_DEMO)
    con = duckdb.connect()
    try:
        from lqs_clinical.discover import register_views, resolve_profile
        from lqs_clinical.split import _apply_filter, _register_bases, filter_plan, site_parents, site_table

        profile = resolve_profile(con, dataset, None)
        register_views(con, dataset, profile)
        _register_bases(con, dataset)
        anchor = site_table(profile, dataset, "hospitalid")
        plan = filter_plan(profile, dataset, anchor, "hospitalid")
        assert anchor == "patient" and plan["note"].parent == "patient"
        assert set(site_parents(profile, dataset, anchor, "hospitalid")) == {"hospital"}
        _apply_filter(con, dataset, plan, site_parents(profile, dataset, anchor, "hospitalid"), anchor,
                      "hospitalid", ["73"], None)
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0] == 0
        assert con.execute('SELECT count(*) FROM "hospital"').fetchone()[0] == 1
    finally:
        con.close()
