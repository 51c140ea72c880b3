"""Label-integrity tests for held-out corpus 19 (geriatrics, long-term care, palliative care, hospice).

These never run the detector: they only check that the corpus is deterministic and that its labels
follow the corpus's own conventions.
"""

from __future__ import annotations

import collections
import hashlib
import os
import re
import subprocess
import sys

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout19 import _plan, holdout19_corpus, holdout19_note

SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@pytest.fixture(scope="module")
def corpora() -> dict:
    return {seed: holdout19_corpus(seed, 600) for seed in SEEDS}


def _digest(notes) -> str:
    h = hashlib.sha256()
    for n in notes:
        h.update(n.note_type.encode())
        h.update(n.text.encode())
        h.update(repr(n.spans).encode())
    return h.hexdigest()


def _unlabelled(note) -> str:
    """The note's text with every labelled span blanked out."""
    chars = list(note.text)
    for s, e, _ in note.spans:
        chars[s:e] = ["#"] * (e - s)
    return "".join(chars)


# ------------------------------------------------------------------------------------------------
# determinism
# ------------------------------------------------------------------------------------------------


def test_same_seed_and_index_give_the_same_note():
    a, b = holdout19_note(1, 17), holdout19_note(1, 17)
    assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    texts = {holdout19_note(seed, i).text for seed in (1, 2, 3) for i in range(10)}
    assert len(texts) == 30


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib; from lqs_clinical.synth.notes_holdout19 import holdout19_corpus\n"
            "h = hashlib.sha256()\n"
            "for n in holdout19_corpus(7, 30):\n"
            "    h.update(n.note_type.encode()); h.update(n.text.encode()); h.update(repr(n.spans).encode())\n"
            "print(h.hexdigest())\n")
    outs = set()
    for hs in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(res.stdout.strip())
    assert outs == {_digest(holdout19_corpus(7, 30))}


def test_prefix_stability(corpora):
    assert holdout19_corpus(1, 25) == corpora[1][:25]


