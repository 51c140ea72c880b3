"""Label tests for held-out corpus 62 (street medicine and housing). The detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout62 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PERSON": 243, "ORGANIZATION": 196, "LOCATION": 189, "DATE_REAL_YEAR": 180, "PHONE": 138, "ACCOUNT": 138,
    "MRN": 129, "STREET_ADDRESS": 116, "LICENSE": 102, "HEALTH_PLAN": 97, "ZIP": 88, "VEHICLE_ID": 76,
    "AGE_OVER_89": 71, "DEVICE_ID": 68, "SSN": 68, "EMAIL": 68, "FAX": 66, "IP_ADDRESS": 47, "PAGER": 42, "URL": 40,
}  # seeds 1-3 x 600 notes, 2162 spans

SHAPES = {
    "PHONE": re.compile(r"^(\+1 |1-)?\(?\d{3}\)? ?[-. ]?\d{3}[-. ]?\d{4}$"),
    "FAX": re.compile(r"^(\+1 |1-)?\(?\d{3}\)? ?[-. ]?\d{3}[-. ]?\d{4}$"),
    "PAGER": re.compile(r"^[\d() +.-]{4,17}$"),
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$"),
    "URL": re.compile(r"^(https?://|www\.)\S+$"),
    "IP_ADDRESS": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^(H|MR-)?\d{7,9}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,16}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9-]{7,14}$"),
    "LICENSE": re.compile(r"^([A-Z]{2}\d{7}|\d{6}|\d{10}|\d{9}|\d{3} \d{3} \d{3})$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Z][A-Za-z. ]+[a-z]( (Apt \d[A-Z]|#\d+)|, Unit \d+)?$"),
    "DATE_REAL_YEAR": re.compile(r"^[A-Za-z0-9/,. -]*\b(19\d\d|20[0-2]\d|2030)\b[A-Za-z0-9/,. -]*$"),
    "AGE_OVER_89": re.compile(r"^(9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,16}$"),
    "VEHICLE_ID": re.compile(r"^([A-Z0-9]{2,3}[- ]?[A-Z0-9]{3,5}|[A-HJ-NPR-Z0-9]{17})$"),
    "PERSON": re.compile(r"^[A-ZÑ][A-Za-zñÑ'.-]*(,? [A-Z][A-Za-zñÑ'.-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z0-9 &/-]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9 .&'-]+$"),
}
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
CUES = ("Dr.", "Dr ", "MRN", "Fax", "fax", "pager", "Pgr", "Acct", "SN ", "plate", "NPI", "DOB", "Phone", "tel",
        "Unit No", "Mr.", "Ms.", "Mrs.", "ID:", "#", ":")
CREDENTIALS = (" MD", " RN", " NP", " LCSW", ", MD", ", RN")
DATE_RES = (
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d{2}\b"),
    re.compile(r"\b(19|20)\d{2}-\d{2}-\d{2}\b"),
    re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (19|20)\d{2}\b"),
    re.compile(r"\b\d{1,2}[ -](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ -](19|20)\d{2}\b"),
)
AGE_RES = (
    re.compile(r"\b(\d{2,3})[- ]?(year|yo\b|y/o|y\.o\.)"),
    re.compile(r"\b[Aa]ged? ?:? ?(\d{2,3})\b"),
    re.compile(r"\| Age \| (\d{2,3}) \|"),
    re.compile(r"\b(\d{2,3})[MF] with\b"),
)


@cache
def _cue_re(cue: str) -> re.Pattern:
    left = r"\b" if cue[0].isalnum() else ""
    right = r"\b" if cue[-1].isalnum() else ""
    return re.compile(left + re.escape(cue) + right)


@cache
def _rows(seed: int, n: int = N) -> tuple:
    return tuple(h._build(seed, i) for i in range(n))


def _all():
    for seed in SEEDS:
        yield from _rows(seed)


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout62_corpus(seed, n):
        m.update(repr((note.note_type, note.text, note.spans)).encode())
    return m.hexdigest()


def test_deterministic_same_process():
    assert h._build(2, 17) == h._build(2, 17)
    assert h.holdout62_note(3, 5) == h.holdout62_note(3, 5)
    assert [n.text for n in h.holdout62_corpus(1, 40)] == [n.text for n in h.holdout62_corpus(1, 90)[:40]]
    assert h.holdout62_corpus(1, 40) == h.holdout62_corpus(1, 90)[:40]


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_deterministic_across_processes(hashseed):
    code = ("from tests.test_notes_holdout62 import _digest; print(_digest(2, 60))")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(2, 60)


def test_note_types_and_lengths():
    for seed in SEEDS:
        rows = _rows(seed)
        rad = sum(1 for n, _, _ in rows if n.note_type == "radiology") / N
        assert 0.42 <= rad <= 0.48
        for n, _, _ in rows:
            assert n.note_type in ("discharge", "radiology")
            assert 1100 <= len(n.text) <= 4500


def test_every_kind_used_and_types_match():
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, (n, _, _) in enumerate(_rows(seed)):
            assert h._KINDS[h.document_kind(seed, i)][0] == n.note_type


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        rows = _rows(seed)
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        assert {k for _, _, k in rows} == {"heavy", "normal"}


def test_spans_per_planted_note():
    counts = Counter(len(n.spans) for n, _, _ in _all() if n.spans)
    assert set(counts) == {1, 2, 3, 4}


def test_category_totals_exact():
    totals = Counter(c for n, _, _ in _all() for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for n, _, _ in _all():
        last_end = -1
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= last_end, "overlapping spans"
            last_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v
            assert SHAPES[cat].match(v), (cat, v)
            if cat not in ("URL", "IP_ADDRESS", "EMAIL"):
                for cue in CUES:
                    if not (cue == "#" and cat == "STREET_ADDRESS"):  # "1222 Hudson Avenue #9" is the street line
                        assert not _cue_re(cue).search(v), (cat, v, cue)
            for cred in CREDENTIALS:
                assert not v.endswith(cred)
            if cat == "PHONE":
                assert re.sub(r"\D", "", v)[-10:][:3] not in TOLL_FREE, v
            if cat in ("ORGANIZATION", "LOCATION"):
                assert "New York" not in v and v not in h.STATES
            # the value is bounded: no letter or digit glued on either side
            if s > 0:
                assert not (n.text[s - 1].isalnum() and v[0].isalnum()), (cat, n.text[s - 5:e])
            if e < len(n.text) and not (cat == "AGE_OVER_89" and n.text[e] in "MF"):  # "91F with fall"
                assert not (n.text[e].isalnum() and v[-1].isalnum()), (cat, n.text[s:e + 5])


def test_values_are_diverse():
    vals: dict[str, list[str]] = {}
    for n, _, _ in _all():
        for s, e, c in n.spans:
            vals.setdefault(c, []).append(n.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 0.5 * len(vs), cat
        else:
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))


def _covered(n: LabelledNote, s: int, e: int, cats: tuple[str, ...]) -> bool:
    return any(a <= s and e <= b and c in cats for a, b, c in n.spans)


def test_real_year_dates_only_where_labelled():
    for n, looks, _ in _all():
        expiries = [(m.start(), m.end()) for x in looks if "xp" in x.lower()
                    for m in re.finditer(re.escape(x), n.text)]
        for rx in DATE_RES:
            for m in rx.finditer(n.text):
                if _covered(n, m.start(), m.end(), ("DATE_REAL_YEAR",)):
                    continue
                assert any(a <= m.start() and m.end() <= b for a, b in expiries), (m.group(), n.text)


def test_lookalikes_present_and_never_overlap_spans():
    for n, looks, _ in _all():
        for x in looks:
            assert x in n.text
            for m in re.finditer(re.escape(x), n.text):
                assert not any(m.start() < e and s < m.end() for s, e, _ in n.spans), (x, n.text[m.start():m.end()])


def test_every_age_over_89_labelled():
    for n, _, _ in _all():
        for rx in AGE_RES:
            for m in rx.finditer(n.text):
                if int(m.group(1)) >= 90:
                    assert _covered(n, m.start(1), m.end(1), ("AGE_OVER_89",)), n.text[m.start() - 20:m.end() + 20]
        for s, e, c in n.spans:
            if c == "AGE_OVER_89":
                assert int(n.text[s:e]) >= 90


def test_no_unmasked_name_cues_in_unplanted_notes():
    for n, _, _ in _all():
        if not n.spans:
            assert not re.search(r"Dr\. [A-Z][a-z]", n.text)


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 62: street medicine and housing")
    assert "Written blind:" in h.__doc__ and "PERSON is one span per name" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(h.EPONYMS_AND_BRANDS) >= 60 and len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    used = {x for _, looks, _ in _rows(1) for x in looks}
    missing = [x for x in h.EPONYMS_AND_BRANDS if x not in used]
    assert not missing, missing
    assert callable(h.main)
    assert isinstance(h.holdout62_note(1, 0), LabelledNote)
