"""The command line as a user meets it: help texts, gating exit codes, report, compare, notes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO

from lqs_clinical.notes.calibrate import calibration_corpora

COMMANDS = ["profile", "profiles", "convert", "synth", "demo", "keygen", "verify", "report", "compare", "notes",
            "notes-eval", "schema"]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lqs_clinical", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    proc = cli(command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout
    if command not in ("profiles", "schema"):
        assert "Example" in proc.stdout or "example" in proc.stdout


def test_profiles_lists_releases():
    proc = cli("profiles")
    for name in ("mimic-iv-demo-2.2", "mimic-iv-2.2", "mimic-iv-3.1", "mimic-iv-note-2.2", "mimic-iv-ed-2.2",
                 "mimic-iv-custom"):
        assert name in proc.stdout


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = cli("profile", str(DEMO), "--out", str(out), "--quiet", "--no-hash")
    assert proc.returncode == 0, proc.stderr
    return out


def test_profile_writes_bundle_and_reports(demo_out):
    assert sorted(p.name for p in demo_out.iterdir()) == ["evidence.json", "model-card.md", "report.html"]
    data = json.loads((demo_out / "evidence.json").read_text())
    assert data["dataset"]["file_hashing"] == "skipped"
    assert all(f["sha256"] is None for f in data["dataset"]["files"])


def test_fail_on_gates(demo_out, tmp_path):
    # the demo has failing checks (chartevents absent from this copy): --fail-on fail exits 1
    proc = cli("profile", str(DEMO), "--out", str(tmp_path / "o"), "--quiet", "--no-hash", "--no-reports",
               "--fail-on", "fail")
    assert proc.returncode == 1
    assert (tmp_path / "o" / "evidence.json").exists()  # the evidence is still written


def test_report_from_bundle_and_refuses_tampered(demo_out, tmp_path):
    html, md = tmp_path / "r.html", tmp_path / "r.md"
    proc = cli("report", str(demo_out / "evidence.json"), "--html", str(html), "--markdown", str(md))
    assert proc.returncode == 0, proc.stderr
    assert "107,727" in html.read_text() and "Verify" in md.read_text() or "verify" in md.read_text()
    data = json.loads((demo_out / "evidence.json").read_text())
    data["results"][0]["status"] = "pass" if data["results"][0]["status"] != "pass" else "fail"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    proc = cli("report", str(bad), "--html", str(tmp_path / "x.html"))
    assert proc.returncode == 10
    assert not (tmp_path / "x.html").exists()


def test_compare_identical_and_gating(demo_out, tmp_path):
    bundle = str(demo_out / "evidence.json")
    proc = cli("compare", bundle, bundle, "--out", str(tmp_path / "diff.json"), "--fail-on-regression")
    assert proc.returncode == 0, proc.stderr
    diff = json.loads((tmp_path / "diff.json").read_text())
    assert not [f for f in diff["findings"] if f["kind"] in ("new", "resolved", "changed")]


def test_notes_without_note_tables_is_an_input_error(tmp_path):
    proc = cli("notes", str(DEMO), "--out", str(tmp_path / "o"), "--no-hash")
    assert proc.returncode == 2
    assert "no note tables" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_review_dir_inside_out_refused(tmp_path):
    proc = cli("profile", str(DEMO), "--out", str(tmp_path / "o"), "--review-dir", str(tmp_path / "o" / "rev"))
    assert proc.returncode == 2
    assert "outside the export directory" in proc.stderr


def test_demo_command_end_to_end(tmp_path):
    """The README's first command: synthesise, profile (notes included), report — all guarded."""
    proc = cli("demo", "--out", str(tmp_path / "demo"), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == ["evidence.json", "model-card.md", "report.html"]
    data = json.loads((tmp_path / "demo" / "evidence.json").read_text())
    assert data["dataset"]["profile"] == "mimic-iv-custom"
    assert {r["check"] for r in data["results"]} >= {"missingness", "fk_orphans", "residual_phi", "population"}
    # the residual-PHI rates say what they were calibrated on, with the detector's range over those corpora
    assert data["parameters"]["notes_calibration"] == calibration_corpora()
    m = next(r for r in data["results"] if r["check"] == "residual_phi" and not r["suppressed"])["metrics"]
    assert m["detector_recall_low"] <= m["detector_recall"] <= m["detector_recall_high"]
    assert m["detector_fp_rate_low"] <= m["detector_fp_rate"] <= m["detector_fp_rate_high"]
    assert cli("verify", str(tmp_path / "demo" / "evidence.json")).returncode == 0


def test_skip_names_the_checks_not_run(demo_out, tmp_path):
    """--skip leaves those check types out, says so in the bundle and both reports, and still verifies."""
    out = tmp_path / "o"
    proc = cli("profile", str(DEMO), "--out", str(out), "--quiet", "--no-hash", "--no-notes",
               "--skip", "duplicate_rows, pk_unique")
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "evidence.json").read_text())
    full = json.loads((demo_out / "evidence.json").read_text())
    assert data["parameters"]["skipped_checks"] == ["duplicate_rows", "pk_unique"]
    assert full["parameters"]["skipped_checks"] == []
    checks = {r["check"] for r in data["results"]}
    assert {"duplicate_rows", "pk_unique"} <= {r["check"] for r in full["results"]}
    assert not checks & {"duplicate_rows", "pk_unique"}
    # every other result is the full run's, unchanged
    others = {r["id"]: r for r in full["results"] if r["check"] not in ("duplicate_rows", "pk_unique")
              and not r["check"].startswith("residual")}
    assert {r["id"]: r for r in data["results"]} == others
    assert "Not run, at the user's request: duplicate_rows, pk_unique" in (out / "report.html").read_text()
    assert "**Not run (at the user's request):** duplicate_rows, pk_unique" in (out / "model-card.md").read_text()
    assert cli("verify", str(out / "evidence.json")).returncode == 0


