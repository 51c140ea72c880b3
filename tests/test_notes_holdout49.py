"""Label tests for held-out corpus 49 (infection prevention and hospital epidemiology).

Only the ground truth is tested here: the detector is never run on this corpus by its tests.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import os
import re
import subprocess
import sys

import pytest

from lqs_clinical.synth import notes_holdout49 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)


@functools.cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, b in enumerate(_built(seed)):
            yield seed, i, b


def _digest(seed: int, n: int) -> str:
    d = hashlib.sha256()
    for note in h.holdout49_corpus(seed, n):
        d.update(note.note_type.encode())
        d.update(note.text.encode())
        d.update(repr(note.spans).encode())
    return d.hexdigest()


# ----------------------------------------------------------------------------------------------
# determinism
# ----------------------------------------------------------------------------------------------


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(4, i), h._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout49_note(4, 5) != h.holdout49_note(5, 5)


def test_prefix_stable():
    assert h.holdout49_corpus(7, 40) == h.holdout49_corpus(7, 90)[:40]


def test_identical_across_processes_and_hash_seeds():
    here = _digest(11, 60)
    code = "from tests.test_notes_holdout49 import _digest; print(_digest(11, 60))"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "1", "987"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        assert out == here


# ----------------------------------------------------------------------------------------------
# shape of the corpus
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_note_types_and_lengths(seed):
    notes = [b[0] for b in _built(seed)]
    assert {n.note_type for n in notes} == {"discharge", "radiology"}
    frac = sum(n.note_type == "radiology" for n in notes) / N
    assert 0.38 <= frac <= 0.52
    for n in notes:
        assert 1100 <= len(n.text) <= 4500


@pytest.mark.parametrize("seed", SEEDS)
def test_every_kind_used_often_and_matches_its_note_type(seed):
    kinds = collections.Counter()
    for i, (note, _, _) in enumerate(_built(seed)):
        k = h.document_kind(seed, i)
        kinds[k] += 1
        assert h._KINDS[k][0] == note.note_type
    assert set(kinds) == set(h.DOCUMENT_KINDS)
    assert min(kinds.values()) >= 15


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_rate_and_heavy_notes(seed):
    built = _built(seed)
    planted = sum(1 for n, _, _ in built if n.spans)
    assert 0.57 <= planted / N <= 0.59
    heavy = [n for n, _, k in built if k == "heavy"]
    assert len(heavy) == N // 20
    for n in heavy:
        assert not n.spans
        assert n.text.count("___") >= 25
    assert {k for _, _, k in built} == {"heavy", "normal"}


def test_spans_are_exactly_the_planned_categories():
    for seed, i, (note, _, _) in _all():
        assert sorted(c for _, _, c in note.spans) == sorted(h.planted_categories(seed, i))


def test_one_to_four_spans_per_planted_note():
    for _, _, (note, _, _) in _all():
        if note.spans:
            assert 1 <= len(note.spans) <= 4


EXPECTED_TOTALS = {
    1: {
        "ACCOUNT": 37,
        "AGE_OVER_89": 25,
        "DATE_REAL_YEAR": 55,
        "DEVICE_ID": 24,
        "EMAIL": 36,
        "FAX": 18,
        "HEALTH_PLAN": 16,
        "IP_ADDRESS": 20,
        "LICENSE": 19,
        "LOCATION": 50,
        "MRN": 32,
        "ORGANIZATION": 61,
        "PAGER": 27,
        "PERSON": 100,
        "PHONE": 47,
        "SSN": 13,
        "STREET_ADDRESS": 29,
        "URL": 24,
        "VEHICLE_ID": 14,
        "ZIP": 21,
    },
    2: {
        "ACCOUNT": 45,
        "AGE_OVER_89": 18,
        "DATE_REAL_YEAR": 46,
        "DEVICE_ID": 17,
        "EMAIL": 31,
        "FAX": 22,
        "HEALTH_PLAN": 21,
        "IP_ADDRESS": 15,
        "LICENSE": 30,
        "LOCATION": 52,
        "MRN": 39,
        "ORGANIZATION": 61,
        "PAGER": 23,
        "PERSON": 112,
        "PHONE": 52,
        "SSN": 16,
        "STREET_ADDRESS": 20,
        "URL": 26,
        "VEHICLE_ID": 17,
        "ZIP": 27,
    },
    3: {
        "ACCOUNT": 38,
        "AGE_OVER_89": 30,
        "DATE_REAL_YEAR": 64,
        "DEVICE_ID": 27,
        "EMAIL": 34,
        "FAX": 26,
        "HEALTH_PLAN": 20,
        "IP_ADDRESS": 12,
        "LICENSE": 22,
        "LOCATION": 56,
        "MRN": 36,
        "ORGANIZATION": 58,
        "PAGER": 23,
        "PERSON": 126,
        "PHONE": 45,
        "SSN": 12,
        "STREET_ADDRESS": 27,
        "URL": 21,
        "VEHICLE_ID": 15,
        "ZIP": 20,
    },
}


@pytest.mark.parametrize("seed", SEEDS)
def test_exact_per_category_totals(seed):
    got = collections.Counter(c for n, _, _ in _built(seed) for _, _, c in n.spans)
    assert dict(sorted(got.items())) == EXPECTED_TOTALS[seed]
    assert set(got) == set(CATEGORIES)


# ----------------------------------------------------------------------------------------------
# span integrity
# ----------------------------------------------------------------------------------------------

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_FORMS = (
    rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}",
    rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}",
    rf"{_MON} \d{{1,2}},? {_YEAR}",
    rf"\d{{1,2}}[ -]{_MON}[ -]{_YEAR}",
)
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": rf"\d{{4,7}}|{_PHONE}",
    "EMAIL": r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    "URL": r"(?:https?://|www\.)[^\s<>]+[^\s<>.,;:)]",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    "SSN": r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}",
    "MRN": r"(?:[A-Z]{1,2}|E-)?\d{6,10}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{5,19}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{6,18}[A-Z0-9]",
    "LICENSE": r"[A-Z0-9][A-Z0-9-]{4,15}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z.' ]+(?:,? (?:Apt|Unit|#) ?\d{1,2}[A-D]?)?",
    "DATE_REAL_YEAR": "|".join(_DATE_FORMS),
    "AGE_OVER_89": r"9\d|10\d",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{4,19}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 ]{4,16}",
    "PERSON": r"[^\W\d_][^\W\d_'. ,-]*(?:[ '.,-]+[^\W\d_]+)*\.?",
    "LOCATION": r"[A-Z][A-Za-z' ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9'.&# -]+",
}
_CUES = re.compile(
    r"(?i)\b(?:dr|mrn|acct|pager|pgr|fax|sn|s/n|plate|npi|dea|ssn|dob|tel|phone|member|lic|"
    r"license|serial|vin|tail|zip)\b"
)
_CREDENTIALS = re.compile(r"\b(?:MD|RN|DO|NP|PA-C|MPH|CIC|BSN|MSN|PharmD|MT)\b")


def test_spans_are_in_bounds_non_overlapping_and_clean():
    for seed, i, (note, _, _) in _all():
        last = 0
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= last, (seed, i)
            last = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            cue = _CUES.search(v)
            assert not cue or (cat == "STREET_ADDRESS" and cue.group().lower() == "dr"), (seed, i, cat, v)
            assert not _CREDENTIALS.search(v), (seed, i, cat, v)


def test_span_values_match_their_category_shape():
    for seed, i, (note, _, _) in _all():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            assert re.fullmatch(SHAPES[cat], v), (seed, i, cat, v)
            if cat in ("ACCOUNT", "DEVICE_ID", "MRN", "LICENSE"):
                assert sum(ch.isdigit() for ch in v) >= 4, (cat, v)
            if cat in ("PERSON", "LOCATION"):
                assert not any(ch.isdigit() for ch in v)


def test_spans_sit_on_token_boundaries():
    for seed, i, (note, _, _) in _all():
        t = note.text
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                assert not (s > 0 and t[s - 1].isdigit()) and not (e < len(t) and t[e].isdigit())
                continue
            assert s == 0 or not t[s - 1].isalnum(), (seed, i, cat, t[s - 5 : e + 5])
            assert e == len(t) or not t[e].isalnum(), (seed, i, cat, t[s - 5 : e + 5])


def test_values_are_diverse():
    vals = collections.defaultdict(list)
    for _, _, (note, _, _) in _all():
        for s, e, cat in note.spans:
            vals[cat].append(note.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("ORGANIZATION", "LOCATION"):
            assert distinct >= 25, cat
        else:
            assert distinct / len(vs) >= 0.8, (cat, distinct, len(vs))
    # each category shows up in several documents and several surrounding shapes
    ctx = collections.defaultdict(set)
    for _, _, (note, _, _) in _all():
        for s, _e, cat in note.spans:
            ctx[cat].add(note.text[max(0, s - 12) : s])
    for cat in CATEGORIES:
        assert len(ctx[cat]) >= 8, cat


# ----------------------------------------------------------------------------------------------
# dates, ages and look-alikes
# ----------------------------------------------------------------------------------------------

_REAL_DATE = re.compile(r"(?<![\w/.-])(?:" + "|".join(_DATE_FORMS) + r")(?![\w/-])")
_EXPIRY_CUE = re.compile(r"(?i)(?:exp\.?|expir\w*|use by)\s*$")
_AGE_TEXT = re.compile(
    r"(?i)\b(\d{2,3})(?=\s?-?\s?(?:years?\b|yrs?\b|y/o|yo\b|y\.o\.|-yr))"
    r"|\b(?:age[ds]?|aged)[: ]+(\d{2,3})\b|\((\d{2,3})yo [FM]"
)


def _covered(spans, s, e, cat=None):
    return any(ss <= s and e <= ee and (cat is None or c == cat) for ss, ee, c in spans)


def test_real_year_dates_only_where_labelled():
    seen = 0
    for seed, i, (note, looks, _) in _all():
        for m in _REAL_DATE.finditer(note.text):
            if _covered(note.spans, m.start(), m.end(), "DATE_REAL_YEAR"):
                seen += 1
                continue
            before = note.text[max(0, m.start() - 12) : m.start()]
            assert _EXPIRY_CUE.search(before), (seed, i, m.group(), before)
            assert any(m.group() in lk for lk in looks)
    assert seen > 100
    # every labelled date is found by that scan, and shifted dates are never labelled
    for _, _, (note, _, _) in _all():
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                assert _REAL_DATE.fullmatch(note.text[s:e])


def test_every_age_over_89_is_labelled():
    n_old = 0
    for seed, i, (note, _, _) in _all():
        for m in _AGE_TEXT.finditer(note.text):
            g = next(x for x in m.groups() if x)
            start = m.start(m.lastindex)
            if int(g) >= 90:
                n_old += 1
                assert _covered(note.spans, start, start + len(g), "AGE_OVER_89"), (seed, i, m.group())
    assert n_old > 40


def test_look_alikes_present_and_never_inside_a_span():
    for seed, i, (note, looks, _) in _all():
        for lk in looks:
            assert lk in note.text, (seed, i, lk)
            for m in re.finditer(re.escape(lk), note.text):
                for s, e, _c in note.spans:
                    assert not (m.start() < e and m.end() > s), (seed, i, lk, note.text[s:e])


def test_eponyms_and_brands_are_used():
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    used = collections.Counter()
    for _, _, (_, looks, _) in _all():
        used.update(looks)
    assert [b for b in h.EPONYMS_AND_BRANDS if not used[b]] == []
    # plenty of other hard negatives too: shifted/expiry dates, ages under 90, lots, states, public sites
    others = {lk for lk in used if lk not in h.EPONYMS_AND_BRANDS}
    assert len(others) >= 200
    for needle in ("Massachusetts", "www.cdc.gov/nhsn", "1-800-232-4636", "2015 NHSN baseline"):
        assert needle in others


def test_unplanted_notes_still_carry_masking():
    # unplanted, non-heavy notes still carry masked identifiers
    for _, _, (note, _, kind) in _all():
        if not note.spans and kind == "normal" and note.note_type == "discharge":
            assert note.text.count("___") >= 1


# ----------------------------------------------------------------------------------------------
# module contract
# ----------------------------------------------------------------------------------------------


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 49: infection prevention")
    assert "Written blind:" in doc
    assert "PERSON is one span per name" in doc and "LICENSE medical" in doc
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    note = h.holdout49_note(1, 3)
    assert isinstance(note, LabelledNote)
    built = h._build(1, 3)
    assert built[0] == note and isinstance(built[1], list) and built[2] in ("heavy", "normal")
    assert h.document_kind(1, 3) in h.DOCUMENT_KINDS
    assert callable(h.main)
    assert [n.text for n in h.holdout49_corpus(2, 5)] == [h.holdout49_note(2, i).text for i in range(5)]
