"""Label integrity of held-out corpus 17 (oncology / haematology / transplant). Never calls the detector."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout17 as h17
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout17 import holdout17_corpus, holdout17_note

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (1, 2, 3)
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout17_corpus(seed, n))


def _all_notes():
    for seed in SEEDS:
        yield from corpus(seed)


def _outside(note: LabelledNote, s: int, e: int) -> bool:
    return not any(a < e and b > s for a, b, _ in note.spans)


def _overlaps(note: LabelledNote, s: int, e: int) -> bool:
    return not _outside(note, s, e)


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(sp) for sp in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ------------------------------------------------------------------------------------------------
# determinism and independence
# ------------------------------------------------------------------------------------------------


def test_same_seed_and_index_give_the_same_note():
    assert holdout17_note(1, 17) == holdout17_note(1, 17)
    assert holdout17_note(5, 0) == holdout17_note(5, 0)


def test_notes_differ_across_seeds_and_indices():
    base = holdout17_note(1, 17)
    assert holdout17_note(2, 17).text != base.text
    assert holdout17_note(1, 18).text != base.text
    texts = [n.text for n in corpus(1)]
    assert len(set(texts)) == len(texts)


def test_prefix_stability():
    assert holdout17_corpus(1, 25) == list(corpus(1)[:25])


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth.notes_holdout17 import holdout17_corpus\n"
            "notes = holdout17_corpus(7, 40)\n"
            "payload = [[n.note_type, n.text, [list(sp) for sp in n.spans]] for n in notes]\n"
            "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n")
    here = _digest(holdout17_corpus(7, 40))
    for hash_seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# ------------------------------------------------------------------------------------------------
# span integrity
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        last_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= last_end <= s < e <= len(note.text)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value or cat == "STREET_ADDRESS"
            last_end = e
        assert note.spans == sorted(note.spans)


def test_no_control_characters():
    for note in _all_notes():
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", note.text)


# ------------------------------------------------------------------------------------------------
# corpus shape
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_meet_the_floors(seed):
    counts = Counter(cat for n in corpus(seed) for _, _, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_have_the_designed_margin(seed):
    counts = Counter(cat for n in corpus(seed) for _, _, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_mix_of_note_types_plants_and_lengths(seed):
    notes = corpus(seed)
    n_disch = sum(n.note_type == "discharge" for n in notes)
    assert 0.45 <= n_disch / len(notes) <= 0.55
    with_plants = [n for n in notes if n.spans]
    assert 0.53 <= len(with_plants) / len(notes) <= 0.62
    for n in with_plants:
        assert 1 <= len(n.spans) <= 12
    for n in notes:
        assert 1000 <= len(n.text) <= 6000, len(n.text)
        if n.note_type == "discharge":
            assert "___" in n.text


@pytest.mark.parametrize("seed", SEEDS)
def test_heavily_masked_notes_carry_no_plants(seed):
    heavy = 0
    for i, note in enumerate(corpus(seed)):
        v = (h17._stratum(seed, i) % 0.5) * 2.0
        if v < h17.HEAVY_FRACTION:
            heavy += 1
            assert not note.spans
            assert note.text.count("___") >= 3
    assert 0.03 <= heavy / 600 <= 0.07


def test_discharge_and_radiology_layout():
    for note in corpus(1)[:120]:
        if note.note_type == "discharge":
            assert note.text.startswith("Name:  ")
            for head in ("Service:", "History of Present Illness:", "Brief Hospital Course:",
                         "Discharge Medications:", "Followup Instructions:"):
                assert head in note.text
        else:
            assert note.text.startswith("EXAMINATION:  ")
            for head in ("INDICATION:", "TECHNIQUE:", "FINDINGS:", "IMPRESSION:"):
                assert head in note.text


# ------------------------------------------------------------------------------------------------
# labelling conventions
# ------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-3]\d)(?!\d)")
_REAL_DATES = (
    re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"), re.compile(r"\b\d{1,2}/\d{1,2}/(19|20)\d\d\b"),
    re.compile(r"\b\d{1,2}-\d{1,2}-(19|20)\d\d\b"), re.compile(r"\b\d{1,2}-[A-Z][a-z]{2}-(19|20)\d\d\b"),
    re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, (19|20)\d\d\b"),
    re.compile(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
               r"December) (19|20)\d\d\b"),
    re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) "
               r"(19|20)\d\d\b"),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(19|20)\d\d\b"),
)
_SHIFTED = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d\d/\d\d/21\d\d\b")
_AGE_WORDS = ("ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
              "ninety-seven", "ninety-eight", "ninety-nine")


_AGE_WORD_RE = re.compile(r"\bninety(?:-\w+)?\b")


def _spans_of(cat: str):
    for note in _all_notes():
        for s, e, c in note.spans:
            if c == cat:
                yield note, note.text[s:e]


def test_labelled_dates_have_a_real_year():
    for _note, value in _spans_of("DATE_REAL_YEAR"):
        years = [int(y) for y in _YEAR.findall(value)]
        assert years and all(1900 <= y <= 2030 for y in years), value
        assert not re.search(r"21\d\d", value)
        assert not re.fullmatch(r"\d{4}", value)  # never a bare year


_ANY_REAL_DATE = re.compile("|".join(f"(?:{p.pattern})" for p in _REAL_DATES))


def test_no_unlabelled_real_year_dates():
    for note in _all_notes():
        if not _YEAR.search(note.text):
            continue
        for m in _ANY_REAL_DATE.finditer(note.text):
            assert _overlaps(note, m.start(), m.end()), (m.group(), note.text[max(0, m.start() - 60):m.end()])


def test_shifted_dates_are_present_and_never_labelled():
    seen = 0
    for note in _all_notes():
        for m in _SHIFTED.finditer(note.text):
            seen += 1
            assert _outside(note, m.start(), m.end())
    assert seen > 1000


def test_labelled_ages_are_90_or_more():
    n = 0
    for _note, value in _spans_of("AGE_OVER_89"):
        n += 1
        assert (value.isdigit() and 90 <= int(value) <= 110) or value in _AGE_WORDS, value


def test_unlabelled_ages_are_under_90():
    pat = re.compile(r"(?<!\d)(\d{1,3})(?:-year-old| year old| y/o| yo\b)")
    for note in _all_notes():
        for m in pat.finditer(note.text):
            if _outside(note, m.start(1), m.end(1)):
                assert int(m.group(1)) < 90, m.group()
        for m in _AGE_WORD_RE.finditer(note.text):
            assert _overlaps(note, m.start(), m.end()), m.group()


def test_value_formats_by_category():
    for _note, v in _spans_of("ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for _note, v in _spans_of("STREET_ADDRESS"):
        assert re.match(r"\d+ \S", v), v
    for _note, v in _spans_of("EMAIL"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", v), v
    for _note, v in _spans_of("IP_ADDRESS"):
        assert ipaddress.ip_address(v).is_global, v
    for _note, v in _spans_of("SSN"):
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v), v
    for _note, v in _spans_of("URL"):
        assert v.startswith(("http", "www.")) and not v.startswith(h17.PUBLIC_URLS), v
    for cat in ("PHONE", "FAX", "PAGER"):
        for _note, v in _spans_of(cat):
            assert re.fullmatch(r"[+()\d][\d .()-]+\d", v), v
            assert re.sub(r"\D", "", v) not in {re.sub(r"\D", "", h) for h in h17.HOTLINE_NUMBERS}


def test_spans_hold_the_value_only_not_the_cue():
    cues = ("dr", "dr.", "mrn", "phone", "tel", "fax", "pager", "pgr", "ssn", "dea", "npi", "member", "id",
            "account", "fin", "serial", "sn", "s/n", "plate", "vin", "zip", "md", "rn", "np", "mr.", "mrs.", "ms.")
    for note in _all_notes():
        for s, e, cat in note.spans:
            words = note.text[s:e].lower().replace(",", " ").split()
            assert words[0] not in cues, (cat, note.text[s:e])
            if cat != "STREET_ADDRESS":  # "Dr" closes "Ridgeview Dr"
                assert words[-1] not in cues, (cat, note.text[s:e])
            assert not note.text[s:e].startswith("#")


def test_every_email_and_personal_link_is_labelled():
    url = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9.-]+\.(?:gov|org|com)(?:/\S*)?")
    for note in _all_notes():
        for m in re.finditer(r"\S+@\S+", note.text):
            assert _overlaps(note, m.start(), m.end()), m.group()
        for m in url.finditer(note.text):
            if _outside(note, m.start(), m.end()):
                assert m.group().startswith(h17.PUBLIC_URLS), m.group()


def test_unlabelled_phone_shaped_numbers_are_public_hotlines():
    phone = re.compile(r"(?<![\d.])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?![\d])")
    hotlines = {re.sub(r"\D", "", h)[-10:] for h in h17.HOTLINE_NUMBERS}
    hits = 0
    for note in _all_notes():
        for m in phone.finditer(note.text):
            if _outside(note, m.start(), m.end()):
                hits += 1
                assert re.sub(r"\D", "", m.group())[-10:] in hotlines, m.group()
    assert hits > 100  # the look-alike hotlines are really there


_LOOKALIKES = (
    re.compile(r"\bNCT0\d{7}\b"),  # public trial registry numbers
    re.compile(r"\b\d{2},X[XY]?[,\[][^\s;]*"),  # karyotypes
    re.compile(r"\b(?:[ABC]|DRB1)\*\d{2}:\d{2}\b"),  # HLA alleles
    re.compile(r"\bc\.[-\d_+]+[ACGTdelupins>]+\S*"),  # HGVS variants
    re.compile(r"\blot \w+"), re.compile(r"\broom \d+[-\d]*\w*|\bbed \d\b|\bchair \d+"),
    re.compile(r"(?<![\d/])\d{2,3}/\d{2,3}(?![\d/])"),  # blood pressure and other ratios
    re.compile(r"\bmodel [\w-]+"),
    re.compile(r"\b(?:Parkinson|Hunt and Hess|Lewy body|Whipple|Foley|Glasgow|Hickman|Trousseau|Couinaud|Schmorl|"
               r"Lich-Gregoir|Cockcroft-Gault|Karnofsky|Deauville|Lugano|Ann Arbor|Milan|Seattle|Baltimore|"
               r"Nottingham|Philadelphia|Cairo-Bishop|Tyrer-Cuzick|Reed-Sternberg|Bence Jones|Krukenberg|"
               r"Virchow|Pancoast|Stupp|Hans|Graves|Hashimoto|Roux-en-Y|Child-Pugh|Lynch|Li-Fraumeni|Homans|"
               r"Kernig|Brudzinski|Lhermitte|Murphy|Chvostek|Grey Turner|Cullen|Fleischner|Alport|Raynaud|"
               r"Barrett)\b"),
    re.compile(r"\b(?:Siemens|GE|Philips|Canon|Bard|Medtronic|AngioDynamics|Arrow|Spectra Optia|CADD-Solis|"
               r"Venclexta|Vyxeos|Tagrisso|Brukinsa|Calquence|Jakafi|Prevymis|Zarxio|Truxima|Privigen|Gadavist|"
               r"Eovist|Omnipaque|Isovue|Visipaque|Optune|Envarsus|Creon)\b"),
    re.compile(r"\b(?:NMDP|SWOG|ECOG-ACRIN|Alliance|NCI CTEP|American Cancer Society|Poison Control|Medicare|"
               r"MassHealth|Blue Cross Blue Shield|Aetna|Cigna|Anthem)\b"),
    re.compile(r"\bgroup \d+"),  # employer group numbers are not the person's identifier
)


def test_lookalikes_are_never_labelled():
    found = Counter()
    for note in _all_notes():
        for k, pat in enumerate(_LOOKALIKES):
            for m in pat.finditer(note.text):
                found[k] += 1
                hit = [(note.text[s:e], c) for s, e, c in note.spans if s < m.end() and e > m.start()]
                assert not hit, (m.group(), hit)
    assert all(found[k] > 0 for k in range(len(_LOOKALIKES))), found


def test_excluded_identifier_kinds_are_absent():
    banned = re.compile(r"accession|specimen (?:no|#|number|id)|order (?:no|#|number)|claim|subject id|"
                        r"study id|participant id|screening number", re.IGNORECASE)
    for note in _all_notes():
        assert not banned.search(note.text), banned.search(note.text).group()


def test_person_spans_carry_no_titles_or_eponyms():
    eponyms = {"Parkinson", "Whipple", "Foley", "Hickman", "Glasgow", "Hodgkin", "Lewy", "Hunt", "Hess"}
    for _note, v in _spans_of("PERSON"):
        assert not re.search(r"\b(Dr|MD|RN|NP|PharmD|Mr|Mrs|Ms)\b", v), v
        assert not (set(re.findall(r"[A-Z][a-z]+", v)) & eponyms), v


def test_street_city_and_zip_are_separate_spans():
    for note in _all_notes():
        for s, e, c in note.spans:
            if c == "STREET_ADDRESS":
                after = [sp for sp in note.spans if sp[0] >= e][:2]
                assert [sp[2] for sp in after][:1] in (["LOCATION"], ["ZIP"], ["PHONE"], [])
                assert not re.search(r"\b(?:MA|ME|NH|VT|RI|CT|NY)\b", note.text[s:e])


def test_insurers_are_not_labelled():
    for _note, v in _spans_of("HEALTH_PLAN"):
        assert not re.search(r"[a-z]{3}", v), v  # ids only, no insurer names


def test_planted_notes_are_spread_over_categories_and_types():
    notes = corpus(1)
    by_type = Counter((n.note_type, c) for n in notes for _, _, c in n.spans)
    for cat in ("PHONE", "FAX", "PAGER", "EMAIL", "IP_ADDRESS", "MRN", "ACCOUNT", "HEALTH_PLAN", "DEVICE_ID",
                "AGE_OVER_89", "PERSON", "DATE_REAL_YEAR"):
        assert by_type[("discharge", cat)] > 0 and by_type[("radiology", cat)] > 0, cat