@pytest.mark.parametrize(("value", "says"), [("duplicate_row", "no such check type"),
                                             (" , ", "name at least one check type")])
def test_skip_refuses_unknown_or_empty_names_before_any_work(tmp_path, value, says):
    proc = cli("profile", str(DEMO), "--out", str(tmp_path / "o"), "--quiet", "--skip", value)
    assert proc.returncode == 2
    assert says in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists()


def test_notes_eval_measures_a_held_out_corpus_by_name():
    """`notes-eval --corpus holdoutN` scores a corpus another engineer wrote blind, with the same numbers as
    scoring it directly (pattern tier: fast, no model)."""
    from lqs_clinical.notes.calibrate import detect_texts
    from lqs_clinical.notes.evaluate import score
    from lqs_clinical.notes.rules import PATTERN_CATEGORIES
    from lqs_clinical.synth.notes_holdout5 import holdout5_corpus

    proc = cli("notes-eval", "--no-ner", "--notes", "40", "--seed", "3", "--corpus", "holdout5")
    assert proc.returncode == 0, proc.stderr
    assert "corpus holdout5, seed 3, 40 notes" in proc.stdout
    notes = holdout5_corpus(3, 40)
    want = score(notes, detect_texts([n.text for n in notes]), PATTERN_CATEGORIES)
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in proc.stdout.splitlines() if line.count("│") == 7}
    for cat, row in want["per_category"].items():
        assert rows[cat][:2] == [str(row["planted"]), str(row["found"])], cat
        assert rows[cat][3] == str(row["hits"]), cat
    assert f"overall recall {want['overall_recall']:.3f}" in proc.stdout


def test_notes_eval_unknown_corpus_is_a_clear_error():
    proc = cli("notes-eval", "--no-ner", "--corpus", "holdout999")
    assert proc.returncode == 2
    assert "--corpus 'holdout999': no such labelled corpus" in proc.stderr and "holdout21" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
