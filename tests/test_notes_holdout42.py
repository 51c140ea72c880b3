"""Label tests for held-out corpus 42 (international and multilingual patients). The detector is never run."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout42 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 112, "AGE_OVER_89": 120, "DATE_REAL_YEAR": 124, "DEVICE_ID": 136, "EMAIL": 127, "FAX": 127,
    "HEALTH_PLAN": 139, "IP_ADDRESS": 129, "LICENSE": 131, "LOCATION": 143, "MRN": 147, "ORGANIZATION": 121,
    "PAGER": 132, "PERSON": 125, "PHONE": 132, "SSN": 127, "STREET_ADDRESS": 141, "URL": 136, "VEHICLE_ID": 131,
    "ZIP": 123,
}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(_built(seed)):
            yield seed, i, note, looks, kind


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for i in range(n):
        note, looks, kind = h._build(seed, i)
        m.update(repr((note.note_type, note.text, note.spans, looks, kind)).encode())
    return m.hexdigest()


# -- determinism -------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 11, 123, 599):
        assert h._build(2, i) == h._build(2, i)
        assert h.holdout42_note(2, i) == h._build(2, i)[0]
    assert h.holdout42_note(1, 5).text != h.holdout42_note(2, 5).text


def test_prefix_stable():
    for seed in SEEDS:
        assert h.holdout42_corpus(seed, 40) == h.holdout42_corpus(seed, 90)[:40]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(3, 60)
    code = "from tests.test_notes_holdout42 import _digest; print(_digest(3, 60))"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# -- shape of the corpus -------------------------------------------------------------------------------

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= share <= 0.48, share
        for n in notes:
            assert n.note_type in ("discharge", "radiology")
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_matches_note_type():
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _, _) in enumerate(_built(seed)):
            assert h._KINDS[h.document_kind(seed, i)][0] == note.note_type


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        heavy = [b for b in built if b[2] == "heavy"]
        assert len(heavy) == N // 20  # exactly 5%
        for note, _, _ in heavy:
            assert note.spans == []
            assert note.text.count("___") >= 25
        planted = sum(1 for b in built if b[0].spans)
        assert 0.57 <= planted / N <= 0.59, planted / N
        assert all(b[2] in ("heavy", "normal") for b in built)


def test_one_to_four_spans_per_planted_note():
    for _, _, note, _, _ in _all():
        assert len(note.spans) <= 4
        if note.spans:
            assert 1 <= len(note.spans) <= 4


def test_exact_per_category_totals():
    totals = Counter(c for _, _, note, _, _ in _all() for _, _, c in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_categories_follow_the_weyl_plan():
    for seed, i, note, _, _ in _all():
        assert sorted(c for _, _, c in note.spans) == sorted(h._planned_categories(seed, i))


# -- span integrity ------------------------------------------------------------------------------------

_SHAPES = {
    "PHONE": r"[+\d(][\d()+\-. ]{5,}\d",
    "FAX": r"[+\d(][\d()+\-. ]{5,}\d",
    "PAGER": r"[\d(][\d()\- .]{2,}\d",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "URL": r"(https?://|www\.)\S+|[a-z0-9.-]+\.[a-z]{2,}/\S+",
    "IP_ADDRESS": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Za-z0-9][A-Za-z0-9 ./\-]*[A-Za-z0-9]",
    "ACCOUNT": r"[A-Za-z0-9][A-Za-z0-9 ./\-]*[A-Za-z0-9]",
    "HEALTH_PLAN": r"[A-Za-z0-9][A-Za-z0-9 ./\-]*[A-Za-z0-9]",
    "LICENSE": r"[A-Za-z0-9][A-Za-z0-9 ./\-]*[A-Za-z0-9]",
    "DEVICE_ID": r"[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]",
    "ZIP": r"\d{5}(-\d{4})?",
    "AGE_OVER_89": r"0?(9\d|1[01]\d)",
    "VEHICLE_ID": r"[^\W_][\w \-.]*[^\W_]",
}
_POSTCODE = re.compile(r"\d{3,6}|\d{4,5}-\d{3}|\d{2}-\d{3}|\d{3} \d{2}")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-2]\d)(?!\d)")
_CUE_START = re.compile(r"(?i)^(dr\b|dr\.|mrn\b|tel\b|fax\b|pager\b|sn\b|s/n|plate\b|acct\b|#|no\.|nr\b|id\b|"
                        r"policy\b|member\b|lic\b|license\b|dea\b|ssn\b|phone\b|e-?mail\b|serial\b|accession\b|"
                        r"claim\b|p#)")
_CUE_END = re.compile(r"(?i)(,|;|:|\s(md|rn|licsw|phd|do))$")


def _shape_ok(cat: str, v: str) -> bool:
    if cat in _SHAPES:
        if not re.fullmatch(_SHAPES[cat], v):
            return False
        if cat in ("MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID"):
            return sum(ch.isdigit() for ch in v) >= 3
        if cat == "IP_ADDRESS":
            return all(0 <= int(x) <= 255 for x in v.split("."))
        if cat == "AGE_OVER_89":
            return int(v) >= 90
        if cat == "VEHICLE_ID":
            return len(v) >= 4
        return True
    if cat == "DATE_REAL_YEAR":
        if _DICOM_DATE.fullmatch(v):
            return True
        m = _YEAR.search(v)
        return bool(m) and any(ch.isdigit() for ch in v[:m.start()] + v[m.end():])
    if cat == "STREET_ADDRESS":
        return any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v)
    if cat == "PERSON":
        return (not any(ch.isdigit() for ch in v)) and v[0].isalpha() and v[-1].isalpha() and len(v) >= 4
    if cat == "LOCATION":
        if _POSTCODE.fullmatch(v):
            return True
        return (not any(ch.isdigit() for ch in v)) and v[0].isalpha() and v[-1].isalpha()
    if cat == "ORGANIZATION":
        return v[0].isalpha() and len(v) >= 6 and sum(ch.isalpha() for ch in v) >= 5
    raise AssertionError(cat)


def test_span_integrity():
    for seed, i, note, _, _ in _all():
        t = note.text
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(t)
            assert s >= prev_end, (seed, i, "overlap")
            prev_end = e
            v = t[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            assert not _CUE_START.search(v), (seed, i, cat, v)
            assert not _CUE_END.search(v), (seed, i, cat, v)
            assert _shape_ok(cat, v), (seed, i, cat, v)
            # a span never cuts a word in two (pager "p1234" and DICOM age "092Y" are the written forms)
            before, after = t[s - 1:s] if s else "", t[e:e + 1]
            if not (cat == "PAGER" and before == "p") and not (cat == "AGE_OVER_89" and after == "Y"):
                assert not (before.isalnum() and v[0].isalnum()), (seed, i, cat, t[s - 10:e])
                assert not (after.isalnum() and v[-1].isalnum()), (seed, i, cat, t[s:e + 10])


def test_values_are_diverse():
    vals: dict[str, list[str]] = {}
    for _, _, note, _, _ in _all():
        for s, e, cat in note.spans:
            vals.setdefault(cat, []).append(note.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12, (cat, distinct)
        elif cat in ("ZIP", "LOCATION", "ORGANIZATION"):
            assert distinct >= 0.4 * len(vs), (cat, distinct, len(vs))
        else:
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))
    # names come from many languages, with and without diacritics
    persons = vals["PERSON"]
    assert sum(any(ord(ch) > 127 for ch in p) for p in persons) >= 0.3 * len(persons)
    assert any("^" in p for p in persons) and any("," in p for p in persons)


# -- what is and is not labelled -----------------------------------------------------------------------

_DATE_BEFORE = [
    re.compile(r"\d{1,2}\s*[./-]\s*(\d{1,2}|[IVX]+)\s*[./-]\s*$"),
    re.compile(r"\d{1,2}(st|nd|rd|th)?\.?\s+(de\s+)?[^\W\d_]+\.?\s+(de\s+)?$"),
    re.compile(r"[^\W\d_]+\.?\s+\d{1,2},?\s+$"),
    re.compile(r"tháng\s+\d{1,2}\s+năm\s+$"),
    re.compile(r"\d{1,2}-[A-Za-z]{3}-$"),
]
_DATE_AFTER = re.compile(r"\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}")
_DICOM_DATE = re.compile(r"(?<!\d)(19\d\d|20[0-2]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_EXPIRY = re.compile(r"(?i)(\bexp\b|\bexp\.|expiry|expires|use by)")


def _inside(spans, s, e, cat=None):
    return any(a <= s and e <= b and (cat is None or c == cat) for a, b, c in spans)


def test_real_year_dates_only_where_labelled():
    for seed, i, note, _, _ in _all():
        t = note.text
        for m in _YEAR.finditer(t):
            s, e = m.span()
            if _inside(note.spans, s, e, "DATE_REAL_YEAR") or _inside(note.spans, s, e):
                continue
            before, after = t[max(0, s - 30):s], t[e:e + 8]
            datey = any(p.search(before) for p in _DATE_BEFORE) or _DATE_AFTER.match(after)
            if datey:
                assert _EXPIRY.search(t[max(0, s - 25):s]), (seed, i, t[max(0, s - 40):e + 10])
        for m in _DICOM_DATE.finditer(t):
            assert _inside(note.spans, *m.span(), "DATE_REAL_YEAR"), (seed, i, m.group())


def test_every_age_over_89_is_labelled():
    pats = [re.compile(r"(?<![\d.])(\d{2,3})\s?-?\s?(?:year|yr|y/o|yo\b|y\.o\.)"),
            re.compile(r"\b[Aa]ged?:?\s+(\d{2,3})\b"), re.compile(r"(?<!\d)(\d{3})Y\b"),
            re.compile(r"\((\d{2,3})\s?y\)")]
    seen = 0
    for seed, i, note, _, _ in _all():
        for p in pats:
            for m in p.finditer(note.text):
                if int(m.group(1)) >= 90:
                    seen += 1
                    assert _inside(note.spans, *m.span(1), "AGE_OVER_89"), (seed, i, m.group())
    assert seen >= 100


def test_lookalikes_present_and_never_overlap_a_span():
    for seed, i, note, looks, _ in _all():
        for lk in looks:
            assert lk and lk in note.text, (seed, i, lk)
            k = note.text.find(lk)
            while k >= 0:
                for s, e, c in note.spans:
                    assert not (k < e and k + len(lk) > s), (seed, i, lk, c, note.text[s:e])
                k = note.text.find(lk, k + 1)


def test_plenty_of_lookalikes():
    per_note = [len(looks) for _, _, _, looks, _ in _all()]
    assert min(per_note) >= 5
    assert sum(per_note) / len(per_note) >= 12


def test_no_passport_or_national_id_written_out():
    for seed, i, note, _, _ in _all():
        for m in re.finditer(r"(?i)(passport|pesel|cpf|kennitala|kimlik)[^\n]{0,20}", note.text):
            tail = m.group()
            digits = re.findall(r"\d{5,}", tail)
            assert not digits, (seed, i, tail)


# -- module contract ---------------------------------------------------------------------------------

def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 42: international and multilingual patients in a US hospital")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS) >= 60
    assert callable(h.main) and callable(h.holdout42_corpus) and callable(h.document_kind)
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")


def test_eponyms_and_brands_are_used():
    looks = [lk for _, _, _, ls, _ in _all() for lk in ls]
    joined = "\n".join(set(looks))
    unused = [x for x in h.EPONYMS_AND_BRANDS if x not in joined]
    assert not unused, unused


@pytest.mark.parametrize("seed", SEEDS)
def test_build_does_not_touch_global_random_state(seed):
    import random

    random.seed(99)
    a = random.random()
    random.seed(99)
    h._build(seed, 3)
    assert random.random() == a
