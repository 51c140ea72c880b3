"""Label tests for held-out corpus 63 (disaster medicine / mass-casualty incidents).

Only the labelled ground truth is tested here; the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout63 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 84, "FAX": 77, "PAGER": 80, "EMAIL": 88, "URL": 72, "IP_ADDRESS": 77, "SSN": 85, "MRN": 88,
    "ACCOUNT": 161, "HEALTH_PLAN": 81, "LICENSE": 84, "ZIP": 90, "STREET_ADDRESS": 74, "DATE_REAL_YEAR": 169,
    "AGE_OVER_89": 83, "DEVICE_ID": 85, "VEHICLE_ID": 77, "PERSON": 242, "LOCATION": 168, "ORGANIZATION": 161,
}

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}}, (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}} {_MON} (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}-{_MON}-(\d{{4}})\b"),
)
_EXPIRY_CUE = re.compile(r"(exp|use by|expir)", re.IGNORECASE)
_AGE_PATTERNS = (
    re.compile(r"\b(\d{2,3})[- ]?(?:year|yr)s?[- ]old\b"),
    re.compile(r"\b(\d{2,3}) ?(?:y/o|yo|y\.o\.)"),
    re.compile(r"\b[Aa]ged?:?\s*(\d{2,3})\b"),
    re.compile(r"\bapprox\. (\d{2,3}) years\b"),
)

_SHAPES = {
    "PHONE": re.compile(r"^(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}$"),
    "FAX": re.compile(r"^(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}$"),
    "PAGER": re.compile(r"^\d{1,3}-?\d{3,4}$|^\d{4,5}$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/[\w./-]*)?$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,2}-?\d[\d-]{5,9}$"),
    "ACCOUNT": re.compile(r"^[A-Z]{0,4}-?\d[\d-]{4,12}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9-]{7,13}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 -]{5,11}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Za-z0-9 .,]+$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,11}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]{4,16}$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z.'\- ,\n]*[A-Za-z]$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z0-9 .&'-]*[A-Za-z0-9]$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9 .&'#\-\n]*[A-Za-z0-9]$"),
}
_CUES = re.compile(r"\b(?:Dr\.|MRN|Fax|FAX|pager|pgr|SN|S/N|plate|Acct|Tel|DOB|NPI|DEA|SSN|VIN|Member|Accession|"
                   r"ZIP|Lic|MD|RN|LCSW|MSW|NP|PGY)\b")


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(m._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, b in enumerate(_built(seed)):
            yield seed, i, b


def _fingerprint(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in m.holdout63_corpus(seed, n):
        h.update(repr((note.note_type, note.text, note.spans)).encode())
    return h.hexdigest()


def test_deterministic_in_process():
    assert m._build(2, 17)[0] == m._build(2, 17)[0]
    assert m._build(2, 17)[1] == m._build(2, 17)[1]
    assert m.holdout63_note(3, 5) == m._build(3, 5)[0]
    assert m._build(1, 5)[0].text != m._build(2, 5)[0].text


def test_prefix_stable():
    assert m.holdout63_corpus(1, 40) == m.holdout63_corpus(1, 90)[:40]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_deterministic_across_processes(hashseed):
    code = ("import hashlib\nfrom lqs_clinical.synth import notes_holdout63 as m\nh = hashlib.sha256()\n"
            "for note in m.holdout63_corpus(2, 60):\n"
            "    h.update(repr((note.note_type, note.text, note.spans)).encode())\n"
            "print(h.hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _fingerprint(2, 60)


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_kinds():
    assert len(m.DOCUMENT_KINDS) >= 12
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {v[0] for v in m._KINDS.values()} == {"radiology", "discharge"}
    for seed in SEEDS:
        counts = Counter(m.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == m._KINDS[m.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 * N <= planted <= 0.59 * N
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        assert {k for _, _, k in built} == {"heavy", "normal"}


def test_spans_per_note():
    for _, _, (note, _, _) in _all():
        assert len(note.spans) == 0 or 1 <= len(note.spans) <= 4


def test_category_totals():
    totals = Counter(cat for _, _, (note, _, _) in _all() for _, _, cat in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity():
    for seed, i, (note, _, _) in _all():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip(), (seed, i, v)
            assert not _CUES.search(v), (seed, i, cat, v)
            if cat == "IP_ADDRESS":
                ipaddress.IPv4Address(v)
            elif cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"\d{4}", v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
            elif cat == "AGE_OVER_89":
                assert v.isdigit() and int(v) >= 90
            else:
                assert _SHAPES[cat].match(v), (cat, v)
                if cat in ("PHONE", "FAX", "MRN", "ACCOUNT", "LICENSE", "DEVICE_ID", "HEALTH_PLAN"):
                    assert sum(c.isdigit() for c in v) >= 4, (cat, v)


def test_value_diversity():
    values = defaultdict(list)
    for _, _, (note, _, _) in _all():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])
    for cat, vs in values.items():
        floor = 12 if cat == "AGE_OVER_89" else min(40, len(vs) // 3)
        assert len(set(vs)) >= floor, cat
    phones = [v for v in values["PHONE"]]
    assert len({re.sub(r"\d", "9", v) for v in phones}) >= 5  # several formats
    dates = values["DATE_REAL_YEAR"]
    assert len({re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "M", v)) for v in dates}) >= 5


def test_real_year_dates_only_where_labelled():
    for seed, i, (note, _, _) in _all():
        date_spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for pat in _DATE_PATTERNS:
            for mt in pat.finditer(note.text):
                year = int(mt.group(1))
                if not 1900 <= year <= 2030:
                    continue
                inside = any(s <= mt.start() and mt.end() <= e for s, e in date_spans)
                expiry = bool(_EXPIRY_CUE.search(note.text[max(0, mt.start() - 25):mt.start()]))
                assert inside or expiry, (seed, i, mt.group(0))


def test_every_age_over_89_labelled():
    n_old = 0
    for seed, i, (note, _, _) in _all():
        ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        for pat in _AGE_PATTERNS:
            for mt in pat.finditer(note.text):
                if int(mt.group(1)) >= 90:
                    n_old += 1
                    assert (mt.start(1), mt.end(1)) in ages, (seed, i, mt.group(0))
    assert n_old >= 60


def test_lookalikes_never_overlap_spans():
    n_looks = 0
    for seed, i, (note, looks, _) in _all():
        for x in looks:
            assert x in note.text, (seed, i, x)
            start = note.text.find(x)
            while start != -1:
                end = start + len(x)
                assert not any(s < end and start < e for s, e, _ in note.spans), (seed, i, x)
                start = note.text.find(x, start + 1)
            n_looks += 1
    assert n_looks > 10 * N


def test_module_contract():
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 63: ")
    assert "Written blind:" in doc
    assert "DATE_REAL_YEAR" in doc and "ACCOUNT" in doc
    assert callable(m.main) and callable(m.holdout63_note) and callable(m.holdout63_corpus)
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    used = {x for _, _, (note, _, _) in _all() for x in m.EPONYMS_AND_BRANDS if x in note.text}
    assert len(used) >= 60
    for _, _, (_, looks, _) in _all():
        assert isinstance(looks, list)
    for kind, (note_type, builder) in m._KINDS.items():
        assert note_type in ("discharge", "radiology") and callable(builder), kind
    assert len(m.holdout63_corpus(1, 7)) == 7
