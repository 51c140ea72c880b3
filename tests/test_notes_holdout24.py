"""Label integrity of held-out corpus 24 (forensic / legal / behavioural-health paperwork).

These tests never run the detector: they check that the ground truth is deterministic, well formed and
follows the corpus's labelling conventions.
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

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout24 import holdout24_corpus, holdout24_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SEEDS = (1, 2, 3)
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_NUMBER_WORDS = ("ninety", "one hundred")


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout24_corpus(seed, n))


def _digest(notes) -> str:
    payload = [(n.note_type, n.text, [list(s) for s in n.spans]) for n in notes]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


# ------------------------------------------------------------------ determinism


def test_same_seed_and_index_give_the_same_note():
    a, b = holdout24_note(7, 13), holdout24_note(7, 13)
    assert a == b
    assert holdout24_note(1, 3) == corpus(1)[3]


def test_notes_differ_across_seeds_and_indices():
    texts_by_index = {holdout24_note(1, i).text for i in range(30)}
    assert len(texts_by_index) == 30
    assert sum(holdout24_note(1, i).text != holdout24_note(2, i).text for i in range(30)) == 30
    assert _digest(corpus(1)[:50]) != _digest(corpus(2)[:50])


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout24 import holdout24_corpus; "
            "ns = holdout24_corpus(1, 40); "
            "print(hashlib.sha256(json.dumps([(n.note_type, n.text, [list(s) for s in n.spans]) for n in ns])"
            ".encode()).hexdigest())")
    digests = set()
    for hash_seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(corpus(1)[:40])}


def test_prefix_stability():
    assert holdout24_corpus(1, 25) == list(corpus(1)[:25])


# ------------------------------------------------------------------ span integrity


@pytest.mark.parametrize("seed", SEEDS)
def test_spans_are_well_formed(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        assert not _CONTROL.search(note.text), "control character left in the text"
        last_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= last_end <= s < e <= len(note.text), "spans must be sorted, non-overlapping, inside"
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            last_end = e


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(seed):
    counts = Counter(cat for note in corpus(seed) for _, _, cat in note.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_shape(seed):
    notes = corpus(seed)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.55 * len(notes) <= with_plants <= 0.60 * len(notes)
    assert all(1 <= len({s for s, _, _ in n.spans}) <= 12 for n in notes if n.spans)
    types = Counter(n.note_type for n in notes)
    assert abs(types["discharge"] - types["radiology"]) < 0.12 * len(notes)
    assert all(1000 <= len(n.text) <= 6000 for n in notes)
    assert all("___" in n.text for n in notes)


# ------------------------------------------------------------------ labelling conventions


def _spans(seed, cat):
    for note in corpus(seed):
        for s, e, c in note.spans:
            if c == cat:
                yield note, s, e, note.text[s:e]


@pytest.mark.parametrize("seed", SEEDS)
def test_dates_have_a_real_year(seed):
    for _, _, _, value in _spans(seed, "DATE_REAL_YEAR"):
        years = [int(y) for y in re.findall(r"\d{4}", value)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, value
        assert not re.fullmatch(r"\d{4}", value), "bare years are never labelled"


@pytest.mark.parametrize("seed", SEEDS)
def test_ages_are_90_or_more(seed):
    for _, _, _, value in _spans(seed, "AGE_OVER_89"):
        if value.isdigit():
            assert 90 <= int(value) <= 110
        else:
            assert value.startswith(_NUMBER_WORDS), value


@pytest.mark.parametrize("seed", SEEDS)
def test_value_shapes(seed):
    for cat, pattern in (
        ("PHONE", r"\+?[\d()\-. ]{7,20}"), ("FAX", r"\+?[\d()\-. ]{7,20}"), ("PAGER", r"\+?[\d()\-. ]{5,16}"),
        ("SSN", r"\d{3}[- ]?\d{2}[- ]?\d{4}"), ("ZIP", r"0\d{4}(-\d{4})?"), ("EMAIL", r"[\w.]+@[\w.]+\.\w+"),
        ("STREET_ADDRESS", r"\d+ [A-Z][\w ]+(, (Apt|Unit) \w+| #\d+)?"),
        ("IP_ADDRESS", r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+"),
    ):
        for _, _, _, value in _spans(seed, cat):
            assert re.fullmatch(pattern, value), (cat, value)


def _vin_ok(vin: str) -> bool:
    values = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
                      strict=True))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(vin, weights, strict=True))
    return vin[8] == ("X" if total % 11 == 10 else str(total % 11))


@pytest.mark.parametrize("seed", SEEDS)
def test_vehicle_and_device_ids(seed):
    for _, _, _, value in _spans(seed, "VEHICLE_ID"):
        if len(value) == 17:
            assert _vin_ok(value), value
        else:
            assert re.fullmatch(r"[A-Z0-9 -]{5,9}", value), value
    for _, _, _, value in _spans(seed, "DEVICE_ID"):
        if value.startswith("(01)"):
            assert "(21)" in value, "a UDI without a serial is not a device identifier"


@pytest.mark.parametrize("seed", SEEDS)
def test_titles_and_cue_words_stay_outside_spans(seed):
    for note in corpus(seed):
        for s, e, _cat in note.spans:
            value = note.text[s:e]
            assert not re.match(r"(Dr|Ofc|Sgt|Det|Tpr|Hon|Atty|Mr|Ms)\.? ", value), value
            assert not re.search(r"(?i)\b(MRN|SSN|DOB|phone|fax|pager|serial|plate|VIN)\b", value), value


_LOOKALIKES = re.compile(
    r"21\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/21\d\d|[A-Z][a-z]+ \d{1,2}, 21\d\d"  # shifted dates
    r"|1-800-222-1222|1-800-792-5200|1-800-922-2275|877-785-2020|800-656-4673"  # public hotlines
    r"|\b988(?= Suicide)|(?<=Lifeline )988|\(988\)"
    r"|www\.mass\.gov\S*|www\.poison\.org|988lifeline\.org|www\.nhtsa\.gov\S*|www\.rainn\.org"  # public sites
    r"|(?:Evidence kit|kit) (?:SAEK-|MA-SAEK |EK)?\d+|seal #\d+|disc FX-\d+"  # custody items
    r"|NDC [\d-]+|CPT \d+|ICD-10 \S+|lot \w+|exp \d\d/\d{4}|exp \d{4}-\d\d-\d\d"  # codes, lots, expiry
    r"|firmware [\d.]+|model UDI \S+|[Gg]roup:? \d{6}"  # firmware, GTIN-only UDI, employer group numbers
    r"|(?:Glasgow|Battle|Babinski|Lewy|Parkinson|Foley|Whipple|Chance|Colles|Jefferson|Salter-Harris)\b"
    r"|BP \d+/\d+|Pod [A-D]-\d+|room \d+|Medic \d+"  # ratios, beds, units
    r"|\b(?:19|20)\d\d (?=(?:Honda|Toyota|Ford|Nissan|Chevrolet|Subaru|Hyundai|Dodge|Jeep|Kia|Mazda) )"  # model years
)


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_are_never_labelled(seed):
    seen = 0
    for note in corpus(seed):
        for m in _LOOKALIKES.finditer(note.text):
            seen += 1
            for s, e, cat in note.spans:
                assert not (s < m.end() and m.start() < e), (cat, note.text[s:e], m.group(0))
    assert seen > 2000


_OVERMASKED = re.compile(
    r"___ (?:Coma Scale|sign|body vs|Aquilion|SOMATOM|Revolution|Incisive|LightSpeed|Discovery|Ysio|DRX|Definition)"
    r"|No ___ or hangman|No ___ injury|___ prophylaxis|\(___ eyes|___-month-old|___ ___ BLOOD"
)


@pytest.mark.parametrize("seed", SEEDS)
def test_heavily_masked_notes_have_no_plants(seed):
    over = [n for n in corpus(seed) if _OVERMASKED.search(n.text)]
    assert len(over) >= 0.035 * len(corpus(seed))
    assert all(not n.spans for n in over)
