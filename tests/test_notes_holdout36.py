"""Label-integrity tests of held-out corpus 36 (paediatric outpatient notes). Never runs the detector."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout36 import (
    DOCUMENT_KINDS,
    EPONYMS_AND_BRANDS,
    _build,
    document_kind,
    holdout36_corpus,
    holdout36_note,
)

SEEDS = (1, 2, 3)
N = 600
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
ROOT = Path(__file__).resolve().parents[1]


@cache
def built(seed: int, n: int = N) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    out = []
    for i in range(n):
        note, looks, kind = _build(seed, i)
        out.append((note, tuple(looks), kind))
    return tuple(out)


def all_notes():
    for seed in SEEDS:
        yield from built(seed)


def _digest(notes: list[LabelledNote]) -> str:
    blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# -- determinism ------------------------------------------------------------------------------------

def test_same_seed_and_index_give_same_note():
    for i in (0, 1, 17, 333):
        a, b = holdout36_note(5, i), holdout36_note(5, i)
        assert a == b
        assert _build(5, i) == _build(5, i)


def test_notes_differ_across_seeds_and_indices():
    texts = {holdout36_note(s, i).text for s in (1, 2, 3) for i in range(30)}
    assert len(texts) == 90


def test_prefix_stability():
    long, short = holdout36_corpus(9, 60), holdout36_corpus(9, 25)
    assert long[:25] == short
    assert holdout36_corpus(9, 60)[40] == holdout36_note(9, 40)


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout36 import holdout36_corpus as c; "
            "ns = c(11, 40); "
            "blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns], ensure_ascii=False); "
            "print(hashlib.sha256(blob.encode('utf-8')).hexdigest())")
    digests = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True, timeout=60)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    assert digests == {_digest(holdout36_corpus(11, 40))}


# -- span integrity ---------------------------------------------------------------------------------

def test_spans_sorted_disjoint_nonempty_stripped_and_valid():
    for note, _looks, _kind in all_notes():
        prev_end = -1
        assert note.spans == sorted(note.spans)
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            val = note.text[s:e]
            assert val == val.strip() and val
            assert "___" not in val and "\n" not in val


def test_no_control_characters():
    for note, _looks, _kind in all_notes():
        bad = [ch for ch in note.text if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf")]
        assert not bad, repr(bad[:3])


def test_note_sizes():
    for note, _looks, _kind in all_notes():
        assert 1000 <= len(note.text.encode("utf-8")) <= 6144


def test_note_types_and_document_kinds():
    for seed in SEEDS:
        notes = [n for n, _, _ in built(seed)]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        share = sum(n.note_type == "discharge" for n in notes) / len(notes)
        assert 0.4 <= share <= 0.6
        kinds = Counter(document_kind(seed, i) for i in range(N))
        assert len(kinds) >= 12 and set(kinds) <= set(DOCUMENT_KINDS)


# -- corpus composition -----------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_per_category_floors(seed):
    counts = Counter(cat for note, _, _ in built(seed) for _, _, cat in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])  # margin by design


@pytest.mark.parametrize("seed", SEEDS)
def test_share_of_notes_with_plants(seed):
    rows = built(seed)
    with_plants = [n for n, _, _ in rows if n.spans]
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    assert 0.55 <= len(with_plants) / len(rows) <= 0.60


@pytest.mark.parametrize("seed", SEEDS)
def test_heavily_masked_notes(seed):
    rows = built(seed)
    heavy = [n for n, _, kind in rows if kind == "heavy"]
    assert 0.03 <= len(heavy) / len(rows) <= 0.07
    for note in heavy:
        assert not note.spans
        assert note.text.count("___") >= 12
    assert {kind for _, _, kind in rows} <= {"normal", "heavy"}


# -- label semantics --------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def test_labelled_dates_have_real_years_and_shifted_dates_are_never_labelled():
    shifted = re.compile(r"\b(21\d\d|2200)-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(21\d\d|2200)\b")
    n_dates = 0
    for note, _looks, _kind in all_notes():
        for s, e, cat in note.spans:
            years = [int(y) for y in _YEAR.findall(note.text[s:e])]
            if cat == "DATE_REAL_YEAR":
                n_dates += 1
                assert years and all(1900 <= y <= 2030 for y in years), note.text[s:e]
            assert not any(2100 <= y <= 2200 for y in years) or cat not in ("DATE_REAL_YEAR",)
        for m in shifted.finditer(note.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans), m.group()
    assert n_dates > 0


def test_labelled_ages_are_over_89():
    for note, _looks, _kind in all_notes():
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                val = note.text[s:e]
                assert val.isdigit() and 90 <= int(val) <= 120


_FORMATS = {
    "PHONE": r"(\+1 )?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "FAX": r"(\+1 )?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "PAGER": r"\d{5}|\d-\d{4}|\d{3}-\d{3}-\d{4}",
    "EMAIL": r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
    "URL": r"(https?://|www\.)[^\s]+",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}",
    "SSN": r"\d{3}([- ])\d{2}\1\d{4}",
    "MRN": r"[A-Z]?\d[\d-]{5,10}\d",
    "ACCOUNT": r"[A-Z]{1,3}-?[\d-]{7,12}",
    "HEALTH_PLAN": r"[A-Z0-9]{9,13}",
    "LICENSE": r"[12]\d{9}|[A-Z]{2}\d{7}|[1-9]\d{5}|[A-Z]\d{8}",
    "ZIP": r"0\d{4}(-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][A-Za-z ]+\.?(, Apt \d+[A-C]| Unit \d+)?",
    "DEVICE_ID": r"[A-Z0-9()-]{6,}",
    "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|\d[A-Z]{3}\d{2}|[A-Z]{3}-\d{4}",
    "PERSON": r"[^\W\d_][\w'. ,-]*[^\W\d_]",
    "LOCATION": r"[A-Z][a-z]+( [A-Z][a-z]+)?",
    "ORGANIZATION": r"[A-Z][A-Za-z.' -]+",
}


def test_identifier_formats():
    for note, _looks, _kind in all_notes():
        for s, e, cat in note.spans:
            val = note.text[s:e]
            if cat in _FORMATS:
                assert re.fullmatch(_FORMATS[cat], val), (cat, val)
            if cat == "IP_ADDRESS":
                assert all(0 <= int(p) <= 255 for p in val.split("."))
            if cat in ("ACCOUNT", "HEALTH_PLAN", "MRN", "LICENSE"):
                assert sum(ch.isdigit() for ch in val) >= 5, (cat, val)
            if cat == "DEVICE_ID":
                assert sum(ch.isdigit() for ch in val) >= 2, (cat, val)


_CUE_START = re.compile(r"(?i)^(dr|mr|mrs|ms|mrn|fax|tel|phone|pager|pgr|beeper|sn|s/n|serial|npi|dea|member|id|"
                        r"acc|accession|order|plate|vin|udi|email|ssn|dob|zip)\b[.:#\s]")
_CRED_END = re.compile(r"(?i)[\s,](md|do|rn|np|cpnp|pa-c|licsw|msw|ccls|cdces|phd)\.?$")


def test_cue_words_and_titles_outside_spans():
    for note, _looks, _kind in all_notes():
        for s, e, cat in note.spans:
            val = note.text[s:e]
            assert not _CUE_START.search(val), (cat, val)
            assert not _CRED_END.search(val), (cat, val)
            assert not val.startswith(("#", ":", ",", ";")), (cat, val)


def test_eponyms_drugs_devices_never_person():
    stop = {w.lower() for w in EPONYMS_AND_BRANDS}
    for note, _looks, _kind in all_notes():
        for s, e, cat in note.spans:
            if cat == "PERSON":
                tokens = {t.lower() for t in re.split(r"[\s,.-]+", note.text[s:e]) if t}
                assert not tokens & stop, note.text[s:e]
        for word in ("Greulich", "Salter-Harris", "Ortolani", "Dexcom", "EpiPen", "Vanderbilt", "Tanner"):
            for m in re.finditer(re.escape(word), note.text):
                assert not any(s < m.end() and m.start() < e and c == "PERSON" for s, e, c in note.spans)


def test_look_alikes_never_labelled():
    total = 0
    for note, looks, _kind in all_notes():
        assert list(looks) == sorted(looks)
        values = {note.text[s:e] for s, e, _ in note.spans}
        assert not values & set(looks)
        for la in looks:
            total += 1
            assert la and la in note.text
            # at least one occurrence lies wholly outside every labelled span
            occ = [m.start() for m in re.finditer(re.escape(la), note.text)]
            assert any(all(not (s < o + len(la) and o < e) for s, e, _ in note.spans) for o in occ), la
    assert total > 20 * len(SEEDS) * N // 2


def test_every_note_has_look_alikes_and_most_have_masks():
    rows = list(all_notes())
    for _note, looks, _kind in rows:
        assert len(looks) >= 5
    assert sum("___" in note.text for note, _, _ in rows) >= 0.9 * len(rows)
