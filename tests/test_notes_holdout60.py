"""Label tests for held-out corpus 60 (stroke network, telestroke and neurosurgery).

Only the ground truth is tested here: the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout60 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 113, "AGE_OVER_89": 107, "DATE_REAL_YEAR": 108, "DEVICE_ID": 100, "EMAIL": 102, "FAX": 106,
    "HEALTH_PLAN": 92, "IP_ADDRESS": 107, "LICENSE": 108, "LOCATION": 111, "MRN": 115, "ORGANIZATION": 106,
    "PAGER": 93, "PERSON": 101, "PHONE": 108, "SSN": 105, "STREET_ADDRESS": 106, "URL": 103, "VEHICLE_ID": 107,
    "ZIP": 104,
}

_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_OCTET = r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_SUFFIX = r"(St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Dr|Blvd|Ct|Way|Pl|Terrace)"
SHAPES = {
    "PHONE": re.compile(r"^(\+1 )?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}$"),
    "FAX": re.compile(r"^(1-|\+1 )?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}$"),
    "PAGER": re.compile(r"^(\d{3}-\d{3}-\d{4}|\d{1,2}-\d{3,4}|\d{4,5})$"),
    "EMAIL": re.compile(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)[^\s<>]+$"),
    "IP_ADDRESS": re.compile(rf"^{_OCTET}(\.{_OCTET}){{3}}$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "MRN": re.compile(r"^([A-Z]?\d{7,8}|\d{2}-\d{6})$"),
    "ACCOUNT": re.compile(r"^(?=.*\d{4})[A-Z0-9]+(-[A-Z0-9]+)*$"),
    "HEALTH_PLAN": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9]+([ -][A-Z0-9]+)*$"),
    "LICENSE": re.compile(r"^(?=(?:.*\d){6})[A-Z0-9]+([ -][A-Z0-9]+)*$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(rf"^\d+ (([NSEW]\. )?[A-Z][a-z]+( [A-Z][a-z]+)? {_SUFFIX}(, Apt \d[A-D])?"
                                 r"|State Route \d+|County Rd \d+)$"),
    "DATE_REAL_YEAR": re.compile(r"^(?=.*\b(19\d\d|20[0-2]\d|2030)\b)[A-Za-z0-9 ,./-]+$"),
    "AGE_OVER_89": re.compile(r"^(9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^(?=(?:.*\d){5})[A-Z0-9]+([ -][A-Z0-9]+)?$"),
    "VEHICLE_ID": re.compile(r"^(N\d{3,4}[A-Z]{0,2}|[A-Z]{3}[- ]\d{4}|\d{5}-AM|[A-HJ-NPR-Z0-9]{17})$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.-]*(,? [A-Z][A-Za-z'.-]*)+$|^[A-Z][a-z]+(-[A-Z][a-z]+)?$"),
    "LOCATION": re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+)*$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9.'&/,-]*( [A-Za-z0-9.'&/,-]+)+$|^[A-Z][a-z]+$"),
}
CUE_START = re.compile(r"^(dr|mrn|mr#|fax|fx|pager|pgr|beeper|tel|ph|phone|cell|acct|acc|sn|s/n|serial|npi|dea|lic|"
                       r"license|plate|tail|vin|member|id|e-?mail|ssn|ss#|zip|asset|unit|policy|accession|#)\b",
                       re.IGNORECASE)
CRED_END = re.compile(r"(,? (md|rn|do|np|pa-c|phd))$", re.IGNORECASE)

_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATTERNS = (
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b"),
)
AGE_PATTERNS = (
    re.compile(r"\b(\d{2,3})(?:-year-old|-year| year| yo\b| y/o|y\b)"),
    re.compile(r"\b[Aa]ged? \(?(\d{2,3})\b"),
    re.compile(r"\bAge\W{1,5}(\d{2,3})\b"),
)


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for i in range(n):
        note, looks, kind = h._build(seed, i)
        m.update(repr((note.note_type, note.text, note.spans, looks, kind, h.document_kind(seed, i))).encode())
    return m.hexdigest()


# --- determinism ---------------------------------------------------------------------------------

def test_same_seed_and_index_is_identical():
    for i in (0, 7, 13, 311):
        a, b = h._build(4, i), h._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout60_note(2, 5).text != h.holdout60_note(3, 5).text


def test_identical_across_processes_and_hash_seeds():
    here = _digest(9, 60)
    code = "from tests.test_notes_holdout60 import _digest; print(_digest(9, 60))"
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        assert out.stdout.strip() == here


def test_prefix_stable():
    short, long_ = h.holdout60_corpus(5, 40), h.holdout60_corpus(5, 90)
    assert len(short) == 40 and len(long_) == 90
    assert short == long_[:40]


# --- shape of the corpus -------------------------------------------------------------------------

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48, rad
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_matches_note_type():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        b = built(seed)
        planted = sum(1 for n, _, _ in b if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in b if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in b} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in b:
            assert len(n.spans) <= 4
            assert "___" in n.text


def test_exact_category_totals():
    totals = Counter(cat for n, _, _ in all_built() for _, _, cat in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# --- span integrity ------------------------------------------------------------------------------

def test_span_integrity_and_shapes():
    for note, _, _ in all_built():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, repr(v)
            assert not CUE_START.search(v), v
            assert not CRED_END.search(v), v
            assert SHAPES[cat].match(v), (cat, v)
            if cat == "PHONE":
                digits = re.sub(r"\D", "", v)
                assert digits[-10:-7] not in _TOLL_FREE, v
            if cat == "URL":
                assert not any(v.startswith(p) for p in ("www.cdc.gov", "www.stroke.org", "www.ninds.nih.gov"))
            # the span boundary never cuts a word or number
            if s > 0:
                assert not (note.text[s - 1].isalnum() and v[0].isalnum()), (cat, note.text[s - 5:e])
            if e < len(note.text):
                assert not (note.text[e].isalnum() and v[-1].isalnum()), (cat, note.text[s:e + 5])


def test_diversity_of_values():
    values: dict[str, list[str]] = {}
    for note, _, _ in all_built():
        for s, e, cat in note.spans:
            values.setdefault(cat, []).append(note.text[s:e])
    for cat, vs in values.items():
        distinct = len(set(vs))
        floor = {"AGE_OVER_89": 10, "LOCATION": 25, "ORGANIZATION": 40, "PERSON": 60}.get(cat, int(0.8 * len(vs)))
        assert distinct >= floor, (cat, distinct, len(vs))


def test_contexts_vary():
    """The same category appears after many different preceding words."""
    before: dict[str, set[str]] = {}
    for note, _, _ in all_built():
        for s, _, cat in note.spans:
            before.setdefault(cat, set()).add(note.text[max(0, s - 12):s])
    for cat, ctx in before.items():
        assert len(ctx) >= 6, (cat, ctx)


# --- dates, ages, look-alikes --------------------------------------------------------------------

def test_real_year_dates_only_where_labelled():
    for note, looks, _ in all_built():
        date_spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        expiry = []
        for la in looks:
            if "exp" in la.lower():
                start = note.text.find(la)
                while start != -1:
                    expiry.append((start, start + len(la)))
                    start = note.text.find(la, start + 1)
        for pat in DATE_PATTERNS:
            for m in pat.finditer(note.text):
                year = int(m.group(m.lastindex))
                if not 1900 <= year <= 2030:
                    continue
                inside = any(s <= m.start() and m.end() <= e for s, e in date_spans + expiry)
                assert inside, note.text[max(0, m.start() - 40):m.end() + 10]


def test_shifted_dates_present_and_unlabelled():
    n_shifted = 0
    for note, _, _ in all_built():
        for pat in DATE_PATTERNS:
            for m in pat.finditer(note.text):
                if 2100 <= int(m.group(m.lastindex)) <= 2200:
                    n_shifted += 1
                    assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans)
    assert n_shifted > 1500


def test_every_age_over_89_labelled():
    n_old = 0
    for note, _, _ in all_built():
        ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        for pat in AGE_PATTERNS:
            for m in pat.finditer(note.text):
                if int(m.group(1)) >= 90:
                    n_old += 1
                    assert (m.start(1), m.end(1)) in ages, note.text[max(0, m.start() - 30):m.end() + 10]
        for s, e in ages:
            assert any((m.start(1), m.end(1)) == (s, e) for pat in AGE_PATTERNS for m in pat.finditer(note.text))
    assert n_old >= 100


def test_lookalikes_present_and_never_labelled():
    for note, looks, _ in all_built():
        assert looks, "every note carries hard negatives"
        for la in looks:
            start = note.text.find(la)
            assert start != -1, la
            while start != -1:
                end = start + len(la)
                assert not any(s < end and start < e for s, e, _ in note.spans), (la, note.spans)
                start = note.text.find(la, start + 1)


def test_lookalike_variety():
    seen: Counter[str] = Counter()
    for _, looks, _ in built(1):
        seen.update(looks)
    used = [b for b in h.EPONYMS_AND_BRANDS if seen[b]]
    assert len(used) >= 60, len(used)
    kinds = {
        "toll-free": r"^(1-)?\(?8(00|88|77|66|55|44|33)\)?[-. ]",
        "expiry": r"(?i)exp",
        "lot": r"(?i)^lot",
        "ref": r"^(REF|Cat\.)",
        "ndc": r"^NDC ",
        "shifted date": r"21\d\d",
        "age under 90": r"^\d{2}(-year-old| y/o)$",
        "score": r"^(NIHSS|ASPECTS|eTICI|MoCA|Fazekas)",
        "state": r"^(New York|Vermont|Massachusetts|Pennsylvania|Connecticut|New Jersey|Ohio|Florida)$",
        "website": r"^(https?://|www\.)",
        "group number": r"^Group \d+",
    }
    for name, pat in kinds.items():
        assert any(re.search(pat, la) for la in seen), name


def test_toll_free_numbers_never_phone():
    for note, _, _ in all_built():
        for m in re.finditer(r"(?:1-)?\(?(8(?:00|88|77|66|55|44|33))\)?[-. ]\d{3}[-. ]\d{4}", note.text):
            for s, e, c in note.spans:
                if s < m.end() and m.start() < e:
                    assert c == "FAX", (c, m.group(0))


# --- module contract -----------------------------------------------------------------------------

def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 60: stroke network, telestroke and neurosurgery")
    assert "Written blind:" in doc
    for phrase in ("PERSON is one span per name", "AGE_OVER_89", "DEVICE_ID", "ACCOUNT covers", "HEALTH_PLAN member",
                   "LICENSE medical", "toll-free"):
        assert phrase in doc
    for kind in h.DOCUMENT_KINDS:
        assert kind in doc
    assert callable(h.main) and callable(h.holdout60_corpus) and callable(h.holdout60_note)
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    with open(h.__file__, encoding="utf-8") as fh:
        src = fh.read()
    assert "lqs_clinical.notes" not in src  # the corpus never imports the detector
    assert "hash(" not in src and "PYTHONHASHSEED" not in src


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_matches_build(seed):
    corpus = h.holdout60_corpus(seed, 30)
    assert [n.text for n in corpus] == [b[0].text for b in built(seed)[:30]]
