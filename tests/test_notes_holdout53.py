"""Label tests for held-out corpus 53 (HIV and sexual-health clinic). The detector is never run here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout53 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

# exact planted totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence over the index)
EXPECTED_TOTALS = {
    "PHONE": 143, "FAX": 60, "PAGER": 67, "EMAIL": 66, "URL": 73, "IP_ADDRESS": 66, "SSN": 70, "MRN": 136,
    "ACCOUNT": 137, "HEALTH_PLAN": 143, "LICENSE": 145, "ZIP": 63, "STREET_ADDRESS": 129, "DATE_REAL_YEAR": 144,
    "AGE_OVER_89": 73, "DEVICE_ID": 65, "VEHICLE_ID": 67, "PERSON": 212, "LOCATION": 132, "ORGANIZATION": 134,
}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _digest(notes: list[LabelledNote]) -> str:
    payload = [(n.note_type, n.text, [list(s) for s in n.spans]) for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------- determinism


def test_same_seed_and_index_is_deterministic():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h.holdout53_note(1, 5).text != h.holdout53_note(2, 5).text


def test_prefix_stable():
    short, long_ = h.holdout53_corpus(4, 40), h.holdout53_corpus(4, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long_[:40]]


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout53 as h; "
            "ns = h.holdout53_corpus(3, 60); "
            "print(hashlib.sha256(json.dumps([(n.note_type, n.text, [list(s) for s in n.spans]) for n in ns], "
            "ensure_ascii=False).encode()).hexdigest())")
    here = _digest(h.holdout53_corpus(3, 60))
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        assert out.stdout.strip() == here


# ---------------------------------------------------------------- shape of the corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_every_kind_used_and_matches_note_type():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {v[0] for v in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, b in enumerate(_built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(bool(b[0].spans) for b in built) / N
        assert 0.57 <= planted <= 0.59
        heavy = [b for b in built if b[2] == "heavy"]
        assert len(heavy) == N // 20
        assert {b[2] for b in built} == {"heavy", "normal"}
        for note, _, _ in heavy:
            assert note.spans == []
            assert note.text.count("___") >= 25
        for note, _, _ in built:
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_per_category_totals_exact():
    totals = Counter()
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            totals.update(c for _, _, c in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------- span integrity

_DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %b %Y", "%b. %d, %Y", "%d-%b-%Y", "%m-%d-%Y",
                 "%d %B %Y")


def _is_real_date(v: str) -> bool:
    for f in _DATE_FORMATS:
        try:
            dt = datetime.strptime(v, f)
        except ValueError:
            continue
        return 1900 <= dt.year <= 2030
    return False


_SHAPES = {
    "PHONE": re.compile(r"^(\+1 |1-)?(\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$"),
    "FAX": re.compile(r"^(\+1 |1-)?(\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$"),
    "PAGER": re.compile(r"^\(?\d[\d() .-]{2,13}\d$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)[\w.-]+\.[a-z]{2,}(/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^((\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7})$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,2}-?\d{6,10}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,17}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9 -]{7,16}[A-Z0-9]$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,15}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(
        r"^\d{1,4}[AB]? [A-Z][a-z]+( [A-Z][a-z]+)? (Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Way|Court|"
        r"Ct|Place|Terrace|Parkway|Circle)(, Apt \d[A-D]| Unit \d{1,2})?$"),
    "AGE_OVER_89": re.compile(r"^(9\d|10[0-4])$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{7,15}$"),
    "VEHICLE_ID": re.compile(r"^([A-Z0-9]{2,4}[- ]?[A-Z0-9]{3,4}|[A-HJ-NPR-Z0-9]{17})$"),
    "PERSON": re.compile(r"^[^\W\d_][\w'.-]*(,? [^\W\d_][\w'.-]*){1,3}$"),
    "LOCATION": re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+)*$"),
    "ORGANIZATION": re.compile(r"^[A-Z][\w&.,'-]*( [\w&.,'-]+)*$"),
}
_CUE_WORD = re.compile(r"(?i)^(dr|mrn|pager|pgr|fax|sn|s/n|plate|acct|tel|ph|phone|npi|dea|ssn|vin|lic|zip|mr#|"
                       r"unit no|member|id|email|e-mail)\b")
_CUE = re.compile(r"(?i)\b(md|rn|np|pa-c|pharmd)$|[:#]|\b(mrn|pager|fax|acct)\b")


def _all_spans():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(_built(seed)):
            yield seed, i, note, looks, kind


def test_spans_in_bounds_non_overlapping_and_clean():
    for seed, i, note, _, _ in _all_spans():
        prev_end = -1
        for s, e, c in note.spans:
            assert c in CATEGORIES
            assert 0 <= s < e <= len(note.text), (seed, i)
            assert s >= prev_end, (seed, i, note.spans)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            if c not in ("URL", "IP_ADDRESS", "EMAIL"):
                assert not _CUE.search(v), (seed, i, c, v)
            assert not _CUE_WORD.match(v), (seed, i, c, v)
            if c == "DATE_REAL_YEAR":
                assert _is_real_date(v), v
            else:
                assert _SHAPES[c].match(v), (c, v)


def test_values_are_diverse():
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for _, _, note, _, _ in _all_spans():
        for s, e, c in note.spans:
            vals[c].append(note.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 35
        else:
            assert distinct >= 0.9 * len(vs), (c, distinct, len(vs))


# ---------------------------------------------------------------- dates, ages, look-alikes

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_REAL_DATE = re.compile(
    rf"(?i)\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}\b|\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|"
    rf"\b{_MON} \d{{1,2}},? {_YEAR}\b|\b\d{{1,2}}[ -]{_MON}[ -]{_YEAR}\b")
_EXPIRY_CUE = re.compile(r"(?i)(exp\w*|use by|best before)\W{0,3}$")


def test_real_year_dates_only_where_labelled():
    n_exp = 0
    for seed, i, note, _, _ in _all_spans():
        dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for m in _REAL_DATE.finditer(note.text):
            if any(s <= m.start() and m.end() <= e for s, e in dates):
                continue
            assert _EXPIRY_CUE.search(note.text[max(0, m.start() - 12):m.start()]), (seed, i, m.group())
            n_exp += 1
    assert n_exp > 100  # expiry dates are present as hard negatives


_AGE = re.compile(r"(?i)\b(\d{1,3})(?:\s*-?\s*(?:years?|yrs?)[- ]old|\s*(?:yo|y/o|y\.o\.)\b|-year-old| year old)|"
                  r"\b(?:age|aged)[: ]\s*(\d{1,3})\b")


def test_every_age_over_89_labelled():
    seen_old = seen_young = 0
    for seed, i, note, _, _ in _all_spans():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        for m in _AGE.finditer(note.text):
            g = 1 if m.group(1) else 2
            if int(m.group(g)) >= 90:
                seen_old += 1
                assert (m.start(g), m.end(g)) in ages, (seed, i, m.group())
            else:
                seen_young += 1
        for s, e in ages:
            assert int(note.text[s:e]) >= 90
    assert seen_old > 50 and seen_young > 200


def test_look_alikes_present_and_never_overlap_spans():
    used = Counter()
    for seed, i, note, looks, _ in _all_spans():
        for la in looks:
            assert la, (seed, i)
            start = note.text.find(la)
            assert start >= 0, (seed, i, la)
            while start >= 0:
                end = start + len(la)
                assert not any(s < end and start < e for s, e, _ in note.spans), (seed, i, la)
                start = note.text.find(la, start + 1)
            used[la] += 1
    eponyms = [e for e in h.EPONYMS_AND_BRANDS if used[e]]
    assert len(eponyms) >= 60
    assert sum(used.values()) > 10 * N


# ---------------------------------------------------------------- module contract


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 53: ")
    assert "Written blind:" in doc
    for kind in h.DOCUMENT_KINDS:
        assert kind in doc
    for phrase in ("PERSON is one span per name", "DEVICE_ID is a device serial", "AGE_OVER_89"):
        assert phrase in doc
    assert callable(h.main) and callable(h.holdout53_note) and callable(h.holdout53_corpus)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.holdout53_note(1, 0).text == note.text


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_matches_build(seed):
    corpus = h.holdout53_corpus(seed, 30)
    assert [n.text for n in corpus] == [b[0].text for b in _built(seed)[:30]]
