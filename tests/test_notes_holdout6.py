"""Shape and label integrity of the sixth held-out notes corpus (no detector calls)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout6 import holdout6_corpus, holdout6_note


@pytest.fixture(scope="module")
def corpus():
    return holdout6_corpus(1, 600)


def test_deterministic_by_seed_and_index():
    a = holdout6_note(1, 17)
    b = holdout6_note(1, 17)
    assert a.text == b.text and a.spans == b.spans and a.note_type == b.note_type
    assert holdout6_note(2, 17).text != a.text
    assert holdout6_note(1, 18).text != a.text


def test_prefix_stable():
    short = holdout6_corpus(3, 20)
    long = holdout6_corpus(3, 50)
    assert [n.text for n in short] == [n.text for n in long[:20]]
    assert [n.spans for n in short] == [n.spans for n in long[:20]]


def test_span_integrity(corpus):
    for note in corpus:
        prev_end = -1
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "spans must be sorted and disjoint"
            prev_end = e
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert value[0] not in ".,;:)" and value[-1] not in ",;:("


def test_spans_sorted(corpus):
    for note in corpus:
        assert note.spans == sorted(note.spans)


def test_every_category_well_represented(corpus):
    counts = Counter(cat for n in corpus for _, _, cat in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_type_mix_and_lengths(corpus):
    types = Counter(n.note_type for n in corpus)
    assert set(types) == {"discharge", "radiology"}
    share = types["discharge"] / len(corpus)
    assert 0.47 <= share <= 0.63
    for n in corpus:
        if n.note_type == "discharge":
            assert 2000 <= len(n.text) <= 10000
            assert n.text.startswith("Name:")
            for head in ("Admission Date:", "Service:", "Brief Hospital Course:", "Followup Instructions:"):
                assert head in n.text
        else:
            assert 250 <= len(n.text) <= 3000
            assert "IMPRESSION:" in n.text and "FINDINGS:" in n.text


def test_share_with_and_without_plants(corpus):
    with_plants = sum(1 for n in corpus if n.spans)
    assert 0.45 <= with_plants / len(corpus) <= 0.65
    assert all(1 <= len(n.spans) <= 4 for n in corpus if n.spans)
    heavy = [n for n in corpus if not n.spans and n.text.count("___") >= 12]
    assert len(heavy) >= 10
    assert sum("___" in n.text for n in corpus) >= 0.8 * len(corpus)


def test_no_shifted_year_labelled_as_date(corpus):
    for n in corpus:
        for s, e, cat in n.spans:
            if cat != "DATE_REAL_YEAR":
                continue
            for y in re.findall(r"\d{4}", n.text[s:e]):
                assert 1900 <= int(y) < 2100, n.text[s:e]


def test_age_spans_are_ninety_plus(corpus):
    words = ("ninety",)
    for n in corpus:
        for s, e, cat in n.spans:
            if cat == "AGE_OVER_89":
                v = n.text[s:e].lower()
                assert (v.isdigit() and int(v) >= 90) or v.startswith(words), v
