"""Label-integrity tests for held-out corpus 31 (critical care / cardiothoracic surgery).

These never run the detector: they check that the corpus is deterministic, that its labels are
well formed, that every category is planted often enough, and that the labelling conventions hold
(real-year dates only, ages of 90 and over only, look-alikes never labelled).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout31 import (
    _HEAVY_P,
    _PLANT_P,
    HOTLINES,
    PUBLIC_URLS,
    holdout31_corpus,
    holdout31_note,
)

ROOT = Path(__file__).resolve().parents[1]
MAJOR = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
WORDS = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
         "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}


@cache
def corpus(seed: int, n: int = 600):
    return holdout31_corpus(seed, n)


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def _overlaps(spans, s: int, e: int):
    return [sp for sp in spans if sp[0] < e and sp[1] > s]


def _mode(seed: int, i: int) -> str:
    u = random.Random(f"holdout31|{seed}|{i}|plan").random()
    return "heavy" if u < _HEAVY_P else ("plant" if u < _HEAVY_P + _PLANT_P else "clean")


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123):
        a, b = holdout31_note(1, i), holdout31_note(1, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    assert len({holdout31_note(1, i).text for i in range(30)}) == 30
    assert all(holdout31_note(1, i).text != holdout31_note(2, i).text for i in range(30))
    assert all(holdout31_note(2, i).text != holdout31_note(3, i).text for i in range(30))


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth.notes_holdout31 import holdout31_corpus\n"
            "notes = holdout31_corpus(1, 40)\n"
            "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
            "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n")
    digests = set()
    for hash_seed in ("0", "12345", "random"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(corpus(1, 600)[:40])}


def test_prefix_stability():
    short, long = corpus(1, 25), corpus(1, 600)[:25]
    assert [(n.note_type, n.text, n.spans) for n in short] == [(n.note_type, n.text, n.spans) for n in long]


# ---------------------------------------------------------------------------------------------- span integrity


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for note in corpus(seed):
        text = note.text
        assert note.note_type in ("discharge", "radiology")
        bad = [ch for ch in text if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf")]
        assert not bad, f"control characters {bad!r}"
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(text), (s, e, prev_end)
            value = text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            assert value[0] not in ",;:)#" and value[-1] not in ",;:(", value
            if value.startswith("("):
                assert cat in ("PHONE", "FAX", "PAGER", "DEVICE_ID"), value
            prev_end = e


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lengths_types_and_plant_rates(seed):
    notes = corpus(seed)
    assert all(1000 <= len(n.text) <= 6144 for n in notes), min(len(n.text) for n in notes)
    n_discharge = sum(n.note_type == "discharge" for n in notes)
    assert 0.4 * len(notes) <= n_discharge <= 0.6 * len(notes)
    with_plants = sum(bool(n.spans) for n in notes)
    assert 0.53 * len(notes) <= with_plants <= 0.63 * len(notes)
    modes = [_mode(seed, i) for i in range(len(notes))]
    assert 0.02 * len(notes) <= modes.count("heavy") <= 0.08 * len(notes)
    for note, mode in zip(notes, modes, strict=True):
        assert bool(note.spans) == (mode == "plant")
        if mode != "plant":
            assert "___" in note.text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(seed):
    counts = Counter(c for n in corpus(seed) for _, _, c in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in MAJOR else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        # the generator is designed with a margin of at least 1.5x the floor
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


# ---------------------------------------------------------------------------------------------- conventions


def _all_spans(seed: int = 1):
    for note in corpus(seed):
        for s, e, cat in note.spans:
            yield note, s, e, cat, note.text[s:e]


def test_labelled_dates_have_a_real_year():
    for _, _, _, cat, value in _all_spans():
        if cat == "DATE_REAL_YEAR":
            years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", value)]
            assert len(years) == 1 and 1900 <= years[0] <= 2030, value
            assert not re.fullmatch(r"\d{4}", value), "bare years are never labelled"


def test_labelled_ages_are_ninety_or_more():
    for _, _, _, cat, value in _all_spans():
        if cat == "AGE_OVER_89":
            age = int(value) if value.isdigit() else WORDS[value]
            assert age >= 90, value


def test_ages_under_ninety_are_not_labelled_and_older_ones_are():
    seen_young = 0
    for note in corpus(1):
        for m in re.finditer(r"(?<![\d.])(\d{2,3}) year old", note.text):
            hit = _overlaps(note.spans, m.start(1), m.end(1))
            if int(m.group(1)) < 90:
                seen_young += 1
                assert not hit, m.group(0)
            else:
                assert hit == [(m.start(1), m.end(1), "AGE_OVER_89")]
        for m in re.finditer(r"(?:Father with MI at age|proxy\), age) (\d{2})\b", note.text):
            assert int(m.group(1)) < 90 and not _overlaps(note.spans, m.start(1), m.end(1))
    assert seen_young > 50


def test_shifted_dates_expiries_and_bare_years_are_never_labelled():
    shifted = re.compile(r"21\d\d-\d\d-\d\d|\d\d/\d\d/21\d\d")
    expiry = re.compile(r"\bexp (\S+?)[;,]?(?=\s|$)")
    bare_year = re.compile(r"\((?:19|20)\d\d\)|quit (?:19|20)\d\d|in (?:19|20)\d\d\.")
    for note in corpus(1):
        for rx in (shifted, expiry, bare_year):
            for m in rx.finditer(note.text):
                assert not _overlaps(note.spans, m.start(), m.end()), (m.group(0), note.text[m.start() - 40:m.end()])


def test_model_and_batch_lookalikes_are_never_labelled():
    patterns = [
        r"\(01\)\d{14}\(17\)\d{6}\(10\)[A-Z]\d{5}(?!\(21\))",  # GTIN/expiry/lot-only UDI
        r"\blot \S+", r"\bREF \d+\w?", r"NCT\d{8}", r"\bCPT \d{5}", r"policy [A-Z-]+-\d+",
        r"group (?:no\. )?\d+(?:-\d+)?", r"(?:software|firmware|version|controller) \S+(?: build \d+)?",
        r"\bbed \d+", r"Room \d+-\d+", r"room \d+-\d+", r"code cart lock \d+",
        r"(?<![\d/])\d{2,3}/\d{2,3}(?![\d/])",  # blood pressures and other ratios
    ]
    for note in corpus(1):
        for pat in patterns:
            for m in re.finditer(pat, note.text):
                assert not _overlaps(note.spans, m.start(), m.end()), (pat, m.group(0))


def test_public_hotlines_and_sites_are_never_labelled():
    for note in corpus(1):
        for item in HOTLINES + PUBLIC_URLS:
            start = note.text.find(item)
            while start != -1:
                assert not _overlaps(note.spans, start, start + len(item)), item
                start = note.text.find(item, start + 1)


def test_dotted_quads_are_labelled_only_as_ip_addresses_after_an_ip_cue():
    for note in corpus(1):
        for m in re.finditer(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])", note.text):
            hit = _overlaps(note.spans, m.start(), m.end())
            if hit:
                assert hit == [(m.start(), m.end(), "IP_ADDRESS")]
                assert note.text[:m.start()].endswith("IP ")
    for note, s, _, cat, _ in _all_spans():
        if cat == "IP_ADDRESS":
            assert note.text[:s].endswith("IP ")


def test_cue_words_stay_outside_the_spans():
    cues = ("Dr.", "Dr ", "MRN", "Phone", "phone", "Fax", "fax", "Pager", "pager", "pgr", "SSN", "NPI", "DEA",
            "MBI", "Unit No", "serial", "S/N", "plate", "VIN", "IP ", "Accession", "member ID")
    for _, _, _, cat, value in _all_spans():
        assert not any(value.startswith(c) for c in cues), (cat, value)
        if cat == "PERSON":
            assert not value.endswith((", MD", " MD", "RN", "PharmD", "NP")), value


def test_eponyms_drugs_and_devices_are_not_labelled_as_names():
    eponyms = ("Parkinson", "Lewy", "Whipple", "Foley", "Swan", "Ganz", "Glasgow", "Hunt", "Hess", "Seldinger",
               "Kussmaul", "Homans", "Beck", "Kerley", "Carpentier", "Bentall", "David", "Morrow", "Creutzfeldt",
               "Jakob", "Allen", "Valsalva", "Trendelenburg", "McConnell", "Light", "HeartMate", "CentriMag",
               "Impella", "Quadrox", "Precedex", "Levophed", "Marfan", "Barlow", "Takotsubo", "Maze", "Crescent")
    for note in corpus(1):
        for word in eponyms:
            for m in re.finditer(rf"\b{re.escape(word)}\b", note.text):
                hit = _overlaps(note.spans, m.start(), m.end())
                # a facility name may contain such a word ("Harbor Light ..."): never a person's name
                assert all(cat == "ORGANIZATION" for _, _, cat in hit), word


def test_street_addresses_and_zips_are_well_formed():
    for note, s, _e, cat, value in _all_spans():
        if cat == "STREET_ADDRESS":
            assert re.match(r"\d+ \S", value), value
        if cat == "ZIP":
            assert re.fullmatch(r"\d{5}(?:-\d{4})?", value), value
            # the state before a ZIP is never labelled
            assert not _overlaps(note.spans, s - 4, s - 1)
        if cat == "DEVICE_ID" and value.startswith("(01)"):
            assert "(21)" in value, "a UDI is labelled only when it carries the serial"


def test_heavily_masked_notes_over_mask_and_carry_no_plants():
    heavy = [(i, n) for i, n in enumerate(corpus(1)) if _mode(1, i) == "heavy"]
    assert heavy
    for _, note in heavy:
        assert note.spans == []
        assert note.text.count("___") >= 5
