"""Notes probe, pattern tier and bundle hygiene (no NER model needed except where marked)."""

from __future__ import annotations

import json
import logging
import stat
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from lqs_clinical.notes.calibrate import rogan_gladen, wilson
from lqs_clinical.notes.patterns import Locator, notes_with_hits
from lqs_clinical.notes.probe import REVIEW_HEADER, default_sample_size, run_notes_probe, to_results
from lqs_clinical.notes.rules import PATTERN_CATEGORIES, load_pattern_rules
from lqs_clinical.synth.notes import CATEGORIES, write_note_module

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "note-shaped-samples" / "pyhealth-synthetic"
SPECS = [SimpleNamespace(table=t, text="text", key="note_id", note_type="note_type")
         for t in ("discharge", "radiology")]


def _admissions(n: int) -> list[tuple[int, int, datetime]]:
    return [(10_000_000 + i, 20_000_000 + i, datetime(2150, 1, 1 + i % 27, 8)) for i in range(n)]


def _register(con: duckdb.DuckDBPyConnection, root: Path, fmt: str) -> None:
    for t in ("discharge", "radiology"):
        f = root / "note" / f"{t}.{fmt}"
        if fmt == "parquet":
            con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{f}')")
        else:
            con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv('{f}', quote='\"', escape='\"', header=true)")


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("notes_csv")
    truth = write_note_module(root, _admissions(150), seed=11, defects=True, fmt="csv.gz")
    return root, truth


@pytest.mark.parametrize("fmt", ["csv.gz", "parquet"])
def test_planted_pattern_identifiers_recovered_exactly(tmp_path, fmt):
    truth = write_note_module(tmp_path, _admissions(120), seed=7, defects=True, fmt=fmt)
    assert set(truth["discharge"]) == set(CATEGORIES)
    con = duckdb.connect()
    _register(con, tmp_path, fmt)
    out = run_notes_probe(con, SPECS, sample=None, seed=1, ner=False, ner_model=None, review_dir=None)
    got = {(c.table, c.category): c.hits for c in out.categories}
    for table in ("discharge", "radiology"):
        assert next(t for t in out.tables if t.table == table).notes_total == truth["notes"][table]
        for cat in PATTERN_CATEGORIES:
            assert truth[table][cat] > 0  # every category is planted in every note type
            assert got[(table, cat)] == truth[table][cat], (table, cat)


def test_write_note_module_shape_and_determinism(tmp_path):
    a = write_note_module(tmp_path / "a", _admissions(30), seed=3, defects=False, fmt="csv.gz")
    b = write_note_module(tmp_path / "b", _admissions(30), seed=3, defects=False, fmt="csv.gz")
    assert a == b
    assert all(v == 0 for v in a["discharge"].values()) and all(v == 0 for v in a["radiology"].values())
    assert (tmp_path / "a" / "note" / "discharge.csv.gz").read_bytes() == \
        (tmp_path / "b" / "note" / "discharge.csv.gz").read_bytes()
    # the same bytes whenever written: no time (bytes 4-7) and no file name (flag bit 3) in the gzip header
    head = (tmp_path / "a" / "note" / "radiology.csv.gz").read_bytes()[:10]
    assert head[4:8] == b"\0\0\0\0" and not head[3] & 0x08
    con = duckdb.connect()
    _register(con, tmp_path / "a", "csv.gz")
    cols = [r[0] for r in con.execute("DESCRIBE discharge").fetchall()]
    assert cols == ["note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime", "text"]
    ids = con.execute("SELECT note_id, subject_id, note_seq FROM radiology").fetchall()
    assert all(i == f"{s}-RR-{q}" for i, s, q in ids)
    masked = con.execute("SELECT count(*) FROM discharge WHERE contains(text, '___')").fetchone()[0]
    assert masked == a["notes"]["discharge"]
    # clean notes: the pattern tier finds nothing
    out = run_notes_probe(con, SPECS, sample=None, seed=1, ner=False, ner_model=None, review_dir=None)
    assert sum(c.hits for c in out.categories) == 0


def test_pyhealth_masked_samples_have_no_pattern_hits():
    con = duckdb.connect()
    for t in ("discharge", "radiology"):
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv('{SHARED / (t + '.csv')}', quote='\"', "
                    "escape='\"', header=true)")
    out = run_notes_probe(con, SPECS, sample=None, seed=1, ner=False, ner_model=None, review_dir=None)
    assert {t.table: t.notes_total for t in out.tables} == {"discharge": 24, "radiology": 24}
    assert [(c.table, c.category, c.hits) for c in out.categories if c.hits] == []
    assert all(t.masks > 0 for t in out.tables if t.table == "discharge")


def test_duckdb_tier_and_python_locator_agree(planted):
    root, truth = planted
    con = duckdb.connect()
    _register(con, root, "csv.gz")
    rules = load_pattern_rules()
    loc = Locator(rules)
    for table in ("discharge", "radiology"):
        counts: dict[str, int] = {}
        for _, text in notes_with_hits(con, table, "text", "note_id", rules):
            for _s, _e, c in loc.locate(text):
                counts[c] = counts.get(c, 0) + 1
        for cat in PATTERN_CATEGORIES:
            assert counts.get(cat, 0) == truth[table][cat]


