"""Label tests for held-out corpus 57 (clinical nutrition, dietetics, speech-language pathology).

The detector is never run here: these tests check only the corpus and its ground truth.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout57 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 120, "FAX": 115, "PAGER": 108, "EMAIL": 115, "URL": 102, "IP_ADDRESS": 111, "SSN": 112, "MRN": 108,
    "ACCOUNT": 108, "HEALTH_PLAN": 115, "LICENSE": 105, "ZIP": 109, "STREET_ADDRESS": 111, "DATE_REAL_YEAR": 107,
    "AGE_OVER_89": 114, "DEVICE_ID": 110, "VEHICLE_ID": 116, "PERSON": 112, "LOCATION": 119, "ORGANIZATION": 108,
}

_ID = r"(?=[A-Za-z0-9\-/. ]*\d)[A-Za-z0-9][A-Za-z0-9\-/. ]*[A-Za-z0-9]"
SHAPES = {
    "PHONE": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}",
    "FAX": r"(\+1 |1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}",
    "PAGER": r"\d[\d\- ]{2,12}\d",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
    "URL": r"(https?://)?[\w-]+(\.[\w-]+)+(/[\w\-./?=&]*)?",
    "IP_ADDRESS": r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": _ID, "ACCOUNT": _ID, "HEALTH_PLAN": _ID, "LICENSE": _ID, "DEVICE_ID": _ID, "VEHICLE_ID": _ID,
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d+[A-Z]?\s+[A-Za-z0-9 .,'#-]+",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-2]\d|2030)\b.*",
    "AGE_OVER_89": r"\d{2,3}",
    "PERSON": r"[A-Z][A-Za-z'\-.]*(,? [A-Z][A-Za-z'\-.]*)+",
    "LOCATION": r"[A-Z][A-Za-z.'\- ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9&.,'#\- ]+",
}
CUE_START = re.compile(r"(?i)^(dr\.?|mrn|mr#|pager|pgr|fax|fx|sn|s/n|plate|acct|tel|npi|dea|ssn|zip|lic|"
                       r"member|id|serial|vin|phone|email|e-mail|accession|dob)\b[\s:#.]*")
CRED_END = re.compile(r",?\s*(MD|M\.D\.|RN|RDN|LDN|PharmD|CCC-SLP|NP|CNSC|BCNSP)$")

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_RES = (
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b"),
    re.compile(r"\b(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}\b"),
    re.compile(rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?[\s-]+{_MON}[\s-]+(\d{{4}})\b"),
)
SHIFTED = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b|[A-Z][a-z]+\.? \d{1,2},? 21\d\d\b")
AGE_RES = (
    re.compile(r"\b(\d{1,3})\s?-?\s?(?:year|yr|yo\b|y/o|y\.o\.)", re.I),
    re.compile(r"\b(?:age|aged)\b:?\s*\(?(\d{1,3})\b", re.I),
)


def _digest(seed: int, n: int) -> str:
    data = [[x.note_type, x.text, x.spans] for x in h.holdout57_corpus(seed, n)]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _all(built):
    for s in SEEDS:
        for i, item in enumerate(built[s]):
            yield s, i, item


# ---------------------------------------------------------------------------------------------- determinism


def test_deterministic_in_process() -> None:
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout57_note(1, 5) == h._build(1, 5)[0]


def test_deterministic_across_processes_and_hash_seeds() -> None:
    local = _digest(3, 40)
    code = ("import hashlib, json\nfrom lqs_clinical.synth import notes_holdout57 as h\n"
            "data = [[x.note_type, x.text, x.spans] for x in h.holdout57_corpus(3, 40)]\n"
            "print(hashlib.sha256(json.dumps(data).encode()).hexdigest())")
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        assert out.stdout.strip() == local


def test_prefix_stable() -> None:
    assert h.holdout57_corpus(1, 40) == h.holdout57_corpus(1, 90)[:40]
    assert h.holdout57_corpus(3, 15) == h.holdout57_corpus(3, 60)[:15]


# ---------------------------------------------------------------------------------------------- shape of corpus


def test_note_types_and_lengths(built) -> None:
    for s in SEEDS:
        notes = [x[0] for x in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= rad <= 0.48, rad
        assert {n.note_type for n in notes} == {"radiology", "discharge"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used(built) -> None:
    for s in SEEDS:
        kinds = Counter(h.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_plant_rate_and_heavy(built) -> None:
    for s in SEEDS:
        items = built[s]
        planted = sum(bool(n.spans) for n, _, _ in items) / N
        assert 0.57 <= planted <= 0.59, planted
        heavy = [n for n, _, k in items if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        assert {k for _, _, k in items} == {"heavy", "normal"}


def test_spans_per_planted_note(built) -> None:
    for _, _, (n, _, _) in _all(built):
        if n.spans:
            assert 1 <= len(n.spans) <= 4


def test_exact_category_totals(built) -> None:
    totals = Counter(c for _, _, (n, _, _) in _all(built) for _, _, c in n.spans)
    assert set(EXPECTED_TOTALS) == set(CATEGORIES)
    assert dict(totals) == {c: v for c, v in EXPECTED_TOTALS.items() if v}


# ---------------------------------------------------------------------------------------------- spans


def test_span_integrity(built) -> None:
    for _, _, (n, _, _) in _all(built):
        prev_end = -1
        for s, e, cat in sorted(n.spans):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "overlapping spans"
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and "\n" not in v, repr(v)
            assert not CUE_START.match(v), v
            assert not CRED_END.search(v), v
            assert v[-1] not in ",:;" and (v[-1] != "." or cat in ("ORGANIZATION", "STREET_ADDRESS")), v
            assert re.fullmatch(SHAPES[cat], v), (cat, v)
            if cat == "AGE_OVER_89":
                assert int(v) >= 90
            if cat in ("PHONE", "FAX", "PAGER"):
                assert 4 <= sum(ch.isdigit() for ch in v) <= 11
            if cat == "PHONE":
                digits = re.sub(r"\D", "", v)
                digits = digits[1:] if len(digits) == 11 else digits
                assert digits[:3] not in ("800", "888", "877", "866", "855", "844", "833")


def test_toll_free_fax_only_for_a_practice(built) -> None:
    seen = 0
    for _, _, (n, _, _) in _all(built):
        for s, e, cat in n.spans:
            if cat == "FAX":
                digits = re.sub(r"\D", "", n.text[s:e])
                digits = digits[1:] if len(digits) == 11 else digits
                if digits[:3] in ("800", "888", "877", "866", "855", "844", "833"):
                    seen += 1
                    assert re.search(r"(practice|clinic)", n.text[max(0, s - 60):s], re.I)
    assert seen >= 3


def test_value_diversity(built) -> None:
    values: dict[str, list[str]] = {}
    for _, _, (n, _, _) in _all(built):
        for s, e, cat in n.spans:
            values.setdefault(cat, []).append(n.text[s:e])
    for cat, vs in values.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 10
        elif cat == "LOCATION":
            assert distinct >= 35
        elif cat == "ORGANIZATION":
            assert distinct >= 45
        else:
            assert distinct >= 0.8 * len(vs), (cat, distinct, len(vs))


def test_contexts_vary(built) -> None:
    """Each category appears in many different left contexts (prose, label forms, tables, footers)."""
    ctx: dict[str, set[str]] = {}
    for _, _, (n, _, _) in _all(built):
        for s, _e, cat in n.spans:
            left = re.sub(r"\d", "0", n.text[max(0, s - 14):s])
            ctx.setdefault(cat, set()).add(left)
    for cat in CATEGORIES:
        assert len(ctx[cat]) >= 8, (cat, ctx[cat])


def test_real_year_dates_only_where_labelled(built) -> None:
    for _, _, (n, _, _) in _all(built):
        date_spans = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
        for rx in DATE_RES:
            for m in rx.finditer(n.text):
                year = int(m.group(1))
                if not 1900 <= year <= 2030:
                    continue
                if any(s <= m.start() and m.end() <= e for s, e in date_spans):
                    continue
                before = n.text[max(0, m.start() - 12):m.start()].lower()
                assert "exp" in before, (m.group(0), before)


def test_shifted_dates_present_and_unlabelled(built) -> None:
    count = 0
    for _, _, (n, _, _) in _all(built):
        for m in SHIFTED.finditer(n.text):
            count += 1
            assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans)
    assert count > 800


def test_ages_over_89_labelled(built) -> None:
    for _, _, (n, _, _) in _all(built):
        ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
        for rx in AGE_RES:
            for m in rx.finditer(n.text):
                if int(m.group(1)) >= 90:
                    assert any(s == m.start(1) and e == m.end(1) for s, e in ages), m.group(0)


def test_lookalikes_never_overlap_spans(built) -> None:
    for _, _, (n, looks, _) in _all(built):
        assert looks
        for la in looks:
            assert la in n.text
            start = n.text.find(la)
            while start != -1:
                end = start + len(la)
                assert not any(s < end and start < e for s, e, _ in n.spans), (la, n.text[start:end])
                start = n.text.find(la, start + 1)


def test_lookalike_kinds_present(built) -> None:
    looks = [la for _, _, (_, ls, _) in _all(built) for la in ls]
    joined = "\n".join(looks)
    assert re.search(r"^v\d+\.\d+\.\d+$", joined, re.M)  # software versions
    assert re.search(r"^(?i:exp)", joined, re.M)  # expiry dates
    assert re.search(r"^\d{4,5}-\d{3,4}-\d{1,2}$", joined, re.M)  # NDCs
    assert re.search(r"^\(01\)\d{14}$", joined, re.M)  # GTINs
    assert re.search(r"^(1-)?\(?8(00|88|77|66|55|44|33)", joined, re.M)  # toll-free lines
    assert re.search(r"^(since|in|dx|class of) \d{4}$", joined, re.M)  # bare years
    assert re.search(r"^\d{1,2}(-year-old| yo| y/o| years old)$|^age \d+$", joined, re.M)  # ages under 90
    assert re.search(r"^21\d\d-\d\d-\d\d$", joined, re.M)  # shifted dates
    for word in ("Massachusetts", "New York", "Medicare Part B", "Speech-Language Pathology", "www.myplate.gov",
                 "Abbott Nutrition", "1-800-222-1222"):
        assert word in looks, word


# ---------------------------------------------------------------------------------------------- contract


def test_module_contract(built) -> None:
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 57: ")
    assert "Written blind:" in doc
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"radiology", "discharge"}
    assert all(callable(b) for _, b in h._KINDS.values())
    used = {la for _, _, (_, ls, _) in _all(built) for la in ls}
    assert len(set(h.EPONYMS_AND_BRANDS) & used) >= 60
    assert callable(h.main) and callable(h.holdout57_corpus) and callable(h.holdout57_note)
    assert all(isinstance(n, LabelledNote) for n in h.holdout57_corpus(1, 5))
    note, looks, kind = h._build(1, 0)
    assert isinstance(looks, list) and kind in ("heavy", "normal")
