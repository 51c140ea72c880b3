"""Label tests for held-out corpus 74 (hospital at home / remote patient monitoring).

Only the labelled corpus is checked here; the detector is never run.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout74 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 185, "AGE_OVER_89": 66, "DATE_REAL_YEAR": 127, "DEVICE_ID": 222, "EMAIL": 65, "FAX": 41,
    "HEALTH_PLAN": 59, "IP_ADDRESS": 105, "LICENSE": 89, "LOCATION": 102, "MRN": 87, "ORGANIZATION": 201,
    "PAGER": 44, "PERSON": 188, "PHONE": 135, "SSN": 43, "STREET_ADDRESS": 86, "URL": 46, "VEHICLE_ID": 65,
    "ZIP": 76,
}

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-.]?)\d{3}[-. ]?\d{4}|\+1 \d{3} \d{3} \d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d{5}|\d-\d{4}|\d{3}-\d{4}|" + _PHONE,
    "EMAIL": r"[a-z0-9._]+@[a-z0-9.\-]+\.[a-z]{2,}",
    "URL": r"(?:https?://|www\.)[A-Za-z0-9./\-_]+",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"E?\d{7,8}|\d{3}-\d{2}-\d{3}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 \-]{4,24}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 \-]{6,16}",
    "LICENSE": r"[A-Z]{0,2}[\d \-]{5,11}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Za-z0-9 ,]+",
    "DATE_REAL_YEAR": r"[A-Za-z0-9/ ,.\-]*(?:19\d\d|20[0-3]\d)(?:-\d\d-\d\d)?",
    "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"[A-Za-z0-9][A-Za-z0-9:.\- ]{5,30}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 \-]{4,16}",
    "PERSON": r"[A-Za-z][A-Za-z.' ,\-]+",
    "LOCATION": r"[A-Z][A-Za-z ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z.'&\- ]+",
}
CUE = re.compile(r"\b(?:MRN|SN|S/N|Fax|FAX|pager|pgr|plate|Acct|MD|RN|NP|IMEI|ICCID|NPI|DEA|ZIP|Tel|MAC|"
                 r"Member|Case|ticket|tracking|NY|New York)\b")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-z]*\.?"
DATE_PATTERNS = [
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{2}-\d{2}-(\d{4})\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b"),
]
EXPIRY_CUE = re.compile(r"(?:EXP|Exp|exp|expiry|Expires|Use by)\W{0,3}$")
AGE_PATTERNS = [
    re.compile(r"\b(\d{2,3})(?:[- ]years?[- ]old|[- ]?y/?o\b|yo\b)"),
    re.compile(r"\b[Aa]ge:?\s+(\d{2,3})\b"),
]


@cache
def corpus(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((n, tuple(looks), kind) for n, looks, kind in (m._build(seed, i) for i in range(N)))


def all_notes():
    for seed in SEEDS:
        yield from corpus(seed)


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- contract


def test_module_contract():
    assert m.__doc__.startswith("Held-out corpus 74: ")
    assert "Written blind:" in m.__doc__
    assert len(m.DOCUMENT_KINDS) >= 12
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    assert len(set(m.EPONYMS_AND_BRANDS)) == len(m.EPONYMS_AND_BRANDS)
    assert callable(m.main) and callable(m.holdout74_note) and callable(m.holdout74_corpus)
    note, looks, kind = m._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    for seed in SEEDS:
        for i in range(50):
            assert m.document_kind(seed, i) in m.DOCUMENT_KINDS
            assert m._KINDS[m.document_kind(seed, i)][0] == m.holdout74_note(seed, i).note_type
    assert m.holdout74_note(2, 7) == m.holdout74_corpus(2, 8)[7]


# ---------------------------------------------------------------------------------------------- determinism


def test_determinism_same_process():
    for i in (0, 5, 99, 377):
        assert m._build(3, i) == m._build(3, i)
    assert m.holdout74_corpus(1, 30) == m.holdout74_corpus(1, 30)
    assert m.holdout74_corpus(1, 30) != m.holdout74_corpus(2, 30)


def test_prefix_stability():
    for seed in SEEDS:
        assert m.holdout74_corpus(seed, 40) == m.holdout74_corpus(seed, 90)[:40]


def test_determinism_across_processes_and_hash_seeds():
    code = (
        "import hashlib, json\n"
        "from lqs_clinical.synth.notes_holdout74 import holdout74_corpus\n"
        "notes = holdout74_corpus(2, 60)\n"
        "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
        "print(hashlib.sha256(json.dumps(payload).encode()).hexdigest())\n"
    )
    want = _digest(m.holdout74_corpus(2, 60))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == want


# ---------------------------------------------------------------------------------------------- shape of the corpus


@pytest.mark.parametrize("seed", SEEDS)
def test_note_types_and_lengths(seed):
    notes = [n for n, _, _ in corpus(seed)]
    rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
    assert 0.40 <= rad <= 0.50
    assert all(n.note_type in ("discharge", "radiology") for n in notes)
    assert all(1100 <= len(n.text) <= 4500 for n in notes)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_kind_used(seed):
    counts = collections.Counter(m.document_kind(seed, i) for i in range(N))
    assert set(counts) == set(m.DOCUMENT_KINDS)
    assert min(counts.values()) >= 15


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_rate_and_heavy_notes(seed):
    items = corpus(seed)
    planted = sum(1 for n, _, _ in items if n.spans)
    assert 0.57 <= planted / N <= 0.59
    heavy = [n for n, _, kind in items if kind == "heavy"]
    assert len(heavy) == N // 20
    for n in heavy:
        assert not n.spans
        assert n.text.count("___") >= 25
    for n, _, _ in items:
        assert len(n.spans) <= 4
        if n.spans:
            assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = collections.Counter(c for n, _, _ in all_notes() for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) <= set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- span integrity


def test_span_integrity():
    for n, _, _ in all_notes():
        prev_end = 0
        for s, e, c in n.spans:
            assert c in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "overlapping or unsorted spans"
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v
            assert not CUE.search(v), (c, v)
            assert not v.startswith(("Dr.", "Dr ")) and not re.search(r",? (?:MD|RN|NP|PA-C)$", v), (c, v)
            assert re.fullmatch(SHAPES[c], v), (c, v)


def test_span_values_category_specifics():
    for n, _, _ in all_notes():
        for s, e, c in n.spans:
            v = n.text[s:e]
            if c == "IP_ADDRESS":
                assert not v.startswith(("192.168.", "10.")), v
                if "." in v:
                    assert all(0 <= int(x) <= 255 for x in v.split("."))
            if c in ("PHONE", "FAX"):
                digits = re.sub(r"\D", "", v)
                digits = digits[1:] if len(digits) == 11 else digits
                assert digits[:3] not in ("800", "888", "877", "866", "855", "844", "833"), v
            if c == "AGE_OVER_89":
                assert int(v) >= 90
            if c == "DATE_REAL_YEAR":
                year = int(re.findall(r"(?:19|20)\d\d", v)[-1])
                assert 1900 <= year <= 2030


def test_value_diversity():
    values: dict[str, list[str]] = collections.defaultdict(list)
    for n, _, _ in all_notes():
        for s, e, c in n.spans:
            values[c].append(n.text[s:e])
    floors = {"AGE_OVER_89": 12, "ORGANIZATION": 35, "LOCATION": 45}
    for c, vs in values.items():
        distinct = len(set(vs))
        assert distinct >= floors.get(c, int(0.8 * len(vs))), (c, distinct, len(vs))


# ---------------------------------------------------------------------------------------------- negatives


def _overlaps(spans, s, e):
    return any(s < se and e > ss for ss, se, _ in spans)


def test_real_year_dates_only_where_labelled():
    for n, _, _ in all_notes():
        for pat in DATE_PATTERNS:
            for mt in pat.finditer(n.text):
                year = int(mt.group(1))
                if not 1900 <= year <= 2030:
                    continue
                inside = any(s <= mt.start() and mt.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in n.spans)
                expiry = EXPIRY_CUE.search(n.text[max(0, mt.start() - 12):mt.start()])
                assert inside or expiry, n.text[max(0, mt.start() - 40):mt.end() + 10]


def test_every_age_over_89_labelled():
    for n, _, _ in all_notes():
        for pat in AGE_PATTERNS:
            for mt in pat.finditer(n.text):
                if int(mt.group(1)) >= 90:
                    assert (mt.start(1), mt.end(1), "AGE_OVER_89") in n.spans, n.text[mt.start() - 30:mt.end() + 10]


def test_lookalikes_present_and_never_overlapping_spans():
    for n, looks, _ in all_notes():
        for la in looks:
            assert la in n.text, la
            for mt in re.finditer(r"(?<![\w.])" + re.escape(la) + r"(?![\w])", n.text):
                assert not _overlaps(n.spans, mt.start(), mt.end()), (la, n.text[mt.start() - 20:mt.end() + 20])


def test_eponyms_and_brands_used():
    used = collections.Counter(la for n, looks, _ in corpus(1) for la in looks)
    unused = [x for x in m.EPONYMS_AND_BRANDS if used[x] == 0]
    assert not unused, unused
    assert sum(1 for x in m.EPONYMS_AND_BRANDS if used[x]) >= 60


def test_every_note_is_masked_mimic_style():
    for n, _, _ in all_notes():
        assert "___" in n.text


def test_states_and_private_addresses_unlabelled():
    private = re.compile(r"(?<![\d.])(?:192\.168\.\d{1,3}\.\d{1,3}|10\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
    for n, _, _ in all_notes():
        for s, e, _c in n.spans:
            assert n.text[s:e] not in ("NY", "New York", "Vermont", "Pennsylvania")
        for mt in private.finditer(n.text):
            assert not _overlaps(n.spans, mt.start(), mt.end()), mt.group(0)
