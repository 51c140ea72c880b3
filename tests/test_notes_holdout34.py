"""Label integrity of held-out corpus 34 (IR, vascular surgery, wound care).

These tests check the corpus and its labels only; they never run or import the detector.
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

from lqs_clinical.synth import notes_holdout34 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
ROOT = Path(__file__).resolve().parents[1]


@cache
def built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def notes(seed: int) -> list[LabelledNote]:
    return [b[0] for b in built(seed)]


def all_spans(seed: int):
    for n, look, kind in built(seed):
        for s, e, c in n.spans:
            yield n, look, kind, s, e, c


def _key(n: LabelledNote) -> tuple:
    return (n.note_type, n.text, tuple(n.spans))


# -------------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_same_note():
    assert _key(h.holdout34_note(5, 17)) == _key(h.holdout34_note(5, 17))
    assert _key(h.holdout34_note(1, 3)) == _key(notes(1)[3])


def test_different_across_seeds_and_indices():
    assert h.holdout34_note(1, 10).text != h.holdout34_note(2, 10).text
    assert h.holdout34_note(1, 10).text != h.holdout34_note(1, 11).text
    texts = [n.text for n in notes(1)]
    assert len(set(texts)) == len(texts)


def test_prefix_stability_and_order_independence():
    long = h.holdout34_corpus(4, 60)
    short = h.holdout34_corpus(4, 25)
    assert [_key(n) for n in long[:25]] == [_key(n) for n in short]
    h._PREFIX.clear()  # a note built first, out of order, is the same note
    assert _key(h.holdout34_note(4, 57)) == _key(long[57])


def test_corpus_is_list_of_notes():
    c = h.holdout34_corpus(9, 5)
    assert len(c) == 5 and all(isinstance(n, LabelledNote) for n in c)


_DIGEST = (
    "import hashlib, json\n"
    "from lqs_clinical.synth.notes_holdout34 import holdout34_corpus\n"
    "h = hashlib.sha256()\n"
    "for n in holdout34_corpus(3, 40):\n"
    "    h.update(json.dumps([n.note_type, n.text, n.spans]).encode())\n"
    "print(h.hexdigest())\n"
)


def test_identical_across_processes_and_hash_seeds():
    local = hashlib.sha256()
    for n in h.holdout34_corpus(3, 40):
        local.update(json.dumps([n.note_type, n.text, n.spans]).encode())
    digests = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", _DIGEST], cwd=ROOT, env=env, capture_output=True,
                             text=True, check=True, timeout=120)
        digests.add(out.stdout.strip())
    assert digests == {local.hexdigest()}


# -------------------------------------------------------------------------------------------------- spans


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_well_formed(seed):
    for n in notes(seed):
        prev_end = -1
        assert n.spans == sorted(n.spans)
        for s, e, c in n.spans:
            assert c in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "spans overlap"
            prev_end = e
            v = n.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v and "\n" not in v


@pytest.mark.parametrize("seed", SEEDS)
def test_no_control_characters_and_sizes(seed):
    for n in notes(seed):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", n.text)
        assert 1000 <= len(n.text.encode("utf-8")) <= 6144
        assert n.note_type in ("discharge", "radiology")


# -------------------------------------------------------------------------------------------------- shares & floors


@pytest.mark.parametrize("seed", SEEDS)
def test_per_category_floors(seed):
    counts = Counter(c for *_, c in all_spans(seed))
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_shares(seed):
    b = built(seed)
    with_plants = [n for n, _, _ in b if n.spans]
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    assert 0.55 <= len(with_plants) / N <= 0.60
    discharge = sum(n.note_type == "discharge" for n, _, _ in b)
    assert 0.4 <= discharge / N <= 0.6
    heavy = [n for n, _, k in b if k == "heavy"]
    assert 0.03 <= len(heavy) / N <= 0.07
    for n in heavy:
        assert not n.spans and n.text.count("___") >= 12
    # "heavily masked without plants" is exactly the heavy kind
    heavy_like = [n for n, _, _ in b if not n.spans and n.text.count("___") >= 12]
    assert len(heavy_like) == len(heavy)
    assert {k for _, _, k in b} == {"normal", "heavy"}


def test_document_kinds_are_varied():
    kinds = Counter(h.doc_kind(1, i) for i in range(N))
    assert len(kinds) >= 12
    assert len(h.DISCHARGE_KINDS) + len(h.RADIOLOGY_KINDS) >= 12
    assert min(kinds.values()) >= 15


# -------------------------------------------------------------------------------------------------- values

_FULL_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SHIFTED = re.compile(
    r"\b(?:21\d\d|2200)-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/(?:21\d\d|2200)\b"
    r"|\b[A-Z][a-z]{2}\.? \d{1,2},? (?:21\d\d|2200)\b"
)


@pytest.mark.parametrize("seed", SEEDS)
def test_dates(seed):
    for n, _, _, s, e, c in all_spans(seed):
        if c == "DATE_REAL_YEAR":
            years = [int(y) for y in _FULL_YEAR.findall(n.text[s:e])]
            assert years and all(1900 <= y <= 2030 for y in years), n.text[s:e]
    shifted_seen = 0
    for n in notes(seed):
        for m in _SHIFTED.finditer(n.text):
            shifted_seen += 1
            assert not any(m.start() < e and m.end() > s for s, e, _ in n.spans), m.group(0)
    assert shifted_seen > N  # shifted dates are everywhere, and never labelled


@pytest.mark.parametrize("seed", SEEDS)
def test_ages(seed):
    for n, _, _, s, e, c in all_spans(seed):
        if c == "AGE_OVER_89":
            assert n.text[s:e].isdigit() and 90 <= int(n.text[s:e]) <= 120


_FORMATS = {
    "PHONE": r"(?:\+1 |1-)?(?:\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "FAX": r"(?:\+1 |1-)?(?:\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}",
    "PAGER": r"[\d-]{4,12}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}",
    "URL": r"(?:https?://|www\.)[\w./?=&-]+",
    "IP_ADDRESS": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "SSN": r"\d{3}[- ]\d{2}[- ]\d{4}",
    "MRN": r"[A-Z]?[\d-]{7,11}",
    "ACCOUNT": r"[A-Z0-9-]{6,14}",
    "HEALTH_PLAN": r"[A-Z0-9-]{9,16}",
    "LICENSE": r"[A-Z]{0,2}\d{6,10}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][\w ]+?(?:, Apt \d[A-D]| Unit \d+)?",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9()-]{9,60}",
    "VEHICLE_ID": r"[A-Z0-9 -]{5,17}",
}


@pytest.mark.parametrize("seed", SEEDS)
def test_identifier_formats(seed):
    for n, _, _, s, e, c in all_spans(seed):
        v = n.text[s:e]
        if c in _FORMATS:
            assert re.fullmatch(_FORMATS[c], v), (c, v)
        if c == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split("."))
        if c in ("PHONE", "FAX"):
            assert len(re.sub(r"\D", "", v)) in (10, 11)
        if c in ("MRN", "ACCOUNT", "LICENSE", "PAGER"):
            assert sum(ch.isdigit() for ch in v) >= 4, (c, v)
        if c == "LOCATION":
            assert v in h.TOWNS
        if c == "ORGANIZATION":
            assert v in h.ORGS or v in h.ORG_ABBR
        if c == "PERSON":
            assert re.fullmatch(r"[^\W\d_][\w'. ,-]*", v) and not any(ch.isdigit() for ch in v), v


_CUE_START = re.compile(
    r"(?i)^(?:dr|mr|mrs|ms|miss|prof|mrn|mr#|npi|dea|fax|tel|phone|ph|pager|pgr|beeper|sn|serial|acct|accession|"
    r"member|lic|license|unit no|ssn|ss#|zip|order|req|specimen|vin|plate|age)\b[.:#\s]*"
)
_CRED_END = re.compile(r"(?:,|\s)\s*(?:MD|M\.D\.|RN|DO|NP|PA-C|RVT|CWOCN|CPO|DPM|CHT|RPVI|CWS|RT\(R\))$")


@pytest.mark.parametrize("seed", SEEDS)
def test_cue_words_and_titles_outside_spans(seed):
    for n, _, _, s, e, c in all_spans(seed):
        v = n.text[s:e]
        if c not in ("ORGANIZATION", "LOCATION"):
            assert not _CUE_START.match(v), (c, v)
        assert not _CRED_END.search(v), (c, v)
        if c == "STREET_ADDRESS":
            assert not re.search(r"\d{5}$", v)  # the ZIP is its own span
            assert not any(v.endswith(st) for st in (" MA", " RI", " NH", " CT"))


@pytest.mark.parametrize("seed", SEEDS)
def test_eponyms_drugs_devices_never_person(seed):
    banned = {w.lower() for w in h.EPONYMS + h.DRUGS + h.DEVICES}
    for n, _, _, s, e, c in all_spans(seed):
        if c == "PERSON":
            tokens = {t.lower() for t in re.split(r"[\s,.]+", n.text[s:e]) if t}
            assert not tokens & banned, n.text[s:e]
    assert not {w.lower() for w in h.FIRST + h.LAST} & banned


@pytest.mark.parametrize("seed", SEEDS)
def test_look_alikes_never_labelled(seed):
    counts = []
    for n, look, _ in built(seed):
        assert look == sorted(set(look))
        counts.append(len(look))
        labelled = {n.text[s:e] for s, e, _ in n.spans}
        for la in look:
            assert la not in labelled, la
            # at least one occurrence lies outside every span
            starts = [m.start() for m in re.finditer(re.escape(la), n.text)]
            assert starts, la
            assert any(not any(p < e and p + len(la) > s for s, e, _ in n.spans) for p in starts), la
    assert min(counts) >= 2
    assert sum(counts) / len(counts) >= 5


def test_main_is_wired_but_not_run():
    assert callable(h.main)
    assert "Written blind" in (h.__doc__ or "")
