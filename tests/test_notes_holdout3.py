"""Third blind held-out notes corpus: shape and label integrity only (no detector calls)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout3 import holdout3_corpus, holdout3_note

N = 600


@pytest.fixture(scope="module")
def corpus():
    return holdout3_corpus(1, N)


def test_deterministic_by_seed_and_index():
    a, b = holdout3_corpus(7, 40), holdout3_corpus(7, 40)
    assert [(n.note_type, n.text, n.spans) for n in a] == [(n.note_type, n.text, n.spans) for n in b]
    # note i depends only on (seed, i): a longer corpus has the same prefix, a single note matches
    longer = holdout3_corpus(7, 60)
    assert [n.text for n in longer[:40]] == [n.text for n in a]
    assert holdout3_note(7, 33).text == a[33].text
    assert [n.text for n in holdout3_corpus(8, 40)] != [n.text for n in a]


def test_spans_exact_sorted_disjoint(corpus):
    for n in corpus:
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(n.text)
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            prev_end = e


def test_planted_values_are_phi_under_safe_harbor(corpus):
    for n in corpus:
        for s, e, cat in n.spans:
            v = n.text[s:e]
            if cat == "AGE_OVER_89":
                assert v.isdigit() and int(v) >= 90
            elif cat == "DATE_REAL_YEAR":
                assert re.search(r"(?<!\d)(19|20)\d\d(?!\d)|/\d\d$", v), v  # a real (pre-2100) year
                assert not re.search(r"2[1-9]\d\d", v), v  # shifted MIMIC years are never planted
                assert re.search(r"[/.\-]|[A-Z][a-z]", v), v  # not a bare year
            elif cat == "ZIP":
                assert re.fullmatch(r"0[12]\d{3}(-\d{4})?", v)
            elif cat == "PHONE" or cat == "FAX":
                assert len(re.sub(r"\D", "", v)) in (10, 11)
            elif cat == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", v)
            elif cat == "SSN":
                assert len(re.sub(r"\D", "", v)) == 9


def test_category_coverage_and_plant_rate(corpus):
    per_cat = Counter(c for n in corpus for _, _, c in n.spans)
    assert set(per_cat) == set(CATEGORIES)
    assert min(per_cat.values()) >= 15, per_cat
    with_plants = sum(bool(n.spans) for n in corpus) / len(corpus)
    assert 0.5 <= with_plants <= 0.7
    assert all(len(n.spans) <= 3 for n in corpus)
    kinds = Counter(n.note_type for n in corpus)
    assert set(kinds) == {"discharge", "radiology"} and min(kinds.values()) >= N // 4
    for kind in kinds:  # both note kinds carry plants in several categories
        cats = {c for n in corpus if n.note_type == kind for _, _, c in n.spans}
        assert len(cats) >= 12, (kind, cats)


DISCHARGE_HEADINGS = (
    "Name:", "Unit No:", "Admission Date:", "Discharge Date:", "Date of Birth:", "Sex:", "Service:", "Allergies:",
    "Attending:", "Chief Complaint:", "Major Surgical or Invasive Procedure:", "History of Present Illness:",
    "Past Medical History:", "Social History:", "Family History:", "Physical Exam:", "Pertinent Results:",
    "Brief Hospital Course:", "Medications on Admission:", "Discharge Medications:", "Discharge Disposition:",
    "Discharge Diagnosis:", "Discharge Condition:", "Discharge Instructions:", "Followup Instructions:",
)
RADIOLOGY_HEADINGS = ("EXAMINATION:", "INDICATION:", "TECHNIQUE:", "COMPARISON:", "FINDINGS:", "IMPRESSION:")


def test_mimic_shape_masks_and_hard_negatives(corpus):
    for n in corpus:
        heads = DISCHARGE_HEADINGS if n.note_type == "discharge" else RADIOLOGY_HEADINGS
        pos = [n.text.find(h) for h in heads]
        assert all(p >= 0 for p in pos), n.text[:300]
        assert pos == sorted(pos)
        if n.note_type == "discharge":
            assert "___" in n.text  # MIMIC masking is the norm (header fields at least)
    rad_masked = [("___" in n.text) for n in corpus if n.note_type == "radiology"]
    assert sum(rad_masked) / len(rad_masked) >= 0.5
    disc = "\n".join(n.text for n in corpus if n.note_type == "discharge")
    rad = "\n".join(n.text for n in corpus if n.note_type == "radiology")
    assert re.search(r"___ \d\d:\d\d[AP]M BLOOD WBC-", disc)  # MIMIC lab lines
    assert re.search(r"\b21\d\d-\d\d-\d\d\b", disc + rad)  # shifted dates, not PHI
    assert "NOTIFICATION:  The findings were discussed with Dr. ___ by ___" in rad
    assert "ADDENDUM" in rad and "Facility:" in disc
    for neg in ("Swan-Ganz", "Murphy's sign", "Foley", "Babinski", "Kerley B", "Fleischner", "Hunt and Hess"):
        assert neg in disc + rad, neg
