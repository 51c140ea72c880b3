"""Label tests for held-out corpus 61 (medical toxicology and the regional poison center).

Only the labelled ground truth is checked here; the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest

from lqs_clinical.synth import notes_holdout61 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 182,
    "AGE_OVER_89": 79,
    "DATE_REAL_YEAR": 198,
    "DEVICE_ID": 74,
    "EMAIL": 60,
    "FAX": 62,
    "HEALTH_PLAN": 75,
    "IP_ADDRESS": 36,
    "LICENSE": 85,
    "LOCATION": 137,
    "MRN": 121,
    "ORGANIZATION": 199,
    "PAGER": 61,
    "PERSON": 291,
    "PHONE": 131,
    "SSN": 36,
    "STREET_ADDRESS": 74,
    "URL": 40,
    "VEHICLE_ID": 60,
    "ZIP": 82,
}

_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
DATE_PATTERNS = [
    re.compile(rf"\b\d{{1,2}}/\d{{1,2}}/{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-\d{{2}}-\d{{2}}\b"),
    re.compile(rf"\b{_MON}[a-z]*\.? \d{{1,2}},? {_YEAR}\b"),
    re.compile(rf"\b\d{{1,2}} {_MON}[a-z]* {_YEAR}\b"),
    re.compile(rf"\b\d{{1,2}}-{_MON}-{_YEAR}\b", re.I),
    re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.{_YEAR}\b"),
]
AGE_PATTERNS = [
    re.compile(r"\b(\d{2,3})(?:\s*|-)(?:years?[- ]old|year|yrs?\b|yo\b|y/o|y\.o\.)"),
    re.compile(r"\b[Aa]ge[:\s]+(\d{2,3})\b"),
    re.compile(r"\(age (\d{2,3})\)"),
]
_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. /])\d{3}[-. ]\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"(?:\(\d{3}\) )?[\d-]{4,9}",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://|www\.)[\w./?=&%-]+[\w/]",
    "IP_ADDRESS": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]{0,2}[\d-]{6,11}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 -]{3,16}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,15}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{5,12}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][\w .,'-]+",
    "DATE_REAL_YEAR": r"[\w ,./-]+",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,14}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-Z][A-Za-z .,'-]+",
    "LOCATION": r"[A-Z][A-Za-z .'-]+",
    "ORGANIZATION": r"[A-Z][\w .,&'#-]+",
}
MIN_DIGITS = {
    "MRN": 6,
    "ACCOUNT": 5,
    "HEALTH_PLAN": 5,
    "LICENSE": 5,
    "DEVICE_ID": 5,
    "SSN": 9,
    "PHONE": 10,
    "FAX": 10,
    "PAGER": 4,
    "ZIP": 5,
}
CUE_WORDS = {
    "dr",
    "mrn",
    "pager",
    "pgr",
    "fax",
    "sn",
    "s/n",
    "plate",
    "acct",
    "md",
    "rn",
    "dob",
    "npi",
    "dea",
    "tel",
    "ph",
    "lic",
    "zip",
    "vin",
    "ssn",
    "cin",
    "mbi",
    "tail",
    "serial",
    "email",
    "age",
    "member",
    "accession",
    "asset",
    "tag",
    "beeper",
    "cell",
    "pa-c",
    "cspi",
}
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")


@pytest.fixture(scope="module")
def built():
    return {s: [m._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    blob = json.dumps([[n.note_type, n.text, n.spans] for n in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


# ---- determinism ------------------------------------------------------------------------------------


def test_same_seed_index_is_identical():
    for s, i in ((1, 0), (2, 77), (3, 599), (9, 12)):
        a, b = m._build(s, i), m._build(s, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert m._build(1, 5)[0].text != m._build(2, 5)[0].text


def test_prefix_stable():
    assert m.holdout61_corpus(2, 40) == m.holdout61_corpus(2, 90)[:40]
    assert m.holdout61_note(3, 17) == m._build(3, 17)[0]


def test_identical_across_processes_and_hash_seeds():
    code = (
        "import hashlib, json, sys\n"
        "from lqs_clinical.synth.notes_holdout61 import holdout61_corpus\n"
        "ns = holdout61_corpus(1, 120)\n"
        "blob = json.dumps([[n.note_type, n.text, n.spans] for n in ns])\n"
        "print(hashlib.sha256(blob.encode()).hexdigest())\n"
        "print('lqs_clinical.notes' in sys.modules)\n"
    )
    here = _digest(m.holdout61_corpus(1, 120))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        digest, detector_loaded = out.stdout.split()
        assert digest == here
        assert detector_loaded == "False"


# ---- shape of the corpus ----------------------------------------------------------------------------


def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= share <= 0.50
        for i, n in enumerate(notes):
            assert 1100 <= len(n.text) <= 4500, (s, i, len(n.text))
            assert n.note_type == m._KINDS[m.document_kind(s, i)][0]


def test_every_kind_used(built):
    for s in SEEDS:
        counts = Counter(m.document_kind(s, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts


def test_plant_rate_and_heavy_notes(built):
    for s in SEEDS:
        rows = built[s]
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, kind in rows if kind == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        assert {kind for _, _, kind in rows} == {"heavy", "normal"}


def test_spans_per_planted_note(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            assert len(n.spans) <= 4
        assert Counter(len(n.spans) for n, _, _ in built[s] if n.spans).keys() == {1, 2, 3, 4}


def test_exact_category_totals(built):
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(EXPECTED_TOTALS) == set(CATEGORIES)


# ---- span integrity ---------------------------------------------------------------------------------


def test_span_integrity(built):
    for s in SEEDS:
        for i, (n, _, _) in enumerate(built[s]):
            prev_end = 0
            for a, b, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(n.text)
                assert a >= prev_end, (s, i)
                prev_end = b
                v = n.text[a:b]
                assert v == v.strip() and "\n" not in v, (s, i, v)
                assert not v.endswith((",", ";", ":")), v
                assert re.fullmatch(SHAPES[cat], v), (cat, v)
                if cat in MIN_DIGITS:
                    assert sum(ch.isdigit() for ch in v) >= MIN_DIGITS[cat], (cat, v)
                if cat not in ("URL", "EMAIL"):
                    tokens = {t.strip(".,:;#()").lower() for t in re.split(r"[\s,]+", v)}
                    assert not tokens & CUE_WORDS, (cat, v)
                # a span never swallows its cue: the character before a span is not a letter or digit
                assert a == 0 or not n.text[a - 1].isalnum(), (cat, n.text[a - 5 : b])
                assert b == len(n.text) or not n.text[b].isalnum(), (cat, n.text[a : b + 5])


def test_category_specific_values(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, b, cat in n.spans:
                v = n.text[a:b]
                if cat == "IP_ADDRESS":
                    assert all(0 <= int(x) <= 255 for x in v.split("."))
                if cat == "AGE_OVER_89":
                    assert 90 <= int(v) <= 110
                if cat == "DATE_REAL_YEAR":
                    assert re.search(rf"(?<!\d){_YEAR}(?!\d)", v)
                    assert any(p.fullmatch(v) for p in DATE_PATTERNS), v
                if cat in ("PHONE", "PAGER"):
                    digits = re.sub(r"\D", "", v)
                    if len(digits) >= 10:
                        assert digits[-10:-7] not in TOLL_FREE, v
                if cat == "SSN":
                    d = re.sub(r"\D", "", v)
                    assert d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"
                if cat in ("PERSON", "LOCATION"):
                    assert not any(ch.isdigit() for ch in v)
                if cat == "VEHICLE_ID" and len(v) == 17:
                    assert not set(v) & set("IOQ")
            assert "1-800-222-1222" not in "".join(n.text[a:b] for a, b, _ in n.spans)


def test_values_are_diverse(built):
    vals = defaultdict(list)
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, b, cat in n.spans:
                vals[cat].append(n.text[a:b])
    for cat, v in vals.items():
        distinct = len(set(v))
        if cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 0.4 * len(v), cat
        else:
            assert distinct >= 0.9 * len(v), cat
    # several formats per category
    assert len({re.sub(r"\d", "9", x) for x in vals["PHONE"]}) >= 6
    assert len({re.sub(r"\d", "9", x) for x in vals["DATE_REAL_YEAR"]}) >= 8
    assert len({re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", x)) for x in vals["PERSON"]}) >= 5


# ---- negatives --------------------------------------------------------------------------------------


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for i, (n, _, _) in enumerate(built[s]):
            date_spans = [(a, b) for a, b, c in n.spans if c == "DATE_REAL_YEAR"]
            for p in DATE_PATTERNS:
                for mt in p.finditer(n.text):
                    inside = any(a <= mt.start() and mt.end() <= b for a, b in date_spans)
                    expiry = "exp" in n.text[max(0, mt.start() - 20) : mt.start()].lower()
                    assert inside or expiry, (s, i, mt.group())


def test_ages_over_89_are_labelled(built):
    for s in SEEDS:
        for i, (n, _, _) in enumerate(built[s]):
            ages = {(a, b) for a, b, c in n.spans if c == "AGE_OVER_89"}
            for p in AGE_PATTERNS:
                for mt in p.finditer(n.text):
                    if int(mt.group(1)) >= 90:
                        assert (mt.start(1), mt.end(1)) in ages, (s, i, mt.group())


def test_lookalikes_present_and_never_overlap_spans(built):
    used = Counter()
    for s in SEEDS:
        for i, (n, looks, _) in enumerate(built[s]):
            for look in looks:
                hits = list(re.finditer(rf"(?<![A-Za-z0-9]){re.escape(look)}(?![A-Za-z0-9])", n.text))
                assert hits, (s, i, look)
                for h in hits:
                    assert not any(h.start() < b and a < h.end() for a, b, _ in n.spans), (s, i, look)
            used.update((s, x) for x in set(looks))
    assert len([e for e in m.EPONYMS_AND_BRANDS if used[(1, e)]]) >= 60
    assert all(sum(used[(s, e)] for s in SEEDS) for e in m.EPONYMS_AND_BRANDS)
    used = Counter({x: c for (s, x), c in used.items() if s == 1})
    assert used["1-800-222-1222"] > 100


def test_most_notes_carry_masks(built):
    for s in SEEDS:
        masked = sum("___" in n.text for n, _, _ in built[s])
        assert masked >= 0.9 * N


# ---- module contract --------------------------------------------------------------------------------


def test_module_contract():
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 61: medical toxicology")
    assert "Written blind:" in doc
    flat = " ".join(doc.split())
    assert "PERSON is one span per name" in flat and "a practice's toll-free fax is FAX" in flat
    assert "an employer's group number is not the member's id" in flat
    for kind in m.DOCUMENT_KINDS:
        assert kind in doc
    assert len(m.DOCUMENT_KINDS) >= 12
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in m._KINDS.values())
    assert len(m.EPONYMS_AND_BRANDS) >= 60 and len(set(m.EPONYMS_AND_BRANDS)) == len(m.EPONYMS_AND_BRANDS)
    assert m.document_kind(1, 3) in m.DOCUMENT_KINDS
    note, looks, kind = m._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert list(inspect.signature(m.main).parameters) == ["argv"]
    assert callable(m.holdout61_corpus) and callable(m.holdout61_note)
