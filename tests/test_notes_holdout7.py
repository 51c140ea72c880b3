"""Label integrity of held-out corpus 7 (no detector is run here)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout7 as h7
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout7 import holdout7_corpus, holdout7_note

N = 600
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_WORD_AGES = {"ninety": 90, "one hundred": 100}


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return holdout7_corpus(1, N)


def _outside(note: LabelledNote, s: int, e: int) -> bool:
    return not any(a < e and b > s for a, b, _ in note.spans)


def test_deterministic_by_seed_and_index():
    for i in (0, 7, 123):
        a, b = holdout7_note(1, i), holdout7_note(1, i)
        assert a == b
        assert a.text == b.text and a.spans == b.spans


def test_different_seeds_and_indices_differ():
    a = [holdout7_note(1, i).text for i in range(20)]
    b = [holdout7_note(2, i).text for i in range(20)]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 18
    assert len(set(a)) == len(a)


def test_prefix_stable():
    assert holdout7_corpus(3, 15) == holdout7_corpus(3, 40)[:15]
    assert holdout7_corpus(1, 0) == []


def test_spans_well_formed(corpus):
    for note in corpus:
        assert note.note_type in ("discharge", "radiology")
        assert "\u27e6" not in note.text and "\u27e7" not in note.text
        prev_end = 0
        for s, e, cat in note.spans:
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "spans must be sorted and disjoint"
            prev_end = e
            assert cat in CATEGORIES
            value = note.text[s:e]
            assert value == value.strip(), repr(value)
            assert "___" not in value
            assert not value.startswith((".", ",", ";", ":", ")")), repr(value)
            assert not value.endswith((",", ";", ":", "(")), repr(value)


def test_spans_exclude_cue_words_and_titles(corpus):
    cue = re.compile(r"^(Dr\.?|Mr\.|Mrs\.|Ms\.|MRN|SSN|DOB|Tel|Fax|Pager|NPI|DEA|VIN|SN|Acct)\b", re.I)
    for note in corpus:
        for s, e, _ in note.spans:
            assert not cue.match(note.text[s:e]), note.text[s:e]


def test_category_counts(corpus):
    counts = Counter(cat for n in corpus for _, _, cat in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in BIG:
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_types_and_sizes(corpus):
    kinds = Counter(n.note_type for n in corpus)
    assert set(kinds) == {"discharge", "radiology"}
    assert 0.45 <= kinds["discharge"] / N <= 0.65
    dis = sorted(len(n.text) for n in corpus if n.note_type == "discharge")
    rad = sorted(len(n.text) for n in corpus if n.note_type == "radiology")
    assert 2000 <= dis[len(dis) // 2] <= 8000 and dis[0] >= 2000 and dis[-1] <= 8000
    assert 500 <= rad[len(rad) // 2] <= 2000 and rad[-1] <= 2000


def test_share_with_plants_and_plants_per_note(corpus):
    with_plants = [n for n in corpus if n.spans]
    assert 0.50 <= len(with_plants) / N <= 0.66
    assert all(len(n.spans) <= 12 for n in corpus)


def test_heavily_masked_share(corpus):
    def density(n: LabelledNote) -> float:
        return n.text.count("___") / len(n.text) * 1000

    heavy = [n for n in corpus if density(n) >= 14]
    assert 0.03 <= len(heavy) / N <= 0.08
    assert all(not n.spans for n in heavy)
    assert {n.note_type for n in heavy} == {"discharge", "radiology"}


def test_masks_present_everywhere(corpus):
    assert all("___" in n.text for n in corpus if n.note_type == "discharge")
    rad = [n for n in corpus if n.note_type == "radiology"]
    assert sum("___" in n.text for n in rad) >= 0.85 * len(rad)
    for n in corpus:
        if n.note_type == "discharge":
            assert n.text.startswith("Name:") and "Followup Instructions:" in n.text
        else:
            assert "FINDINGS:" in n.text and "IMPRESSION:" in n.text


def test_shifted_years_are_never_labelled_as_dates(corpus):
    seen_shifted = 0
    for note in corpus:
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                for y in re.findall(r"(?<!\d)\d{4}(?!\d)", note.text[s:e]):
                    assert not 2100 <= int(y) <= 2200, note.text[s:e]
                assert re.search(r"(19|20)\d\d|/\d\d$", note.text[s:e]), note.text[s:e]
        for mt in re.finditer(r"(?<!\d)(21\d\d)(?!\d)", note.text):
            inside = [c for a, b, c in note.spans if a < mt.end() and b > mt.start()]
            assert "DATE_REAL_YEAR" not in inside
            seen_shifted += not inside
    assert seen_shifted >= 50


def test_ages_under_90_never_labelled(corpus):
    unlabelled_young = 0
    for note in corpus:
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                value = note.text[s:e]
                if value.isdigit():
                    assert int(value) >= 90
                else:
                    assert any(value.startswith(w) for w in _WORD_AGES), value
        for mt in re.finditer(r"\b(\d{1,3})[- ]?(year[- ]old|y/?o|yo)\b", note.text):
            if _outside(note, mt.start(1), mt.end(1)):
                assert int(mt.group(1)) < 90, mt.group(0)
                unlabelled_young += 1
            else:
                assert (mt.start(1), mt.end(1), "AGE_OVER_89") in note.spans
    assert unlabelled_young >= 30


def test_bare_years_states_and_countries_not_labelled(corpus):
    for note in corpus:
        for s, e, _cat in note.spans:
            value = note.text[s:e]
            assert not re.fullmatch(r"(19|20)\d\d", value), value
            assert value not in h7._STATES and value not in h7._STATE_ABBR and value not in h7._COUNTRIES


def test_eponyms_and_brands_are_distractors(corpus):
    words = ["Foley", "Babinski", "Swan-Ganz", "Whipple", "Hunt and Hess", "Nissen", "Bell's palsy", "Parkinson",
             "Murphy", "Eliquis", "Medtronic", "Fleischner", "Glasgow-Blatchford", "CHA2DS2-VASc", "Courvoisier"]
    for w in words:
        hits = 0
        for note in corpus:
            for mt in re.finditer(re.escape(w), note.text):
                assert _outside(note, mt.start(), mt.end()), (w, note.text[mt.start() - 20:mt.end() + 20])
                hits += 1
        assert hits > 0, w


def test_no_unlabelled_identifier_shapes_outside_spans(corpus):
    """The clinical filler must not itself contain identifiers, or the ground truth would be incomplete."""
    shapes = [r"[\w.]+@[\w-]+\.\w+", r"\b\d{3}[-.]\d{3}[-.]\d{4}\b", r"\b\d{1,2}/\d{1,2}/(19|20)\d\d\b",
              r"\b\d{3}-\d{2}-\d{4}\b", r"https?://", r"\bwww\.", r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b",
              r"\b(Dr\.?|Mrs?\.) [A-Z][a-z]+"]
    for note in corpus:
        for pat in shapes:
            for mt in re.finditer(pat, note.text):
                inside = not _outside(note, mt.start(), mt.end())
                assert inside, (pat, note.text[max(0, mt.start() - 30):mt.end() + 30])


def test_some_spans_cross_line_breaks(corpus):
    split = [n.text[s:e] for n in corpus for s, e, _ in n.spans if "\n" in n.text[s:e]]
    assert len(split) >= 5


def test_module_docstring_and_main():
    doc = h7.__doc__ or ""
    assert doc.splitlines()[0].strip()
    assert "blind" in doc.lower()
    assert "python -m lqs_clinical.synth.notes_holdout7 --seed 1 --n 600 --ner" in doc
    assert callable(h7.main)
