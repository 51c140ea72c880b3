"""Label-integrity tests for the blind held-out corpus 10 (no detector calls)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout10 import holdout10_corpus, holdout10_note


@pytest.fixture(scope="module")
def corpus():
    return holdout10_corpus(1, 600)


def test_deterministic():
    a, b = holdout10_corpus(3, 25), holdout10_corpus(3, 25)
    assert [(n.note_type, n.text, n.spans) for n in a] == [(n.note_type, n.text, n.spans) for n in b]
    assert holdout10_note(7, 11) == holdout10_note(7, 11)


def test_seeds_and_indices_differ():
    assert holdout10_note(1, 0).text != holdout10_note(2, 0).text
    texts = [n.text for n in holdout10_corpus(1, 60)]
    assert len(set(texts)) == len(texts)


def test_prefix_stable():
    short, long = holdout10_corpus(5, 20), holdout10_corpus(5, 45)
    assert [n.text for n in short] == [n.text for n in long[:20]]
    assert [n.spans for n in short] == [n.spans for n in long[:20]]


def test_span_integrity(corpus):
    for note in corpus:
        assert note.note_type in ("discharge", "radiology")
        prev_end = -1
        assert note.spans == sorted(note.spans)
        for s, e, cat in note.spans:
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "spans overlap"
            prev_end = e
            assert cat in CATEGORIES
            value = note.text[s:e]
            assert value == value.strip(), value
            assert "___" not in value, value
            assert not value.startswith((".", ",", ";", ":", ")")), value
            assert not value.endswith((",", ";", ":", "(")), value


def test_category_counts(corpus):
    counts = Counter(cat for note in corpus for _, _, cat in note.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_types_and_sizes(corpus):
    types = Counter(n.note_type for n in corpus)
    assert 0.45 <= types["discharge"] / len(corpus) <= 0.65
    assert 0.35 <= types["radiology"] / len(corpus) <= 0.55
    for n in corpus:
        if n.note_type == "discharge":
            assert 2000 <= len(n.text) <= 8500, len(n.text)
        else:
            assert 450 <= len(n.text) <= 2200, len(n.text)


def test_plant_rate(corpus):
    with_plants = [n for n in corpus if n.spans]
    assert 0.50 <= len(with_plants) / len(corpus) <= 0.65
    assert all(1 <= len(n.spans) <= 12 for n in with_plants)


def _heavily_masked(note) -> bool:
    return note.text.count("___") >= (60 if note.note_type == "discharge" else 30)


def test_heavily_masked_notes(corpus):
    masked = [n for n in corpus if not n.spans and _heavily_masked(n)]
    assert 0.025 <= len(masked) / len(corpus) <= 0.085, len(masked)
    # heavily masked notes never carry plants
    assert not any(n.spans and _heavily_masked(n) for n in corpus)


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def test_shifted_years_never_labelled_as_dates(corpus):
    for note in corpus:
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                for y in _YEAR.findall(note.text[s:e]):
                    assert not 2100 <= int(y) <= 2200, note.text[s:e]
    # the masked/shifted style is present as unlabelled look-alike text
    assert any(re.search(r"\b1-800-\d{3}-\d{4}\b", n.text) for n in corpus)


_WORD_AGES = {"ninety", "one hundred"}


def test_ages_under_90_never_labelled(corpus):
    for note in corpus:
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                value = note.text[s:e]
                if value.isdigit():
                    assert int(value) >= 90, value
                else:
                    assert any(value.startswith(w) for w in _WORD_AGES), value
    # look-alike ages below 90 exist but are not labelled
    assert any("89-year-old" in n.text for n in corpus)


_CUES = {"dr", "dr.", "mr.", "mrs.", "ms.", "mrn", "mr#", "phone", "tel", "cell", "fax", "pager", "beeper", "email",
         "e-mail", "ssn", "ss#", "dob", "acct", "account", "member", "subscriber", "policy", "npi", "dea", "license",
         "zip", "serial", "s/n", "sn", "vin", "plate", "tag", "name:", "unit", "attending:", "contact"}


def test_no_span_starts_with_cue_word(corpus):
    for note in corpus:
        for s, e, _ in note.spans:
            first = note.text[s:e].split()[0].lower().rstrip(":#")
            assert first not in _CUES, note.text[s:e]
            assert note.text[s:e].split()[0].lower() not in _CUES, note.text[s:e]


def test_public_lookalikes_not_labelled(corpus):
    public = ("1-800-222-1222", "988", "911", "1-800-633-4227", "NCT05822417", "0409-4888-01", "2.6.0.11",
              "Murphy's sign", "W1DR01")
    seen = Counter()
    for note in corpus:
        for token in public:
            for m in re.finditer(rf"(?<![\w.-]){re.escape(token)}(?![\w-])", note.text):
                seen[token] += 1
                start, end = m.span()
                assert not any(s < end and e > start for s, e, _ in note.spans), (token, note.text[start - 20:end + 20])
    assert seen["1-800-222-1222"] > 0 and seen["NCT05822417"] > 0


def test_states_and_countries_not_labelled(corpus):
    for note in corpus:
        for s, e, cat in note.spans:
            if cat == "LOCATION":
                assert note.text[s:e] not in ("Ohio", "Texas", "Maine", "Vermont", "Haiti", "Vietnam", "Guatemala")
