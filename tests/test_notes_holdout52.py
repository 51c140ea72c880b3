"""Label tests for held-out corpus 52 (interpreter services and language access).

The detector is never run here: these tests check only the corpus and its ground truth.
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
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout52 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# exact per-category totals over seeds 1-3 x 600 notes
EXPECTED_TOTALS = {
    "ACCOUNT": 175, "AGE_OVER_89": 78, "DATE_REAL_YEAR": 165, "DEVICE_ID": 91, "EMAIL": 76, "FAX": 92,
    "HEALTH_PLAN": 79, "IP_ADDRESS": 84, "LICENSE": 101, "LOCATION": 170, "MRN": 81, "ORGANIZATION": 172,
    "PAGER": 79, "PERSON": 252, "PHONE": 92, "SSN": 92, "STREET_ADDRESS": 77, "URL": 81, "VEHICLE_ID": 87,
    "ZIP": 80,
}


@cache
def built(seed: int, n: int = N) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(n))


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# determinism
# ---------------------------------------------------------------------------------------------


def test_same_seed_and_index_give_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout52_note(1, 5) != h.holdout52_note(2, 5)


def test_prefix_stable():
    for seed in SEEDS:
        assert h.holdout52_corpus(seed, 40) == h.holdout52_corpus(seed, 90)[:40]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_identical_across_processes_and_hash_seeds(hashseed):
    code = ("import hashlib, json\nfrom lqs_clinical.synth import notes_holdout52 as h\n"
            "notes = h.holdout52_corpus(3, 80)\n"
            "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
            "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(h.holdout52_corpus(3, 80))


# ---------------------------------------------------------------------------------------------
# shape of the corpus
# ---------------------------------------------------------------------------------------------


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50, rad
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_types_match():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, b in enumerate(built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        bs = built(seed)
        heavy = [b for b in bs if b[2] == "heavy"]
        assert len(heavy) == N // 20
        for note, _, _ in heavy:
            assert note.spans == []
            assert note.text.count("___") >= 25
        planted = [b for b in bs if b[0].spans]
        assert 0.57 <= len(planted) / N <= 0.59
        for note, _, kind in bs:
            assert kind in ("heavy", "normal")
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for seed in SEEDS for b in built(seed) for _, _, c in b[0].spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------
# span integrity
# ---------------------------------------------------------------------------------------------

SHAPES = {
    "PHONE": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}",
    "FAX": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}",
    "PAGER": r"\d[\d-]{3,8}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+",
    "URL": r"(https?://|www\.)\S+",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"\d{7,9}|\d{3}-\d{3}-\d{3}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{5,20}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{7,18}",
    "LICENSE": r"(EMT-|[A-Z]{1,2})?\d[\d-]{4,11}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d+[A-Z]? [A-Z][A-Za-z ]+(, | )?(Apt\.? \w+|Unit \d+|Fl \d)?",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-2]\d|2030)\b.*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,20}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{3,16}",
    "PERSON": r"[^\W\d_][^\W\d_ .,'-]*([ .,'-]+[^\W\d_]+)*\.?",
    "LOCATION": r"[A-Z][A-Za-z ]+",
    "ORGANIZATION": r"[A-Z][\w.&' -]+",
}
CUES_I = re.compile(r"\b(mrn|pager|pgr|fax|acct|plate|tel|phone|e-?mail|ssn|npi|dea|sn|serial|lic|vin|"
                    r"member|policy|call id|session|dob|age|aged|zip)\b|#|:", re.I)
CODES = ("ACCOUNT", "HEALTH_PLAN", "DEVICE_ID", "VEHICLE_ID", "LICENSE", "MRN")
CUES_CS = re.compile(r"\b(Dr\.?|MD|RN|DO|NP|CMI|CHI|CDI)\b")


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for note, _, _ in built(seed):
            prev_end = -1
            for s, e, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(note.text)
                assert s >= prev_end, "overlapping spans"
                prev_end = e
                v = note.text[s:e]
                assert v == v.strip() and "\n" not in v, repr(v)
                assert re.fullmatch(SHAPES[cat], v), (cat, v)
                if cat in CODES:  # random letters may spell a word ("628 AGE"): only punctuation cues
                    assert "#" not in v and ":" not in v, (cat, v)
                elif cat != "URL":
                    assert not CUES_I.search(v), (cat, v)
                if cat not in ("STREET_ADDRESS", "ORGANIZATION"):
                    assert not CUES_CS.search(v), (cat, v)
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                # the span is a whole token: never glued to a neighbouring letter or digit
                assert s == 0 or not note.text[s - 1].isalnum(), (cat, note.text[s - 5:e])
                glued_age = cat == "AGE_OVER_89" and note.text[e:e + 2] == "yo"  # "93yo F" is a real shorthand
                assert e == len(note.text) or glued_age or not note.text[e].isalnum(), (cat, note.text[s:e + 5])


def test_diversity_of_values():
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for seed in SEEDS:
        for note, _, _ in built(seed):
            for s, e, c in note.spans:
                vals[c].append(note.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 25, (c, distinct)
        else:
            assert distinct >= 0.9 * len(vs), (c, distinct, len(vs))
    # context diversity: the 12 characters before a span vary a lot within each category
    for c in CATEGORIES:
        before = set()
        for seed in SEEDS:
            for note, _, _ in built(seed):
                before |= {note.text[max(0, s - 12):s] for s, _, cc in note.spans if cc == c}
        assert len(before) >= 12, (c, len(before))


# ---------------------------------------------------------------------------------------------
# negatives: real-year dates, look-alikes, ages
# ---------------------------------------------------------------------------------------------

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_RES = [
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(rf"\b{_MON}\s+\d{{1,2}},?\s+(\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b", re.I),
]
EXPIRY = re.compile(r"\b(exp|expires|use by)\b", re.I)


def _occurrences(text: str, sub: str) -> list[int]:
    out, k = [], text.find(sub)
    while k >= 0:
        out.append(k)
        k = text.find(sub, k + 1)
    return out


def test_real_year_dates_only_where_labelled():
    n_expiry = 0
    for seed in SEEDS:
        for note, looks, _ in built(seed):
            date_spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
            expiry = [(k, k + len(lk)) for lk in looks if EXPIRY.search(lk) for k in _occurrences(note.text, lk)]
            for rx in DATE_RES:
                for m in rx.finditer(note.text):
                    if not 1900 <= int(m.group(1)) <= 2030:
                        continue
                    inside = any(s <= m.start() and m.end() <= e for s, e in date_spans)
                    exp_ok = any(s <= m.start() and m.end() <= e for s, e in expiry)
                    n_expiry += exp_ok
                    assert inside or exp_ok, (m.group(0), note.text[max(0, m.start() - 40):m.end() + 10])
    assert n_expiry > 50


def test_look_alikes_present_and_never_overlap_spans():
    kinds = Counter()
    for seed in SEEDS:
        for note, looks, _ in built(seed):
            for lk in looks:
                occ = _occurrences(note.text, lk)
                assert occ, lk
                for k in occ:
                    assert not any(k < e and k + len(lk) > s for s, e, _ in note.spans), (lk, note.spans)
                kinds[lk] += 1
    assert len(kinds) >= 150  # brands, eponyms, lots, NDCs, REF/model numbers, expiries, shifted dates, ...


AGE_RES = [
    re.compile(r"\b(\d{2,3})\s?-?\s?(?:year|yr)s?[- ]old\b", re.I),
    re.compile(r"\b(\d{2,3})\s?(?:yo|y/o|y\.o\.)", re.I),
    re.compile(r"\b(?:age|aged)\s*:?\s*(\d{2,3})\b", re.I),
]


def test_every_age_over_89_is_labelled():
    seen = 0
    for seed in SEEDS:
        for note, _, _ in built(seed):
            ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
            for rx in AGE_RES:
                for m in rx.finditer(note.text):
                    if int(m.group(1)) >= 90:
                        assert (m.start(1), m.end(1)) in ages, note.text[m.start() - 30:m.end() + 10]
                        seen += 1
            for s, e in ages:  # and every labelled age sits in an age context
                ctx = note.text[max(0, s - 12):e + 12]
                assert re.search(r"year|yo|y/o|[Aa]ge", ctx), ctx
    assert seen > 50


# ---------------------------------------------------------------------------------------------
# module contract
# ---------------------------------------------------------------------------------------------


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 52: interpreter services and language access")
    assert "Written blind:" in h.__doc__
    for kind in h.DOCUMENT_KINDS:
        assert kind in h.__doc__
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert callable(h.main) and "argv" in inspect.signature(h.main).parameters
    src = inspect.getsource(h.main)
    assert "holdout_measure.measure(" in src and 'holdout_measure.report("holdout52"' in src
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert "hash(" not in inspect.getsource(h)


def test_eponyms_and_brands_used():
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    used = set()
    for seed in SEEDS:
        for _, looks, _ in built(seed):
            used |= set(looks)
    missing = [b for b in h.EPONYMS_AND_BRANDS if b not in used]
    assert not missing, missing
