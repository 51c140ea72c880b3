"""Label tests for held-out corpus 85 (opioid treatment programmes, recovery housing and harm reduction).

Only the labelled ground truth is checked here; the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout85 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "PHONE": 121, "FAX": 66, "PAGER": 67, "EMAIL": 61, "URL": 58, "IP_ADDRESS": 64, "SSN": 60, "MRN": 122,
    "ACCOUNT": 170, "HEALTH_PLAN": 127, "LICENSE": 120, "ZIP": 56, "STREET_ADDRESS": 106, "DATE_REAL_YEAR": 182,
    "AGE_OVER_89": 59, "DEVICE_ID": 123, "VEHICLE_ID": 62, "PERSON": 247, "LOCATION": 119, "ORGANIZATION": 233,
}

TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATTERNS = (
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}} {_MON} (\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}-{_MON}-(\d{{4}})\b", re.I),
)
AGE_PATTERNS = (
    re.compile(r"\b(\d{2,3})(?:\s*-\s*|\s+)?(?:year|yr|yo\b|y/o|y\.o\.)", re.I),
    re.compile(r"\bage[d:]?\s+(\d{2,3})\b", re.I),
)
SHAPES = {
    "PHONE": re.compile(r"^[\d()+./ -]{10,17}$"),
    "FAX": re.compile(r"^[\d()+./ -]{10,17}$"),
    "PAGER": re.compile(r"^[\d()+./ -]{4,17}$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    "URL": re.compile(r"^(?:https?://)?[\w.-]+\.(?:org|com|net)(?:/[\w./?=-]*)?$"),
    "IP_ADDRESS": re.compile(r"^(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,11}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,15}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9-]{6,14}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 -]{3,11}$"),
    "ZIP": re.compile(r"^1[0-4]\d{3}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,4} [A-Z][A-Za-z. ]+(?:, (?:Apt|Unit) \w+| #\d+)?$"),
    "AGE_OVER_89": re.compile(r"^(?:9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,14}$"),
    "VEHICLE_ID": re.compile(r"^(?:[A-HJ-NPR-Z0-9]{17}|[A-Z0-9]{2,5}[ -]?[A-Z0-9]{2,5})$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*){0,2}$|^[A-Z'-]+, ?[A-Z]+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z&.' -]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z&.' -]+$"),
}
CUE_START = re.compile(r"^(?:dr\b|dr\.|mrn\b|fax\b|pager\b|pgr\b|sn\b|s/n\b|plate\b|acct\b|tel\b|ph\b|phone\b|"
                       r"dob\b|npi\b|dea\b|lic\b|#|:|hon\b|officer\b|nys\b)", re.I)
CRED_END = re.compile(r"(?:\bMD|\bRN|\bDO|\bNP|PharmD|LCSW|LMSW|CASAC|CRPA|[:,;.])$")


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [H._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in H.holdout85_corpus(seed, n):
        h.update(json.dumps([note.note_type, note.text, note.spans]).encode())
    return h.hexdigest()


# ---- module contract ------------------------------------------------------------------------------

def test_module_contract():
    assert H.__doc__.startswith("Held-out corpus 85: ")
    assert "Written blind:" in H.__doc__
    assert len(H.DOCUMENT_KINDS) >= 12
    assert set(H._KINDS) == set(H.DOCUMENT_KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in H._KINDS.values())
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    assert callable(H.main) and callable(H.holdout85_note) and callable(H.document_kind)
    note = H.holdout85_note(1, 0)
    assert isinstance(note, LabelledNote)
    assert note == H._build(1, 0)[0]


def test_determinism_in_process():
    for s, i in ((1, 0), (2, 17), (3, 599), (7, 123)):
        assert H._build(s, i) == H._build(s, i)
        assert H.document_kind(s, i) == H.document_kind(s, i)


def test_determinism_across_processes_and_hash_seeds():
    here = _digest(1, 60)
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth import notes_holdout85 as H\n"
            "h = hashlib.sha256()\n"
            "for note in H.holdout85_corpus(1, 60):\n"
            "    h.update(json.dumps([note.note_type, note.text, note.spans]).encode())\n"
            "print(h.hexdigest())\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root,
                             check=True)
        assert out.stdout.strip() == here


def test_prefix_stability():
    assert H.holdout85_corpus(2, 40) == H.holdout85_corpus(2, 90)[:40]
    assert H.holdout85_corpus(5, 10) == H.holdout85_corpus(5, 25)[:10]


# ---- shape of the corpus --------------------------------------------------------------------------

def test_note_types_and_lengths(built):
    for seed, rows in built.items():
        rad = sum(1 for n, _, _ in rows if n.note_type == "radiology")
        assert 0.41 <= rad / N <= 0.49, (seed, rad)
        for i, (n, _, _) in enumerate(rows):
            assert n.note_type == H._KINDS[H.document_kind(seed, i)][0]
            assert 1100 <= len(n.text) <= 4500, (seed, i, len(n.text))


def test_every_kind_used(built):
    for seed in built:
        c = Counter(H.document_kind(seed, i) for i in range(N))
        assert set(c) == set(H.DOCUMENT_KINDS)
        assert min(c.values()) >= 15, (seed, c)


def test_plant_rate_and_heavy_notes(built):
    for seed, rows in built.items():
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59, (seed, planted)
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in rows} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25


def test_spans_per_planted_note(built):
    for rows in built.values():
        for n, _, _ in rows:
            assert len(n.spans) == 0 or 1 <= len(n.spans) <= 4


def test_exact_category_totals(built):
    tot = Counter(c for rows in built.values() for n, _, _ in rows for _, _, c in n.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) == set(CATEGORIES)


# ---- span integrity --------------------------------------------------------------------------------

def test_span_integrity(built):
    for rows in built.values():
        for n, _, _ in rows:
            prev = 0
            for s, e, c in sorted(n.spans):
                assert c in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= prev, "overlapping spans"
                prev = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert not CUE_START.search(v), v
                assert not CRED_END.search(v), v
                assert SHAPES.get(c, re.compile(r".")).search(v), (c, v)
                if c in ("ACCOUNT", "HEALTH_PLAN", "DEVICE_ID", "MRN", "LICENSE"):
                    assert sum(ch.isdigit() for ch in v) >= 4, (c, v)
                # a value is not glued to neighbouring word characters
                assert s == 0 or not n.text[s - 1].isalnum(), (c, n.text[s - 5:e])
                assert e == len(n.text) or not n.text[e].isalnum(), (c, n.text[s:e + 5])


def test_date_spans_carry_real_year(built):
    for rows in built.values():
        for n, _, _ in rows:
            for s, e, c in n.spans:
                if c == "DATE_REAL_YEAR":
                    v = n.text[s:e]
                    years = [int(m.group(1)) for p in DATE_PATTERNS for m in p.finditer(v)
                             if m.start() == 0 and m.end() == len(v)]
                    assert years and 1900 <= years[0] <= 2030, v


def test_phone_values(built):
    for rows in built.values():
        for n, _, _ in rows:
            for s, e, c in n.spans:
                if c in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", n.text[s:e])
                    assert len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")
                    area = digits[-10:-7]
                    if c == "PHONE":
                        assert area not in TOLL_FREE


def test_value_diversity(built):
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for rows in built.values():
        for n, _, _ in rows:
            for s, e, c in n.spans:
                vals[c].append(n.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 10
        elif c in ("LOCATION", "ORGANIZATION", "PERSON"):
            assert distinct >= 0.6 * len(vs), (c, distinct, len(vs))
        else:
            assert distinct >= 0.9 * len(vs), (c, distinct, len(vs))


def test_state_never_labelled(built):
    for rows in built.values():
        for n, _, _ in rows:
            for s, e, c in n.spans:
                if c == "LOCATION":
                    assert n.text[s:e] not in ("New York", "NY", "Pennsylvania", "Vermont", "New Jersey")


# ---- unlabelled text -------------------------------------------------------------------------------

def _inside(spans, s, e, cat=None):
    return any(a <= s and e <= b and (cat is None or c == cat) for a, b, c in spans)


def _overlaps(spans, s, e):
    return any(a < e and s < b for a, b, _ in spans)


def test_real_year_dates_only_where_labelled(built):
    for rows in built.values():
        for n, _, _ in rows:
            for p in DATE_PATTERNS:
                for m in p.finditer(n.text):
                    if not 1900 <= int(m.group(1)) <= 2030:
                        continue
                    if _inside(n.spans, m.start(), m.end(), "DATE_REAL_YEAR"):
                        continue
                    before = n.text[max(0, m.start() - 12):m.start()].lower()
                    assert "exp" in before, (m.group(0), n.text[max(0, m.start() - 40):m.end() + 10])


def test_every_age_over_89_labelled(built):
    n_ages = 0
    for rows in built.values():
        for n, _, _ in rows:
            for p in AGE_PATTERNS:
                for m in p.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        n_ages += 1
                        assert (m.start(1), m.end(1), "AGE_OVER_89") in n.spans, m.group(0)
    assert n_ages > 30


def test_lookalikes_present_and_unlabelled(built):
    used: set[str] = set()
    for rows in built.values():
        for n, looks, _ in rows:
            for lk in looks:
                assert lk in n.text, lk
                for m in re.finditer(re.escape(lk), n.text):
                    assert not _overlaps(n.spans, m.start(), m.end()), (lk, n.text[m.start() - 20:m.end() + 20])
                used.add(lk)
    brands_used = used & set(H.EPONYMS_AND_BRANDS)
    assert len(brands_used) >= 60, len(brands_used)


def test_heavy_and_unplanted_notes_have_no_unmasked_identifiers(built):
    for rows in built.values():
        for n, _, _ in rows:
            if not n.spans:
                assert "⟦" not in n.text and "⟧" not in n.text
                assert not re.search(r"@[\w-]+\.(?:com|org|net)", n.text)


def test_no_slot_markers_leak(built):
    for rows in built.values():
        for n, _, _ in rows:
            assert "⟦" not in n.text and "{v" not in n.text
