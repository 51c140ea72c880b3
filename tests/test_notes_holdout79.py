"""Label tests for held-out corpus 79 (reference-lab outreach and specimen logistics).

The detector is never run here: these tests check only the corpus and its ground truth.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

from lqs_clinical.synth import notes_holdout79 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# Per-category planted spans over seeds 1-3 x 600 notes (2,333 spans in 1,044 planted notes).
EXPECTED_TOTALS = {
    "PHONE": 111,
    "FAX": 122,
    "PAGER": 114,
    "EMAIL": 117,
    "URL": 112,
    "IP_ADDRESS": 117,
    "SSN": 117,
    "MRN": 111,
    "ACCOUNT": 106,
    "HEALTH_PLAN": 127,
    "LICENSE": 124,
    "ZIP": 118,
    "STREET_ADDRESS": 117,
    "DATE_REAL_YEAR": 114,
    "AGE_OVER_89": 121,
    "DEVICE_ID": 115,
    "VEHICLE_ID": 117,
    "PERSON": 114,
    "LOCATION": 118,
    "ORGANIZATION": 121,
}

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d{4,5}|\d-\d{4}|\d{3}-\d{4}|" + _PHONE,
    "EMAIL": r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    "URL": r"(?:https?://|www\.)[A-Za-z0-9./?=&_-]+",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"[HE]?\d{7,9}|\d{3}-\d{2}-\d{2}",
    "ACCOUNT": r"(?=.*\d)[A-Z0-9][A-Z0-9 -]{5,24}",
    "HEALTH_PLAN": r"(?=.*\d)[A-Z0-9][A-Z0-9-]{6,15}",
    "LICENSE": r"(?=.*\d)[A-Z0-9][A-Z0-9 -]{5,12}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z0-9][A-Za-z0-9 ,]+",
    "DATE_REAL_YEAR": r".*(?:19\d\d|20[0-2]\d|2030).*",
    "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"(?=.*\d)[A-Z0-9][A-Z0-9-]{5,14}",
    "VEHICLE_ID": r"[A-Z0-9]{2,3}[ -]?[A-Z0-9]{3,5}|[A-HJ-NPR-Z0-9]{17}",
    "PERSON": r"[A-Z][A-Za-z'-]*\.?(?:,? [A-Z][A-Za-z'.-]*)*",
    "LOCATION": r"[A-Z][a-z]+(?:[ -][A-Za-z]+)*",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9.'&-]*(?: [A-Za-z0-9.'&-]+)+",
}
CUE_PREFIX = re.compile(
    r"(?i:dr|mrn|fax|pager|pgr|sn|s/n|plate|acct|npi|dob|tel|phone|lic|vin|id|member|req|"
    r"acc|serial|ssn|age)[\s:.#]"
)
CRED_SUFFIX = re.compile(r",?\s*(?:MD|RN|NP|DO|PhD|MLS|RT)$")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_RES = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}[- ]{_MON}[- ](\d{{4}})\b"),
    re.compile(r"\b\d{2}\.\d{2}\.(\d{4})\b"),
)
AGE_RES = (
    re.compile(r"\b(\d{2,3})(?:\s*-?\s*(?:years?|yrs?|yo\b|y/o|y\.o\.|y\b))"),
    re.compile(r"\b[Aa]ge[:\s]+(\d{2,3})\b"),
)


@cache
def built(seed: int, n: int = N) -> tuple:
    return tuple(h._build(seed, i) for i in range(n))


def _sig(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(repr((n.note_type, n.text, n.spans)).encode())
    return m.hexdigest()


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 79: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        for i in range(50):
            k = h.document_kind(seed, i)
            assert k in h.DOCUMENT_KINDS
            assert h._KINDS[k][0] == h.holdout79_note(seed, i).note_type
    assert callable(h.main)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    used = set()
    for seed in SEEDS:
        for _, looks, _ in built(seed):
            used.update(t for t in looks if t in h.EPONYMS_AND_BRANDS)
    assert len(used) >= 60, sorted(set(h.EPONYMS_AND_BRANDS) - used)


def test_determinism_and_prefix_stability():
    for seed in SEEDS:
        a, b = h._build(seed, 17), h._build(seed, 17)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
        assert h.holdout79_corpus(seed, 40) == h.holdout79_corpus(seed, 90)[:40]
        assert [n for n, _, _ in built(seed)[:40]] == h.holdout79_corpus(seed, 40)
    assert h.holdout79_corpus(1, 30) != h.holdout79_corpus(2, 30)


def test_determinism_across_processes_and_hash_seeds():
    code = (
        "from lqs_clinical.synth.notes_holdout79 import holdout79_corpus as c;import hashlib;"
        "m=hashlib.sha256()\nfor n in c(2, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
        "print(m.hexdigest())"
    )
    outs = set()
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        outs.add(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout.strip()
        )
    assert outs == {_sig(h.holdout79_corpus(2, 60))}


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [n for n, _, _ in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.40 <= rad <= 0.50, rad
        for n in notes:
            assert n.note_type in ("discharge", "radiology")
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used():
    for seed in SEEDS:
        c = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(c) == set(h.DOCUMENT_KINDS)
        assert min(c.values()) >= 15, c


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        rows = built(seed)
        planted = sum(1 for n, _, _ in rows if n.spans)
        heavy = [n for n, _, kind in rows if kind == "heavy"]
        assert 0.57 <= planted / N <= 0.59
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, kind in rows:
            assert kind in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter()
    for seed in SEEDS:
        for n, _, _ in built(seed):
            totals.update(c for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for n, _, _ in built(seed):
            last = 0
            for s, e, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= last, "overlapping spans"
                last = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert re.fullmatch(SHAPES[cat], v), (cat, v)
                assert not CUE_PREFIX.match(v), (cat, v)
                assert not CRED_SUFFIX.search(v), (cat, v)
                assert "#" not in v and ": " not in v, (cat, v)
                if cat == "LOCATION":
                    assert v not in ("New York", "NY", "Vermont", "Massachusetts")


def test_value_diversity():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for seed in SEEDS:
        for n, _, _ in built(seed):
            for s, e, cat in n.spans:
                values[cat].append(n.text[s:e])
    for cat, vs in values.items():
        distinct = len(set(vs))
        floor = {"AGE_OVER_89": 12, "LOCATION": 35, "ORGANIZATION": 35}.get(cat)
        if floor:
            assert distinct >= floor, (cat, distinct)
        else:
            assert distinct >= 0.85 * len(vs), (cat, distinct, len(vs))


def _inside(spans, s, e, cat=None):
    return any(a <= s and e <= b and (cat is None or c == cat) for a, b, c in spans)


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n, _, _ in built(seed):
            for rx in DATE_RES:
                for m in rx.finditer(n.text):
                    year = int(m.group(1))
                    if not 1900 <= year <= 2030:
                        assert 2100 <= year <= 2200, m.group(0)
                        continue
                    before = n.text[max(0, m.start() - 12) : m.start()].lower()
                    if "exp" in before or "use by" in before:
                        continue
                    assert _inside(n.spans, m.start(), m.end(), "DATE_REAL_YEAR"), (m.group(0), n.text)


def test_ages_over_89_labelled():
    seen = 0
    for seed in SEEDS:
        for n, _, _ in built(seed):
            for rx in AGE_RES:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        seen += 1
                        assert _inside(n.spans, m.start(1), m.end(1), "AGE_OVER_89"), m.group(0)
    assert seen > 50


def test_lookalikes_present_and_never_labelled():
    n_looks = 0
    for seed in SEEDS:
        for n, looks, _ in built(seed):
            for lk in looks:
                assert lk in n.text
                n_looks += 1
                start = n.text.find(lk)
                while start != -1:
                    end = start + len(lk)
                    assert not any(s < end and start < e for s, e, _ in n.spans), (lk, n.text[start:end])
                    start = n.text.find(lk, start + 1)
    assert n_looks > 10 * N


def test_public_lines_and_bodies_unlabelled():
    tollfree = re.compile(r"^(?:1-|\()?(?:800|888|877|866|855|844|833)")
    for seed in SEEDS:
        for n, _, _ in built(seed):
            for s, e, cat in n.spans:
                v = n.text[s:e]
                if cat == "PHONE":
                    assert not tollfree.match(v), v
                if cat == "ORGANIZATION":
                    assert v not in ("Medicare", "Medicaid", "CMS", "CDC", "FDA", "Fidelis Care", "Abbott")
