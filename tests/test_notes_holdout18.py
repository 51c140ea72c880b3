"""Label integrity of held-out corpus 18 (ambulatory / telehealth / chronic-disease technology).

These tests never run the detector: they only check that the corpus is deterministic and that its
ground truth follows the corpus's own labelling conventions.
"""

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

from lqs_clinical.synth import notes_holdout18 as h18
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout18 import holdout18_corpus, holdout18_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SEEDS = (1, 2, 3)


@cache
def _corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(holdout18_corpus(seed, n))


def _all_notes() -> list[LabelledNote]:
    return [n for seed in SEEDS for n in _corpus(seed)]


def _spans(cat: str | None = None) -> list[str]:
    return [n.text[s:e] for n in _all_notes() for s, e, c in n.spans if cat is None or c == cat]


def _outside(note: LabelledNote) -> str:
    """The note text with every labelled span blanked out (same length)."""
    t = list(note.text)
    for s, e, _ in note.spans:
        t[s:e] = " " * (e - s)
    return "".join(t)


def _digest(notes: list[LabelledNote]) -> str:
    payload = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes])
    return hashlib.sha256(payload.encode()).hexdigest()


# --------------------------------------------------------------------------------------------------
# determinism
# --------------------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    assert holdout18_note(1, 7) == holdout18_note(1, 7)
    assert holdout18_note(3, 123) == holdout18_note(3, 123)


def test_notes_differ_across_seeds_and_indices():
    texts = {holdout18_note(seed, i).text for seed in (1, 2, 3) for i in range(20)}
    assert len(texts) == 60


def test_prefix_stability():
    assert holdout18_corpus(1, 25) == list(_corpus(1)[:25])


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json\n"
            "from lqs_clinical.synth.notes_holdout18 import holdout18_corpus\n"
            "ns = holdout18_corpus(1, 40)\n"
            "p = json.dumps([[n.note_type, n.text, [list(s) for s in n.spans]] for n in ns])\n"
            "print(hashlib.sha256(p.encode()).hexdigest())\n")
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for hash_seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(list(_corpus(1)[:40]))}


# --------------------------------------------------------------------------------------------------
# shape of the corpus
# --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_note_types_lengths_and_plant_rate(seed):
    notes = _corpus(seed)
    types = Counter(n.note_type for n in notes)
    assert set(types) == {"discharge", "radiology"}
    assert 0.42 <= types["radiology"] / len(notes) <= 0.58
    assert all(1000 <= len(n.text) <= 6000 for n in notes)
    planted = [n for n in notes if n.spans]
    assert 0.54 <= len(planted) / len(notes) <= 0.64
    assert all(1 <= len(n.spans) <= 12 for n in planted)
    assert all("___" in n.text for n in notes)  # de-identification ran everywhere
    heavy = [n for n in notes if not n.spans and n.text.count("___") >= 18]
    assert len(heavy) >= 10  # the heavily masked, plant-free notes


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    bad_ctrl = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
    for n in _corpus(seed):
        assert not bad_ctrl.search(n.text)
        assert n.spans == sorted(n.spans)
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert prev_end <= s < e <= len(n.text)
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(seed):
    counts = Counter(c for n in _corpus(seed) for _, _, c in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])  # designed with a margin


# --------------------------------------------------------------------------------------------------
# labelling conventions
# --------------------------------------------------------------------------------------------------

def test_dates_have_a_real_year():
    for v in _spans("DATE_REAL_YEAR"):
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        assert re.search(r"\d{1,2}\D+\d{1,2}|[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2}|\d{1,2}-[A-Z]{3}", v), v


def test_ages_are_ninety_or_more():
    for v in _spans("AGE_OVER_89"):
        age = int(v) if v.isdigit() else h18.AGE_WORDS[v]
        assert age >= 90, v


def test_phone_fax_pager_are_numbers_only():
    for cat in ("PHONE", "FAX", "PAGER"):
        for v in _spans(cat):
            assert re.fullmatch(r"[\d()+\-. ]+", v), v
            digits = re.sub(r"\D", "", v)
            assert len(digits) in ((5, 10, 11) if cat == "PAGER" else (10, 11)), v
            assert v not in h18.HOTLINES


def test_formats_of_numeric_identifiers():
    for v in _spans("ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for v in _spans("SSN"):
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v), v
        assert not v.startswith(("000", "666", "9"))
    for v in _spans("EMAIL"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z]+\.[a-z]+", v), v
    for v in _spans("URL"):
        assert v.startswith("https://") and " " not in v and v not in h18.PUBLIC_URLS, v
    for v in _spans("IP_ADDRESS"):
        ip = ipaddress.ip_address(v)
        assert ip.is_global, v
    for v in _spans("STREET_ADDRESS"):
        assert re.match(r"\d+ ", v) and any(f" {sfx}" in v for sfx in h18.STREET_SUFFIXES), v
    for v in _spans("MRN") + _spans("ACCOUNT") + _spans("HEALTH_PLAN") + _spans("DEVICE_ID"):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9\-]+", v) and any(ch.isdigit() for ch in v), v


