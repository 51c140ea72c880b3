"""Label tests for held-out corpus 69 (military and veterans' health). The detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout69 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 129, "FAX": 66, "PAGER": 65, "EMAIL": 60, "URL": 41, "IP_ADDRESS": 44, "SSN": 60, "MRN": 109,
    "ACCOUNT": 148, "HEALTH_PLAN": 105, "LICENSE": 78, "ZIP": 88, "STREET_ADDRESS": 83, "DATE_REAL_YEAR": 209,
    "AGE_OVER_89": 63, "DEVICE_ID": 84, "VEHICLE_ID": 62, "PERSON": 320, "LOCATION": 189, "ORGANIZATION": 238,
}

_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_PHONE_RE = re.compile(r"^(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)?\d{3}[-. ]?\d{4}$")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DATE_RES = (
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}[ -]?" + _MONTH + r"[ -]?(\d{4})\b"),
    re.compile(r"\b" + _MONTH + r" \d{1,2}, (\d{4})\b"),
    re.compile(r"\b(19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),
)
_AGE_RES = (
    re.compile(r"\b(\d{2,3})[- ]?(?:year|yr)s?[- ]old\b"),
    re.compile(r"\b(\d{2,3}) ?(?:y/o|yo|y\.o\.)"),
    re.compile(r"\b(?:[Aa]ge|AGE|aged)[: ]+(\d{2,3})\b"),
)
_SHAPES = {
    "PHONE": _PHONE_RE,
    "FAX": _PHONE_RE,
    "PAGER": re.compile(r"^[\d()+. -]{5,16}$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https://)?www\.[\w.-]+\.[a-z]{2,}(/\S*)?$|^https://[\w.-]+\.[a-z]{2,}/\S+$"),
    "IP_ADDRESS": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,17}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,16}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9-]{7,15}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,14}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^(\d+ [A-Z][\w .,]+|Bldg \d+, Rm \d+|(PSC|CMR|Unit) \d+ Box \d+|PO Box \d+)$"),
    "DATE_REAL_YEAR": re.compile(r"\d"),
    "AGE_OVER_89": re.compile(r"^(9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9]{6,14}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]{3,16}$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-zñ.' -]+(, [A-Z][A-Za-zñ .'-]+)?$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z -]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][\w .'&#,-]+$"),
}
_CUES = re.compile(r"\b(Dr\.|MRN|Fax|FAX|pager|pgr|plate|Acct|NPI|DEA|SSN|ICN|VIN|DOB|Tel|APO|FPO|SN|Lic)\b")
_CREDENTIALS = re.compile(r"[, ](MD|RN|DO|NP|PA-C|FNP)$")


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(repr((n.note_type, n.text, n.spans)).encode())
    return m.hexdigest()


def test_deterministic_in_process_and_prefix_stable():
    assert h._build(5, 17)[0] == h._build(5, 17)[0]
    assert h.holdout69_corpus(4, 40) == h.holdout69_corpus(4, 90)[:40]
    assert h.holdout69_note(4, 33) == h.holdout69_corpus(4, 40)[33]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_deterministic_across_processes(hashseed):
    code = ("import hashlib; from lqs_clinical.synth.notes_holdout69 import holdout69_corpus as c\n"
            "m = hashlib.sha256()\n"
            "for n in c(7, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(m.hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(h.holdout69_corpus(7, 60))


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_every_kind_used():
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, b in enumerate(built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        bs = built(seed)
        planted = sum(1 for n, _, _ in bs if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in bs if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in bs:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for n, _, _ in all_built() for _, _, c in n.spans)
    assert dict(totals) == {c: v for c, v in EXPECTED_TOTALS.items() if v}
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for n, _, _ in all_built():
        spans = sorted(n.spans)
        for k, (s, e, c) in enumerate(spans):
            assert c in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v, v
            if k:
                assert spans[k - 1][1] <= s
            assert not _CUES.search(v), (c, v)
            assert not _CREDENTIALS.search(v), (c, v)
            assert _SHAPES[c].search(v), (c, v)
            if c in ("PHONE", "FAX"):
                digits = re.sub(r"\D", "", v)
                if len(digits) == 11:
                    digits = digits[1:]
                assert len(digits) in (7, 10)
                if len(digits) == 10:
                    assert digits[:3] not in _TOLL_FREE
            if c == "PERSON":
                assert v.split()[0] not in h._RANKS
            if c == "IP_ADDRESS":
                assert all(0 <= int(x) <= 255 for x in v.split("."))
            if c == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"(?:19|20)\d\d", v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
            # a value never sits glued to its cue or to the following word
            assert not (s and n.text[s - 1].isalnum()), (c, n.text[max(0, s - 10):e])
            assert not (e < len(n.text) and n.text[e].isalnum()), (c, n.text[s:e + 10])


def test_value_diversity_and_contexts():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    contexts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for n, _, _ in all_built():
        for s, e, c in n.spans:
            values[c].append(n.text[s:e])
            contexts[c].add(n.text[max(0, s - 14):s])
    for c in CATEGORIES:
        distinct = len(set(values[c]))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 60
        else:
            assert distinct >= 0.6 * len(values[c]), c
        assert len(contexts[c]) >= 5, c


def _inside(spans, s, e, cats=None):
    return any(a <= s and e <= b and (cats is None or c in cats) for a, b, c in spans)


def _expiry_windows(text: str, looks: list[str]) -> list[tuple[int, int]]:
    out = []
    for w in looks:
        if "exp" in w.lower():
            start = text.find(w)
            while start >= 0:
                out.append((start, start + len(w)))
                start = text.find(w, start + 1)
    return out


def test_real_year_dates_only_where_labelled():
    for n, looks, _ in all_built():
        exp = _expiry_windows(n.text, looks)
        for k, rx in enumerate(_DATE_RES):
            for m in rx.finditer(n.text):
                year = int(m.group(1))
                if not 1900 <= year <= 2030:
                    continue
                s, e = m.span()
                if _inside(n.spans, s, e, {"DATE_REAL_YEAR"}):
                    continue
                if k == len(_DATE_RES) - 1 and _inside(n.spans, s, e):
                    continue
                assert any(a <= s and e <= b for a, b in exp), (m.group(0), n.text[max(0, s - 40):e + 20])


def test_unlabelled_dates_are_shifted():
    seen = 0
    for n, _, _ in all_built():
        for m in re.finditer(r"\b(21\d\d)-\d{2}-\d{2}\b|\b\d{2}/\d{2}/(21\d\d)\b", n.text):
            assert not _inside(n.spans, *m.span())
            seen += 1
    assert seen > 50


def test_lookalikes_present_and_never_overlap_spans():
    for n, looks, _ in all_built():
        for w in looks:
            start = n.text.find(w)
            assert start >= 0, w
            while start >= 0:
                end = start + len(w)
                assert not any(s < end and start < e for s, e, _ in n.spans), (w, n.text[start - 20:end + 20])
                start = n.text.find(w, start + 1)


def test_every_old_age_labelled():
    found = 0
    for n, _, _ in all_built():
        for rx in _AGE_RES:
            for m in rx.finditer(n.text):
                if int(m.group(1)) >= 90:
                    assert _inside(n.spans, *m.span(1), {"AGE_OVER_89"}), n.text[m.start() - 20:m.end() + 20]
                    found += 1
    assert found == sum(1 for n, _, _ in all_built() for _, _, c in n.spans if c == "AGE_OVER_89")


def test_no_toll_free_labelled_and_public_lines_present():
    lines = 0
    for n, looks, _ in all_built():
        lines += sum(1 for w in looks if w in h._CRISIS)
        for s, e, c in n.spans:
            if c in ("PHONE", "FAX", "PAGER"):
                digits = re.sub(r"\D", "", n.text[s:e])
                assert not (len(digits) >= 10 and digits[-10:-7] in _TOLL_FREE)
    assert lines > 500


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 69: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for k in h.DOCUMENT_KINDS:
        t, builder = h._KINDS[k]
        assert callable(builder) and t in ("discharge", "radiology")
    assert len(set(h.EPONYMS_AND_BRANDS)) >= 60
    used = {w for _, looks, _ in built(1) for w in looks}
    assert set(h.EPONYMS_AND_BRANDS) <= used
    assert callable(h.main)
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
