"""Label-integrity tests of held-out corpus 27 (pulmonology / sleep / home respiratory care).

These never run the detector: they check only that the corpus is deterministic, prefix-stable and
labelled consistently with its own conventions.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout27 import AGE_WORDS, holdout27_corpus, holdout27_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@pytest.fixture(scope="module")
def corpora() -> dict[int, list[LabelledNote]]:
    return {seed: holdout27_corpus(seed, 600) for seed in (1, 2, 3)}


def _digest(notes: list[LabelledNote]) -> str:
    blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


def _overlaps(spans: list[tuple[int, int, str]], s: int, e: int) -> bool:
    return any(a < e and b > s for a, b, _ in spans)


# ------------------------------------------------------------------------------------------------ determinism

def test_same_seed_and_index_give_the_same_note() -> None:
    assert holdout27_note(1, 7) == holdout27_note(1, 7)
    assert holdout27_note(5, 123) == holdout27_note(5, 123)


def test_notes_differ_across_seeds_and_indices() -> None:
    assert holdout27_note(1, 3).text != holdout27_note(2, 3).text
    assert holdout27_note(1, 3).text != holdout27_note(1, 4).text
    texts = {n.text for n in holdout27_corpus(4, 80)}
    assert len(texts) == 80


def test_prefix_stability() -> None:
    assert holdout27_corpus(1, 25) == holdout27_corpus(1, 600)[:25]


def test_identical_across_processes_and_hash_seeds() -> None:
    code = (
        "import hashlib, json, sys\n"
        "from lqs_clinical.synth.notes_holdout27 import holdout27_corpus, holdout27_note\n"
        "late = holdout27_note(3, 333)\n"  # computed first, with an empty offset cache
        "notes = holdout27_corpus(1, 60)\n"
        "blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])\n"
        "print(hashlib.sha256(blob.encode()).hexdigest())\n"
        "print(hashlib.sha256(json.dumps([late.text, late.spans]).encode()).hexdigest())\n"
        "print(any(m.startswith('lqs_clinical.notes') for m in sys.modules))\n"
    )
    outs = []
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.append(res.stdout.split())
    assert outs[0] == outs[1]
    late = holdout27_note(3, 333)
    assert outs[0][0] == _digest(holdout27_corpus(1, 60))
    assert outs[0][1] == hashlib.sha256(json.dumps([late.text, late.spans]).encode()).hexdigest()
    assert outs[0][2] == "False"  # building the corpus never loads the detector package


# ------------------------------------------------------------------------------------------------ span integrity

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(corpora: dict[int, list[LabelledNote]], seed: int) -> None:
    for n in corpora[seed]:
        assert n.note_type in ("discharge", "radiology")
        assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in n.text)
        assert 1000 <= len(n.text) <= 6000
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(n.text)
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e
        assert n.spans == sorted(n.spans)


def test_note_mix(corpora: dict[int, list[LabelledNote]]) -> None:
    for notes in corpora.values():
        planted = [n for n in notes if n.spans]
        assert 0.50 <= len(planted) / len(notes) <= 0.66
        radiology = sum(n.note_type == "radiology" for n in notes)
        assert 0.40 <= radiology / len(notes) <= 0.60
        heavy = [n for n in notes if not n.spans and n.text.count("___") >= 35 and n.note_type == "discharge"]
        assert heavy  # heavily masked notes exist and carry no plants
        assert max(len(n.spans) for n in notes) <= 8


# ------------------------------------------------------------------------------------------------ category counts

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(corpora: dict[int, list[LabelledNote]], seed: int) -> None:
    counts = Counter(cat for n in corpora[seed] for _, _, cat in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= (40 if cat in BIG else 25), (cat, counts[cat])
        # designed margin: at least 1.5 x the floor on every seed
        assert counts[cat] >= (60 if cat in BIG else 38), (cat, counts[cat])


# ------------------------------------------------------------------------------------------------ label conventions

def _values(notes: list[LabelledNote], cat: str) -> list[str]:
    return [n.text[s:e] for n in notes for s, e, c in n.spans if c == cat]


def test_dates_have_a_real_year(corpora: dict[int, list[LabelledNote]]) -> None:
    for notes in corpora.values():
        for v in _values(notes, "DATE_REAL_YEAR"):
            years = re.findall(r"(?<!\d)(\d{4})(?!\d)", v)
            assert len(years) == 1 and 1900 <= int(years[0]) <= 2030, v
            assert re.search(r"[/\-. ]", v), v  # a full date, never a bare year


def test_ages_are_over_89(corpora: dict[int, list[LabelledNote]]) -> None:
    words = {w: a for a, w in AGE_WORDS.items()}
    for notes in corpora.values():
        for v in _values(notes, "AGE_OVER_89"):
            age = int(v) if v.isdigit() else words[v.lower()]
            assert 90 <= age <= 110, v
        for n in notes:  # ages under 90 are look-alikes and never labelled
            for m in re.finditer(r"\b([1-8]\d) year old", n.text):
                assert not _overlaps(n.spans, m.start(1), m.end(1))


def test_value_shapes(corpora: dict[int, list[LabelledNote]]) -> None:
    notes = corpora[1]
    for v in _values(notes, "ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for v in _values(notes, "SSN"):
        assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v), v
    for cat in ("PHONE", "FAX"):
        for v in _values(notes, cat):
            assert len(re.sub(r"\D", "", v)) >= 10, v
    for v in _values(notes, "EMAIL"):
        assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]+", v), v
    for v in _values(notes, "URL"):
        assert v.startswith("http") and "cdc.gov" not in v and "lung.org" not in v, v
    for v in _values(notes, "IP_ADDRESS"):
        assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, v
    for v in _values(notes, "STREET_ADDRESS"):
        assert re.match(r"\d+ [A-Z]", v), v
    for v in _values(notes, "PERSON"):
        assert not re.match(r"(?i)(dr|mr|mrs|ms)\b\.?", v) and not v.endswith((" MD", "RRT", "RPSGT")), v
    for v in _values(notes, "VEHICLE_ID"):
        assert re.fullmatch(r"[A-Z0-9 -]{6,17}", v), v
    for v in _values(notes, "DEVICE_ID"):
        if v.startswith("(01)"):
            assert "(21)" in v, v  # a UDI is labelled only when it carries the serial
        if v.startswith("+"):
            assert "$+" in v, v
    for v in _values(notes, "LOCATION"):
        assert v not in ("MA", "NH", "RI", "ME", "CT"), v  # states are not labelled


def test_cues_stay_outside_spans(corpora: dict[int, list[LabelledNote]]) -> None:
    cues = ("Dr.", "MRN", "pager", "Phone", "SSN", "NPI", "DEA", "serial", "plate", "VIN", "Fax", "fax", "Unit No",
            "RPSGT", ", MD", "Accession", "accession", "MBI", "ZIP")
    for n in corpora[1]:
        for s, e, _ in n.spans:
            assert not any(c in n.text[s:e] for c in cues), n.text[s:e]


LOOKALIKES = (
    r"1-800-QUIT-NOW", r"1-800-784-8669", r"1-800-633-4227", r"1-800-222-1222",  # public hotlines
    r"https://www\.cdc\.gov/lung-cancer", r"www\.lung\.org", r"smokefree\.gov",  # public web sites
    r"BP \d{2,3}/\d{2,3}", r"FEV1/FVC", r"\b21\d\d-\d\d-\d\d\b", r"\b\d{1,2}/\d{1,2}/21\d\d\b",  # ratio, shifted
    r"exp 20\d\d-\d\d-\d\d", r"UDI \(box label\): \S+", r"group # \S+",  # expiry, lot-only UDI, employer group
    r"Firmware: \S+", r"\bSX5\d\d-\d{4}\b", r"CPT \d{5}", r"HCPCS [A-Z]\d{4}", r"\bE1390\b", r"\bG47\.33\b",
    r"Sleep Room \d", r"Bronchoscopy Suite \d", r"\bquit in \d{4}\b", r"\b\d+ pack-years?\b",
    r"Cheyne-Stokes", r"Mallampati", r"Parkinson", r"Lewy body", r"Hunt and Hess", r"Whipple", r"Glasgow",
    r"Friedman", r"Epworth", r"Brock model", r"Westermark", r"Hampton hump", r"Swan-Ganz", r"Lyme disease",
    r"Coxsackie", r"Velcro", r"Fleischner", r"ResMed", r"Inogen One G5", r"Olympus BF-UC190F", r"SOMATOM",
    r"Biograph Vision 600", r"Trelegy Ellipta", r"Spiriva", r"AirSense \d+", r"model 3028", r"lot \d{4}K\d\d",
    r"Lung-RADS v2022", r"USPSTF 2021", r"GLI-2012", r"PD-L1 22C3",
)


def test_lookalikes_present_and_never_labelled(corpora: dict[int, list[LabelledNote]]) -> None:
    seen = Counter()
    for notes in corpora.values():
        for n in notes:
            for pat in LOOKALIKES:
                for m in re.finditer(pat, n.text):
                    seen[pat] += 1
                    assert not _overlaps(n.spans, m.start(), m.end()), (pat, m.group())
    missing = [p for p in LOOKALIKES if not seen[p]]
    assert not missing, missing


def test_unplanted_notes_have_masked_identifiers(corpora: dict[int, list[LabelledNote]]) -> None:
    for n in corpora[1]:
        if not n.spans and n.note_type == "discharge":
            assert "___" in n.text
        if not n.spans:
            assert not re.search(r"\b(19[0-9]{2}|20[0-2][0-9])-\d\d-\d\d\b", n.text.replace("exp 20", "exp "))
