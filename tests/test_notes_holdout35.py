"""Label integrity of held-out corpus 35 (radiation oncology / nuclear medicine). Never runs the detector."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout35 as h35
from lqs_clinical.synth.notes import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
N = 600
SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@cache
def built(seed: int, n: int = N):
    return [h35._build(seed, i) for i in range(n)]


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        a, b = h35.holdout35_note(5, i), h35.holdout35_note(5, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    for i in range(20):
        assert h35.holdout35_note(1, i).text != h35.holdout35_note(2, i).text
        assert h35.holdout35_note(1, i).text != h35.holdout35_note(1, i + 1).text
    assert len({n.text for n in h35.holdout35_corpus(1, 200)}) == 200


def test_prefix_stability():
    long, short = h35.holdout35_corpus(4, 60), h35.holdout35_corpus(4, 25)
    assert _digest(long[:25]) == _digest(short)
    # a late note does not depend on having built the earlier ones
    assert h35.holdout35_note(4, 59).text == long[59].text


@pytest.mark.parametrize("hashseed", ["0", "1", "4242"])
def test_identical_across_processes_and_hash_seeds(hashseed):
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth.notes_holdout35 import holdout35_corpus\n"
            "notes = holdout35_corpus(1, 40)\n"
            "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
            "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n")
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(h35.holdout35_corpus(1, 40))


def test_corpus_is_list_of_notes():
    notes = h35.holdout35_corpus(1, 30)
    assert [n.text for n in notes] == [h35.holdout35_note(1, i).text for i in range(30)]


# ---------------------------------------------------------------- spans


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_well_formed(seed):
    for note, _, _ in built(seed):
        prev_end = -1
        assert note.note_type in ("discharge", "radiology")
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "spans overlap or are unsorted"
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v and "\n" not in v
        assert note.spans == sorted(note.spans)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_control_characters_and_sizes(seed):
    for note, _, _ in built(seed):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", note.text)
        assert 1000 <= len(note.text.encode("utf-8")) <= 6144


# ---------------------------------------------------------------- proportions


@pytest.mark.parametrize("seed", SEEDS)
def test_per_category_floors(seed):
    counts = Counter(c for note, _, _ in built(seed) for _, _, c in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])  # margin by design


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_discharge_and_heavy_shares(seed):
    rows = built(seed)
    with_plants = [note for note, _, _ in rows if note.spans]
    assert 0.55 <= len(with_plants) / N <= 0.60
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    assert 0.4 <= sum(n.note_type == "discharge" for n, _, _ in rows) / N <= 0.6
    heavy = [note for note, _, kind in rows if kind == "heavy"]
    assert 0.03 <= len(heavy) / N <= 0.07
    for note in heavy:
        assert not note.spans
        assert note.text.count("___") >= 12
    assert {kind for _, _, kind in rows} == {"heavy", "normal"}


def test_document_kinds_vary():
    assert len(h35.DOCUMENT_KINDS) >= 12
    firsts = Counter(note.text.split("\n", 1)[0][:18] for note, _, _ in built(1))
    assert len(firsts) >= 25


# ---------------------------------------------------------------- values

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SHIFTED = re.compile(r"(?<!\d)(?:\d{2}/\d{2}/2[12]\d\d|2[12]\d\d-\d{2}-\d{2}|[A-Z][a-z]+ \d{1,2}, 2[12]\d\d)(?!\d)")
_FORMATS = {
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "URL": r"(https?://|www\.|[a-z0-9-]+\.[a-z]{2,}/)\S+",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"M?\d[\d-]{5,}",
    "ACCOUNT": r"[A-Z]{0,3}-?\d[\d-]{4,}",
    "HEALTH_PLAN": r"[A-Z0-9-]{9,14}",
    "LICENSE": r"[A-Z]{2}\d{7}|\d{10}|S\d{8}|\d{9}|NHL\d{8}|\d{5,6}|RN\d{7}|MD\d{6}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][A-Za-z ]+(, Unit \d+| Apt \d+[A-Z])?",
    "DEVICE_ID": r"[A-Z0-9()-]{6,}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-ZÀ-Ýa-zß-ÿćčřšžøØ.,' -]+",
    "PAGER": r"\d[\d-]{3,11}",
}


def _spans(seed, cat=None):
    for note, looks, _ in built(seed):
        for s, e, c in note.spans:
            if cat is None or c == cat:
                yield note, looks, s, e, c, note.text[s:e]


@pytest.mark.parametrize("seed", SEEDS)
def test_dates_have_real_years_and_shifted_dates_are_never_labelled(seed):
    for _, _, _, _, _, v in _spans(seed, "DATE_REAL_YEAR"):
        years = [int(y) for y in _YEAR.findall(v)]
        assert years and all(1900 <= y <= 2030 for y in years), v
    for note, _, _ in built(seed):
        for m in _SHIFTED.finditer(note.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans), m.group(0)


@pytest.mark.parametrize("seed", SEEDS)
def test_ages_over_89(seed):
    for _, _, _, _, _, v in _spans(seed, "AGE_OVER_89"):
        assert v.isdigit() and int(v) >= 90


@pytest.mark.parametrize("seed", SEEDS)
def test_identifier_formats(seed):
    for _, _, _, _, c, v in _spans(seed):
        if c in ("PHONE", "FAX"):
            digits = re.sub(r"\D", "", v)
            assert len(digits) == 10 or (len(digits) == 11 and digits[0] == "1"), v
        elif c == "IP_ADDRESS":
            parts = v.split(".")
            assert len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts), v
        elif c == "LOCATION":
            assert v in h35._TOWNS
        elif c == "ORGANIZATION":
            assert v in h35._HOSPS + h35._PHARMS + h35._EMPLOYERS + h35._SCHOOLS
        elif c in _FORMATS:
            assert re.fullmatch(_FORMATS[c], v), (c, v)
        if c in ("SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "PAGER", "ZIP"):
            assert any(ch.isdigit() for ch in v), (c, v)


def test_npi_and_dea_check_digits():
    found = 0
    for seed in SEEDS:
        for _, _, _, _, _, v in _spans(seed, "LICENSE"):
            if re.fullmatch(r"1\d{9}", v):
                assert h35._luhn_digit("80840" + v[:9]) == v[9]
                found += 1
            elif re.fullmatch(r"[A-Z]{2}\d{7}", v) and not v.startswith(("RN", "MD")):
                d = [int(x) for x in v[2:]]
                assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
                found += 1
    assert found >= 20


_CUES_BEFORE = re.compile(r"^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|MRN|MR#|Unit No|Tel|Phone|Fax|Pager|pgr|NPI|DEA|SSN|Acct|"
                          r"Accession|Member|Subscriber|MBI|Serial|SN|Plate|VIN|Age|DOB|ZIP|Email|E-mail)\b[:#.]?\s",
                          re.IGNORECASE)
_CREDENTIALS = re.compile(r"[\s,](MD|RN|PhD|DO|CMD|CNMT|DABR|MS|NP|PA-C)\.?$")


@pytest.mark.parametrize("seed", SEEDS)
def test_cue_words_and_titles_outside_spans(seed):
    for _, _, _, _, c, v in _spans(seed):
        assert not _CUES_BEFORE.match(v), (c, v)
        if c == "PERSON":
            assert not _CREDENTIALS.search(v), v
            assert not v.lower().startswith(("dr ", "dr.", "mr", "ms.", "mrs"))


@pytest.mark.parametrize("seed", SEEDS)
def test_eponyms_drugs_devices_never_person(seed):
    banned = {w.lower() for w in h35._EPONYMS + h35._BRANDS}
    for _, _, _, _, _, v in _spans(seed, "PERSON"):
        tokens = {t.lower() for t in re.findall(r"[\w'-]+", v)}
        assert not tokens & banned, v
        assert not any(b in v.lower() for b in banned if " " in b), v


@pytest.mark.parametrize("seed", SEEDS)
def test_look_alikes_never_labelled(seed):
    total = 0
    for note, looks, _ in built(seed):
        assert looks == sorted(set(looks))
        total += len(looks)
        values = {note.text[s:e] for s, e, _ in note.spans}
        for la in looks:
            assert la not in values, la
            assert la in note.text, la
            start = note.text.find(la)
            while start >= 0:
                end = start + len(la)
                for s, e, _ in note.spans:
                    assert not (start <= s and e <= end), (la, note.text[s:e])
                start = note.text.find(la, start + 1)
    assert total / N >= 5  # every note is full of look-alikes


def test_shifted_dates_are_present():
    assert sum(bool(_SHIFTED.search(note.text)) for note, _, _ in built(1)) >= 0.6 * N


def test_theme_vocabulary_present():
    text = "\n".join(note.text for note, _, _ in built(1))
    for word in ("I-131", "Lu-177", "Tc-99m", "MUGA", "PIOPED", "brachytherapy", "CTCAE", "SUVmax", "TUMOR BOARD",
                 "PET-CT", "LYMPHOSCINTIGRAPHY", "THYROID UPTAKE", "BONE SCAN", "mCi", "Gy"):
        assert word.lower() in text.lower(), word
