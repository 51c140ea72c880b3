"""Label-integrity tests for held-out corpus 14 (dictated / messy notes). They never run the detector."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout14 as h14
from lqs_clinical.synth.notes import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
FLOOR_SMALL, FLOOR_BIG, MARGIN = 25, 40, 1.5
SEEDS = (1, 2, 3)


@functools.cache
def corpus(seed: int, n: int = 600):
    return tuple(h14.holdout14_corpus(seed, n))


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123, 599):
        assert h14.holdout14_note(1, i) == h14.holdout14_note(1, i)
        assert h14.holdout14_note(1, i) == corpus(1)[i]


def test_notes_differ_across_seeds_and_indices():
    texts = {h14.holdout14_note(seed, i).text for seed in (1, 2, 3) for i in range(30)}
    assert len(texts) == 90
    assert corpus(1)[5].text != corpus(2)[5].text


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth.notes_holdout14 import holdout14_corpus\n"
            "notes = holdout14_corpus(1, 40)\n"
            "payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]\n"
            "print(hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest())\n")
    digests = set()
    for hash_seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(corpus(1)[:40])}


def test_prefix_stability():
    assert h14.holdout14_corpus(1, 25) == list(corpus(1)[:25])


# ---------------------------------------------------------------------------------------------- span integrity


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for note in corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        text = note.text
        assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in text), "control character left"
        assert note.spans == sorted(note.spans)
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(text), (s, e)
            value = text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_have_a_margin(seed):
    counts = Counter(cat for note in corpus(seed) for _, _, cat in note.spans)
    for cat in CATEGORIES:
        floor = FLOOR_BIG if cat in BIG else FLOOR_SMALL
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= MARGIN * floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_shape_of_the_corpus(seed):
    notes = corpus(seed)
    plans = [h14._plan(seed, i)[1] for i in range(len(notes))]
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.52 * len(notes) <= with_plants <= 0.63 * len(notes)
    heavy = sum(p.heavy for p in plans)
    assert 0.02 * len(notes) <= heavy <= 0.09 * len(notes)
    discharge = sum(n.note_type == "discharge" for n in notes)
    assert 0.4 * len(notes) <= discharge <= 0.6 * len(notes)
    for note, plan in zip(notes, plans, strict=True):
        assert note.note_type == plan.ntype
        assert 1000 <= len(note.text) <= 6000
        assert note.text.count("___") >= (6 if note.note_type == "discharge" else 1)  # identifiers are masked
        if plan.heavy:
            assert not note.spans and note.text.count("___") >= 12
        if plan.cats:
            assert 1 <= len(plan.cats) <= 4 and len(set(plan.cats)) == len(plan.cats)
            assert set(plan.cats) <= {cat for _, _, cat in note.spans}
        else:
            assert not note.spans


def test_theme_is_present():
    notes = corpus(1)
    texts = [n.text for n in notes]

    def share(pred) -> float:
        return sum(1 for t in texts if pred(t)) / len(texts)

    assert share(lambda t: re.search(r"\bperiod\b", t) is not None) > 0.3  # spoken punctuation left in
    assert share(lambda t: re.search(r"^[A-Z ]{8,}( colon|:)", t, re.M) is not None) > 0.3  # ALL-CAPS headers
    assert share(lambda t: "copied forward" in t) > 0.05
    assert share(lambda t: re.search(r"telephone encounter|PHONE NOTE", t, re.I) is not None) > 0.05
    intl = [t[s:e] for n in notes for s, e, c in n.spans if c in ("PHONE", "FAX") for t in [n.text]]
    assert sum(1 for v in intl if v.startswith(("+", "011 ", "00", "(+"))) >= 10
    # stray line breaks right before identifiers (never inside them)
    assert sum(1 for n in notes for s, _, _ in n.spans if s and n.text[s - 1] == "\n") >= 10


# ---------------------------------------------------------------------------------------------- conventions

_CUES = ("dr.", "dr ", "doctor", "mr.", "mrs.", "ms.", "mister", "missus", "mrn", "ssn", "ss#", "phone", "fax",
         "pager", "pgr", "beeper", "npi", "dea", "serial", "s/n", "member", "policy", "account", "fin ", "zip",
         "ip ", "vin", "plate", "tel:", "tel ", "call ", "medicare", "license", "unit no")
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _spans(seed: int, cat: str):
    for note in corpus(seed):
        for s, e, c in note.spans:
            if c == cat:
                yield note.text[s:e]


@pytest.mark.parametrize("seed", SEEDS)
def test_cue_words_and_titles_stay_outside_spans(seed):
    for note in corpus(seed):
        for s, e, cat in note.spans:
            value = note.text[s:e].lower()
            assert not value.startswith(_CUES), (cat, value)
            # a trailing full stop only as a street-suffix abbreviation ("Ct.", "St.")
            assert not value.endswith((":", ",", ";", ".")) or cat == "STREET_ADDRESS" and value.endswith("."), value


@pytest.mark.parametrize("seed", SEEDS)
def test_dates_have_a_real_year(seed):
    spelled = {h14._year_words(y, v): y for y in range(1900, 2031) for v in (0, 1)}
    for value in _spans(seed, "DATE_REAL_YEAR"):
        years = [int(y) for y in _YEAR_RE.findall(value)]
        if years:
            assert len(years) == 1 and 1900 <= years[0] <= 2030, value
        else:
            assert any(value.lower().endswith(w) for w in spelled), value
        assert not re.search(r"21\d\d", value), value


@pytest.mark.parametrize("seed", SEEDS)
def test_ages_are_90_or_more(seed):
    words = {w: n for n in range(90, 121) for w in h14._age_word_forms(n)}
    for value in _spans(seed, "AGE_OVER_89"):
        if value.isdigit():
            assert 90 <= int(value) <= 120, value
        else:
            assert value in words, value


@pytest.mark.parametrize("seed", SEEDS)
def test_value_shapes(seed):
    digit_words = set(h14._ONES[:10])
    for cat in ("PHONE", "FAX", "PAGER"):
        for value in _spans(seed, cat):
            if re.search(r"[a-z]", value):
                assert set(value.replace(",", "").split()) <= digit_words, value
            else:
                assert re.fullmatch(r"[+()#\d][\d ()./+-]*\d", value), value
                assert 4 <= sum(ch.isdigit() for ch in value) <= 15, value
    for value in _spans(seed, "ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", value), value
    for value in _spans(seed, "SSN"):
        assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", value), value
    for value in _spans(seed, "IP_ADDRESS"):
        if ":" in value:
            assert "::" in value, value
        else:
            parts = value.split(".")
            assert len(parts) == 4 and all(0 <= int(p) <= 255 for p in parts), value
    for value in _spans(seed, "EMAIL"):
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", value) or \
            re.fullmatch(r"[a-z-]+ dot [a-z-]+ at [a-z]+ dot com", value), value
    for value in _spans(seed, "URL"):
        assert "/" in value or value.endswith(".com"), value
        assert not any(site in value for site in h14._PUBLIC_SITES), value
    for value in _spans(seed, "STREET_ADDRESS"):
        assert re.search(r"\d", value) and re.search(r"[A-Za-z]{3}", value), value
    for cat in ("PERSON", "LOCATION", "ORGANIZATION"):
        for value in _spans(seed, cat):
            assert not re.search(r"\d", value), (cat, value)


@pytest.mark.parametrize("seed", SEEDS)
def test_eponyms_and_brands_are_not_names(seed):
    lookalikes = {w.lower() for w in h14._LOOKALIKE_STRINGS}
    for cat in ("PERSON", "ORGANIZATION", "LOCATION"):
        for value in _spans(seed, cat):
            assert value.lower() not in lookalikes, (cat, value)


# the look-alike strings of the generator, as whole words (short acronyms such as "CDC" or "WHO" case-sensitive)
_LOOKALIKE_KEYS = {lk.lower(): lk for lk in h14._LOOKALIKE_STRINGS}


def _alternation(words, flags=0):
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])", flags)


_LONG_LOOKALIKES = _alternation([w.lower() for w in h14._LOOKALIKE_STRINGS if len(w) > 4])  # matched on lower()
_SHORT_LOOKALIKES = _alternation([w for w in h14._LOOKALIKE_STRINGS if len(w) <= 4])

_LOOKALIKE_PATTERNS = (
    re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b|\b[A-Z][a-z]+ \d{1,2}, 21\d\d\b"),  # shifted dates
    re.compile(r"\bBP \d{2,3}/\d{2,3}\b|\b\d/6 systolic murmur|\b5/5\b|MoCA \d+/30|\b1:1 sitter"),  # ratios
    re.compile(r"firmware (?:version |updated to )?[\d.]+\d|software version [\d.]+\d"),  # versions
    re.compile(r"\blot [A-Z0-9]+|\bNDC [\d-]+|\bNCT\d{8}|IRB protocol [\d-]+|\bCPT \d{5}|ICD-10 [A-Z0-9.]+"),  # codes
    re.compile(r"Order set OS-[A-Z]+-\d+|Protocol CT-[A-Z]+-\d+|Rx BIN \d+|model number \w+"),
    re.compile(r"\broom \d+ bed [AB]\b|\b\d+ West bed \d+|series \d+ image \d+"),  # rooms, beds, images
    re.compile(r"\b(?:[1-8]\d|[1-9]) year old\b|\bage [1-8]\d\b|died at [1-8]\d\b"),  # ages under 90
    re.compile(r"\bquit smoking in (?:19|20)\d\d\b|\bin the (?:1980|1990)s\b"),  # bare years
    re.compile(r"\b(?:90 day supply|ninety feet|SBP in the 90s|ninety (?:eight|nine) point \w+)"),  # 90+, not ages
    re.compile(r"\bD: .{8,20}\d\d:\d\d  T: "),  # dictation stamps
)


@pytest.mark.parametrize("seed", SEEDS)
def test_lookalikes_are_never_labelled(seed):
    found = Counter()
    for note in corpus(seed):
        low = note.text.lower()
        assert len(low) == len(note.text)
        hits = [(mt, _LOOKALIKE_KEYS[mt.group(0).lower()]) for pat, txt in ((_LONG_LOOKALIKES, low),
                (_SHORT_LOOKALIKES, note.text)) for mt in pat.finditer(txt)]
        hits += [(mt, f"pattern {idx}") for idx, pat in enumerate(_LOOKALIKE_PATTERNS)
                 for mt in pat.finditer(note.text)]
        labelled = bytearray(len(note.text))
        for s, e, _ in note.spans:
            labelled[s:e] = b"\x01" * (e - s)
        for mt, what in hits:
            s, e = mt.span()
            assert not any(labelled[s:e]), (what, note.text[max(0, s - 40):e + 40])
            found[what] += 1
    # the look-alikes really occur, in quantity
    assert sum(found[w] for w in h14._EPONYMS) >= 300
    assert sum(found[w] for w in h14._PUBLIC_LINES) >= 100
    for idx in range(len(_LOOKALIKE_PATTERNS)):
        assert found[f"pattern {idx}"] >= 20, idx


def test_dictated_and_lowercase_names_are_labelled():
    values = [v for seed in SEEDS for v in _spans(seed, "PERSON")]
    assert sum(1 for v in values if v == v.lower()) >= 15  # speech recognition left names in lower case
    ages = [v for seed in SEEDS for v in _spans(seed, "AGE_OVER_89")]
    assert sum(1 for v in ages if not v.isdigit()) >= 15  # ages spelled out
    dates = [v for seed in SEEDS for v in _spans(seed, "DATE_REAL_YEAR")]
    assert sum(1 for v in dates if not _YEAR_RE.search(v)) >= 5  # dates spelled out
