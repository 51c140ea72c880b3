"""Label tests for held-out corpus 92 (tuberculosis control and public-health case management).

Only the ground truth is checked here; the detector is never run or imported.
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
from pathlib import Path

from lqs_clinical.synth import notes_holdout92 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

EXPECTED_TOTALS = {
    "PHONE": 113, "FAX": 114, "PAGER": 113, "EMAIL": 109, "URL": 112, "IP_ADDRESS": 117, "SSN": 111, "MRN": 108,
    "ACCOUNT": 112, "HEALTH_PLAN": 121, "LICENSE": 115, "ZIP": 109, "STREET_ADDRESS": 111, "DATE_REAL_YEAR": 120,
    "AGE_OVER_89": 113, "DEVICE_ID": 107, "VEHICLE_ID": 118, "PERSON": 108, "LOCATION": 116, "ORGANIZATION": 110,
}

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RX = re.compile(
    rf"\b(?:\d{{1,2}}[/-]\d{{1,2}}[/-](?P<a>\d{{4}})|(?P<b>\d{{4}})-\d{{1,2}}-\d{{1,2}}"
    rf"|{_MON} \d{{1,2}},? (?P<c>\d{{4}})|\d{{1,2}}[ -]{_MON}[ -](?P<d>\d{{4}}))\b",
    re.IGNORECASE,
)
_AGE_RXS = (
    re.compile(r"\b(\d{2,3})(?=[- ]?(?:years?|yrs?)\b|[- ]?y/o\b| ?yo\b| y\b)"),
    re.compile(r"\b(?:[Aa]ged?|AGE)[\s:|]+(\d{2,3})\b"),
)
_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. /])\d{3}[-. ]\d{4}"
_SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": rf"(?:{_PHONE}|\d{{3,5}}|\d-\d{{4}}|\d{{3}}-\d{{4}})",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    "URL": r"(?:https?://)?[a-z0-9.-]+\.[a-z]{2,}/\S+",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"[A-Z]{0,3}-?\d[\d-]{3,12}(?:-[A-Z]{3})?",
    "ACCOUNT": r"[A-Za-z0-9][A-Za-z0-9-]{4,22}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,16}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{4,12}",
    "ZIP": r"1[0-4]\d{3}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+(?:-[AB])? (?:[WENS]\. )?[A-Za-z][A-Za-z .]+?(?:, Apt \d[A-F]| #\d+)?",
    "DATE_REAL_YEAR": r".*\b(?:19\d\d|20[0-2]\d|2030)\b.*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,20}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,17}",
    "PERSON": r"[A-Z][A-Za-z'-]+(?:,? [A-Z][A-Za-z'.-]*)+",
    "LOCATION": r"[A-Za-z][A-Za-z' -]+",
    "ORGANIZATION": r"[A-Z][A-Za-z'.&-]*(?: [A-Za-z][A-Za-z'.&-]*)+|Walgreens",
}
_CUES = re.compile(r"^(?:Dr\b|MRN|MR#|Unit No|Fax|fax|FAX|pager|pgr|Pager|SN\b|S/N|serial|plate|Acct|Tel|Phone"
                   r"|ph#|NPI|DEA|lic|Lic|ID\b|#|:|IMEI|VIN|ZIP|Zip|DOB|Age|age|Member|CIN|MBI|Accession|Order"
                   r"|Claim|Case)")
_CREDS = re.compile(r"(?:\bMD|\bRN|\bDO|\bNP|\bPhD|\bMPH|,)$")


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _notes(seed: int) -> list[LabelledNote]:
    return [b[0] for b in _built(seed)]


def _digest(notes: list[LabelledNote]) -> str:
    blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


def test_deterministic_in_process() -> None:
    for seed, i in ((1, 0), (2, 17), (3, 599), (7, 42)):
        a, b = h._build(seed, i), h._build(seed, i)
        assert a == b
        assert h.holdout92_note(seed, i) == a[0]


def test_deterministic_across_processes_and_hash_seeds() -> None:
    code = ("import hashlib, json\nfrom lqs_clinical.synth.notes_holdout92 import holdout92_corpus\n"
            "notes = holdout92_corpus(2, 80)\n"
            "blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])\n"
            "print(hashlib.sha256(blob.encode()).hexdigest())\n")
    want = _digest(h.holdout92_corpus(2, 80))
    for hs in ("0", "12345", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == want


def test_prefix_stable() -> None:
    for seed in (1, 5):
        assert h.holdout92_corpus(seed, 40) == h.holdout92_corpus(seed, 90)[:40]


def test_note_types_and_lengths() -> None:
    for seed in SEEDS:
        notes = _notes(seed)
        rad = sum(n.note_type == "radiology" for n in notes)
        assert 0.40 * N <= rad <= 0.50 * N, rad
        for i, n in enumerate(notes):
            assert n.note_type in ("discharge", "radiology")
            assert n.note_type == h._KINDS[h.document_kind(seed, i)][0]
            assert 1100 <= len(n.text) <= 4500, (seed, i, len(n.text))


def test_document_kinds() -> None:
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for t, builder in h._KINDS.values():
        assert callable(builder) and t in ("discharge", "radiology")
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts


def test_plant_rate_and_heavy_notes() -> None:
    for seed in SEEDS:
        built = _built(seed)
        planted = [b for b in built if b[0].spans]
        heavy = [b for b in built if b[2] == "heavy"]
        assert 0.57 * N <= len(planted) <= 0.59 * N, len(planted)
        assert len(heavy) == N // 20
        for note, _, kind in built:
            assert kind in ("heavy", "normal")
            if kind == "heavy":
                assert not note.spans
                assert note.text.count("___") >= 25
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_category_totals_exact() -> None:
    totals = Counter(c for seed in SEEDS for n in _notes(seed) for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes() -> None:
    for seed in SEEDS:
        for i, n in enumerate(_notes(seed)):
            prev_end = -1
            for s, e, c in sorted(n.spans):
                assert c in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= prev_end, (seed, i)
                prev_end = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v, (seed, i, v)
                assert not _CUES.search(v), (seed, i, c, v)
                assert not _CREDS.search(v), (seed, i, c, v)
                assert s == 0 or not n.text[s - 1].isalnum(), (seed, i, c, v)
                assert e == len(n.text) or not n.text[e].isalnum(), (seed, i, c, v)
                assert re.fullmatch(_SHAPES[c], v), (seed, i, c, v)
                if c == "AGE_OVER_89":
                    assert 90 <= int(v) <= 120
                if c in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", v)
                    area = digits[1:4] if len(digits) == 11 else digits[:3]
                    assert area not in ("800", "888", "877", "866", "855", "844", "833")
                if c == "DATE_REAL_YEAR":
                    assert _DATE_RX.fullmatch(v), v


def test_value_diversity() -> None:
    by_cat: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for seed in SEEDS:
        for n in _notes(seed):
            for s, e, c in n.spans:
                by_cat[c].append(n.text[s:e])
    for c, vals in by_cat.items():
        distinct = len(set(vals))
        if c == "AGE_OVER_89":
            assert distinct >= 12, (c, distinct)
        elif c in ("ORGANIZATION", "LOCATION"):
            assert distinct >= 0.4 * len(vals), (c, distinct, len(vals))
        else:
            assert distinct >= 0.85 * len(vals), (c, distinct, len(vals))
    # several surface formats per category, not one template
    assert len({re.sub(r"\d", "9", v) for v in by_cat["PHONE"]}) >= 6
    assert len({re.sub(r"\d", "9", v) for v in by_cat["DATE_REAL_YEAR"]}) >= 6
    assert len({re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", v)) for v in by_cat["ACCOUNT"]}) >= 15


def test_real_year_dates_only_where_labelled() -> None:
    for seed in SEEDS:
        for i, n in enumerate(_notes(seed)):
            dates = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
            for m in _DATE_RX.finditer(n.text):
                year = int(next(g for g in m.groups() if g))
                if not 1900 <= year <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in dates)
                expiry = re.search(r"(?i)\bexp(?:iry|ires|\.)?\b[^\n]{0,3}$", n.text[max(0, m.start() - 12):m.start()])
                assert inside or expiry, (seed, i, m.group(0))


def test_ages_over_89_always_labelled() -> None:
    for seed in SEEDS:
        for i, n in enumerate(_notes(seed)):
            ages = {(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"}
            for rx in _AGE_RXS:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert (m.start(1), m.end(1)) in ages, (seed, i, m.group(0))


def test_lookalikes_present_and_never_overlapping() -> None:
    for seed in SEEDS:
        for i, (note, look, _) in enumerate(_built(seed)):
            assert look, (seed, i)
            for la in set(look):
                k = note.text.find(la)
                assert k >= 0, (seed, i, la)
                while k >= 0:
                    assert not any(s < k + len(la) and k < e for s, e, _ in note.spans), (seed, i, la)
                    k = note.text.find(la, k + 1)


def test_module_contract() -> None:
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 92: ")
    assert "Written blind:" in doc
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    corpus_text = "\n".join(n.text for seed in SEEDS for n in _notes(seed))
    unused = [e for e in h.EPONYMS_AND_BRANDS if e not in corpus_text]
    assert not unused, unused
    assert len(h.holdout92_corpus(4, 3)) == 3
    assert all(isinstance(n, LabelledNote) for n in h.holdout92_corpus(4, 3))
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert list(inspect.signature(h._build).parameters) == ["seed", "i"]
    assert h.document_kind(1, 0) in h.DOCUMENT_KINDS
