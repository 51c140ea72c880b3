"""Label tests for held-out corpus 83 (medical debt, financial counselling, charity care, collections).

The detector is never run here: these tests check only the corpus and its labels.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from lqs_clinical.synth import notes_holdout83 as h
from lqs_clinical.synth.notes import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 232, "AGE_OVER_89": 53, "DATE_REAL_YEAR": 176, "DEVICE_ID": 60, "EMAIL": 58, "FAX": 59,
    "HEALTH_PLAN": 113, "IP_ADDRESS": 61, "LICENSE": 112, "LOCATION": 107, "MRN": 115, "ORGANIZATION": 181,
    "PAGER": 58, "PERSON": 229, "PHONE": 121, "SSN": 55, "STREET_ADDRESS": 114, "URL": 59, "VEHICLE_ID": 60,
    "ZIP": 64,
}


@cache
def _built(seed: int) -> tuple:
    return tuple(h._build(seed, i) for i in range(N))


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout83_corpus(seed, n):
        m.update(repr((note.note_type, note.text, note.spans)).encode())
    return m.hexdigest()


# ---------------------------------------------------------------- module contract


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 83: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert callable(h.main) and callable(h.holdout83_note) and callable(h.document_kind)
    note, look, kind = h._build(1, 0)
    assert kind in ("heavy", "normal") and isinstance(look, list)
    assert h.holdout83_note(1, 0) == note


# ---------------------------------------------------------------- determinism


def test_determinism_same_process():
    for seed in SEEDS:
        for i in (0, 7, 13, 99, 421):
            assert h._build(seed, i) == h._build(seed, i)
    assert h.holdout83_corpus(2, 40) == h.holdout83_corpus(2, 90)[:40]
    assert h.holdout83_corpus(1, 5) != h.holdout83_corpus(2, 5)


def test_determinism_across_processes_and_hash_seeds():
    want = _digest(3, 60)
    code = ("from lqs_clinical.synth import notes_holdout83 as h, notes; import hashlib; m = hashlib.sha256()\n"
            "for n in h.holdout83_corpus(3, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(m.hexdigest())")
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == want


# ---------------------------------------------------------------- shape of the corpus


def test_note_types_lengths_and_kinds():
    for seed in SEEDS:
        built = _built(seed)
        rad = sum(n.note_type == "radiology" for n, _, _ in built)
        assert 0.42 <= rad / N <= 0.48
        for i, (n, _, _) in enumerate(built):
            assert 1100 <= len(n.text) <= 4500, (seed, i, len(n.text))
            assert h._KINDS[h.document_kind(seed, i)][0] == n.note_type
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(bool(n.spans) for n, _, _ in built)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in built:
            if n.spans:
                assert 1 <= len(n.spans) <= 4
                assert k == "normal"


def test_exact_category_totals():
    tot = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            tot.update(c for _, _, c in n.spans)
    assert set(tot) <= set(CATEGORIES)
    assert dict(tot) == EXPECTED_TOTALS


# ---------------------------------------------------------------- span integrity

_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_SHAPES = {
    "PHONE": r"(?:\+?1[ -])?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]?\d{4}",
    "FAX": r"(?:\+?1[ -])?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]?\d{4}",
    "PAGER": r"\d[\d-]{2,12}\d",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|me|fund)(?:/[\w./-]*)?",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"(?:E|MR-)?\d[\d-]{5,10}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 -]{4,24}[A-Z0-9]",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{5,16}[A-Z0-9]",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{4,18}[A-Z0-9]",
    "ZIP": r"1[0-4]\d{3}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z0-9][\w .]*(?:,? (?:Apt|Lot|#) ?\w+)?|P\.O\. Box \d+",
    "DATE_REAL_YEAR": (rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{_Y}|\d\d)|{_Y}-\d\d-\d\d|{_MON} \d{{1,2}},? {_Y}"
                       rf"|\d{{1,2}}[ -]{_MON}[ -]{_Y}"),
    "AGE_OVER_89": r"9\d|10\d",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{4,14}",
    "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|[A-Z0-9]{3,4}[ -]?[A-Z0-9]{3,4}",
    "PERSON": r"[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*)+",
    "LOCATION": r"[A-Z0-9][\w .'-]+",
    "ORGANIZATION": r"[A-Z][\w .,'&#+-]+",
}
_CUE = re.compile(r"\b(?:Dr|MRN|Acct|Fax|SN|S/N|[Pp]ager|Pgr|[Pp]late|Tel|MD|RN|NPI|DEA|VIN|SSN|Esq|CIN|MBI|HAR|"
                  r"Unit No|Member|ID|Claim|ZIP|Age)\b")


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for i, (n, _, _) in enumerate(_built(seed)):
            prev = 0
            for s, e, c in n.spans:
                assert 0 <= s < e <= len(n.text)
                assert s >= prev, (seed, i)
                prev = e
                v = n.text[s:e]
                assert c in CATEGORIES
                assert v == v.strip() and "\n" not in v, (seed, i, v)
                assert not _CUE.search(v), (seed, i, c, v)
                assert re.fullmatch(_SHAPES[c], v), (seed, i, c, v)
                if c == "DATE_REAL_YEAR":
                    years = re.findall(r"\d{4}", v)
                    assert (years and 1900 <= int(years[0]) <= 2030) or re.search(r"/\d\d$", v), v


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, c in n.spans:
                vals.setdefault(c, []).append(n.text[s:e])
    assert set(vals) == set(CATEGORIES)
    for c, vs in vals.items():
        need = 12 if c == "AGE_OVER_89" else min(25, len(vs) // 2)
        assert len(set(vs)) >= need, (c, len(set(vs)), len(vs))


# ---------------------------------------------------------------- negatives

_DATE_IN_TEXT = re.compile(rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}|{_Y}-\d{{1,2}}-\d{{1,2}}|{_MON} \d{{1,2}},? {_Y}"
                           rf"|\d{{1,2}}[ -]{_MON}[ -,]+{_Y})\b")
_AGE_IN_TEXT = re.compile(r"\b(\d{2,3})(?:-year-old|-year old| year old| years old| yo\b| y/o)"
                          r"|\b(?:[Aa]ged?:?) ?(\d{2,3})\b(?! days)")


def _occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    out, k = [], text.find(sub)
    while k >= 0:
        out.append((k, k + len(sub)))
        k = text.find(sub, k + 1)
    return out


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for i, (n, look, _) in enumerate(_built(seed)):
            dates = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
            expiry = [o for lk in look if lk.lower().startswith(("exp", "use by")) for o in _occurrences(n.text, lk)]
            for m in _DATE_IN_TEXT.finditer(n.text):
                ok = any(s <= m.start() and m.end() <= e for s, e in dates)
                ok = ok or any(s <= m.start() and m.end() <= e for s, e in expiry)
                assert ok, (seed, i, m.group())


def test_ages_over_89_labelled():
    seen = 0
    for seed in SEEDS:
        for i, (n, _look, _) in enumerate(_built(seed)):
            ages = {(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"}
            for m in _AGE_IN_TEXT.finditer(n.text):
                g = 1 if m.group(1) else 2
                if int(m.group(g)) >= 90:
                    assert (m.start(g), m.end(g)) in ages, (seed, i, m.group())
                    seen += 1
    assert seen > 0


def test_lookalikes_present_and_never_overlapping():
    used = set()
    for seed in SEEDS:
        for i, (n, look, _) in enumerate(_built(seed)):
            for lk in look:
                occ = _occurrences(n.text, lk)
                assert occ, (seed, i, lk)
                for a, b in occ:
                    assert not any(a < e and b > s for s, e, _ in n.spans), (seed, i, lk)
            used.update(look)
    brands = set(h.EPONYMS_AND_BRANDS)
    assert len(brands & used) >= 60
    assert brands <= used, sorted(brands - used)
