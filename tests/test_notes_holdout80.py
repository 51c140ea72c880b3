"""Label tests for held-out corpus 80 (environmental and housing health). The detector is never run."""

from __future__ import annotations

import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout80 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 241, "AGE_OVER_89": 82, "DATE_REAL_YEAR": 166, "DEVICE_ID": 77, "EMAIL": 81, "FAX": 162,
    "HEALTH_PLAN": 169, "IP_ADDRESS": 164, "LICENSE": 79, "LOCATION": 170, "MRN": 81, "ORGANIZATION": 245,
    "PAGER": 87, "PERSON": 164, "PHONE": 159, "SSN": 87, "STREET_ADDRESS": 163, "URL": 81, "VEHICLE_ID": 84,
    "ZIP": 87,
}  # 2,629 planted spans over seeds 1-3 x 600 notes


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((note, tuple(looks), kind) for note, looks, kind in (h._build(seed, i) for i in range(N)))


def _all():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(_built(seed)):
            yield seed, i, note, looks, kind


_DIGEST_CODE = """
import hashlib, json
from lqs_clinical.synth import notes_holdout80 as h


def _digest(seed, n):
    payload = [[x.note_type, x.text, [list(s) for s in x.spans]] for x in h.holdout80_corpus(seed, n)]
    extra = []
    for i in range(n):
        _, looks, kind = h._build(seed, i)
        extra.append(list(looks) + [kind, h.document_kind(seed, i)])
    payload.append(extra)
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()
"""
_ns: dict = {}
exec(_DIGEST_CODE, _ns)
_digest = _ns["_digest"]


# ------------------------------------------------------------------------------------------ determinism

def test_same_seed_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout80_note(1, 5) != h.holdout80_note(2, 5)


def test_prefix_stable():
    assert h.holdout80_corpus(3, 40) == h.holdout80_corpus(3, 90)[:40]


def test_identical_across_processes_and_hash_seeds():
    root = Path(__file__).resolve().parents[1]
    code = _DIGEST_CODE + "\nprint(_digest(1, 50), _digest(3, 50))\n"
    here = f"{_digest(1, 50)} {_digest(3, 50)}"
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(root))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=root)
        assert out.stdout.strip() == here


# ------------------------------------------------------------------------------------------ shape of the corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [n for n, _, _ in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used_and_match_note_type():
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(_built(seed)):
            assert h._KINDS[h.document_kind(seed, i)][0] == note.note_type


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
        for n, _, _ in built:
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for _, _, note, _, _ in _all() for _, _, c in note.spans)
    assert dict(sorted(totals.items())) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ------------------------------------------------------------------------------------------ span integrity

_PHONE = r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}"
_SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": _PHONE + r"|\d-\d{4}|\d{4,5}",
    "EMAIL": r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
    "URL": r"(https?://)?[a-z0-9.-]+\.[a-z]{2,}(/[\w/?=.-]*)?",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[0-9][0-9-]{6,11}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 -]{3,16}[A-Z0-9]",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,15}",
    "LICENSE": r"[A-Z]{0,2}\d[\d ]{4,10}\d",
    "ZIP": r"1[2-4]\d{3}(-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][\w .#,]+",
    "AGE_OVER_89": r"(9\d|1[0-2]\d)",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{6,15}",
    "VEHICLE_ID": r"[A-Z0-9]{3}[ -]?[A-Z0-9]{3,4}|[A-HJ-NPR-Z0-9]{17}",
    "PERSON": r"[^\W\d_][^\W\d_'. ,-]*([ ,.'-]+[^\W\d_]+)*",
    "LOCATION": r"[A-Z][A-Za-z .'-]+",
    "ORGANIZATION": r"[A-Z][\w&.' -]+",
}
_DATE = re.compile(
    r"\b(\d{1,2}[/.-]\d{1,2}[/.-](?P<y1>\d{4})|(?P<y2>\d{4})-\d{1,2}-\d{1,2}|"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?P<y3>\d{4})|"
    r"\d{1,2}[ -](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ -](?P<y4>\d{4}))\b")
_CUES = ("Dr", "MRN", "Fax", "Acct", "SN", "S/N", "pager", "pgr", "plate", "NPI", "DEA", "MD", "RN", "Tel",
         "Phone", "Email", "ZIP", "DOB", "SSN", "VIN", "Lic", "Serial", "Member", "Esq", "NP", "ID", "tag")


