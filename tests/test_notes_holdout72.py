"""Label tests for held-out corpus 72 (transportation medicine). The detector is never run here."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

from lqs_clinical.synth import notes_holdout72 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 194, "AGE_OVER_89": 60, "DATE_REAL_YEAR": 144, "DEVICE_ID": 66, "EMAIL": 69, "FAX": 71,
    "HEALTH_PLAN": 69, "IP_ADDRESS": 69, "LICENSE": 200, "LOCATION": 150, "MRN": 70, "ORGANIZATION": 207,
    "PAGER": 54, "PERSON": 208, "PHONE": 75, "SSN": 80, "STREET_ADDRESS": 65, "URL": 73, "VEHICLE_ID": 215,
    "ZIP": 75,
}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    out = []
    for i in range(N):
        note, looks, kind = h._build(seed, i)
        out.append((note, tuple(looks), kind))
    return tuple(out)


_DIGEST_SRC = """
import hashlib, json
from lqs_clinical.synth import notes_holdout72 as h


def _digest(seed, n):
    rows = []
    for i in range(n):
        note, looks, kind = h._build(seed, i)
        rows.append([note.note_type, note.text, [list(s) for s in note.spans], looks, kind])
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()
"""
_ns: dict = {}
exec(_DIGEST_SRC, _ns)
_digest = _ns["_digest"]


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_same_note():
    for i in (0, 7, 133, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h.holdout72_note(1, 5).text != h.holdout72_note(2, 5).text


def test_prefix_stable():
    short, long = h.holdout72_corpus(3, 40), h.holdout72_corpus(3, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:40]]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(2, 60)
    code = _DIGEST_SRC + "\nprint(_digest(2, 60))\n"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=root)
        got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root,
                             check=True).stdout.strip()
        assert got == here


# ---------------------------------------------------------------------------------------------- shape of corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48, rad
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {nt for nt, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        c = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(c) == set(h.DOCUMENT_KINDS)
        assert min(c.values()) >= 15, c
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


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
        for n, _, k in built:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    tot: Counter[str] = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            tot.update(c for _, _, c in n.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) <= set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- spans

_SHAPES = {
    "PHONE": re.compile(r"^[\d()+. \-]+$"),
    "FAX": re.compile(r"^[\d()+. \-]+$"),
    "PAGER": re.compile(r"^\d[\d\-]{3,9}$"),
    "EMAIL": re.compile(r"^[\w.+\-]+@[\w\-]+(\.[\w\-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)[\w\-]+(\.[\w\-]+)+(/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,2}[\d\-]{6,}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9 \-]*[A-Z0-9]$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 \-]*[A-Z0-9]$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Za-z0-9 .,']+$"),
    "DATE_REAL_YEAR": re.compile(r"^[A-Za-z0-9 ,./\-]+$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 \-]*[A-Z0-9]$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z .,'\-]*[A-Za-z]$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z .,'\-]*[A-Za-z]$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z .,'&\-0-9]*[A-Za-z.]$"),
}
_CUES = re.compile(r"\b(Dr|MRN|pager|pgr|Fax|fax|SN|plate|Acct|Tel|NPI|DEA|CDL|VIN|MBI|CIN|SSN|serial|Registry|"
                   r"No|MD|RN|DO|Unit|Member|ID|Age|aged|DOB|tag|beeper)\b|[#:]")
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            last_end = -1
            for s, e, cat in sorted(note.spans):
                assert 0 <= s < e <= len(note.text)
                assert s >= last_end, "overlapping spans"
                last_end = e
                v = note.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert _SHAPES[cat].match(v), (cat, v)
                if cat == "STREET_ADDRESS":  # "Dr" (drive) and "Unit" belong to a street line
                    assert not _CUES.search(re.sub(r"\b(Dr|Unit)\b", "", v)), (cat, v)
                elif cat != "URL":
                    assert not _CUES.search(v), (cat, v)
                if cat in ("PHONE", "FAX"):
                    d = _digits(v)
                    assert len(d) in (10, 11)
                    if cat == "PHONE":
                        assert d[-10:-7] not in _TOLL_FREE
                if cat == "PAGER":
                    assert 4 <= len(_digits(v)) <= 10
                if cat == "IP_ADDRESS":
                    assert all(0 <= int(x) <= 255 for x in v.split("."))
                if cat == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
                    assert len(years) == 1 and 1900 <= years[0] <= 2030, v
                if cat == "AGE_OVER_89":
                    assert 90 <= int(v) <= 119
                if cat in ("ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "VEHICLE_ID", "MRN"):
                    assert re.search(r"\d", v), (cat, v)


def test_values_are_diverse():
    vals: dict[str, list[str]] = {}
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            for s, e, cat in note.spans:
                vals.setdefault(cat, []).append(note.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 40, (cat, distinct)
        elif cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat == "PERSON":
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))
        else:
            assert distinct >= 0.9 * len(vs), (cat, distinct, len(vs))


_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)\d{1,2}[/.]\d{1,2}[/.](\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})-\d{2}-\d{2}(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}[ -]" + _MON + r"[ -](\d{4})(?!\d)", re.IGNORECASE),
    re.compile(_MON + r" \d{1,2},? (\d{4})(?!\d)", re.IGNORECASE),
)


def test_real_year_dates_only_where_labelled():
    seen_shifted = 0
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
            for pat in _DATE_PATTERNS:
                for m in pat.finditer(note.text):
                    year = int(m.group(1))
                    if year > 2030:
                        seen_shifted += 1
                        assert 2100 <= year <= 2200
                        continue
                    if any(s <= m.start() and m.end() <= e for s, e in dates):
                        continue
                    before = note.text[max(0, m.start() - 8):m.start()].lower()
                    assert "exp" in before, note.text[max(0, m.start() - 40):m.end() + 10]
    assert seen_shifted > 500


_AGE_PATTERNS = (
    re.compile(r"(?<!\d)(\d{2,3})(?:-year-old|-yo\b| year old| y/o|yo\b|-year\b)"),
    re.compile(r"\b(?:[Aa]ge|aged|Age:)\s*(\d{2,3})\b"),
)


def test_every_age_over_89_is_labelled():
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
            for pat in _AGE_PATTERNS:
                for m in pat.finditer(note.text):
                    if int(m.group(1)) >= 90:
                        assert any(s == m.start(1) and e == m.end(1) for s, e in ages), note.text[m.start():m.end()]


def test_lookalikes_present_and_never_inside_spans():
    used: set[str] = set()
    for seed in SEEDS:
        for note, looks, _ in _built(seed):
            for lk in looks:
                assert lk in note.text
                for m in re.finditer(re.escape(lk), note.text):
                    assert not any(m.start() < e and m.end() > s for s, e, _ in note.spans), lk
            used.update(looks)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    missing = [x for x in h.EPONYMS_AND_BRANDS if x not in used]
    assert not missing, missing
    for x in ("USDOT", "MC-", "49 CFR", "www.fmcsa.dot.gov", "MCSA-5876", "New York"):
        assert any(x in lk for lk in used), x


def test_masked_only_identifiers():
    """MedXPress confirmation numbers only ever appear masked."""
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            for m in re.finditer(r"MedXPress[^\n]{0,30}?(?:confirmation|conf\.)[^\n]{0,12}", note.text):
                assert "___" in note.text[m.start():m.end() + 6]


# ---------------------------------------------------------------------------------------------- contract

def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 72: ")
    assert "Written blind:" in h.__doc__
    assert isinstance(h.DOCUMENT_KINDS, tuple) and set(h.DOCUMENT_KINDS) == set(h._KINDS)
    for kind, (nt, builder) in h._KINDS.items():
        assert nt in ("discharge", "radiology") and callable(builder), kind
    note, looks, kind = h._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.document_kind(1, 3) in h.DOCUMENT_KINDS
    corpus = h.holdout72_corpus(1, 5)
    assert len(corpus) == 5 and all(isinstance(n, LabelledNote) for n in corpus)
    assert corpus[2].text == h.holdout72_note(1, 2).text
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert list(inspect.signature(h._build).parameters) == ["seed", "i"]


def test_every_kind_can_take_every_category():
    for kind, (nt, _) in h._KINDS.items():
        md = frozenset(h._KIND_MODES[kind].split())
        for cat in EXPECTED_TOTALS:
            assert sum(h._fits(t[0], nt[0], md) for t in h._TEMPLATES[cat]) >= 2, (kind, cat)
