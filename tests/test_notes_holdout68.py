"""Label-only tests for held-out corpus 68 (child protection, foster care, paediatric social work).

The detector is never run here: these tests check the ground truth itself (determinism, shapes,
counts, span integrity, look-alikes).
"""

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

from lqs_clinical.synth import notes_holdout68 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 112, "FAX": 107, "PAGER": 115, "EMAIL": 122, "URL": 114, "IP_ADDRESS": 122, "SSN": 107, "MRN": 117,
    "ACCOUNT": 108, "HEALTH_PLAN": 110, "LICENSE": 121, "ZIP": 111, "STREET_ADDRESS": 115, "DATE_REAL_YEAR": 117,
    "AGE_OVER_89": 108, "DEVICE_ID": 111, "VEHICLE_ID": 115, "PERSON": 117, "LOCATION": 113, "ORGANIZATION": 107,
}

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}"
_SHAPES = {
    "PHONE": re.compile(rf"^{_PHONE}(?: x\d{{3,4}})?$"),
    "FAX": re.compile(rf"^{_PHONE}$"),
    "PAGER": re.compile(rf"^(?:{_PHONE}|\d-\d{{4}}|\d{{4,5}}|\d{{3}}-\d{{4}})$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    "URL": re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,2}[\d-]{6,12}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9 -]{4,18}[0-9]$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9-]{7,16}$"),
    "LICENSE": re.compile(r"^[A-Z0-9 -]{6,16}$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d[\d /-]* (?:[A-Z][\w.']*\.? ?)+(?:,? ?(?:Apt\.?|Unit|#|Lot|2nd Fl)[ \w]*)?$"),
    "DATE_REAL_YEAR": re.compile(r"^(?:.*\b(?:19\d\d|20[0-3]\d)|(?:19\d\d|20[0-3]\d)-\d{2}-\d{2})$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9-]{6,14}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9 -]{5,17}$"),
    "PERSON": re.compile(r"^[^\W\d_][^\d]*[^\W\d_]$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z'. ]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][\w'.&# -]+$"),
}
_CUES = {"Dr.", "Dr", "MRN", "MRN:", "pager", "pgr", "Fax", "fax", "SN", "S/N", "plate", "Acct", "MD", "RN", "NPI",
         "DEA", "DL", "Tel", "tel.", "Phone", "cell", "Email", "ZIP", "zip", "SSN", "Lot", "lot", "REF", "ID", "#",
         "acc.", "Accession", "Ins", "Esq.", "LMSW", "Det."}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<a>\d{{4}})|(?P<b>\d{{4}})-\d{{2}}-\d{{2}}"
    rf"|{_MONTH}\.? \d{{1,2}},? (?P<c>\d{{4}})"
    rf"|\d{{1,2}} {_MONTH} (?P<d>\d{{4}})|\d{{1,2}}-{_MONTH}-(?P<e>\d{{4}}))\b")
_AGE = re.compile(r"\b(\d{2,3})(?:-year-old|\s?(?:y/o|yo)\b| years old)|\b(?:age|aged)\s+(\d{2,3})\b", re.I)


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _digest(notes: list[LabelledNote]) -> str:
    blob = json.dumps([[n.note_type, n.text, n.spans] for n in notes], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def test_module_contract() -> None:
    assert (h.__doc__ or "").startswith("Held-out corpus 68: ")
    assert "Written blind:" in (h.__doc__ or "")
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert callable(h.main) and callable(h.holdout68_note) and callable(h.holdout68_corpus)
    assert len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS) >= 60
    note, look, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(look, list) and kind in ("heavy", "normal")


def test_determinism_and_prefix_stability() -> None:
    for seed in SEEDS:
        assert h.holdout68_note(seed, 17).text == h.holdout68_note(seed, 17).text
        assert h.holdout68_note(seed, 17).spans == h._build(seed, 17)[0].spans
        a, b = h.holdout68_corpus(seed, 40), h.holdout68_corpus(seed, 90)
        assert _digest(a) == _digest(b[:40])
    assert h.holdout68_note(1, 5).text != h.holdout68_note(2, 5).text


def test_determinism_across_processes_and_hash_seeds() -> None:
    here = _digest(h.holdout68_corpus(2, 80))
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout68 as h; "
            "ns = h.holdout68_corpus(2, 80); "
            "print(hashlib.sha256(json.dumps([[n.note_type, n.text, n.spans] for n in ns], "
            "ensure_ascii=False).encode()).hexdigest())")
    root = Path(__file__).resolve().parents[1]
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(root))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here


def test_note_types_and_lengths() -> None:
    for seed in SEEDS:
        built = _built(seed)
        rad = sum(n.note_type == "radiology" for n, _, _ in built)
        assert 0.40 * N <= rad <= 0.50 * N
        for i, (n, _, _) in enumerate(built):
            assert 1100 <= len(n.text) <= 4500, (seed, i, len(n.text))
            assert n.note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_every_kind_used() -> None:
    for seed in SEEDS:
        counts = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts


def test_plant_rate_heavy_notes_and_span_counts() -> None:
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(bool(n.spans) for n, _, _ in built)
        assert 0.57 * N <= planted <= 0.59 * N, planted
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in built:
            assert len(n.spans) == 0 or 1 <= len(n.spans) <= 4


