"""Label tests for held-out corpus 51 (hospital dentistry / OMFS). The detector is never run here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout51 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# exact per-category totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence)
EXPECTED_TOTALS = {
    "ACCOUNT": 117,
    "AGE_OVER_89": 60,
    "DATE_REAL_YEAR": 177,
    "DEVICE_ID": 120,
    "EMAIL": 66,
    "FAX": 59,
    "HEALTH_PLAN": 121,
    "IP_ADDRESS": 60,
    "LICENSE": 122,
    "LOCATION": 130,
    "MRN": 122,
    "ORGANIZATION": 189,
    "PAGER": 60,
    "PERSON": 250,
    "PHONE": 117,
    "SSN": 64,
    "STREET_ADDRESS": 57,
    "URL": 69,
    "VEHICLE_ID": 60,
    "ZIP": 57,
}


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(H._build(seed, i) for i in range(N))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(seed: int, n: int) -> str:
    payload = [(note.note_type, note.text, note.spans) for note in H.holdout51_corpus(seed, n)]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ------------------------------------------------------------------ determinism


def test_same_seed_same_index_identical():
    for i in (0, 7, 123, 599):
        a, b = H._build(2, i), H._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert H.holdout51_note(1, 5).text != H.holdout51_note(2, 5).text


def test_identical_across_processes_and_hash_seeds():
    code = (
        "import hashlib, json; from lqs_clinical.synth import notes_holdout51 as H; "
        "p=[(n.note_type, n.text, n.spans) for n in H.holdout51_corpus(3, 60)]; "
        "print(hashlib.sha256(json.dumps(p).encode()).hexdigest())"
    )
    here = _digest(3, 60)
    for hs in ("0", "12345", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


def test_prefix_stable():
    a, b = H.holdout51_corpus(4, 40), H.holdout51_corpus(4, 90)
    assert [(x.text, x.spans) for x in a] == [(x.text, x.spans) for x in b[:40]]


# ------------------------------------------------------------------ shape of the corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= share <= 0.50, share
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_often():
    for seed in SEEDS:
        kinds = Counter(H.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(H.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds


def test_kind_matches_note_type():
    for seed in SEEDS:
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == H._KINDS[H.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        rows = built(seed)
        planted = sum(1 for note, _, _ in rows if note.spans)
        assert 0.57 <= planted / N <= 0.59, planted / N
        heavy = [note for note, _, kind in rows if kind == "heavy"]
        assert len(heavy) == N // 20
        for note in heavy:
            assert not note.spans
            assert note.text.count("___") >= 25
        assert {kind for _, _, kind in rows} == {"heavy", "normal"}


def test_spans_per_planted_note():
    counts = Counter()
    for note, _, _ in all_built():
        if note.spans:
            assert 1 <= len(note.spans) <= 4
            counts[len(note.spans)] += 1
    assert set(counts) == {1, 2, 3, 4}


def test_exact_category_totals():
    totals = Counter(cat for note, _, _ in all_built() for _, _, cat in note.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ------------------------------------------------------------------ span integrity

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_DATE_RES = (
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(rf"\b{_MON}[a-z]*\.? \d{{1,2}},? (\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[a-z]*[ -](\d{{4}})\b", re.I),
)
_SHAPES = {
    "PHONE": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}",
    "FAX": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}",
    "PAGER": r"\d{4,5}|\d-\d{4}|\d{3}-\d{3}-\d{4}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9.-]+\.(com|net|org)",
    "URL": r"(https?://)?[a-z0-9.-]+\.(com|net|org)(/[\w/?=.-]*)?",
    "IP_ADDRESS": r"\d{1,3}(\.\d{1,3}){3}",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"([A-Z]{1,3}-?)?\d{6,10}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{4,20}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,15}",
    "LICENSE": r"[A-Z0-9][A-Z0-9.-]{4,15}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z0-9 .,]+",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,15}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-Z][A-Za-z'.-]+(,? [A-Z][A-Za-z'.-]+)+",
    "LOCATION": r"[A-Z][A-Za-z .'-]+",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9 &.'-]+",
}
_CUE_START = re.compile(
    r"^(?:Dr|MRN|MR|pager|pgr|Fax|SN|S/N|plate|Acct|Tel|Ph|NPI|DEA|Lic|DOB|SSN|ID|Member|Serial|VIN"
    r"|ZIP|REF|LOT|EXP)\b[\s:#.]",
    re.I,
)
_CRED_END = re.compile(r"[, ]+(MD|DDS|DMD|RN|CDT|MS|FAGD)$")


def _real_year_dates(text: str):
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if 1900 <= int(m.group(1)) <= 2030:
                yield m.start(), m.end()


def test_span_integrity_and_shapes():
    for note, _, _ in all_built():
        prev_end = -1
        for s, e, cat in note.spans:
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping or unsorted spans"
            prev_end = e
            val = note.text[s:e]
            assert val == val.strip() and "\n" not in val, repr(val)
            if cat not in ("EMAIL", "URL"):
                assert not _CUE_START.match(val), val
            assert not _CRED_END.search(val), val
            if cat == "DATE_REAL_YEAR":
                assert any(a == 0 and b == len(val) for a, b in _real_year_dates(val)), val
            else:
                assert re.fullmatch(_SHAPES[cat], val), (cat, val)
            if cat in ("ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "MRN"):
                assert sum(ch.isdigit() for ch in val) >= 4, (cat, val)
            if cat == "IP_ADDRESS":
                assert all(0 <= int(o) <= 255 for o in val.split("."))
            if cat == "AGE_OVER_89":
                assert 90 <= int(val) <= 110
            if cat == "VEHICLE_ID" and len(val) == 17:
                assert not set(val) & set("IOQ")
            # a span never swallows the surrounding characters of a word
            if s > 0:
                assert not (note.text[s - 1].isalnum() and val[0].isalnum() and cat not in ("PAGER",)), (
                    cat,
                    note.text[s - 5 : e],
                )
            if e < len(note.text):
                assert not (note.text[e].isalnum() and val[-1].isalnum() and cat != "AGE_OVER_89"), (
                    cat,
                    note.text[s : e + 5],
                )


def test_value_diversity():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 10, (cat, distinct)
        else:
            assert distinct >= min(0.7 * len(vals), 40), (cat, distinct, len(vals))


def test_value_shape_variety():
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])

    def shape(v: str) -> str:
        return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", v)))

    for cat in (
        "PHONE",
        "DATE_REAL_YEAR",
        "MRN",
        "ACCOUNT",
        "HEALTH_PLAN",
        "LICENSE",
        "DEVICE_ID",
        "VEHICLE_ID",
        "PERSON",
        "STREET_ADDRESS",
    ):
        assert len({shape(v) for v in values[cat]}) >= (3 if cat == "MRN" else 4), cat


def test_real_year_dates_only_where_labelled():
    for note, _, _ in all_built():
        for s, e in _real_year_dates(note.text):
            if any(a <= s and e <= b for a, b, _ in note.spans):
                continue
            before = note.text[max(0, s - 12) : s].lower()
            assert "exp" in before or "use by" in before, note.text[max(0, s - 40) : e + 10]


def test_shifted_dates_present_and_unlabelled():
    n_shifted = 0
    for _note, looks, _ in all_built():
        for s in looks:
            m = re.search(r"\b(2[12]\d\d)\b", s)
            if m and 2100 <= int(m.group(1)) <= 2200:
                n_shifted += 1
    assert n_shifted > 1000


def test_lookalikes_present_and_never_overlap_spans():
    per_note = []
    for note, looks, _ in all_built():
        per_note.append(len(looks))
        for s in looks:
            assert s and s in note.text, s
            start = note.text.find(s)
            while start >= 0:
                assert not any(a < start + len(s) and start < b for a, b, _ in note.spans), s
                start = note.text.find(s, start + 1)
    assert sum(per_note) / len(per_note) >= 6


def test_every_age_over_89_labelled():
    rxs = (
        re.compile(r"\b(\d{2,3})(?:-year-old| year old|-year| y/o|yo\b| yo\b|-yo\b)"),
        re.compile(r"\b(?:age[d:]?|aged)\s*(\d{2,3})\b", re.I),
        re.compile(r"\bPt is (?:a )?(\d{2,3})\b"),
    )
    n_old = 0
    for note, _, _ in all_built():
        for rx in rxs:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    n_old += 1
                    s, e = m.span(1)
                    assert (s, e, "AGE_OVER_89") in note.spans, note.text[max(0, s - 30) : e + 20]
    assert n_old >= 50


def test_no_unmasked_identifier_cues_left_empty():
    # header fields that are not planted stay masked
    for note, _, _kind in all_built():
        assert "___" in note.text


# ------------------------------------------------------------------ module contract


def test_module_contract():
    doc = H.__doc__ or ""
    assert doc.startswith("Held-out corpus 51: ")
    assert "Written blind:" in doc
    assert len(H.DOCUMENT_KINDS) >= 12
    assert set(H.DOCUMENT_KINDS) == set(H._KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"radiology", "discharge"}
    assert all(callable(b) for _, b in H._KINDS.values())
    assert all(H.document_kind(1, i) in H.DOCUMENT_KINDS for i in range(50))
    assert callable(H.main) and callable(H.holdout51_note) and callable(H.holdout51_corpus)
    note = H.holdout51_note(1, 0)
    assert isinstance(note, LabelledNote)


def test_eponyms_and_brands_used():
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    used = set()
    for _note, looks, _ in built(1):
        used.update(x for x in looks if x in H.EPONYMS_AND_BRANDS)
    unused = [x for x in H.EPONYMS_AND_BRANDS if x not in used]
    assert len(used) >= 60 and not unused, unused


def test_payers_and_makers_never_labelled():
    for note, _, _ in all_built():
        for s, e, _ in note.spans:
            val = note.text[s:e]
            for brand in H.EPONYMS_AND_BRANDS:
                assert brand not in val


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_matches_build(seed):
    notes = H.holdout51_corpus(seed, 30)
    for i, note in enumerate(notes):
        assert note.text == built(seed)[i][0].text and note.spans == built(seed)[i][0].spans
