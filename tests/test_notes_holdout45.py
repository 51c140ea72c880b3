"""Label tests for held-out corpus 45 (pharmacy and medication management). The detector is never run."""

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

from lqs_clinical.synth import notes_holdout45 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {  # seeds 1-3 x 600 notes, 2,192 planted spans
    "PHONE": 133, "FAX": 135, "PAGER": 68, "EMAIL": 53, "URL": 63,
    "IP_ADDRESS": 44, "SSN": 37, "MRN": 90, "ACCOUNT": 177, "HEALTH_PLAN": 116,
    "LICENSE": 169, "ZIP": 91, "STREET_ADDRESS": 89, "DATE_REAL_YEAR": 148, "AGE_OVER_89": 100,
    "DEVICE_ID": 99, "VEHICLE_ID": 49, "PERSON": 269, "LOCATION": 110, "ORGANIZATION": 152,
}


@cache
def _corpus(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((note, tuple(la), kind) for note, la, kind in (H._build(seed, i) for i in range(N)))


def _digest(seed: int, n: int) -> str:
    payload = [(x.note_type, x.text, x.spans) for x in H.holdout45_corpus(seed, n)]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ---------------------------------------------------------------------------------------- determinism

def test_same_seed_same_note():
    for i in (0, 7, 11, 123, 599):
        a, b = H._build(2, i), H._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert H._build(1, 5)[0].text != H._build(2, 5)[0].text


def test_prefix_stable():
    short, long_ = H.holdout45_corpus(3, 40), H.holdout45_corpus(3, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long_[:40]]


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout45 as H; "
            "p = [(x.note_type, x.text, x.spans) for x in H.holdout45_corpus(4, 60)]; "
            "print(hashlib.sha256(json.dumps(p).encode()).hexdigest())")
    outs = set()
    for hs in ("0", "1", "987"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.add(res.stdout.strip())
    assert outs == {_digest(4, 60)}


# ---------------------------------------------------------------------------------------- shape of the corpus

@pytest.mark.parametrize("seed", SEEDS)
def test_note_types_lengths_and_kinds(seed):
    notes = _corpus(seed)
    rad = sum(n.note_type == "radiology" for n, _, _ in notes)
    assert 0.40 * N <= rad <= 0.50 * N
    for i, (n, _, _) in enumerate(notes):
        assert 1100 <= len(n.text) <= 4500, (i, len(n.text))
        assert n.note_type == H._KINDS[H.document_kind(seed, i)][0]
    kinds = Counter(H.document_kind(seed, i) for i in range(N))
    assert set(kinds) == set(H.DOCUMENT_KINDS)
    assert min(kinds.values()) >= 15


@pytest.mark.parametrize("seed", SEEDS)
def test_plant_rate_and_heavy_notes(seed):
    notes = _corpus(seed)
    planted = sum(bool(n.spans) for n, _, _ in notes)
    assert 0.57 * N <= planted <= 0.59 * N
    heavy = [n for n, _, k in notes if k == "heavy"]
    assert len(heavy) == N // 20
    for n in heavy:
        assert not n.spans and n.text.count("___") >= 25
    for n, _, k in notes:
        assert k in ("heavy", "normal")
        if n.spans:
            assert 1 <= len(n.spans) <= 4
        assert "@@" not in n.text and "[[" not in n.text and "<<" not in n.text


def test_exact_category_totals():
    totals = Counter(c for seed in SEEDS for n, _, _ in _corpus(seed) for _, _, c in n.spans)
    assert set(totals) <= set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------- span integrity

_SHAPES = {
    "PHONE": r"\+?[\d() ./-]{10,17}", "FAX": r"\+?[\d() ./-]{10,17}", "PAGER": r"[\d-]{4,12}",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "URL": r"(https?://|www\.)\S+", "IP_ADDRESS": r"\d{1,3}(\.\d{1,3}){3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}", "MRN": r"M?\d{7,10}|\d{2}-\d{6}", "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{5,17}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{7,15}", "LICENSE": r"[A-Z0-9][A-Z0-9 -]{3,16}", "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z]+( [A-Za-z]+)*\.?(,? (Apt\.?|Unit|Suite) \w+| #\d+)?",
    "DATE_REAL_YEAR": r"[A-Za-z0-9 ,/-]+", "AGE_OVER_89": r"\d{2,3}", "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,14}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}", "PERSON": r"[A-Za-z][A-Za-z'.,\- ]+ [A-Za-z'.\-]+",
    "LOCATION": r"[A-Z][A-Za-z .'-]+", "ORGANIZATION": r"[A-Z][A-Za-z&'. -]+",
}
_CUE = re.compile(r"(?i)^(dr|mrn|mr#|fax|sn|s/n|pager|pgr|acct|rx|dea|npi|tel|phone|ph|plate|member|id|lic|"
                  r"md|rn|rph|pharmd|dob|ssn|zip|#|:)\b")


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for n, _, _ in _corpus(seed):
        prev_end = 0
        for s, e, c in n.spans:  # spans are sorted
            assert 0 <= s < e <= len(n.text) and s >= prev_end
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v, v
            assert not _CUE.match(v), (c, v)
            assert re.fullmatch(_SHAPES[c], v), (c, v)
            if c == "AGE_OVER_89":
                assert 90 <= int(v) <= 120
            if c == "DATE_REAL_YEAR":
                assert any(1900 <= int(y) <= 2030 for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)), v
            if c in ("PHONE", "FAX"):
                assert len(re.sub(r"\D", "", v)) in (10, 11), v
            # spans never swallow a neighbouring alphanumeric (value boundaries are real boundaries)
            assert s == 0 or not (n.text[s - 1].isalnum() and v[0].isalnum()), (c, n.text[s - 5:e])
            assert e == len(n.text) or not (n.text[e].isalnum() and v[-1].isalnum()) or c == "AGE_OVER_89", (
                c, n.text[s:e + 5])


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for seed in SEEDS:
        for n, _, _ in _corpus(seed):
            for s, e, c in n.spans:
                vals.setdefault(c, []).append(n.text[s:e])
    floor = {"AGE_OVER_89": 12, "LOCATION": 30, "ORGANIZATION": 25}
    for c, vs in vals.items():
        need = floor.get(c, int(0.8 * len(vs)))
        assert len(set(vs)) >= need, (c, len(set(vs)), len(vs))


