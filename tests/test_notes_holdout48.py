"""Label tests for held-out corpus 48 (correctional health). The detector is never run here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout48 as h
from lqs_clinical.synth.notes import CATEGORIES

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "ACCOUNT": 150, "AGE_OVER_89": 83, "DATE_REAL_YEAR": 228, "DEVICE_ID": 71, "EMAIL": 74, "FAX": 75,
    "HEALTH_PLAN": 79, "IP_ADDRESS": 73, "LICENSE": 81, "LOCATION": 149, "MRN": 148, "ORGANIZATION": 226,
    "PAGER": 84, "PERSON": 287, "PHONE": 155, "SSN": 75, "STREET_ADDRESS": 69, "URL": 79, "VEHICLE_ID": 77,
    "ZIP": 86,
}

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b"),
    re.compile(r"\b\d{2}\.\d{2}\.(\d{4})\b"),
)
_PHONE = r"(?:\+1 )?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
SHAPES = {
    "PHONE": re.compile(rf"^{_PHONE}$"),
    "FAX": re.compile(rf"^{_PHONE}$"),
    "PAGER": re.compile(rf"^(?:\d{{5}}|\d-\d{{4}}|{_PHONE})$"),
    "EMAIL": re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
    "URL": re.compile(r"^(?:https?://|www\.)[^\s]+[A-Za-z0-9/]$"),
    "IP_ADDRESS": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^(?:[A-Z]{2,3}-?)?\d{7,9}$"),
    "ACCOUNT": re.compile(r"^(?:[A-Z]{1,3}-?)?\d{6,10}$"),
    "HEALTH_PLAN": re.compile(r"^(?:[A-Z]{2,3}\d{8,9}|\d{4} \d{4} \d{3}|\d{3}-\d{6}-\d{2})$"),
    "LICENSE": re.compile(r"^(?:[12]\d{9}|[A-Z]{2}\d{7}|(?:ME|G|LP|C)[.-]?\d{5,7}|[A-Z]\d{3}-\d{4}-\d{4}|P-?\d{6})$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,5} (?:[NSEW] )?[A-Z][A-Za-z ]+ [A-Z][a-z]+"
                                 r"(?: Apt \d+[A-D]|, Unit \d+| #\d+)?$"),
    "DATE_REAL_YEAR": re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}"
                                 r"|\d{1,2} [A-Z][a-z]+ \d{4}|\d{2}-[A-Z][a-z]{2}-\d{4}|\d{2}\.\d{2}\.\d{4})$"),
    "AGE_OVER_89": re.compile(r"^(?:9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9-]{6,19}$"),
    "VEHICLE_ID": re.compile(r"^(?:\d[A-Z]{3}\d{3}|(?:CTY|GOV|EXM|CNTY)[- ]\d{5}|[A-Z]{3} \d{4}|[A-HJ-NPR-Z0-9]{17})$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z' ]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z'.&# 0-9-]+$"),
}
CUES = re.compile(r"\b(?:Dr\.|MRN|[Pp]ager|Fax|FAX|SN|[Pp]late|Acct|MD|RN|LCSW|Dep\.|Lt\.|CO|Judge|Warden)(?![A-Za-z])")
AGE_RES = (
    re.compile(r"\b(\d{2,3}) ?(?:-year-old|-year|years? (?:of age|old)|y/o|yo\b)"),
    re.compile(r"\b[Aa]ged? ?:? (\d{2,3})\b"),
)


@cache
def built(seed: int) -> tuple:
    return tuple(h._build(seed, i) for i in range(N))


def _digest(seed: int, n: int) -> str:
    notes = h.holdout48_corpus(seed, n)
    blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 48: correctional health")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(set(h.EPONYMS_AND_BRANDS)) >= 60
    assert callable(h.main) and callable(h.holdout48_note) and callable(h.holdout48_corpus)
    note, la, kind = h._build(1, 0)
    assert kind in ("heavy", "normal") and isinstance(la, list)


def test_determinism_and_prefix_stability():
    assert h._build(2, 17)[0] == h._build(2, 17)[0]
    assert h.holdout48_note(3, 5) == h._build(3, 5)[0]
    assert h.holdout48_corpus(1, 40) == h.holdout48_corpus(1, 90)[:40]
    assert h.holdout48_corpus(2, 40) != h.holdout48_corpus(3, 40)


def test_determinism_across_processes_and_hash_seeds():
    here = _digest(1, 60)
    code = ("from tests.test_notes_holdout48 import _digest; print(_digest(1, 60))")
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        assert out.stdout.strip() == here


@pytest.mark.parametrize("seed", SEEDS)
def test_types_lengths_kinds(seed):
    notes = built(seed)
    rad = sum(n.note_type == "radiology" for n, _, _ in notes) / N
    assert 0.40 <= rad <= 0.50
    assert all(1100 <= len(n.text) <= 4500 for n, _, _ in notes)
    kinds = Counter(h.document_kind(seed, i) for i in range(N))
    assert set(kinds) == set(h.DOCUMENT_KINDS)
    assert min(kinds.values()) >= 15
    for i, (n, _, _) in enumerate(notes):
        assert n.note_type == h._KINDS[h.document_kind(seed, i)][0]


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_rate_and_heavy(seed):
    notes = built(seed)
    planted = sum(1 for n, _, _ in notes if n.spans)
    assert 0.57 <= planted / N <= 0.59
    heavy = [n for n, _, k in notes if k == "heavy"]
    assert len(heavy) == N // 20
    for n in heavy:
        assert not n.spans and n.text.count("___") >= 25
    for n, _, k in notes:
        if n.spans:
            assert 1 <= len(n.spans) <= 4 and k == "normal"


def test_exact_category_totals():
    totals = Counter(c for seed in SEEDS for n, _, _ in built(seed) for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for n, _, _ in built(seed):
        prev_end = -1
        for s, e, c in sorted(n.spans):
            assert 0 <= s < e <= len(n.text) and s >= prev_end
            prev_end = e
            v = n.text[s:e]
            assert c in CATEGORIES
            assert v == v.strip() and "\n" not in v
            assert not CUES.search(v), (c, v)
            assert SHAPES[c].match(v), (c, v)
            if c == "DATE_REAL_YEAR":
                assert 1900 <= int(re.search(r"\d{4}", v).group()) <= 2030
            # the span is a whole token: no letter or digit glued on either side (age "93yo" excepted)
            if s > 0:
                assert not n.text[s - 1].isalnum() or c == "AGE_OVER_89", (c, n.text[s - 5:e])
            if e < len(n.text) and c != "AGE_OVER_89":
                assert not n.text[e].isalnum(), (c, n.text[s:e + 5])


def test_value_diversity():
    vals: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    count: Counter = Counter()
    for n, _, _ in built(1):
        for s, e, c in n.spans:
            vals[c].add(n.text[s:e])
            count[c] += 1
    for c in CATEGORIES:
        floor = {"AGE_OVER_89": 12, "ORGANIZATION": 25, "LOCATION": 20}.get(c, min(20, count[c]))
        assert len(vals[c]) >= min(floor, count[c]), (c, len(vals[c]), count[c])


@pytest.mark.parametrize("seed", SEEDS)
def test_real_year_dates_only_where_labelled(seed):
    for n, la, _ in built(seed):
        labelled = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
        for rx in _DATE_RES:
            for m in rx.finditer(n.text):
                if not 1900 <= int(m.group(1)) <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in labelled)
                assert inside or m.group(0) in la, (m.group(0), n.text[max(0, m.start() - 40):m.end()])
                if not inside:  # an unlabelled real-year date is an expiry
                    assert 2025 <= int(m.group(1)) <= 2029


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_present_and_never_overlap(seed):
    used: set[str] = set()
    for n, la, _ in built(seed):
        for w in la:
            assert w in n.text
            p = n.text.find(w)
            while p >= 0:
                assert not any(p < e and p + len(w) > s for s, e, _ in n.spans), (w, n.text[p - 20:p + 30])
                p = n.text.find(w, p + 1)
        used.update(la)
    if seed == 1:
        missing = [w for w in h.EPONYMS_AND_BRANDS if w not in used]
        assert not missing, missing
        assert len(used & set(h.EPONYMS_AND_BRANDS)) >= 60


@pytest.mark.parametrize("seed", SEEDS)
def test_every_age_over_89_labelled(seed):
    for n, _, _ in built(seed):
        ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
        for rx in AGE_RES:
            for m in rx.finditer(n.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, n.text[m.start() - 20:m.end() + 10]
