"""Label integrity of held-out corpus 9 (no detector is called here)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout9 import holdout9_corpus, holdout9_note

HEAVY_MIN_MASKS = {"discharge": 45, "radiology": 12}
CUE_WORDS = {
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mrn", "mr#", "phone", "tel", "cell", "fax", "pager",
    "pgr", "beeper", "ssn", "ss#", "social", "dob", "email", "e-mail", "acct", "account", "csn", "har", "fin",
    "member", "subscriber", "policy", "npi", "dea", "lic", "license", "serial", "sn", "s/n", "vin", "plate", "tag",
    "zip", "age", "aged", "unit", "room", "id", "md", "rn", "officer", "baby", "the",
}
AGE_WORDS = re.compile(r"^(ninety(-[a-z]+)?|one hundred( and [a-z]+)?)$")


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return holdout9_corpus(1, 600)


def _values(notes: list[LabelledNote], cat: str | None = None) -> list[str]:
    return [n.text[s:e] for n in notes for s, e, c in n.spans if cat is None or c == cat]


def test_deterministic_by_seed_and_index() -> None:
    for i in (0, 7, 123):
        a, b = holdout9_note(3, i), holdout9_note(3, i)
        assert a.text == b.text and a.spans == b.spans and a.note_type == b.note_type


def test_seeds_and_indices_differ() -> None:
    assert holdout9_note(1, 5).text != holdout9_note(2, 5).text
    assert holdout9_note(1, 5).text != holdout9_note(1, 6).text
    assert len({holdout9_note(1, i).text for i in range(40)}) == 40


def test_prefix_stable() -> None:
    short, long = holdout9_corpus(4, 30), holdout9_corpus(4, 80)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:30]]


def test_spans_well_formed(corpus: list[LabelledNote]) -> None:
    for n in corpus:
        assert n.note_type in ("discharge", "radiology")
        assert n.spans == sorted(n.spans)
        prev_end = 0
        for s, e, cat in n.spans:
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            assert cat in CATEGORIES
            value = n.text[s:e]
            assert value == value.strip()
            assert "___" not in value
            assert value[0] not in ".,;:)", value
            assert value[-1] not in ",;:(", value


def test_category_coverage(corpus: list[LabelledNote]) -> None:
    counts = Counter(c for n in corpus for *_, c in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_types_and_sizes(corpus: list[LabelledNote]) -> None:
    kinds = Counter(n.note_type for n in corpus)
    assert 0.45 <= kinds["discharge"] / len(corpus) <= 0.65
    assert kinds["radiology"] > 0
    for n in corpus:
        lo, hi = (1800, 9000) if n.note_type == "discharge" else (400, 2500)
        assert lo <= len(n.text) <= hi, (n.note_type, len(n.text))


def test_planted_fraction_and_counts(corpus: list[LabelledNote]) -> None:
    planted = [n for n in corpus if n.spans]
    assert 0.50 <= len(planted) / len(corpus) <= 0.65
    assert all(1 <= len(n.spans) <= 4 for n in planted)


def test_heavily_masked_notes_have_no_plants(corpus: list[LabelledNote]) -> None:
    heavy = [n for n in corpus if n.text.count("___") >= HEAVY_MIN_MASKS[n.note_type]]
    assert 0.03 <= len(heavy) / len(corpus) <= 0.08
    assert all(not n.spans for n in heavy)


def test_notes_keep_their_masks(corpus: list[LabelledNote]) -> None:
    assert sum("___" in n.text for n in corpus) >= 0.95 * len(corpus)
    assert all(n.text.count("___") >= 6 for n in corpus if n.note_type == "discharge")


def test_shifted_years_never_labelled(corpus: list[LabelledNote]) -> None:
    shifted = re.compile(r"\b(21\d\d|2200)\b")
    for v in _values(corpus, "DATE_REAL_YEAR"):
        assert not shifted.search(v), v
        years = [int(y) for y in re.findall(r"(19\d\d|20\d\d)", v)]
        assert years and all(1900 <= y <= 2099 for y in years), v
    # the distractors are really there, outside any span
    outside = 0
    for n in corpus:
        for m in shifted.finditer(n.text):
            assert not any(s < m.end() and m.start() < e for s, e, c in n.spans if c == "DATE_REAL_YEAR")
            outside += 1
    assert outside > 50


def test_ages_under_90_never_labelled(corpus: list[LabelledNote]) -> None:
    for v in _values(corpus, "AGE_OVER_89"):
        assert v.isdigit() and int(v) >= 90 or AGE_WORDS.match(v.lower()), v
    young = 0
    for n in corpus:
        for m in re.finditer(r"\b(\d{1,2}) year old\b", n.text):
            if any(s < m.end() and m.start() < e for s, e, c in n.spans if c == "AGE_OVER_89"):
                assert int(m.group(1)) >= 90
            else:
                assert int(m.group(1)) < 90
                young += 1
    assert young > 50


def test_no_span_starts_with_a_cue_word(corpus: list[LabelledNote]) -> None:
    for v in _values(corpus):
        first = v.split()[0].lower()
        assert first not in CUE_WORDS, v
        assert first.rstrip(".:#") not in CUE_WORDS, v


def test_distractors_present_and_unlabelled(corpus: list[LabelledNote]) -> None:
    text = "\n".join(n.text for n in corpus)
    for word in ("Apgar", "Bishop score", "Swan-Ganz", "Foley", "Graves", "Hashimoto", "Hodgkin", "Ewing",
                 "Kaposi", "Barrett", "CIWA", "COWS", "Medtronic", "NCT0", "988", "1-800-222-1222"):
        assert word in text, word
    labelled = set(_values(corpus))
    for word in ("Apgar", "Foley", "Graves", "Massachusetts", "Haiti", "Medtronic", "Boston Scientific"):
        assert word not in labelled


def test_categories_have_varied_surface_forms(corpus: list[LabelledNote]) -> None:
    for cat in ("PHONE", "DATE_REAL_YEAR", "PERSON", "STREET_ADDRESS", "EMAIL"):
        shapes = {re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v))) for v in _values(corpus, cat)}
        assert len(shapes) >= 6, (cat, shapes)