# ------------------------------------------------------------------------------------------------
# span integrity
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(corpora, seed):
    for note in corpora[seed]:
        assert note.note_type in ("discharge", "radiology")
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", note.text)
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(note.text)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e
        assert note.spans == sorted(note.spans)


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(corpora, seed):
    counts = collections.Counter(cat for n in corpora[seed] for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_keep_a_comfortable_margin(corpora, seed):
    counts = collections.Counter(cat for n in corpora[seed] for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


# ------------------------------------------------------------------------------------------------
# corpus shape
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_shape(corpora, seed):
    notes = corpora[seed]
    kinds = collections.Counter(n.note_type for n in notes)
    assert 270 <= kinds["discharge"] <= 330
    planted = [n for n in notes if n.spans]
    assert 0.54 <= len(planted) / len(notes) <= 0.61
    assert all(1 <= len(n.spans) <= 4 for n in planted)
    for n in notes:
        assert 1000 <= len(n.text) <= 6000
        if n.note_type == "discharge":
            assert "Name:  ___" in n.text or re.match(r"Name:  \S", n.text)


@pytest.mark.parametrize("seed", SEEDS)
def test_heavily_masked_notes_carry_no_plants(corpora, seed):
    heavy = [i for i in range(600) if _plan(seed, i)[1]]
    assert 20 <= len(heavy) <= 40
    for i in heavy:
        note = corpora[seed][i]
        assert note.spans == []
        assert note.text.count("___") >= (25 if note.note_type == "discharge" else 8)


# ------------------------------------------------------------------------------------------------
# labelling conventions
# ------------------------------------------------------------------------------------------------

_WORD_AGES = {"ninety", "one hundred"} | {f"ninety-{w}" for w in
                                          ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")} | {
    f"one hundred and {w}" for w in ("one", "two", "three", "four")}


def _values(corpora, cat):
    return [(n, n.text[s:e]) for seed in SEEDS for n in corpora[seed] for s, e, c in n.spans if c == cat]


def test_labelled_dates_have_a_real_year(corpora):
    for _, v in _values(corpora, "DATE_REAL_YEAR"):
        years = re.findall(r"(?<!\d)\d{4}(?!\d)", v)
        if years:
            assert len(years) == 1 and 1900 <= int(years[0]) <= 2030, v
        else:
            assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2}", v), v


def test_shifted_dates_and_real_dates_are_never_mixed_up(corpora):
    real = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b|"
                      r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (19|20)\d\d\b")
    shifted = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d\d/\d\d/21\d\d\b")
    n_shifted = 0
    for seed in SEEDS:
        for note in corpora[seed]:
            rest = _unlabelled(note)
            assert not real.search(rest), real.search(rest).group(0)
            n_shifted += len(shifted.findall(rest))
    assert n_shifted > 500  # shifted dates are common and never labelled


def test_labelled_ages_are_ninety_or_more(corpora):
    for _, v in _values(corpora, "AGE_OVER_89"):
        if v.isdigit():
            assert 90 <= int(v) <= 110, v
        else:
            assert v.lower() in _WORD_AGES, v


def test_no_unlabelled_age_of_ninety_or_more(corpora):
    rx = re.compile(r"\b(9\d|1[01]\d)[- ]?(year|yo\b|y/o)|\bninety|\bone hundred", re.I)
    vague = 0
    for seed in SEEDS:
        for note in corpora[seed]:
            rest = _unlabelled(note)
            assert not rx.search(rest), rx.search(rest).group(0)
            vague += rest.count("nonagenarian") + len(re.findall(r"in (?:her|his) 90s", rest))
    assert vague > 20  # inexact ages appear and are not labelled


def test_value_formats(corpora):
    for _, v in _values(corpora, "SSN"):
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v), v
    for cat in ("PHONE", "FAX", "PAGER"):
        for _, v in _values(corpora, cat):
            assert re.fullmatch(r"[+(\d][\d ().-]*\d", v) and sum(c.isdigit() for c in v) >= 4, (cat, v)
    for _, v in _values(corpora, "EMAIL"):
        assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]{2,}", v), v
    for _, v in _values(corpora, "URL"):
        assert v.startswith(("http://", "https://")), v
        assert not any(p in v for p in ("medicare.gov", "alz.org", "nih.gov", "cdc.gov", "nhpco.org")), v
    for _, v in _values(corpora, "IP_ADDRESS"):
        parts = v.split(".")
        assert len(parts) == 4 and all(0 <= int(p) <= 255 for p in parts), v
    for _, v in _values(corpora, "ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for _, v in _values(corpora, "STREET_ADDRESS"):
        assert re.match(r"\d+ [A-Z]", v), v
        assert not re.search(r", (MA|RI|NH|ME|VT|CT)\b", v), v
    for _, v in _values(corpora, "LOCATION"):
        assert v not in ("MA", "RI", "NH", "ME", "VT", "CT", "Ireland", "Italy", "Poland", "Haiti"), v


def test_cue_words_and_titles_stay_outside_spans(corpora):
    cue = re.compile(r"^(Dr\.?|Mr\.|Ms\.|Mrs\.|MRN|SSN|NPI|DEA|pager|pgr|fax|cell|phone|serial|SN|S/N|VIN|plate|"
                     r"Attorney|Unit No)\b", re.I)
    for seed in SEEDS:
        for note in corpora[seed]:
            for s, e, _ in note.spans:
                assert not cue.match(note.text[s:e]), note.text[s:e]
    for _, v in _values(corpora, "PERSON"):
        assert not re.search(r"\b(MD|M\.D\.|DO|Esq|RN|NP)\b", v), v


def test_npi_and_vin_values_are_well_formed(corpora):
    def luhn_ok(npi: str) -> bool:
        total = 0
        for k, d in enumerate(int(x) for x in reversed("80840" + npi)):
            if k % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        return total % 10 == 0

    for note, v in _values(corpora, "LICENSE"):
        i = note.text.index(v)
        if re.search(r"NPI #? ?$", note.text[max(0, i - 8):i]):
            assert len(v) == 10 and luhn_ok(v), v
    values = {"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}
    values.update(zip("ABCDEFGH", range(1, 9), strict=True))
    values.update(zip("JKLMN", range(1, 6), strict=True))
    values.update({"P": 7, "R": 9})
    values.update(zip("STUVWXYZ", range(2, 10), strict=True))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    vins = [v for _, v in _values(corpora, "VEHICLE_ID") if len(v) == 17]
    assert vins
    for v in vins:
        check = sum(values[c] * w for c, w in zip(v, weights, strict=True)) % 11
        assert v[8] == ("X" if check == 10 else str(check)), v


_LOOKALIKES = (
    "1-800-677-1116", "1-800-272-3900", "1-800-633-4227", "1-800-222-1222", "1-800-MEDICARE", "www.alz.org",
    "www.medicare.gov/care-compare", "www.nia.nih.gov/health/alzheimers", "theconversationproject.org",
    "Parkinson", "Lewy bod", "Foley", "Glasgow Coma Scale", "Whipple", "Hunt and Hess", "Barthel", "Katz",
    "Braden", "Morse Fall Scale", "Hoyer lift", "Kerley B", "Paget disease", "Garden IV", "Scheltens", "Fazekas",
    "Creutzfeldt-Jakob", "Heberden", "Schatzki", "Zenker", "Babinski", "Rogers authorization", "Boston Scientific",
    "Medtronic", "SOMATOM", "Carestream DRX-Revolution", "firmware 4.2.0.118", "firmware 2.1.0.4", "W1DR01",
    "CPT 70450", "CPT 73502", "CPT 99497", "Medicare Part D", "FAST stage 7a", "MoCA", "MMSE", "PPS 30%",
    "IDDSI level 5", "Z51.5", "lot UT", "room ", "7 North", "Eliquis", "Aricept", "Roxanol", "MOLST", "DNR/DNI",
    "group # ", "nonagenarian",
)


def test_lookalikes_appear_and_are_never_labelled(corpora):
    seen = collections.Counter()
    for seed in SEEDS:
        for note in corpora[seed]:
            for word in _LOOKALIKES:
                for m in re.finditer(re.escape(word), note.text):
                    seen[word] += 1
                    for s, e, _ in note.spans:
                        assert not (s < m.end() and m.start() < e), (word, note.text[s:e])
    missing = [w for w in _LOOKALIKES if not seen[w]]
    assert not missing, missing


def test_person_spans_are_not_eponyms_or_brands(corpora):
    banned = {"Parkinson", "Lewy", "Foley", "Glasgow", "Whipple", "Hunt", "Hess", "Barthel", "Katz", "Braden",
              "Hoyer", "Paget", "Rogers", "Alzheimer", "Medtronic", "Eliquis", "Aricept"}
    for _, v in _values(corpora, "PERSON"):
        assert not set(re.findall(r"[A-Z][a-z]+", v)) & banned, v


def test_group_numbers_are_not_labelled(corpora):
    n = 0
    for seed in SEEDS:
        for note in corpora[seed]:
            for m in re.finditer(r"group # (\w+)", note.text):
                n += 1
                assert all(not (s < m.end(1) and m.start(1) < e) for s, e, _ in note.spans)
    assert n > 10
