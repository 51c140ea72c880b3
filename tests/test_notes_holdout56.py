"""Label tests for held-out corpus 56 (blood bank, apheresis, chaplaincy and bereavement).

Only the labels are checked here; the detector is never run.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import os
import re
import subprocess
import sys

from lqs_clinical.synth import notes_holdout56 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 104, "AGE_OVER_89": 118, "DATE_REAL_YEAR": 122, "DEVICE_ID": 123, "EMAIL": 101, "FAX": 117,
    "HEALTH_PLAN": 108, "IP_ADDRESS": 110, "LICENSE": 104, "LOCATION": 110, "MRN": 115, "ORGANIZATION": 112,
    "PAGER": 114, "PERSON": 93, "PHONE": 104, "SSN": 110, "STREET_ADDRESS": 99, "URL": 80, "VEHICLE_ID": 101,
    "ZIP": 96,
}

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d-\d{4}|\d{5}|\d{3}-\d{3}-\d{4}|\d{3}-\d{4}",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w@./?=&-]*)?",
    "IP_ADDRESS": r"\d{1,3}(?:\.\d{1,3}){3}|fe80(?::{1,2}[0-9a-f]{1,4})+",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"(?:MR|H-)?\d{7,9}",
    "ACCOUNT": r"(?:BB|XM-|E|A|HV-|ORD|SC|[A-K]{2})?\d{5,11}|\d{2}-\d{6}",
    "HEALTH_PLAN": r"(?:XJH|W|MBR-|ZQB)?\d{8,12}A?|\d{9}A|YLP\d{6}-\d{2}|\d[A-Z]{2}\d-[A-Z]{2}\d-[A-Z]{2}\d{2}",
    "LICENSE": r"\d{6,10}|[A-Z]{2}\d{7}|S\d{8}|[A-Z]\d{3}-\d{4}-\d{4}|P\d{5}|LN\d{7}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,4} [A-Z][A-Za-z ]+ (?:Ave|St|Rd|Ln|Dr|Way|Ct|Terrace|Pkwy|Blvd|Cir|Pl)"
                      r"(?: Apt \d+[A-D]|, Unit \d+)?",
    "DATE_REAL_YEAR": r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+ \d{1,2}, \d{4}"
                      r"|\d{1,2} [A-Z][a-z]{2} \d{4}|\d{2}-[A-Z]{3}-\d{4}",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"1P\d{5}|[KLPQ][XZW]\d{6}H|\d{9}|CX\d{5}-\d{2}|PJN\d{6}|\d{4}-\d{5}|(?:BW|INF|BME)\d{6}",
    "VEHICLE_ID": r"N\d{2,3}[A-Z]{2}|[A-Z0-9]{17}|\d[A-Z]{3}\d{3}|[A-Z]{3}-\d{4}|\d{3} [A-Z]{2}\d|LVY \d{4}",
    "PERSON": r"[^\W\d_][\w'’.-]*(?:,? [^\W\d_][\w'’.-]*)*",
    "LOCATION": r"[A-Z][a-z]+(?: [A-Z][a-z]+)?",
    "ORGANIZATION": r"[A-Z][A-Za-z&.,' -]+(?: #\d{4})?",
}
CUE_TOKENS = {"Dr", "MRN", "pager", "Pgr", "pgr", "Fax", "FAX", "fx", "SN", "plate", "Acct", "MD", "RN", "DOB", "NPI",
              "DEA", "SSN", "Tel", "Phone", "Chaplain", "Fr", "Mr", "Mrs", "Ms", "Rev", "Lic", "Member", "ID", "Zip",
              "Age", "aged", "serial", "tag", "VIN", "Email", "Unit", "No", "Policy", "Medicaid", "MBI", "DL"}
DATE_RX = re.compile(r"\b(?:\d{1,2}[/.]\d{1,2}[/.](\d{4})|(\d{4})-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? (\d{4})"
                     r"|\d{1,2}[ -](?:[A-Z][a-z]{2}|[A-Z]{3})[ -](\d{4}))\b")
AGE_RXS = (
    re.compile(r"\b(\d{2,3})(?=\s?(?:-?year-old|-? ?years? old|y/o|yo\b|yrs? old|(?:st|nd|rd|th) birthday))"),
    re.compile(r"\b(?:[Aa]ge|aged|AGE)\s*[:|]?\s*(\d{2,3})\b"),
)


@functools.cache
def built(seed: int, n: int = N) -> tuple:
    return tuple(m._build(seed, i) for i in range(n))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in m.holdout56_corpus(seed, n):
        h.update(repr((note.note_type, note.text, note.spans)).encode())
    return h.hexdigest()


def _occurrences(text: str, s: str):
    k = text.find(s)
    while k >= 0:
        before = text[k - 1] if k else " "
        after = text[k + len(s)] if k + len(s) < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            yield k, k + len(s)
        k = text.find(s, k + 1)


# ---------------------------------------------------------------------------------------------- determinism


def test_deterministic_same_seed_and_index():
    for i in (0, 7, 133, 599):
        a, b = m._build(4, i), m._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert m.holdout56_note(1, 5).text != m.holdout56_note(2, 5).text


def test_prefix_stable():
    for seed in (1, 9):
        assert m.holdout56_corpus(seed, 40) == m.holdout56_corpus(seed, 90)[:40]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(3, 60)
    code = ("import hashlib\nfrom lqs_clinical.synth import notes_holdout56 as m\nh = hashlib.sha256()\n"
            "for note in m.holdout56_corpus(3, 60):\n"
            "    h.update(repr((note.note_type, note.text, note.spans)).encode())\nprint(h.hexdigest())")
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        assert out.stdout.strip() == here


# ---------------------------------------------------------------------------------------------- shape of corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        assert all(isinstance(n, LabelledNote) for n in notes)
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.42 <= rad <= 0.48
        assert all(1100 <= len(n.text) <= 4500 for n in notes)


def test_every_kind_used_often():
    for seed in SEEDS:
        counts = collections.Counter(m.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i in range(0, N, 37):
            assert built(seed)[i][0].note_type == m._KINDS[m.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        b = built(seed)
        planted = sum(1 for note, _, _ in b if note.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [note for note, _, kind in b if kind == "heavy"]
        assert len(heavy) == N // 20
        for note in heavy:
            assert not note.spans
            assert note.text.count("___") >= 25
        assert {kind for _, _, kind in b} == {"heavy", "normal"}


def test_spans_per_planted_note():
    counts = collections.Counter(len(note.spans) for note, _, _ in all_built() if note.spans)
    assert set(counts) == {1, 2, 3, 4}


def test_exact_category_totals():
    totals = collections.Counter(c for note, _, _ in all_built() for _, _, c in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- span integrity


def test_span_integrity():
    for note, _, _ in all_built():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            value = note.text[s:e]
            assert value == value.strip() and "\n" not in value
            assert re.fullmatch(SHAPES[cat], value), (cat, value)
            tokens = set(re.split(r"[^\w]+", value))
            if cat == "STREET_ADDRESS":  # "Dr" (Drive) and "Unit" are part of a street line
                tokens -= {"Dr", "Unit"}
            assert not tokens & CUE_TOKENS, (cat, value)
            if cat == "AGE_OVER_89":
                assert int(value) >= 90
            if cat == "DATE_REAL_YEAR":
                year = int(re.search(r"\d{4}", value).group(0))
                assert 1900 <= year <= 2030


def test_value_diversity():
    values = collections.defaultdict(list)
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])
    for cat, vs in values.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 40
        else:
            assert distinct >= 0.9 * len(vs), cat


def test_real_year_dates_only_where_labelled():
    for note, lookalikes, _ in all_built():
        labelled = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for mt in DATE_RX.finditer(note.text):
            year = int(next(g for g in mt.groups() if g))
            if not 1900 <= year <= 2030:
                continue
            if any(s < mt.end() and mt.start() < e for s, e in labelled):
                continue
            before = note.text[max(0, mt.start() - 25):mt.start()]
            assert re.search(r"(?i)\bexp", before), mt.group(0)
            assert mt.group(0) in lookalikes


def test_shifted_dates_never_labelled():
    for note, _, _ in all_built():
        for s, e, c in note.spans:
            if c == "DATE_REAL_YEAR":
                assert not re.search(r"\b2[12]\d\d\b", note.text[s:e])


def test_every_age_over_89_labelled():
    seen = 0
    for note, _, _ in all_built():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        for rx in AGE_RXS:
            for mt in rx.finditer(note.text):
                if int(mt.group(1)) >= 90:
                    seen += 1
                    assert (mt.start(1), mt.end(1)) in ages, mt.group(0)
    assert seen >= 100


# ---------------------------------------------------------------------------------------------- look-alikes


def test_lookalikes_present_and_never_overlapping_spans():
    n_lookalikes = 0
    for note, lookalikes, _ in all_built():
        assert len(lookalikes) == len(set(lookalikes))
        for la in lookalikes:
            occ = list(_occurrences(note.text, la))
            assert occ, la
            n_lookalikes += 1
            for a, b in occ:
                assert not any(s < b and a < e for s, e, _ in note.spans), la
    assert n_lookalikes > 10 * N


def test_eponyms_and_brands_used():
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    used = {la for _, lookalikes, _ in built(1) for la in lookalikes}
    assert not [x for x in m.EPONYMS_AND_BRANDS if x not in used]


# ---------------------------------------------------------------------------------------------- contract


def test_module_contract():
    assert m.__doc__.startswith("Held-out corpus 56: ")
    assert "Written blind:" in m.__doc__
    assert len(m.DOCUMENT_KINDS) >= 12
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"radiology", "discharge"}
    assert all(callable(b) for _, b in m._KINDS.values())
    note, lookalikes, kind = m._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(lookalikes, list) and kind in ("heavy", "normal")
    assert m.holdout56_note(1, 3) == m.holdout56_corpus(1, 4)[3]
    assert m.document_kind(1, 3) in m.DOCUMENT_KINDS
    assert callable(m.main)
