"""Label tests for held-out corpus 54 (clinical engineering, device recalls, adverse-event reports).

Only the labelled ground truth is checked here; the detector is never run.
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
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout54 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# Exact per-category span totals over seeds 1-3 x 600 notes.
EXPECTED_TOTALS = {
    "PHONE": 129, "FAX": 130, "PAGER": 132, "EMAIL": 130, "URL": 132, "IP_ADDRESS": 125, "SSN": 132, "MRN": 135,
    "ACCOUNT": 131, "HEALTH_PLAN": 127, "LICENSE": 127, "ZIP": 136, "STREET_ADDRESS": 134, "DATE_REAL_YEAR": 126,
    "AGE_OVER_89": 131, "DEVICE_ID": 136, "VEHICLE_ID": 128, "PERSON": 131, "LOCATION": 127, "ORGANIZATION": 133,
}  # 2,612 spans


@cache
def _built(seed: int, n: int = N) -> tuple:
    return tuple(h._build(seed, i) for i in range(n))


def _all():
    for seed in SEEDS:
        yield from _built(seed)


def _digest(seed: int, n: int) -> str:
    payload = [[b[0].note_type, b[0].text, b[0].spans, b[1], b[2]] for b in (h._build(seed, i) for i in range(n))]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for seed, i in ((1, 0), (2, 17), (3, 311), (9, 599)):
        a, b = h._build(seed, i), h._build(seed, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h._build(1, 5)[0].text != h._build(2, 5)[0].text


def test_identical_across_processes_and_hash_seeds():
    here = _digest(4, 60)
    code = ("from tests.test_notes_holdout54 import _digest; print(_digest(4, 60))")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


def test_corpus_is_prefix_stable():
    short, long = h.holdout54_corpus(7, 40), h.holdout54_corpus(7, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:40]]
    assert all(isinstance(n, LabelledNote) for n in long)
    assert h.holdout54_note(7, 12).text == long[12].text


# ---------------------------------------------------------------------------------------------- shape of the corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.41 <= rad <= 0.49, rad
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_document_kinds():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, b in enumerate(_built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_heavy_notes_and_spans_per_note():
    for seed in SEEDS:
        built = _built(seed)
        heavy = [b for b in built if b[2] == "heavy"]
        planted = [b for b in built if b[0].spans]
        assert len(heavy) == N // 20
        assert 0.57 <= len(planted) / N <= 0.59
        for note, _look, kind in built:
            assert kind in ("heavy", "normal")
            if kind == "heavy":
                assert not note.spans
                assert note.text.count("___") >= 25
            elif note.spans:
                assert 1 <= len(note.spans) <= 4


def test_exact_category_totals():
    totals = Counter(cat for b in _all() for _s, _e, cat in b[0].spans)
    assert set(totals) <= set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


# ---------------------------------------------------------------------------------------------- spans

_PHONE = r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_DATE = (rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MON}\.? \d{{1,2}},? \d{{4}}"
         rf"|\d{{1,2}}[ -]{_MON}[ -]\d{{4}}")
SHAPES = {
    "PHONE": _PHONE, "FAX": _PHONE, "PAGER": rf"\d{{1,3}}-?\d{{4}}|{_PHONE}",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "URL": r"(https?://|www\.)\S+[\w/]",
    "IP_ADDRESS": r"\d{1,3}(\.\d{1,3}){3}", "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]?\d{6,10}|\d{3}-\d{2}-\d{2}", "ACCOUNT": r"[A-Z]{0,4}-?\d[\d-]{4,15}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{7,15}", "LICENSE": r"[A-Z]{0,2}\d[\d-]{4,13}",
    "ZIP": r"\d{5}(-\d{4})?", "STREET_ADDRESS": r"\d+ [A-Za-z0-9.,' -]*[A-Za-z0-9]|P\.O\. Box \d+",
    "DATE_REAL_YEAR": rf"(?i:{_DATE})", "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{4,19}", "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-Z][A-Za-z.,' -]*[A-Za-z]", "LOCATION": r"[A-Z][A-Za-z.' -]*[a-z]",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9.'&# -]*[A-Za-z.]",
}
_CUE = re.compile(r"^(dr|mrn|sn|s/n|fax|pager|pgr|acct|tel|ph|md|rn|lot|ref|ssn|npi|dea|no|id|mr|plate|vin|"
                  r"serial|ecn|asset|member|policy|dob|age)\b|^[#:]", re.I)
_CRED = re.compile(r"[ ,](MD|RN|DO|NP|PhD|CCE|RRT)$")


def test_span_integrity():
    for note, _look, _kind in _all():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            val = note.text[s:e]
            assert val == val.strip() and "\n" not in val, repr(val)
            assert not _CUE.search(val), (cat, val)
            assert not _CRED.search(val), (cat, val)
            assert re.fullmatch(SHAPES[cat], val), (cat, val)
            if cat == "AGE_OVER_89":
                assert int(val) >= 90
            if cat == "DATE_REAL_YEAR":
                year = int(re.findall(r"\d{4}", val)[-1])
                assert 1900 <= year <= 2030, val
            if cat == "IP_ADDRESS":
                assert all(0 <= int(x) <= 255 for x in val.split("."))
            if cat in ("DEVICE_ID", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "MRN"):
                assert sum(c.isdigit() for c in val) >= 4, (cat, val)
            # a span never starts or ends inside a word
            if s > 0:
                assert not (note.text[s - 1].isalnum() and val[0].isalpha()), (cat, val)
            if e < len(note.text):
                assert not (note.text[e].isalnum() and val[-1].isalnum()), (cat, val)


def test_value_diversity():
    values: dict[str, list[str]] = {}
    for note, _look, _kind in _all():
        for s, e, cat in note.spans:
            values.setdefault(cat, []).append(note.text[s:e])
    assert set(values) == set(CATEGORIES)
    small = {"AGE_OVER_89": 12, "LOCATION": 25, "ORGANIZATION": 25}
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat in small:
            assert distinct >= small[cat], (cat, distinct)
        else:
            assert distinct >= 0.6 * len(vals), (cat, distinct, len(vals))


_DATE_SCAN = re.compile(rf"(?i)\b(?:{_DATE})\b")
_EXPIRY_CUE = re.compile(r"(?i)(exp|use by|expir)[a-z]*[ .:]*(date)?[ :]*$")


def test_real_year_dates_only_where_labelled():
    for note, look, _kind in _all():
        for m in _DATE_SCAN.finditer(note.text):
            year = int(re.findall(r"\d{4}", m.group())[-1])
            if not 1900 <= year <= 2030:
                assert 2100 <= year <= 2199 or year < 1900, m.group()
                continue
            inside = any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in note.spans)
            if not inside:
                assert _EXPIRY_CUE.search(note.text[max(0, m.start() - 20):m.start()]), m.group()
                assert m.group() in look


_AGE_SCAN = (re.compile(r"(?i)\b(\d{2,3})(?:-| )?(?:year|yr|y/o|yo\b|y\.o\.)"),
             re.compile(r"(?i)\b(?:age|aged)\b:?\s*(\d{2,3})\b(?! ?MO)"))


def test_every_age_over_89_is_labelled():
    seen = 0
    for note, _look, _kind in _all():
        ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        for rx in _AGE_SCAN:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, note.text[m.start() - 20:m.end() + 20]
                    seen += 1
    assert seen > 100


def test_lookalikes_present_never_labelled_and_varied():
    used: set[str] = set()
    n_look = 0
    for note, look, _kind in _all():
        for s in look:
            assert s in note.text
            start = note.text.find(s)
            while start >= 0:
                assert not any(a < start + len(s) and b > start for a, b, _ in note.spans), s
                start = note.text.find(s, start + 1)
        used.update(look)
        n_look += len(look)
    assert n_look > 8 * len(SEEDS) * N
    assert len(set(h.EPONYMS_AND_BRANDS) & used) >= 60
    # hard negatives of several sorts are present
    joined = "\n".join(used)
    for needle in ("1-800-FDA-1088", "www.fda.gov", "Z-", "Clinical Engineering", "Massachusetts"):
        assert needle in joined, needle


# ---------------------------------------------------------------------------------------------- contract


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 54: ")
    assert "Written blind:" in doc
    for kind in h.DOCUMENT_KINDS:
        assert kind in doc
    assert list(inspect.signature(h._build).parameters) == ["seed", "i"]
    assert list(inspect.signature(h.holdout54_note).parameters) == ["seed", "i"]
    assert list(inspect.signature(h.holdout54_corpus).parameters) == ["seed", "n"]
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert all(callable(b) and t in ("discharge", "radiology") for t, b in h._KINDS.values())
    src = inspect.getsource(h)
    assert "hash(" not in src and "lqs_clinical.notes" not in src


@pytest.mark.parametrize("seed", SEEDS)
def test_document_kind_matches_build(seed):
    for i in range(0, N, 37):
        kind = h.document_kind(seed, i)
        assert h._KINDS[kind][0] == h._build(seed, i)[0].note_type