def test_masked_context_and_vital_ratios_are_not_hits():
    loc = Locator(load_pattern_rules())
    text = ("BP 132/78, RR 25/100, pain 5/10. Call ___-555-1234 or ___ 1234. Unit No: ___ "
            "Date: ___ 2015. ___ year old. Fax: ___. Phone 617-555-0142.")
    assert [c for _, _, c in loc.locate(text)] == ["PHONE"]
    # a date shifted into the 2100s is MIMIC's own, not a real year
    assert loc.locate("Seen on 03/14/2135 and 2150-01-02.") == []
    assert [c for _, _, c in loc.locate("Seen on 03/14/2015.")] == ["DATE_REAL_YEAR"]
    assert [c for _, _, c in loc.locate("This 92 year old man, age 89, aged 45.")] == ["AGE_OVER_89"]
    assert [c for _, _, c in loc.locate("Fax: (617) 555-0101; phone (617) 555-0102")] == ["FAX", "PHONE"]


def test_results_shape_and_no_row_level_data(planted, caplog):
    root, _ = planted
    con = duckdb.connect()
    _register(con, root, "csv.gz")
    caplog.set_level(logging.DEBUG)
    out = run_notes_probe(con, SPECS, sample=None, seed=1, ner=False, ner_model=None, review_dir=None)
    res = to_results(out)
    assert len(res) == 2 * len(PATTERN_CATEGORIES) + 4
    r = next(x for x in res if x["id"] == "residual_phi:discharge:PHONE")
    assert r["check"] == "residual_phi" and r["unit"] == "notes" and r["columns"] == ["text"]
    assert r["kahn"] == "de-identification" and r["dimension"] == "de-identification quality"
    assert r["status"] is None and r["breakdown"] == [] and r["suppressed"] == []
    assert r["rate"] == r["numerator"] / r["denominator"]
    m = r["metrics"]
    assert m["rate_per_1000_ci_low"] <= m["rate_per_1000"] <= m["rate_per_1000_ci_high"]
    assert m["detector_recall"] is not None and m["calibrated_rate"] is not None
    om = next(x for x in res if x["id"] == "over_masking:discharge")
    assert {b["key"] for b in om["breakdown"]} >= {"___ body", "___ sign", "___ and ___ grade"}
    md = next(x for x in res if x["id"] == "mask_density:radiology")
    assert md["metrics"]["masks_per_1000_words"] > 0
    dump = json.dumps(res) + json.dumps(out.to_dict()) + caplog.text
    rows = con.execute("SELECT note_id, text FROM discharge UNION ALL SELECT note_id, text FROM radiology").fetchall()
    for note_id, text in rows:
        assert note_id not in dump
        for i in range(0, max(1, len(text) - 40), 97):
            frag = text[i:i + 40]
            if frag.strip() and "___" not in frag:
                assert frag not in dump
    for key in ('"start"', '"end"', '"offset"', '"note_id"'):
        assert key not in dump


def test_review_file_mode_header_and_no_text(planted, tmp_path):
    root, truth = planted
    con = duckdb.connect()
    _register(con, root, "csv.gz")
    review = tmp_path / "review"
    out = run_notes_probe(con, SPECS, sample=None, seed=1, ner=False, ner_model=None, review_dir=review)
    files = list(review.iterdir())
    assert len(files) == 1 and str(files[0]) == out.review_file
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    lines = files[0].read_text().splitlines()
    header = json.loads(lines[0])
    assert header["header"] == REVIEW_HEADER and "PhysioNet" in header["header"]
    entries = [json.loads(x) for x in lines[1:]]
    assert len(entries) == out.review_entries == sum(truth[t][c] for t in truth if t != "notes"
                                                      for c in PATTERN_CATEGORIES)
    assert all(set(e) == {"table", "note_id", "start", "end", "category", "detector", "score"} for e in entries)
    texts = dict(con.execute("SELECT note_id, text FROM discharge UNION ALL SELECT note_id, text FROM radiology")
                 .fetchall())
    raw = files[0].read_text()
    for e in entries:
        t = texts[e["note_id"]]
        assert 0 <= e["start"] < e["end"] <= len(t)
        assert t[e["start"]:e["end"]] not in raw
    assert "review" not in json.dumps(to_results(out))
    # never overwrites: a second run in the same second gets its own file or a clear error
    out2 = run_notes_probe(con, SPECS[:1], sample=None, seed=1, ner=False, ner_model=None, review_dir=review)
    assert out2.review_file != out.review_file


def test_wilson_rogan_gladen_and_default_sample():
    lo, hi = wilson(0, 100)
    assert lo == 0.0 and 0.036 < hi < 0.038
    lo, hi = wilson(50, 100)
    assert 0.40 < lo < 0.41 and 0.59 < hi < 0.60
    assert rogan_gladen(0.1, 0.9, 0.0) == pytest.approx(0.1 / 0.9)
    assert rogan_gladen(0.01, 1.0, 0.02) == 0.0  # clipped: fewer flags than the FP rate alone explains
    assert rogan_gladen(0.5, 0.5, 0.5) is None  # uninformative detector
    assert default_sample_size(10 ** 9) == 9604
    assert default_sample_size(2000) == 1656
    assert default_sample_size(10) == 10
    assert default_sample_size(0) == 0


def test_pattern_only_probe_does_not_import_presidio_or_spacy():
    import subprocess
    import sys

    script = (
        "import sys, duckdb\n"
        "from types import SimpleNamespace\n"
        "from lqs_clinical.notes import run_notes_probe\n"
        "con = duckdb.connect()\n"
        f"con.execute(\"CREATE VIEW radiology AS SELECT * FROM read_csv('{SHARED / 'radiology.csv'}', "
        "quote='\\\"', escape='\\\"')\")\n"
        "spec = SimpleNamespace(table='radiology', text='text', key='note_id', note_type='note_type')\n"
        "run_notes_probe(con, [spec], sample=None, seed=1, ner=False, ner_model=None, review_dir=None)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('presidio_analyzer', 'spacy', 'thinc')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"
