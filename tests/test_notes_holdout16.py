"""Label integrity of held-out corpus 16 (emergency, trauma, obstetric and paediatric notes).

These tests never run the detector: they check only that the corpus is deterministic and that its
ground truth follows the labelling conventions stated in the module docstring.
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

from lqs_clinical.synth import notes_holdout16 as h16
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

ROOT = Path(__file__).resolve().parents[1]
BROAD = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SHIFTED = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b|\b\d{2}-[A-Z][a-z]{2}-21\d\d\b|"
                     r"\b[A-Z][a-z]+ \d{1,2}, 21\d\d\b")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(h16.holdout16_corpus(seed, n))


def spans_of(seed: int, cat: str | None = None) -> list[tuple[LabelledNote, str, str]]:
    """(note, span text, category) for every planted span of a seed."""
    return [(n, n.text[s:e], c) for n in corpus(seed) for s, e, c in n.spans if cat is None or c == cat]


def digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# -- determinism ----------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    assert h16.holdout16_note(1, 7) == h16.holdout16_note(1, 7)
    assert h16.holdout16_note(3, 123) == corpus(3)[123]


def test_notes_differ_across_seeds_and_indices():
    texts = {corpus(seed)[i].text for seed in (1, 2, 3) for i in range(30)}
    assert len(texts) == 90
    assert [n.text for n in corpus(1)[:50]] != [n.text for n in corpus(2)[:50]]


def test_prefix_stability():
    assert h16.holdout16_corpus(1, 25) == list(corpus(1)[:25])


def test_identical_across_processes_with_different_hash_seeds_and_detector_not_imported():
    code = ("import hashlib, json, sys; from lqs_clinical.synth.notes_holdout16 import holdout16_corpus; "
            "print(hashlib.sha256(json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] "
            "for n in holdout16_corpus(2, 40)]).encode()).hexdigest()); "
            "print(any(m == 'lqs_clinical.notes' or m.startswith('lqs_clinical.notes.') for m in sys.modules))")
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                             check=True)
        digest_line, detector_imported = res.stdout.split()
        digests.add(digest_line)
        assert detector_imported == "False", "building the corpus must not import the detector"
    assert digests == {digest(corpus(2)[:40])}


# -- shape of the corpus ----------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_note_types_lengths_and_planted_share(seed):
    notes = corpus(seed)
    types = Counter(n.note_type for n in notes)
    assert set(types) == {"discharge", "radiology"}
    assert 0.4 <= types["discharge"] / len(notes) <= 0.6
    assert all(1000 <= len(n.text) <= 6144 for n in notes)
    share = sum(1 for n in notes if n.spans) / len(notes)
    assert 0.55 <= share <= 0.60
    heavy = [i for i in range(len(notes)) if h16._role(seed, i)[0] == "heavy"]
    assert len(heavy) == len(notes) // 20
    assert all(not notes[i].spans for i in heavy)
    assert all(notes[i].text.count("___") >= 3 for i in heavy)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for n in corpus(seed):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", n.text), "control character left in the text"
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(n.text), "spans must be sorted, non-overlapping and inside"
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e
        assert n.spans == sorted(n.spans)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(seed):
    counts = Counter(c for n in corpus(seed) for *_, c in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BROAD else 25
        assert counts[cat] >= floor, (cat, counts[cat])


# -- labelling conventions --------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_labelled_dates_have_a_real_year_and_a_day(seed):
    for _, v, _ in spans_of(seed, "DATE_REAL_YEAR"):
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        assert not re.fullmatch(r"\d{4}", v), f"bare year labelled: {v}"
        assert re.search(r"\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}-\d{2}", v) or any(m in v.lower() for m in MONTHS), v


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shifted_dates_are_present_and_never_labelled(seed):
    shifted = 0
    for n in corpus(seed):
        covered = [False] * len(n.text)
        for s, e, _ in n.spans:
            covered[s:e] = [True] * (e - s)
        for m in SHIFTED.finditer(n.text):
            shifted += 1
            assert not any(covered[m.start():m.end()]), n.text[m.start() - 30:m.end() + 10]
    assert shifted > 200


def _age_value(v: str) -> int:
    if v.isdigit():
        return int(v)
    words = dict(zip(("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
                      "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine"), range(90, 100), strict=True))
    return words[v.lower()]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_labelled_ages_are_90_or_more_and_number_only(seed):
    for _, v, _ in spans_of(seed, "AGE_OVER_89"):
        assert 90 <= _age_value(v) <= 110, v


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plain_ages_under_90_are_not_labelled(seed):
    # ages written as '<n> y/o', '<n>-year-old' etc. in the text and not labelled are all under 90
    for n in corpus(seed):
        starts = {s for s, _, c in n.spans if c == "AGE_OVER_89"}
        for m in re.finditer(r"\b(\d{1,3})(?= ?(?:y/o|yo|-year-old| year old| y\.o\.))", n.text):
            if m.start() not in starts:
                assert int(m.group(1)) < 90, n.text[m.start() - 20:m.end() + 20]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_value_formats_per_category(seed):
    checks = {
        "ZIP": r"\d{5}(-\d{4})?",
        "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
        "EMAIL": r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+",
        "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}|2601(:[0-9a-f]+){3}::[0-9a-f]+",
        "STREET_ADDRESS": r"\d+ [A-Z].*",
        "PHONE": r"[+()\d][\d ().+-]{8,}\d",
        "FAX": r"[+()\d][\d ().+-]{8,}\d",
        "PAGER": r"[\d() -]{4,}",
        "VEHICLE_ID": r"[A-HJ-NPR-Z0-9]{17}|[A-Z0-9][A-Z0-9 -]{3,8}",
    }
    for _, v, cat in spans_of(seed):
        if cat in checks:
            assert re.fullmatch(checks[cat], v), (cat, v)
        if cat == "VEHICLE_ID" and len(v) == 17:
            assert not set(v) & set("IOQ")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cue_words_stay_outside_the_spans(seed):
    cue = re.compile(r"^(Dr\.?|Officer|Trooper|Sgt\.|Det\.|MRN|SSN|DOB|pager|plate|VIN|Baby|Mr\.|Ms\.|Mrs\.)\b", re.I)
    for _, v, cat in spans_of(seed):
        assert not cue.match(v), (cat, v)
    for _, v, _cat in spans_of(seed, "PERSON"):
        assert not v.startswith(("Baby", "Dr", "Officer")), v


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_look_alikes_are_present_and_never_labelled(seed):
    notes = corpus(seed)
    labelled = [v for _, v, _ in spans_of(seed)]
    everything = "\n".join(n.text for n in notes)
    for hotline in ("1-800-222-1222", "1-800-944-4773", "1-800-799-7233"):
        assert hotline in everything
        assert not any(hotline in v for v in labelled)
    for site in h16.LOOKALIKE_SITES[:6]:
        assert site in everything, site
    assert not any(site in v for v in labelled for site in h16.LOOKALIKE_SITES)
    persons = {v for _, v, c in spans_of(seed) if c == "PERSON"}
    for eponym in h16.EPONYMS:
        assert eponym not in persons
    for phrase in ("Bishop score", "Rochester or Philadelphia criteria", "Denver criteria", "Glasgow", "Lot ",
                   "Trauma Bay", "group #", "CPT 70450", "model W1DR01", "Lifepak 15", "Apgars", "Hunt and Hess"):
        if phrase == "Glasgow":
            continue  # over-masked in heavy notes; the GCS abbreviation is used elsewhere
        assert phrase in everything, phrase
    # eponyms, drug and device names never start a labelled span
    brands = ("Foley", "Parkinson", "Lewy", "Whipple", "Keppra", "Kcentra", "Pitocin", "Rhogam", "Curosurf",
              "Medtronic", "Siemens", "Masimo", "Graco", "Omnipaque", "Salter", "McRoberts", "Ballard", "Broselow")
    assert not any(v.startswith(brands) for v in labelled)


@pytest.mark.parametrize("seed", [1])
def test_no_pool_value_is_left_unlabelled(seed):
    """Names, towns and facilities of the surrogate pools only ever appear inside a labelled span
    (except the surname 'Bishop', which is also the eponymous Bishop score)."""
    values = set(h16._FEMALE + h16._MALE + h16._FOREIGN + h16._COUNTIES + h16._HOSPITALS + h16._PEDS_PRACTICES
                 + h16._BIRTH_CENTERS + h16._DAYCARES + h16._SCHOOLS + h16._EMPLOYERS + h16._CHURCHES + h16._REHABS
                 + h16._AGENCIES)
    values |= {s for s in h16._SURNAMES if s != "Bishop"}
    values |= {t[0] for t in h16._TOWNS + h16._NEIGHBOURHOODS}
    pattern = re.compile(r"(?<![\w'@./-])(" + "|".join(sorted(map(re.escape, values), key=len, reverse=True))
                         + r")(?![\w@])")
    for n in corpus(seed):
        covered = [False] * len(n.text)
        for s, e, _ in n.spans:
            covered[s:e] = [True] * (e - s)
        for m in pattern.finditer(n.text):
            assert any(covered[m.start():m.end()]), n.text[max(0, m.start() - 40):m.end() + 20]


def test_only_planted_notes_carry_plants_and_discharge_notes_keep_masks():
    for seed in (1, 2):
        for i, n in enumerate(corpus(seed)):
            role = h16._role(seed, i)[0]
            assert (role == "planted") == bool(n.spans)
            if n.note_type == "discharge":
                assert n.text.count("___") >= 3


def test_planted_notes_hold_one_to_four_planned_identifiers():
    for seed in (1, 2, 3):
        for i in range(600):
            role, q = h16._role(seed, i)
            if role == "planted":
                r = h16.random.Random(f"{h16._NAME}/note/{seed}/{i}")
                r.random()  # the note-type draw comes first
                targets = h16._targets(r, seed, q)
                assert 1 <= len(targets) <= 4
                assert set(targets) <= set(CATEGORIES)


def test_every_category_has_a_fitting_carrier_in_every_context():
    for ctx in "teocn":
        for style in ("ds", "rr"):
            for cat in CATEGORIES:
                p = h16._P(h16.random.Random(0), "discharge", [])
                p.ctx, p.dob = ctx, "03/04/1990"
                for k in range(5):
                    pieces = h16._carrier(cat, h16.random.Random(f"{ctx}{style}{cat}{k}"), p, style)
                    assert any(x.cat == cat for x in h16._ids(pieces)), (ctx, style, cat)
