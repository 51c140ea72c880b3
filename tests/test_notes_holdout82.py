"""Label tests for held-out corpus 82 (refugee resettlement and immigration medical exams).

The detector is never run here: these tests check the ground truth only.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout82 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# exact per-category totals over seeds 1-3 x 600 notes
EXPECTED_TOTALS = {
    "PHONE": 132, "FAX": 127, "PAGER": 129, "EMAIL": 127, "URL": 135, "IP_ADDRESS": 130, "SSN": 128, "MRN": 132,
    "ACCOUNT": 130, "HEALTH_PLAN": 121, "LICENSE": 135, "ZIP": 127, "STREET_ADDRESS": 128, "DATE_REAL_YEAR": 130,
    "AGE_OVER_89": 132, "DEVICE_ID": 125, "VEHICLE_ID": 125, "PERSON": 131, "LOCATION": 130, "ORGANIZATION": 129,
}


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, b in enumerate(built(seed)):
            yield seed, i, b


_NAME = r"[^\W\d_][\w'.-]*"
_PHONE = r"\+?[\d().\s/-]{7,22}(?:\s?(?:x|ext\.)\s?\d{1,5})?"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\+?[\d()./\s-]{4,18}",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]{0,3}-?[\d-]{5,12}",
    "ACCOUNT": r"[A-Z]{0,4}\d*-?[\d-]{4,14}",
    "HEALTH_PLAN": r"[A-Z]{0,3}-?\d{5,10}[A-Z]?(?:-\d{2})?",
    "LICENSE": r"[A-Z]{0,2}-?[\d -]{5,16}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+(?:-\d+)? [\w .#,]+",
    "DATE_REAL_YEAR": r"[\w ,./-]{8,20}",
    "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"[A-Z0-9-]{6,16}",
    "VEHICLE_ID": r"[A-Z0-9 -]{6,17}",
    "PERSON": rf"{_NAME}(?:,? {_NAME})*",
    "LOCATION": rf"{_NAME}(?:[ -]{_NAME})*",
    "ORGANIZATION": r"[A-Z][\w&'.\- ]+",
}
CUES = ("dr.", "dr ", "mrn", "pager", "pgr", "fax", "sn", "s/n", "plate", "acct", "md", "rn", "npi", "tel",
        "phone", "unit no", "ssn", "dob", "lic", "#", ":")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
DATE_RES = (
    re.compile(r"(?<![\w.])\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?!\d)"),
    re.compile(r"(?<![\w-])(\d{4})[/-]\d{1,2}[/-]\d{1,2}(?!\d)"),
    re.compile(rf"\b\d{{1,2}}[ -]?{_MON}\.?[ -]?(\d{{4}})\b", re.I),
    re.compile(rf"\b{_MON}\.? \d{{1,2}},? (\d{{4}})\b", re.I),
)
EXPIRY_CUE = re.compile(r"(?:exp|expir|use by)[^\n]{0,6}$", re.I)
AGE_RES = (
    re.compile(r"\b(\d{2,3})\s?(?:-?\s?(?:year|yr)s?[- ]old|y/o|yo\b|y\.o\.|-year)", re.I),
    re.compile(r"\b(?:age|aged)[:\s]*(\d{2,3})\b", re.I),
)


def test_determinism_and_prefix_stability():
    a = h.holdout82_corpus(5, 40)
    b = h.holdout82_corpus(5, 90)
    assert [(n.text, n.spans, n.note_type) for n in a] == [(n.text, n.spans, n.note_type) for n in b[:40]]
    assert h._build(2, 17) == h._build(2, 17)
    assert h.holdout82_note(1, 3).text == built(1)[3][0].text


def test_identical_across_processes_and_hash_seeds():
    code = ("from lqs_clinical.synth import notes_holdout82 as h; import hashlib;"
            "print(hashlib.sha256(repr([(n.text, n.spans) for n in h.holdout82_corpus(3, 60)]).encode()).hexdigest())")
    outs = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout.strip())
    assert len(outs) == 1


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes)
        assert 0.42 <= rad / N <= 0.48
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"radiology", "discharge"}
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        bs = built(seed)
        planted = sum(1 for n, _, _ in bs if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in bs if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in bs:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(cat for _, _, (n, _, _) in _all() for _, _, cat in n.spans)
    assert dict(totals) == {c: v for c, v in EXPECTED_TOTALS.items() if v}
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed, i, (n, _, _) in _all():
        prev_end = -1
        for s, e, cat in sorted(n.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            low = v.lower()
            assert not any(re.match(re.escape(c) + r"(?![a-z])", low) for c in CUES), (cat, v)
            assert not re.search(r",? (MD|RN|NP|LMSW)$", v), v
            assert re.fullmatch(SHAPES[cat], v), (cat, v)
            if cat == "PHONE":
                digits = re.sub(r"\D", "", v.split("x")[0].split("ext")[0])
                area = digits[1:4] if digits.startswith("1") and len(digits) == 11 else digits[:3]
                assert area not in ("800", "888", "877", "866", "855", "844", "833"), v
            if cat == "DATE_REAL_YEAR":
                years = [int(m.group(1)) for rx in DATE_RES for m in rx.finditer(v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
            if cat == "AGE_OVER_89":
                assert int(v) >= 90


def test_value_diversity():
    values: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    counts = Counter()
    for _, _, (n, _, _) in _all():
        for s, e, cat in n.spans:
            values[cat].add(n.text[s:e])
            counts[cat] += 1
    for cat in CATEGORIES:
        floor = 12 if cat == "AGE_OVER_89" else min(40, counts[cat] // 3)
        assert len(values[cat]) >= floor, (cat, len(values[cat]), counts[cat])


def test_real_year_dates_only_where_labelled():
    for seed, i, (n, _, _) in _all():
        labelled = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
        for rx in DATE_RES:
            for m in rx.finditer(n.text):
                y = int(m.group(1))
                if not 1900 <= y <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in labelled)
                expiry = EXPIRY_CUE.search(n.text[max(0, m.start() - 12):m.start()])
                assert inside or expiry, (seed, i, m.group(0))


def test_every_age_over_89_labelled():
    for seed, i, (n, _, _) in _all():
        ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
        for rx in AGE_RES:
            for m in rx.finditer(n.text):
                if int(m.group(1)) >= 90:
                    assert any(s <= m.start(1) and m.end(1) <= e for s, e in ages), (seed, i, m.group(0))


def test_lookalikes_present_and_never_overlapping():
    used = set()
    for seed, i, (n, las, _) in _all():
        assert las, (seed, i)
        for s in las:
            assert s in n.text
            used.add(s)
            for m in re.finditer(re.escape(s), n.text):
                assert not any(a < m.end() and m.start() < b for a, b, _ in n.spans), (seed, i, s)
    brands = set(h.EPONYMS_AND_BRANDS)
    assert len(brands) >= 60
    assert len(brands & used) >= 60


def test_public_lines_and_forms_unlabelled():
    for _, _, (n, _, _) in _all():
        for s, e, _ in n.spans:
            v = n.text[s:e]
            assert not re.search(r"\b(I-693|DS-30\d\d|DS-2054|CVX|Class [AB]\d?)\b", v)


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 82:")
    assert "Written blind:" in h.__doc__
    for name in ("holdout82_note", "holdout82_corpus", "document_kind", "main", "_build"):
        assert callable(getattr(h, name))
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    note, las, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(las, list) and kind in ("heavy", "normal")


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_sorted_categories_known(seed):
    for n, _, _ in built(seed):
        assert all(c in CATEGORIES for _, _, c in n.spans)
