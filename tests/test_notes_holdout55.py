"""Label tests for held-out corpus 55 (occupational health / workers' compensation).

Only the labelled ground truth is checked here; the detector is never run.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout55 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

# seeds 1-3 x 600 notes (plants per note from the plan RNG, categories from the Weyl sequence)
EXPECTED_TOTALS = {
    "ACCOUNT": 103, "AGE_OVER_89": 118, "DATE_REAL_YEAR": 108, "DEVICE_ID": 111, "EMAIL": 114, "FAX": 113,
    "HEALTH_PLAN": 118, "IP_ADDRESS": 102, "LICENSE": 115, "LOCATION": 114, "MRN": 110, "ORGANIZATION": 104,
    "PAGER": 115, "PERSON": 114, "PHONE": 109, "SSN": 117, "STREET_ADDRESS": 115, "URL": 119, "VEHICLE_ID": 111,
    "ZIP": 102,
}

_SHAPES = {
    "PHONE": r"(\+1[ -]|1-)?(\(\d{3}\) ?|\d{3}[ .-]|\d{3} )\d{3}[ .-]\d{4}",
    "FAX": r"(\+1[ -]|1-)?(\(\d{3}\) ?|\d{3}[ .-]|\d{3} )\d{3}[ .-]\d{4}",
    "PAGER": r"(\+1[ -]|1-)?(\(\d{3}\) ?|\d{3}[ .-]|\d{3} )\d{3}[ .-]\d{4}|\d-\d{4}|\d{4,5}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9.-]+\.(com|net|org)",
    "URL": r"(https?://|www\.)[A-Za-z0-9./?=_-]+[A-Za-z0-9/]",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(:[0-9a-f]{1,4}){3}::[0-9a-f]{1,4}",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"[A-Z]{0,2}-?\d[\d-]{3,11}\d",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{4,18}[0-9]",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,16}[A-Z0-9]",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{4,15}[0-9]",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z0-9 .,#']+[A-Za-z0-9.]",
    "DATE_REAL_YEAR": r"[A-Za-z0-9 ,./-]*(19\d\d|20[0-2]\d)[A-Za-z0-9 ,./-]*",
    "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{4,18}[0-9]",
    "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3,5}",
    "PERSON": r"[A-Z][A-Za-z'.,\- ]*[A-Za-z.]",
    "LOCATION": r"[A-Z][A-Za-z .'-]*[a-z]",
    "ORGANIZATION": r"[A-Z0-9][A-Za-z0-9&.,'# -]*[A-Za-z0-9.]",
}
_CUES = re.compile(r"\b(Dr|MRN|pager|pgr|Fax|fx|SN|S/N|plate|tag|Acct|MD|RN|NPI|DEA|tel|Ph|Phone|Claim|VIN|Member|"
                   r"Lic|SSN|ZIP|DOB|serial|Email|Unit No|Specimen|Accession)\b")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_DATES = (
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(rf"\b{_MON}\.?\s+\d{{1,2}},?\s+(\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b", re.I),
)
_EXPIRY_CUE = re.compile(r"(exp\.?|expires|expiry|use by)\s*$", re.I)
_AGES = (
    re.compile(r"\b(\d{2,3})(?:-year-old|-year old| year old|-yo| yo\b| y/o|-y/o| years old| years of age)", re.I),
    re.compile(r"\b(?:age|aged|Age:)\s*(\d{2,3})\b", re.I),
)


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(m._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        yield from _built(seed)


def _digest(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in m.holdout55_corpus(seed, n):
        h.update(note.note_type.encode() + b"\0" + note.text.encode() + repr(note.spans).encode())
    return h.hexdigest()


def test_deterministic_and_prefix_stable():
    for i in (0, 7, 133, 599):
        a, b = m._build(4, i), m._build(4, i)
        assert a[0] == b[0] and a[1:] == b[1:]
    assert m.holdout55_corpus(5, 40) == m.holdout55_corpus(5, 90)[:40]
    assert m.holdout55_note(5, 17) == m.holdout55_corpus(5, 20)[17]
    assert m.holdout55_corpus(1, 30) != m.holdout55_corpus(2, 30)


def test_same_across_processes_and_hash_seeds():
    here = _digest(9, 60)
    code = "from tests.test_notes_holdout55 import _digest; print(_digest(9, 60))"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_kinds():
    assert len(m.DOCUMENT_KINDS) >= 12 and len(set(m.DOCUMENT_KINDS)) == len(m.DOCUMENT_KINDS)
    assert set(m._KINDS) == set(m.DOCUMENT_KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"radiology", "discharge"}
    for seed in SEEDS:
        counts = Counter(m.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, b in enumerate(_built(seed)):
            assert b[0].note_type == m._KINDS[m.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        for n, _, _ in built:
            assert len(n.spans) <= 4
            assert "___" in n.text


def test_exact_category_totals():
    totals = Counter(c for n, _, _ in _all() for _, _, c in n.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


def test_span_integrity_and_shapes():
    for n, _, _ in _all():
        prev_end = 0
        for s, e, c in n.spans:
            assert c in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(n.text)
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v
            cues = [x for x in _CUES.findall(v) if not (c == "STREET_ADDRESS" and x == "Dr")]
            assert not cues, (c, v)
            assert re.fullmatch(_SHAPES[c], v), (c, v)
            if c == "AGE_OVER_89":
                assert int(v) >= 90
            if c == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"\d{4}", v)]
                assert years and all(1900 <= y <= 2030 for y in years)
            # the value is a whole token, not part of a longer word or number
            assert s == 0 or not n.text[s - 1].isalnum()
            assert e == len(n.text) or not n.text[e].isalnum()


def test_value_diversity():
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for n, _, _ in _all():
        for s, e, c in n.spans:
            vals[c].append(n.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 10
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 25, c
        elif c == "PERSON":
            assert distinct >= 0.8 * len(vs)
        else:
            assert distinct >= 0.9 * len(vs), c


def test_contexts_vary():
    # each category appears after many different preceding contexts (cue, table cell, prose...)
    ctx: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for n, _, _ in _all():
        for s, _e, c in n.spans:
            ctx[c].add(n.text[max(0, s - 12):s])
    for c, found in ctx.items():
        assert len(found) >= 15, c


def test_real_year_dates_only_where_labelled():
    for n, _, _ in _all():
        labelled = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
        for rx in _DATES:
            for mt in rx.finditer(n.text):
                if not 1900 <= int(mt.group(1)) <= 2030:
                    continue
                inside = any(s <= mt.start() and mt.end() <= e for s, e in labelled)
                expiry = bool(_EXPIRY_CUE.search(n.text[max(0, mt.start() - 12):mt.start()]))
                assert inside or expiry, n.text[max(0, mt.start() - 40):mt.end() + 10]


def test_ages_over_89_labelled():
    seen_small = 0
    for n, _, _ in _all():
        ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
        for rx in _AGES:
            for mt in rx.finditer(n.text):
                if int(mt.group(1)) >= 90:
                    assert (mt.start(1), mt.end(1)) in ages, n.text[max(0, mt.start() - 40):mt.end() + 10]
                else:
                    seen_small += 1
    assert seen_small > 200


def test_lookalikes():
    used: Counter[str] = Counter()
    for n, looks, _ in _all():
        for lk in looks:
            assert lk in n.text
            k = -1
            while (k := n.text.find(lk, k + 1)) >= 0:
                end = k + len(lk)
                if (k and n.text[k - 1].isalnum()) or (end < len(n.text) and n.text[end].isalnum()):
                    continue
                assert not any(s < end and e > k for s, e, _ in n.spans), (lk, n.text[k - 20:end + 20])
        used.update(set(looks))
    brands = [b for b in m.EPONYMS_AND_BRANDS if used[b]]
    assert len(brands) >= 60
    assert len(brands) == len(m.EPONYMS_AND_BRANDS)
    # plenty of hard negatives per note
    assert sum(len(lk) for _, lk, _ in _all()) / (N * len(SEEDS)) >= 6


def test_shifted_dates_unlabelled():
    n_shifted = 0
    for n, _, _ in _all():
        for mt in re.finditer(r"\b2[01]\d\d\b", n.text):
            y = int(mt.group())
            if 2100 <= y <= 2199:
                n_shifted += 1
                assert not any(s <= mt.start() < e and c == "DATE_REAL_YEAR" for s, e, c in n.spans)
    assert n_shifted > 500


def test_module_contract():
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 55: ")
    assert "Written blind:" in doc
    assert callable(m.main) and callable(m.holdout55_note) and callable(m.holdout55_corpus)
    note, looks, kind = m._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    for kind_name, (note_type, builder) in m._KINDS.items():
        assert note_type in ("radiology", "discharge") and callable(builder), kind_name


@pytest.mark.parametrize("seed", SEEDS)
def test_planted_notes_have_one_to_four(seed):
    for n, _, k in _built(seed):
        if n.spans:
            assert 1 <= len(n.spans) <= 4 and k == "normal"
