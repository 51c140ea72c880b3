"""compare: a synthetic release with planted regressions, identical inputs, tampered inputs."""

from __future__ import annotations

import copy
import json
import math
import shutil
from pathlib import Path

import duckdb
import pytest

from lqs_clinical.compare import (
    CompareReport,
    compare_bundles,
    jensen_shannon,
    population_stability_index,
    regressions,
    render_compare_html,
    two_proportion_z,
    write_compare,
)
from lqs_clinical.errors import ExitCode, UserError
from lqs_clinical.runner import RunOptions, profile_dataset

ONLY = {"schema_tables", "schema_columns", "missingness", "fk_orphans", "value_without_unit", "multi_unit_items"}
LAB_OPTS = "header=true, all_varchar=true, quote='\"', escape='\"'"


def _plant(src: Path, dst: Path) -> None:
    """Release B = release A with three planted regressions in labevents:
    itemid 51301 loses its unit; half of itemid 50912 switches to another unit; 20 rows of a
    subject that is not in patients (a new orphan class)."""
    con = duckdb.connect()
    con.execute(f"CREATE TABLE l AS SELECT * FROM read_csv('{src}', {LAB_OPTS})")
    con.execute("UPDATE l SET valueuom = NULL WHERE itemid = '51301'")
    con.execute("UPDATE l SET valueuom = 'mmol/L' WHERE itemid = '50912' AND CAST(labevent_id AS BIGINT) % 2 = 0")
    con.execute("""INSERT INTO l SELECT * EXCLUDE (rn) REPLACE (
                       CAST((SELECT max(CAST(labevent_id AS BIGINT)) FROM l) + rn AS VARCHAR) AS labevent_id,
                       '19999999' AS subject_id)
                   FROM (SELECT *, row_number() OVER () AS rn FROM l LIMIT 20)""")
    con.execute(f"COPY l TO '{dst}' (HEADER, DELIMITER ',', COMPRESSION gzip)")
    con.close()


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    from lqs_clinical.synth import generate

    root = tmp_path_factory.mktemp("releases")
    a, b = root / "a", root / "b"
    generate(a, patients=300, seed=1, defects=False, notes=False)
    (a / "ground_truth.json").unlink(missing_ok=True)
    shutil.copytree(a, b)
    _plant(a / "hosp" / "labevents.csv.gz", b / "hosp" / "labevents.csv.gz")
    options = RunOptions(notes=False, hash_files=False, only=ONLY)
    old, old_path = profile_dataset(a, root / "out-a", options)
    new, new_path = profile_dataset(b, root / "out-b", options)
    return json.loads(old_path.read_text()), json.loads(new_path.read_text())


def test_planted_regressions_are_exactly_the_new_and_changed_findings(releases, tmp_path):
    old, new = releases
    report = compare_bundles(old, new)
    moved = {(f.id, f.kind) for f in report.findings if f.kind != "persisting"}
    assert moved == {
        ("value_without_unit:labevents.value+valuenum/valueuom", "new"),
        ("multi_unit_items:labevents.value+valuenum/valueuom", "new"),
        ("fk_orphans:labevents.subject_id->patients.subject_id", "new"),
        ("missingness:labevents:valueuom", "changed"),
    }
    by_id = {f.id: f for f in report.findings}
    unitless = by_id["value_without_unit:labevents.value+valuenum/valueuom"]
    assert unitless.old_numerator == 0 and unitless.test == "two_proportion_z" and unitless.exceeds_noise
    orphans = by_id["fk_orphans:labevents.subject_id->patients.subject_id"]
    assert orphans.new_numerator == 20 and orphans.exceeds_noise is True
    assert {f.id for f in regressions(report, 0.0)} >= {unitless.id, orphans.id}
    assert report.summary.new == 3 and report.summary.changed == 1
    # schema: no table or column drift; labevents grew by the 20 planted rows
    drift = report.schema_drift
    assert not (drift.tables_added or drift.tables_removed or drift.columns_added or drift.columns_removed)
    assert [(c.table, c.old_rows + 20 == c.new_rows) for c in drift.row_counts] == [("labevents", True)]
    # output is guarded and written; HTML is self-contained
    write_compare(report, tmp_path / "diff.json")
    written = CompareReport.model_validate_json((tmp_path / "diff.json").read_text())
    assert written.summary == report.summary
    html = render_compare_html(report)
    assert "http://" not in html and "https://" not in html and "<script" not in html
    write_compare(report, tmp_path / "diff.html")


def test_identical_inputs_report_nothing(releases):
    old, _ = releases
    report = compare_bundles(old, copy.deepcopy(old))
    assert [f for f in report.findings if f.kind != "persisting"] == []
    assert regressions(report, 0.0) == []
    assert all(s.jsd == 0 and s.psi == 0 and s.top == [] for s in report.shift)
    assert report.schema_drift.row_counts == [] and report.summary.regressions == 0


def test_tampered_bundle_is_refused_with_the_verify_code(releases):
    old, new = releases
    tampered = copy.deepcopy(new)
    tampered["results"][0]["status"] = "pass" if tampered["results"][0]["status"] != "pass" else "warn"
    with pytest.raises(UserError) as err:
        compare_bundles(old, tampered)
    assert err.value.code == ExitCode.VERIFY_HASH
    with pytest.raises(UserError) as err:
        compare_bundles(tampered, old)
    assert err.value.code == ExitCode.VERIFY_HASH


def test_statistics():
    z, p = two_proportion_z(10, 1000, 10, 1000)
    assert z == 0 and p == 1
    z, p = two_proportion_z(50, 1000, 100, 1000)  # 5% vs 10%
    assert 4.2 < z < 4.3 and p < 1e-4
    assert jensen_shannon([0.5, 0.5], [0.5, 0.5]) == 0
    assert jensen_shannon([1.0, 0.0], [0.0, 1.0]) == 1
    assert population_stability_index([0.5, 0.5], [0.5, 0.5]) == 0
    assert population_stability_index([0.6, 0.4], [0.4, 0.6]) == pytest.approx(2 * 0.2 * math.log(1.5))
