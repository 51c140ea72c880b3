"""Held-out corpus 40 (prehospital and emergency care): labels only, the detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from lqs_clinical.synth import notes_holdout40 as h40
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
N = 600

# measured over seeds 1-3 x 600 notes (categories come from Weyl sequences, so they are exact)
EXPECTED_TOTALS = {
    "PHONE": 103, "FAX": 70, "PAGER": 69, "EMAIL": 78, "URL": 70, "IP_ADDRESS": 62, "SSN": 69, "MRN": 107,
    "ACCOUNT": 109, "HEALTH_PLAN": 74, "LICENSE": 85, "ZIP": 80, "STREET_ADDRESS": 92, "DATE_REAL_YEAR": 216,
    "AGE_OVER_89": 86, "DEVICE_ID": 81, "VEHICLE_ID": 84, "PERSON": 334, "LOCATION": 206, "ORGANIZATION": 211,
}
MIN_PER_SEED = {c: 18 for c in CATEGORIES} | {"PERSON": 95, "LOCATION": 60, "ORGANIZATION": 60,
                                               "DATE_REAL_YEAR": 60}

_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
REAL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}\b|\b{_Y}-\d{{2}}-\d{{2}}\b|\b{_MON} \d{{1,2}},? {_Y}\b"
    rf"|\b\d{{1,2}}[ -]{_MON}[ -]{_Y}\b", re.IGNORECASE)
CUE_INSIDE = re.compile(r"\b(?:Dr\.|MRN|[Pp]ager|Fax|FAX|SN|S/N|[Pp]late|Acct|MD|RN|NP|PA-C|DEA|SSN|VIN|Lic)\b")


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((n, tuple(la), kind) for n, la, kind in (h40._build(seed, i) for i in range(N)))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def digest(notes: list[LabelledNote]) -> str:
    h = hashlib.sha256()
    for n in notes:
        h.update(repr((n.note_type, n.text, n.spans)).encode())
    return h.hexdigest()


# ----------------------------------------------------------------------------------------------- determinism

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        a, b = h40.holdout40_note(5, i), h40.holdout40_note(5, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)
        assert h40._build(5, i)[1:] == h40._build(5, i)[1:]


def test_notes_differ_across_seeds_and_indices():
    texts = [n.text for n, _, _ in built(1)]
    assert len(set(texts)) == N
    other = [n.text for n, _, _ in built(2)]
    assert sum(a != b for a, b in zip(texts, other, strict=True)) >= N - 2


def test_prefix_of_longer_corpus_equals_shorter_corpus():
    short, long_ = h40.holdout40_corpus(4, 40), h40.holdout40_corpus(4, 90)
    assert digest(short) == digest(long_[:40])
    assert [n.text for n in h40.holdout40_corpus(1, 25)] == [n.text for n, _, _ in built(1)[:25]]


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib; from lqs_clinical.synth.notes_holdout40 import holdout40_corpus as c, _build as b;"
            "h = hashlib.sha256();"
            "[h.update(repr((n.note_type, n.text, n.spans)).encode()) for n in c(9, 60)];"
            "[h.update(repr(b(9, i)[1:]).encode()) for i in range(60)];"
            "print(h.hexdigest())")
    outs = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        outs.add(res.stdout.strip())
    assert len(outs) == 1
    h = hashlib.sha256()
    for n in h40.holdout40_corpus(9, 60):
        h.update(repr((n.note_type, n.text, n.spans)).encode())
    for i in range(60):
        h.update(repr(h40._build(9, i)[1:]).encode())
    assert outs == {h.hexdigest()}


# ----------------------------------------------------------------------------------------------- structure

def test_note_types_lengths_and_kinds():
    for seed in SEEDS:
        notes = built(seed)
        rad = sum(n.note_type == "radiology" for n, _, _ in notes)
        assert all(n.note_type in ("discharge", "radiology") for n, _, _ in notes)
        assert 0.43 * N <= rad <= 0.47 * N
        assert all(1100 <= len(n.text) <= 4500 for n, _, _ in notes)
        kinds = Counter(h40.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h40.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
    assert len(h40.DOCUMENT_KINDS) >= 12
    types = {h40._KINDS[k][0] for k in h40.DOCUMENT_KINDS}
    assert types == {"discharge", "radiology"}
    for seed in SEEDS:
        for i in range(0, N, 37):
            assert h40._KINDS[h40.document_kind(seed, i)][0] == h40.holdout40_note(seed, i).note_type


def test_plant_rate_and_heavy_share():
    for seed in SEEDS:
        notes = built(seed)
        with_plants = sum(bool(n.spans) for n, _, _ in notes)
        heavy = [(n, la) for n, la, kind in notes if kind == "heavy"]
        assert 0.57 * N <= with_plants <= 0.59 * N
        assert len(heavy) == 30
        assert all(kind in ("heavy", "normal") for _, _, kind in notes)
        for n, _ in heavy:
            assert n.spans == []
            assert n.text.count("___") >= 25
        counts = Counter(len(n.spans) for n, _, _ in notes if n.spans)
        assert set(counts) == {1, 2, 3, 4}
        assert 755 <= sum(len(n.spans) for n, _, _ in notes) <= 770


def test_every_category_planted_with_measured_counts():
    total = Counter()
    for seed in SEEDS:
        per = Counter(c for n, _, _ in built(seed) for _, _, c in n.spans)
        for cat in CATEGORIES:
            assert per[cat] >= MIN_PER_SEED[cat], (seed, cat, per[cat])
        total.update(per)
    assert dict(total) == EXPECTED_TOTALS
    assert set(total) == set(CATEGORIES)
    big = min(total[c] for c in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"))
    assert big > max(total[c] for c in CATEGORIES if c not in ("PERSON", "LOCATION", "ORGANIZATION",
                                                                  "DATE_REAL_YEAR"))


def test_span_integrity():
    for n, _, _ in all_built():
        prev_end = -1
        assert n.spans == sorted(n.spans)
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v and "\n" not in v
            assert not CUE_INSIDE.search(v), (cat, v)


def test_span_values_are_diverse():
    values: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for n, _, _ in all_built():
        for s, e, c in n.spans:
            values[c].add(n.text[s:e])
    for c in CATEGORIES:
        if c != "AGE_OVER_89":
            assert len(values[c]) >= 0.8 * EXPECTED_TOTALS[c], c
    assert len(values["AGE_OVER_89"]) >= 12
    assert len(values["PERSON"]) >= 300 and len(values["LOCATION"]) >= 150 and len(values["ORGANIZATION"]) >= 150


def test_ages_and_dates():
    for n, _, _ in all_built():
        for s, e, c in n.spans:
            v = n.text[s:e]
            if c == "AGE_OVER_89":
                assert v.isdigit() and int(v) >= 90
            if c == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"\d{4}", v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
                assert REAL_DATE.fullmatch(v), v
            if c in ("PHONE", "FAX"):
                assert len(re.sub(r"\D", "", v)) >= 10
            if c == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v)


def test_no_unlabelled_real_year_date_except_expiry():
    for n, la, _ in all_built():
        labelled = {(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"}
        expiry = [(m.start(), m.end()) for x in la if re.search(r"exp|use by", x, re.I)
                  for m in re.finditer(re.escape(x), n.text)]
        for m in REAL_DATE.finditer(n.text):
            if (m.start(), m.end()) in labelled:
                continue
            assert any(a <= m.start() and m.end() <= b for a, b in expiry), m.group()
        for s, e in labelled:
            assert REAL_DATE.fullmatch(n.text[s:e])


def test_look_alikes_never_labelled():
    seen = Counter()
    for n, la, _ in all_built():
        assert la, "every note carries look-alikes"
        span_values = {n.text[s:e] for s, e, _ in n.spans}
        for x in la:
            assert x in n.text
            assert x not in span_values
            for m in re.finditer(re.escape(x), n.text):
                assert not any(m.start() < e and m.end() > s for s, e, _ in n.spans), (x, n.text[m.start():m.end()])
            seen[x] += 1
    names = set(h40.EPONYMS_AND_BRANDS)
    used = {x for x in seen if x in names}
    assert len(used) >= 60
    assert any(x.startswith("NDC ") for x in seen) and any(x.startswith("Lot ") for x in seen)
    assert any(re.search(r"\b21\d\d\b|\b2200\b", x) for x in seen)
    assert any("1-800-222-1222" in x for x in seen)


def test_no_ages_over_89_left_unlabelled():
    for n, _, _ in all_built():
        for m in re.finditer(r"\b(\d{2,3})(?=[ -]?(?:year|yo\b|y/o|F\b|M\b))", n.text):
            if int(m.group(1)) >= 90:
                assert (m.start(1), m.end(1), "AGE_OVER_89") in n.spans, m.group()


def test_module_contract():
    assert callable(h40.main)
    assert h40.DOCUMENT_KINDS and all(isinstance(k, str) for k in h40.DOCUMENT_KINDS)
    doc = h40.__doc__ or ""
    assert doc.startswith("Held-out corpus 40: prehospital and emergency care")
    assert "Written blind" in doc
    note, la, kind = h40._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(la, list) and kind in ("heavy", "normal")
