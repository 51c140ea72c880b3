"""Label tests for held-out corpus 84 (prosthetics, orthotics and limb-loss rehabilitation).

Only the ground truth is checked here: the detector is never run.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout84 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 184, "AGE_OVER_89": 63, "DATE_REAL_YEAR": 193, "DEVICE_ID": 162, "EMAIL": 91, "FAX": 86,
    "HEALTH_PLAN": 113, "IP_ADDRESS": 43, "LICENSE": 102, "LOCATION": 99, "MRN": 99, "ORGANIZATION": 174,
    "PAGER": 49, "PERSON": 224, "PHONE": 107, "SSN": 33, "STREET_ADDRESS": 74, "URL": 70, "VEHICLE_ID": 70,
    "ZIP": 82,
}  # seeds 1-3 x 600 notes, 2,118 spans

_SHAPES = {
    "PHONE": r"(\+1 |1-)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]\d{4}",
    "FAX": r"(\+1 |1-)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]\d{4}",
    "PAGER": r"(\d{3}-)?\d{1,3}-\d{4}|\d{5}",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "URL": r"(https?://)?[\w-]+(\.[\w-]+)+(/[\w./-]*)?",
    "IP_ADDRESS": r"\d{1,3}(\.\d{1,3}){3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]{0,2}\d{4,9}(-\d{3})?",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{4,20}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{6,18}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 ]{5,13}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"(PO Box \d+|\d+ [A-Z][\w .,]+)",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-2]\d|2030)\b.*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,17}",
    "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|[A-Z]{2,3}[- ]?\d{4,5}",
    "PERSON": r"[A-Z][\w'.-]*(,? [A-Z][\w'.-]*)+",
    "LOCATION": r"[A-Z][A-Za-z]+( [A-Z][A-Za-z]+)*",
    "ORGANIZATION": r"[A-Z][\w&.,' -]+[\w.]",
}
_CUE = re.compile(r"\b(Dr|MRN|Fax|Tel|Phone|pager|pgr|SN|S/N|Acct|MD|RN|CPO|NPI|DOB|DEA|MBI|Member|plate|VIN|"
                  r"email|Unit No|Lic)\b\.?|#|:", re.I)
_TOLLFREE = re.compile(r"^(1[- ]?)?\(?(800|888|877|866|855|844|833)\)?")
_DATE = re.compile(
    r"\b\d{1,2}[/-]\d{1,2}[/-](\d{4})\b|\b(\d{4})-\d{2}-\d{2}\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (\d{4})\b|"
    r"\b\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ -](\d{4})\b")
_AGE = re.compile(r"\b(\d{2,3})(?:[- ]year[- ]old|[- ]?yo\b| y/o)|\b(?:Age:|aged) (\d{2,3})\b", re.I)


@cache
def _built(seed: int, n: int = N) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(n))


def _all():
    for seed in SEEDS:
        for i, b in enumerate(_built(seed)):
            yield seed, i, b


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout84_corpus(seed, n):
        m.update(note.note_type.encode() + note.text.encode() + repr(note.spans).encode())
    return m.hexdigest()


def test_deterministic_same_process():
    for seed, i in ((1, 0), (2, 17), (3, 599), (7, 123)):
        a, b = h._build(seed, i), h._build(seed, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout84_note(2, 5) == _built(2)[5][0]


def test_deterministic_across_processes_and_hash_seeds():
    here = _digest(1, 60)
    code = "from tests.test_notes_holdout84 import _digest; print(_digest(1, 60))"
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        assert out.stdout.strip() == here


def test_prefix_stable():
    for seed in SEEDS:
        assert h.holdout84_corpus(seed, 40) == h.holdout84_corpus(seed, 90)[:40]


def test_note_types_and_lengths():
    for seed in SEEDS:
        types = Counter(b[0].note_type for b in _built(seed))
        assert set(types) == {"discharge", "radiology"}
        assert 0.42 <= types["radiology"] / N <= 0.48
    for _seed, _i, (note, _la, _k) in _all():
        assert 1100 <= len(note.text) <= 4500


def test_kinds():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, (note, _la, _k) in enumerate(_built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        heavy = [n for n, _, k in built if k == "heavy"]
        assert 0.57 <= planted / N <= 0.59
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        assert all(k in ("heavy", "normal") for _, _, k in built)
        for n, _, _ in built:
            assert len(n.spans) <= 4


def test_exact_category_totals():
    tot = Counter(cat for _s, _i, (n, _la, _k) in _all() for _a, _b, cat in n.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for _seed, _i, (note, _la, _k) in _all():
        prev = 0
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text) and s >= prev
            prev = e
            val = note.text[s:e]
            assert val == val.strip() and "\n" not in val
            assert "___" not in val
            if cat not in ("ORGANIZATION", "PERSON", "URL", "EMAIL", "DATE_REAL_YEAR", "LOCATION", "STREET_ADDRESS"):
                assert not _CUE.search(val), (cat, val)
            else:
                assert not re.match(r"(Dr|MRN|Fax|Tel|pager|Acct|NPI)\b", val), (cat, val)
                assert not re.search(r",? (MD|RN|CPO|CO|PT|DPT)$", val), (cat, val)
            assert re.fullmatch(_SHAPES[cat], val), (cat, val)
            if cat == "AGE_OVER_89":
                assert int(val) >= 90
            if cat in ("PHONE",):
                assert not _TOLLFREE.match(val), val


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for _s, _i, (n, _la, _k) in _all():
        for s, e, cat in n.spans:
            vals.setdefault(cat, []).append(n.text[s:e])
    for cat, vs in vals.items():
        assert len(set(vs)) >= min(len(vs), 12 if cat == "AGE_OVER_89" else 20), cat
        if cat not in ("LOCATION", "ORGANIZATION", "AGE_OVER_89"):
            assert len(set(vs)) >= 0.8 * len(vs), cat


def test_real_year_dates_only_where_labelled():
    for _s, _i, (note, la, _k) in _all():
        exp = []
        for x in la:
            if re.search(r"\b(exp|use by)\b", x, re.I):
                exp += [(m.start(), m.start() + len(x)) for m in re.finditer(re.escape(x), note.text)]
        for m in _DATE.finditer(note.text):
            year = int(next(g for g in m.groups() if g))
            if not 1900 <= year <= 2030:
                continue
            inside = any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in note.spans)
            expiry = any(s <= m.start() and m.end() <= e for s, e in exp)
            assert inside or expiry, m.group(0)


def test_lookalikes_present_and_never_inside_spans():
    used: set[str] = set()
    for _s, _i, (note, la, _k) in _all():
        for x in la:
            starts = [m.start() for m in re.finditer(re.escape(x), note.text)]
            assert starts, x
            for st in starts:
                assert not any(st < e and st + len(x) > s for s, e, _ in note.spans), x
        used.update(la)
    brands = [b for b in h.EPONYMS_AND_BRANDS if b in used]
    assert len(brands) >= 60


def test_every_age_over_89_labelled():
    for _s, _i, (note, _la, _k) in _all():
        for m in _AGE.finditer(note.text):
            g = 1 if m.group(1) else 2
            if int(m.group(g)) >= 90:
                s, e = m.start(g), m.end(g)
                assert (s, e, "AGE_OVER_89") in note.spans, m.group(0)


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 84: ")
    assert "Written blind:" in h.__doc__
    for kind in h.DOCUMENT_KINDS:
        assert kind in h.__doc__
    assert callable(h.main) and callable(h.holdout84_corpus) and callable(h.holdout84_note)
    note, la, kind = h._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(la, list) and kind in ("heavy", "normal")
    assert len(h.EPONYMS_AND_BRANDS) >= 60


@pytest.mark.parametrize("seed", SEEDS)
def test_masking_present(seed):
    assert all("___" in n.text for n, _, _ in _built(seed))
