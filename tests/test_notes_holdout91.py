"""Label tests for held-out corpus 91 (health information exchange and interoperability).

Only the labels are tested; the detector is never run here.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache

from lqs_clinical.synth import notes_holdout91 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 112, "FAX": 109, "PAGER": 92, "EMAIL": 105, "URL": 107, "IP_ADDRESS": 102, "SSN": 97, "MRN": 149,
    "ACCOUNT": 166, "HEALTH_PLAN": 117, "LICENSE": 110, "ZIP": 104, "STREET_ADDRESS": 114, "DATE_REAL_YEAR": 140,
    "AGE_OVER_89": 75, "DEVICE_ID": 101, "VEHICLE_ID": 69, "PERSON": 164, "LOCATION": 126, "ORGANIZATION": 152,
}

_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_RES = (
    re.compile(rf"(?<![\d.]){_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(rf"(?<![\d.])(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.]{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\d){_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"\b{_MON} \d{{1,2}},? {_YEAR}\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -]{_YEAR}\b"),
)
AGE_RES = (
    re.compile(r"(?<![\d.])(\d{2,3})(?:-year-old| ?-?years? old| yo\b| y/o\b| y\b| years of age)"),
    re.compile(r"\b(?:[Aa]ge(?:d|/Sex)?|AGE):? ?(\d{2,3})\b"),
)
CUE_RE = re.compile(r"\b(?:Dr\.|MRN|Fax|FAX|pager|Pager|SN|plate|Acct|MD|RN|NPI|DOB|SSN|Tel|Phone|Member)(?:\b|$)")
_PHONE = r"(?:\+?1[-. ]?)?(?:\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d-?\d{4}|\d{3}-\d{4}|" + _PHONE,
    "EMAIL": r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}",
    "URL": r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}/\S+",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)|2001:db8:[0-9a-f:]+",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"[A-Z0-9][A-Z0-9-]{5,12}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{5,16}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{6,15}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{5,16}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,4} [A-Za-z][A-Za-z ]+(?:[,.]? ?(?i:Apt\.?|Unit|#|Fl|Lot) ?\w+)?",
    "DATE_REAL_YEAR": r".*",  # checked against DATE_RES below
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9:-]{4,20}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{3,16}",
    "PERSON": r"[A-Z][A-Za-z'-]*(?:(?:, |\^| )[A-Z][A-Za-z'.-]*)+",
    "LOCATION": r"[A-Z][A-Za-z.' ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z.' -]+",
}
MIN_DIGITS = {"MRN": 5, "ACCOUNT": 6, "HEALTH_PLAN": 5, "LICENSE": 5, "DEVICE_ID": 4, "VEHICLE_ID": 2}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        yield from _built(seed)


_DIGEST_SRC = """
import hashlib
from lqs_clinical.synth import notes_holdout91 as h

def _digest(pairs):
    hsh = hashlib.sha256()
    for seed, i in pairs:
        note, la, kind = h._build(seed, i)
        hsh.update(repr((note.note_type, note.text, note.spans, la, kind)).encode())
    return hsh.hexdigest()

