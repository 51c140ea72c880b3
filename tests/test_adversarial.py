"""Issue 5: an adversarial copy of the real demo — nothing row-level reaches any output.

Planted: a patient with a unique race label, a unique insurance value, a lab comment with a
unique marker, and notes holding an SSN, a phone number and a person's name. The bundle, the
HTML report and the model-card Markdown must contain none of them, no subject_id / hadm_id /
stay_id / note_id of the copy, and no timestamp of a row.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

import pytest

from lqs_clinical.runner import RunOptions, profile_dataset

RACE = "ZEBRA-RACE-MARKER"
INSURANCE = "ACME-INSURANCE-MARKER"
COMMENT = "QUOKKA-COMMENT-MARKER"
SSN = "078-05-1120"
PHONE = "(617) 555-0142"
NAME = "Johnathan Quixote"


def _rewrite(path: Path, edit) -> None:
    with gzip.open(path, "rt", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    edit(header, body)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *body])
    with gzip.open(path, "wt", newline="") as handle:
        handle.write(buf.getvalue())


@pytest.fixture(scope="module")
def adversarial(tmp_path_factory):
    import shutil

    from conftest import DEMO

    root = tmp_path_factory.mktemp("adv") / "mimic"
    shutil.copytree(DEMO, root)
    (root / "SHA256SUMS.txt").unlink()  # the copy is altered on purpose

    def edit_admissions(header, body):
        race, ins = header.index("race"), header.index("insurance")
        body[0][race] = RACE
        body[0][ins] = INSURANCE

    def edit_labs(header, body):
        body[3][header.index("comments")] = COMMENT

    _rewrite(root / "hosp" / "admissions.csv.gz", edit_admissions)
    _rewrite(root / "hosp" / "labevents.csv.gz", edit_labs)
    with gzip.open(root / "hosp" / "admissions.csv.gz", "rt") as handle:
        adm = list(csv.DictReader(handle))
    note_dir = root / "note"
    note_dir.mkdir()
    notes = []
    for i, a in enumerate(adm[:30]):
        text = ("Name:  ___   Unit No:   ___\nAdmission Date:  ___\nHistory: ___ year old with chest pain.\n"
                "Vitals: BP 132/78 HR 88.\n")
        if i % 3 == 0:
            text += f"Patient {NAME} reports SSN {SSN}; call {PHONE} for follow-up.\n"
        notes.append([f"{a['subject_id']}-DS-{i + 1}", a["subject_id"], a["hadm_id"], "DS", i + 1,
                      a["admittime"], a["admittime"], text])
    with open(note_dir / "discharge.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime",
                         "text"])
        writer.writerows(notes)
    ids: set[str] = {n[0] for n in notes}
    for table, cols in (("hosp/patients", ["subject_id"]), ("hosp/admissions", ["subject_id", "hadm_id"]),
                        ("icu/icustays", ["stay_id", "hadm_id", "subject_id"])):
        with gzip.open(root / f"{table}.csv.gz", "rt") as handle:
            for row in csv.DictReader(handle):
                ids.update(row[c] for c in cols if row[c])
    out = root.parent / "out"
    bundle, path = profile_dataset(root, out, RunOptions(notes=True, notes_sample="all", seed=1))
    from lqs_clinical.report import write_reports

    written = write_reports(bundle, html=out / "report.html", markdown=out / "model-card.md")
    texts = {p.name: p.read_text(encoding="utf-8") for p in [path, *written]}
    return bundle, texts, ids


def test_outputs_written(adversarial):
    _, texts, _ = adversarial
    assert set(texts) == {"evidence.json", "report.html", "model-card.md"}


@pytest.mark.parametrize("marker", [RACE, INSURANCE, COMMENT, SSN, PHONE, NAME, "Quixote", "555-0142"])
def test_no_planted_value_anywhere(adversarial, marker):
    _, texts, _ = adversarial
    for name, text in texts.items():
        assert marker not in text, f"{marker!r} leaked into {name}"


def test_no_row_identifier_anywhere(adversarial):
    _, texts, ids = adversarial
    assert len(ids) == 100 + 275 + 140 + 30  # subjects, admissions, ICU stays, notes
    for name, text in texts.items():
        tokens = set(re.findall(r"\d+(?:-DS-\d+)?", text))
        leaked = tokens & ids
        assert not leaked, f"{len(leaked)} row identifier(s) in {name}"


def test_no_row_timestamp_anywhere(adversarial):
    _, texts, _ = adversarial
    for name, text in texts.items():
        assert not re.search(r"\b21\d\d-\d\d-\d\d", text), f"a shifted MIMIC date in {name}"
        assert not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text), f"a row timestamp in {name}"


def test_probe_found_the_planted_identifiers_in_aggregate(adversarial):
    bundle, _, _ = adversarial
    phi = {r.id: r for r in bundle.results if r.check == "residual_phi"}
    # 10 of 30 notes carry each planted identifier: 10 < k, so the counts are withheld, not shown
    for category in ("SSN", "PHONE", "PERSON"):
        r = phi[f"residual_phi:discharge:{category}"]
        assert r.denominator == 30
        assert r.numerator is None and "numerator" in r.suppressed
        assert r.status in ("warn", "fail")


def test_population_labels_of_unique_values_withheld(adversarial):
    bundle, _, _ = adversarial
    pop = {r.id: r for r in bundle.results if r.check == "population"}
    keys = {c.key for r in pop.values() for c in r.breakdown}
    assert RACE not in keys and INSURANCE not in keys
    assert "(suppressed)" in keys
