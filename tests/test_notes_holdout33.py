"""Label-integrity tests of held-out corpus 33 (orthopaedics / spine / MSK radiology).

These test the corpus only: determinism, span hygiene, category floors, shares, date / age / format
conventions and look-alikes. They never run or import the detector.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout33 as h
from lqs_clinical.synth.notes import CATEGORIES

N = 600
SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _all(built):
    for s in SEEDS:
        yield from built[s]


def _digest(seed: int, n: int) -> str:
    notes = h.holdout33_corpus(seed, n)
    blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------------
# Determinism
# ------------------------------------------------------------------------------------------------


def test_same_seed_and_index_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(5, i), h._build(5, i)
        assert a == b
        assert h.holdout33_note(5, i) == a[0]


def test_differs_across_seeds_and_indices():
    texts_1 = [h.holdout33_note(1, i).text for i in range(40)]
    texts_2 = [h.holdout33_note(2, i).text for i in range(40)]
    assert sum(a != b for a, b in zip(texts_1, texts_2, strict=True)) >= 38
    assert len(set(texts_1)) == len(texts_1)


def test_corpus_is_list_of_notes_and_prefix_stable():
    full = h.holdout33_corpus(4, 50)
    assert full == [h.holdout33_note(4, i) for i in range(50)]
    assert h.holdout33_corpus(4, 20) == full[:20]
    # a note does not depend on which notes were built before it
    assert h.holdout33_note(4, 37) == full[37]


@pytest.mark.parametrize("hashseed", ["0", "1", "4242"])
def test_identical_across_processes(hashseed):
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout33 import holdout33_corpus as c; "
            "notes = c(3, 60); "
            "blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes], ensure_ascii=False); "
            "print(hashlib.sha256(blob.encode('utf-8')).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(3, 60)


# ------------------------------------------------------------------------------------------------
# Span hygiene and text hygiene
# ------------------------------------------------------------------------------------------------


def test_spans_sorted_disjoint_clean(built):
    for note, _, _ in _all(built):
        prev_end = -1
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, note.spans
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v and "\n" not in v
        assert note.spans == sorted(note.spans)


def test_no_control_characters(built):
    bad = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
    for note, _, _ in _all(built):
        assert not bad.search(note.text)


def test_note_sizes(built):
    for note, _, _ in _all(built):
        assert 1000 <= len(note.text.encode("utf-8")) <= 6144


def test_note_types_and_kinds():
    kinds = Counter()
    for i in range(N):
        note, _, _, kind = h._build_full(1, i)
        assert note.note_type in ("discharge", "radiology")
        kinds[kind] += 1
    assert len(kinds) >= 12
    assert set(kinds) == set(h.DOC_KINDS)


# ------------------------------------------------------------------------------------------------
# Counts and shares
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_category_floors(built, seed):
    cnt = Counter(cat for note, _, _ in built[seed] for _, _, cat in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert cnt[cat] >= floor, (cat, cnt[cat])
        assert cnt[cat] >= 1.5 * floor, (cat, cnt[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_shares(built, seed):
    notes = built[seed]
    with_plants = [n for n, _, _ in notes if n.spans]
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    assert 0.55 <= len(with_plants) / N <= 0.60
    discharge = sum(n.note_type == "discharge" for n, _, _ in notes)
    assert 0.4 <= discharge / N <= 0.6
    heavy = [(n, k) for n, _, k in notes if k == "heavy"]
    assert 0.03 <= len(heavy) / N <= 0.07
    for n, _ in heavy:
        assert not n.spans
        assert n.text.count("___") >= 12
    for n, _, k in notes:
        assert k in ("planted", "normal", "heavy")
        assert (k == "planted") == bool(n.spans)


# ------------------------------------------------------------------------------------------------
# Conventions per category
# ------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SHIFTED = re.compile(r"(?<!\d)(2[12]\d\d)-\d\d-\d\d(?!\d)"
                      r"|\d{1,2}/\d{1,2}/(2[12]\d\d)(?!\d)"
                      r"|\d{1,2}-[A-Z][a-z]{2}-(2[12]\d\d)")


def test_dates_real_year_and_shifted_never_labelled(built):
    for note, _, _ in _all(built):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in _YEAR.findall(v)]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        for mt in _SHIFTED.finditer(note.text):
            y = int(next(g for g in mt.groups() if g))
            assert 2100 <= y <= 2200
            assert not any(s < mt.end() and mt.start() < e for s, e, _ in note.spans), mt.group(0)


def test_ages_over_89(built):
    for note, _, _ in _all(built):
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                v = note.text[s:e]
                assert v.isdigit() and 90 <= int(v) <= 120, v


_FORMATS = {
    "PHONE": r"(\+1 |1-)?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "FAX": r"(\+1 |1-)?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "PAGER": r"\d{4,5}|\d-\d{4}|(\+1 |1-)?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}",
    "URL": r"(https?://|www\.)[a-z0-9.-]+\.[a-z]{2,}/\S+",
    "IP_ADDRESS": r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})",
    "SSN": r"\d{3}([- ]?)\d{2}\1\d{4}",
    "MRN": r"(MR|E)?\d{6,10}|\d{3}-\d{2}-\d{2}",
    "ACCOUNT": r"(RA|ORD-|S|WC)?\d[\d-]{4,}\d",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9-]{7,}",
    "LICENSE": r"[A-Z]{0,2}\d{5,10}",
    "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z ]+ (Rd|Road|St|Street|Ave|Avenue|Ln|Dr|Drive|Way|Ct|Terrace|Blvd)"
                      r"(, Apt \d[A-C]|, Unit \d+| #\d+)?",
    "DEVICE_ID": r"\(01\)\d{14}\(17\)\d{6}\(10\)\w+\(21\)\w+|[A-Z]{0,3}[\d-]{6,}H?",
    "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|\d[A-Z]{3}\d{2}|\d{3}-[A-Z]{2}\d|[A-Z]{3} \d{4}",
    "DATE_REAL_YEAR": r"[\w ,/.-]+",
    "AGE_OVER_89": r"\d{2,3}",
    "PERSON": r"[^\W\d_][\w'.,\- ]*",
    "LOCATION": r"[A-Z][A-Za-z ]+",
    "ORGANIZATION": r"[A-Z][\w&'.,\- ]+",
}


def test_identifier_formats(built):
    assert set(_FORMATS) == set(CATEGORIES)
    for note, _, _ in _all(built):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            assert re.fullmatch(_FORMATS[cat], v), (cat, v)
            if cat == "IP_ADDRESS":
                assert all(0 <= int(x) <= 255 for x in v.split("."))


_CUES = ("mrn", "unit no", "fax", "tel", "phone", "pager", "pgr", "beeper", "npi", "dea", "ssn", "ss#", "sn",
         "serial", "vin", "plate", "reg", "zip", "acct", "account", "accession", "order", "requisition", "claim",
         "member", "subscriber", "id", "dob", "lic", "license", "email", "e-mail", "udi", "specimen")


def test_cue_words_and_titles_outside_spans(built):
    titles = {t.rstrip(".").lower() for t in h.TITLES}
    creds = set(h.CREDENTIALS)
    for note, _, _ in _all(built):
        for s, e, cat in note.spans:
            v = note.text[s:e]
            assert not re.match(r"[:#]", v)
            low = v.lower()
            for cue in _CUES:
                assert not re.match(re.escape(cue) + r"(?![a-z0-9])", low), (cat, v)
            if cat == "PERSON":
                words = re.split(r"[\s,]+", v)
                assert words[0].rstrip(".").lower() not in titles, v
                assert words[-1] not in creds, v
                tail = note.text[e:e + 8]
                assert not re.match(r"\S", tail[:1]) or tail[:1] in ",.)'", (v, tail)


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s)}


def test_eponyms_drugs_devices_never_person(built):
    generic = {"test", "sign", "brace", "collar", "table", "frame", "cyst", "elevator", "spatial", "grade", "knee",
               "type", "gel", "acid", "system", "device", "walker", "compression", "sequential", "cuff", "ready",
               "strips", "hinged", "vista", "peek", "tlif"}
    banned = set()
    for s in h.EPONYMS + h.DRUGS + h.DEVICES:
        banned |= _words(s) - generic
    for note, _, _ in _all(built):
        for s, e, cat in note.spans:
            if cat == "PERSON":
                assert not (_words(note.text[s:e]) & banned), note.text[s:e]
    # the surrogate name pools themselves avoid every eponym, drug and device word
    assert not ({w.lower() for w in h._FIRST + h._LAST} & banned)


def test_look_alikes_present_and_never_labelled(built):
    n_looks = 0
    for note, looks, _ in _all(built):
        assert looks == sorted(looks)
        labelled = {note.text[s:e] for s, e, _ in note.spans}
        for la in looks:
            assert la not in labelled, la
            occ = [m.start() for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(la) + r"(?![A-Za-z0-9])", note.text)]
            assert occ, la
            for o in occ:
                assert not any(s < o + len(la) and o < e for s, e, _ in note.spans), (la, note.spans)
        n_looks += len(looks)
    assert n_looks >= 5 * N * len(SEEDS)


def test_public_numbers_and_sites_never_labelled(built):
    public = h.PUBLIC_PHONES + h.PUBLIC_SITES
    for note, _, _ in _all(built):
        for s, e, _ in note.spans:
            assert note.text[s:e] not in public


def test_every_note_has_masks_or_shifted_dates(built):
    for note, _, _ in _all(built):
        assert "___" in note.text or _SHIFTED.search(note.text)
