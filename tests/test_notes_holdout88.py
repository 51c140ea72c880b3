"""Label tests for held-out corpus 88 (assisted reproduction, donation, surrogacy, adoption).

Only the ground truth is tested here; the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout88 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 137, "FAX": 134, "PAGER": 133, "EMAIL": 127, "URL": 128, "IP_ADDRESS": 126, "SSN": 137, "MRN": 141,
    "ACCOUNT": 133, "HEALTH_PLAN": 130, "LICENSE": 130, "ZIP": 127, "STREET_ADDRESS": 130, "DATE_REAL_YEAR": 129,
    "AGE_OVER_89": 136, "DEVICE_ID": 136, "VEHICLE_ID": 126, "PERSON": 120, "LOCATION": 124, "ORGANIZATION": 127,
}

_TOLLFREE = {"800", "888", "877", "866", "855", "844", "833"}
_PHONE_RE = re.compile(r"^(?:\+?1[ -]?)?\(?(\d{3})\)?[ .-]?\d{3}[ .-]?\d{4}$")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = (
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{4})\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b", re.I),
)
_EXPIRY_CUE = re.compile(r"(?:exp|expiry|expires|use by)\W{0,3}$", re.I)
_AGE_RES = (
    re.compile(r"\b(\d{2,3})\s*-?\s*(?:years?|yrs?)\b", re.I),
    re.compile(r"\b(\d{2,3})\s*(?:y/o|yo|y\.o\.)(?!\w)", re.I),
    re.compile(r"\bage[sd]?\s*:?\s*(\d{2,3})\b", re.I),
)
_SHAPES = {
    "PHONE": _PHONE_RE,
    "FAX": _PHONE_RE,
    "PAGER": re.compile(r"^[\d() .+-]{4,17}$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    "URL": re.compile(r"^(?:https?://|www\.)\S+$"),
    "IP_ADDRESS": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9-]{6,12}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9 ./-]{3,24}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9 -]{5,18}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 .-]{4,20}$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,5} [A-Z][\w.' ,]+$"),
    "DATE_REAL_YEAR": re.compile(r"^[\w ,./-]{8,20}$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9-]{5,16}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9 -]{5,17}$"),
    "PERSON": re.compile(r"^[^\W\d_][^\W\d_'.,\- ]*(?:[ '.,\-]+[^\W\d_]+)*\.?$"),
    "LOCATION": re.compile(r"^[^\W\d_][\w'.\- ]*[^\W\d_]$"),
    "ORGANIZATION": re.compile(r"^[A-Z][\w'&.,#\- ]+$"),
}
_MIN_DIGITS = {"PAGER": 4, "MRN": 5, "ACCOUNT": 4, "HEALTH_PLAN": 5, "LICENSE": 5, "DEVICE_ID": 4}
_CUE_START = re.compile(r"^(?:Dr\b|MRN|Fax|SN\b|s/n|plate|Acct|pager|pgr|tel\b|phone|NPI|DEA|lic|#|:|No\.)", re.I)
_CUE_END = re.compile(r"(?:\b(?:MD|RN|LCSW|Esq|DO|PhD)\.?|:)$")
_CUE_INSIDE = re.compile(r"\b(?:MRN|Fax|pager|Acct|NPI|DEA|SSN|plate|Phone|ZIP|serial)\b", re.I)


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [m._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# --- determinism ---------------------------------------------------------------------------------


def test_deterministic_same_process():
    for s, i in ((1, 0), (2, 17), (3, 311), (7, 5)):
        a, b = m._build(s, i), m._build(s, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]


def test_prefix_stable():
    assert m.holdout88_corpus(4, 40) == m.holdout88_corpus(4, 90)[:40]
    assert m.holdout88_corpus(1, 25) == m.holdout88_corpus(1, 60)[:25]


def test_deterministic_across_processes_and_hash_seeds():
    here = _digest(m.holdout88_corpus(2, 80))
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout88 as m; "
            "ns = m.holdout88_corpus(2, 80); "
            "p = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode()).hexdigest())")
    for hs in ("0", "1", "987654"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


# --- shape of the corpus --------------------------------------------------------------------------


def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        rad = sum(1 for n in notes if n.note_type == "radiology") / N
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used(built):
    assert len(m.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    assert tuple(m._KINDS) == m.DOCUMENT_KINDS
    for s in SEEDS:
        c = Counter(m.document_kind(s, i) for i in range(N))
        assert set(c) == set(m.DOCUMENT_KINDS)
        assert min(c.values()) >= 15
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == m._KINDS[m.document_kind(s, i)][0]


def test_plant_rate_and_heavy(built):
    for s in SEEDS:
        planted = sum(1 for n, _, _ in built[s] if n.spans)
        assert 0.57 * N <= planted <= 0.59 * N, planted
        heavy = [n for n, _, k in built[s] if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in built[s]:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals(built):
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert set(totals) <= set(CATEGORIES)
    assert {c: totals.get(c, 0) for c in CATEGORIES} == EXPECTED_TOTALS


# --- spans ----------------------------------------------------------------------------------------


def test_span_integrity(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            prev_end = -1
            for a, b, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(note.text)
                assert a >= prev_end, "overlapping spans"
                prev_end = b
                v = note.text[a:b]
                assert v == v.strip() and v
                assert not _CUE_START.match(v), v
                assert not _CUE_END.search(v), v
                if cat not in ("URL", "EMAIL", "ORGANIZATION"):
                    assert not _CUE_INSIDE.search(v), v


def test_values_match_shapes(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                v = note.text[a:b]
                assert _SHAPES[cat].match(v), (cat, v)
                if cat in _MIN_DIGITS:
                    assert sum(ch.isdigit() for ch in v) >= _MIN_DIGITS[cat], (cat, v)
                if cat == "PHONE":
                    assert _PHONE_RE.match(v).group(1) not in _TOLLFREE, v
                if cat == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"\d{4}", v)]
                    assert years and all(1900 <= y <= 2030 for y in years), v
                    assert any(r.fullmatch(v) for r in _DATE_RES), v
                if cat == "AGE_OVER_89":
                    assert 90 <= int(v) <= 120
                if cat == "VEHICLE_ID" and len(v) == 17:
                    assert not set(v) & set("IOQ"), v
                if cat in ("PERSON", "LOCATION"):
                    assert not any(ch.isdigit() for ch in v), v


def test_value_diversity(built):
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                vals[cat].append(note.text[a:b])
    floors = {"AGE_OVER_89": 12, "LOCATION": 30, "ORGANIZATION": 35}
    for cat, vs in vals.items():
        assert len(vs) >= 60, cat
        distinct = len(set(vs))
        if cat in floors:
            assert distinct >= floors[cat], (cat, distinct)
        else:
            assert distinct >= 0.85 * len(vs), (cat, distinct, len(vs))


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            dated = [(a, b) for a, b, c in note.spans if c == "DATE_REAL_YEAR"]
            for rx in _DATE_RES:
                for mt in rx.finditer(note.text):
                    if not 1900 <= int(mt.group(1)) <= 2030:
                        continue
                    inside = any(a <= mt.start() and mt.end() <= b for a, b in dated)
                    expiry = _EXPIRY_CUE.search(note.text[max(0, mt.start() - 12):mt.start()])
                    assert inside or expiry, note.text[max(0, mt.start() - 40):mt.end() + 10]


def test_shifted_dates_never_labelled(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, c in note.spans:
                assert not re.search(r"\b2[12]\d\d\b", note.text[a:b]) or c not in ("DATE_REAL_YEAR",)


def test_ages_over_89_labelled(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            ages = [(a, b) for a, b, c in note.spans if c == "AGE_OVER_89"]
            for rx in _AGE_RES:
                for mt in rx.finditer(note.text):
                    if int(mt.group(1)) >= 90:
                        assert any(a <= mt.start(1) and mt.end(1) <= b for a, b in ages), \
                            note.text[max(0, mt.start() - 40):mt.end() + 10]


def test_lookalikes_present_and_never_overlap(built):
    used: set[str] = set()
    for s in SEEDS:
        for note, looks, _ in built[s]:
            assert looks, "every note carries look-alikes"
            for x in looks:
                assert x in note.text
                used.add(x)
                start = 0
                while (k := note.text.find(x, start)) >= 0:
                    for a, b, _ in note.spans:
                        assert not (k < b and k + len(x) > a), (x, note.text[a:b])
                    start = k + 1
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    assert len(set(m.EPONYMS_AND_BRANDS) & used) >= 60
    assert all(x in used for x in m.EPONYMS_AND_BRANDS), [x for x in m.EPONYMS_AND_BRANDS if x not in used]


def test_tollfree_numbers_never_phone(built):
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, c in note.spans:
                mt = _PHONE_RE.match(note.text[a:b])
                if mt and mt.group(1) in _TOLLFREE:
                    assert c == "FAX"


# --- module contract ------------------------------------------------------------------------------


def test_module_contract():
    assert m.__doc__.startswith("Held-out corpus 88:")
    assert "Written blind:" in m.__doc__
    for kind in m.DOCUMENT_KINDS:
        assert kind in m.__doc__
    assert m.holdout88_note(3, 12) == m._build(3, 12)[0]
    assert m.holdout88_corpus(3, 5) == [m.holdout88_note(3, i) for i in range(5)]
    assert callable(m.main)
    for kind, (nt, fn) in m._KINDS.items():
        assert nt in ("discharge", "radiology") and callable(fn), kind
    assert m.document_kind(1, 0) in m.DOCUMENT_KINDS
