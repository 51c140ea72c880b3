"""Label tests for held-out corpus 71 (rural, frontier and tribal health). The detector is never run."""

from __future__ import annotations

import collections
import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout71 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 95,
    "FAX": 115,
    "PAGER": 102,
    "EMAIL": 104,
    "URL": 112,
    "IP_ADDRESS": 101,
    "SSN": 99,
    "MRN": 104,
    "ACCOUNT": 104,
    "HEALTH_PLAN": 115,
    "LICENSE": 85,
    "ZIP": 105,
    "STREET_ADDRESS": 104,
    "DATE_REAL_YEAR": 99,
    "AGE_OVER_89": 116,
    "DEVICE_ID": 87,
    "VEHICLE_ID": 108,
    "PERSON": 105,
    "LOCATION": 91,
    "ORGANIZATION": 106,
}  # 2,057 spans over seeds 1-3 x 600 notes


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    out = []
    for i in range(N):
        note, looks, kind = h._build(seed, i)
        out.append((note, tuple(looks), kind))
    return tuple(out)


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


# ---------------------------------------------------------------------------------------------- determinism


def test_deterministic_same_process():
    for i in (0, 7, 133, 599):
        assert h._build(2, i) == h._build(2, i)
        assert h.holdout71_note(2, i) == h._build(2, i)[0]


def test_deterministic_across_processes_and_hash_seeds():
    root = Path(__file__).resolve().parents[1]
    code = "from tests.test_notes_holdout71 import _digest; print(_digest(5, 40))"
    want = _digest(5, 40)
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(root))
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True, timeout=60
        )
        assert out.stdout.strip() == want


def test_prefix_stable():
    assert h.holdout71_corpus(4, 40) == h.holdout71_corpus(4, 90)[:40]
    assert h.holdout71_corpus(1, 25) == [n for n, _, _ in _built(1)[:25]]


# ---------------------------------------------------------------------------------------------- shape of corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [n for n, _, _ in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_often():
    for seed in SEEDS:
        counts = collections.Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 * N <= planted <= 0.59 * N
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in built:
            assert len(n.spans) <= 4


def test_category_totals_exact():
    totals = collections.Counter(c for _, _, note, _, _ in _all() for _, _, c in note.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


# ---------------------------------------------------------------------------------------------- span integrity

_CUES = (
    "dr.",
    "dr ",
    "mrn",
    "hrn",
    "pager",
    "pgr",
    "fax",
    "sn ",
    "s/n",
    "serial",
    "plate",
    "acct",
    "tel",
    "phone",
    "dob",
    "npi",
    "dea",
    "zip",
    "email",
    "e-mail",
    "lic",
    "accession",
    "unit no",
    "chart",
    "ssn",
    "ss#",
    "mbi",
    "member",
    "policy",
    "vin",
    "tail",
    "asset",
    "age",
    "aged",
    "auth",
    "#",
    "mr.",
    "ms.",
    "mrs.",
)
_CREDS = (" md", ", md", " rn", " pa-c", " fnp", " do", " pharmd", " np")
_MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-3]\d)(?!\d)")

_SHAPES = {
    "PHONE": lambda v: re.fullmatch(r"[\d()+.\- ]+", v) and len(re.sub(r"\D", "", v)) in (10, 11),
    "FAX": lambda v: re.fullmatch(r"[\d()+.\- ]+", v) and len(re.sub(r"\D", "", v)) in (10, 11),
    "PAGER": lambda v: re.fullmatch(r"[\d()+.\- ]+", v) and 3 <= len(re.sub(r"\D", "", v)) <= 11,
    "EMAIL": lambda v: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v),
    "URL": lambda v: re.fullmatch(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?", v) and " " not in v,
    "IP_ADDRESS": lambda v: ipaddress.ip_address(v) is not None,
    "SSN": lambda v: re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v),
    "MRN": lambda v: re.fullmatch(r"[A-Z]{0,3}[\d-]{5,10}", v) and sum(ch.isdigit() for ch in v) >= 5,
    "ACCOUNT": lambda v: re.fullmatch(r"[A-Z0-9][A-Z0-9-]{4,}", v) and sum(ch.isdigit() for ch in v) >= 4,
    "HEALTH_PLAN": lambda v: re.fullmatch(r"[A-Z0-9][A-Z0-9-]{6,}", v) and sum(ch.isdigit() for ch in v) >= 3,
    "LICENSE": lambda v: re.fullmatch(r"[A-Z0-9][A-Z0-9-]{4,}", v) and sum(ch.isdigit() for ch in v) >= 4,
    "ZIP": lambda v: re.fullmatch(r"\d{5}(-\d{4})?", v),
    "STREET_ADDRESS": lambda v: re.match(r"[A-Z0-9]", v) and re.search(r"\d", v) and re.search(r"[A-Za-z]{2}", v),
    "DATE_REAL_YEAR": lambda v: (m := _YEAR.search(v)) and 1900 <= int(m.group(1)) <= 2030 and len(v) >= 8,
    "AGE_OVER_89": lambda v: re.fullmatch(r"\d{2,3}", v) and 90 <= int(v) <= 120,
    "DEVICE_ID": lambda v: re.fullmatch(r"[A-Z0-9][A-Z0-9-]{5,}", v) and re.search(r"\d", v),
    "VEHICLE_ID": lambda v: re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{2,}[A-Z0-9]", v) and re.search(r"\d", v),
    "PERSON": lambda v: re.fullmatch(r"[A-Z][A-Za-z'.,-]*( [A-Za-z'.,-]+)*", v) and not v.endswith((",", ".")),
    "LOCATION": lambda v: re.fullmatch(r"[A-Z][A-Za-z' -]+[a-z]", v),
    "ORGANIZATION": lambda v: re.fullmatch(r"[A-Z][A-Za-z.' -]+[A-Za-z]", v) and len(v) >= 6,
}


