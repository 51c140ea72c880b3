"""Label integrity of held-out corpus 15 (care-coordination paperwork). Never runs the detector."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout15 import holdout15_corpus, holdout15_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
_SHIFTED = re.compile(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]21\d\d\b|\b\d\d-[A-Z][a-z]{2}-21\d\d\b"
                      r"|\b[A-Z][a-z]+\.? \d{1,2},? 21\d\d\b|\b\d{1,2} [A-Z][a-z]+ 21\d\d\b")
_ADDRESS = ("STREET_ADDRESS", "LOCATION", "ZIP")
_ADDRESS_GAP = re.compile(r"[, ]*(___)?[, ]*([A-Z]{2} )?|\n +")


def _identifiers(note: LabelledNote) -> int:
    """Leaked identifiers of a note: the street, city and ZIP spans of one address line count once."""
    n, prev = 0, None
    for s, e, cat in note.spans:
        if prev and prev[2] in _ADDRESS and cat in _ADDRESS and cat != prev[2] \
                and _ADDRESS_GAP.fullmatch(note.text[prev[1]:s]):
            prev = (s, e, cat)
            continue
        n += 1
        prev = (s, e, cat)
    return n


@cache
def _corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout15_corpus(seed, n))


def _spans(seed: int = 1):
    for note in _corpus(seed):
        for s, e, cat in note.spans:
            yield note, s, e, cat


def _digest(notes) -> str:
    h = hashlib.sha256()
    for n in notes:
        h.update(n.note_type.encode())
        h.update(n.text.encode())
        h.update(repr(n.spans).encode())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 123):
        a, b = holdout15_note(1, i), holdout15_note(1, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    texts = {holdout15_note(seed, i).text for seed in (1, 2, 3) for i in range(20)}
    assert len(texts) == 60


def test_prefix_stability():
    short = holdout15_corpus(1, 25)
    long = _corpus(1)[:25]
    assert [(n.note_type, n.text, n.spans) for n in short] == [(n.note_type, n.text, n.spans) for n in long]


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib\nfrom lqs_clinical.synth.notes_holdout15 import holdout15_corpus\n"
            "h = hashlib.sha256()\n"
            "for n in holdout15_corpus(4, 40):\n"
            "    h.update(n.note_type.encode()); h.update(n.text.encode()); h.update(repr(n.spans).encode())\n"
            "print(h.hexdigest())\n")
    outs = set()
    for hs in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             timeout=60)
        outs.add(res.stdout.strip())
    outs.add(_digest(holdout15_corpus(4, 40)))
    assert len(outs) == 1


# ---------------------------------------------------------------------------------------------- span integrity


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_span_integrity(seed):
    for note in _corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(note.text), (s, e, prev_end)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            prev_end = e
        for ch in note.text:
            assert ch == "\n" or unicodedata.category(ch) != "Cc", repr(ch)


def test_corpus_shape():
    notes = _corpus(1)
    types = Counter(n.note_type for n in notes)
    assert 0.4 < types["discharge"] / len(notes) < 0.6
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.5 <= with_plants / len(notes) <= 0.65
    assert all(1 <= _identifiers(n) <= 4 for n in notes if n.spans)
    lengths = [len(n.text) for n in notes]
    assert min(lengths) >= 800 and max(lengths) <= 6500
    # shifted dates and masks are everywhere
    assert sum("___" in n.text for n in notes) == len(notes)
    assert sum(bool(_SHIFTED.search(n.text)) for n in notes) > 0.8 * len(notes)
    # heavily masked notes (over-masked eponyms) carry no plants
    heavy = [n for n in notes if "___ disease" in n.text or "Hunt and ___" in n.text or "___ body" in n.text]
    assert heavy and all(not n.spans for n in heavy)


# ---------------------------------------------------------------------------------------------- category counts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(seed):
    counts = Counter(cat for *_, cat in _spans(seed))
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat], "margin below 1.5x the floor")


# ---------------------------------------------------------------------------------------------- conventions

_CUES = ("Dr.", "Dr ", "MRN", "Phone", "Fax", "SSN", "SS#", "Pager", "pager", "DOB", "NPI", "DEA", "Acct", "VIN",
         "plate", "Unit No", "Mr.", "Mrs.", "Ms.")


def test_cue_words_stay_outside_spans():
    for note, s, e, _cat in _spans():
        value = note.text[s:e]
        assert not value.startswith(_CUES), value
        assert not value.endswith((":", ",", ".")) or value.endswith(("St.", "Ave.")), value


def test_labelled_dates_have_a_real_year():
    for note, s, e, cat in _spans():
        if cat != "DATE_REAL_YEAR":
            continue
        value = note.text[s:e]
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", value)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, value
        assert re.search(r"[A-Za-z]{3}|\d{1,2}[/.-]\d{1,2}[/.-]|\d{4}-\d\d-\d\d", value), value  # not a bare year


def test_shifted_dates_are_never_labelled():
    for note in _corpus(1):
        for m in _SHIFTED.finditer(note.text):
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans), note.text[m.start() - 20:m.end()]


_WORD_AGES = {"ninety": 90, "one hundred": 100}


def test_labelled_ages_are_at_least_90():
    seen = 0
    for note, s, e, cat in _spans():
        if cat != "AGE_OVER_89":
            continue
        value = note.text[s:e]
        if value.isdigit():
            assert 90 <= int(value) <= 110, value
        else:
            assert value.startswith(("ninety", "one hundred")), value
        seen += 1
    assert seen
    # ages under 90 do appear, unlabelled
    under = 0
    for note in _corpus(1):
        for m in re.finditer(r"\b([4-8]\d)(?= year old| y/o| yo |-year-old)", note.text):
            under += 1
            assert not any(s < m.end() and m.start() < e for s, e, _ in note.spans)
    assert under > 50


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_age_over_89_in_the_text_is_labelled(seed):
    age = re.compile(r"(?:\bAge: |\(age |, )(\d{2,3})\b(?! ?(?:mg|mL|ft|kg|s\b|min|%))"
                     r"|\b(\d{2,3})(?= year old| y/o| yo |-year-old| years\.)")
    for note in _corpus(seed):
        for m in age.finditer(note.text):
            start, end = m.span(1) if m.group(1) else m.span(2)
            if int(note.text[start:end]) >= 90 and (m.group(2) or "ge" in m.group(0)):
                assert (start, end, "AGE_OVER_89") in note.spans, note.text[start - 30:end + 10]


def test_value_shapes_per_category():
    for note, s, e, cat in _spans():
        v = note.text[s:e]
        if cat in ("PHONE", "FAX", "PAGER"):
            assert re.fullmatch(r"[\d()+. -]+", v), v
            assert 5 <= len(re.sub(r"\D", "", v)) <= 11, v
        elif cat == "SSN":
            assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v), v
        elif cat == "ZIP":
            assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
        elif cat == "EMAIL":
            assert re.fullmatch(r"[a-z0-9._]+@[a-z]+\.[a-z]+", v), v
        elif cat == "URL":
            assert v.startswith(("http://", "https://")), v
            assert not any(p in v for p in ("medicare.gov", "cdc.gov", "mass.gov", "ssa.gov", "iddsi.org", "alz.org"))
        elif cat == "IP_ADDRESS":
            assert ipaddress.ip_address(v).is_global, v
        elif cat == "STREET_ADDRESS":
            assert re.match(r"\d+ [A-Z]", v), v
        elif cat == "VEHICLE_ID":
            assert len(v) == 17 or 5 <= len(v) <= 8, v
        elif cat in ("PERSON", "LOCATION", "ORGANIZATION"):
            assert re.search(r"[A-Za-z]", v) and not re.search(r"\d", v), v


def test_vins_carry_a_valid_check_digit():
    vals = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    vins = [note.text[s:e] for note, s, e, cat in _spans() if cat == "VEHICLE_ID" and e - s == 17]
    assert vins
    for v in vins:
        total = sum(vals[ch] * w for ch, w in zip(v, weights, strict=True)) % 11
        assert v[8] == ("X" if total == 10 else str(total)), v


def test_npis_pass_the_luhn_check():
    npis = [note.text[s:e] for note, s, e, cat in _spans()
            if cat == "LICENSE" and "NPI" in note.text[max(0, s - 8):s]]
    assert npis
    for v in npis:
        digits = [int(ch) for ch in "80840" + v]
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 1:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        assert total % 10 == 0, v


def test_typed_by_context():
    for note, s, _e, cat in _spans():
        before = note.text[max(0, s - 45):s].lower()
        if cat == "FAX":
            assert "fax" in before or "f:" in before, before
        elif cat == "PAGER":
            assert any(k in before for k in ("pager", "pgr", "beeper", "page ")), before
        elif cat == "HEALTH_PLAN":
            assert any(k in before for k in ("mbi", "member", "subscriber", "masshealth id")), before
        elif cat == "ACCOUNT":
            assert any(k in before for k in ("acct", "account", "fin", "encounter")), before


_LOOKALIKES = (
    r"1-800-222-1222", r"1-800-633-4227", r"1-800-677-1116", r"1-800-272-3900", r"1-800-922-2275",
    r"1-800-841-2900", r"1-800-772-1213", r"\b988\b", r"NDC [\d-]+", r"CPT \d{5}", r"HCPCS \w+", r"CLIA \w+",
    r"RxBIN \d+", r"Group #?:? ?\d+", r"lot \w+", r"INC\d{7}", r"accession \w+", r"firmware [\d.]+",
    r"software version [\w.]+", r"app version [\d.]+", r"Room \d+-[AB]", r"Rm \d+\w?", r"import batch \d+",
    r"Courier manifest [\w-]+", r"(?<![\d/])\d{2,3}/\d{2,3}(?![\d/])", r"www\.medicare\.gov\S*", r"https://www\.cdc\.gov\S*",
    r"Parkinson", r"Lewy", r"Hunt and Hess", r"Whipple procedure", r"Glasgow", r"Foley", r"Berg \d", r"Romberg",
    r"Babinski", r"Trendelenburg", r"Braden", r"Montreal Cognitive", r"Boston (Naming|Scientific|brace)",
    r"Miami J", r"Philadelphia collar", r"Rancho Los Amigos", r"Creutzfeldt-Jakob", r"Medtronic", r"Abbott",
    r"Eliquis", r"Keppra", r"Sinemet", r"Lasix", r"Entresto", r"Creon", r"Siemens", r"Philips", r"Canon",
    r"Carestream", r"Surescripts", r"Meals on Wheels", r"Council on Aging", r"Department of Transitional",
    r"CMS-R-193", r"OSF\d", r"exam code",
)


def test_lookalikes_are_never_labelled():
    pattern = re.compile("|".join(f"(?:{p})" for p in _LOOKALIKES))
    hits = 0
    for seed in (1, 2):
        for note in _corpus(seed):
            for m in pattern.finditer(note.text):
                hits += 1
                for s, e, cat in note.spans:
                    assert not (s < m.end() and m.start() < e), (m.group(), note.text[s:e], cat)
    assert hits > 5000


def test_addresses_split_into_street_city_zip():
    """A fully leaked address line carries three spans; the state between them is not labelled."""
    full = 0
    for note in _corpus(1):
        cats = [c for *_, c in note.spans]
        for (_, _, c1), (_, e2, c2), (s3, _, c3) in zip(note.spans, note.spans[1:], note.spans[2:], strict=False):
            if (c1, c2, c3) == ("STREET_ADDRESS", "LOCATION", "ZIP"):
                between = note.text[e2:s3]
                assert re.fullmatch(r", [A-Z]{2} ", between), between
                full += 1
        assert cats.count("STREET_ADDRESS") <= 2
    assert full >= 5


def test_every_category_in_both_note_types_across_seeds():
    per_type = {t: Counter() for t in ("discharge", "radiology")}
    for seed in (1, 2, 3):
        for note in _corpus(seed):
            per_type[note.note_type].update(c for *_, c in note.spans)
    for t, cnt in per_type.items():
        for cat in CATEGORIES:
            assert cnt[cat] >= 5, (t, cat, cnt[cat])
