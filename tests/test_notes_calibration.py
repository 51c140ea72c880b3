"""Calibration of the residual-identifier rates: pooled over many labelled corpora, with a range.

One corpus measures only the text it was written with: the project's own calibration family gives
recall 1.00 and no false positives for every pattern category, which made the "calibrated" rate the
raw rate. These tests pin the pooling arithmetic, the interval that spans the best and the worst
corpus's detector, and that the shipped calibration is the one for the shipped rules.
"""

from __future__ import annotations

import json

import pytest

from lqs_clinical.notes import calibrate as cal
from lqs_clinical.notes.calibrate import calibrated, holdout_corpora, pool, rogan_gladen, wilson
from lqs_clinical.notes.rules import NER_CATEGORIES, PATTERN_CATEGORIES
from lqs_clinical.synth.notes import LabelledNote

HOLDOUTS = ["holdout"] + [f"holdout{i}" for i in range(2, 95)]


def _row(pos: int, fpos: int, neg: int, fneg: int) -> dict:
    return {"positives": pos, "negatives": neg, "flagged_positives": fpos, "flagged_negatives": fneg,
            "recall": fpos / pos if pos else None, "fp_rate": fneg / neg if neg else None, "double_counts": 0}


def test_note_level_rates_counts_flags_per_note():
    notes = [LabelledNote("discharge", "a", [(0, 1, "PHONE")]), LabelledNote("discharge", "b", [(0, 1, "PHONE")]),
             LabelledNote("radiology", "c", []), LabelledNote("radiology", "d", [(0, 1, "ZIP")])]
    hits = [[(0, 1, "PHONE", "pattern"), (0, 1, "PHONE", "pattern")], [], [(0, 1, "PHONE", "pattern")], []]
    r = cal.note_level_rates(notes, hits, ("PHONE", "ZIP"))
    assert r["PHONE"] == {"recall": 0.5, "fp_rate": 0.5, "positives": 2, "negatives": 2,
                          "flagged_positives": 1, "flagged_negatives": 1, "double_counts": 1}
    assert r["ZIP"] == {"recall": 0.0, "fp_rate": 0.0, "positives": 1, "negatives": 3,
                        "flagged_positives": 0, "flagged_negatives": 0, "double_counts": 0}


def test_double_counts_are_hits_of_one_category_on_text_already_covered():
    hits = [(10, 20, "ZIP", "pattern"), (0, 5, "ZIP", "pattern"), (10, 20, "ZIP", "pattern"),
            (15, 25, "ZIP", "pattern"), (20, 30, "ZIP", "pattern"), (10, 20, "PHONE", "pattern"),
            (4, 12, "DEVICE_ID", "pattern")]
    # the second (10, 20), (15, 25) and (20, 30) each start inside an earlier ZIP; hits of other categories
    # on the same text are not double counts of ZIP
    assert cal.double_counts(hits, "ZIP") == 3
    assert cal.double_counts(hits, "PHONE") == 0
    assert cal.double_counts(hits[:3], "ZIP") == 1
    assert cal.double_counts([(0, 5, "ZIP"), (5, 9, "ZIP")], "ZIP") == 0  # adjacent, not overlapping


def test_pool_sums_notes_and_ranges_only_measurable_corpora():
    by_corpus = {
        "a": {"PHONE": _row(100, 100, 900, 0)},
        "b": {"PHONE": _row(40, 30, 500, 25)},
        "c": {"PHONE": _row(5, 0, 50, 10)},  # too few positives and negatives to count in the range
    }
    p = pool(by_corpus, ("PHONE",))["PHONE"]
    assert p["positives"] == 145 and p["negatives"] == 1450
    assert p["recall"] == pytest.approx(130 / 145)
    assert p["fp_rate"] == pytest.approx(35 / 1450)
    assert (p["recall_low"], p["recall_high"]) == (0.75, 1.0)
    assert (p["fp_rate_low"], p["fp_rate_high"]) == (0.0, 0.05)
    assert p["corpora"]["c"] == {"positives": 5, "negatives": 50, "recall": 0.0, "fp_rate": 0.2, "double_counts": 0}
    # a category no corpus measures well falls back to the pooled figure
    q = pool({"c": {"ZIP": _row(5, 4, 50, 0)}}, ("ZIP",))["ZIP"]
    assert q["recall_low"] == q["recall_high"] == q["recall"] == 0.8
    assert q["fp_rate_low"] == q["fp_rate_high"] == 0.0


def test_calibrated_interval_spans_best_and_worst_detector():
    c = {"recall": 0.9, "fp_rate": 0.01, "recall_low": 0.8, "recall_high": 1.0,
         "fp_rate_low": 0.0, "fp_rate_high": 0.02}
    point, low, high = calibrated(50, 1000, c)
    lo, hi = wilson(50, 1000)
    assert point == pytest.approx((0.05 - 0.01) / (0.9 - 0.01))
    assert low == pytest.approx((lo - 0.02) / (1.0 - 0.02))
    assert high == pytest.approx(hi / 0.8)
    # no corpus's own detector gives a value outside the interval, at either end of the Wilson interval
    for se in (0.8, 0.9, 1.0):
        for fp in (0.0, 0.01, 0.02):
            for p in (lo, 0.05, hi):
                assert low - 1e-12 <= rogan_gladen(p, se, fp) <= high + 1e-12
    # the old single-corpus calibration (Se 1, FP 0) is the raw Wilson interval
    assert calibrated(50, 1000, {"recall": 1.0, "fp_rate": 0.0}) == pytest.approx((0.05, lo, hi))


