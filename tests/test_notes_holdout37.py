"""Held-out corpus 37 (maternal-fetal medicine, L&D, postpartum, NICU): labels only, never the detector.

The numbers asserted here were measured on the corpus itself (seeds 1-3 x 600 notes).
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout37 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

# Measured over seeds 1-3 x 600 notes (planted spans per category).
EXPECTED_COUNTS = {
    "PERSON": 285, "ORGANIZATION": 176, "LOCATION": 175, "DATE_REAL_YEAR": 174, "PAGER": 89, "DEVICE_ID": 88,
    "SSN": 88, "STREET_ADDRESS": 88, "HEALTH_PLAN": 88, "AGE_OVER_89": 88, "ZIP": 88, "MRN": 88, "URL": 88,
    "PHONE": 87, "EMAIL": 87, "FAX": 87, "VEHICLE_ID": 87, "ACCOUNT": 87, "LICENSE": 87, "IP_ADDRESS": 86,
}
MIN_COUNT = 80          # every category, over the 1,800 notes
MIN_BIG_COUNT = 170     # PERSON, LOCATION, ORGANIZATION, DATE_REAL_YEAR
CUES_AND_CREDENTIALS = {   # never a token of a labelled value
    "Dr", "Dr.", "MRN", "MRN:", "MR#", "Fax", "fax", "Fax:", "F:", "pager", "Pager", "pgr", "p.", "SN", "S/N", "S/N:",
    "s/n", "plate", "Plate", "Acct", "Acct:", "Accession:", "MD", "RN", "NP", "CNM", "DO", "PA", "IBCLC", "LICSW",
    "RDMS", "RDCS", "NNP", "NNP-BC", "Lic#", "lic.", "Lic.", "DEA", "VIN", "SSN", "SS#", "Tel", "Email:", "ZIP:",
}
LEADING_CUES = ("Member", "ID", "Group", "Policy", "Subscriber", "Unit", "Order", "Specimen", "Accession", "#",
                "No.", "License", "Phone", "Email", "Baby Girl", "Baby Boy", "Ms.", "Mrs.", "Mr.")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# Independent of the module's own check: anything date-shaped with a four-digit year.
DATE_SHAPES = (
    re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)"),
    re.compile(r"\b" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"),
    re.compile(r"\b\d{1,2}[\s-]" + _MONTHS + r"\.?[\s,-]+(\d{4})\b"),
    re.compile(r"\b" + _MONTHS + r"\.?\s+(\d{4})\b"),
)


@cache
def built(seed: int) -> tuple:
    return tuple(h._build_detail(seed, i) for i in range(N))


def all_built():
    for seed in SEEDS:
        for i, item in enumerate(built(seed)):
            yield seed, i, item


def corpus_digest(seed: int, n: int) -> str:
    d = hashlib.sha256()
    for note in h.holdout37_corpus(seed, n):
        d.update(repr((note.note_type, note.text, note.spans)).encode())
    return d.hexdigest()


# ------------------------------------------------------------------------------------------------
# Module contract
# ------------------------------------------------------------------------------------------------

def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 37: maternal-fetal medicine")
    assert "Written blind" in doc
    assert callable(h.main) and "argv" in inspect.signature(h.main).parameters
    assert len(h.DOCUMENT_KINDS) == 18 and len(set(h.DOCUMENT_KINDS)) == 18
    assert isinstance(h.EPONYMS_AND_BRANDS, tuple) and len(h.EPONYMS_AND_BRANDS) >= 80
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.holdout37_note(1, 0) == note


def test_imports_are_stdlib_and_the_two_allowed_modules():
    tree = ast.parse(Path(h.__file__).read_text())
    allowed_project = {"lqs_clinical.synth.holdout_measure", "lqs_clinical.synth.notes"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module != "__future__":
            if node.module.startswith("lqs_clinical"):
                assert node.module in allowed_project
            else:
                assert node.module.split(".")[0] in sys.stdlib_module_names
        elif isinstance(node, ast.Import):
            for a in node.names:
                assert a.name.split(".")[0] in sys.stdlib_module_names
    src = Path(h.__file__).read_text()
    assert "hash(" not in src and "random.seed" not in src and "random.random(" not in src


# ------------------------------------------------------------------------------------------------
# Determinism
# ------------------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 17, 333):
        assert h._build(5, i) == h._build(5, i)
        assert h.holdout37_note(5, i) == h._build_detail(5, i)[0]


def test_notes_differ_across_seeds_and_indices():
    a = [n.text for n in h.holdout37_corpus(1, 60)]
    b = [n.text for n in h.holdout37_corpus(2, 60)]
    assert len(set(a)) == 60 and len(set(b)) == 60
    assert all(x != y for x, y in zip(a, b, strict=True))


def test_prefix_of_a_longer_corpus_equals_the_shorter_corpus():
    assert h.holdout37_corpus(7, 40) == h.holdout37_corpus(7, 90)[:40]
    assert h.holdout37_corpus(7, 90)[75] == h.holdout37_note(7, 75)


def test_identical_across_processes_and_hash_seeds():
    here = {(s, n): corpus_digest(s, n) for s, n in ((1, 150), (9, 40))}
    code = ("import hashlib\nfrom lqs_clinical.synth import notes_holdout37 as h\n"
            "for s, n in ((1, 150), (9, 40)):\n"
            "    d = hashlib.sha256()\n"
            "    for note in h.holdout37_corpus(s, n):\n"
            "        d.update(repr((note.note_type, note.text, note.spans)).encode())\n"
            "    print(d.hexdigest())\n")
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True, timeout=60).stdout.split()
        assert out == [here[(1, 150)], here[(9, 40)]]


# ------------------------------------------------------------------------------------------------
# Shape and span integrity
# ------------------------------------------------------------------------------------------------

def test_note_shape():
    types = Counter()
    for _, _, (note, _, _, _) in all_built():
        assert note.note_type in ("discharge", "radiology")
        assert 1100 <= len(note.text) <= 4500
        assert note.spans == sorted(note.spans)
        assert "___" in note.text
        types[note.note_type] += 1
    assert types == {"discharge": 991, "radiology": 809}   # 55.1% / 44.9%


def test_span_integrity():
    for seed, i, (note, _, _, values) in all_built():
        text = note.text
        prev_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(text)
            assert s >= prev_end, (seed, i)
            prev_end = e
            value = text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            tokens = [t.strip(",;:()<>|") for t in value.split()]
            bad = [t for t in tokens if t in CUES_AND_CREDENTIALS]
            assert not bad, (seed, i, cat, value)
            leading = ("Dr.", "Dr ", "MRN", "Fax", "pager", "SN ", "plate", "Acct") + LEADING_CUES
            assert not value.startswith(leading), value
            if cat not in ("ORGANIZATION", "STREET_ADDRESS"):
                assert value[-1] not in ".,;:", value
        assert sorted(text[s:e] for s, e, _ in note.spans) == sorted(values)


def test_spans_respect_category_conventions():
    for _, _, (note, _, _, _) in all_built():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            if cat == "AGE_OVER_89":
                assert v.isdigit() and int(v) >= 90
            elif cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
                assert years and all(1900 <= y <= 2030 for y in years), v
            elif cat == "ZIP":
                assert re.fullmatch(r"\d{5}(?:-\d{4})?", v)
            elif cat == "SSN":
                assert re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v)
            elif cat == "EMAIL":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", v)
            elif cat == "IP_ADDRESS":
                assert re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}|fe80:(?::[0-9a-f]{4}){3}", v)
            elif cat == "LOCATION":
                assert not any(st in v for st in ("Massachusetts", "New Hampshire", "Rhode Island"))


# ------------------------------------------------------------------------------------------------
# Plants: categories, rates, variety
# ------------------------------------------------------------------------------------------------

def test_every_category_planted_with_measured_counts():
    counts = Counter(cat for _, _, (note, _, _, _) in all_built() for _, _, cat in note.spans)
    assert set(counts) == set(CATEGORIES)
    assert dict(counts) == EXPECTED_COUNTS
    assert sum(counts.values()) == 2211
    assert all(counts[c] >= MIN_COUNT for c in CATEGORIES)
    for big in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[big] >= MIN_BIG_COUNT


def test_per_category_counts_are_stable_across_seeds():
    for cat in CATEGORIES:
        per_seed = [sum(1 for note, *_ in built(s) for _, _, c in note.spans if c == cat) for s in SEEDS]
        assert max(per_seed) - min(per_seed) <= 3, (cat, per_seed)


def test_plant_rate_heavy_share_and_plants_per_note():
    with_plants = heavy = 0
    per_note = Counter()
    for _, _, (note, _, kind, _) in all_built():
        with_plants += bool(note.spans)
        per_note[len(note.spans)] += 1
        if kind == "heavy":
            heavy += 1
            assert not note.spans
            assert note.text.count("___") >= 25
    assert with_plants == 1026            # 57.0%
    assert heavy == 92                    # 5.1%
    assert 0.55 <= with_plants / 1800 <= 0.60
    assert 0.04 <= heavy / 1800 <= 0.06
    assert set(per_note) == {0, 1, 2, 3, 4}
    assert per_note == {0: 774, 1: 358, 2: 290, 3: 239, 4: 139}
    for seed in SEEDS:
        rate = sum(1 for note, *_ in built(seed) if note.spans) / N
        assert 0.55 <= rate <= 0.60


def test_all_document_kinds_occur():
    kinds = Counter(h.document_kind(seed, i) for seed in SEEDS for i in range(N))
    assert set(kinds) == set(h.DOCUMENT_KINDS)
    assert min(kinds.values()) >= 70
    for seed, i, (note, _, _, _) in all_built():
        radiology = h.document_kind(seed, i) in h.DOCUMENT_KINDS[12:]
        assert (note.note_type == "radiology") == radiology


def test_values_appear_in_many_contexts_and_shapes():
    left: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    values: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for _, _, (note, _, _, _) in all_built():
        for s, e, cat in note.spans:
            left[cat].add(note.text[max(0, s - 12):s])
            values[cat].add(note.text[s:e])
    for cat in CATEGORIES:
        assert len(left[cat]) >= 18, cat   # distinct 12-character left contexts (measured 19-96)
        assert len(values[cat]) >= 0.8 * EXPECTED_COUNTS[cat] or cat == "AGE_OVER_89", cat
    phones = values["PHONE"] | values["FAX"]
    assert any(v.startswith("(") for v in phones) and any("." in v for v in phones)
    assert any("x" in v or "ext" in v for v in values["PHONE"])
    people = values["PERSON"]
    assert any("-" in v for v in people) and any("'" in v for v in people)
    assert any(re.search(r"\b[A-Z]\.", v) for v in people) and any(not v.isascii() for v in people)
    assert any(" " in v for v in values["MRN"]) and any("-" in v for v in values["ACCOUNT"])
    assert any(len(v) == 17 for v in values["VEHICLE_ID"]) and any("-" in v for v in values["VEHICLE_ID"])
    assert any(":" in v for v in values["IP_ADDRESS"])
    assert any("County" in v for v in values["LOCATION"])
    assert any(v.startswith("St.") for v in values["ORGANIZATION"])
    assert len(values["PERSON"]) >= 250 and len(values["ORGANIZATION"]) >= 150 and len(values["LOCATION"]) >= 100


def test_plants_inside_tables_and_signatures_occur():
    in_table = at_line_start = in_parens = 0
    for _, _, (note, _, _, _) in all_built():
        for s, e, _ in note.spans:
            line_start = note.text.rfind("\n", 0, s) + 1
            line_end = note.text.find("\n", e)
            line = note.text[line_start:line_end if line_end >= 0 else len(note.text)]
            in_table += line.startswith("|")
            at_line_start += line_start == s
            in_parens += note.text[s - 1:s] == "(" or note.text[e:e + 1] == ")"
    assert in_table >= 65 and at_line_start >= 90 and in_parens >= 170   # measured 73 / 99 / 181


# ------------------------------------------------------------------------------------------------
# Look-alikes and unlabelled dates
# ------------------------------------------------------------------------------------------------

def test_look_alikes_are_present_and_never_labelled():
    for seed, i, (note, looks, _, _) in all_built():
        assert len(looks) >= 2, (seed, i)
        labelled = {note.text[s:e] for s, e, _ in note.spans}
        for look in looks:
            assert look in note.text
            assert look not in labelled
            at = note.text.find(look)
            while at >= 0:
                assert not any(s < at + len(look) and at < e for s, e, _ in note.spans), (seed, i, look)
                at = note.text.find(look, at + 1)


def test_eponyms_and_brands_never_inside_spans():
    used = Counter()
    for _, _, (note, looks, _, _) in all_built():
        for e in h.EPONYMS_AND_BRANDS:
            if e in looks:
                used[e] += 1
        for s, e, _ in note.spans:
            value = note.text[s:e]
            assert not any(re.search(r"(?<![A-Za-z])" + re.escape(x) + r"(?![A-Za-z])", value)
                           for x in h.EPONYMS_AND_BRANDS), value
    assert len(used) >= 60


def test_no_unlabelled_real_year_date():
    expiries = 0
    for seed, i, (note, looks, _, _) in all_built():
        text = note.text
        date_spans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in DATE_SHAPES:
            for m in rx.finditer(text):
                year = int(m.group(1))
                if any(s <= m.start() and m.end() <= e for s, e in date_spans):
                    continue
                if 1900 <= year <= 2030:
                    # only expiry dates of drugs, lots and devices, and they are look-alikes
                    assert m.group(0) in looks, (seed, i, m.group(0))
                    assert "exp" in text[max(0, m.start() - 14):m.start()].lower(), (seed, i, m.group(0))
                    expiries += 1
                else:
                    assert 2100 <= year <= 2200, (seed, i, m.group(0))
    assert expiries >= 100


def test_look_alike_kinds_are_covered():
    joined = Counter()
    for _, _, (note, looks, _, _) in all_built():
        text = note.text
        joined["ndc"] += "NDC " in text
        joined["lot"] += bool(re.search(r"\b[Ll]ot \w+", text))
        joined["ref"] += "REF " in text
        joined["hotline"] += "1-800-222-1222" in text
        joined["public_site"] += any(x in text for x in ("cdc.gov", "nih.gov", "fda.gov", "womenshealth.gov"))
        joined["bare_year"] += any(re.fullmatch(r"(19|20)\d\d", x) is not None for x in looks)
        joined["age_under_90"] += any(re.search(r"\b\d\d (year old|yo|y\.o\.)|\d\d-year-old|\d\d years old", x)
                                      is not None for x in looks)
        joined["state"] += any(x in looks for x in ("Massachusetts", "New Hampshire", "Rhode Island", "Vermont"))
        joined["shifted"] += any(re.search(r"21\d\d|2200", x) is not None for x in looks)
    for k, v in joined.items():
        assert v >= 30, (k, v)


@pytest.mark.parametrize("seed", SEEDS)
def test_document_kind_depends_only_on_seed_and_index(seed):
    assert [h.document_kind(seed, i) for i in range(50)] == [h.document_kind(seed, i) for i in range(50)]