# ---------------------------------------------------------------------------------------- negatives

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_YR = r"(?:19\d\d|20[0-3]\d)"
_DATE = re.compile(
    rf"(?i)(?<![\w/.-])(?:\d{{1,2}}/\d{{1,2}}/{_YR}|{_YR}-\d{{2}}-\d{{2}}|\d{{1,2}}-\d{{1,2}}-{_YR}|"
    rf"\d{{1,2}}[- ]{_MON}[- ,]+{_YR}|{_MON}\.? \d{{1,2}},? {_YR})(?![\w/-])")
_AGE = re.compile(r"(?i)(?<![\w.])(\d{2,3})(?:\s*|-)(?:years?|yrs?|y/o|yo|y\.o\.)(?![a-z])|"
                  r"\b(?:age|aged)[: ]+(\d{2,3})\b")


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (p := text.find(s, start)) >= 0:
        out.append((p, p + len(s)))
        start = p + 1
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_real_year_dates_only_where_labelled(seed):
    for n, looks, _ in _corpus(seed):
        expiry = [(a, b) for la in looks if re.search(r"20(2[5-9]|30)", la) for a, b in _occurrences(n.text, la)]
        for m in _DATE.finditer(n.text):
            inside_span = any(s <= m.start() and m.end() <= e for s, e, _ in n.spans)
            inside_expiry = any(a <= m.start() and m.end() <= b for a, b in expiry)
            assert inside_span or inside_expiry, m.group(0)
            if inside_span:
                assert any(s <= m.start() and m.end() <= e and c == "DATE_REAL_YEAR" for s, e, c in n.spans)


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_present_and_never_overlap_spans(seed):
    total = 0
    for n, looks, _ in _corpus(seed):
        for la in looks:
            occ = _occurrences(n.text, la)
            assert occ, la
            total += 1
            for a, b in occ:
                assert not any(a < e and b > s for s, e, _ in n.spans), (la, n.text[a - 20:b + 20])
    assert total >= 10 * N


@pytest.mark.parametrize("seed", SEEDS)
def test_every_age_over_89_is_labelled(seed):
    n_ages = 0
    for n, _, _ in _corpus(seed):
        for m in _AGE.finditer(n.text):
            g = 1 if m.group(1) else 2
            if int(m.group(g)) >= 90:
                n_ages += 1
                assert (m.start(g), m.end(g), "AGE_OVER_89") in n.spans, n.text[m.start() - 20:m.end() + 20]
    assert n_ages > 0


# ---------------------------------------------------------------------------------------- module contract

def test_module_contract():
    assert H.__doc__.startswith("Held-out corpus 45: ")
    assert "Written blind:" in H.__doc__
    assert len(H.DOCUMENT_KINDS) >= 12
    assert set(H.DOCUMENT_KINDS) == set(H._KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in H._KINDS.values())
    assert callable(H.main) and callable(H.holdout45_note)
    assert len(H.EPONYMS_AND_BRANDS) >= 60 and len(set(H.EPONYMS_AND_BRANDS)) == len(H.EPONYMS_AND_BRANDS)
    used = {la for n_, looks, _ in _corpus(1) for la in looks}
    assert [b for b in H.EPONYMS_AND_BRANDS if b not in used] == []
    n0 = H.holdout45_note(1, 0)
    assert isinstance(n0, LabelledNote) and n0.text == H._build(1, 0)[0].text
