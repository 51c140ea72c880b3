"""Label-integrity tests for the blind hold-out corpus 22 (never calls the detector)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import lru_cache

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout22 import (
    BIG,
    LOOKALIKES,
    _profile,
    holdout22_corpus,
    holdout22_note,
)

SEEDS = (1, 2, 3)
N = 600
_WORDS = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
          "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}
_EPONYMS = ("Parkinson", "Foley", "Glasgow", "Whipple", "Hunt", "Hess", "Lewy", "Lachman", "McMurray", "Spurling",
            "Tinel", "Phalen", "Babinski", "Romberg", "Hoffmann", "Bankart", "Segond", "Neer", "Hawkins", "Borg",
            "Lokomat", "Biodex", "Jamar", "Osgood", "Schlatter", "Rancho", "Ottawa", "Philadelphia", "Bigliani",
            "Goutallier", "Modic", "Schmorl", "Tarlov", "Hoffa", "Baker")


@lru_cache(maxsize=8)
def corpus(seed: int, n: int = N) -> tuple[LabelledNote, ...]:
    return tuple(holdout22_corpus(seed, n))


def _digest(notes: list[LabelledNote] | tuple[LabelledNote, ...]) -> str:
    blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


# ---------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599, 1234):
        assert holdout22_note(1, i) == holdout22_note(1, i)


def test_notes_differ_across_seeds_and_indices():
    a = [x.text for x in corpus(1)[:50]]
    b = [x.text for x in corpus(2)[:50]]
    assert sum(x != y for x, y in zip(a, b, strict=True)) == 50
    assert len(set(x.text for x in corpus(1))) == N


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout22 import holdout22_corpus as c; "
            "print(hashlib.sha256(json.dumps([[x.note_type, x.text, x.spans] for x in c(3, 60)], "
            "ensure_ascii=False).encode()).hexdigest())")
    outs = []
    for hs in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.append(res.stdout.strip())
    assert outs[0] == outs[1] == _digest(holdout22_corpus(3, 60))


def test_prefix_stability():
    assert holdout22_corpus(1, 25) == list(corpus(1)[:25])


# ---------------------------------------------------------------------------------------- span integrity


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", note.text), "control character left in the text"
        assert "{" not in note.text and "}" not in note.text, "unrendered template marker"
        prev = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev <= s < e <= len(note.text), "spans sorted, non-overlapping, inside the text"
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            prev = e


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(seed):
    counts = Counter(cat for note in corpus(seed) for *_, cat in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])  # designed margin


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_rates_types_and_lengths(seed):
    notes = corpus(seed)
    with_plants = [x for x in notes if x.spans]
    assert 0.55 <= len(with_plants) / N <= 0.60
    assert all(1 <= len(x.spans) <= 4 for x in with_plants)
    profiles = [_profile(seed, i)[0] for i in range(N)]
    assert 0.04 <= profiles.count("heavy") / N <= 0.06
    for note, prof in zip(notes, profiles, strict=True):
        assert bool(note.spans) == (prof == "planted")
        if prof == "heavy":
            assert note.text.count("___") >= 8
        assert 1000 <= len(note.text) <= 6000
        if note.note_type == "discharge":
            assert note.text.startswith("Name:") and "Discharge Diagnosis:" in note.text
        else:
            assert "EXAMINATION:" in note.text and "IMPRESSION:" in note.text
    share = sum(x.note_type == "discharge" for x in notes) / N
    assert 0.4 <= share <= 0.6


# ---------------------------------------------------------------------------------------- conventions


@pytest.mark.parametrize("seed", SEEDS)
def test_labelling_conventions(seed):
    for note in corpus(seed):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, v
                assert re.search(r"[/\-. ,]", v), "a date, not a bare year"
            elif cat == "AGE_OVER_89":
                age = int(v) if v.isdigit() else _WORDS[v.lower()]
                assert age >= 90
            elif cat in ("PHONE", "FAX", "PAGER"):
                assert re.fullmatch(r"[+(\d][\d ().\-]*\d", v), v
                assert len(re.sub(r"\D", "", v)) >= 5
            elif cat == "EMAIL":
                assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.\-]+\.[a-z]+", v), v
            elif cat == "URL":
                assert re.fullmatch(r"(https://|www\.|gofundme\.com/)\S+", v), v
                assert not re.search(r"\.gov\b|osha|cdc\.|va\.gov", v)
            elif cat == "IP_ADDRESS":
                assert re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+::[0-9a-f]+", v), v
            elif cat == "SSN":
                assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v), v
            elif cat == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif cat == "STREET_ADDRESS":
                assert v[0].isdigit() and not re.search(r", [A-Z]{2}\b", v), v
            elif cat == "PERSON":
                assert not re.match(r"(Dr\.?|Coach|Mr\.|Ms\.|Mrs\.)\s", v), v
                assert not any(re.search(rf"\b{ep}\b", v) for ep in _EPONYMS), v
            elif cat in ("LOCATION", "ORGANIZATION"):
                assert not re.search(r"\b(OSHA|NIOSH|NCAA|CDC|VA)\b$", v), v
                assert not re.fullmatch(r"[A-Z]{2}", v), "states are not labelled"
            if cat not in ("DATE_REAL_YEAR",):
                assert not re.search(r"\b21\d\d-\d\d-\d\d\b", v)


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_never_labelled(seed):
    for note in corpus(seed):
        for la in LOOKALIKES:
            for m in re.finditer(re.escape(la), note.text):
                assert not any(m.start() < e and m.end() > s for s, e, _ in note.spans), (la, note.text[m.start():])
        # shifted 21xx dates and ratios like 132/78 or ILO 1/0 are never inside a span
        for m in re.finditer(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,3}/\d{1,3}\b(?!/)", note.text):
            inside = [(s, e, c) for s, e, c in note.spans if m.start() < e and m.end() > s]
            assert all(c == "DATE_REAL_YEAR" and re.search(r"(19|20)\d\d", note.text[s:e]) for s, e, c in inside)


def test_lookalikes_and_shifted_dates_are_present():
    text = "\n".join(x.text for x in corpus(1))
    for la in ("OSHA", "Veterans Crisis Line", "Lokomat", "Biodex", "ILO", "profusion 1/0", "CPT 97750", "Borg RPE",
               "METs", "jersey #", "Shoe size", "Glasgow Coma Scale", "Hunt and Hess", "Whipple", "Parkinson", "Foley",
               "Lewy bodies", "Airborne Division", "MAGNETOM", "lot ", "employer group"):
        assert la in text, la
    assert re.search(r"\b21\d\d-\d\d-\d\d\b", text)
    assert re.search(r"\b\d{2,3}/\d{2,3}\b", text)


def test_labelled_values_are_never_left_unlabelled_elsewhere():
    for seed in SEEDS:
        for note in corpus(seed):
            for s, e, _ in note.spans:
                v = note.text[s:e]
                if len(v) < 5:
                    continue
                for m in re.finditer(re.escape(v), note.text):
                    assert any(a <= m.start() and m.end() <= b for a, b, _ in note.spans), v


def test_no_accession_order_specimen_claim_or_service_numbers():
    pat = re.compile(r"accession|order (no|number|#)|specimen|\bclaim|study subject|subject id|service number",
                     re.IGNORECASE)
    for seed in SEEDS:
        for note in corpus(seed):
            assert not pat.search(note.text), pat.search(note.text)


def test_ages_under_90_are_not_labelled_and_appear():
    found_young = False
    for note in corpus(1):
        for m in re.finditer(r"\b(\d{1,3}) year old\b", note.text):
            age = int(m.group(1))
            labelled = any(s <= m.start() < e for s, e, _ in note.spans)
            assert labelled == (age >= 90)
            found_young |= age < 90
    assert found_young