def test_calibrated_edges():
    assert calibrated(5, 0, {"recall": 1.0, "fp_rate": 0.0}) == (None, None, None)
    assert calibrated(5, 100, {}) == (None, None, None)
    assert calibrated(5, 100, {"recall": None, "fp_rate": 0.0}) == (None, None, None)
    # pooled detector no better than chance: no estimate
    assert calibrated(5, 100, {"recall": 0.5, "fp_rate": 0.48}) == (None, None, None)
    # the worst corpus's detector is uninformative: the upper end is the uninformative 1
    point, low, high = calibrated(5, 100, {"recall": 0.9, "fp_rate": 0.0, "recall_low": 0.04,
                                           "recall_high": 1.0, "fp_rate_low": 0.0, "fp_rate_high": 0.28})
    assert point == pytest.approx(0.05 / 0.9) and high == 1.0 and low == 0.0  # FP 0.28 explains every flag


def test_every_held_out_corpus_is_found_in_order():
    names = [name for name, _ in holdout_corpora()]
    assert names == HOLDOUTS
    assert all(callable(fn) for _, fn in holdout_corpora())


def test_shipped_calibration_is_for_the_shipped_rules_and_pools_every_corpus():
    """A rules change without `python -m lqs_clinical.notes.calibrate` fails here rather than costing
    every user a fresh calibration at run time."""
    from lqs_clinical.notes.ner import Detector

    data = json.loads(cal._cache_file().read_text(encoding="utf-8"))
    det = Detector(None)
    key_patterns = cal._key(False, None, None)
    key_ner = cal._key(True, det.model_name, det.model_version)
    assert set(data) == {key_patterns, key_ner}
    full = data[key_ner]
    assert set(full) == set(PATTERN_CATEGORIES + NER_CATEGORIES)
    assert data[key_patterns] == {c: full[c] for c in PATTERN_CATEGORIES}
    for cat, c in full.items():
        assert set(c["corpora"]) == {"calibration", *HOLDOUTS}, cat
        rows = c["corpora"].values()
        assert c["positives"] == sum(r["positives"] for r in rows)
        assert c["negatives"] == sum(r["negatives"] for r in rows)
        found = sum(round(r["recall"] * r["positives"]) for r in rows if r["positives"])
        assert c["recall"] == pytest.approx(found / c["positives"])
        assert c["recall_low"] <= c["recall"] <= c["recall_high"]
        assert c["fp_rate_low"] <= c["fp_rate"] <= c["fp_rate_high"]
        assert c["double_counts"] == sum(r["double_counts"] for r in rows)
    # the point of pooling: the project's own family alone says the pattern tier is perfect, the
    # held-out corpora do not
    assert all(full[c]["corpora"]["calibration"]["recall"] == 1.0 for c in PATTERN_CATEGORIES)
    assert min(full[c]["recall_low"] for c in PATTERN_CATEGORIES) < 0.9
    assert max(full[c]["fp_rate_high"] for c in PATTERN_CATEGORIES) > 0.05


def test_no_identifier_is_counted_twice_in_any_labelled_corpus():
    """Two rules reading one identifier double its hit count in the bundle. The stored calibration ran every
    rule over every labelled corpus (2,000 family notes, 300 per held-out corpus; the NER tier on its share)
    and counted hits of a category on text another hit of that category already covers."""
    data = json.loads(cal._cache_file().read_text(encoding="utf-8"))
    full = max(data.values(), key=len)
    twice = {(cat, name): r["double_counts"] for cat, c in full.items() for name, r in c["corpora"].items()
             if r["double_counts"]}
    assert twice == {}


