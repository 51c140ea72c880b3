"""Label tests for held-out corpus 86 (wilderness medicine, SAR and park incidents). The detector is never run."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth import notes_holdout86 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "PHONE": 141, "FAX": 131, "PAGER": 134, "EMAIL": 128, "URL": 129, "IP_ADDRESS": 138, "SSN": 132, "MRN": 131,
    "ACCOUNT": 124, "HEALTH_PLAN": 122, "LICENSE": 141, "ZIP": 133, "STREET_ADDRESS": 134, "DATE_REAL_YEAR": 125,
    "AGE_OVER_89": 129, "DEVICE_ID": 139, "VEHICLE_ID": 126, "PERSON": 135, "LOCATION": 122, "ORGANIZATION": 128,
}  # 2,622 spans over seeds 1-3 x 600 notes


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    blob = repr([(x.note_type, x.text, x.spans) for x in h.holdout86_corpus(seed, n)])
    return hashlib.sha256(blob.encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_same_note() -> None:
    for i in (0, 7, 11, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h._build(1, 5)[0].text != h._build(2, 5)[0].text


def test_prefix_stable() -> None:
    short, long = h.holdout86_corpus(1, 40), h.holdout86_corpus(1, 90)
    assert [(x.text, x.spans, x.note_type) for x in short] == [(x.text, x.spans, x.note_type) for x in long[:40]]
    assert h.holdout86_note(3, 17).text == h.holdout86_corpus(3, 18)[17].text


def test_identical_across_processes_and_hash_seeds() -> None:
    here = _digest(3, 60)
    code = ("from lqs_clinical.synth.notes_holdout86 import holdout86_corpus as c; import hashlib; "
            "print(hashlib.sha256(repr([(x.note_type, x.text, x.spans) for x in c(3, 60)]).encode()).hexdigest())")
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        assert out.stdout.strip() == here


# ---------------------------------------------------------------------------------------------- shape of corpus


def test_note_types_and_kinds(built) -> None:
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for s, notes in built.items():
        rad = sum(n.note_type == "radiology" for n, _, _ in notes) / N
        assert 0.42 <= rad <= 0.48, (s, rad)
        kinds = Counter(h.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (n, _, _) in enumerate(notes):
            assert n.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_lengths(built) -> None:
    for notes in built.values():
        for n, _, _ in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_plant_rate_and_heavy(built) -> None:
    for s, notes in built.items():
        planted = sum(bool(n.spans) for n, _, _ in notes)
        assert 0.57 <= planted / N <= 0.59, (s, planted)
        heavy = [n for n, _, k in notes if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        for n, _, k in notes:
            assert k in ("heavy", "normal")
            assert len(n.spans) <= 4
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals(built) -> None:
    tot = Counter(c for notes in built.values() for n, _, _ in notes for _, _, c in n.spans)
    assert set(tot) <= set(CATEGORIES)
    assert dict(sorted(tot.items())) == dict(sorted(EXPECTED_TOTALS.items()))


def test_every_category_in_many_contexts(built) -> None:
    kinds: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    lefts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for s, notes in built.items():
        for i, (n, _, _) in enumerate(notes):
            for a, _, c in n.spans:
                kinds[c].add(h.document_kind(s, i))
                lefts[c].add(n.text[max(0, a - 14):a])
    for c in CATEGORIES:
        assert len(kinds[c]) >= 8, (c, kinds[c])
        assert len(lefts[c]) >= 12, (c, lefts[c])


# ---------------------------------------------------------------------------------------------- span integrity

_DIGITS = re.compile(r"\d")
_SHAPES = {
    "PHONE": r"\+?[\d\s\-\.\(\)/]+",
    "FAX": r"\+?[\d\s\-\.\(\)/]+",
    "PAGER": r"\+?[\d\s\-\.\(\)/]+",
    "EMAIL": r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+",
    "URL": r"(https?://)?[\w\-]+(\.[\w\-]+)+(/[\w\-./]*)?",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]?[\d\-]{7,11}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9\-]{3,17}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9\- ]{5,16}",
    "LICENSE": r"[A-Z0-9][A-Z0-9\-]{4,15}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": (r"(\d+ [A-Z][\w\.]*( [A-Za-z0-9][\w\.]*)*(, (Apt|Unit|Ste) \d+)?"
                       r"|HC \d+ Box \d+|P\.?O\.? Box \d+)"),
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9\- ]{4,18}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9\- ]{3,16}",
    "PERSON": r"[A-Z][A-Za-z'\.\-]*(,? (?:(?:de la|van der|da|von) )?[A-Z][A-Za-z'\.\-]*)+",
    "LOCATION": r"[A-Z][A-Za-z']*( [A-Z][A-Za-z']*)*",
    "ORGANIZATION": r"[A-Z][A-Za-z'\.&]*( (?:[A-Z][A-Za-z'\.&]*|and|&))*",
}
_MIN_DIGITS = {"PHONE": 10, "FAX": 10, "PAGER": 4, "MRN": 7, "ACCOUNT": 4, "HEALTH_PLAN": 6, "LICENSE": 5,
               "DEVICE_ID": 3, "VEHICLE_ID": 2}
_MAX_DIGITS = {"PHONE": 12, "FAX": 11, "PAGER": 11}
_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_CUES = ("dr.", "dr ", "mrn", "pager", "pgr", "fax", "f:", "sn ", "s/n", "plate", "acct", "tel", "ph ", "phone",
         "npi", "dea", "#", "no.", "ssn", "member", "policy", "uin", "imei", "vin", "tail", "lic", "age", "dob",
         "zip", "mission", "permit", "accession", ":")
_CREDENTIAL = re.compile(r"(^|[\s,])(MD|RN|DO|NP|PA-C|WEMT|EMT-P)([\s,.]|$)")


def test_span_integrity(built) -> None:
    for notes in built.values():
        for n, _, _ in notes:
            prev_end = -1
            for s, e, c in sorted(n.spans):
                assert 0 <= s < e <= len(n.text)
                assert s >= prev_end, "overlapping spans"
                prev_end = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v, repr(v)
                low = v.lower()
                if c not in ("URL", "IP_ADDRESS", "EMAIL"):
                    assert not low.startswith(_CUES), (c, v)
                assert not _CREDENTIAL.search(v), (c, v)


def test_values_match_category_shapes(built) -> None:
    for notes in built.values():
        for n, _, _ in notes:
            for s, e, c in n.spans:
                v = n.text[s:e]
                if c == "IP_ADDRESS":
                    ipaddress.ip_address(v)
                    continue
                if c == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
                    assert len(years) == 1 and 1900 <= years[0] <= 2030 and len(v) <= 20, v
                    continue
                assert re.fullmatch(_SHAPES[c], v), (c, v)
                nd = len(_DIGITS.findall(v))
                assert nd >= _MIN_DIGITS.get(c, 0) and nd <= _MAX_DIGITS.get(c, 99), (c, v)
                if c == "AGE_OVER_89":
                    assert int(v) >= 90
                if c in ("PHONE", "PAGER"):
                    assert not re.match(r"(\+?1[-. ]?)?\(?(800|888|877|866|855|844|833)\)?", v), v


def test_value_diversity(built) -> None:
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for notes in built.values():
        for n, _, _ in notes:
            for s, e, c in n.spans:
                vals[c].append(n.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 10
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 40, (c, distinct)
        elif c == "PERSON":
            assert distinct >= 0.8 * len(vs)
        else:
            assert distinct >= 0.9 * len(vs), (c, distinct, len(vs))


# ------------------------------------------------------------------------------------------ dates, ages, look-alikes

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RES = [re.compile(p) for p in (
    rf"(?<!\d)\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}(?!\d)",
    rf"(?<!\d){_YEAR}-\d{{2}}-\d{{2}}(?!\d)",
    rf"\b{_MON} \d{{1,2}},? {_YEAR}(?!\d)",
    rf"(?<!\d)\d{{1,2}}[ -]{_MON}[ -]{_YEAR}(?!\d)",
    rf"(?<!\d)\d{{2}}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC){_YEAR}(?!\d)",
    r"(?<!\d)\d{1,2}/\d{1,2}/\d{2}(?![\d/])",
)]


def _overlaps(spans, a: int, b: int, cat: str | None = None) -> bool:
    return any(s < b and a < e and (cat is None or c == cat) for s, e, c in spans)


def test_real_year_dates_only_where_labelled(built) -> None:
    n_exp = 0
    for notes in built.values():
        for n, look, _ in notes:
            for rx in _DATE_RES:
                for m in rx.finditer(n.text):
                    if _overlaps(n.spans, m.start(), m.end(), "DATE_REAL_YEAR"):
                        continue
                    before = n.text[max(0, m.start() - 12):m.start()].lower()
                    assert "exp" in before and m.group(0) in look, (m.group(0), before)
                    n_exp += 1
    assert n_exp > 50


def test_shifted_dates_are_lookalikes(built) -> None:
    shifted = re.compile(r"(?<!\d)(?:\d{1,2}/\d{1,2}/21\d\d|21\d\d-\d\d-\d\d|\d{1,2}-[A-Z][a-z]{2}-21\d\d)(?!\d)")
    seen = 0
    for notes in built.values():
        for n, look, _ in notes:
            for m in shifted.finditer(n.text):
                assert m.group(0) in look
                assert not _overlaps(n.spans, m.start(), m.end())
                seen += 1
    assert seen > 1000


_AGE_RES = [re.compile(p) for p in (
    r"(?<!\d)(\d{2,3})[- ]?(?:year|yr)s?[- ]old\b",
    r"(?<!\d)(\d{2,3}) ?(?:y/o|yo|yrs|y\.o\.)\b",
    r"\b[Aa]ged?:? +(\d{2,3})\b",
    r"\bAge:? +(\d{2,3})\b",
)]


def test_every_age_over_89_labelled(built) -> None:
    labelled = 0
    for notes in built.values():
        for n, _, _ in notes:
            found = set()
            for rx in _AGE_RES:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert (m.start(1), m.end(1), "AGE_OVER_89") in n.spans, m.group(0)
                        found.add(m.start(1))
            labelled += len(found)
    total = sum(c == "AGE_OVER_89" for notes in built.values() for n, _, _ in notes for _, _, c in n.spans)
    assert 0.7 * total <= labelled <= total


def test_lookalikes_never_overlap_spans(built) -> None:
    used: set[str] = set()
    for notes in built.values():
        for n, look, _ in notes:
            assert look, "every note carries look-alikes"
            for x in look:
                assert x in n.text
                start = n.text.find(x)
                while start >= 0:
                    assert not _overlaps(n.spans, start, start + len(x)), (x, n.text[start - 20:start + 40])
                    start = n.text.find(x, start + 1)
                if x in h.EPONYMS_AND_BRANDS:
                    used.add(x)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(used) >= 60, len(used)


def test_toll_free_lines_unlabelled_except_practice_fax(built) -> None:
    toll = re.compile(r"(?:1-)?\(?(?:800|888|877|866|855|844|833)\)?[-. ]\d{3}[-. ]\d{4}")
    for notes in built.values():
        for n, _, _ in notes:
            for m in toll.finditer(n.text):
                for s, e, c in n.spans:
                    if s < m.end() and m.start() < e:
                        assert c == "FAX" and "fax" in n.text[max(0, s - 30):s].lower()


# ---------------------------------------------------------------------------------------------- module contract


def test_module_contract() -> None:
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 86: ")
    assert "Written blind:" in doc and "Label policy" in doc
    for kind in h.DOCUMENT_KINDS:
        assert f"``{kind}``" in doc
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    assert callable(h.main) and callable(h.holdout86_note) and callable(h.holdout86_corpus)
    assert h.document_kind(1, 3) in h.DOCUMENT_KINDS
    note, look, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(look, list) and kind in ("heavy", "normal")
    corpus = h.holdout86_corpus(2, 5)
    assert len(corpus) == 5 and all(isinstance(x, LabelledNote) for x in corpus)
