"""Label integrity of held-out corpus 30 (pathology, autopsy, transfusion medicine). Never runs the detector."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout30 as h30
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout30 import holdout30_corpus, holdout30_note

BIG4 = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SEEDS = (1, 2, 3)


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout30_corpus(seed, n))


def _key(note: LabelledNote) -> tuple:
    return note.note_type, note.text, tuple(note.spans)


def _digest(notes) -> str:
    payload = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])
    return hashlib.sha256(payload.encode()).hexdigest()


# ---------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for seed, i in ((1, 0), (1, 17), (2, 333), (9, 599)):
        assert _key(holdout30_note(seed, i)) == _key(holdout30_note(seed, i))


def test_notes_differ_across_seeds_and_indices():
    assert holdout30_note(1, 5).text != holdout30_note(2, 5).text
    assert holdout30_note(1, 5).text != holdout30_note(1, 6).text
    texts = [n.text for n in corpus(1)]
    assert len(set(texts)) == len(texts)


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout30 import holdout30_corpus; "
            "ns = holdout30_corpus(1, 40); "
            "print(hashlib.sha256(json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns])"
            ".encode()).hexdigest())")
    here = _digest(holdout30_corpus(1, 40))
    for hash_seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


def test_prefix_stability():
    assert [_key(n) for n in holdout30_corpus(1, 25)] == [_key(n) for n in corpus(1)[:25]]


# ---------------------------------------------------------------- span integrity


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", note.text)
        assert note.spans == sorted(note.spans)
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(note.text)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            prev_end = e


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_with_margin(seed):
    counts = Counter(cat for n in corpus(seed) for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG4 else 25
        assert counts[cat] >= floor * 1.5, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_shape(seed):
    notes = corpus(seed)
    n = len(notes)
    with_plants = sum(1 for x in notes if x.spans)
    assert 0.55 * n <= with_plants <= 0.61 * n
    types = Counter(x.note_type for x in notes)
    assert 0.42 * n <= types["discharge"] <= 0.58 * n
    for x in notes:
        assert 1000 <= len(x.text) <= 6144
        assert "___" in x.text  # MIMIC-style masking everywhere


def test_plan_roles_and_heavy_notes():
    roles = Counter()
    for i in range(600):
        role, cats = h30._plan(1, i)
        roles[role] += 1
        note = holdout30_note(1, i)
        if role == "plant":
            assert 1 <= len(cats) <= 4
            assert {c for *_, c in note.spans} >= set(cats)
        else:
            assert cats == [] and note.spans == []
        if role == "heavy":
            assert note.text.count("___") >= 15
    assert roles == {"plant": 360, "heavy": 30, "clean": 210}


# ---------------------------------------------------------------- labelling conventions


def _values(cat: str):
    for seed in SEEDS:
        for note in corpus(seed):
            for s, e, c in note.spans:
                if c == cat:
                    yield note.text, s, e, note.text[s:e]


def test_dates_have_a_real_year_and_are_not_shifted():
    for _, _, _, v in _values("DATE_REAL_YEAR"):
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        assert not re.search(r"21\d\d", v)


def test_ages_are_ninety_or_more():
    words = {w: a for a, w in h30._AGE_WORDS.items()}
    for _, _, _, v in _values("AGE_OVER_89"):
        age = int(v) if v.isdigit() else words[v.lower()]
        assert age >= 90, v


def test_value_shapes():
    shapes = {
        "PHONE": r"\+?[\d ().-]{10,20}",
        "FAX": r"[\d ().-]{10,16}",
        "PAGER": r"[\d ().-]{5,16}",
        "ZIP": r"0\d{4}(-\d{4})?",
        "SSN": r"\d{3}([- ])\d{2}\1\d{4}",
        "EMAIL": r"[\w.]+@[\w.-]+\.\w+",
        "URL": r"https://\S+",
        "STREET_ADDRESS": r"\d+ [A-Z][\w .]+(, Apt \w+| Unit \d+| #\d+)?",
        "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}",
    }
    for cat, pattern in shapes.items():
        for _, _, _, v in _values(cat):
            assert re.fullmatch(pattern, v), (cat, v)
    for _, _, _, v in _values("IP_ADDRESS"):
        assert all(0 <= int(x) <= 255 for x in v.split("."))


def test_cue_words_and_titles_stay_outside():
    cue = re.compile(r"^(Dr\.?|MRN|SSN|Phone|Tel|Fax|Pager|NPI|DEA|VIN|plate|Member|Policy|Mr\.|Ms\.|Mrs\.)\b", re.I)
    for cat in CATEGORIES:
        for _, _, _, v in _values(cat):
            assert not cue.match(v), (cat, v)
            assert not v.endswith((",", ".", ";", ":")) or v.endswith(("Co.", "St.", "Dr.")), (cat, v)


LOOKALIKES = (
    r"W\d{4} \d{2} \d{6} \w",  # ISBT 128 donation identification numbers (units, not the patient)
    r"E\d{4}V00",  # ISBT product codes
    r"\(01\)\d{14}\(17\)\d{6}\(10\)\w+(?![\w(])",  # UDI with GTIN/expiry/lot only
    r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b|\b\d\d[A-Z]{3}21\d\d\b",  # shifted dates
    r"1-800-222-1222|1-800-FDA-1088|www\.aabb\.org|https://www\.cdc\.gov/nhsn",  # public bodies
    r"\blot [A-Z]\d{3,6}\b|kit lot \w+|exp 20\d\d-\d\d(-\d\d)?",  # reagent lots and expiry dates
    r"(software|firmware|version|pipeline|caller) v?\d+(\.\d+)+",  # versions
    r"group (no\. )?[GK]?\d{5,6}",  # employer group numbers
    r"CPT [\d, x]+",
    r"clone \S+",
    r"COSV\d+|rs\d{9}|NM_\d+\.\d",
    r"\b(Kell|Kidd|Duffy|Lewis|Lutheran|Lewy|Whipple|Parkinson|Gleason|Nottingham|Breslow|Clark|Foley|Glasgow|"
    r"Kleihauer-Betke|Rokitansky|Tardieu|Verhoeff|Hunt and Hess|Faxitron|Kubtec|Medtronic|Kcentra|Octaplas|"
    r"Privigen|Octagam|WinRho|RhoGAM|American Red Cross|ORTHO VISION|Illumina|Ventana|Aperio|SOMATOM)\b",
    r"\bW1DR01\b|\bPM2272\b|\bL331\b|\b106524US\b",  # device models
    r"(?<![\d/])\d{2,3}/\d{2,3}(?![\d/])",  # blood pressures and other ratios
    r"[Rr]oom \d+\w*|cooler \d+|tray \d+|bed \d+|OR \d+|locker \d+",
    r"\b([1-9]|[1-8]\d)-(month|year)-old\b|\b([1-9]|[1-8]\d) year old\b",  # ages under 90
)


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_are_never_labelled(seed):
    pattern = re.compile("|".join(f"(?:{p})" for p in LOOKALIKES))
    seen = 0
    for note in corpus(seed):
        for m in pattern.finditer(note.text):
            seen += 1
            for s, e, cat in note.spans:
                assert not (s < m.end() and m.start() < e), (cat, note.text[s:e], m.group())
    assert seen > 5 * len(corpus(seed))


def test_udi_labels_carry_a_serial():
    for _, _, _, v in _values("DEVICE_ID"):
        if v.startswith("(01)"):
            assert "(21)" in v
        if v.startswith("+"):
            assert "/$+" in v


def test_heavily_masked_and_clean_notes_keep_no_real_identifiers():
    for i in range(120):
        role, _ = h30._plan(2, i)
        if role == "plant":
            continue
        text = holdout30_note(2, i).text
        assert not re.search(r"(?<!exp )\b(19\d\d|20[0-2]\d)-\d\d-\d\d\b", text)
        assert not re.search(r"@|https?://(?!www\.cdc\.gov)", text)
