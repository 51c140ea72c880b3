"""Label tests for held-out corpus 67 (medical staff office, credentialing and GME).

Only the corpus and its labels are checked here: the detector is never run or imported.
"""

from __future__ import annotations

import collections
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout67 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

# Per-category planted spans over seeds 1-3 x 600 notes (categories come from a Weyl sequence).
EXPECTED_TOTALS = {
    "PHONE": 84, "FAX": 87, "PAGER": 85, "EMAIL": 84, "URL": 85, "IP_ADDRESS": 90, "SSN": 89, "MRN": 90,
    "ACCOUNT": 91, "HEALTH_PLAN": 77, "LICENSE": 176, "ZIP": 84, "STREET_ADDRESS": 82, "DATE_REAL_YEAR": 168,
    "AGE_OVER_89": 83, "DEVICE_ID": 93, "VEHICLE_ID": 86, "PERSON": 275, "LOCATION": 171, "ORGANIZATION": 166,
}

_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}|{_Y}-\d{{2}}-\d{{2}}"
    rf"|{_MON} \d{{1,2}},? {_Y}|\d{{1,2}}[ -]{_MON}[ -]{_Y})\b",
    re.IGNORECASE,
)
AGE_RES = (
    re.compile(r"\b(\d{2,3})(?:[- ]?(?:year|yr)s?[- ]old|[- ]?y/?o\b|yo\b| years old)"),
    re.compile(r"\b(?:[Aa]ge|aged)(?: \(yrs\))?[:\s]+(\d{2,3})\b"),
)
CUES = re.compile(r"\bDr\.|\b(?:MRN|Fax|FAX|fax|pager|Pager|pgr|SN|plate|Acct|MD|RN|DEA|NPI|Lic|SSN|DOB|ZIP|Tel|ext)\b")
SHAPES = {
    "PHONE": r"(?:\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[-. ]?\d{4}",
    "FAX": r"(?:\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[-. ]?\d{4}",
    "PAGER": r"\+?[\d() .-]{4,15}",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://|www\.)\S+",
    "IP_ADDRESS": r"\d{1,3}(?:\.\d{1,3}){3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]?[\d-]{6,10}",
    "ACCOUNT": r"[A-Za-z0-9-]{6,16}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{6,16}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d[\d-]* [A-Z0-9][\w .,#]+",
    "DATE_REAL_YEAR": r".*\b(?:19\d\d|20[0-2]\d|2030)\b.*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{5,16}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-Za-z][A-Za-z.' ,-]+",
    "LOCATION": r"[A-Z][A-Za-z .-]+",
    "ORGANIZATION": r"[A-Z][\w .,&'#-]+",
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(repr((n.note_type, n.text, n.spans)).encode())
    return m.hexdigest()


def test_deterministic_same_process() -> None:
    for i in (0, 7, 123, 599):
        assert h._build(2, i) == h._build(2, i)
    assert _digest(h.holdout67_corpus(1, 30)) != _digest(h.holdout67_corpus(2, 30))


def test_deterministic_across_processes_and_hash_seeds() -> None:
    code = ("from lqs_clinical.synth import notes_holdout67 as h; import hashlib\n"
            "m = hashlib.sha256()\n"
            "for n in h.holdout67_corpus(3, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
            "print(m.hexdigest())")
    want = _digest(h.holdout67_corpus(3, 60))
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=ROOT)
        assert out.stdout.strip() == want


def test_prefix_stable() -> None:
    assert h.holdout67_corpus(1, 40) == h.holdout67_corpus(1, 90)[:40]
    assert h.holdout67_note(2, 17) == h._build(2, 17)[0]


def test_note_types_and_lengths(built) -> None:
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.43 <= rad <= 0.47
        assert all(n.note_type in ("discharge", "radiology") for n in notes)
        assert all(1100 <= len(n.text) <= 4500 for n in notes)


