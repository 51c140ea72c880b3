"""Label tests for held-out corpus 41 (revenue cycle, UR and HIM). The detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout41 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# exact per-category totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence)
EXPECTED_TOTALS = {
    "PHONE": 95, "FAX": 99, "PAGER": 55, "EMAIL": 86, "URL": 68, "IP_ADDRESS": 74, "SSN": 86, "MRN": 131,
    "ACCOUNT": 218, "HEALTH_PLAN": 205, "LICENSE": 145, "ZIP": 91, "STREET_ADDRESS": 83, "DATE_REAL_YEAR": 154,
    "AGE_OVER_89": 86, "DEVICE_ID": 68, "VEHICLE_ID": 65, "PERSON": 194, "LOCATION": 103, "ORGANIZATION": 165,
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for i in range(n):
        note, looks, kind = h._build(seed, i)
        m.update(repr((note.note_type, note.text, note.spans, looks, kind, h.document_kind(seed, i))).encode())
    return m.hexdigest()


# ------------------------------------------------------------------------------------------ determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 13, 77, 599):
        a, b = h._build(4, i), h._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h._build(4, 5)[0].text != h._build(5, 5)[0].text


def test_prefix_stable():
    assert h.holdout41_corpus(9, 40) == h.holdout41_corpus(9, 90)[:40]
    assert h.holdout41_note(9, 17) == h.holdout41_corpus(9, 18)[17]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(2, 50)
    code = ("import sys; sys.path.insert(0, 'tests'); from test_notes_holdout41 import _digest; "
            "print(_digest(2, 50))")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# ------------------------------------------------------------------------------------------ shape of the corpus


def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48, rad
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_consistent(built):
    for s in SEEDS:
        kinds = Counter(h.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _looks, _k) in enumerate(built[s]):
            assert note.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_plant_rate_and_heavy_notes(built):
    for s in SEEDS:
        planted = sum(bool(b[0].spans) for b in built[s])
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [b[0] for b in built[s] if b[2] == "heavy"]
        assert len(heavy) == N // 20
        for note in heavy:
            assert note.spans == []
            assert note.text.count("___") >= 25
        for note, _looks, kind in built[s]:
            if note.spans:
                assert kind == "normal"
                assert 1 <= len(note.spans) <= 4


def test_exact_category_totals(built):
    totals = Counter(c for s in SEEDS for b in built[s] for _s, _e, c in b[0].spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


# ------------------------------------------------------------------------------------------ span integrity

_CUE = re.compile(r"^(dr\.?|mrn|acct|account|fax|fx|pager|pgr|sn|s/n|serial|plate|tag|vin|tel|ph|phone|lic|license|"
                  r"dea|npi|zip|ssn|ss#|ext|member|id|grp|group|policy|claim|icn|har|mr#|md|rn|cell|email|dob)\b",
                  re.I)
_CRED = re.compile(r"[\s,](md|rn|do|pa|np|rt)\.?$", re.I)
_SHAPES = {
    "PHONE": re.compile(r"^[\d()+\-. /]+$"),
    "FAX": re.compile(r"^[\d()+\-. /]+$"),
    "PAGER": re.compile(r"^[\d()\- ]+$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9 -]{4,}[A-Z0-9]$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 .-]{4,}[A-Z0-9]$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Za-z][A-Za-z .]+( (Apt|APT|Unit|UNIT) \d+| #\d[A-Z]|, (Apt|APT) \d+)?$"),
    "DATE_REAL_YEAR": re.compile(r"^(?=.*\b(19\d\d|20[0-3]\d))[\w ,./-]+$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,}$"),
    "VEHICLE_ID": re.compile(r"^([A-HJ-NPR-Z0-9]{17}|[A-Z0-9][A-Z0-9 -]{3,7})$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(,? [A-Z][A-Za-z'.-]*){1,3}$"),
    "LOCATION": re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+)*$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z'.-]*( (&|[A-Za-z][A-Za-z'.,-]*))+$"),
}


def test_span_integrity(built):
    for s in SEEDS:
        for note, _looks, _k in built[s]:
            prev_end = -1
            for start, end, cat in note.spans:
                assert cat in CATEGORIES
                assert 0 <= start < end <= len(note.text)
                assert start >= prev_end, "overlapping spans"
                prev_end = end
                v = note.text[start:end]
                assert v == v.strip() and "\n" not in v
                assert v[0] not in ":#-" and v[-1] not in ":,;(-"
                assert v[0] != "(" or cat in ("PHONE", "FAX", "PAGER")
                assert not _CUE.match(v), (cat, v)
                assert not _CRED.search(v), (cat, v)
                assert _SHAPES[cat].match(v), (cat, v)
                if cat in ("MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID"):
                    assert sum(ch.isdigit() for ch in v) >= 4, (cat, v)
                if cat in ("PHONE", "FAX"):
                    assert sum(ch.isdigit() for ch in v) in (10, 11), v
                if cat == "AGE_OVER_89":
                    assert 90 <= int(v) <= 110
                if cat == "IP_ADDRESS":
                    assert all(int(x) <= 255 for x in v.split("."))
                # the value is not glued to a neighbouring word or digit
                if start > 0:
                    assert not (note.text[start - 1].isalnum() and v[0].isalnum()), (cat, v)
                if end < len(note.text) and cat != "AGE_OVER_89":  # "94yo" is a deliberate shape
                    assert not (note.text[end].isalnum() and v[-1].isalnum()), (cat, v)


def test_values_are_diverse(built):
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for s in SEEDS:
        for note, _looks, _k in built[s]:
            for start, end, cat in note.spans:
                values[cat].append(note.text[start:end])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat == "LOCATION":
            assert distinct >= 40
        else:
            assert distinct >= 0.8 * len(vals), (cat, distinct, len(vals))
    # many shapes per identifier category
    def shape(v: str) -> str:
        return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)))
    for cat in ("PHONE", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DATE_REAL_YEAR", "DEVICE_ID", "PERSON"):
        assert len({shape(v) for v in values[cat]}) >= 6, cat


# ------------------------------------------------------------------------------------------ negatives

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_Y = r"(?:19\d\d|20[0-3]\d)"
_REAL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}\b|\b{_Y}-\d{{2}}-\d{{2}}\b|\b{_MON} \d{{1,2}},? {_Y}\b|"
    rf"\b\d{{1,2}}[ -]{_MON}[ -]{_Y}\b|\b{_Y}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b|"
    rf"(?<![\d-]){_Y}-(?:0[1-9]|1[0-2])\b(?!-)")
_EXPIRY = re.compile(r"(exp\w*|use by|expiry)[.:]?\s*$", re.I)
_AGE = re.compile(r"\b(\d{2,3})\s*(?:-?\s*y/?o\b|yo\b|-?years?[- ]old\b|yrs?\b)|\b(?:age|aged)[: ]\s*(\d{2,3})\b",
                  re.I)


def _inside(spans, s, e, cat=None):
    return any(a <= s and e <= b and (cat is None or c == cat) for a, b, c in spans)


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for note, _looks, _k in built[s]:
            for m in _REAL_DATE.finditer(note.text):
                if _inside(note.spans, m.start(), m.end()):
                    continue
                before = note.text[max(0, m.start() - 12):m.start()]
                assert _EXPIRY.search(before), (m.group(), before)


def test_every_age_over_89_is_labelled(built):
    seen = 0
    for s in SEEDS:
        for note, _looks, _k in built[s]:
            for m in _AGE.finditer(note.text):
                g = 1 if m.group(1) else 2
                if int(m.group(g)) >= 90:
                    assert _inside(note.spans, m.start(g), m.end(g), "AGE_OVER_89"), m.group()
                    seen += 1
    assert seen > 50


def test_look_alikes_present_and_never_labelled(built):
    used: Counter = Counter()
    for s in SEEDS:
        for note, looks, _k in built[s]:
            for look in looks:
                pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(look) + r"(?![A-Za-z0-9])")
                hits = list(pat.finditer(note.text))
                assert hits, look
                for m in hits:
                    assert not any(a < m.end() and m.start() < b for a, b, _c in note.spans), (look, note.spans)
                used[look] += 1
    missing = [x for x in h.EPONYMS_AND_BRANDS if not used[x]]
    assert not missing, missing
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    # every note but a handful carries hard negatives
    assert sum(bool(b[1]) for s in SEEDS for b in built[s]) >= 0.95 * len(SEEDS) * N


# ------------------------------------------------------------------------------------------ contract


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 41: hospital revenue cycle, utilization review and health-information "
                          "management")
    assert "Written blind:" in doc
    assert len(h.DOCUMENT_KINDS) >= 12 and len(set(h.DOCUMENT_KINDS)) == len(h.DOCUMENT_KINDS)
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _b in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _t, b in h._KINDS.values())
    assert callable(h.main) and callable(h.holdout41_note) and callable(h.holdout41_corpus)
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.document_kind(1, 0) in h.DOCUMENT_KINDS
