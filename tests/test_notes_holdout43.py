"""Label tests for held-out corpus 43 (clinical research and trials). The detector is never run here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout43 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# Exact per-category totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence).
EXPECTED_TOTALS = {
    "ACCOUNT": 157, "AGE_OVER_89": 77, "DATE_REAL_YEAR": 226, "DEVICE_ID": 73, "EMAIL": 67, "FAX": 75,
    "HEALTH_PLAN": 82, "IP_ADDRESS": 77, "LICENSE": 165, "LOCATION": 155, "MRN": 169, "ORGANIZATION": 159,
    "PAGER": 68, "PERSON": 223, "PHONE": 163, "SSN": 79, "STREET_ADDRESS": 86, "URL": 80, "VEHICLE_ID": 80,
    "ZIP": 70,
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [H._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    notes = H.holdout43_corpus(seed, n)
    payload = [[x.note_type, x.text, [list(s) for s in x.spans]] for x in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_and_index_is_deterministic():
    for s, i in ((1, 0), (2, 17), (3, 333), (7, 599)):
        a, b = H._build(s, i), H._build(s, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
        assert H.holdout43_note(s, i) == a[0]
    assert H._build(1, 5)[0].text != H._build(2, 5)[0].text


def test_identical_across_processes_and_hash_seeds():
    here = _digest(2, 80)
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth import notes_holdout43 as H\n"
            "notes = H.holdout43_corpus(2, 80)\n"
            "payload = [[x.note_type, x.text, [list(s) for s in x.spans]] for x in notes]\n"
            "print(hashlib.sha256(json.dumps(payload).encode()).hexdigest())\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                             check=True).stdout.strip()
        assert out == here


def test_prefix_stable():
    for s in (1, 4):
        assert H.holdout43_corpus(s, 40) == H.holdout43_corpus(s, 90)[:40]


# ---------------------------------------------------------------------------------------------- shape of the corpus

def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.42 <= rad <= 0.48
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500


def test_kinds(built):
    assert len(H.DOCUMENT_KINDS) >= 12
    assert set(H.DOCUMENT_KINDS) == set(H._KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    for s in SEEDS:
        c = Counter(H.document_kind(s, i) for i in range(N))
        assert set(c) == set(H.DOCUMENT_KINDS)
        assert min(c.values()) >= 15
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == H._KINDS[H.document_kind(s, i)][0]


def test_plant_rate_and_heavy_notes(built):
    for s in SEEDS:
        rows = built[s]
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        assert all(k in ("heavy", "normal") for _, _, k in rows)
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in rows:
            if n.spans:
                assert 1 <= len(n.spans) <= 4
                assert k == "normal"
            assert "___" in n.text


def test_exact_category_totals(built):
    totals = Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ---------------------------------------------------------------------------------------------- span integrity

_Y = r"(?:19\d\d|20[0-2]\d|2030)"
_MONS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_SUFFIX = r"(?:Street|St\.|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|Place|Parkway|Court|Terrace|Circle)"
_PHONE = r"(?:\+1[ -]?|1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?: x\d{3,4})?"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d-\d{4}|\d{4,5}|\(\d{3}\) \d{3}-\d{4}|\d{3}-\d{3}-\d{4}",
    "EMAIL": r"[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    "URL": r"(?:https?://|www\.|[a-z0-9-]+\.(?:org|edu|com)/)\S+",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"[EMNQ]?\d{7,9}|\d{2}-\d{5}",
    "ACCOUNT": r"(?=(?:\D*\d){5})[A-Z0-9][A-Z0-9-]{5,19}",
    "HEALTH_PLAN": r"(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9 -]{7,15}",
    "LICENSE": r"[A-Z]{0,3}\d{5,10}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": rf"\d{{1,5}} [A-Z][A-Za-z' ]+ {_SUFFIX}(?:, Suite \d+| Apt \d+[A-D]|, Floor \d)?",
    "DATE_REAL_YEAR": (rf"\d{{1,2}}/\d{{1,2}}/{_Y}|{_Y}-\d\d-\d\d|\d{{1,2}}[- ]?{_MONS}[- ]?{_Y}"
                       rf"|{_MONS} \d{{1,2}}, {_Y}"),
    "AGE_OVER_89": r"9\d|1[01]\d",
    "DEVICE_ID": r"[A-Z0-9]{8,12}",
    "VEHICLE_ID": r"[A-Z0-9]{5,8}|[A-Z0-9]{3} [A-Z0-9]{3}|[A-HJ-NPR-Z0-9]{17}",
    "PERSON": r"[A-Z][A-Za-z'.-]*(?:,? [A-Z][A-Za-z'.-]*)*",
}
CUES = {"dr", "dr.", "mrn", "mrn:", "pager", "pgr", "p", "fax", "f:", "sn", "s/n", "plate", "acct", "npi", "dea",
        "tel", "phone", "ph:", "email", "e-mail:", "member", "id", "unit", "no", "no.", "#", "md", "rn", "phd",
        "pharmd", "ccrp", "bsn", "ccrc", "cpht", "lic", "lic.", "license", "ssn", "dob", "age", "mr.", "ms.",
        "mrs.", "serial", "vin", "zip", "accession", "csn", "order", "req"}


def _all_spans(built):
    for s in SEEDS:
        for n, looks, _ in built[s]:
            for st, en, c in n.spans:
                yield n, looks, st, en, c


def test_span_integrity(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            spans = sorted(n.spans)
            for (_s1, e1, _), (s2, _, _) in zip(spans, spans[1:], strict=False):
                assert e1 <= s2
            for st, en, c in spans:
                assert c in CATEGORIES
                assert 0 <= st < en <= len(n.text)
                v = n.text[st:en]
                assert v == v.strip() and "\n" not in v and "___" not in v
                toks = v.lower().split()
                assert toks[0] not in CUES and toks[-1] not in CUES, v
                if c not in ("URL", "EMAIL"):
                    assert ":" not in v, v
                # span is a whole token: not glued to letters or digits on either side
                if st > 0:
                    assert not n.text[st - 1].isalnum(), (v, n.text[st - 5:en])
                if en < len(n.text):
                    assert not n.text[en].isalnum(), (v, n.text[st:en + 5])


def test_values_match_their_category(built):
    orgs = set(H._HOSPITALS + H._PRACTICES + H._AGENCIES + H._SCHOOLS + H._EMPLOYERS)
    for n, _, st, en, c in _all_spans(built):
        v = n.text[st:en]
        if c == "LOCATION":
            assert v in H._TOWNS
        elif c == "ORGANIZATION":
            assert v in orgs
        else:
            assert re.fullmatch(SHAPES[c], v, flags=re.I if c == "DATE_REAL_YEAR" else 0), (c, v)
        if c == "AGE_OVER_89":
            assert int(v) >= 90
        if c == "ORGANIZATION":
            assert v not in H._SPONSORS


def test_value_diversity(built):
    vals: dict[str, list[str]] = {}
    for n, _, st, en, c in _all_spans(built):
        vals.setdefault(c, []).append(n.text[st:en])
    floors = {"AGE_OVER_89": 12, "LOCATION": 30, "ORGANIZATION": 30}
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c in floors:
            assert distinct >= floors[c], c
        else:
            assert distinct >= 0.6 * len(vs), c
    # several surface shapes per category
    shapes = {c: {re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v))) for v in vs}
              for c, vs in vals.items()}
    for c in ("PHONE", "FAX", "PAGER", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DATE_REAL_YEAR", "PERSON",
              "DEVICE_ID", "VEHICLE_ID", "STREET_ADDRESS", "URL", "IP_ADDRESS", "SSN"):
        assert len(shapes[c]) >= 3, c


# ------------------------------------------------------------------------------------ dates, ages, look-alikes

_REAL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}/\d{{1,2}}/{_Y}|{_Y}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[- ]?{_MONS}[- ]?{_Y}"
    rf"|{_MONS} \d{{1,2}},? {_Y})\b",
    re.I)
_EXPIRY_CUE = re.compile(r"(?:exp|expiry|expires|expiration|use by)\W*$", re.I)


def _inside(st: int, en: int, spans, cat: str | None = None) -> bool:
    return any(s <= st and en <= e and (cat is None or c == cat) for s, e, c in spans)


def test_real_year_dates_only_where_labelled(built):
    n_expiry = 0
    for s in SEEDS:
        for n, looks, _ in built[s]:
            for m in _REAL_DATE.finditer(n.text):
                if _inside(m.start(), m.end(), n.spans, "DATE_REAL_YEAR"):
                    continue
                before = n.text[max(0, m.start() - 12):m.start()]
                assert _EXPIRY_CUE.search(before) and m.group(0) in looks, (m.group(0), before)
                n_expiry += 1
            for st, en, c in n.spans:
                if c == "DATE_REAL_YEAR":
                    assert _REAL_DATE.fullmatch(n.text[st:en])
    assert n_expiry > 50


_AGE = [
    re.compile(r"\b(\d{2,3})(?:[- ](?:year|yr)s?[- ]old|[- ]?(?:y/o|yo|y\.o\.))", re.I),
    re.compile(r"\bage(?:d| at screening:|:)?\s*(\d{2,3})\b", re.I),
    re.compile(r"\|\s*Age\s*\|\s*(\d{2,3})\b"),
]


def test_every_age_over_89_is_labelled(built):
    n_ages = 0
    for s in SEEDS:
        for n, _, _ in built[s]:
            for rx in _AGE:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert _inside(m.start(1), m.end(1), n.spans, "AGE_OVER_89"), m.group(0)
                        n_ages += 1
    labelled = sum(1 for *_, c in _all_spans(built) if c == "AGE_OVER_89")
    assert n_ages == labelled


def _occurrences(text: str, s: str):
    pre = r"(?<![A-Za-z0-9])" if s[0].isalnum() else ""
    post = r"(?![A-Za-z0-9])" if s[-1].isalnum() else ""
    return [m.span() for m in re.finditer(pre + re.escape(s) + post, text)]


def test_look_alikes_present_and_never_overlap_spans(built):
    n_looks = 0
    for s in SEEDS:
        for n, looks, _ in built[s]:
            assert looks
            for la in looks:
                occ = _occurrences(n.text, la)
                assert occ, la
                for a, b in occ:
                    assert not any(a < e and st < b for st, e, _ in n.spans), (la, n.text[a:b])
                n_looks += 1
    assert n_looks > 10 * N


def test_eponyms_and_brands_used(built):
    used = set()
    for s in SEEDS:
        for _, looks, _ in built[s]:
            used.update(x for x in looks if x in H.EPONYMS_AND_BRANDS)
    assert len(used) >= 60
    assert len(H.EPONYMS_AND_BRANDS) == len(set(H.EPONYMS_AND_BRANDS))


def test_shifted_dates_present_and_unlabelled(built):
    shifted = re.compile(r"\b(?:\d{1,2}/\d{1,2}/2[12]\d\d|2[12]\d\d-\d\d-\d\d|\d{2}[A-Z]{3}2[12]\d\d)\b")
    hits = 0
    for s in SEEDS:
        for n, _looks, _ in built[s]:
            for m in shifted.finditer(n.text):
                assert not any(a < m.end() and m.start() < b for a, b, _ in n.spans)
                hits += 1
    assert hits > N


# ---------------------------------------------------------------------------------------------- module contract

def test_module_contract():
    doc = H.__doc__ or ""
    assert doc.startswith("Held-out corpus 43: ")
    assert "Written blind:" in doc
    assert "an employer's group number is not the member's id" in doc
    assert "a clinician's NPI" in doc
    for k in H.DOCUMENT_KINDS:
        assert k in doc
    assert callable(H.main) and callable(H.holdout43_note) and callable(H.holdout43_corpus)
    note, looks, kind = H._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    assert H.holdout43_corpus(1, 3) == [H.holdout43_note(1, i) for i in range(3)]
    src = open(H.__file__, encoding="utf-8").read()
    assert re.search(r"holdout_measure\.measure\(\s*holdout43_corpus", src)
    assert 'holdout_measure.report("holdout43"' in src
    assert "hash(" not in src
