"""Label tests for held-out corpus 44 (patient messages and telephone encounters).

Only the labels are tested: the detector is never run here.
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

import pytest

from lqs_clinical.synth import notes_holdout44 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# exact per-category totals over seeds 1-3 x 600 notes
EXPECTED_TOTALS = {
    "PHONE": 113, "FAX": 104, "PAGER": 116, "EMAIL": 120, "URL": 100, "IP_ADDRESS": 105, "SSN": 111, "MRN": 115,
    "ACCOUNT": 107, "HEALTH_PLAN": 107, "LICENSE": 112, "ZIP": 117, "STREET_ADDRESS": 112, "DATE_REAL_YEAR": 102,
    "AGE_OVER_89": 115, "DEVICE_ID": 119, "VEHICLE_ID": 105, "PERSON": 106, "LOCATION": 107, "ORGANIZATION": 114,
}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(H._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, (note, looks, kind) in enumerate(_built(seed)):
            yield seed, i, note, looks, kind


def _digest(seed: int, n: int) -> str:
    payload = [[x.note_type, x.text, [list(s) for s in x.spans]] for x in H.holdout44_corpus(seed, n)]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        a, b = H._build(2, i), H._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert H._build(1, 5)[0].text != H._build(2, 5)[0].text


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout44 as H; "
            "p=[[x.note_type, x.text, [list(s) for s in x.spans]] for x in H.holdout44_corpus(3, 60)]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode()).hexdigest())")
    want = _digest(3, 60)
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == want


def test_prefix_stable():
    for seed in SEEDS:
        a, b = H.holdout44_corpus(seed, 40), H.holdout44_corpus(seed, 90)[:40]
        assert [(x.text, x.spans, x.note_type) for x in a] == [(x.text, x.spans, x.note_type) for x in b]
        assert [x.text for x in a] == [x.text for x, _, _ in _built(seed)[:40]]


# ---------------------------------------------------------------------------------------------- shape of the corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [n for n, _, _ in _built(seed)]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50, rad
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used_and_types_match():
    assert len(H.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        counts = Counter(H.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(H.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15, counts
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == H._KINDS[H.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n in heavy:
            assert n.spans == []
            assert n.text.count("___") >= 25
        for n, _, _ in built:
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = Counter(c for _, _, n, _, _ in _all() for _, _, c in n.spans)
    assert set(totals) <= set(CATEGORIES)
    assert dict(totals) == {c: v for c, v in EXPECTED_TOTALS.items() if v}
    assert all(v > 0 for v in EXPECTED_TOTALS.values())
    assert sum(totals.values()) == 2207


# ---------------------------------------------------------------------------------------------- span integrity

_SHAPES = {
    "PHONE": re.compile(r"^\+?[\d(][\d()\-. /]{5,}\d$"),
    "FAX": re.compile(r"^\+?[\d(][\d()\-. /]{5,}\d$"),
    "PAGER": re.compile(r"^\d[\d-]{2,}\d$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)[\w.-]+\.[a-z]{2,}(/\S*)?$"),
    "IP_ADDRESS": re.compile(r"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$"
                             r"|^([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9][A-Z0-9-]{5,}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9-]{7,}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9-]{4,}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^(\d+ [A-Z][A-Za-z ]+( [A-Z][a-z]*)?(,? (Apt|Unit) \w+| #\d+|, \d\w\w fl)?"
                                 r"|PO Box \d+)$"),
    "DATE_REAL_YEAR": re.compile(r"^[\w ,./-]*\b(19\d\d|20[0-3]\d)$|^(19\d\d|20[0-3]\d)-\d\d-\d\d$"),
    "AGE_OVER_89": re.compile(r"^(9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9-]{6,}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]{4,16}$"),
    "PERSON": re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .,'-]*[A-Za-zÀ-ÿ]$"),
    "LOCATION": re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'-]*[A-Za-zÀ-ÿ.]$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9 .,&'-]+[A-Za-z.]$"),
}
_CUES = re.compile(r"\b(Dr|MRN|MR#|pager|pgr|Fax|FAX|fax|SN|S/N|plate|Acct|MD|RN|NP|ext|Tel|Cell|NPI|DEA|Rx|VIN|"
                   r"UDI|Member|ID|DOB)\b")


def test_span_integrity():
    for seed, i, note, _, _ in _all():
        prev_end = -1
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            assert not _CUES.search(v), (seed, i, cat, v)
            assert _SHAPES[cat].match(v), (seed, i, cat, v)
            if cat in ("PHONE", "FAX"):
                assert 7 <= sum(ch.isdigit() for ch in v) <= 15, v
            if cat == "PAGER":
                assert sum(ch.isdigit() for ch in v) >= 4
            if cat in ("MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "VEHICLE_ID"):
                assert any(ch.isdigit() for ch in v), v


def test_diversity_of_values():
    vals: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for _, _, note, _, _ in _all():
        for s, e, cat in note.spans:
            vals[cat].append(note.text[s:e])
    for cat, v in vals.items():
        distinct = len(set(v))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 30, cat
        else:
            assert distinct >= 0.8 * len(v), (cat, distinct, len(v))
    shapes = Counter(re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "a", x)) for x in vals["PHONE"])
    assert len(shapes) >= 15
    dates = Counter(re.sub(r"\d", "9", re.sub(r"[A-Za-z]+", "a", x)) for x in vals["DATE_REAL_YEAR"])
    assert len(dates) >= 7


# ------------------------------------------------------------------------------------- dates, ages, look-alikes

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_YR = r"(?:19\d\d|20[0-3]\d)"
_DATE_RES = (
    re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YR}\b"),
    re.compile(rf"\b{_YR}-\d{{1,2}}-\d{{1,2}}\b"),
    re.compile(rf"\b{_MON},? \d{{1,2}}(?:st|nd|rd|th)?,? {_YR}\b"),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -]{_YR}\b"),
)


def test_real_year_dates_only_where_labelled():
    n_found = 0
    for seed, i, note, _, _ in _all():
        labelled = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in _DATE_RES:
            for m in rx.finditer(note.text):
                if any(s < m.end() and m.start() < e for s, e in labelled):
                    n_found += 1
                    continue
                before = note.text[max(0, m.start() - 12):m.start()].lower()
                assert "exp" in before, (seed, i, m.group())
        for s, e in labelled:
            assert any(rx.search(note.text[s:e]) for rx in _DATE_RES), note.text[s:e]
    assert n_found > 50
    # shifted dates occur unlabelled and are never labelled
    assert any(re.search(r"\b2[12]\d\d\b", n.text) for _, _, n, _, _ in _all())


_AGE_RES = (
    re.compile(r"\b(\d{2,3})(?:-year-old| year old| y/o|yo\b| yo\b)"),
    re.compile(r"\b(?:[Aa]ge:?|aged|turned|is a|is|[Aa]ge \|)\s+(\d{2,3})\b(?!\s?[-./)]| ?%| ?mg| ?kg| ?mL|\s\d)"),
)


def test_every_age_over_89_labelled():
    n_lab = 0
    for seed, i, note, _, _ in _all():
        ages = [(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"]
        n_lab += len(ages)
        for rx in _AGE_RES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in ages, (seed, i, m.group())
    assert n_lab > 50


def test_lookalikes_present_and_never_inside_a_span():
    total = 0
    for seed, i, note, looks, _ in _all():
        assert len(looks) == len(set(looks))
        for x in looks:
            hits = [m.start() for m in re.finditer(re.escape(x), note.text)]
            assert hits, (seed, i, x)
            for h in hits:
                assert not any(h < e and h + len(x) > s for s, e, _ in note.spans), (seed, i, x)
        total += len(looks)
    assert total / (len(SEEDS) * N) >= 10


def test_eponyms_and_brands_used():
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    used = {x for _, _, _, looks, _ in _all() for x in looks}
    assert set(H.EPONYMS_AND_BRANDS) <= used, set(H.EPONYMS_AND_BRANDS) - used


def test_hard_negatives_present():
    used = {x for _, _, _, looks, _ in _all() for x in looks}
    for x in ("988", "1-800-222-1222", "1-800-MEDICARE", "911", "Epic", "LanguageLine", "CVS"):
        assert x in used, x
    assert any(re.fullmatch(r"\d{2,3}\.0\.\d{4}\.\d+", x) for x in used)  # browser versions shaped like IPs
    assert any(x.startswith(("MSG-", "CC-", "THR")) for x in used)  # message / ticket ids


# ---------------------------------------------------------------------------------------------- module contract


def test_module_contract():
    assert H.__doc__.startswith("Held-out corpus 44: ")
    assert "Written blind:" in H.__doc__
    assert set(H._KINDS) == set(H.DOCUMENT_KINDS)
    for kind in H.DOCUMENT_KINDS:
        assert kind in H.__doc__
    assert callable(H.main) and callable(H.holdout44_note)
    note = H.holdout44_note(1, 3)
    assert isinstance(note, LabelledNote) and note.text == _built(1)[3][0].text
    assert H.holdout44_corpus(1, 0) == []


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
