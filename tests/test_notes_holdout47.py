"""Label tests for held-out corpus 47 (transfer center, bed management, patient flow).

The detector is never run here: these tests check only the corpus and its labels.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

from lqs_clinical.synth import notes_holdout47 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)
EXPECTED_TOTALS = {
    "ACCOUNT": 119, "AGE_OVER_89": 132, "DATE_REAL_YEAR": 126, "DEVICE_ID": 133, "EMAIL": 130, "FAX": 124,
    "HEALTH_PLAN": 133, "IP_ADDRESS": 132, "LICENSE": 140, "LOCATION": 136, "MRN": 135, "ORGANIZATION": 135,
    "PAGER": 134, "PERSON": 132, "PHONE": 122, "SSN": 136, "STREET_ADDRESS": 125, "URL": 124, "VEHICLE_ID": 123,
    "ZIP": 130,
}

_SHAPES = {
    "PHONE": r"(\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}( x\d{3,4})?",
    "FAX": r"(\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}( x\d{3,4})?",
    "PAGER": r"[\d-]{4,12}",
    "EMAIL": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,4}",
    "URL": r"(https?://)?(www\.)?[a-z0-9.-]+\.(org|net|com)(/\S*)?",
    "IP_ADDRESS": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]{0,4}[\d-]{7,12}",
    "ACCOUNT": r"[A-Z]{0,3}-?[\d-]{6,14}",
    "HEALTH_PLAN": r"[A-Z0-9-]{9,14}",
    "LICENSE": r"[A-Z0-9-]{6,17}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d{1,4} [A-Z][A-Za-z ]+( \d{1,3})?(, Apt \d{1,2}[ABC]| Unit \d{1,2})?",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-3]\d)\b.*",
    "AGE_OVER_89": r"(9\d|1[01]\d)",
    "DEVICE_ID": r"[A-Z0-9-]{8,12}",
    "VEHICLE_ID": r"[A-Z0-9 -]{5,17}",
    "PERSON": r"[A-Za-z][A-Za-z.' ,-]+[A-Za-z]",
    "LOCATION": r"[A-Z][A-Za-z ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z.'& -]+",
}
_CUES = {"dr", "mrn", "acct", "pager", "pgr", "fax", "sn", "s/n", "plate", "md", "rn", "np", "npi", "dea", "dob",
         "ssn", "tel", "ph", "callback", "member", "serial", "vin", "tail", "lic", "license", "email", "zip", "age",
         "unit no", "accession", "encounter", "csn", "mbi", "pa-c", "phone"}


def _has_cue(v: str) -> bool:
    return any(tok.strip(":#.,()").lower() in _CUES for tok in v.split()) or v.lower().startswith(("dr.", "mr."))
_DATES = [
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (\d{4})\b"),
    re.compile(r"\b\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP"
               r"|OCT|NOV|DEC)[a-z]*[ -](\d{4})\b"),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{4})\b"),
]
_AGES = [re.compile(r"\b(\d{2,3}) ?(?:-year-old|year old|yo\b|y/o|y\.o\.)"), re.compile(r"(?i)\bage:? (\d{2,3})\b"),
         re.compile(r"\b(\d{2,3})yo\b")]


@cache
def _built(seed: int, n: int = N) -> tuple:
    return tuple(h._build(seed, i) for i in range(n))


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


def test_determinism_same_process():
    for i in (0, 7, 133, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]


def test_determinism_across_processes_and_hash_seeds():
    code = ("import hashlib, json\nfrom lqs_clinical.synth.notes_holdout47 import holdout47_corpus\n"
            "ns = holdout47_corpus(3, 60)\n"
            "p = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns]\n"
            "print(hashlib.sha256(json.dumps(p).encode()).hexdigest())")
    want = _digest(h.holdout47_corpus(3, 60))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == want


def test_prefix_stable():
    for seed in SEEDS:
        assert h.holdout47_corpus(seed, 40) == h.holdout47_corpus(seed, 90)[:40]


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes)
        assert 0.42 * N <= rad <= 0.48 * N
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_kinds_used():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        c = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(c) == set(h.DOCUMENT_KINDS)
        assert min(c.values()) >= 15
        for i in range(0, N, 37):
            assert _built(seed)[i][0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 * N <= planted <= 0.59 * N
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n, _, _ in built:
            assert n.spans == [] or 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    c: Counter = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            c.update(cat for _, _, cat in n.spans)
    assert dict(c) == EXPECTED_TOTALS
    assert set(c) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            prev = 0
            for s, e, cat in n.spans:
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(n.text) and s >= prev
                prev = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert not _has_cue(v), (cat, v)
                assert re.fullmatch(_SHAPES[cat], v), (cat, v)
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90


def test_diversity():
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, cat in n.spans:
                vals[cat].append(n.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat == "LOCATION":
            assert distinct >= 30
        elif cat == "ORGANIZATION":
            assert distinct >= 0.6 * len(vs)
        else:
            assert distinct >= 0.85 * len(vs), cat


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for rx in _DATES:
                for m in rx.finditer(n.text):
                    if not 1900 <= int(m.group(1)) <= 2030:
                        continue
                    before = n.text[max(0, m.start() - 12):m.start()].lower()
                    if "exp" in before:
                        continue
                    assert any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in n.spans), \
                        n.text[m.start() - 30:m.end() + 10]


def test_every_old_age_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for rx in _AGES:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert (m.start(1), m.end(1), "AGE_OVER_89") in n.spans


def test_lookalikes_present_and_never_in_spans():
    used: set[str] = set()
    for seed in SEEDS:
        for n, look, _ in _built(seed):
            for v in look:
                k = n.text.find(v)
                assert k >= 0
                while k >= 0:
                    assert not any(k < e and k + len(v) > s for s, e, _ in n.spans), v
                    k = n.text.find(v, k + 1)
            used.update(look)
    assert len(set(h.EPONYMS_AND_BRANDS) & used) >= 60
    assert sum(1 for v in used if re.search(r"\b2[12]\d\d\b", v)) > 100  # shifted dates
    assert any(v.startswith(("EXP", "Exp", "expiry")) for v in used)
    assert any(v.startswith(("Lot", "LOT", "NDC", "REF", "Model")) for v in used)


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 47: ")
    assert "Written blind:" in h.__doc__
    assert callable(h.main) and callable(h.holdout47_note)
    note = h.holdout47_note(1, 5)
    assert isinstance(note, LabelledNote) and note == _built(1)[5][0]
    assert len(h.holdout47_corpus(2, 3)) == 3
    assert len(h.EPONYMS_AND_BRANDS) >= 60
