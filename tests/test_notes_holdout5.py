"""Held-out corpus 5: shape and label integrity only (the detector is measured elsewhere, never here)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout5 import holdout5_corpus, holdout5_note

N = 600


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return holdout5_corpus(1, N)


def test_deterministic_by_seed_and_index(corpus):
    for i in (0, 1, 39, 40, 123, 599):
        a, b = holdout5_note(1, i), corpus[i]
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)
    assert holdout5_note(2, 5).text != holdout5_note(1, 5).text


def test_prefix_stable(corpus):
    short = holdout5_corpus(1, 57)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in corpus[:57]]


def test_span_integrity(corpus):
    for n in corpus:
        assert n.note_type in ("discharge", "radiology")
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "spans must be sorted and disjoint"
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v
        assert n.spans == sorted(n.spans)


def test_every_category_planted(corpus):
    counts = Counter(cat for n in corpus for *_, cat in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 20, (cat, counts[cat])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[cat] > 2 * min(counts.values())


def test_note_type_mix_and_lengths(corpus):
    kinds = Counter(n.note_type for n in corpus)
    assert 0.45 <= kinds["discharge"] / N <= 0.65
    assert 0.35 <= kinds["radiology"] / N <= 0.55
    for n in corpus:
        lo, hi = (2000, 10000) if n.note_type == "discharge" else (250, 3000)
        assert lo <= len(n.text) <= hi, (n.note_type, len(n.text))
    disch = [n.text for n in corpus if n.note_type == "discharge"]
    assert all(t.startswith(" \nName:  ") and "Discharge Instructions:" in t for t in disch)
    rad = [n.text for n in corpus if n.note_type == "radiology"]
    assert all("EXAMINATION:" in t and "IMPRESSION:" in t for t in rad)


def test_share_without_plants(corpus):
    with_plants = [n for n in corpus if n.spans]
    assert 0.50 <= len(with_plants) / N <= 0.60
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    # heavily masked notes exist: no plant and many ___
    heavy = [n for n in corpus if not n.spans and n.text.count("___") >= 12]
    assert heavy


def test_no_shifted_year_labelled_as_real_date(corpus):
    for n in corpus:
        for s, e, cat in n.spans:
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", n.text[s:e])]
                assert all(y < 2100 for y in years), n.text[s:e]
    # and shifted-year distractors are present, unlabelled
    assert any(re.search(r"21[0-9]{2}-\d\d-\d\d", n.text) for n in corpus)