def test_kinds(built) -> None:
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for s in SEEDS:
        counts = collections.Counter(h.document_kind(s, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_plant_rate_heavy_and_span_counts(built) -> None:
    for s in SEEDS:
        planted = [b for b in built[s] if b[0].spans]
        heavy = [b for b in built[s] if b[2] == "heavy"]
        assert 0.57 <= len(planted) / N <= 0.59
        assert len(heavy) == N // 20
        for note, _, kind in built[s]:
            assert kind in ("heavy", "normal")
            if kind == "heavy":
                assert not note.spans
                assert note.text.count("___") >= 25
            elif note.spans:
                assert 1 <= len(note.spans) <= 4


def test_exact_category_totals(built) -> None:
    totals = collections.Counter(c for s in SEEDS for note, _, _ in built[s] for _, _, c in note.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


def test_span_integrity(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            prev_end = -1
            for start, end, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= start < end <= len(note.text)
                assert start >= prev_end, "overlapping spans"
                prev_end = end
                value = note.text[start:end]
                assert value == value.strip() and "\n" not in value
                assert not CUES.search(value), (cat, value)
                assert re.fullmatch(SHAPES[cat], value), (cat, value)
                # the span is a whole token: no letter or digit glued on either side ("92yo" keeps only digits)
                assert start == 0 or not note.text[start - 1].isalnum(), (cat, value)
                after = note.text[end:end + 1]
                assert not after.isdigit() and (cat == "AGE_OVER_89" or not after.isalpha()), (cat, value)


def _luhn_ok(number: str) -> bool:
    total = 0
    for idx, ch in enumerate(reversed(number)):
        v = int(ch)
        if idx % 2 == 1:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def test_license_values_are_well_formed(built) -> None:
    npis = deas = 0
    for s in SEEDS:
        for note, _, _ in built[s]:
            for start, end, cat in note.spans:
                v = note.text[start:end]
                if cat == "LICENSE" and re.fullmatch(r"[12]\d{9}", v):
                    npis += 1
                    assert _luhn_ok("80840" + v), v
                if cat == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", v):
                    deas += 1
                    d = [int(c) for c in v[2:]]
                    assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], v
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
    assert npis >= 20 and deas >= 10


def test_value_diversity(built) -> None:
    values: dict[str, list[str]] = collections.defaultdict(list)
    for s in SEEDS:
        for note, _, _ in built[s]:
            for start, end, cat in note.spans:
                values[cat].append(note.text[start:end])
    for cat, vs in values.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 35, (cat, distinct)
        else:
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))


def test_real_year_dates_only_where_labelled(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            dates = [(a, b) for a, b, c in note.spans if c == "DATE_REAL_YEAR"]
            for m in DATE_RE.finditer(note.text):
                if any(a <= m.start() and m.end() <= b for a, b in dates):
                    continue
                before = note.text[max(0, m.start() - 12):m.start()].lower()
                assert "exp" in before or "use by" in before, (m.group(), note.text[m.start() - 40:m.end() + 10])


def test_ages_over_89_labelled(built) -> None:
    seen_small = 0
    for s in SEEDS:
        for note, _, _ in built[s]:
            ages = [(a, b) for a, b, c in note.spans if c == "AGE_OVER_89"]
            for rx in AGE_RES:
                for m in rx.finditer(note.text):
                    if int(m.group(1)) >= 90:
                        assert any(a <= m.start(1) and m.end(1) <= b for a, b in ages), m.group()
                    else:
                        seen_small += 1
    assert seen_small > 100


def test_lookalikes_never_overlap_spans(built) -> None:
    n_neg = 0
    for s in SEEDS:
        for note, negs, _ in built[s]:
            for x in negs:
                assert x in note.text
                start = note.text.find(x)
                while start != -1:
                    n_neg += 1
                    assert not any(a < start + len(x) and start < b for a, b, _ in note.spans), x
                    start = note.text.find(x, start + 1)
    assert n_neg > 10 * N


def test_eponyms_and_brands_used(built) -> None:
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    used = {x for s in SEEDS for _, negs, _ in built[s] for x in negs}
    missing = [x for x in h.EPONYMS_AND_BRANDS if x not in used]
    assert not missing, missing


def test_module_contract() -> None:
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 67:")
    assert "Written blind:" in doc
    assert callable(h.main) and callable(h.holdout67_corpus) and callable(h.holdout67_note)
    note, negs, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(negs, list) and kind in ("heavy", "normal")
    src = Path(h.__file__).read_text()
    assert "hash(" not in src
    assert "from lqs_clinical.notes" not in src and "import lqs_clinical.notes" not in src
