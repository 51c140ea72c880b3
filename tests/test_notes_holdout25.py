"""Label-integrity tests for held-out corpus 25 (nephrology / dialysis / device clinic).

These never run the detector: they only check that the corpus is deterministic and that its labels
follow the corpus's own conventions.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout25 import (
    _CODES,
    _EPONYM_LINES,
    _GENERATORS,
    _HOTLINES,
    _INSURERS,
    _LEADS,
    _NDC,
    _PUBLIC_URLS,
    holdout25_corpus,
    holdout25_note,
)

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
AGE_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94, "ninety-five": 95,
    "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99, "one hundred": 100,
    "one hundred one": 101, "one hundred two": 102,
}


@cache
def _corpus(seed: int, n: int) -> tuple[LabelledNote, ...]:
    return tuple(holdout25_corpus(seed, n))


def _span_texts(cat: str, notes=None) -> list[str]:
    notes = notes if notes is not None else _corpus(1, 600)
    return [n.text[s:e] for n in notes for s, e, c in n.spans if c == cat]


def test_deterministic_and_varies():
    a, b = holdout25_note(1, 7), holdout25_note(1, 7)
    assert a == b
    assert holdout25_note(2, 7).text != a.text
    assert holdout25_note(1, 8).text != a.text


def test_prefix_stable():
    assert holdout25_corpus(1, 25) == list(_corpus(1, 600)[:25])


def test_identical_across_hash_seeds():
    code = ("import json; from lqs_clinical.synth.notes_holdout25 import holdout25_corpus as c; "
            "print(json.dumps([[n.note_type, n.text, n.spans] for n in c(3, 15)]))")
    outs = []
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.append(res.stdout)
    assert outs[0] == outs[1]
    here = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in holdout25_corpus(3, 15)]
    assert json.loads(outs[0]) == here


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for note in _corpus(seed, 600):
        assert note.note_type in ("discharge", "radiology")
        text = note.text
        assert all(ch == "\n" or (ch.isprintable() and ch != "\x7f") for ch in text)
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert prev_end <= s < e <= len(text)
            value = text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e
        assert list(note.spans) == sorted(note.spans)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(seed):
    notes = _corpus(seed, 600)
    counts = Counter(c for n in notes for _, _, c in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor * 1.5, (cat, counts[cat])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shape(seed):
    notes = _corpus(seed, 600)
    types = Counter(n.note_type for n in notes)
    assert 0.4 < types["discharge"] / len(notes) < 0.6
    planted = [n for n in notes if n.spans]
    assert 0.5 <= len(planted) / len(notes) <= 0.65
    heavy = [n for n in notes if not n.spans and n.text.count("___") >= 8]
    assert len(heavy) >= 10
    for n in notes:
        assert 1000 <= len(n.text) <= 6000
        assert "___" in n.text
    # one to four identifier lines per planted note (an address line may carry street, town and ZIP)
    for n in planted:
        lines = {n.text.count("\n", 0, s) for s, _, _ in n.spans}
        assert 1 <= len(lines) <= 4


def test_dates_have_real_years_and_shifted_dates_never_labelled():
    for v in _span_texts("DATE_REAL_YEAR"):
        years = re.findall(r"\b(\d{4})\b", v)
        assert len(years) == 1 and 1900 <= int(years[0]) <= 2030, v
    for n in _corpus(1, 600):
        shifted = r"\b2[12]\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/2[12]\d\d\b|\b\d{1,2} [A-Z][a-z]{2} 2[12]\d\d\b"
        for m in re.finditer(shifted, n.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans), n.text[m.start() - 20:m.end()]


def test_ages_over_89():
    vals = _span_texts("AGE_OVER_89")
    assert vals
    for v in vals:
        age = int(v) if v.isdigit() else AGE_WORDS[v]
        assert age >= 90


def test_other_value_formats():
    notes = _corpus(1, 600)
    for v in _span_texts("SSN", notes):
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v)
    for v in _span_texts("ZIP", notes):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v)
    for v in _span_texts("IP_ADDRESS", notes):
        assert all(0 <= int(p) <= 255 for p in v.split(".")) and v.count(".") == 3
    for v in _span_texts("EMAIL", notes):
        assert re.fullmatch(r"[\w.]+@[\w.]+\.\w+", v)
    for v in _span_texts("STREET_ADDRESS", notes):
        assert re.match(r"\d+ ", v)
    for v in _span_texts("DEVICE_ID", notes):
        if v.startswith("(01)"):
            assert "(21)" in v  # only UDIs carrying the serial are labelled
    for v in _span_texts("PERSON", notes):
        assert not v.startswith(("Dr", "RN ", "MD")) and not v.endswith(", MD")


def test_lookalikes_never_labelled():
    fixed = (list(_GENERATORS) + list(_LEADS) + list(_HOTLINES) + list(_PUBLIC_URLS) + list(_CODES) + list(_NDC)
             + list(_INSURERS) + list(_EPONYM_LINES))
    patterns = [
        r"\b(?:Lot|lot#|LOT) \S+", r"\b(?:Exp|exp\.|Expiry|use by) [\w/-]+(?: \d{4})?", r"\bREF \S+",
        r"\(01\)\d{14}\(17\)\d{6}\(10\)\w+", r"Group no\. \d+", r"employer group [\d-]+",
        r"\b(?:firmware|software v|app build|software version) ?[\d.]+", r"\bchair \d+", r"\bstation \d+",
        r"\bRm \w+-\d+", r"\bBP \d+/\d+", r"\bKt/V [\d.]+", r"\b[1-8]\d-year-old\b",
        r"\b(?:since|quit) \d{4}\b", r"\b\d{4}  left\b", r"\bKDIGO 2012\b", r"\bCKD-EPI 2021\b",
    ]
    n_checked = 0
    for n in _corpus(1, 600):
        regions = []
        for f in fixed:
            start = n.text.find(f)
            while start != -1:
                regions.append((start, start + len(f)))
                start = n.text.find(f, start + 1)
        for p in patterns:
            regions.extend(m.span() for m in re.finditer(p, n.text))
        for a, b in regions:
            n_checked += 1
            assert not any(s < b and a < e for s, e, _ in n.spans), n.text[a:b]
    assert n_checked > 3000
