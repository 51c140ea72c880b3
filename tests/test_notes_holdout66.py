"""Label tests for held-out corpus 66 (maritime and remote medicine). The detector is never run here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout66 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

EXPECTED_TOTALS = {
    "PERSON": 399, "ORGANIZATION": 251, "LOCATION": 201, "DATE_REAL_YEAR": 204, "VEHICLE_ID": 184, "PHONE": 139,
    "MRN": 136, "ACCOUNT": 124, "LICENSE": 133, "DEVICE_ID": 123, "AGE_OVER_89": 141, "HEALTH_PLAN": 58, "FAX": 66,
    "PAGER": 69, "EMAIL": 63, "URL": 62, "IP_ADDRESS": 61, "SSN": 74, "ZIP": 65, "STREET_ADDRESS": 59,
}

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_YR = r"(?:19\d\d|20[0-3]\d)"
DATE_RES = (
    re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YR}\b"),
    re.compile(rf"\b{_YR}[/-]\d{{1,2}}[/-]\d{{1,2}}\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -]{_YR}\b", re.I),
    re.compile(rf"\b{_MON} \d{{1,2}},? {_YR}\b", re.I),
)
AGE_RES = (
    re.compile(r"\b(\d{1,3})\s?-?\s?(?:years?|yrs?|y/o|yo|y\.o\.)(?![a-z])", re.I),
    re.compile(r"\b(?:age|aged)\s*:?\s*(\d{1,3})\b", re.I),
    re.compile(r"\b(\d{2,3})\s?[MF]\b"),
)
TOLL_FREE = re.compile(r"^(?:\+?1[-. ]?)?\(?(800|888|877|866|855|844|833)\)?")
_ALNUM_ID = re.compile(r"^[A-Z0-9][A-Za-z0-9 #/.-]*\d[A-Za-z0-9 #/.-]*$")
SHAPES = {
    "PHONE": re.compile(r"^\+?[\d ().-]{10,19}$"),
    "FAX": re.compile(r"^\+?[\d ().-]{10,19}$"),
    "PAGER": re.compile(r"^\d[\d-]{3,11}$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    "URL": re.compile(r"^(?:https?://|www\.|[\w-]+\.)[\w.-]+\.[a-z]{2,}(?:/\S*)?$|^https?://[\w.-]+/\S*$", re.I),
    "IP_ADDRESS": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": _ALNUM_ID,
    "ACCOUNT": _ALNUM_ID,
    "HEALTH_PLAN": _ALNUM_ID,
    "LICENSE": _ALNUM_ID,
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Z][A-Za-z .]+(?:,? (?:Apt|Unit) \w+)?$"),
    "AGE_OVER_89": re.compile(r"^(?:9\d|1[01]\d)$"),
    "DEVICE_ID": _ALNUM_ID,
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]*\d[A-Z0-9 -]*$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9.'&#-]*(?: (?:[A-Z&#0-9][A-Za-z0-9.'&#-]*|of|and|the))*$"),
}
CUES = re.compile(r"\b(?:Dr\.?|MRN|Fax|fax|pager|pgr|SN|S/N|plate|Acct|IMO|MMSI|HIN|NPI|DEA|MD|RN|DO|Tel|Email|"
                  r"Member|Policy|Lic|ref|serial|O\.N\.|call sign|ZIP|Zip|SSN|Age|age)\b")


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((note, tuple(looks), kind) for note, looks, kind in (h._build(seed, i) for i in range(N)))


def all_notes():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(built(seed)):
            yield seed, i, note, looks, kind


def _digest(seed: int, n: int) -> str:
    payload = [(x.note_type, x.text, x.spans) for x in h.holdout66_corpus(seed, n)]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# --- determinism ----------------------------------------------------------------------------------


def test_same_seed_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout66_note(1, 5) != h.holdout66_note(2, 5)


def test_prefix_stable():
    assert h.holdout66_corpus(3, 40) == h.holdout66_corpus(3, 90)[:40]
    assert [x.text for x in h.holdout66_corpus(1, 25)] == [n.text for n, _, _ in built(1)[:25]]


def test_identical_across_processes_and_hash_seeds():
    code = ("import sys, json, hashlib; from lqs_clinical.synth import notes_holdout66 as h; "
            "p=[(x.note_type, x.text, x.spans) for x in h.holdout66_corpus(1, 60)]; "
            "print(hashlib.sha256(json.dumps(p).encode()).hexdigest())")
    here = _digest(1, 60)
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# --- shape of the corpus -------------------------------------------------------------------------


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [n for n, _, _ in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_kinds_used_and_consistent():
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        rows = built(seed)
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in rows} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25


def test_spans_per_planted_note():
    for _, _, note, _, _ in all_notes():
        if note.spans:
            assert 1 <= len(note.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for _, _, note, _, _ in all_notes() for _, _, c in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# --- span integrity ------------------------------------------------------------------------------


def test_span_integrity():
    for seed, i, note, _, _ in all_notes():
        prev_end = -1
        for s, e, c in sorted(note.spans):
            assert c in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            assert "___" not in v
            assert not CUES.search(v), (seed, i, c, v)
            if c == "DATE_REAL_YEAR":
                assert any(rx.fullmatch(v) for rx in DATE_RES), (seed, i, v)
            else:
                assert SHAPES[c].match(v), (seed, i, c, v)
            if c == "PHONE":
                assert not TOLL_FREE.match(v), v


def test_value_and_context_diversity():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    lefts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for _, _, note, _, _ in all_notes():
        for s, e, c in note.spans:
            values[c].append(note.text[s:e])
            lefts[c].add(note.text[max(0, s - 18):s])
    for c in CATEGORIES:
        distinct = len(set(values[c]))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c == "LOCATION":
            assert distinct >= 0.45 * len(values[c]), c
        else:
            assert distinct >= 0.6 * len(values[c]), c
        assert len(lefts[c]) >= 8, c


def test_real_year_dates_only_where_labelled():
    for seed, i, note, _, _ in all_notes():
        spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in DATE_RES:
            for m in rx.finditer(note.text):
                if any(s <= m.start() and m.end() <= e for s, e in spans):
                    continue
                before = note.text[max(0, m.start() - 16):m.start()].lower()
                assert "exp" in before or "use by" in before, (seed, i, m.group(0))
        for s, e in spans:
            assert re.search(_YR, note.text[s:e])


def test_ages_over_89_labelled():
    for seed, i, note, _, _ in all_notes():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        for rx in AGE_RES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, (seed, i, m.group(0))
        for s, e in ages:
            assert int(note.text[s:e]) >= 90


def test_lookalikes_present_and_never_overlapping():
    for seed, i, note, looks, _ in all_notes():
        for look in looks:
            assert look in note.text
            start = note.text.find(look)
            while start != -1:
                end = start + len(look)
                assert not any(s < end and start < e for s, e, _ in note.spans), (seed, i, look)
                start = note.text.find(look, start + 1)


def test_lookalike_kinds_present():
    looks = {x for _, _, _, lk, _ in all_notes() for x in lk}
    assert any(x.startswith("NDC ") for x in looks)
    assert any(x.startswith("Lot ") for x in looks)
    assert any(x.startswith("REF ") for x in looks)
    assert any(re.search(r"21\d\d", x) for x in looks)  # shifted dates
    assert any(re.match(r"^1-8\d\d-", x) for x in looks)  # toll-free lines
    assert any(x.startswith(("M/V", "F/V")) for x in looks)  # vessel names
    assert {"Liberia", "Panama"} & looks


# --- module contract -----------------------------------------------------------------------------


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 66: ")
    assert "Written blind:" in doc
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert callable(h.main)
    assert h.document_kind(1, 0) in h.DOCUMENT_KINDS
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    used = {x for _, lk, _ in built(1) for x in lk}
    missing = [x for x in h.EPONYMS_AND_BRANDS if x not in used]
    assert not missing, missing
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_function(seed):
    notes = h.holdout66_corpus(seed, 30)
    assert len(notes) == 30
    assert all(isinstance(n, LabelledNote) for n in notes)
