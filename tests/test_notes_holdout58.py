"""Label tests for held-out corpus 58 (patient relations, risk management, medical-legal correspondence).

Only the labels are checked here; the detector is never run.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys

import pytest

from lqs_clinical.synth import notes_holdout58 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 132, "FAX": 124, "PAGER": 130, "EMAIL": 125, "URL": 126, "IP_ADDRESS": 132, "SSN": 130, "MRN": 139,
    "ACCOUNT": 133, "HEALTH_PLAN": 130, "LICENSE": 132, "ZIP": 139, "STREET_ADDRESS": 137, "DATE_REAL_YEAR": 133,
    "AGE_OVER_89": 133, "DEVICE_ID": 132, "VEHICLE_ID": 134, "PERSON": 130, "LOCATION": 119, "ORGANIZATION": 131,
}

_TOLL = ("800", "888", "877", "866", "855", "844", "833")
_PHONE = r"(?:\+?1[ -])?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}"
SHAPES = {
    "PHONE": rf"^{_PHONE}$",
    "FAX": rf"^{_PHONE}$",
    "PAGER": r"^(?:[\d() .+-]{4,16})$",
    "EMAIL": r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    "URL": r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w./?=&%#-]*)?$",
    "IP_ADDRESS": r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$",
    "SSN": r"^\d{3}[- ]?\d{2}[- ]?\d{4}$",
    "MRN": r"^[A-Z]{0,2}\d{6,10}$",
    "ACCOUNT": r"^[A-Z0-9][A-Z0-9-]{4,22}$",
    "HEALTH_PLAN": r"^[A-Z0-9][A-Z0-9-]{5,20}$",
    "LICENSE": r"^[A-Z]{0,2}\d[\d ]{4,12}\d$",
    "ZIP": r"^\d{5}(?:-\d{4})?$",
    "STREET_ADDRESS": r"^\d{1,5} [A-Z][A-Za-z .]+?(?:,? (?:Apt|Unit|Suite) \d+[A-F]?)?$",
    "DATE_REAL_YEAR": r"^(?=.*\b(?:19\d\d|20[0-2]\d|2030)\b)[\w ,./-]{8,20}$",
    "AGE_OVER_89": r"^(?:9\d|1[01]\d)$",
    "DEVICE_ID": r"^[A-Z0-9][A-Z0-9-]{4,20}$",
    "VEHICLE_ID": r"^[A-HJ-NPR-Z0-9][A-HJ-NPR-Z0-9 -]{3,16}$",
    "PERSON": r"^[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*){1,3}$",
    "LOCATION": r"^[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3}$",
    "ORGANIZATION": r"^[A-Z][\w&.,' -]{3,60}$",
}
CUES = {"dr", "dr.", "mrn", "mrn:", "fax", "fax:", "pager", "pgr", "sn", "s/n", "s/n:", "plate", "acct", "tel",
        "ph", "ph:", "phone", "npi", "npi:", "dea", "ssn", "ssn:", "dob", "dob:", "vin", "email", "mr#", "lic",
        "serial", "member", "id", "acc#", "ms.", "mr.", "mrs.", "t", "f", "#", "no.", "tag", "esq.", "atty"}
CREDS = {"md", "rn", "do", "np", "pa-c", "phd", "esq", "esq.", "jd", "rt(r)(ct)", "md,", "rn,"}

_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATS = [re.compile(p, re.IGNORECASE) for p in (
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}\b",
    rf"\b{_YEAR}-\d{{1,2}}-\d{{1,2}}\b",
    rf"\b{_MON} \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b",
    rf"\b\d{{1,2}}[ -]{_MON}[ -]{_YEAR}\b",
)]
EXPIRY_CUE = re.compile(r"(?i)(?:\bexp\b\.?|expir\w*|use by)\s*$")
AGE_PATS = [re.compile(p) for p in (
    r"\b(\d{2,3})\s*-?\s*(?:year|yr)s?\b",
    r"\b(\d{2,3})\s*(?:yo|y/o|y\.o\.)",
    r"\b(\d{2,3})\s?[MF]\b",
    r"(?i)\bage[d:]?\s*:?\s*(\d{2,3})\b",
)]


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [H._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    notes = H.holdout58_corpus(seed, n)
    blob = json.dumps([[x.note_type, x.text, [list(s) for s in x.spans]] for x in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


def test_deterministic_same_seed_and_index():
    for i in (0, 7, 133, 599):
        a, b = H._build(2, i), H._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert H.holdout58_note(1, 5) == H._build(1, 5)[0]
    assert H.holdout58_corpus(1, 30) != H.holdout58_corpus(2, 30)


def test_prefix_stable():
    for seed in (1, 3):
        assert H.holdout58_corpus(seed, 40) == H.holdout58_corpus(seed, 90)[:40]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(2, 150)
    code = ("from lqs_clinical.synth import notes_holdout58 as H;"
            "import hashlib, json;"
            "n = H.holdout58_corpus(2, 150);"
            "b = json.dumps([[x.note_type, x.text, [list(s) for s in x.spans]] for x in n]);"
            "print(hashlib.sha256(b.encode()).hexdigest())")
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


def test_note_types_and_lengths(built):
    for seed, rows in built.items():
        types = collections.Counter(n.note_type for n, _, _ in rows)
        assert set(types) == {"discharge", "radiology"}
        assert 0.42 <= types["radiology"] / N <= 0.48, (seed, types)
        for i, (note, _, _) in enumerate(rows):
            assert 1100 <= len(note.text) <= 4500, (seed, i, len(note.text))
            assert note.note_type == H._KINDS[H.document_kind(seed, i)][0]


def test_every_kind_used(built):
    assert len(H.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    for seed in built:
        counts = collections.Counter(H.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(H.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, (seed, counts)


def test_plant_rate_and_heavy_notes(built):
    for seed, rows in built.items():
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59, (seed, planted)
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in rows} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        for n, _, _ in rows:
            assert len(n.spans) <= 4
            assert not n.spans or len(n.spans) >= 1


def test_exact_category_totals(built):
    totals = collections.Counter(c for rows in built.values() for n, _, _ in rows for _, _, c in n.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


def test_span_integrity(built):
    for seed, rows in built.items():
        for i, (note, _, _) in enumerate(rows):
            prev_end = -1
            for s, e, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(note.text)
                assert s >= prev_end, (seed, i)
                prev_end = e
                v = note.text[s:e]
                assert v == v.strip() and "\n" not in v, (seed, i, v)
                toks = v.lower().split()
                assert toks[0].rstrip(":") not in CUES and toks[0] not in CUES, (seed, i, cat, v)
                assert toks[-1] not in CREDS, (seed, i, cat, v)
                assert re.match(SHAPES[cat], v), (seed, i, cat, v)
                digits = re.sub(r"\D", "", v)
                if cat in ("PHONE", "PAGER") and len(digits) >= 10:
                    assert digits[-10:-7] not in _TOLL, (seed, i, v)
                if cat == "PAGER":
                    assert sum(ch.isdigit() for ch in v) >= 4
                if cat == "PERSON":
                    assert not ({"dr", "dr.", "mr.", "ms.", "mrs."} & set(toks)), v
                if cat == "LOCATION":
                    assert v != "New York"


def test_value_diversity(built):
    values: dict[str, list[str]] = collections.defaultdict(list)
    for rows in built.values():
        for note, _, _ in rows:
            for s, e, c in note.spans:
                values[c].append(note.text[s:e])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 30, (cat, distinct)
        else:
            assert distinct >= 0.85 * len(vals), (cat, distinct, len(vals))


def test_real_year_dates_only_where_labelled(built):
    for seed, rows in built.items():
        for i, (note, _, _) in enumerate(rows):
            dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
            for pat in DATE_PATS:
                for mt in pat.finditer(note.text):
                    if any(mt.start() < e and mt.end() > s for s, e in dates):
                        continue
                    before = note.text[max(0, mt.start() - 12):mt.start()]
                    assert EXPIRY_CUE.search(before), (seed, i, mt.group(0))


def test_ages_over_89_labelled(built):
    for seed, rows in built.items():
        for i, (note, _, _) in enumerate(rows):
            ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
            for pat in AGE_PATS:
                for mt in pat.finditer(note.text):
                    if int(mt.group(1)) >= 90:
                        assert (mt.start(1), mt.end(1)) in ages, (seed, i, mt.group(0))


def test_lookalikes_present_and_never_labelled(built):
    used: set[str] = set()
    for seed, rows in built.items():
        for i, (note, looks, _) in enumerate(rows):
            assert looks, (seed, i)
            for la in looks:
                used.add(la)
                hits = [mt.start() for mt in re.finditer(re.escape(la), note.text)]
                assert hits, (seed, i, la)
                for h in hits:
                    for s, e, _ in note.spans:
                        assert not (h < e and h + len(la) > s), (seed, i, la, note.text[s:e])
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    missing = [x for x in H.EPONYMS_AND_BRANDS if x not in used]
    assert not missing, missing


def test_module_contract():
    doc = H.__doc__ or ""
    assert doc.startswith("Held-out corpus 58: ")
    assert "Written blind:" in doc
    assert H.DOCUMENT_KINDS == tuple(H._KINDS)
    for kind, (note_type, builder) in H._KINDS.items():
        assert note_type in ("discharge", "radiology") and callable(builder), kind
    assert all(H.document_kind(1, i) in H.DOCUMENT_KINDS for i in range(50))
    assert callable(H.main)
    note, looks, kind = H._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
