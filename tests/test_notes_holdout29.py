"""Label-integrity tests for held-out corpus 29 (rheumatology / infusion centre / pain medicine).

These tests never run the detector: they check that the corpus is deterministic, that every planted span is
well formed and that the labelling conventions of the corpus hold.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout29 as h29
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout29 import holdout29_corpus, holdout29_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout29_corpus(seed, n))


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=True).encode()).hexdigest()


def _unlabelled(note: LabelledNote, s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b, _ in note.spans)


# ------------------------------------------------------------------ determinism


def test_same_seed_and_index_give_the_same_note():
    a, b = holdout29_note(1, 17), holdout29_note(1, 17)
    assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    base = holdout29_note(1, 17).text
    assert holdout29_note(2, 17).text != base
    assert holdout29_note(1, 18).text != base
    assert len({holdout29_note(4, i).text for i in range(50)}) == 50


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout29 import holdout29_corpus; "
            "ns = holdout29_corpus(7, 40); "
            "p = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=True).encode()).hexdigest())")
    digests = set()
    for hs in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(holdout29_corpus(7, 40))}


def test_prefix_stability():
    assert holdout29_corpus(1, 25) == list(corpus(1)[:25])


# ------------------------------------------------------------------ span integrity


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", note.text), "control character left in the text"
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(note.text), (s, e)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            prev_end = e
        assert note.spans == sorted(note.spans)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts_have_margin(seed):
    counts = Counter(cat for note in corpus(seed) for _, _, cat in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat], "design margin")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_corpus_shape(seed):
    notes = corpus(seed)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.55 * len(notes) <= with_plants <= 0.61 * len(notes)
    types = Counter(n.note_type for n in notes)
    assert 0.38 * len(notes) <= types["radiology"] <= 0.62 * len(notes)
    for n in notes:
        assert 1000 <= len(n.text) <= 6144
        if n.note_type == "discharge":
            assert n.text.startswith("Name:  ") and "___" in n.text
    heavy = 0
    for i, note in enumerate(notes):
        _type, is_heavy, _kind, planted = h29._plan(random.Random(f"notes-holdout29|{seed}|{i}"), seed, i)
        if is_heavy:
            heavy += 1
            assert not note.spans and note.text.count("___") >= (25 if note.note_type == "discharge" else 15)
        assert bool(note.spans) == bool(planted)
    assert 0.04 * len(notes) <= heavy <= 0.06 * len(notes)


# ------------------------------------------------------------------ labelling conventions

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_WORD_AGES = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
              "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_labelled_values_follow_the_conventions(seed):
    for note in corpus(seed):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            before = note.text[max(0, s - 4):s]
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in _YEAR.findall(v)]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, v
                assert not re.fullmatch(r"\d{4}", v), "bare year labelled"
            elif cat == "AGE_OVER_89":
                age = int(v) if v.isdigit() else _WORD_AGES[v]
                assert 90 <= age <= 110, v
            elif cat == "PERSON":
                assert not v.startswith(("Dr", "Mr", "Ms")) and not v.endswith((" MD", " RN", "PharmD")), v
                assert "Dr. " not in before[-4:] or v[0].isupper()
            elif cat == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif cat == "STREET_ADDRESS":
                assert re.match(r"\d+ ", v) and not re.search(r"\b(MA|NH|RI|VT|ME)\b", v), v
            elif cat == "IP_ADDRESS":
                assert all(0 <= int(p) <= 255 for p in v.split(".")) and v.count(".") == 3, v
            elif cat == "EMAIL":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
            elif cat == "URL":
                assert v.startswith("https://") and not any(v.startswith(u) for u in h29._PUBLIC_URLS), v
            elif cat == "SSN":
                assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v), v
            elif cat == "DEVICE_ID" and v.startswith("(01)"):
                assert "(21)" in v, "a UDI without a serial must not be labelled"
            elif cat == "LICENSE" and re.fullmatch(r"\d{10}", v):
                assert h29._luhn_check("80840" + v[:9]) == int(v[9]), "NPI check digit"
            elif cat in ("PHONE", "FAX", "PAGER"):
                assert re.search(r"\d", v) and not re.search(r"[A-Za-z]", v), v


# look-alikes that must never be labelled: (pattern, what)
_LOOKALIKES = (
    (re.compile(r"\b21\d\d-\d\d-\d\d\b"), "shifted ISO date"),
    (re.compile(r"\b\d\d/\d\d/21\d\d\b"), "shifted US date"),
    (re.compile(r"(?i)\bexp\.? ?\S+"), "expiry date"),
    (re.compile(r"\bNDC \d{5}-\d{4}-\d{2}\b"), "NDC code"),
    (re.compile(r"(?i)\blot:? [A-Z0-9]+"), "lot number"),
    (re.compile(r"\(01\)\d{14}\(17\)\d{6}\(10\)[A-Z0-9]+(?![A-Z0-9(])"), "GTIN-only UDI"),
    (re.compile(r"(?<![/\d])\d{2,3}/\d{2,3}(?![/\d])"), "ratio / blood pressure"),
    (re.compile(r"\b(?:CPT|HCPCS|ICD-10|Exam code) [A-Z0-9.]+"), "billing code"),
    (re.compile(r"(?i)\bgroup(?: no\.|:| #)? ?[A-Z0-9]+"), "group number"),
    (re.compile(r"\b(?:RxBIN|BIN|PCN|RxPCN) [A-Z0-9]+"), "plan routing number"),
    (re.compile(r"\bmodel [A-Z0-9-]+"), "device model"),
    (re.compile(r"\b(?:Chair [A-D]-\d+|room \d+[AB]|PACU bay \d|Procedure Rm \d)"), "chair / room"),
    (re.compile(r"\b(?:19|20)\d\d (?:ACR|CDC)|(?:CDC|ISN/RPS) 20\d\d\b"), "guideline year"),
)


def _lookalike_strings() -> list[str]:
    out = list(h29._HOTLINES) + list(h29._PUBLIC_URLS)
    out += [brand for _g, brand, *_ in h29._INFUSIONS.values()] + [g for g, *_ in h29._INFUSIONS.values()]
    out += [s for s, *_ in h29._SCS] + list(h29._MR) + list(h29._US) + list(h29._DXA) + list(h29._XR)
    out += ["Parkinson", "Lewy body", "Whipple", "Hunt and Hess", "Schober", "Patrick", "Spurling", "Hoffmann",
            "Lhermitte", "Tinel", "Phalen", "Finkelstein", "de Quervain", "Heberden", "Bouchard", "Gottron",
            "Romberg", "Babinski", "Waddell", "Lasegue", "Baker", "Dupuytren", "Raynaud", "Schirmer", "Modic",
            "Schmorl", "Tarlov", "Baastrup", "Bertolotti", "Kienbock", "Goutallier", "Genant", "Ranawat",
            "Sjogren", "Still disease", "Behcet", "Paget", "Charcot", "Libman-Sacks", "Horner", "Alaris 8100",
            "GE OEC 9900 Elite", "Omnipaque 240", "Isovue-M 200", "NHANES III", "MassPAT", "SAMHSA"]
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lookalikes_are_never_labelled(seed):
    strings = sorted(set(_lookalike_strings()), key=len, reverse=True)
    combined = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, strings)) + r")(?!\w)")
    seen: Counter = Counter()
    for note in corpus(seed):
        for pat, what in _LOOKALIKES:
            for m in pat.finditer(note.text):
                assert _unlabelled(note, m.start(), m.end()), (what, m.group(0))
                seen[what] += 1
        for m in combined.finditer(note.text):
            assert _unlabelled(note, m.start(), m.end()), m.group(0)
            seen["named look-alike"] += 1
    for _pat, what in _LOOKALIKES:
        assert seen[what] >= 20, (what, seen[what])
    assert seen["named look-alike"] >= 2000


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_unlabelled_real_year_dates_are_expiry_dates_only(seed):
    date_pat = re.compile(r"(?<![\w-])(?:\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d\d/(?:19|20)\d\d"
                          r"|\d{1,2}[- ]?[A-Z][a-z]{2}[- ](?:19|20)\d\d|\d\d[A-Z]{3}(?:19|20)\d\d"
                          r"|[A-Z][a-z]+ \d{1,2},? (?:19|20)\d\d|(?:19|20)\d\d-\d\d)\b")
    for note in corpus(seed):
        for m in date_pat.finditer(note.text):
            if _unlabelled(note, m.start(), m.end()):
                ctx = note.text[max(0, m.start() - 8):m.start()].lower()
                assert "exp" in ctx, (m.group(0), note.text[max(0, m.start() - 40):m.end()])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_unlabelled_contact_like_strings_are_public(seed):
    phone_pat = re.compile(r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}\b|1-800-[A-Z0-9-]+")
    for note in corpus(seed):
        for m in phone_pat.finditer(note.text):
            if _unlabelled(note, m.start(), m.end()):
                assert any(m.group(0) in h for h in h29._HOTLINES), m.group(0)
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", note.text):
            assert not _unlabelled(note, m.start(), m.end()), m.group(0)
        for m in re.finditer(r"https?://\S+", note.text):
            if _unlabelled(note, m.start(), m.end()):
                assert any(m.group(0).rstrip(".,;)").startswith(u) for u in h29._PUBLIC_URLS), m.group(0)
        for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", note.text):
            assert not _unlabelled(note, m.start(), m.end()), m.group(0)
        for m in re.finditer(r"(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.]*\d)", note.text):
            if _unlabelled(note, m.start(), m.end()):
                ctx = note.text[max(0, m.start() - 12):m.start()].lower()
                assert re.search(r"(apex|encore|version|app|engine v|software)\s*$", ctx), ("unlabelled IP", m.group(0))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_device_ids_versus_models(seed):
    """Serials and serial-bearing UDIs are labelled; models and GTIN-only UDIs are not."""
    seen_serial = 0
    for note in corpus(seed):
        for m in re.finditer(r"serial(?: number)?:? (\S+?)(?=[),;]| |$)", note.text):
            if m.group(1) != "___":
                assert not _unlabelled(note, m.start(1), m.end(1)), m.group(0)
                seen_serial += 1
        for m in re.finditer(r"\(01\)\d{14}\(17\)\d{6}\(10\)[A-Z0-9]+(\(21\)[A-Z0-9-]+)?", note.text):
            assert _unlabelled(note, m.start(), m.end()) == (m.group(1) is None), m.group(0)
    assert seen_serial > 10


def test_cue_words_stay_outside_spans():
    for note in corpus(1):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            assert not re.match(r"(?i)(mrn|dob|ssn|npi|dea|fax|tel|phone|pager|member id|serial|plate|vin)\b", v), v
            if cat == "PERSON":
                assert not re.search(r"\b(MD|RN|NP|PA-C|PharmD)$", v), v
