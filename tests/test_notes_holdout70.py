"""Label tests for held-out corpus 70 (sports and mass-gathering event medicine). The detector is never run."""

from __future__ import annotations

import collections
import functools
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

from lqs_clinical.synth import notes_holdout70 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

EXPECTED_TOTALS = {
    "ACCOUNT": 127, "AGE_OVER_89": 93, "DATE_REAL_YEAR": 175, "DEVICE_ID": 83, "EMAIL": 87, "FAX": 61,
    "HEALTH_PLAN": 79, "IP_ADDRESS": 64, "LICENSE": 111, "LOCATION": 157, "MRN": 112, "ORGANIZATION": 201,
    "PAGER": 66, "PERSON": 245, "PHONE": 125, "SSN": 61, "STREET_ADDRESS": 84, "URL": 59, "VEHICLE_ID": 80,
    "ZIP": 84,
}

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?"
        r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE_RE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-\d{1,2}-\d{4}\b"
    rf"|\b{_MON}\.? \d{{1,2}}, \d{{4}}\b|\b\d{{1,2}} {_MON} \d{{4}}\b|\b\d{{2}}-{_MON}-\d{{4}}\b",
    re.IGNORECASE,
)
AGE_RE = re.compile(
    r"\b(\d{2,3})(?=-year-old|-year| years? old| yo\b|yo\b| y/o| yrs\b)"
    r"|\b(?:[Aa]ge:?|aged|Age)\s+(\d{2,3})\b|\bAt (\d{2,3}),|\bis (\d{2,3})\b"
)
_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": rf"{_PHONE}|\d{{1,3}}-\d{{4}}|\d{{4,5}}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}",
    "URL": r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/[\w./?=&%-]*)?",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"(?:E|MR-|HC|AT)?\d{6,10}",
    "ACCOUNT": r"[A-Z]{0,3}-?\d[\dU-]*\d",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{5,16}[A-Z0-9]",
    "LICENSE": r"[A-Z]{0,3}-?\d[\d .-]*\d",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z .'#,0-9-]*",
    "DATE_REAL_YEAR": f"(?i:{DATE_RE.pattern})",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9]+(?:-[A-Z0-9]+)*",
    "VEHICLE_ID": r"[A-Z0-9]+(?:[ -][A-Z0-9]+)*",
    "PERSON": r"[A-Za-z][A-Za-z'.-]*(?:,? [A-Za-z][A-Za-z'.-]*)+",
    "LOCATION": r"[A-Z][A-Za-z .'-]+",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9 .,'&-]+",
}
MIN_DIGITS = {"ACCOUNT": 5, "HEALTH_PLAN": 4, "LICENSE": 4, "DEVICE_ID": 3, "VEHICLE_ID": 2, "MRN": 6}
CUE_START = re.compile(
    r"(?i)^(?:dr\.?|mrn|pager|pgr|fax|fx|sn|s/n|plate|acct|tel\.?|ph|npi|dea|lic#?|ssn|zip|#)(?:\b|$)")
CUE_END = re.compile(r"(?i)(?:\b(?:md|rn|atc|lat|emt-p|do|pa-c)|,)$")


@functools.cache
def _built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    out = []
    for i in range(N):
        note, look, kind = h._build(seed, i)
        out.append((note, tuple(look), kind))
    return tuple(out)


def _all():
    for seed in SEEDS:
        for i, (note, look, kind) in enumerate(_built(seed)):
            yield seed, i, note, look, kind


def _digest(notes: list[LabelledNote]) -> str:
    return hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in notes]).encode()).hexdigest()


def test_determinism_same_process():
    a, b = h._build(2, 17), h._build(2, 17)
    assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h.holdout70_note(3, 5).text == h._build(3, 5)[0].text


def test_prefix_stability():
    short, long = h.holdout70_corpus(2, 40), h.holdout70_corpus(2, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:40]]