PAIRS = [(s, i) for s in (1, 7) for i in range(0, 200, 5)]
"""


def _local_digest() -> str:
    ns: dict = {}
    exec(_DIGEST_SRC, ns)
    return ns["_digest"](ns["PAIRS"])


def test_deterministic_in_process():
    for seed, i in [(1, 0), (1, 5), (7, 10), (7, 195), (2, 599)]:
        assert h._build(seed, i) == h._build(seed, i)
    assert h.holdout91_note(3, 17) == _built(3)[17][0]


def test_deterministic_across_processes_and_hash_seeds():
    want = _local_digest()
    code = _DIGEST_SRC + "\nprint(_digest(PAIRS))\n"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == want


def test_prefix_stable():
    assert h.holdout91_corpus(4, 40) == h.holdout91_corpus(4, 90)[:40]
    assert h.holdout91_corpus(1, 25) == [b[0] for b in _built(1)[:25]]


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used_and_consistent():
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in built:
            assert len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(cat for n, _, _ in _all() for _, _, cat in n.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


def test_span_integrity_and_shapes():
    for note, _, _ in _all():
        prev_end = -1
        for s, e, cat in sorted(note.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            val = note.text[s:e]
            assert val == val.strip() and "\n" not in val, repr(val)
            assert not CUE_RE.search(val), (cat, val)
            assert re.fullmatch(SHAPES[cat], val), (cat, val)
            if cat in MIN_DIGITS:
                assert sum(ch.isdigit() for ch in val) >= MIN_DIGITS[cat], (cat, val)
            if cat == "AGE_OVER_89":
                assert int(val) >= 90
            if cat == "DATE_REAL_YEAR":
                assert any(rx.fullmatch(val) for rx in DATE_RES), val
            if cat in ("PERSON", "LOCATION", "ORGANIZATION"):
                assert val not in {"New York", "Massachusetts", "Vermont", "USA"}
            # the span is not glued to the surrounding word
            if s > 0 and cat not in ("DEVICE_ID",):
                assert not (note.text[s - 1].isalnum() and val[0].isalnum()), (cat, note.text[s - 5:e])
            if e < len(note.text):
                assert not (note.text[e].isalnum() and val[-1].isalnum()), (cat, note.text[s:e + 5])


def test_diversity_of_values_and_contexts():
    values: dict[str, list[str]] = defaultdict(list)
    contexts: dict[str, set[str]] = defaultdict(set)
    for note, _, _ in _all():
        for s, e, cat in note.spans:
            values[cat].append(note.text[s:e])
            contexts[cat].add(re.sub(r"\d", "0", note.text[max(0, s - 14):s]))
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 40, (cat, distinct)
        else:
            assert distinct >= 0.95 * len(vals), (cat, distinct, len(vals))
        assert len(contexts[cat]) >= 12, (cat, len(contexts[cat]))


def _covered(note: LabelledNote, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b, _ in note.spans)


def test_real_year_dates_only_where_labelled():
    for note, la, _ in _all():
        exempt = []
        for x in la:
            if "xp" in x.lower() or "(17)" in x:
                start = note.text.find(x)
                while start >= 0:
                    exempt.append((start, start + len(x)))
                    start = note.text.find(x, start + 1)
        for rx in DATE_RES:
            for m in rx.finditer(note.text):
                ok = _covered(note, m.start(), m.end()) or any(a <= m.start() and m.end() <= b for a, b in exempt)
                assert ok, note.text[max(0, m.start() - 40):m.end() + 10]


def test_lookalikes_present_and_never_overlap_spans():
    n_la = 0
    for note, la, _ in _all():
        for x in la:
            assert x in note.text, x
            start = note.text.find(x)
            while start >= 0:
                assert not _covered(note, start, start + len(x)), (x, note.text[start - 20:start + len(x) + 20])
                start = note.text.find(x, start + 1)
            n_la += 1
    assert n_la > 10 * N


def test_every_age_over_89_labelled():
    seen = 0
    for note, _, _ in _all():
        for rx in AGE_RES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    seen += 1
                    s, e = m.span(1)
                    assert (s, e, "AGE_OVER_89") in note.spans, note.text[s - 30:e + 10]
    assert seen > 20


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 91: ")
    assert "Written blind:" in doc
    assert len(h.DOCUMENT_KINDS) >= 12 and len(set(h.DOCUMENT_KINDS)) == len(h.DOCUMENT_KINDS)
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert all(callable(b) for _, b in h._KINDS.values())
    assert len(h.EPONYMS_AND_BRANDS) >= 60 and len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    text = "\n".join(n.text for n, _, _ in _built(1))
    unused = [x for x in h.EPONYMS_AND_BRANDS if x not in text]
    assert not unused, unused
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert inspect.signature(h.main).parameters["argv"].default is None
    assert inspect.signature(h._build).parameters.keys() == {"seed", "i"}
    src = inspect.getsource(h)
    assert "lqs_clinical.notes" not in src
    assert "hash(" not in src
    corpus = h.holdout91_corpus(2, 5)
    assert all(isinstance(n, LabelledNote) for n in corpus)
