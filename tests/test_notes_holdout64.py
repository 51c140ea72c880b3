"""Label tests for held-out corpus 64 (organ and tissue donation, decedent care).

The detector is never run here: these tests check only the corpus and its ground truth.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout64 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 154, "AGE_OVER_89": 81, "DATE_REAL_YEAR": 154, "DEVICE_ID": 78, "EMAIL": 73, "FAX": 73,
    "HEALTH_PLAN": 83, "IP_ADDRESS": 69, "LICENSE": 158, "LOCATION": 165, "MRN": 83, "ORGANIZATION": 157,
    "PAGER": 85, "PERSON": 229, "PHONE": 165, "SSN": 79, "STREET_ADDRESS": 86, "URL": 82, "VEHICLE_ID": 84,
    "ZIP": 76,
}

_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_REAL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}\b|\b{_Y}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\b|\b{_MON} \d{{1,2}},? {_Y}\b"
    rf"|\b\d{{1,2}}[- ]{_MON}[- ,]+{_Y}\b",
    re.I,
)
_AGE = re.compile(r"\b(\d{2,3})\s*-?\s*(?:years?|yrs?|y/o|yo\b|y\.o\.)|\b(?:age|aged|age:)\s*(\d{2,3})\b", re.I)
_CUES = re.compile(r"\b(?:MRN|Fax|FAX|fax|pager|Pager|SN|S/N|plate|Acct|MD|RN|NPI|DEA|Lic|Tel|SSN|ZIP|Zip|"
                   r"Chaplain|Phone|Ph|DOB|ID)\b|\bDr\.|#")

_SHAPES = {
    "PHONE": re.compile(r"[\d()+. -]+"),
    "FAX": re.compile(r"[\d()+. -]+"),
    "PAGER": re.compile(r"[\d()+. -]+"),
    "EMAIL": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "URL": re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?"),
    "IP_ADDRESS": re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"),
    "SSN": re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}"),
    "MRN": re.compile(r"[A-Z]{0,2}[\d-]+"),
    "ACCOUNT": re.compile(r"[A-Z0-9][A-Z0-9-]*[0-9]"),
    "HEALTH_PLAN": re.compile(r"[A-Z0-9][A-Z0-9-]*[A-Z0-9]"),
    "LICENSE": re.compile(r"[A-Z0-9][A-Z0-9 -]*[0-9]"),
    "ZIP": re.compile(r"\d{5}(?:-\d{4})?"),
    "STREET_ADDRESS": re.compile(r"\d+ [A-Za-z0-9 .,'-]*[A-Za-z][A-Za-z0-9 .,'-]*"),
    "DATE_REAL_YEAR": re.compile(r"[A-Za-z0-9 ,./-]+"),
    "AGE_OVER_89": re.compile(r"\d{2,3}"),
    "DEVICE_ID": re.compile(r"[A-Z0-9][A-Z0-9-]*[A-Z0-9]"),
    "VEHICLE_ID": re.compile(r"[A-Z0-9][A-Z0-9 -]*[A-Z0-9]"),
    "PERSON": re.compile(r"[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*)+"),
    "LOCATION": re.compile(r"[A-Z][A-Za-z.' -]*[a-z]"),
    "ORGANIZATION": re.compile(r"[A-Z][A-Za-z'&.,() -]*[A-Za-z)]"),
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [m._build(s, i) for i in range(N)] for s in SEEDS}


_DIGEST = """
import hashlib, json
from lqs_clinical.synth import notes_holdout64 as m
rows = []
for i in range({n}):
    note, looks, kind = m._build({seed}, i)
    rows.append([note.note_type, note.text, [list(s) for s in note.spans], looks, kind, m.document_kind({seed}, i)])