def test_exact_category_totals() -> None:
    totals: Counter[str] = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            totals.update(c for _, _, c in n.spans)
    assert {c: totals[c] for c in CATEGORIES} == EXPECTED_TOTALS


def test_span_integrity_and_shapes() -> None:
    for seed in SEEDS:
        for i, (n, _, _) in enumerate(_built(seed)):
            prev_end = -1
            for s, e, c in sorted(n.spans):
                assert c in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= prev_end, (seed, i, "overlap")
                prev_end = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v, (seed, i, v)
                assert "___" not in v
                toks = {t.rstrip(":,") for t in v.split()}
                cues = _CUES - {"Lot"} if c == "STREET_ADDRESS" else _CUES  # a mobile-home lot is address
                assert not (toks & cues), (seed, i, c, v)
                assert _SHAPES[c].match(v), (seed, i, c, v)
                if c == "AGE_OVER_89":
                    assert int(v) >= 90
                if c == "DATE_REAL_YEAR":
                    assert 1900 <= int(re.findall(r"\d{4}", v)[0 if re.match(r"\d{4}-", v) else -1]) <= 2030
                if c in ("PHONE", "PAGER"):
                    assert not re.match(r"^(?:\+1 |1-)?\(?8(?:00|88|77|66|55|44|33)", v), v
                # neighbours: a span never continues a word or number
                assert s == 0 or not n.text[s - 1].isalnum(), (seed, i, c, v)
                glued = c == "AGE_OVER_89" and n.text[e:e + 2] == "yo"  # "96yo" is written glued
                assert e == len(n.text) or glued or not n.text[e].isalnum(), (seed, i, c, v)


def test_value_diversity() -> None:
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, c in n.spans:
                values[c].append(n.text[s:e])
    floors = {"AGE_OVER_89": 10, "ORGANIZATION": 40, "LOCATION": 28}
    for c, vs in values.items():
        distinct = len(set(vs))
        assert distinct >= floors.get(c, int(0.9 * len(vs))), (c, distinct, len(vs))
    # formats vary too
    assert len({re.sub(r"\d", "9", v) for v in values["PHONE"]}) >= 6
    assert len({re.sub(r"\d", "9", v) for v in values["DATE_REAL_YEAR"]}) >= 10
    assert any(" " in v for v in values["PERSON"]) and any(" " not in v for v in values["PERSON"])
    assert any(v.endswith("County") for v in values["LOCATION"])
    assert any(len(v) == 17 for v in values["VEHICLE_ID"])
    assert any(":" in v for v in values["IP_ADDRESS"])
    assert any("-" in v for v in values["ZIP"])


def test_real_year_dates_only_where_labelled() -> None:
    for seed in SEEDS:
        for i, (n, _, _) in enumerate(_built(seed)):
            dates = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
            for m in _DATE.finditer(n.text):
                year = int(next(g for g in m.groups() if g))
                if not 1900 <= year <= 2030:
                    continue
                if re.search(r"exp", n.text[max(0, m.start() - 12):m.start()], re.I):
                    continue
                assert any(s <= m.start() and m.end() <= e for s, e in dates), (seed, i, m.group(0))


def test_every_age_over_89_labelled() -> None:
    seen = 0
    for seed in SEEDS:
        for i, (n, _, _) in enumerate(_built(seed)):
            ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
            for m in _AGE.finditer(n.text):
                g = 1 if m.group(1) else 2
                if int(m.group(g)) >= 90:
                    seen += 1
                    assert (m.start(g), m.end(g)) in ages, (seed, i, m.group(0))
            for s, e in ages:
                ctx = n.text[max(0, s - 30):e + 15]
                assert _AGE.search(ctx) or "(" + n.text[s:e] + " y" in ctx, (seed, i, ctx)
    assert seen >= 100


def test_lookalikes_present_and_never_labelled() -> None:
    used: set[str] = set()
    for seed in SEEDS:
        for i, (n, look, _) in enumerate(_built(seed)):
            assert look, (seed, i)
            for x in look:
                occ = [m.start() for m in re.finditer(re.escape(x), n.text)]
                assert occ, (seed, i, x)
                for o in occ:
                    assert not any(o < e and o + len(x) > s for s, e, _ in n.spans), (seed, i, x)
                if x in h.EPONYMS_AND_BRANDS:
                    used.add(x)
    assert len(used) >= 60


@pytest.mark.parametrize("seed", SEEDS)
def test_no_toll_free_or_public_value_planted(seed: int) -> None:
    hotlines = ("1-800-422-4453", "1-800-342-3720", "1-800-222-1222", "1-800-799-7233", "1-888-510-2229")
    for n, _, _ in _built(seed):
        for s, e, c in n.spans:
            v = n.text[s:e]
            assert v not in hotlines
            if c == "FAX" and re.match(r"^(?:\+1 |1-)?\(?8(?:00|88|77|66|55|44|33)", v):
                assert "practice's toll-free fax" in n.text[max(0, s - 60):s]
            if c == "LOCATION":
                assert v not in ("New York", "Vermont", "Pennsylvania")