def _luhn_ok(number: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(number)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def test_licences_and_vehicle_ids_are_well_formed():
    vin_val = h18._VIN_VAL
    for v in _spans("VEHICLE_ID"):
        if len(v) == 17:
            assert not set(v) & set("IOQ")
            total = sum((vin_val[c] if c.isalpha() else int(c)) * w for c, w in zip(v, h18._VIN_W, strict=True))
            assert v[8] == ("X" if total % 11 == 10 else str(total % 11)), v
        else:
            assert re.fullmatch(r"[A-Z0-9 \-]{4,8}", v), v
    npis = [v for v in _spans("LICENSE") if re.fullmatch(r"[12]\d{9}", v)]
    assert npis and all(_luhn_ok("80840" + v) for v in npis)
    deas = [v for v in _spans("LICENSE") if re.fullmatch(r"[ABFGM][A-Z]\d{7}", v)]
    for v in deas:
        d = [int(x) for x in v[2:]]
        assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6], v


def test_person_spans_are_names_without_titles():
    first = {x.lower() for x in h18.FIRST_NAMES}
    last = {x.lower() for x in h18.LAST_NAMES}
    for v in _spans("PERSON"):
        assert not re.match(r"(Dr|Mr|Mrs|Ms|Mx)\.? ", v), v
        for tok in re.split(r"[ ,]+", v):
            tok = tok.lower()
            assert tok in first or tok in last or re.fullmatch(r"[a-z]\.", tok), v


def test_location_and_organization_spans_come_from_the_pools():
    places = ({t for t, _, _ in h18.TOWNS} | set(h18.NEIGHBOURHOODS) | set(h18.COUNTIES)
              | {c for c, _ in h18.FOREIGN})
    assert set(_spans("LOCATION")) <= places
    assert set(_spans("ORGANIZATION")) <= set(h18.ORGANIZATIONS)


def test_cue_words_stay_outside_spans():
    cues = re.compile(r"^(MRN|Dr\b|Phone|Fax|Pager|SN\b|Serial|NPI|DEA|#|Member|Acct|Account|SSN|DOB|Unit)", re.I)
    for v in _spans():
        assert not cues.match(v), v


# --------------------------------------------------------------------------------------------------
# look-alikes and what must never be in the text
# --------------------------------------------------------------------------------------------------

def test_look_alikes_are_present_and_never_labelled():
    lookalikes = h18.EPONYMS + h18.DRUG_BRANDS + h18.DEVICE_BRANDS + h18.PUBLIC_URLS + h18.INSURERS
    for v in _spans():
        for term in lookalikes:
            assert term not in v, (term, v)
    text = "\n".join(n.text for n in _all_notes())
    for group in (h18.EPONYMS, h18.DRUG_BRANDS, h18.DEVICE_BRANDS, h18.PUBLIC_URLS, h18.INSURERS, h18.HOTLINES):
        assert [term for term in group if term not in text] == []
    for snippet in ("Merlin@home", "49/51 mg", "25/100",
                    "ICR 1:", "firmware", "Sensor lot", "NDC ", "RxBIN", "Group: ", "CPT 99", "o'clock",
                    "WHO criteria (1994)", "room "):
        assert snippet in text, snippet


def test_pools_are_disjoint_from_look_alikes():
    names = set(h18.FIRST_NAMES) | set(h18.LAST_NAMES)
    for term in h18.EPONYMS + h18.DRUG_BRANDS + h18.DEVICE_BRANDS:
        for word in re.split(r"[ \-]", term):
            assert word not in names, word


def test_no_unlabelled_identifiers_outside_spans():
    person = re.compile(r"\b(" + "|".join(map(re.escape, h18.FIRST_NAMES + h18.LAST_NAMES)) + r")\b")
    place = re.compile(r"\b(" + "|".join(map(re.escape, [t for t, _, _ in h18.TOWNS] + list(h18.NEIGHBOURHOODS)
                                                + [c for c, _ in h18.FOREIGN])) + r")\b")
    org = re.compile("|".join(map(re.escape, h18.ORGANIZATIONS)))
    phone = re.compile(r"(?<![\d.])(?:\+?1[ -])?\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?![\d])")
    full_date = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-](19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b|"
                           r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, (19|20)\d\d\b")
    dotted_quad = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")
    for n in _all_notes():
        out = _outside(n)
        assert not person.search(out), person.search(out)
        assert not place.search(out), place.search(out)
        assert not org.search(out), org.search(out)
        assert not re.search(r"\S+@\S+\.[a-z]{2,}", out), re.search(r"\S+@\S+\.[a-z]{2,}", out)
        for m in phone.finditer(out):
            assert m.group(0) in h18.HOTLINES, m.group(0)
        assert not full_date.search(out), full_date.search(out)
        for url in re.findall(r"https?://\S+", out):
            assert url.rstrip(".,;):") in h18.PUBLIC_URLS, url
        for m in dotted_quad.finditer(out):  # four-part version numbers are the only dotted quads left
            assert re.search(r"(version|firmware|software|app) $", out[max(0, m.start() - 20):m.start()]), m.group(0)
        for m in re.finditer(r"\b(?:9\d|1[01]\d)[- ]?(?:year|y/o|yo)\b", out):
            raise AssertionError(f"unlabelled age >= 90: {m.group(0)}")


def test_forbidden_identifier_kinds_are_absent():
    forbidden = re.compile(r"accession|specimen|order (?:#|no\b|number)|claim (?:#|no\b|number)|subject id|"
                           r"study[- ]subject|\brx ?#|prescription number|gate code|key ?box|lock ?box|covermymeds",
                           re.I)
    for n in _all_notes():
        assert not forbidden.search(n.text), forbidden.search(n.text)


def test_corpus_module_does_not_touch_the_detector():
    src = Path(h18.__file__).read_text()
    assert "lqs_clinical.notes." not in src and "lqs_clinical.notes " not in src
    assert "pii_rules" not in src
