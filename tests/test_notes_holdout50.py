"""Label tests for held-out corpus 50 (home health and durable medical equipment).

Only the labels are tested here: the detector is never run (the corpus is a blind measurement).
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

from lqs_clinical.synth import notes_holdout50 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "PHONE": 119, "FAX": 115, "PAGER": 115, "EMAIL": 125, "URL": 115, "IP_ADDRESS": 110, "SSN": 113, "MRN": 110,
    "ACCOUNT": 118, "HEALTH_PLAN": 121, "LICENSE": 106, "ZIP": 117, "STREET_ADDRESS": 118, "DATE_REAL_YEAR": 121,
    "AGE_OVER_89": 115, "DEVICE_ID": 114, "VEHICLE_ID": 111, "PERSON": 117, "LOCATION": 115, "ORGANIZATION": 114,
}  # seeds 1-3 x 600 notes, 2,309 spans

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-z]*\.?"
_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_REAL_DATE = re.compile(
    rf"(?<![\d.])\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}(?!\d)"
    rf"|(?<!\d){_Y}-\d{{1,2}}-\d{{1,2}}(?!\d)"
    rf"|\b{_MON} \d{{1,2}},? {_Y}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}[ -]{_MON}[ -]{_Y}(?!\d)"
)
_AGE = [
    re.compile(r"(?<![\d.])(\d{2,3})\s?-?\s?(?:years?|yrs?)[- ]old", re.I),
    re.compile(r"(?<![\d.])(\d{2,3})\s?(?:yo|y/o|y\.o\.)(?![a-z])", re.I),
    re.compile(r"\bage[d:]?\s*(\d{2,3})\b", re.I),
    re.compile(r"(?<![\d.])(\d{2,3})[FM]\b"),
]
_EXPIRY_CUE = re.compile(r"exp|use by|\(17\)", re.I)
_CUES = {
    "Dr", "MRN", "pager", "Fax", "FAX", "fax", "SN", "plate", "Acct", "MD", "RN", "NPI", "DOB", "SSN", "Tel", "tel",
    "Phone", "ph", "pgr", "VIN", "DEA", "MBI", "Lic", "lic", "ID", "ZIP", "Zip", "Ticket", "Order", "Claim", "Serial",
    "PT", "PharmD", "NP", "Account", "Accession", "Member", "DL", "Mr", "Mrs", "Ms", "Beeper", "Pager", "Email",
    "email", "Reg", "Medicaid", "Medicare", "UDI", "BSN", "RRT", "DPT", "OTR",
}

_ORG_NAMES = {o for v in H._ORGS.values() for o in v}


def _ip_ok(v: str) -> bool:
    parts = v.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 and str(int(p)) == p for p in parts)


_SHAPES = {
    "PHONE": re.compile(r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"),
    "FAX": re.compile(r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"),
    "PAGER": re.compile(r"\d{3}-\d{3}-\d{4}|\d{3}[- ]\d{4}|\d-\d{4}|\d{4,5}"),
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    "URL": re.compile(r"(?:https?://|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?][^\s]*)?"),
    "SSN": re.compile(r"\d{3}([- ]?)\d{2}\1\d{4}"),
    "MRN": re.compile(r"[A-Z]?\d{4,9}(?:-\d{3})?"),
    "ACCOUNT": re.compile(r"[A-Z]{0,2}\d[\d-]{4,16}\d"),
    "HEALTH_PLAN": re.compile(r"[1-9][A-Z][0-9A-Z]\d-?[A-Z][0-9A-Z]\d-?[A-Z]{2}\d{2}|[A-Z]{0,3}\d{8,12}"),
    "LICENSE": re.compile(r"[A-Z]{0,2}\d{5,10}|\d{3}-\d{4}"),
    "ZIP": re.compile(r"\d{5}(?:-\d{4})?"),
    "STREET_ADDRESS": re.compile(
        r"\d{1,4}[AB]?(?:-\d{2,3})? [A-Z][A-Za-z. ]+?(?: Apt\.? \w+|, Apt \d+| Unit \d+| #\d+|, 2nd Fl|, Bldg C)?"),
    "DATE_REAL_YEAR": _REAL_DATE,
    "AGE_OVER_89": re.compile(r"9\d|1[01]\d"),
    "DEVICE_ID": re.compile(r"[A-Z0-9][A-Z0-9-]{5,15}"),
    "VEHICLE_ID": re.compile(r"[A-HJ-NPR-Z0-9]{17}|[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}"),
    "PERSON": re.compile(r"[A-Z][A-Za-z'.-]*(?:(?:, ?| )[A-Za-z][A-Za-z'.-]*)*"),
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [H._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# -- determinism --------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 13, 99, 311):
        a, b = H._build(4, i), H._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert H.holdout50_note(4, 5) == H._build(4, 5)[0]
    assert H._build(4, 5)[0].text != H._build(5, 5)[0].text


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout50 import holdout50_corpus as c; "
            "n = c(2, 80); print(hashlib.sha256(json.dumps([[x.note_type, x.text, [list(s) for s in x.spans]] "
            "for x in n]).encode()).hexdigest())")
    want = _digest(H.holdout50_corpus(2, 80))
    for hs in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == want


def test_prefix_stable():
    assert H.holdout50_corpus(3, 40) == H.holdout50_corpus(3, 90)[:40]


# -- shape of the corpus ------------------------------------------------------------------------------

def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [n for n, _, _ in built[s]]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50, rad
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used_and_consistent(built):
    for s in SEEDS:
        kinds = Counter(H.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(H.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (n, _, _) in enumerate(built[s]):
            assert n.note_type == H._KINDS[H.document_kind(s, i)][0]


def test_plant_rate_and_heavy_notes(built):
    for s in SEEDS:
        rows = built[s]
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted / N
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in rows} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in rows:
            assert len(n.spans) == 0 or 1 <= len(n.spans) <= 4


def test_exact_category_totals(built):
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# -- span integrity -----------------------------------------------------------------------------------

def test_span_integrity(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            prev_end = 0
            for a, b, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(n.text)
                assert a >= prev_end, "overlapping spans"
                prev_end = b
                v = n.text[a:b]
                assert v == v.strip() and v, repr(v)
                toks = set(re.split(r"[^A-Za-z0-9]+", v))
                assert not (toks & _CUES), (cat, v)
                if cat == "IP_ADDRESS":
                    assert _ip_ok(v), v
                elif cat == "LOCATION":
                    assert v in H._PLACES, v
                elif cat == "ORGANIZATION":
                    assert v in _ORG_NAMES, v
                else:
                    assert _SHAPES[cat].fullmatch(v), (cat, v)
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                if cat in ("DEVICE_ID", "ACCOUNT", "MRN", "LICENSE", "HEALTH_PLAN"):
                    assert sum(ch.isdigit() for ch in v) >= 4, (cat, v)
                if cat == "VEHICLE_ID":
                    assert any(ch.isdigit() for ch in v), v


def test_values_are_diverse(built):
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, b, c in n.spans:
                vals[c].append(n.text[a:b])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 30, (c, distinct)
        else:
            assert distinct >= 0.85 * len(vs), (c, distinct, len(vs))


def test_contexts_are_diverse(built):
    before: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, _, c in n.spans:
                before[c].add(re.sub(r"\s+", " ", n.text[max(0, a - 12):a]))
    for c, ctx in before.items():
        assert len(ctx) >= 20, (c, len(ctx))


# -- dates, ages and look-alikes ---------------------------------------------------------------------

def _covered(pos: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos[0] and pos[1] <= b for a, b in spans)


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for n, looks, _ in built[s]:
            dates = [(a, b) for a, b, c in n.spans if c == "DATE_REAL_YEAR"]
            exempt = []
            for lk in looks:
                if _EXPIRY_CUE.search(lk):
                    exempt += [(m.start(), m.end()) for m in re.finditer(re.escape(lk), n.text)]
            for m in _REAL_DATE.finditer(n.text):
                ok = _covered(m.span(), dates) or _covered(m.span(), exempt)
                assert ok, (s, m.group(), n.text[m.start() - 40:m.end()])
            for a, b in dates:
                assert _REAL_DATE.fullmatch(n.text[a:b])


def test_every_age_over_89_is_labelled(built):
    seen_under = 0
    for s in SEEDS:
        for n, _, _ in built[s]:
            ages = [(a, b) for a, b, c in n.spans if c == "AGE_OVER_89"]
            for rx in _AGE:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert _covered(m.span(1), ages), (s, m.group(0))
                    else:
                        seen_under += 1
            for a, b in ages:
                assert any(rx.search(n.text[max(0, a - 6):b + 12]) for rx in _AGE) or \
                    re.search(r"(?:Age|age)\W*$", n.text[max(0, a - 24):a]), n.text[max(0, a - 20):b + 20]
    assert seen_under > 100  # ages under 90 appear as look-alikes


def test_look_alikes_never_overlap_a_span(built):
    for s in SEEDS:
        for n, looks, _ in built[s]:
            assert looks == list(dict.fromkeys(looks))
            for lk in looks:
                hits = [m.span() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(lk)}(?![A-Za-z0-9])", n.text)]
                assert hits, lk
                for a, b in hits:
                    assert not any(a < e and b > st for st, e, _ in n.spans), (lk, n.text[a - 20:b + 20])


def test_shifted_dates_are_present_and_unlabelled(built):
    rx = re.compile(r"\b2[01]\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/2[01]\d\d\b")
    n_with = sum(1 for n, _, _ in built[1] if rx.search(n.text))
    assert n_with > N // 2


def test_look_alike_kinds_present(built):
    looks = [lk for n, ls, _ in built[1] for lk in ls]
    joined = "\n".join(looks)
    for needle in ("Lot", "REF", "NDC", "EXP", "HIPPS", "Group #", "1-800", "www.", "firmware", "hour meter"):
        assert needle in joined, needle
    assert any(re.fullmatch(r"(?:since|in|circa|back in) \d{4}", lk) for lk in looks)
    assert any(lk in H._STATES for lk in looks) and any(lk in H._COUNTRIES for lk in looks)
    assert any(lk in H._DEPTS for lk in looks)


# -- module contract ----------------------------------------------------------------------------------

def test_module_contract(built):
    assert H.__doc__.startswith("Held-out corpus 50: ")
    assert "Written blind:" in H.__doc__
    for kind in H.DOCUMENT_KINDS:
        assert kind in H.__doc__
    assert len(H.DOCUMENT_KINDS) >= 12
    assert set(H.DOCUMENT_KINDS) == set(H._KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in H._KINDS.values())
    used = {lk for s in SEEDS for _, ls, _ in built[s] for lk in ls}
    assert len(set(H.EPONYMS_AND_BRANDS) & used) >= 60
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    assert callable(H.main)
    notes = H.holdout50_corpus(1, 5)
    assert all(isinstance(n, LabelledNote) for n in notes)
    assert [n.text for n in notes] == [built[1][i][0].text for i in range(5)]