def test_span_integrity():
    assert set(_SHAPES) == set(CATEGORIES)
    for _, _, note, _, _ in _all():
        spans = sorted(note.spans)
        for k, (s, e, cat) in enumerate(spans):
            assert 0 <= s < e <= len(note.text)
            assert cat in CATEGORIES
            if k:
                assert spans[k - 1][1] <= s, "overlapping spans"
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v
            low = v.lower()
            assert not low.startswith(_CUES), v
            assert not low.endswith(_CREDS), v
            assert ": " not in v and "#" not in v
            assert _SHAPES[cat](v), (cat, v)


def test_spans_per_planted_note():
    for _, _, note, _, _ in _all():
        if note.spans:
            assert 1 <= len(note.spans) <= 4


def test_value_diversity():
    vals: dict[str, list[str]] = collections.defaultdict(list)
    for _, _, note, _, _ in _all():
        for s, e, c in note.spans:
            vals[c].append(note.text[s:e])
    loose = {"AGE_OVER_89": 0.12, "LOCATION": 0.35, "ORGANIZATION": 0.3, "PERSON": 0.6}
    for c, vs in vals.items():
        assert len(set(vs)) / len(vs) >= loose.get(c, 0.85), c
    assert len(set(vals["AGE_OVER_89"])) >= 15
    # shapes vary within categories too
    assert len({re.sub(r"\d", "9", v) for v in vals["PHONE"]}) >= 8
    assert len({re.sub(r"\d", "9", v) for v in vals["DATE_REAL_YEAR"]}) >= 10
    assert len({re.sub(r"\d+", "9", v) for v in vals["STREET_ADDRESS"]}) >= 10


# ---------------------------------------------------------------------------------------------- negatives

_DATE_PATS = (
    re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(\d{4})(?!\d)"),
    re.compile(r"(?<![\d-])(\d{4})-\d{2}-\d{2}(?![\d-])"),
    re.compile(rf"\b\d{{1,2}}-(?:{_MON})-(\d{{4}})\b"),
    re.compile(rf"\b(?:{_MON})[a-z]*\.? \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MON})[a-z]* (\d{{4}})\b"),
)
_EXPIRY = re.compile(r"(?i)(exp\.?|expires|expiry|use by)\s*$")


def test_real_year_dates_only_where_labelled():
    seen_shifted = 0
    for _, _, note, _, _ in _all():
        dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for pat in _DATE_PATS:
            for m in pat.finditer(note.text):
                y = int(m.group(1))
                if 2100 <= y <= 2200:
                    seen_shifted += 1
                    continue
                if not 1900 <= y <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in dates)
                expiry = _EXPIRY.search(note.text[max(0, m.start() - 12) : m.start()])
                assert inside or expiry, note.text[max(0, m.start() - 40) : m.end() + 10]
    assert seen_shifted > 500


_AGE_PATS = (
    re.compile(r"(?<![\d.])(\d{2,3})(?:-| )?(?:year-old|years? old|yr old|yrs? old|y/o|yo|years of age)\b"),
    re.compile(r"\b(?:[Aa]ge:?|aged)\s*\|?\s*(\d{2,3})\b"),
)


def test_every_age_over_89_labelled():
    n_old = 0
    for _, _, note, _, _ in _all():
        ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        for pat in _AGE_PATS:
            for m in pat.finditer(note.text):
                if int(m.group(1)) >= 90:
                    n_old += 1
                    assert (m.start(1), m.end(1)) in ages, note.text[m.start() - 30 : m.end() + 10]
    assert n_old > 50


def test_lookalikes_present_and_never_overlap_spans():
    for _, _, note, looks, _ in _all():
        for la in looks:
            assert la in note.text
            for m in re.finditer(re.escape(la), note.text):
                assert not any(m.start() < e and s < m.end() for s, e, _ in note.spans), la


def test_heavy_negatives_in_text():
    texts = [note.text for _, _, note, _, _ in _all()]
    joined = "\n".join(texts)
    for neg in ("Lot", "NDC ", "REF ", "Model ", "Group ", "since 19", "1-800-222-1222", "www.ihs.gov"):
        assert neg in joined, neg


# ---------------------------------------------------------------------------------------------- module contract


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 71: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert callable(h.main) and callable(h.holdout71_corpus) and callable(h.holdout71_note)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    used = set()
    for _, _, _, looks, _ in _all():
        used.update(looks)
    missing = [la for la in h.EPONYMS_AND_BRANDS if la not in used]
    assert not missing, missing
    note, looks, kind = h._build(1, 3)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_matches_build(seed):
    assert h.holdout71_corpus(seed, 30) == [n for n, _, _ in _built(seed)[:30]]
