"""Label tests for held-out corpus 94 (tele-ICU, central monitoring, device integration).

Only the ground truth is checked here: the detector is never run.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout94 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 93, "FAX": 72, "PAGER": 78, "EMAIL": 100, "URL": 95, "IP_ADDRESS": 151, "SSN": 59, "MRN": 122,
    "ACCOUNT": 156, "HEALTH_PLAN": 86, "LICENSE": 94, "ZIP": 71, "STREET_ADDRESS": 75, "DATE_REAL_YEAR": 112,
    "AGE_OVER_89": 77, "DEVICE_ID": 165, "VEHICLE_ID": 66, "PERSON": 151, "LOCATION": 93, "ORGANIZATION": 129,
}

_TOLL_FREE = {"800", "888", "877", "866", "855", "844", "833"}
_ID_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-:. ]*[A-Za-z0-9]$")
_SHAPES = {
    "PHONE": re.compile(r"^(\+1 |1-)?\(?\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}$"),
    "FAX": re.compile(r"^(\+1 |1-)?\(?\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}$"),
    "PAGER": re.compile(r"^[\d()+ .\-/]*\d$"),
    "EMAIL": re.compile(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)\S+[A-Za-z0-9/]$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": _ID_SHAPE, "ACCOUNT": _ID_SHAPE, "HEALTH_PLAN": _ID_SHAPE, "LICENSE": _ID_SHAPE,
    "DEVICE_ID": _ID_SHAPE, "VEHICLE_ID": _ID_SHAPE,
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^(\d+ [A-Z][\w .,'\-]*|RR \d+ Box \d+)$"),
    "DATE_REAL_YEAR": re.compile(r"^[A-Za-z0-9 ,./\-]+$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "PERSON": re.compile(r"^[A-Za-z][A-Za-z.'\- ,^]*[A-Za-z]$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z.'\- ]*[a-z]$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9&.,'\- ]+[A-Za-z.]$"),
}
_CUE_START = re.compile(
    r"^(dr|mrn|acct|sn|s/n|fax|fx|pager|pgr|tel|npi|dea|lic|ssn|dob|mr|mrs|ms|plate|tail|serial|mac|ip|member|"
    r"policy|wo|id)\b[.:#\s]", re.I)
_CRED_END = re.compile(r"[, ]+(md|rn|do|np|cct|pharmd|cbet)$", re.I)
_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = [re.compile(p, re.I) for p in (
    rf"\b\d{{1,2}}/\d{{1,2}}/{_YEAR}\b", rf"\b{_YEAR}-\d{{2}}-\d{{2}}\b", rf"\b{_MON} \d{{1,2}},? {_YEAR}\b",
    rf"\b\d{{1,2}}[- ]{_MON}[- ]{_YEAR}\b", rf"\b\d{{1,2}}\.\d{{1,2}}\.{_YEAR}\b")]
_EXPIRY = re.compile(r"^(exp|use by|expiry)", re.I)
_AGE_RES = [re.compile(p, re.I) for p in (
    r"\b(\d{2,3})\s*-?\s*(?:year|yr)s?[- ]old\b", r"\b(\d{2,3})\s*(?:y/o|yo)\b", r"\baged?:?\s*(\d{2,3})\b",
    r"\bAge/Sex:\s*(\d{2,3})", r"\((?:F|M), (\d{2,3})\)", r"\|\s*Age\s*\|\s*(\d{2,3})")]


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    return hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in notes]).encode()).hexdigest()


def test_deterministic_in_process() -> None:
    for s, i in ((1, 0), (2, 17), (3, 311), (7, 599)):
        a, b = h._build(s, i), h._build(s, i)
        assert (a[0].text, a[0].spans, a[0].note_type, a[1], a[2]) == (b[0].text, b[0].spans, b[0].note_type,
                                                                         b[1], b[2])
    assert h.holdout94_note(2, 5).text != h.holdout94_note(3, 5).text


def test_deterministic_across_processes_and_hash_seeds() -> None:
    code = ("import hashlib;from lqs_clinical.synth import notes_holdout94 as h;"
            "ns=h.holdout94_corpus(3, 50);"
            "print(hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in ns]).encode()).hexdigest())")
    want = _digest(h.holdout94_corpus(3, 50))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == want


def test_prefix_stable() -> None:
    short, long = h.holdout94_corpus(2, 40), h.holdout94_corpus(2, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:40]]


def test_note_types_and_lengths(built) -> None:
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        frac = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= frac <= 0.50, frac
        for i, n in enumerate(notes):
            assert 1100 <= len(n.text) <= 4500, (s, i, len(n.text))
            assert n.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_kinds_used(built) -> None:
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for s in SEEDS:
        counts = Counter(h.document_kind(s, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts


def test_plant_rate_and_heavy_notes(built) -> None:
    for s in SEEDS:
        planted = heavy = 0
        for note, _looks, kind in built[s]:
            assert kind in ("heavy", "normal")
            if kind == "heavy":
                heavy += 1
                assert not note.spans
                assert note.text.count("___") >= 25
            if note.spans:
                planted += 1
                assert 1 <= len(note.spans) <= 4
        assert heavy == N // 20
        assert 0.57 <= planted / N <= 0.59, planted / N


def test_category_totals(built) -> None:
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert dict(totals) == {c: v for c, v in EXPECTED_TOTALS.items() if v}
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            prev = 0
            for a, b, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= prev <= a < b <= len(note.text)
                prev = b
                v = note.text[a:b]
                assert v == v.strip() and "\n" not in v, v
                assert "___" not in v
                assert not _CUE_START.search(v), (cat, v)
                assert not _CRED_END.search(v), (cat, v)
                if cat == "IP_ADDRESS":
                    ipaddress.ip_address(v)
                    continue
                assert _SHAPES[cat].match(v), (cat, v)
                if cat in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", v)
                    assert len(digits) in (10, 11)
                    assert digits[-10:-7] not in _TOLL_FREE
                if cat == "PAGER":
                    assert len(re.sub(r"\D", "", v)) >= 4
                if _SHAPES[cat] is _ID_SHAPE:
                    assert len(re.sub(r"\D", "", v)) >= 2, (cat, v)
                if cat == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})", v[:4] + " " + v[-4:])]
                    assert any(1900 <= y <= 2030 for y in years), v
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                if cat == "PERSON":
                    assert not re.search(r"\d", v)


def test_value_and_context_diversity(built) -> None:
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    contexts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                values[cat].append(note.text[a:b])
                contexts[cat].add(re.sub(r"\d", "0", note.text[max(0, a - 12):a]))
    free = ("PHONE", "FAX", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
            "DEVICE_ID", "VEHICLE_ID", "STREET_ADDRESS", "DATE_REAL_YEAR")
    for cat, vs in values.items():
        assert len(set(vs)) >= min(12, len(vs)), cat
        if cat in free:
            assert len(set(vs)) >= 0.9 * len(vs), (cat, len(set(vs)), len(vs))
        assert len(contexts[cat]) >= 6, (cat, contexts[cat])


def test_real_year_dates_only_where_labelled(built) -> None:
    for s in SEEDS:
        for note, looks, _ in built[s]:
            dates = [(a, b) for a, b, c in note.spans if c == "DATE_REAL_YEAR"]
            expiry = []
            for lk in set(looks):
                if _EXPIRY.match(lk):
                    expiry += [(m.start(), m.end()) for m in re.finditer(re.escape(lk), note.text)]
            for rx in _DATE_RES:
                for m in rx.finditer(note.text):
                    inside = any(a <= m.start() and m.end() <= b for a, b in dates + expiry)
                    assert inside, (s, m.group(0), note.text[max(0, m.start() - 40):m.end() + 10])


def test_lookalikes_present_and_never_overlap_spans(built) -> None:
    used: set[str] = set()
    for s in SEEDS:
        for note, looks, _ in built[s]:
            assert looks
            for lk in set(looks):
                assert lk in note.text
                for m in re.finditer(re.escape(lk), note.text):
                    assert not any(a < m.end() and m.start() < b for a, b, _ in note.spans), (lk, note.spans)
            used |= set(looks)
    assert len([b for b in h.EPONYMS_AND_BRANDS if b in used]) >= 60


def test_every_age_over_89_labelled(built) -> None:
    checked: set[tuple[int, int, int]] = set()
    for s in SEEDS:
        for note, _, _ in built[s]:
            ages = [(a, b) for a, b, c in note.spans if c == "AGE_OVER_89"]
            for rx in _AGE_RES:
                for m in rx.finditer(note.text):
                    if int(m.group(1)) >= 90:
                        checked.add((s, id(note), m.start(1)))
                        assert (m.start(1), m.end(1)) in ages, note.text[m.start():m.end() + 20]
    assert len(checked) == EXPECTED_TOTALS["AGE_OVER_89"]


def test_module_contract() -> None:
    assert h.__doc__.startswith("Held-out corpus 94:")
    assert "Written blind:" in h.__doc__
    for name in ("_build", "holdout94_note", "holdout94_corpus", "document_kind", "main"):
        assert callable(getattr(h, name))
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    for kind, (note_type, builder) in h._KINDS.items():
        assert note_type in ("discharge", "radiology") and callable(builder), kind
    assert len(set(h.EPONYMS_AND_BRANDS)) >= 60
    note, looks, kind = h._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.holdout94_note(1, 3).text == note.text
    assert len(h.holdout94_corpus(1, 7)) == 7
