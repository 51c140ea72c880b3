"""Label tests for held-out corpus 73 (elder law, guardianship, financial exploitation, capacity).

Only the labelled ground truth is checked here; the detector is never run or imported.
"""

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

from lqs_clinical.synth import notes_holdout73 as mod
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

EXPECTED_TOTALS = {
    "ACCOUNT": 280, "AGE_OVER_89": 129, "DATE_REAL_YEAR": 210, "DEVICE_ID": 44, "EMAIL": 60, "FAX": 49,
    "HEALTH_PLAN": 95, "IP_ADDRESS": 39, "LICENSE": 70, "LOCATION": 129, "MRN": 55, "ORGANIZATION": 283,
    "PAGER": 43, "PERSON": 278, "PHONE": 116, "SSN": 42, "STREET_ADDRESS": 67, "URL": 43, "VEHICLE_ID": 41,
    "ZIP": 58,
}

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
DATE_PATTERNS = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(_MON + r"[a-z]*\.? \d{1,2}, (\d{4})\b"),
    re.compile(r"\b\d{1,2} " + _MON + r"[a-z]* (\d{4})\b"),
    re.compile(r"\b\d{1,2}-" + _MON + r"-(\d{4})\b", re.IGNORECASE),
)
AGE_PATTERNS = (
    re.compile(r"\b(\d{2,3})[- ]?(?:year|yr)s?[- ]old\b"),
    re.compile(r"\b(\d{2,3}) ?(?:y/o|yo|y\.o\.)"),
    re.compile(r"\b[Aa]ged? (\d{2,3})\b"),
    re.compile(r"\bAge: *(\d{2,3})\b"),
    re.compile(r"\b(\d{2,3})[FM]\b"),
    re.compile(r"\((\d{2,3}) years old\)"),
)
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
SHAPES = {
    "PERSON": re.compile(r"^[^\W\d_][\w'.\-]*(?:,? [^\W\d_][\w'.\-]*)+$|^[^\W\d_][\w'\-]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][\w'&.,\- ]+[\w.]$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9\- ]{4,}[A-Z0-9]$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9\-]{6,}[A-Z0-9]$"),
    "LICENSE": re.compile(r"^[A-Z0-9][0-9 \-]{4,}\d$"),
    "PHONE": re.compile(r"^(?:\+1 )?\(?\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}$"),
    "FAX": re.compile(r"^(?:\+1 )?\(?\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}$"),
    "PAGER": re.compile(r"^[\d(+][\d\-() ./]{2,}\d$"),
    "EMAIL": re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$"),
    "URL": re.compile(r"^(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^\d[\d ]{5,}\d$"),
    "DATE_REAL_YEAR": re.compile(r"^[\w ,./\-]+$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9\-]{5,}$"),
    "VEHICLE_ID": re.compile(r"^(?:[A-Z]{3}[- ]?\d{4}|[A-HJ-NPR-Z0-9]{17})$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Z][\w .]+(?:,? (?:Apt\.? \w+|#\d+))?$"),
    "LOCATION": re.compile(r"^[A-Z][a-z]+(?:[ \-][A-Za-z]+)*$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
}
CUE_WORDS = re.compile(
    r"\b(?:Dr|MRN|Acct|Account|Fax|Pager|Beeper|Tel|Phone|SN|Plate|VIN|NPI|MD|RN|LCSW|Esq|DOB|SSN|Hon|Ms|Mr|"
    r"Mrs|ext|Lic|License|CIN|MBI|Email|Reg|Unit No)\b\.?",
)


@cache
def built(seed: int, n: int = N) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(mod._build(seed, i) for i in range(n))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in mod.holdout73_corpus(seed, n):
        h.update(repr((note.note_type, note.text, note.spans)).encode())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_and_index_is_identical():
    for i in (0, 7, 123, 599):
        a, b = mod._build(2, i), mod._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert mod.holdout73_note(1, 5) != mod.holdout73_note(2, 5)


def test_prefix_stability():
    for seed in SEEDS:
        assert mod.holdout73_corpus(seed, 40) == mod.holdout73_corpus(seed, 90)[:40]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_identical_across_processes_and_hash_seeds(hashseed):
    code = ("from lqs_clinical.synth import notes_holdout73 as m\n"
            "import hashlib\nh = hashlib.sha256()\n"
            "for n in m.holdout73_corpus(3, 60):\n    h.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(h.hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": hashseed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(3, 60)


# ---------------------------------------------------------------------------------------------- shape of the corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_often():
    for seed in SEEDS:
        counts = Counter(mod.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(mod.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == mod._KINDS[mod.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        rows = built(seed)
        planted = sum(1 for note, _, _ in rows if note.spans)
        heavy = [note for note, _, kind in rows if kind == "heavy"]
        assert 0.57 <= planted / N <= 0.59
        assert len(heavy) == N // 20
        for note in heavy:
            assert not note.spans
            assert note.text.count("___") >= 25
        for note, _, kind in rows:
            assert kind in ("heavy", "normal")
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for note, _, _ in all_built() for _, _, c in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) <= set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- span integrity

def test_spans_in_bounds_non_overlapping_and_clean():
    for note, _, _ in all_built():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            value = note.text[s:e]
            assert value == value.strip() and "\n" not in value
            assert not CUE_WORDS.search(value), (cat, value)
            assert SHAPES[cat].match(value), (cat, value)


def test_values_match_category_semantics():
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            if cat in ("PHONE", "FAX"):
                assert re.sub(r"\D", "", v)[-10:][:3] not in TOLL_FREE
            elif cat == "AGE_OVER_89":
                assert int(v) >= 90
            elif cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"\d{4}", v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
                assert any(p.fullmatch(v) for p in DATE_PATTERNS), v
            elif cat == "IP_ADDRESS":
                assert all(0 <= int(x) <= 255 for x in v.split("."))
            elif cat in ("ACCOUNT", "LICENSE", "HEALTH_PLAN", "DEVICE_ID"):
                assert sum(ch.isdigit() for ch in v) >= 4, (cat, v)
            elif cat == "LOCATION":
                assert v not in ("New York",)


def test_values_are_diverse():
    by_cat: dict[str, list[str]] = {}
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            by_cat.setdefault(cat, []).append(note.text[s:e])
    for cat, values in by_cat.items():
        distinct = len(set(values)) / len(values)
        floor = {"ORGANIZATION": 0.12, "LOCATION": 0.2, "AGE_OVER_89": 0.1}.get(cat, 0.6)
        assert distinct >= floor, (cat, distinct)


def test_real_year_dates_only_where_labelled():
    for note, _, _ in all_built():
        date_spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for pat in DATE_PATTERNS:
            for m in pat.finditer(note.text):
                year = int(m.group(1))
                if not 1900 <= year <= 2030:
                    assert 2100 <= year <= 2200, m.group(0)
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in date_spans)
                expiry = re.search(r"exp", note.text[max(0, m.start() - 14):m.start()], re.IGNORECASE)
                assert inside or expiry, m.group(0)


def test_lookalikes_present_and_never_overlap_a_span():
    for note, looks, _ in all_built():
        assert all(isinstance(x, str) and x for x in looks)
        for look in looks:
            starts = [m.start() for m in re.finditer(re.escape(look), note.text)]
            assert starts, look
            for st in starts:
                en = st + len(look)
                assert not any(st < e and en > s for s, e, _ in note.spans), (look, note.text[st - 20:en + 20])


def test_every_age_over_89_is_labelled():
    for note, _, _ in all_built():
        ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        for pat in AGE_PATTERNS:
            for m in pat.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, note.text[m.start() - 20:m.end() + 20]


def test_masked_notes_keep_placeholders():
    for note, _, _kind in all_built():
        assert "___" in note.text


# ---------------------------------------------------------------------------------------------- module contract

def test_module_contract():
    assert mod.__doc__.startswith("Held-out corpus 73: ")
    assert "Written blind:" in mod.__doc__
    assert len(mod.DOCUMENT_KINDS) >= 12
    assert set(mod._KINDS) == set(mod.DOCUMENT_KINDS)
    assert {t for t, _ in mod._KINDS.values()} == {"discharge", "radiology"}
    for _, builder in mod._KINDS.values():
        assert callable(builder)
    assert callable(mod.main)
    assert len(mod.EPONYMS_AND_BRANDS) == len(set(mod.EPONYMS_AND_BRANDS))
    used = set()
    for _, looks, _ in all_built():
        used.update(looks)
    assert len([x for x in mod.EPONYMS_AND_BRANDS if x in used]) >= 60
    note = mod.holdout73_note(1, 0)
    assert isinstance(note, LabelledNote)
