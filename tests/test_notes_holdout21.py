"""Label integrity of held-out corpus 21 (travel medicine / infectious disease / public health).

These tests only check the corpus and its labels; they never run the detector.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout21 import holdout21_corpus, holdout21_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SEEDS = (1, 2, 3)


@cache
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout21_corpus(seed, n))


def all_notes() -> list[LabelledNote]:
    return [n for seed in SEEDS for n in corpus(seed)]


def labelled(cat: str) -> list[str]:
    return [n.text[s:e] for n in all_notes() for s, e, c in n.spans if c == cat]


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        a, b = holdout21_note(1, i), holdout21_note(1, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    assert holdout21_note(1, 5).text != holdout21_note(2, 5).text
    assert holdout21_note(1, 5).text != holdout21_note(1, 6).text
    texts = {n.text for n in corpus(1)}
    assert len(texts) == 600
    assert _digest(list(corpus(1)[:50])) != _digest(list(corpus(2)[:50]))


def test_identical_across_processes_with_different_hash_seeds():
    code = (
        "import hashlib, json\n"
        "from lqs_clinical.synth.notes_holdout21 import holdout21_corpus\n"
        "notes = holdout21_corpus(7, 40)\n"
        "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
        "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n"
    )
    expected = _digest(holdout21_corpus(7, 40))
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected


def test_prefix_stability():
    assert [(n.note_type, n.text, n.spans) for n in holdout21_corpus(1, 25)] == [
        (n.note_type, n.text, n.spans) for n in corpus(1)[:25]
    ]


# ---------------------------------------------------------------------------------------------- span integrity

def test_spans_are_sorted_disjoint_stripped_and_inside_the_text():
    for note in all_notes():
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(note.text)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            prev_end = e
        assert note.spans == sorted(note.spans)


def test_no_control_characters_in_texts():
    for note in all_notes():
        bad = {ch for ch in note.text if unicodedata.category(ch) == "Cc" and ch != "\n"}
        assert not bad, bad


def test_note_shape_types_lengths_and_plant_rate():
    notes = corpus(1)
    kinds = Counter(n.note_type for n in notes)
    assert set(kinds) == {"discharge", "radiology"}
    assert 0.4 <= kinds["discharge"] / len(notes) <= 0.6
    assert all(1000 <= len(n.text) <= 6000 for n in notes)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.55 <= with_plants / len(notes) <= 0.61
    masked = [n for n in notes if not n.spans]
    assert all("___" in n.text for n in masked if n.note_type == "discharge")
    assert max(len(n.spans) for n in notes) <= 8


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_with_margin(seed):
    counts = Counter(c for n in corpus(seed) for _, _, c in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


# ---------------------------------------------------------------------------------------------- conventions

def test_dates_have_a_real_year_and_are_not_shifted():
    values = labelled("DATE_REAL_YEAR")
    assert values
    for v in values:
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        assert not re.search(r"21\d\d", v)
        assert re.search(r"\d", v.replace(str(years[0]), "")), v  # not a bare year


def test_ages_are_ninety_or_more():
    for v in labelled("AGE_OVER_89"):
        if v.isdigit():
            assert 90 <= int(v) <= 110, v
        else:
            assert v.startswith("ninety"), v


def test_number_shapes():
    for v in labelled("SSN"):
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", v)
        assert m and m.group(1) not in ("000", "666") and not m.group(1).startswith("9"), v
    for v in labelled("ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for v in labelled("IP_ADDRESS"):
        octets = v.split(".")
        assert len(octets) == 4 and all(o.isdigit() and 0 <= int(o) <= 255 for o in octets), v
        assert octets[0] not in ("10", "127", "192", "172")
    for v in labelled("EMAIL"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", v), v
    for v in labelled("URL"):
        assert v.startswith(("https://", "www.")) and not re.search(r"cdc\.gov|who\.int", v), v
    for cat in ("PHONE", "FAX", "PAGER"):
        for v in labelled(cat):
            assert re.fullmatch(r"[+(]?[\d() .-]+", v) and sum(ch.isdigit() for ch in v) >= 5, (cat, v)
    for v in labelled("STREET_ADDRESS"):
        assert re.search(r"\d", v) and re.search(r"[A-Za-z]{3}", v), v
    for v in labelled("VEHICLE_ID") + labelled("DEVICE_ID") + labelled("MRN") + labelled("ACCOUNT"):
        assert re.search(r"\d", v) and " " not in v.strip() or re.fullmatch(r"[A-Z0-9]+ [A-Z0-9]+", v), v


def test_licence_numbers_are_well_formed():
    for note in all_notes():
        for s, e, cat in note.spans:
            if cat != "LICENSE":
                continue
            v, cue = note.text[s:e], note.text[max(0, s - 25):s]
            if "DEA" in cue:
                d = [int(x) for x in v[2:]]
                assert re.fullmatch(r"[A-Z]{2}\d{7}", v)
                assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], v
            elif "NPI" in cue:
                digits = [int(x) for x in "80840" + v]
                total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if k % 2 else x
                            for k, x in enumerate(reversed(digits)))
                assert len(v) == 10 and total % 10 == 0, v


CUES = ("Dr.", "Dr ", "MRN", "pager", "Pager", "Fax", "fax", "Phone", "plate", "VIN", "SSN", "DEA", "NPI", "serial",
        "Acct", "member", "license")
EPONYMS = ("Parkinson", "Lewy", "Whipple", "Hunt", "Hess", "Foley", "Glasgow", "Ziehl", "Neelsen", "Koplik", "Faget",
           "Ghon", "Ranke", "Rasmussen", "Pott", "Kernig", "Brudzinski", "Murphy", "Hashimoto", "Bell", "Crohn",
           "Graves", "Raynaud", "Guillain", "Barré", "Simon", "Giemsa", "Paget", "Dupuytren", "Meniere", "Wolff")
PUBLIC = ("CDC", "WHO", "Department of Public Health", "board of health", "consulate", "State Public Health",
          "TB program", "DPH")
COUNTRIES = ("Nigeria", "Ghana", "India", "Mexico", "Brazil", "Haiti", "Philippines", "Vietnam", "Ethiopia", "Peru")


def test_cue_words_eponyms_and_public_bodies_stay_unlabelled():
    for note in all_notes():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            assert not v.startswith(CUES), (cat, v)
            if cat == "PERSON":
                assert not any(w in v.replace(",", " ").split() for w in EPONYMS), v
                assert not v.startswith(("Mr", "Mrs", "Ms")), v
            if cat == "ORGANIZATION":
                assert not any(p in v for p in PUBLIC), v
            if cat == "LOCATION":
                assert v not in COUNTRIES and v not in ("MA", "RI", "NH", "FL", "Massachusetts"), v


def _covered(note: LabelledNote, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b, _ in note.spans)


def _overlaps(note: LabelledNote, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b, _ in note.spans)


LOOKALIKES = {
    "flight": r"\b(?:UA|DL|AA|ET|TK|KL|AF|LH|QR|EK|B6|AV|CM|BA) \d{1,4}\b",
    "shifted_date": r"\b21\d\d-\d\d-\d\d\b|\b\d\d/\d\d/21\d\d\b",
    "blood_pressure": r"\bBP \d{2,3}/\d{2,3}\b",
    "lot": r"\blot [A-Z0-9]{5,9}\b",
    "ct_value": r"\bCt \d+\.\d\b",
    "parasite_density": r"\d{2,3},000 parasites/uL",
    "strain": r"\bH3N2\b|\bH1N1pdm09\b|\bO157:H7\b|\bDENV-\d\b|genotype [DB]\d|clade I+b?\b",
    "gene_target": r"\brpoB\b|\bkatG\b|\binhA\b|\bIS6110\b|\bstx[12]\b",
    "hotline": r"770-488-7788|770-488-7100|1-800-222-1222|800-232-4636",
    "public_site": r"www\.cdc\.gov/\w+|wwwnc\.cdc\.gov/[\w/]+|www\.who\.int/[\w-]+",
    "scanner": r"SOMATOM \w+|Revolution CT|Aquilion ONE|Incisive CT|LOGIQ E10|EPIQ Elite|Aplio i800|ACUSON Sequoia",
    "software": r"\(software [^)]+\)",
    "device_model": r"Azure XT DR MRI SureScan|Assurity MRI|Perciva MRI|t:slim X2|Nucleus CI622|LINQ II",
    "room": r"\broom \d{3,4}(?:-[A-Z0-9]+)?\b",
    "dose": r"DLP = [\d.]+ mGy-cm",
    "young_age": r"\b(?:[1-8]\d)(?= year old|-year-old| y/o|[MF] with)",
    "bare_year": r"Came to the US in (?:19|20)\d\d",
    "eponym": r"\b(?:Ziehl-Neelsen|Koplik|Faget|Ghon|Pott|Kernig|Glasgow|Foley|Whipple|Parkinson|Lewy|Hunt and Hess|"
              r"Rasmussen|Ranke|Murphy|Giemsa)\b",
    "drug_brand": r"\b(?:Coartem|Malarone|Biktarvy|TPOXX|Flagyl|Humatin|Vivotif|Twinrix|Typhim Vi|JYNNEOS|BinaxNOW)\b",
    "group_number": r"group \d{6}\b",
}


_LOOKALIKE_RE = {k: re.compile(p) for k, p in LOOKALIKES.items()}


def test_lookalikes_are_present_and_never_labelled():
    seen = Counter()
    for note in corpus(1):
        for kind, pattern in _LOOKALIKE_RE.items():
            for m in pattern.finditer(note.text):
                seen[kind] += 1
                assert not _overlaps(note, m.start(), m.end()), (kind, m.group(0))
    missing = [k for k in LOOKALIKES if seen[k] == 0]
    assert not missing, missing


def test_no_unlabelled_identifier_shapes_and_no_out_of_scope_identifiers():
    hotlines = re.compile(LOOKALIKES["hotline"])
    for note in corpus(3):
        t = note.text
        assert not re.search(r"accession|passport|claim (?:no|number|#)|specimen (?:no|number|#)|order (?:no|number|#)|"
                             r"study (?:id|subject)|post ?code|postal code", t, re.I)
        for m in re.finditer(r"[\w.]+@\w+(?:\.\w+)+", t):
            assert _covered(note, m.start(), m.end()), m.group(0)
        for m in re.finditer(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", t):
            if not _covered(note, m.start(), m.end()):
                assert re.search(r"software [\d.]*$", t[:m.end()][-40:]) or "version" in t[m.start() - 20:m.start()]
        for m in re.finditer(r"https?://[^\s)]*[^\s).,;]|www\.[^\s)]*[^\s).,;]", t):
            if not _covered(note, m.start(), m.end()):
                assert re.search(r"cdc\.gov|who\.int", m.group(0)), m.group(0)
        for m in re.finditer(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b", t):
            if not _overlaps(note, m.start(), m.end()):
                assert hotlines.search(t[max(0, m.start() - 6):m.end() + 1]), m.group(0)
        for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", t):
            assert _covered(note, m.start(), m.end()), m.group(0)
        for m in re.finditer(r"(?<!\d)(?:19[0-9]\d|20[0-3]\d)(?!\d)", t):
            # real years outside labels are bare years only (never part of a full date)
            if not _covered(note, m.start(), m.end()):
                around = t[max(0, m.start() - 12):m.end() + 6]
                assert not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d", around), around


def test_every_occurrence_of_a_planted_value_is_labelled():
    for note in all_notes():
        values = {note.text[s:e] for s, e, _ in note.spans}
        for v in values:
            if len(v) < 4:
                continue
            for m in re.finditer(re.escape(v), note.text):
                assert _covered(note, m.start(), m.end()), (v, note.text[m.start() - 30:m.end() + 30])


def test_address_parts_are_separate_spans():
    n_addr = 0
    for note in all_notes():
        spans = note.spans
        for k, (_s, e, cat) in enumerate(spans):
            if cat != "STREET_ADDRESS" or k + 1 >= len(spans):
                continue
            s2, e2, cat2 = spans[k + 1]
            if cat2 == "LOCATION" and note.text[e:s2] == ", ":
                n_addr += 1
                assert not re.search(r"\d{5}", note.text[s2:e2])
    assert n_addr >= 30


def test_surrogate_pool_values_never_appear_unlabelled():
    import lqs_clinical.synth.notes_holdout21 as h

    pool = set(h._FIRST) | set(h._LAST) | {t[0] for t in h._US_TOWNS} | set(h._UK_TOWNS)
    pool |= {city for towns, *_ in h._CTRY.values() for city in towns}
    pool |= set(h._ORG_WORK + h._ORG_FOOD + h._ORG_SCHOOL + h._ORG_DORM + h._ORG_CHURCH + h._ORG_HOSP
                + h._ORG_REHAB + h._ORG_PHARM)
    alternatives = "|".join(sorted(map(re.escape, pool), key=len, reverse=True))
    pattern = re.compile(r"\b(?:" + alternatives + r")\b")
    for note in corpus(2):
        for m in pattern.finditer(note.text):
            assert _covered(note, m.start(), m.end()), note.text[m.start() - 40:m.end() + 20]
