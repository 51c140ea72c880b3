"""Label tests for held-out corpus 90 (DTC genomics, biobanks, specimen repositories). The detector is never run."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout90 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "ACCOUNT": 248, "AGE_OVER_89": 63, "DATE_REAL_YEAR": 190, "DEVICE_ID": 124, "EMAIL": 61, "FAX": 62,
    "HEALTH_PLAN": 61, "IP_ADDRESS": 65, "LICENSE": 129, "LOCATION": 125, "MRN": 123, "ORGANIZATION": 191,
    "PAGER": 66, "PERSON": 247, "PHONE": 122, "SSN": 59, "STREET_ADDRESS": 55, "URL": 62, "VEHICLE_ID": 59,
    "ZIP": 66,
}  # seeds 1-3 x 600 notes; categories walk a fixed wheel by a Weyl sequence, independent of the text

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = [
    re.compile(r"(?<![\d.])\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})[/-]\d{1,2}[/-]\d{1,2}(?!\d)"),
    re.compile(_MONTH + r"\s+\d{1,2},?\s+(\d{4})(?!\d)", re.I),
    re.compile(r"(?<!\d)\d{1,2}[\s-]" + _MONTH + r"[\s-](\d{4})(?!\d)", re.I),
]
_AGE_RES = [
    re.compile(r"(?<!\d)(\d{2,3})\s*-?\s*(?:years?[- ]old|year|yrs?\b|yo\b|y/o|y\.o\.)", re.I),
    re.compile(r"\b(?:age|aged|Age:)\s*(\d{2,3})(?!\d)", re.I),
]
_CUES = ("dr", "dr.", "mrn", "fax", "pager", "pgr", "sn", "s/n", "plate", "acct", "tel", "ph", "npi", "dea",
         "ssn", "md", "rn", "cgc", "np", "tag", "vin", "accession", "member", "email", "zip", "lic")
_SHAPES = {
    "PHONE": r"[+(\d][\d\s().-]{8,}\d",
    "FAX": r"[+(\d][\d\s().-]{8,}\d",
    "PAGER": r"[(\d][\d\s().-]{2,}\d",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "URL": r"(https?://|www\.)\S+|[\w-]+(\.[\w-]+)+(/\S*)?",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z0-9][A-Z0-9-]{4,}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 .-]{3,}[A-Z0-9]",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{6,}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{5,}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][\w.' ]+(,? (Apt|#) ?\w+|#\d+)?",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-3]\d)\b.*",
    "AGE_OVER_89": r"(9\d|1[01]\d)",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9]",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{3,16}",
    "PERSON": r"[A-Z][A-Za-z.'-]*(,? [A-Za-z][A-Za-z.'-]*)+",
    "LOCATION": r"[A-Z][A-Za-z.'-]*( [A-Z][A-Za-z.'-]*)*",
    "ORGANIZATION": r"[A-Z][\w&.,'#-]*( [\w&.,'#-]+)+",
}
_TOLL_FREE = re.compile(r"^(?:\+?1[ .-]?)?\(?(800|888|877|866|855|844|833)\)?")


@cache
def _built(seed: int, n: int = N) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((note, tuple(looks), kind) for note, looks, kind in (h._build(seed, i) for i in range(n)))


def _all():
    for seed in SEEDS:
        yield from _built(seed)


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout90_corpus(seed, n):
        m.update(note.note_type.encode())
        m.update(note.text.encode())
        m.update(repr(note.spans).encode())
    return m.hexdigest()


# ---------------------------------------------------------------------------------------------- contract

def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 90: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    assert callable(h.main)
    for i in range(20):
        assert h.document_kind(1, i) in h.DOCUMENT_KINDS
        assert h.holdout90_note(1, i) == h._build(1, i)[0]
        note, looks, kind = h._build(1, i)
        assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
        assert note.note_type == h._KINDS[h.document_kind(1, i)][0]


# ---------------------------------------------------------------------------------------------- determinism

def test_determinism_same_process():
    for seed in SEEDS:
        for i in (0, 7, 133, 599):
            a, b = h._build(seed, i), h._build(seed, i)
            assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]


def test_prefix_stability():
    for seed in SEEDS:
        assert h.holdout90_corpus(seed, 40) == h.holdout90_corpus(seed, 90)[:40]


def test_determinism_across_processes_and_hash_seeds():
    here = _digest(2, 60)
    code = "from tests.test_notes_holdout90 import _digest; print(_digest(2, 60))"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# ---------------------------------------------------------------------------------------------- shape of the corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.43 <= rad <= 0.47
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used():
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        heavy = [b for b in built if b[2] == "heavy"]
        planted = [b for b in built if b[0].spans]
        assert len(heavy) == N // 20
        assert 0.57 <= len(planted) / N <= 0.59
        for note, _, _ in heavy:
            assert not note.spans
            assert note.text.count("___") >= 25
        for note, _, _ in planted:
            assert 1 <= len(note.spans) <= 4


def test_exact_category_totals():
    totals = Counter(cat for note, _, _ in _all() for _, _, cat in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- spans

def test_span_integrity_and_shapes():
    for note, _, _ in _all():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, repr(v)
            first = re.split(r"[\s:#]", v.lower())[0]
            assert first not in _CUES, (cat, v)
            assert re.fullmatch(_SHAPES[cat], v), (cat, v)
            if cat in ("PHONE", "PAGER"):
                assert not _TOLL_FREE.match(v), v
            if cat in ("PHONE", "FAX"):
                assert 10 <= sum(ch.isdigit() for ch in v) <= 11, v
            if cat == "AGE_OVER_89":
                assert 90 <= int(v) <= 120
            if cat == "LOCATION":
                assert v not in ("New York", "Pennsylvania", "Vermont", "Ohio", "Florida")


def test_value_diversity():
    values: dict[str, list[str]] = {}
    for note, _, _ in _all():
        for s, e, cat in note.spans:
            values.setdefault(cat, []).append(note.text[s:e])
    for cat, vs in values.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= min(30, len(vs))
        else:
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))


def test_context_diversity():
    """Each category is planted behind many different cue contexts."""
    ctx: dict[str, set[str]] = {}
    for note, _, _ in _all():
        for s, _, cat in note.spans:
            ctx.setdefault(cat, set()).add(re.sub(r"\d", "0", note.text[max(0, s - 14):s]))
    for cat, cs in ctx.items():
        assert len(cs) >= 5, cat


def test_real_year_dates_only_where_labelled():
    for note, _, _ in _all():
        for rx in _DATE_RES:
            for m in rx.finditer(note.text):
                year = int(m.group(1))
                if not 1900 <= year <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in note.spans)
                before = note.text[max(0, m.start() - 25):m.start()].lower()
                expiry = "exp" in before or "use by" in before
                assert inside or expiry, note.text[max(0, m.start() - 40):m.end() + 10]


def test_every_age_over_89_labelled():
    for note, _, _ in _all():
        for rx in _AGE_RES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert any(s <= m.start(1) and m.end(1) <= e and c == "AGE_OVER_89"
                               for s, e, c in note.spans), note.text[max(0, m.start() - 40):m.end() + 10]


# ---------------------------------------------------------------------------------------------- look-alikes

def test_lookalikes_present_and_never_overlap_spans():
    for note, looks, _ in _all():
        for lk in looks:
            assert lk in note.text
            k = note.text.find(lk)
            while k != -1:
                for s, e, _ in note.spans:
                    assert not (k < e and k + len(lk) > s), (lk, note.text[s:e])
                k = note.text.find(lk, k + 1)


def test_lookalike_volume_and_brand_use():
    used = Counter()
    for _note, looks, kind in _built(1):
        if kind == "normal":
            assert len(looks) >= 4
        used.update(looks)
    missing = [b for b in h.EPONYMS_AND_BRANDS if not used[b]]
    assert not missing, missing


@pytest.mark.parametrize("seed", SEEDS)
def test_no_unmasked_toll_free_labelled(seed):
    for note, _, _ in _built(seed):
        for s, e, cat in note.spans:
            if cat in ("PHONE", "PAGER"):
                assert not _TOLL_FREE.match(note.text[s:e])