print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())
"""


def _digest(seed: int, n: int) -> str:
    rows = []
    for i in range(n):
        note, looks, kind = m._build(seed, i)
        rows.append([note.note_type, note.text, [list(s) for s in note.spans], looks, kind, m.document_kind(seed, i)])
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def test_deterministic_in_process() -> None:
    for i in (0, 7, 13, 333):
        a, b = m._build(2, i), m._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert m.holdout64_note(3, 5).text == m._build(3, 5)[0].text


def test_deterministic_across_processes_and_hash_seeds() -> None:
    here = _digest(2, 40)
    code = _DIGEST.format(seed=2, n=40)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


def test_prefix_stable() -> None:
    a, b = m.holdout64_corpus(1, 40), m.holdout64_corpus(1, 90)
    assert [(n.text, n.spans, n.note_type) for n in a] == [(n.text, n.spans, n.note_type) for n in b[:40]]


def test_note_types_and_lengths(built) -> None:
    for s in SEEDS:
        notes = [n for n, _, _ in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48
        assert all(n.note_type in ("discharge", "radiology") for n in notes)
        assert all(1100 <= len(n.text) <= 4500 for n in notes)


def test_kinds(built) -> None:
    assert len(m.DOCUMENT_KINDS) >= 12 and set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    for s in SEEDS:
        kinds = Counter(m.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(m.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, (note, _, _) in enumerate(built[s]):
            assert m._KINDS[m.document_kind(s, i)][0] == note.note_type


def test_plant_rate_and_heavy(built) -> None:
    for s in SEEDS:
        rows = built[s]
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert all(k in ("heavy", "normal") for _, _, k in rows)
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        for n, _, _ in rows:
            assert len(n.spans) <= 4


def test_exact_totals(built) -> None:
    tot = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) == set(CATEGORIES)


def test_span_integrity(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            prev = -1
            for a, b, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(note.text) and a >= prev
                prev = b
                v = note.text[a:b]
                assert v == v.strip() and "\n" not in v, v
                assert not _CUES.search(v), (cat, v)
                assert ":" not in v or cat == "URL", v
                assert _SHAPES[cat].fullmatch(v), (cat, v)
                digits = sum(ch.isdigit() for ch in v)
                if cat in ("PHONE", "FAX"):
                    assert digits == 10 or (digits == 11 and v.lstrip("+")[0] == "1"), v
                    assert v.lstrip("+1 -(")[:3] not in ("800", "888", "877", "866", "855", "844", "833")
                if cat == "PAGER":
                    assert 4 <= digits <= 11
                if cat == "MRN":
                    assert digits >= 6
                if cat == "IP_ADDRESS":
                    assert all(0 <= int(x) <= 255 for x in v.split("."))
                if cat == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"\d{4}", v)]
                    assert years and all(1900 <= y <= 2030 for y in years) and _REAL_DATE.fullmatch(v), v
                if cat == "AGE_OVER_89":
                    assert 90 <= int(v) <= 115
                if cat in ("ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "VEHICLE_ID"):
                    assert digits >= 2, v
                if cat in ("PERSON", "LOCATION", "ORGANIZATION"):
                    assert not any(ch.isdigit() for ch in v)
                if cat == "LOCATION":
                    assert v not in ("New York", "NY", "Pennsylvania")


def test_value_diversity(built) -> None:
    vals: dict[str, list[str]] = {}
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                vals.setdefault(cat, []).append(note.text[a:b])
    floors = {"AGE_OVER_89": 12, "ORGANIZATION": 45, "LOCATION": 45}
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat in floors:
            assert distinct >= floors[cat], (cat, distinct)
        else:
            assert distinct >= 0.9 * len(vs), (cat, distinct, len(vs))


def test_real_year_dates_only_in_labelled_spans(built) -> None:
    for s in SEEDS:
        for note, looks, _ in built[s]:
            dates = [(a, b) for a, b, c in note.spans if c == "DATE_REAL_YEAR"]
            for mt in _REAL_DATE.finditer(note.text):
                inside = any(a <= mt.start() and mt.end() <= b for a, b in dates)
                if inside:
                    continue
                before = note.text[max(0, mt.start() - 10):mt.start()].lower()
                assert "exp" in before, note.text[max(0, mt.start() - 40):mt.end()]
                assert any(mt.group(0) in lk and "xp" in lk.lower() for lk in looks)


def test_lookalikes(built) -> None:
    used = set()
    for s in SEEDS:
        for note, looks, _ in built[s]:
            for lk in looks:
                assert lk in note.text
                k = note.text.find(lk)
                while k >= 0:
                    assert not any(k < b and k + len(lk) > a for a, b, _ in note.spans), lk
                    k = note.text.find(lk, k + 1)
                used.add(lk)
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    assert set(m.EPONYMS_AND_BRANDS) <= used
    texts = [n.text for n, _, _ in built[1]]
    for e in m.EPONYMS_AND_BRANDS:
        assert any(e in t for t in texts), e
    assert sum(1 for _, looks, _ in built[1] if looks) >= 0.95 * N


def test_every_old_age_labelled(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            ages = [(a, b) for a, b, c in note.spans if c == "AGE_OVER_89"]
            for mt in _AGE.finditer(note.text):
                g = 1 if mt.group(1) else 2
                if int(mt.group(g)) >= 90:
                    assert (mt.start(g), mt.end(g)) in ages, note.text[mt.start():mt.end() + 20]


def test_module_contract() -> None:
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 64: ")
    assert "Written blind:" in doc
    for kind in m.DOCUMENT_KINDS:
        assert kind in doc
    assert callable(m.main) and "argv" in inspect.signature(m.main).parameters
    src = inspect.getsource(m.main)
    assert "holdout_measure.measure" in src and "holdout_measure.report" in src and "holdout64" in src
    note = m.holdout64_note(1, 0)
    assert isinstance(note, LabelledNote)
    assert m.holdout64_corpus(1, 3)[2].text == m._build(1, 2)[0].text
    assert "hash(" not in inspect.getsource(m)
