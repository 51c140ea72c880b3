"""Label tests for held-out corpus 87 (medical cannabis, dispensaries, psychedelic-assisted therapy).

The detector is never run here: these tests check the ground truth only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout87 as m
from lqs_clinical.synth.notes import CATEGORIES

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 121, "AGE_OVER_89": 122, "DATE_REAL_YEAR": 118, "DEVICE_ID": 146, "EMAIL": 129, "FAX": 105,
    "HEALTH_PLAN": 106, "IP_ADDRESS": 143, "LICENSE": 144, "LOCATION": 133, "MRN": 144, "ORGANIZATION": 143,
    "PAGER": 125, "PERSON": 139, "PHONE": 140, "SSN": 129, "STREET_ADDRESS": 155, "URL": 135, "VEHICLE_ID": 102,
    "ZIP": 123,
}


@cache
def _built(seed: int) -> tuple:
    return tuple(m._build(seed, i) for i in range(N))


def _digest(notes) -> str:
    h = hashlib.sha256()
    for n in notes:
        h.update(repr((n.note_type, n.text, n.spans)).encode())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_same_note():
    for seed in SEEDS:
        for i in (0, 7, 11, 123, 599):
            a, b = m._build(seed, i), m._build(seed, i)
            assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
            assert m.holdout87_note(seed, i) == a[0]


def test_different_seeds_differ():
    assert _digest(m.holdout87_corpus(1, 30)) != _digest(m.holdout87_corpus(2, 30))


def test_prefix_stable():
    for seed in SEEDS:
        assert m.holdout87_corpus(seed, 40) == m.holdout87_corpus(seed, 90)[:40]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_identical_across_processes(hashseed):
    code = ("from lqs_clinical.synth.notes_holdout87 import holdout87_corpus\n"
            "import hashlib\n"
            "h = hashlib.sha256()\n"
            "for n in holdout87_corpus(2, 60):\n"
            "    h.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(h.hexdigest())\n")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(m.holdout87_corpus(2, 60))


# ---------------------------------------------------------------------------------------------- shape of the corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        frac = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= frac <= 0.48
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used_and_consistent():
    for seed in SEEDS:
        counts = Counter(m.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, (note, _, _) in enumerate(_built(seed)):
            assert m._KINDS[m.document_kind(seed, i)][0] == note.note_type


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        assert {k for _, _, k in built} == {"heavy", "normal"}


def test_spans_per_planted_note():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            assert len(n.spans) <= 4
            assert n.text.count("___") >= 1


def test_exact_category_totals():
    totals = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            totals.update(c for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- span integrity

_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = [
    re.compile(rf"\b\d{{1,2}}/\d{{1,2}}/{_Y}\b"),
    re.compile(rf"\b\d{{1,2}}-\d{{1,2}}-{_Y}\b"),
    re.compile(rf"\b{_Y}-\d{{2}}-\d{{2}}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? {_Y}\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -]{_Y}\b", re.I),
]
_PHONE_RE = re.compile(r"^(?:\+?1[ -])?\(?\d{3}\)?[ ./-]?\d{3}[ .-]\d{4}$")
_SHAPES = {
    "PAGER": re.compile(r"^[\d()\- ]{4,14}$"),
    "EMAIL": re.compile(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)\S+$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9][A-Z0-9\-]{5,12}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9\- /]{4,20}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9\- ]{6,18}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9\-]{4,15}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^(\d{1,5} [A-Za-z0-9 .,']+|PO Box \d+)$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9\-]{6,16}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 \-]{4,16}$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.\-]+(,? [A-Z][A-Za-z'.\-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z.' ]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9.'&\- ]+$"),
}
_MIN_DIGITS = {"MRN": 6, "ACCOUNT": 5, "HEALTH_PLAN": 4, "LICENSE": 5, "DEVICE_ID": 4, "PAGER": 4}
_CUE = re.compile(r"(?i)^(dr|mrn|mr#|fax|f|pager|pgr|sn|s/n|plate|tag|vin|acct|tel|ph|phone|npi|dea|lic|license|"
                  r"serial|member|policy|case|order|zip|age|dob|email|e|ip|ssn|unit no|rn|md)\b[.:#]?\s")
_CRED = re.compile(r"(,| )\s*(MD|RN|DO|PA-C|NP)$")


def _shape_ok(cat: str, v: str) -> bool:
    if cat in ("PHONE", "FAX"):
        if not _PHONE_RE.match(v):
            return False
        digits = re.sub(r"\D", "", v)
        area = digits[-10:-7]
        return cat == "FAX" or area not in _TOLL_FREE
    if cat == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return True
    if cat == "DATE_REAL_YEAR":
        return any(r.fullmatch(v) for r in _DATE_RES)
    if cat == "AGE_OVER_89":
        return bool(_SHAPES[cat].match(v)) and int(v) >= 90
    if not _SHAPES[cat].match(v):
        return False
    return sum(ch.isdigit() for ch in v) >= _MIN_DIGITS.get(cat, 0)


def test_span_integrity():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            prev_end = -1
            for s, e, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= prev_end, "overlapping spans"
                prev_end = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v, repr(v)
                assert not _CUE.match(v + " "), v
                assert not _CRED.search(v), v
                assert _shape_ok(cat, v), (cat, v)


def test_toll_free_only_as_practice_fax():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, cat in n.spans:
                digits = re.sub(r"\D", "", n.text[s:e])
                if cat in ("PHONE", "PAGER") and len(digits) >= 10:
                    assert digits[-10:-7] not in _TOLL_FREE


def test_value_diversity_and_contexts():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    contexts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, cat in n.spans:
                values[cat].append(n.text[s:e])
                contexts[cat].add(re.sub(r"[\d_]", "#", n.text[max(0, s - 14):s]))
    for cat in CATEGORIES:
        distinct = len(set(values[cat]))
        if cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 30, (cat, distinct)
        else:
            assert distinct >= 0.85 * len(values[cat]), (cat, distinct, len(values[cat]))
        assert len(contexts[cat]) >= 5, (cat, contexts[cat])


def test_value_formats_vary():
    seps = {c: set() for c in ("PHONE", "DATE_REAL_YEAR", "STREET_ADDRESS", "PERSON", "ACCOUNT")}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, cat in n.spans:
                if cat in seps:
                    seps[cat].add(re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", n.text[s:e])))
    for cat, shapes in seps.items():
        assert len(shapes) >= 5, (cat, shapes)


# ------------------------------------------------------------------------------------- dates, ages, look-alikes

_EXPIRY_CUE = re.compile(r"(?i)(exp\.?|expires|expiration|best by)\s*$")


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            labelled = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
            for rx in _DATE_RES:
                for mt in rx.finditer(n.text):
                    inside = any(s <= mt.start() and mt.end() <= e for s, e in labelled)
                    expiry = bool(_EXPIRY_CUE.search(n.text[max(0, mt.start() - 14):mt.start()]))
                    assert inside or expiry, n.text[max(0, mt.start() - 40):mt.end() + 10]


def test_unlabelled_dates_are_shifted():
    shifted = re.compile(r"\b(2[12]\d\d)-\d{2}-\d{2}\b|\b\d{2}/\d{2}/(2[12]\d\d)\b")
    seen = 0
    for n, _, _ in _built(1):
        for mt in shifted.finditer(n.text):
            year = int(mt.group(1) or mt.group(2))
            assert 2100 <= year <= 2200
            seen += 1
    assert seen > 50


_AGE_RES = [
    re.compile(r"(?i)\b(\d{2,3})\s?-?\s?(?:years?|yrs?|y/o|yo)\b"),
    re.compile(r"(?i)\b(\d{2,3}) y\b"),
    re.compile(r"(?i)\b(?:age|aged)[: ]+(\d{2,3})\b"),
]


def test_every_age_over_89_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
            for rx in _AGE_RES:
                for mt in rx.finditer(n.text):
                    if int(mt.group(1)) >= 90:
                        assert (mt.start(1), mt.end(1)) in ages, n.text[mt.start() - 20:mt.end() + 10]


def test_lookalikes_present_and_never_inside_spans():
    for seed in SEEDS:
        for n, lookalikes, _ in _built(seed):
            for la in lookalikes:
                assert la in n.text
                start = n.text.find(la)
                while start >= 0:
                    end = start + len(la)
                    assert not any(start < e and end > s for s, e, _ in n.spans), (la, n.spans)
                    start = n.text.find(la, start + 1)


def test_eponyms_and_brands_used():
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    used = set()
    for _, lookalikes, _ in _built(1):
        used.update(lookalikes)
    missing = [x for x in m.EPONYMS_AND_BRANDS if x not in used]
    assert not missing
    per_note = [len(la) for _, la, _ in _built(1)]
    assert sum(per_note) / len(per_note) >= 4


# ---------------------------------------------------------------------------------------------- module contract

def test_module_contract():
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 87:")
    assert "Written blind:" in doc
    assert len(m.DOCUMENT_KINDS) >= 12
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    for kind, (note_type, builder) in m._KINDS.items():
        assert note_type in ("discharge", "radiology") and callable(builder), kind
    assert callable(m.main) and callable(m.holdout87_corpus) and callable(m.holdout87_note)
    assert callable(m.document_kind)
    note, lookalikes, kind = m._build(1, 0)
    assert isinstance(lookalikes, list) and kind in ("heavy", "normal")
    assert len(m.holdout87_corpus(3, 5)) == 5
