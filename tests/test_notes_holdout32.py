"""Label integrity of held-out corpus 32 (urology / gynaecology / reproductive medicine).

These tests check the corpus and its ground truth only; they never run the detector.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout32 import _build, holdout32_corpus, holdout32_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
N = 600
REPO = Path(__file__).resolve().parents[1]

_WORDS = {
    "ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94, "ninety-five": 95,
    "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99,
}
_FORMATS = {
    "PHONE": re.compile(r"^(\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$"),
    "FAX": re.compile(r"^(\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$"),
    "PAGER": re.compile(r"^(\d{5}|\d-\d{4}|\d{3}-\d{3}-\d{4})$"),
    "EMAIL": re.compile(r"^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}$"),
    "URL": re.compile(r"^(https://|www\.)\S+$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+ [A-Z][A-Za-z ]+ (Rd|Way|Ct|Dr|Ln|Cir|Terrace|St|Blvd|Ave|Pkwy|Pl|Row)"
                                 r"(, Apt \d[A-D]|, Unit \d+| #\d+)?$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9 -]{6,17}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9-]{9,14}$"),
    "LICENSE": re.compile(r"^[A-Z0-9 -]{5,20}$"),
    "MRN": re.compile(r"^[A-Z0-9-]{7,12}$"),
    "ACCOUNT": re.compile(r"^[A-Z0-9-]{7,14}$"),
}
# Words that must never be inside a labelled span (cue words and titles stay outside).
_CUES = re.compile(r"\b(Dr\.|MRN|Phone|Fax|pager|SSN|DOB|Member|NPI|DEA|plate|VIN|serial|SN|Acct|Accession|RN|MD|"
                   r"Ship to|Age|aged|ZIP|IP|ID)\b", re.IGNORECASE)
# Non-PHI look-alikes that must never be labelled as a person.
_EPONYMS = ("Foley", "Douglas", "Gleason", "Kegel", "Valsalva", "Asherman", "Parkinson", "Lewy", "Turner", "Down",
            "Gardner", "Kruger", "Lambert", "Prehn", "Nabothian", "Duchenne", "Huntington", "Klinefelter")


@pytest.fixture(scope="module")
def corpora() -> dict[int, list]:
    return {seed: holdout32_corpus(seed, N) for seed in (1, 2, 3)}


@pytest.fixture(scope="module")
def built() -> list:
    return [_build(1, i) for i in range(N)]


def _digest(notes: list) -> str:
    payload = [(n.note_type, n.text, [list(s) for s in n.spans]) for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism

def test_same_seed_and_index_give_same_note() -> None:
    for i in (0, 7, 123):
        a, b = holdout32_note(4, i), holdout32_note(4, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices() -> None:
    texts = {holdout32_note(seed, i).text for seed in (1, 2, 3) for i in range(20)}
    assert len(texts) == 60


def test_identical_across_processes_with_different_hash_seeds() -> None:
    code = (
        "import hashlib, json\n"
        "from lqs_clinical.synth.notes_holdout32 import holdout32_corpus\n"
        "notes = holdout32_corpus(1, 40)\n"
        "payload = [(n.note_type, n.text, [list(s) for s in n.spans]) for n in notes]\n"
        "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n"
    )
    digests = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(holdout32_corpus(1, 40))}


def test_prefix_stability(corpora: dict[int, list]) -> None:
    small = holdout32_corpus(1, 25)
    assert _digest(small) == _digest(corpora[1][:25])


# --------------------------------------------------------------------------------------------- span integrity

def test_spans_are_sorted_disjoint_clean_and_categorised(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            assert n.note_type in ("discharge", "radiology")
            prev_end = 0
            for s, e, cat in n.spans:
                assert cat in CATEGORIES
                assert 0 <= prev_end <= s < e <= len(n.text)
                frag = n.text[s:e]
                assert frag == frag.strip() and frag
                assert "___" not in frag and "\n" not in frag
                prev_end = e
            assert n.spans == sorted(n.spans)


def test_no_control_characters(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            bad = [c for c in n.text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co")]
            assert not bad, repr(bad[:3])


def test_note_lengths_are_realistic(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        sizes = [len(n.text.encode("utf-8")) for n in notes]
        assert min(sizes) >= 1000 and max(sizes) <= 6 * 1024


# ---------------------------------------------------------------------------------------------- counts

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_floors(corpora: dict[int, list], seed: int) -> None:
    counts = Counter(cat for n in corpora[seed] for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (seed, cat, counts[cat])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts_have_margin(corpora: dict[int, list], seed: int) -> None:
    counts = Counter(cat for n in corpora[seed] for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= 1.5 * floor, (seed, cat, counts[cat])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plant_rates_and_note_types(corpora: dict[int, list], seed: int) -> None:
    notes = corpora[seed]
    planted = [n for n in notes if n.spans]
    assert 0.55 <= len(planted) / len(notes) <= 0.60
    assert all(1 <= len(n.spans) <= 4 for n in planted)
    share = sum(n.note_type == "discharge" for n in notes) / len(notes)
    assert 0.4 <= share <= 0.6


def test_heavily_masked_notes_carry_no_plants(built: list) -> None:
    heavy = [(n, k) for n, _, k in built if k == "heavy"]
    assert 0.03 <= len(heavy) / len(built) <= 0.07
    for n, _ in heavy:
        assert not n.spans
        assert n.text.count("___") >= 12


# --------------------------------------------------------------------------------------- labelling conventions

def test_labelled_dates_have_a_real_year(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                if cat != "DATE_REAL_YEAR":
                    continue
                years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", n.text[s:e])]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, n.text[s:e]
                assert re.search(r"[A-Za-z]{3}|[/.-]", n.text[s:e]), "a bare year is never labelled"


def test_shifted_dates_are_never_labelled(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for m in re.finditer(r"(?<!\d)2[12]\d\d-\d\d-\d\d|\d\d?/\d\d?/2[12]\d\d(?!\d)", n.text):
                assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans), m.group()


def test_labelled_ages_are_over_89(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                if cat == "AGE_OVER_89":
                    frag = n.text[s:e]
                    value = int(frag) if frag.isdigit() else _WORDS[frag]
                    assert 90 <= value <= 110


def test_identifier_formats(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                frag = n.text[s:e]
                if cat in _FORMATS:
                    assert _FORMATS[cat].match(frag), (cat, frag)
                if cat == "IP_ADDRESS":
                    assert not ipaddress.ip_address(frag).is_private
                if cat == "DEVICE_ID":
                    udi = r"\(01\)\d{14}\(17\)\d{6}\(10\)\w+\(21\)\w+"
                    assert re.fullmatch(rf"[A-Z0-9]{{6,12}}|{udi}|\+H\w+/\$\+\w+", frag), frag


def test_cue_words_and_titles_stay_outside_spans(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                frag = n.text[s:e]
                if cat in ("EMAIL", "URL"):
                    continue
                assert not _CUES.search(frag), (cat, frag)
                assert not frag.endswith((".", ",", ":", ";", ")"))


def test_persons_are_not_eponyms(corpora: dict[int, list]) -> None:
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                if cat == "PERSON":
                    assert not set(re.findall(r"[\w'-]+", n.text[s:e])) & set(_EPONYMS)


def test_look_alikes_are_never_labelled(built: list) -> None:
    kinds = Counter()
    for n, looks, _ in built:
        for ls, le, kind in looks:
            kinds[kind] += 1
            assert not any(s < le and ls < e for s, e, _ in n.spans), (kind, n.text[ls:le])
    expected = {"shifted_date", "expiry_date", "lot_number", "ndc_code", "ratio", "age_under_90", "udi_without_serial",
                "public_hotline", "public_website", "donor_code", "software_version", "asset_tag", "room_bed",
                "cryo_location", "protocol_code", "procedure_code", "diagnosis_code", "eponym", "city_named_criteria",
                "drug_brand", "device_model", "public_org_or_insurer", "bare_year", "employer_group_number"}
    assert expected <= set(kinds), expected - set(kinds)


def test_expiry_dates_with_real_years_stay_unlabelled(built: list) -> None:
    seen = 0
    for n, looks, _ in built:
        for ls, le, kind in looks:
            if kind == "expiry_date":
                assert re.search(r"20[2-3]\d", n.text[ls:le])
                seen += 1
    assert seen > 200


def test_every_category_appears_in_both_note_types_where_possible(corpora: dict[int, list]) -> None:
    by_type: dict[str, set[str]] = {"discharge": set(), "radiology": set()}
    for n in corpora[1]:
        by_type[n.note_type].update(cat for *_, cat in n.spans)
    assert by_type["discharge"] == set(CATEGORIES)
    assert by_type["radiology"] == set(CATEGORIES) - {"VEHICLE_ID", "IP_ADDRESS"}