def test_determinism_across_processes_and_hash_seeds():
    code = ("import hashlib;from lqs_clinical.synth import notes_holdout70 as h;"
            "ns=h.holdout70_corpus(3, 60);"
            "print(hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in ns]).encode()).hexdigest())")
    want = _digest(h.holdout70_corpus(3, 60))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == want


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48, rad
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_matches_type():
    for seed in SEEDS:
        kinds = collections.Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _, _) in enumerate(_built(seed)):
            assert h._KINDS[h.document_kind(seed, i)][0] == note.note_type


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in built:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = collections.Counter(c for _, _, n, _, _ in _all() for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed, i, note, _, _ in _all():
        prev_end = -1
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            val = note.text[s:e]
            assert val == val.strip() and "\n" not in val, (seed, i, val)
            assert not CUE_START.search(val), (cat, val)
            assert not CUE_END.search(val), (cat, val)
            assert re.fullmatch(SHAPES[cat], val), (cat, val)
            if cat in MIN_DIGITS:
                assert sum(ch.isdigit() for ch in val) >= MIN_DIGITS[cat], (cat, val)
            if cat == "AGE_OVER_89":
                assert int(val) >= 90
            if cat == "DATE_REAL_YEAR":
                assert any(1900 <= int(y) <= 2030 for y in re.findall(r"\d{4}", val)), val
            # a span is a whole token: not glued to letters or digits on either side
            glued_pager = cat == "PAGER" and note.text[s - 2:s] == " p"  # "resident p41187"
            assert s == 0 or not note.text[s - 1].isalnum() or glued_pager, (cat, note.text[s - 5:e])
            assert e == len(note.text) or not note.text[e].isalnum(), (cat, note.text[s:e + 5])


def test_value_diversity():
    values: dict[str, list[str]] = collections.defaultdict(list)
    for _, _, note, _, _ in _all():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat == "LOCATION":
            assert distinct / len(vals) >= 0.5, (cat, distinct, len(vals))
        else:
            assert distinct / len(vals) >= 0.7, (cat, distinct, len(vals))


def test_real_year_dates_only_where_labelled():
    for seed, i, note, _, _ in _all():
        dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for m in DATE_RE.finditer(note.text):
            if not any(1900 <= int(y) <= 2030 for y in re.findall(r"\d{4}", m.group())):
                continue
            if "exp" in note.text[max(0, m.start() - 12):m.start()].lower():
                continue
            assert any(s <= m.start() and m.end() <= e for s, e in dates), (seed, i, m.group())


def test_shifted_dates_present_and_unlabelled():
    shifted = 0
    for _, _, note, _, _ in _all():
        for m in re.finditer(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b", note.text):
            shifted += 1
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans)
    assert shifted > 500


def test_every_age_over_89_labelled():
    for seed, i, note, _, _ in _all():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        for m in AGE_RE.finditer(note.text):
            g = next(k for k in range(1, 5) if m.group(k))
            if int(m.group(g)) >= 90:
                assert (m.start(g), m.end(g)) in ages, (seed, i, note.text[m.start() - 20:m.end() + 20])
        for s, e in ages:
            assert int(note.text[s:e]) >= 90


def test_lookalikes_present_and_never_overlap_spans():
    n_look = 0
    for seed, i, note, look, _ in _all():
        for x in look:
            assert x in note.text, (seed, i, x)
            n_look += 1
            for m in re.finditer(re.escape(x), note.text):
                assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans), (seed, i, x)
    assert n_look > 10 * N


def test_module_contract():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    assert len(h.EPONYMS_AND_BRANDS) >= 60 and len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    text = "\n".join(n.text for n, _, _ in _built(1))
    used = [x for x in h.EPONYMS_AND_BRANDS if x in text]
    assert len(used) >= 60 and len(used) == len(h.EPONYMS_AND_BRANDS)
    looks = {x for _, _, _, look, _ in _all() for x in look}
    assert sum(1 for x in h.EPONYMS_AND_BRANDS if x in looks) >= 60
    assert callable(h.main) and callable(h.holdout70_corpus) and callable(h.holdout70_note)
    assert h.__doc__.startswith("Held-out corpus 70: ")
    assert "Written blind:" in h.__doc__
    note, look, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(look, list) and kind in ("heavy", "normal")
