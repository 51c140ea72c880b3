"""Label tests for held-out corpus 93 (ethics consultation, advance care planning, surrogate decision-making).

Only the labelled ground truth is checked here: the detector is never run or imported.
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

import pytest

from lqs_clinical.synth import notes_holdout93 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 143, "AGE_OVER_89": 129, "DATE_REAL_YEAR": 214, "DEVICE_ID": 63, "EMAIL": 68, "FAX": 75,
    "HEALTH_PLAN": 65, "IP_ADDRESS": 82, "LICENSE": 147, "LOCATION": 148, "MRN": 59, "ORGANIZATION": 210, "PAGER": 75,
    "PERSON": 295, "PHONE": 160, "SSN": 64, "STREET_ADDRESS": 74, "URL": 69, "VEHICLE_ID": 70, "ZIP": 79,
}  # seeds 1-3 x 600 notes, 2289 spans

_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_REAL_DATE = re.compile(
    rf"\b\d{{1,2}}[/-]\d{{1,2}}[/-]{_YEAR}\b"
    rf"|\b{_YEAR}-\d{{2}}-\d{{2}}\b"
    rf"|\b{_MON} \d{{1,2}},? {_YEAR}\b"
    rf"|\b\d{{1,2}} {_MON} {_YEAR}\b"
    rf"|\b\d{{1,2}}-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-{_YEAR}\b"
    rf"|\bday of [A-Z][a-z]+,? (?:in the year )?{_YEAR}\b"
)
_AGE = re.compile(
    r"\b(\d{2,3})(?:\s*-\s*|\s+)(?:year|yr)s?(?:\s*-\s*|\s+)old\b"
    r"|\b(\d{2,3})\s*(?:y/o|yo|y\.o\.)(?!\w)"
    r"|\b(?:[Aa]ge|[Aa]ged|AGE)[:\s]\s*(\d{2,3})\b"
    r"|\b(?:is|She is|He is) (\d{2,3})\b(?! (?:minutes|days|mg|mL|%))"
)
_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
_SHAPES = {
    "PHONE": re.compile(rf"^{_PHONE}$"),
    "FAX": re.compile(rf"^{_PHONE}$"),
    "PAGER": re.compile(rf"^(?:\d{{4,5}}|\d-\d{{4}}|\d{{3}}-\d{{4}}|{_PHONE})$"),
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$"),
    "URL": re.compile(r"^https?://[A-Za-z0-9.-]+\.[a-z]{2,}/\S*[A-Za-z0-9]$"),
    "IP_ADDRESS": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$"
                             r"|^[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^(?:[A-Z]{1,3}-?)?\d{6,9}$"),
    "ACCOUNT": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9][A-Z0-9-]{4,16}[A-Z0-9]$"),
    "HEALTH_PLAN": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9][A-Z0-9-]{6,15}[A-Z0-9]$"),
    "LICENSE": re.compile(r"^(?=(?:.*\d){6})[A-Z0-9][A-Z0-9 -]{4,15}\d$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,5}[AB]? [A-Z][A-Za-z0-9 .]+(?:, Apt \d[A-D])?$"),
    "DATE_REAL_YEAR": re.compile(rf"^(?=.*\b{_YEAR}\b)[A-Za-z0-9 ,/-]+$"),
    "AGE_OVER_89": re.compile(r"^(?:9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9][A-Z0-9-]{5,12}[A-Z0-9]$"),
    "VEHICLE_ID": re.compile(r"^(?:[A-HJ-NPR-Z0-9]{17}|[A-Z0-9]{3,5}[- ]?[A-Z0-9]{2,4})$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'-]+(?:,? [A-Z][A-Za-z'.-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z.' ]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z'&.,\- ]{4,}[A-Za-z.]$"),
}
_CUES = re.compile(r"\b(?:Dr|MRN|Fax|FAX|pager|Pager|pgr|SN|S/N|plate|Acct|MD|RN|NPI|DEA|SSN|ID|Unit|No|Esq|lic)\b"
                   r"|[:#]")


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(sp) for sp in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def test_deterministic_same_seed_and_index():
    for s, i in ((1, 0), (2, 17), (3, 555), (7, 123)):
        a, b = h._build(s, i), h._build(s, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout93_note(1, 5) != h.holdout93_note(2, 5)


def test_deterministic_across_processes_and_hash_seeds():
    here = _digest(h.holdout93_corpus(2, 80))
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout93 as h; "
            "ns = h.holdout93_corpus(2, 80); "
            "p = [[n.note_type, n.text, [list(sp) for sp in n.spans]] for n in ns]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode()).hexdigest())")
    for hs in ("0", "4242", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


def test_prefix_stable():
    for s in SEEDS:
        assert h.holdout93_corpus(s, 40) == h.holdout93_corpus(s, 90)[:40]


def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        frac = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= frac <= 0.48, frac
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used(built):
    for s in SEEDS:
        kinds = Counter(h.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_plant_rate_and_heavy_notes(built):
    for s in SEEDS:
        planted = sum(1 for n, _, _ in built[s] if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in built[s] if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in built[s]:
            assert k in ("heavy", "normal")
            assert n.text.count("___") >= 1
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_category_totals(built):
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


def test_span_integrity(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            prev_end = -1
            for start, end, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= start < end <= len(n.text)
                assert start >= prev_end, "overlapping spans"
                prev_end = end
                value = n.text[start:end]
                assert value == value.strip() and "\n" not in value, repr(value)
                if cat not in ("URL", "IP_ADDRESS", "EMAIL"):
                    assert not _CUES.search(value), (cat, value)
                assert not re.match(r"(?:Dr\.|MRN|Fax|SN|Acct|pager|plate)\b", value), (cat, value)
                assert _SHAPES[cat].match(value), (cat, value)
                if cat in ("PHONE", "FAX"):
                    area = re.sub(r"\D", "", value)[-10:][:3]
                    ctx = n.text[max(0, start - 40):start].lower()
                    if area in ("800", "888", "877", "866", "855", "844", "833"):
                        assert cat == "FAX" and "fax" in ctx, value


def test_value_diversity(built):
    values: dict[str, list[str]] = {}
    for s in SEEDS:
        for n, _, _ in built[s]:
            for start, end, cat in n.spans:
                values.setdefault(cat, []).append(n.text[start:end])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat in ("ORGANIZATION", "LOCATION"):
            assert distinct >= 40, (cat, distinct)
        elif cat == "AGE_OVER_89":
            assert distinct >= 12, (cat, distinct)
        else:
            assert distinct >= 0.85 * len(vals), (cat, distinct, len(vals))


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            dates = [(a, b) for a, b, c in n.spans if c == "DATE_REAL_YEAR"]
            for m in _REAL_DATE.finditer(n.text):
                if any(a <= m.start() and m.end() <= b for a, b in dates):
                    continue
                before = n.text[max(0, m.start() - 12):m.start()].lower()
                assert "exp" in before, (n.text[max(0, m.start() - 40):m.end() + 10])
            for a, b in dates:
                assert re.search(_YEAR, n.text[a:b])


def test_lookalikes_present_and_never_overlap(built):
    used = set()
    for s in SEEDS:
        for n, look, _ in built[s]:
            for la in look:
                assert la in n.text, la
                for m in re.finditer(re.escape(la), n.text):
                    assert not any(m.start() < e and m.end() > st for st, e, _ in n.spans), (la, n.spans)
                if la in h.EPONYMS_AND_BRANDS:
                    used.add(la)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(used) >= 60, len(used)


def test_every_old_age_labelled(built):
    n_old = 0
    for s in SEEDS:
        for n, _, _ in built[s]:
            ages = [(a, b) for a, b, c in n.spans if c == "AGE_OVER_89"]
            for m in _AGE.finditer(n.text):
                g = next(x for x in m.groups() if x)
                if int(g) >= 90:
                    start = m.start(m.lastindex)
                    assert (start, start + len(g)) in ages, n.text[max(0, m.start() - 30):m.end() + 10]
            for a, b in ages:
                n_old += 1
                assert int(n.text[a:b]) >= 90
    assert n_old > 0


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 93: ")
    assert "Written blind:" in doc
    for kind in h.DOCUMENT_KINDS:
        assert kind in doc
    assert len(h.DOCUMENT_KINDS) >= 12
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for name in ("_build", "holdout93_note", "holdout93_corpus", "document_kind", "main"):
        assert callable(getattr(h, name))
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert inspect.signature(h.main).parameters["argv"].default is None
    note, look, kind = h._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(look, list) and kind in ("heavy", "normal")
    assert all(isinstance(x, LabelledNote) for x in h.holdout93_corpus(1, 5))
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