def test_run_time_calibration_is_measured_once_and_kept(monkeypatch, tmp_path, caplog):
    """Rules edited at a site: the first run measures (and says so), later processes reuse it."""
    monkeypatch.setenv("LQS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cal, "_key", lambda ner, name, version: "patterns=site-edited")
    calls = []
    measured = {"PHONE": {"recall": 0.9, "fp_rate": 0.01}}
    monkeypatch.setattr(cal, "compute_calibration", lambda detector=None: calls.append(1) or measured)
    monkeypatch.setattr(cal, "_MEMO", {})
    assert cal.get_calibration() == measured and calls == [1]
    assert f"measuring the detector on {len(cal.holdout_names()) + 1} labelled corpora" in caplog.text
    kept = json.loads((tmp_path / "cache" / "notes-calibration.json").read_text(encoding="utf-8"))
    assert kept == {"patterns=site-edited": measured}
    monkeypatch.setattr(cal, "_MEMO", {})  # a new process
    assert cal.get_calibration() == measured and calls == [1]
    assert not list((tmp_path / "cache").glob(".*tmp"))


def test_run_time_calibration_goes_to_the_runs_cache_dir(monkeypatch, tmp_path):
    """`--cache-dir` holds everything a run keeps, the run-time calibration included."""
    monkeypatch.setenv("LQS_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setattr(cal, "_key", lambda ner, name, version: "patterns=site-edited")
    calls = []
    measured = {"PHONE": {"recall": 0.8, "fp_rate": 0.02}}
    monkeypatch.setattr(cal, "compute_calibration", lambda detector=None: calls.append(1) or measured)
    monkeypatch.setattr(cal, "_MEMO", {})
    assert cal.get_calibration(None, tmp_path / "run") == measured
    assert json.loads((tmp_path / "run" / "notes-calibration.json").read_text(encoding="utf-8")) == {
        "patterns=site-edited": measured}
    assert not (tmp_path / "user").exists()
    monkeypatch.setattr(cal, "_MEMO", {})
    assert cal.get_calibration(None, tmp_path / "run") == measured and calls == [1]
    monkeypatch.setattr(cal, "_MEMO", {})
    cal.get_calibration(None, tmp_path / "other")  # another cache folder knows nothing of it
    assert calls == [1, 1]


def test_profile_keeps_a_run_time_calibration_in_its_cache_dir(monkeypatch, demo_copy, tmp_path):
    """The CLI's --cache-dir reaches the notes probe (it used to write to the user cache regardless)."""
    import csv

    from lqs_clinical.runner import RunOptions, profile_dataset

    (demo_copy / "note").mkdir()
    with open(demo_copy / "note" / "discharge.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime",
                         "text"])
        writer.writerows([[f"1-DS-{i}", 1, 2, "DS", i, "2150-01-01", "2150-01-01", "Name: ___ call 617-555-0142"]
                          for i in range(3)])
    monkeypatch.setenv("LQS_CACHE_DIR", str(tmp_path / "user"))
    monkeypatch.setattr(cal, "_key", lambda ner, name, version: "patterns=site-edited")
    monkeypatch.setattr(cal, "compute_calibration", lambda detector=None: {"PHONE": {"recall": 0.9, "fp_rate": 0.0}})
    monkeypatch.setattr(cal, "_MEMO", {})
    profile_dataset(demo_copy, tmp_path / "out", RunOptions(ner=False, hash_files=False, only={"residual_phi"},
                                                            cache_dir=tmp_path / "run-cache"))
    assert json.loads((tmp_path / "run-cache" / "notes-calibration.json").read_text(encoding="utf-8")) == {
        "patterns=site-edited": {"PHONE": {"recall": 0.9, "fp_rate": 0.0}}}
    assert not (tmp_path / "user" / "notes-calibration.json").exists()


def test_calibration_key_covers_the_detector_and_corpus_source(tmp_path):
    """A change to the code that finds identifiers (not only to the rules files) makes the stored
    calibration stale, and a new held-out corpus module joins the key."""
    import shutil
    from pathlib import Path

    real = Path(cal.__file__).resolve().parents[1]
    pkg = tmp_path / "lqs_clinical"
    corpora = [p.relative_to(real).as_posix() for p in (real / "synth").glob("notes_holdout*.py")]
    for rel in [*cal.CODE_MODULES, *corpora]:
        (pkg / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(real / rel, pkg / rel)
    assert cal.code_digest(pkg) == cal.code_digest(real)
    assert f";code={cal.code_digest(real)};" in cal._key(False, None, None)
    seen = {cal.code_digest(pkg)}
    for rel in ("notes/ner.py", "notes/patterns.py", "notes/cues.py", "notes/table_regex.py",
                "synth/notes_holdout5.py"):
        with (pkg / rel).open("a", encoding="utf-8") as f:
            f.write("\n# edited\n")
        seen.add(cal.code_digest(pkg))
    (pkg / "synth" / "notes_holdout99.py").write_text("# a new corpus\n", encoding="utf-8")
    seen.add(cal.code_digest(pkg))
    (pkg / "notes" / "probe.py").write_text("# not part of the detector\n", encoding="utf-8")
    seen.add(cal.code_digest(pkg))
    assert len(seen) == 7  # six changes that count, and the probe's own module that does not


def test_calibration_in_two_processes_equals_one(monkeypatch):
    """The stored calibration is measured in forked workers, one corpus each: the pooled figures are those of a
    sequential run (pattern tier, the family and two held-out corpora, fewer notes than stored)."""
    monkeypatch.setattr(cal, "holdout_names", lambda: ("holdout", "holdout42"))
    monkeypatch.setattr(cal, "CALIBRATION_PATTERN_NOTES", 300)
    monkeypatch.setattr(cal, "CALIBRATION_HOLDOUT_NOTES", 100)
    seen: list[str] = []
    one = cal.compute_calibration(None)
    two = cal.compute_calibration(None, seen.append, workers=2)
    assert seen == ["calibration", "holdout", "holdout42"]
    assert two == one
    assert set(one["PHONE"]["corpora"]) == {"calibration", "holdout", "holdout42"}
