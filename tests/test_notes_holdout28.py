"""Label-integrity tests for held-out corpus 28 (endocrinology / diabetes devices / bariatric / GI-hepatology).

These tests never run the detector: they only check that the corpus is deterministic and that its labels
follow the corpus conventions.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout28 import (
    HEAVY_P,
    holdout28_corpus,
    holdout28_masked_text,
    holdout28_note,
)

SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@pytest.fixture(scope="module")
def corpora():
    return {seed: holdout28_corpus(seed, 600) for seed in SEEDS}


def _digest(notes) -> str:
    return hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in notes]).encode()).hexdigest()


# --------------------------------------------------------------------------------------------------
# Determinism
# --------------------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    assert holdout28_note(5, 17) == holdout28_note(5, 17)
    assert holdout28_note(1, 0) == holdout28_note(1, 0)


def test_notes_differ_across_seeds_and_indices():
    assert holdout28_note(1, 3).text != holdout28_note(2, 3).text
    assert holdout28_note(1, 3).text != holdout28_note(1, 4).text
    texts = {holdout28_note(7, i).text for i in range(40)}
    assert len(texts) == 40


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib; from lqs_clinical.synth.notes_holdout28 import holdout28_corpus as c; "
            "print(hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in c(4, 40)]).encode()).hexdigest())")
    outs = []
    for hs in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.append(res.stdout.strip())
    assert outs[0] == outs[1] == _digest(holdout28_corpus(4, 40))


def test_prefix_stable(corpora):
    assert holdout28_corpus(1, 25) == corpora[1][:25]


# --------------------------------------------------------------------------------------------------
# Span integrity
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(corpora, seed):
    for note in corpora[seed]:
        assert note.note_type in ("discharge", "radiology")
        text = note.text
        assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in text)
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert prev_end <= s < e <= len(text)
            value = text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e
        assert note.spans == sorted(note.spans)


def test_every_leaked_identifier_is_labelled():
    """Masking every span again gives exactly the note a successful de-identification would have left."""
    for i in range(600):
        note = holdout28_note(1, i)
        parts, last = [], 0
        for s, e, _ in note.spans:
            parts += [note.text[last:s], "___"]
            last = e
        parts.append(note.text[last:])
        assert "".join(parts) == holdout28_masked_text(1, i), i


# --------------------------------------------------------------------------------------------------
# Corpus shape and category counts
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(corpora, seed):
    counts = Counter(c for n in corpora[seed] for _, _, c in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= (40 if cat in BIG else 25), (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_have_a_margin(corpora, seed):
    counts = Counter(c for n in corpora[seed] for _, _, c in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 1.5 * (40 if cat in BIG else 25), (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_corpus_shape(corpora, seed):
    notes = corpora[seed]
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.54 <= with_plants / len(notes) <= 0.62
    radiology = sum(1 for n in notes if n.note_type == "radiology")
    assert 0.4 <= radiology / len(notes) <= 0.6
    assert all(900 <= len(n.text) <= 6500 for n in notes)
    assert max(len(n.spans) for n in notes) <= 8
    assert sum(n.text.count("___") for n in notes) / len(notes) > 10


def test_heavily_masked_notes_carry_no_plants(corpora):
    heavy = [i for i in range(600) if random.Random(f"holdout28:1:{i}").random() < HEAVY_P]
    assert 15 <= len(heavy) <= 50
    for i in heavy:
        note = corpora[1][i]
        assert not note.spans
        assert not re.search(r"\b2[12]\d\d-\d\d-\d\d\b", note.text)


# --------------------------------------------------------------------------------------------------
# Labelling conventions
# --------------------------------------------------------------------------------------------------

def _spans(corpora, cat):
    return [(n.text, s, e) for seed in SEEDS for n in corpora[seed] for s, e, c in n.spans if c == cat]


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"


def test_labelled_dates_have_a_real_year(corpora):
    for text, s, e in _spans(corpora, "DATE_REAL_YEAR"):
        value = text[s:e]
        years = [int(y) for y in re.findall(r"\d{4}", value)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, value
        assert re.search(r"\d{1,2}[/.-]\d{1,2}|\d{4}-\d\d-\d\d|" + _MONTH, value, re.I), value  # not a bare year


def test_shifted_dates_and_expiry_dates_are_never_labelled(corpora):
    for seed in SEEDS:
        for n in corpora[seed]:
            for s, e, _ in n.spans:
                assert not re.search(r"\b2[12]\d\d-\d\d-\d\d\b", n.text[s:e])
                assert not re.search(r"\bexp\.?\s*$", n.text[max(0, s - 6):s])


_WORDS = {"ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}


def test_labelled_ages_are_over_89(corpora):
    ages = _spans(corpora, "AGE_OVER_89")
    assert ages
    for text, s, e in ages:
        value = text[s:e]
        if value.isdigit():
            age = int(value)
        else:
            assert value.startswith("ninety"), value
            age = sum(_WORDS[w] for w in value.split("-"))
        assert 90 <= age <= 120, value


_FORMATS = {
    "PHONE": r"[\d()+. -]{10,17}", "FAX": r"[\d()+. -]{10,17}", "PAGER": r"[\d()+. -]{5,17}",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "URL": r"https://\S+", "SSN": r"\d{3}-\d{2}-\d{4}",
    "ZIP": r"\d{5}(-\d{4})?", "STREET_ADDRESS": r"\d+ [A-Z][\w .,#-]+", "MRN": r"[\d-]{7,12}",
    "ACCOUNT": r"[A-Z]{0,3}-?[\d-]{7,12}", "HEALTH_PLAN": r"[A-Z0-9-]{8,14}", "LICENSE": r"[A-Z0-9-]{5,17}",
    "DEVICE_ID": r"[A-Z0-9()$+/]{6,60}", "VEHICLE_ID": r"[A-Z0-9 -]{6,17}",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+::[0-9a-f]+",
}


def test_value_formats(corpora):
    for cat, pattern in _FORMATS.items():
        for text, s, e in _spans(corpora, cat):
            assert re.fullmatch(pattern, text[s:e]), (cat, text[s:e])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION"):
        for text, s, e in _spans(corpora, cat):
            assert not re.search(r"\d", text[s:e]), (cat, text[s:e])
    for text, s, e in _spans(corpora, "IP_ADDRESS"):
        if "." in text[s:e]:
            assert all(0 <= int(o) <= 255 for o in text[s:e].split("."))


def test_cue_words_and_titles_stay_outside_spans(corpora):
    cue = re.compile(r"(Dr|Mr|Ms|MD|RN|MRN|SSN|NPI|DEA|Tel|Fax|Phone|Pager|Member|Unit|Acct|Accession|plate|serial)\b",
                     re.I)
    for seed in SEEDS:
        for n in corpora[seed]:
            for s, e, c in n.spans:
                value = n.text[s:e]
                if c in ("PERSON", "ORGANIZATION", "LOCATION"):
                    assert not re.match(r"(Dr|Mr|Ms|Mrs)\.?\s", value), value
                    assert not value.endswith((" MD", ", MD", " RN", " RD")), value
                else:
                    assert not cue.match(value), value
                assert not value.endswith(":")


def test_device_udis_are_labelled_only_with_a_serial(corpora):
    for text, s, e in _spans(corpora, "DEVICE_ID"):
        value = text[s:e]
        if value.startswith(("(01)", "+")):
            assert "(21)" in value or "$+" in value, value


# look-alikes: (name, pattern, minimum occurrences on seed 1); none may ever overlap a label
_LOOKALIKES = (
    ("public hotline", r"1-800-222-1222|1-800-633-4227|1-800-342-2383|1-888-894-6361|call or text 988", 100),
    ("public web site", r"www\.diabetes\.org|https://www\.(?:cdc|niddk|liverfoundation|crohnscolitisfoundation)"
                        r"\S*|https://asmbs\.org\S*|https://optn\.transplant\.hrsa\.gov|www\.breakthrought1d\.org",
     100),
    ("lot number", r"\blot [A-Z0-9]+", 200),
    ("expiry date", r"\bexp (?:\d{2}/)?(?:\d{2}/)?20\d\d(?:-\d\d){0,2}", 200),
    ("REF / model number", r"\bREF [A-Z0-9-]+|\bmodel [A-Z0-9-]+|MMT-\d+", 80),
    ("lot-only UDI", r"\(01\)\d{14}\(17\)\d{6}\(10\)\d+|/\$\$3\d{6}L\d+", 20),
    ("plan numbers", r"Group #:? \d+|group \d+|RxBIN \d+|RxPCN \w+|RxGRP \w+|PDP group \w+", 20),
    ("software version", r"(?:APEX|enCORE v|software v|firmware|uploader v|app version)\s?[\d.]+", 100),
    ("shifted date or year", r"\b2[12]\d\d-\d\d-\d\d\b|(?:since|Tdap|school year) 2[12]\d\d", 500),
    ("blood pressure", r"BP \d{2,3}/\d{2,3}", 200),
    ("clinical code", r"CPT \d{5}|ICD-10 [A-Z]\d+(?:\.\d+)?|NDC [\d-]+|Form PA-\d+-[ABC]", 20),
    ("room / suite / scope", r"Rm \d+-\d+[AB]|Endoscopy Suite \d|scope inventory #\d+", 50),
    ("carb ratio", r"\b\d\d:00 1:\d+", 40),
    ("age under 90", r"\b(?:[1-8]\d|\d) year old", 150),
    ("eponym or place-named score", r"Parkinson|Lewy body|Hunt and Hess|Glasgow|Whipple|Foley|Milan criteria|"
                                    r"Boston Bowel Preparation Scale|Baveno VII?|Murphy sign|Hashimoto|Graves|"
                                    r"Seattle protocol|Sydney system|Montreal E\d|Fukuoka|Edmonton Obesity", 200),
    ("drug or device brand", r"Jardiance|Xifaxan|Mavyret|Ozempic|Stelara|Entyvio|Skyrizi|Gvoke|Baqsimi|Gadavist|"
                             r"Prolia|Samsca|Trulicity|Lantus|Omnipod|Dexcom|Guardian 4|Eversense|t:slim", 200),
    ("insurer or PBM", r"Express Scripts|OptumRx|CVS Caremark|Prime Therapeutics|MedImpact|MassHealth|Medicare|"
                       r"Blue Cross Blue Shield|Harvard Pilgrim|Tufts Health Plan|UnitedHealthcare|Aetna|Cigna", 20),
    ("scanner model", r"Hologic \w+|GE Lunar iDXA|Philips EPIQ|Acuson Sequoia|LOGIQ E10|MAGNETOM Aera|"
                      r"FibroScan \d+|Olympus [A-Z0-9-]+|Pentax [A-Z0-9-]+", 100),
)


@pytest.mark.parametrize("name,pattern,minimum", _LOOKALIKES, ids=[x[0] for x in _LOOKALIKES])
def test_lookalikes_present_and_never_labelled(corpora, name, pattern, minimum):
    rx = re.compile(pattern)
    n_found = 0
    for seed in SEEDS:
        for note in corpora[seed]:
            for m in rx.finditer(note.text):
                if seed == 1:
                    n_found += 1
                for s, e, c in note.spans:
                    assert not (s < m.end() and m.start() < e), (name, m.group(0), c, note.text[s:e])
    assert n_found >= minimum, (name, n_found)
