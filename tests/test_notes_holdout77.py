"""Label tests for held-out corpus 77 (patient transportation); the detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout77 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

EXPECTED_TOTALS = {
    "ACCOUNT": 269, "AGE_OVER_89": 54, "DATE_REAL_YEAR": 138, "DEVICE_ID": 58, "EMAIL": 55, "FAX": 62,
    "HEALTH_PLAN": 76, "IP_ADDRESS": 38, "LICENSE": 134, "LOCATION": 112, "MRN": 84, "ORGANIZATION": 222,
    "PAGER": 31, "PERSON": 236, "PHONE": 143, "SSN": 46, "STREET_ADDRESS": 93, "URL": 39, "VEHICLE_ID": 171,
    "ZIP": 62,
}

_TOLLFREE = ("800", "888", "877", "866", "855", "844", "833")
_PHONE = re.compile(r"^(?:\+1 |1-)?(?:\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}$")
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": re.compile(r"^\d{1,2}-?\d{3,4}$|^\d{4,5}$"),
    "EMAIL": re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
    "URL": re.compile(r"^(?:https?://(?:www\.)?|www\.)[a-z0-9-]+\.com/\S+$"),
    "IP_ADDRESS": re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){3}::[0-9a-f]{1,4})$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^M?\d{7,9}$|^\d{3}-\d{5}$"),
    "ACCOUNT": re.compile(r"^(?=(?:.*\d){4})[A-Z0-9][A-Z0-9-]{4,20}$"),
    "HEALTH_PLAN": re.compile(r"^(?=(?:.*\d){4})[A-Z0-9][A-Z0-9-]{7,16}$"),
    "LICENSE": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9][A-Z0-9 -]{5,13}$"),
    "ZIP": re.compile(r"^1[23]\d{3}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,4} [A-Z][A-Za-z0-9 .]+?(?: Apt \d[A-F]|, Unit \d{1,2})?$"),
    "DATE_REAL_YEAR": re.compile(r"(?:19[0-9]{2}|20[0-2][0-9]|2030)"),
    "AGE_OVER_89": re.compile(r"^(?:9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^(?=(?:.*\d){6})[A-Z0-9][A-Z0-9-]{6,12}$"),
    "VEHICLE_ID": re.compile(r"^[A-HJ-NPR-Z0-9]{17}$|^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{2,4}[- ]?[A-Z0-9]{3,5}$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*){0,2}$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z0-9 .&]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9 .&'-]+[A-Za-z.]$"),
}
CUES = re.compile(r"(?i)^(?:dr\.?|mrn|fax|pager|pgr|sn|s/n|plate|acct|tel|phone|npi|vin|dl|cin|mbi|ssn|"
                  r"trip|ride|conf|lic|#|:)\b|(?:\b(?:md|rn|do|lmsw|pt)$)")
MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATES = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{MON} \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}[- ]{MON}[- ](\d{{4}})\b"),
)
AGES = (
    re.compile(r"\b(\d{2,3})(?:-| )?(?:year|yr|yo\b|y/o|y\.o\.)"),
    re.compile(r"\b(?:[Aa]ge|[Aa]ged)[: ]+(\d{2,3})\b"),
)
EXPIRY = re.compile(r"(?i)(?:exp\.?|expires|use by)\s*$")


@cache
def built(seed: int) -> tuple:
    return tuple(h._build(seed, i) for i in range(N))


def all_notes():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(built(seed)):
            yield seed, i, note, looks, kind


def _digest(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(repr((n.note_type, n.text, n.spans)).encode())
    return m.hexdigest()


def test_determinism_same_process():
    for seed, i in ((1, 0), (2, 17), (3, 599), (9, 4)):
        a, b = h._build(seed, i), h._build(seed, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_determinism_across_processes(hashseed):
    code = ("import hashlib;from lqs_clinical.synth import notes_holdout77 as h;m=hashlib.sha256()\n"
            "for n in h.holdout77_corpus(2, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(m.hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == _digest(h.holdout77_corpus(2, 60))


def test_prefix_stability():
    for seed in SEEDS:
        assert h.holdout77_corpus(seed, 40) == h.holdout77_corpus(seed, 90)[:40]


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        b = built(seed)
        planted = sum(bool(n.spans) for n, _, _ in b)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in b if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in b:
            assert k in ("heavy", "normal")
            assert len(n.spans) == 0 or 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for _, _, n, _, _ in all_notes() for _, _, c in n.spans)
    assert dict(sorted(totals.items())) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed, i, note, _, _ in all_notes():
        prev_end = -1
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v and "___" not in v
            assert not CUES.search(v), (cat, v)
            assert SHAPES[cat].search(v), (cat, v)
            if cat in ("PHONE", "FAX"):
                assert re.sub(r"\D", "", v)[-10:][:3] not in _TOLLFREE
            if cat == "DATE_REAL_YEAR":
                assert any(d.fullmatch(v) or d.search(v) for d in DATES) or re.search(r"[A-Z][a-z]{2} \d", v), v
            if s > 0:
                assert not note.text[s - 1].isalnum(), (cat, v)
            if e < len(note.text):
                assert not note.text[e].isalnum(), (cat, v)


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for _, _, note, _, _ in all_notes():
        for s, e, cat in note.spans:
            vals.setdefault(cat, []).append(note.text[s:e])
    minimum = {"ORGANIZATION": 40, "LOCATION": 35, "AGE_OVER_89": 12, "PERSON": 150}
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat in minimum:
            assert distinct >= minimum[cat], (cat, distinct)
        else:
            assert distinct >= 0.9 * len(vs), (cat, distinct, len(vs))


def test_real_year_dates_only_where_labelled():
    for seed, i, note, _, _ in all_notes():
        labelled = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in DATES:
            for m in rx.finditer(note.text):
                year = int(m.group(1))
                if not 1900 <= year <= 2030:
                    assert 2100 <= year <= 2200, m.group(0)
                    continue
                if EXPIRY.search(note.text[max(0, m.start() - 12):m.start()]):
                    continue
                assert any(s <= m.start() and m.end() <= e for s, e in labelled), (seed, i, m.group(0))


def test_ages_over_89_labelled():
    for seed, i, note, _, _ in all_notes():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        for rx in AGES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, (seed, i, m.group(0))


def test_lookalikes_never_overlap_spans():
    used = set()
    for _, _, note, looks, _ in all_notes():
        for w in looks:
            assert w in note.text
            for m in re.finditer(re.escape(w), note.text):
                assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans), w
        used.update(w for w in looks if w in h.EPONYMS_AND_BRANDS)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(used) >= 60
    assert used == set(h.EPONYMS_AND_BRANDS)


def test_policy_choices():
    texts = "".join(n.text for _, _, n, _, _ in all_notes())
    assert "Paratransit Rider ID: ___" in texts and "Rider ID: ___" in texts
    for _, _, note, _, _ in all_notes():
        for s, e, _cat in note.spans:
            v = note.text[s:e]
            assert v not in ("Uber Health", "Lyft Healthcare", "Medicaid", "New York")
        for m in re.finditer(r"\b1-(?:800|888|877|866|855|844|833)-\d{3}-\d{4}\b", note.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans)


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 77: ")
    assert "Written blind:" in doc
    for kind in h.DOCUMENT_KINDS:
        assert kind in doc
    assert callable(h.main) and callable(h.holdout77_note) and callable(h.document_kind)
    assert h.holdout77_note(1, 5) == h._build(1, 5)[0]
    assert h.holdout77_corpus(3, 5) == [h._build(3, i)[0] for i in range(5)]
    assert all(isinstance(n, LabelledNote) for n in h.holdout77_corpus(1, 3))
