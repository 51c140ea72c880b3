"""Label-integrity tests for the blind hold-out corpus 8 (no detector is called here)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout8 as h8
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
CUES = {"dr", "mr", "mrs", "ms", "miss", "fr", "pastor", "imam", "rabbi", "mrn", "mr#", "unit", "phone", "ph", "tel",
        "cell", "fax", "f", "pager", "pgr", "beeper", "email", "e-mail", "dob", "ssn", "ss#", "acct", "account",
        "member", "policy", "group", "license", "npi", "dea", "dea#", "cdl", "zip", "address", "age", "vin", "plate",
        "tag", "serial", "sn", "s/n", "ser", "id", "no", "#", "insurance", "medicaid", "medicare", "encounter",
        "visit", "har", "csn", "hicn"}
_WORDS = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
          "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99,
          "one hundred": 100}


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return h8.holdout8_corpus(1, N)


def _values(notes: list[LabelledNote], cat: str | None = None) -> list[str]:
    return [n.text[s:e] for n in notes for s, e, c in n.spans if cat is None or c == cat]


def _inside(note: LabelledNote, s: int, e: int, cat: str) -> bool:
    return any(a <= s and e <= b and c == cat for a, b, c in note.spans)


def test_deterministic_by_seed_and_index() -> None:
    for i in (0, 7, 123):
        a, b = h8.holdout8_note(1, i), h8.holdout8_note(1, i)
        assert a == b


def test_seeds_and_indices_differ() -> None:
    assert h8.holdout8_note(1, 0).text != h8.holdout8_note(2, 0).text
    texts = [n.text for n in h8.holdout8_corpus(3, 60)]
    assert len(set(texts)) == len(texts)
    assert [n.text for n in h8.holdout8_corpus(1, 20)] != [n.text for n in h8.holdout8_corpus(2, 20)]


def test_prefix_stable() -> None:
    assert h8.holdout8_corpus(1, 25) == h8.holdout8_corpus(1, 50)[:25]


def test_no_markup_leaks(corpus: list[LabelledNote]) -> None:
    for n in corpus:
        assert not set(n.text) & {"\x01", "\x02", "\x03"}


def test_spans_are_well_formed(corpus: list[LabelledNote]) -> None:
    for n in corpus:
        assert n.note_type in ("discharge", "radiology")
        assert n.spans == sorted(n.spans)
        prev = 0
        for s, e, cat in n.spans:
            assert 0 <= prev <= s < e <= len(n.text)
            prev = e
            assert cat in CATEGORIES
            v = n.text[s:e]
            assert v == v.strip(), v
            assert "___" not in v, v
            assert v[0] not in ".,;:)", v
            assert v[-1] not in ",;:(", v


def test_category_counts(corpus: list[LabelledNote]) -> None:
    counts = Counter(c for n in corpus for _, _, c in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in BIG:
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_types_and_sizes(corpus: list[LabelledNote]) -> None:
    kinds = Counter(n.note_type for n in corpus)
    assert 0.45 <= kinds["discharge"] / N <= 0.65
    assert kinds["radiology"] > 0
    for n in corpus:
        if n.note_type == "discharge":
            assert 2000 <= len(n.text) <= 8500, len(n.text)
        else:
            assert 450 <= len(n.text) <= 2200, len(n.text)


def test_plant_rate_and_per_note_count(corpus: list[LabelledNote]) -> None:
    with_plants = [n for n in corpus if n.spans]
    assert 0.50 <= len(with_plants) / N <= 0.65
    assert max(len(n.spans) for n in corpus) <= 10


def test_heavily_masked_notes(corpus: list[LabelledNote]) -> None:
    heavy = [n for n in corpus if not n.spans and n.text.count("___") * 1000 / len(n.text) >= 15]
    assert 0.025 <= len(heavy) / N <= 0.08
    assert {n.note_type for n in heavy} == {"discharge", "radiology"}


def test_shifted_years_never_labelled(corpus: list[LabelledNote]) -> None:
    seen = 0
    for n in corpus:
        for m in re.finditer(r"(?<!\d)(2\d{3})(?!\d)", n.text):
            if 2100 <= int(m.group(1)) <= 2200:
                seen += 1
                assert not any(a < m.end() and m.start() < b for a, b, c in n.spans if c == "DATE_REAL_YEAR")
    assert seen > 20
    for v in _values(corpus, "DATE_REAL_YEAR"):
        assert not re.search(r"(?<!\d)2(1\d\d|200)(?!\d)", v), v
        assert re.search(r"[A-Za-z]|\d[/.-]\d|\d{8}", v), v  # not a bare year


def test_bare_years_not_labelled(corpus: list[LabelledNote]) -> None:
    found = 0
    for n in corpus:
        for m in re.finditer(r"\bin (19[5-9]\d|20[0-2]\d)\b", n.text):
            found += 1
            assert not any(a < m.end() and m.start() + 3 < b for a, b, _ in n.spans)
    assert found > 10


def test_ages_over_89_only(corpus: list[LabelledNote]) -> None:
    for v in _values(corpus, "AGE_OVER_89"):
        age = int(v) if v.isdigit() else _WORDS[v]
        assert age >= 90, v
    young = 0
    for n in corpus:
        for m in re.finditer(r"\b(?:at|age)\s+(\d{1,2})\b", n.text):
            if int(m.group(1)) < 90:
                young += 1
                assert not _inside(n, m.start(1), m.end(1), "AGE_OVER_89")
    assert young > 10


def test_no_span_starts_with_cue_word(corpus: list[LabelledNote]) -> None:
    for v in _values(corpus):
        first = v.split()[0].lower().rstrip(".:")
        assert first not in CUES, v


def test_distractors_present_and_unlabelled(corpus: list[LabelledNote]) -> None:
    for word in ("Foley", "Babinski", "Kerley B", "Parkinson", "Swan-Ganz", "Crohn", "Hunt and Hess", "NDC",
                 "Glasgow Coma Scale", "Barrett", "Boston Scientific", "St. Jude"):
        hits = [(n, m) for n in corpus for m in re.finditer(re.escape(word), n.text)]
        assert hits, word
        for n, m in hits:
            assert not any(a < m.end() and m.start() < b for a, b, _ in n.spans), word


def test_states_and_countries_not_in_location_spans(corpus: list[LabelledNote]) -> None:
    for v in _values(corpus, "LOCATION"):
        assert v not in h8._STATES and v not in h8._COUNTRIES, v


def test_titles_outside_person_spans(corpus: list[LabelledNote]) -> None:
    for n in corpus:
        for s, e, c in n.spans:
            if c == "PERSON":
                v = n.text[s:e]
                assert not re.search(r"\b(MD|RN|NP|Dr|Mrs?|Ms)\.?$", v), v


def test_module_doc_and_main() -> None:
    doc = h8.__doc__ or ""
    assert doc.splitlines()[0].strip()
    assert "blind" in doc.lower()
    assert "python -m lqs_clinical.synth.notes_holdout8 --seed 1 --n 600 --ner" in doc
    assert callable(h8.main)
