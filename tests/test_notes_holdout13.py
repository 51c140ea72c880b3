"""Label-integrity tests of held-out corpus 13 (never runs the detector)."""

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

from lqs_clinical.synth import notes_holdout13 as h13
from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout13 import holdout13_corpus, holdout13_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@cache
def corpus(seed: int, n: int = 600):
    return holdout13_corpus(seed, n)


def digest(notes) -> str:
    blob = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


# ---- determinism ----------------------------------------------------------------------------------


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 133, 599):
        a, b = holdout13_note(1, i), holdout13_note(1, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)
        assert a == corpus(1)[i]


def test_notes_differ_across_seeds_and_indices():
    texts = {n.text for n in corpus(1)}
    assert len(texts) == 600
    assert sum(a.text != b.text for a, b in zip(corpus(1), corpus(2), strict=True)) >= 595
    assert holdout13_note(1, 5).text != holdout13_note(1, 6).text


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout13 import holdout13_corpus; "
            "ns = holdout13_corpus(7, 40); "
            "print(hashlib.sha256(json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns])"
            ".encode()).hexdigest())")
    procs = [subprocess.Popen([sys.executable, "-c", code], env=dict(os.environ, PYTHONHASHSEED=hash_seed),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for hash_seed in ("0", "12345")]
    expected = digest(holdout13_corpus(7, 40))
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.strip() == expected


def test_prefix_stability():
    assert holdout13_corpus(1, 25) == corpus(1)[:25]
    assert holdout13_corpus(3, 45)[20:] == corpus(3)[20:45]


# ---- span integrity -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for n in corpus(seed):
        assert n.note_type in ("discharge", "radiology")
        assert all(ch == "\n" or (ch.isprintable() and ch != "\t") for ch in n.text), "control character in text"
        assert n.spans == sorted(n.spans)
        last_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= last_end <= s < e <= len(n.text)
            last_end = e
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
        assert not re.search(r"<<|>>|\[\[|\]\]", n.text), "template markup left in the text"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_spans_sit_on_token_boundaries_with_cues_outside(seed):
    cue = re.compile(r"^(Dr\.?|MRN|Unit|Pager|pgr|Fax|Phone|SSN|NPI|DEA|Serial|SN|plate|VIN|Acct|Member|MBI)\b",
                     re.IGNORECASE)
    for n in corpus(seed):
        for s, e, cat in n.spans:
            value = n.text[s:e]
            assert not cue.match(value), value
            assert s == 0 or not n.text[s - 1].isalnum(), (cat, n.text[s - 5:e])
            if cat != "AGE_OVER_89":  # "093Y", "95Y/F": the unit letter stays outside the age span
                assert e == len(n.text) or not n.text[e].isalnum(), (cat, n.text[s:e + 5])


# ---- design: counts, shares, lengths ------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(seed):
    counts = Counter(cat for n in corpus(seed) for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, f"design margin: {cat} {counts[cat]}"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shares_and_lengths(seed):
    notes = corpus(seed)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.54 * 600 <= with_plants <= 0.61 * 600
    assert all(1 <= len(n.spans) <= 4 for n in notes if n.spans)
    assert 0.4 <= sum(n.note_type == "radiology" for n in notes) / 600 <= 0.6
    assert all(1000 <= len(n.text) <= 6000 for n in notes)
    assert all("___" in n.text for n in notes)


def test_heavily_masked_notes_carry_no_plants():
    heavy = [i for i in range(600) if h13._block_plan(1, i // 20)[i % 20][0] == "heavy"]
    assert len(heavy) == 30
    for i in heavy:
        note = corpus(1)[i]
        assert note.spans == []
        assert note.text.count("___") >= 12


# ---- labelling conventions ------------------------------------------------------------------------

_AGE_WORDS = {h13._words(k): k for k in range(1, 120)}


def _year(value: str) -> int:
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?=\d{4}(?!\d))", value)] \
        or [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", value)]
    assert len(years) == 1, value
    return years[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_dates_and_ages(seed):
    for n in corpus(seed):
        for s, e, cat in n.spans:
            value = n.text[s:e]
            if cat == "DATE_REAL_YEAR":
                assert 1900 <= _year(value) <= 2030, value
                assert not re.search(r"21\d\d", value)
                assert re.search(r"\d{1,2}\D+\d{1,2}|[A-Za-z]{3}|\d{8}", value), f"bare year {value}"
            elif cat == "AGE_OVER_89":
                age = int(value) if value.isdigit() else _AGE_WORDS[value]
                assert age >= 90, value


_FORMATS = {
    "PHONE": r"(\+\d{1,3} )?[\d() .-]{10,16}",
    "FAX": r"[\d() .-]{10,14}",
    "PAGER": r"\d{5}|\d-\d{4}|\d{3}-\d{4}|[\d() .-]{10,14}",
    "EMAIL": r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,4}",
    "URL": r"(https://|www\.)\S+",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "ZIP": r"\d{5}(-\d{4})?",
    "MRN": r"[A-Z]{0,2}[\d-]{7,10}",
    "ACCOUNT": r"E?[\d-]{8,12}",
    "HEALTH_PLAN": r"[0-9A-Z-]{11,15}",
    "LICENSE": r"[A-Z]{0,3}\d{6,10}",
    "DEVICE_ID": r"[A-Z]{0,3}\d{6,8}[A-Z]?",
    "VEHICLE_ID": r"[A-Z0-9]{5,8}|[A-Z]{3} \d{4}|\d{3}-[A-Z]{3}|[A-Z0-9]{17}",
    "STREET_ADDRESS": r"\d{1,4} [A-Za-z' ]+ [A-Za-z]+( (Apt \d[A-D]|Unit \d{1,2}|#\d{1,2}))?",
    "PERSON": r"[A-Za-zÀ-ÿ' .,^-]+",
    "LOCATION": r"[A-Za-z][A-Za-z .-]+",
    "ORGANIZATION": r"[A-Za-z][A-Za-z .&'-]+",
}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_value_formats(seed):
    for n in corpus(seed):
        for s, e, cat in n.spans:
            value = n.text[s:e]
            pattern = _FORMATS.get(cat)
            if pattern:
                assert re.fullmatch(pattern, value, flags=re.IGNORECASE if cat == "STREET_ADDRESS" else 0), \
                    (cat, value)
            if cat == "IP_ADDRESS":
                assert all(0 <= int(x) <= 255 for x in value.split("."))
            if cat in ("PHONE", "FAX"):
                assert len(re.sub(r"\D", "", value)) in (10, 11, 12), value
            if cat == "URL":
                assert not re.search(r"(acr|fda|cdc|heart|mrisafety|smokefree|parkinson)\.(org|gov|com)", value)


# Non-identifiers that look like identifiers: they must never be inside a labelled span.
_LOOKALIKES = re.compile("|".join((
    r"1-800-[0-9A-Z-]+", r"800-232-4636", r"call or text 988",                  # public hotlines
    r"(?:https?://)?www\.(?:acr|fda|cdc|heart|mrisafety|smokefree|parkinson)\.[a-z]+\S*",  # public sites
    r"1\.2\.840\.10008[\d.]*",                                                  # standard DICOM UIDs
    r"\b(?:LOT|REF) [A-Z0-9-]+", r"\(LOT [A-Z0-9]+\)",                         # equipment lot / catalogue numbers
    r"(?:CPT:?|cpt=) ?\d{5}",                                                   # procedure codes (ZIP look-alikes)
    r"(?:Job #|JOB|job=|ACC#|acc=|ORDER#|ord=|ORD-|Case #|ACK ID: CR-|CRT-)[: ]*[A-Z0-9-]+",  # system numbers
    r"\b21\d\d-\d\d-\d\d\b", r"\b\d\d/\d\d/21\d\d\b", r"StudyDate\W+21\d{6}", r"\d\d-[A-Z]{3}-21\d\d",  # shifted
    r"(?:Firmware \.+ |device\.fw=|SoftwareVersions\W+|PowerScribe 360 v)[\w.]+",  # versions (IP look-alikes)
    r"\(model [^)]+\)", r"device\.model=\S+", r"\((?:W1DR01|D433|LSP112V|CDHFA500Q|B35200|SC-1416|1004000|LNQ22|"
    r"1000|8637-40)\)",                                                          # device model numbers
    r"(?:GROUP|group) \d{6}",                                                   # employer group numbers
    r"(?<![/\d])\d{2,3}/\d{2,3}(?![/\d])",                                      # BP and other ratios
    r"Parkinson|Foley|Glasgow|Whipple|Hunt and Hess|Lewy bod|Fleischner|Bosniak|Murphy sign|Jackson-Pratt|"
    r"Kellgren-Lawrence|Schatzki|Barrett|Swan-Ganz|Seldinger|Allen test|Tokyo 2018|Lyme|Hoehn and Yahr|Fazekas|"
    r"Garden IV|Kerley|Morison pouch|Hashimoto|Tinel sign|Colapinto",           # eponyms and named signs/scores
    r"Eliquis|Brilinta|Omnipaque|Visipaque|Isovue|Gadavist|Sinemet|Creon|Lovenox|Humalog|Zosyn|Glucophage|"
    r"Spiriva|SOMATOM \w+|Revolution CT|Aquilion ONE|MAGNETOM \w+|SIGNA Premier|Ingenia Elition X|Azurion 7 M20",
    r"Medtronic|Boston Scientific|Abbott|Tandem|LivaNova|Edwards SAPIEN|Medicare|MEDICARE|MassHealth|CDC-INFO|"
    r"American Heart Association|Parkinson's Foundation|FDA",                    # brands, public bodies, insurers
)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lookalikes_are_never_labelled(seed):
    for n in corpus(seed):
        for s, e, _ in n.spans:
            lo = max(0, s - 150)
            for m in _LOOKALIKES.finditer(n.text[lo:e + 150]):
                assert not (lo + m.start() < e and lo + m.end() > s), \
                    (m.group(), n.text[max(0, lo + m.start() - 40):lo + m.end() + 40])


def test_corpus_is_dense_in_lookalikes():
    kinds = Counter()
    for n in corpus(1)[:100]:
        for m in _LOOKALIKES.finditer(n.text):
            kinds[m.lastindex or m.group()[:4]] += 1
    assert sum(kinds.values()) > 1000


def test_ages_under_90_and_shifted_dates_stay_visible():
    text = "".join(n.text for n in corpus(1))
    assert len(re.findall(r"\b[2-8]\d (?:year old|Y/[FM])", text)) > 50
    assert len(re.findall(r"\b21[1-9]\d-\d\d-\d\d\b", text)) > 500


def test_no_pool_value_outside_a_span():
    """Surrogate names, towns and facilities appear only inside labelled spans."""
    pools = (h13._FIRST_F + h13._FIRST_M + h13._LAST + tuple(t[0] for t in h13._TOWNS) + h13._FOREIGN
             + h13._NEIGHBOURHOODS + h13._HOSPITALS + h13._IMAGING + h13._SNF + h13._PRACTICES + h13._PHARMACIES
             + h13._EMPLOYERS)
    lowered = sorted({p.lower() for p in pools})
    for n in corpus(1):
        rest = list(n.text.lower())
        for s, e, _ in n.spans:
            rest[s:e] = "\x00" * (e - s)
        rest = "".join(rest)
        for value in lowered:
            at = rest.find(value)
            while at >= 0:
                before = rest[at - 1] if at else " "
                after = rest[at + len(value)] if at + len(value) < len(rest) else " "
                assert before.isalpha() or after.isalpha(), rest[max(0, at - 40):at + len(value) + 20]
                at = rest.find(value, at + 1)