def _shape_ok(cat: str, value: str) -> bool:
    if cat == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
            return True
        except ValueError:
            return False
    if cat == "DATE_REAL_YEAR":
        m = _DATE.fullmatch(value)
        if not m:
            return False
        year = int(next(y for y in m.group("y1", "y2", "y3", "y4") if y))
        return 1900 <= year <= 2030
    return re.fullmatch(_SHAPES[cat], value) is not None


def test_span_integrity():
    for seed, i, note, _, _ in _all():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v and "___" not in v
            assert _shape_ok(cat, v), (cat, v)
            if cat in ("URL", "EMAIL", "IP_ADDRESS"):  # paths, queries and IPv6 hex hold any token; cues sit before
                assert not re.match(r"(url|link|email|e-mail)\b", v, re.I)
                continue
            cues = _CUES if cat != "STREET_ADDRESS" else tuple(c for c in _CUES if c != "Dr")  # "Dr" = Drive
            for cue in cues:
                assert not re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![A-Za-z])", v, re.I), (cat, v, cue)


def test_values_diverse():
    values: dict[str, list[str]] = {}
    for _, _, note, _, _ in _all():
        for s, e, cat in note.spans:
            values.setdefault(cat, []).append(note.text[s:e])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat in ("ORGANIZATION", "LOCATION"):
            assert distinct >= 30, (cat, distinct)
        elif cat == "AGE_OVER_89":
            assert distinct >= 12
        else:
            assert distinct >= 0.7 * len(vals), (cat, distinct, len(vals))


def test_real_year_dates_only_where_labelled():
    for _, _, note, _, _ in _all():
        for m in _DATE.finditer(note.text):
            year = int(next(y for y in m.group("y1", "y2", "y3", "y4") if y))
            if not 1900 <= year <= 2030:
                continue
            inside = any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in note.spans)
            expiry = re.search(r"exp", note.text[max(0, m.start() - 8):m.start()], re.I)
            assert inside or expiry, note.text[max(0, m.start() - 40):m.end() + 10]


def test_shifted_dates_present_and_unlabelled():
    shifted = 0
    for _, _, note, _, _ in _all():
        for m in _DATE.finditer(note.text):
            year = int(next(y for y in m.group("y1", "y2", "y3", "y4") if y))
            if 2100 <= year <= 2200:
                shifted += 1
                assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans)
    assert shifted > 500


def test_lookalikes_present_and_never_overlap_spans():
    for _, _, note, looks, _ in _all():
        for w in looks:
            j = note.text.find(w)
            assert j >= 0, w
            while j >= 0:
                assert not any(s < j + len(w) and j < e for s, e, _ in note.spans), w
                j = note.text.find(w, j + 1)
    per_note = [len(looks) for *_, looks, _ in _all()]
    assert sum(per_note) / len(per_note) >= 3


_AGE = re.compile(r"\b(\d{2,3})(?:\s*-?\s*(?:y/o|yo\b|year-old|year old|years old))|\b(?:age|aged|Age:)\s*(\d{2,3})\b",
                  re.I)


def test_every_age_over_89_labelled():
    found = 0
    for _, _, note, _, _ in _all():
        for m in _AGE.finditer(note.text):
            g = 1 if m.group(1) else 2
            if int(m.group(g)) >= 90:
                found += 1
                assert (m.start(g), m.end(g), "AGE_OVER_89") in note.spans, note.text[m.start() - 20:m.end() + 5]
    assert found > 50


# ------------------------------------------------------------------------------------------ module contract

def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 80: ")
    assert "Written blind:" in doc and "Label policy" in doc
    assert len(h.DOCUMENT_KINDS) >= 12 and len(set(h.DOCUMENT_KINDS)) == len(h.DOCUMENT_KINDS)
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert len(h.EPONYMS_AND_BRANDS) >= 60 and len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    used = set()
    for *_, looks, _ in _all():
        used.update(looks)
    unused = [w for w in h.EPONYMS_AND_BRANDS if w not in used]
    assert not unused, unused
    assert callable(h.main) and callable(h.holdout80_corpus) and callable(h.holdout80_note)
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")


def test_heavy_index_pattern_does_not_depend_on_history():
    a = [h._build(1, i)[2] for i in range(40)]
    b = [h._build(1, i)[2] for i in reversed(range(40))][::-1]
    assert a == b


@pytest.mark.parametrize("cat", CATEGORIES)
def test_each_category_in_several_contexts(cat):
    contexts = set()
    for _, _, note, _, _ in _all():
        for s, _, c in note.spans:
            if c == cat:
                contexts.add(note.text[max(0, s - 12):s])
    assert len(contexts) >= 5, (cat, contexts)
