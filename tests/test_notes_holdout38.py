"""Held-out corpus 38 (cardiology, written blind): determinism, label integrity, plant plan, look-alikes.

Checks labels only; the detector is never imported or run here.
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
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout38 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

# Counts measured over seeds 1-3 x 600 notes (the plan is a Weyl sequence, so these are exact).
EXPECTED_COUNTS = {
    "PHONE": 84, "FAX": 83, "PAGER": 86, "EMAIL": 85, "URL": 83, "IP_ADDRESS": 84, "SSN": 85, "MRN": 84,
    "ACCOUNT": 83, "HEALTH_PLAN": 85, "LICENSE": 85, "ZIP": 84, "STREET_ADDRESS": 84, "DATE_REAL_YEAR": 203,
    "AGE_OVER_89": 84, "DEVICE_ID": 86, "VEHICLE_ID": 83, "PERSON": 293, "LOCATION": 203, "ORGANIZATION": 203,
}
MIN_COUNTS = {c: 75 for c in CATEGORIES} | {"PERSON": 270, "LOCATION": 180, "ORGANIZATION": 180,
                                            "DATE_REAL_YEAR": 180}
EXPECTED_PLANTED_NOTES = 1035
EXPECTED_HEAVY_NOTES = 89
EXPECTED_SPANS = 2250

CUES = ("Dr", "Dr.", "MRN", "MR#", "Fax", "FAX", "fax", "pager", "Pager", "pgr", "Pgr", "SN", "S/N", "plate",
        "Plate", "Acct", "acct", "Tel", "Phone", "Email", "E-mail", "Member", "Policy", "DEA", "SSN", "Serial",
        "serial", "VIN", "ZIP", "Zip", "Unit No", "Lic", "License", "license", "Accession", "Encounter", "Ph",
        "Tag", "DL#", "MBI", "Subscriber", "Medicaid", "Age", "DOB", "cell")
CREDENTIALS = ("MD", "RN", "NP", "PA-C", "DO", "PhD", "PharmD", "RDCS", "RCIS", "CCDS", "LICSW", "CRNA", "FACC",
               "FASE", "FHRS", "RCEP", "CEP")

_Y = r"(?:19\d\d|20[0-2]\d|2030)(?!\d)"
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_RES = (
    re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]" + _Y),
    re.compile(r"(?<!\d)(?:19\d\d|20[0-2]\d|2030)-\d{1,2}-\d{1,2}(?!\d)"),
    re.compile(r"(?i)\b" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + _Y),
    re.compile(r"(?i)(?<!\d)\d{1,2}(?:st|nd|rd|th)?[\s-]+" + _MON + r"[\s-]+" + _Y),
)
EXPIRY_CUE = re.compile(r"(?i)\b(?:exp|expiry|expiration|use by)\.?:?\s*$")

SHAPES = {
    "PHONE": re.compile(r"^(?:\+?1[ -]?)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]?\d{4}(?: (?:x|X|ext\.?) ?\d{2,4})?$"),
    "FAX": re.compile(r"^(?:\+?1[ -]?)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]?\d{4}$"),
    "PAGER": re.compile(r"^[\d() +./-]{4,17}$"),
    "EMAIL": re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
    "URL": re.compile(r"^(?:https?://)?(?:www\.|portal\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?$"),
    "IP_ADDRESS": re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,2}[\d-]{6,11}$"),
    "ACCOUNT": re.compile(r"^[A-Z]{0,3}-?[\d -]{6,14}$"),
    "HEALTH_PLAN": re.compile(r"^[A-Z0-9][A-Z0-9 -]{9,14}$"),
    "LICENSE": re.compile(r"^[A-Z0-9][A-Z0-9 -]{5,13}$"),
    "DEVICE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]{5,11}$"),
    "VEHICLE_ID": re.compile(r"^[A-Z0-9][A-Z0-9 -]{5,16}$"),
    "ZIP": re.compile(r"^\d{5}(?:-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d+[A-Z]?(?:-[A-Z])? .+ (?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Drive|Ct|Court|"
                                 r"Way|Terrace|Pl|Blvd|Circle|Hwy|Pkwy)(?:, Apt \d[A-D]| Unit \d+| #\d+)?$"),
    "AGE_OVER_89": re.compile(r"^\d{2,3}$"),
    "PERSON": re.compile(r"^[^\W\d_][^\d_]*$"),
}


def occurrences(text: str, needle: str) -> list[int]:
    """Offsets of needle in text where it is not glued to a letter or digit."""
    out, k = [], text.find(needle)
    while k >= 0:
        before = text[k - 1] if k else " "
        after = text[k + len(needle)] if k + len(needle) < len(text) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            out.append(k)
        k = text.find(needle, k + 1)
    return out


@pytest.fixture(scope="module")
def built():
    return {(s, i): h._build_full(s, i) for s in SEEDS for i in range(N)}


def _digest(seed: int, n: int) -> str:
    rows = []
    for i in range(n):
        note, look, role = h._build(seed, i)
        rows.append((note.note_type, note.text, note.spans, look, role, h.document_kind(seed, i)))
    return hashlib.sha256(repr(rows).encode()).hexdigest()


# ---------------------------------------------------------------------------------------- determinism


def test_same_seed_and_index_give_the_same_note():
    for i in (0, 1, 17, 333):
        a, b = h._build(5, i), h._build(5, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
        assert h.holdout38_note(5, i) == a[0]


def test_notes_differ_across_seeds_and_indices():
    one = [h.holdout38_note(1, i).text for i in range(60)]
    two = [h.holdout38_note(2, i).text for i in range(60)]
    assert len(set(one)) == 60 and len(set(two)) == 60
    assert all(a != b for a, b in zip(one, two, strict=True))


def test_prefix_stability():
    short, long = h.holdout38_corpus(4, 30), h.holdout38_corpus(4, 90)
    assert len(short) == 30 and len(long) == 90
    assert short == long[:30]
    assert all(isinstance(n, LabelledNote) for n in long)


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib\n"
            "from lqs_clinical.synth import notes_holdout38 as h\n"
            "rows = []\n"
            "for i in range(40):\n"
            "    note, look, role = h._build(7, i)\n"
            "    rows.append((note.note_type, note.text, note.spans, look, role, h.document_kind(7, i)))\n"
            "print(hashlib.sha256(repr(rows).encode()).hexdigest())\n")
    here = _digest(7, 40)
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True, timeout=60)
        assert out.stdout.strip() == here, hs


def test_no_global_random_or_hash_in_module():
    src = inspect.getsource(h)
    assert "hash(" not in src
    assert not re.search(r"(?<![\w.])random\.(random|randint|choice|sample|shuffle|seed)\(", src)
    tree = ast.parse(src)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module)
    project = {m for m in imported if m.startswith("lqs_clinical")}
    assert project == {"lqs_clinical.synth.holdout_measure", "lqs_clinical.synth.notes"}
    assert imported - project <= {"__future__", "math", "random", "re", "unicodedata"}


# ------------------------------------------------------------------------------------- span integrity


def test_span_integrity(built):
    cue_re = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(c) for c in CUES + CREDENTIALS)
                        + r")(?![^\W_])")
    for (seed, i), (note, _look, _role, values) in built.items():
        t = note.text
        assert note.spans == sorted(note.spans)
        assert len(values) == len(note.spans)
        prev_end = 0
        for (s, e, cat), value in zip(note.spans, values, strict=True):
            assert cat in CATEGORIES
            assert 0 <= s < e <= len(t), (seed, i)
            assert s >= prev_end, (seed, i, "overlap")
            prev_end = e
            v = t[s:e]
            assert v == value
            assert v == v.strip() and "\n" not in v
            assert "___" not in v
            assert not cue_re.search(v), (seed, i, cat, v)


def test_value_shapes(built):
    for (seed, i), (note, _look, _role, _values) in built.items():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            if cat in SHAPES:
                assert SHAPES[cat].match(v), (seed, i, cat, v)
            if cat in ("MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "VEHICLE_ID", "PAGER"):
                assert sum(ch.isdigit() for ch in v) >= 3, (cat, v)
            if cat == "LOCATION":
                assert v in h._PLACES
            if cat == "ORGANIZATION":
                assert v in h._ORGS
            if cat == "URL":
                assert not any(p in v for p in h._PUBLIC_SITES)


def test_ages_labelled_are_over_89(built):
    n = 0
    for note, *_ in built.values():
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                v = note.text[s:e]
                assert v.isdigit() and 90 <= int(v) <= 110
                n += 1
    assert n == EXPECTED_COUNTS["AGE_OVER_89"]


def test_labelled_dates_carry_a_real_year(built):
    for note, *_ in built.values():
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                v = note.text[s:e]
                assert any(rx.fullmatch(v) for rx in DATE_RES), v
                years = [int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", v)]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, v


def test_no_unlabelled_real_year_date(built):
    expiries = 0
    for (seed, i), (note, look, _role, _values) in built.items():
        t = note.text
        dates = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in DATE_RES:
            for m in rx.finditer(t):
                if any(s <= m.start() and m.end() <= e for s, e in dates):
                    continue
                # the only unlabelled real-year dates are device/drug/lot expiry dates, which are look-alikes
                assert m.group(0) in look, (seed, i, m.group(0))
                assert EXPIRY_CUE.search(t[max(0, m.start() - 12):m.start()]), (seed, i, t[m.start() - 20:m.end()])
                assert not any(m.start() < e and m.end() > s for s, e, _ in note.spans)
                expiries += 1
    assert expiries > 100


def test_shifted_dates_are_never_labelled(built):
    shifted = re.compile(r"(?<!\d)(?:21\d\d|2200)(?!\d)")
    seen = 0
    for note, *_ in built.values():
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                assert not shifted.search(note.text[s:e])
        seen += len(shifted.findall(note.text))
    assert seen > 3000


# -------------------------------------------------------------------------------------- plant plan


def test_every_category_planted_with_measured_counts(built):
    counts = Counter(cat for note, *_ in built.values() for _s, _e, cat in note.spans)
    assert dict(counts) == EXPECTED_COUNTS
    assert sum(counts.values()) == EXPECTED_SPANS
    for cat in CATEGORIES:
        assert counts[cat] >= MIN_COUNTS[cat], cat
    # bigger shares for the four big categories
    small = max(counts[c] for c in CATEGORIES if c not in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"))
    assert min(counts["PERSON"], counts["LOCATION"], counts["ORGANIZATION"], counts["DATE_REAL_YEAR"]) > 2 * small


def test_per_seed_category_counts_are_stable(built):
    for cat in CATEGORIES:
        per_seed = [sum(1 for (s, _i), (note, *_r) in built.items() if s == seed for *_x, c in note.spans if c == cat)
                    for seed in SEEDS]
        assert max(per_seed) - min(per_seed) <= 3, (cat, per_seed)


def test_plant_rate_and_heavy_share(built):
    planted = sum(1 for note, *_ in built.values() if note.spans)
    heavy = [note for note, _look, role, _v in built.values() if role == "heavy"]
    assert planted == EXPECTED_PLANTED_NOTES
    assert len(heavy) == EXPECTED_HEAVY_NOTES
    assert 0.55 <= planted / len(built) <= 0.60
    assert 0.04 <= len(heavy) / len(built) <= 0.06
    for seed in SEEDS:
        p = sum(1 for (s, _i), (note, *_r) in built.items() if s == seed and note.spans)
        hv = sum(1 for (s, _i), (_n, _l, role, _v) in built.items() if s == seed and role == "heavy")
        assert 340 <= p <= 350 and 28 <= hv <= 32, (seed, p, hv)
    for note in heavy:
        assert note.spans == []
        assert note.text.count("___") >= 35
    heavy_masks = [note.text.count("___") for note in heavy]
    normal_masks = [note.text.count("___") for note, _l, role, _v in built.values() if role == "normal"]
    assert sum(heavy_masks) / len(heavy_masks) > 60  # measured 66.1
    assert sum(normal_masks) / len(normal_masks) < 20  # measured 17.2
    assert max(normal_masks) < min(heavy_masks) + 5
    assert all(role in ("heavy", "normal") for _n, _l, role, _v in built.values())
    per_note = Counter(len(note.spans) for note, *_ in built.values())
    assert set(per_note) == {0, 1, 2, 3, 4}


def test_note_types_lengths_and_kinds(built):
    types = Counter(note.note_type for note, *_ in built.values())
    assert set(types) == {"discharge", "radiology"}
    assert 0.52 <= types["discharge"] / len(built) <= 0.58
    assert len(h.DOCUMENT_KINDS) >= 12 and len(set(h.DOCUMENT_KINDS)) == len(h.DOCUMENT_KINDS)
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS), seed
        assert min(kinds.values()) >= 25
    for (seed, i), (note, *_r) in built.items():
        assert 1100 <= len(note.text) <= 4500, (seed, i, len(note.text))
        kind = h.document_kind(seed, i)
        assert kind in h.DOCUMENT_KINDS
        assert (note.note_type == "radiology") == (kind in h._RADIOLOGY_KINDS)


def test_plants_sit_in_many_contexts(built):
    contexts: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    places: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for note, *_ in built.values():
        t = note.text
        for s, e, cat in note.spans:
            ls = t.rfind("\n", 0, s) + 1
            le = t.find("\n", e)
            le = len(t) if le < 0 else le
            contexts[cat].add(re.sub(r"\d", "#", t[max(ls, s - 14):s]))
            if s == ls:
                places[cat].add("line_start")
            if e == le:
                places[cat].add("line_end")
            if "|" in t[ls:le]:
                places[cat].add("table")
            if t[s - 1:s] == "(" or t[e:e + 1] == ")":
                places[cat].add("parens")
            if s > ls and e < le:
                places[cat].add("inline")
    for cat in CATEGORIES:
        assert len(contexts[cat]) >= 15, (cat, len(contexts[cat]))
        assert len(places[cat]) >= 3, (cat, places[cat])
    assert sum(len(p) for p in places.values()) >= 80


def test_value_shapes_are_varied(built):
    shapes: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    values: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for note, *_ in built.values():
        for s, e, cat in note.spans:
            v = note.text[s:e]
            values[cat].add(v)
            shapes[cat].add(re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v))))
    for cat in ("PHONE", "FAX", "PAGER", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE_ID", "VEHICLE_ID",
                "DATE_REAL_YEAR", "STREET_ADDRESS", "SSN", "URL", "EMAIL", "PERSON"):
        assert len(shapes[cat]) >= 3, (cat, shapes[cat])
    assert len(values["PERSON"]) >= 250 and len(values["LOCATION"]) >= 120 and len(values["ORGANIZATION"]) >= 150
    assert len(h._PLACES) >= 300 and len(h._ORGS) >= 400 and len(h._GIVEN) * len(h._FAMILY) > 10000
    person = values["PERSON"]
    assert any("'" in p for p in person) and any("-" in p for p in person) and any("." in p for p in person)
    assert any(not p.isascii() for p in person)


# -------------------------------------------------------------------------------------- look-alikes


def test_look_alikes_present_and_never_labelled(built):
    used_brands: set[str] = set()
    for (seed, i), (note, look, _role, _values) in built.items():
        t = note.text
        assert len(look) >= 4, (seed, i)
        labelled = {t[s:e] for s, e, _ in note.spans}
        for la in look:
            assert la in t
            assert la not in labelled, (seed, i, la)
            assert occurrences(t, la), (seed, i, la)
            for k in occurrences(t, la):
                assert not any(k < e and k + len(la) > s for s, e, _ in note.spans), (seed, i, la)
        used_brands |= set(look) & set(h.EPONYMS_AND_BRANDS)
    assert set(h.EPONYMS_AND_BRANDS) == used_brands


def test_no_template_markup_left(built):
    for note, *_ in built.values():
        assert not re.search(r"<<|>>|\[\[|\]\]|\{v\}", note.text)


def test_look_alike_families_occur(built):
    look_all = Counter(la for _n, look, _r, _v in built.values() for la in look)
    assert any(la in h._STATES for la in look_all) and any(la in h._COUNTRIES for la in look_all)
    assert any(la in h._PUBLIC_SITES for la in look_all) and any(la in h._PUBLIC_LINES for la in look_all)
    assert any(la in h._DEPARTMENTS for la in look_all)
    assert sum(1 for la in look_all if re.fullmatch(r"age \d\d", la) and int(la[4:]) < 90) >= 20
    assert sum(1 for la in look_all if re.fullmatch(r"(?:19|20)\d\d", la)) >= 20
    assert sum(1 for la in look_all if re.fullmatch(r"v[\d.]+", la)) >= 20
    assert sum(1 for la in look_all if re.fullmatch(r"\d{4,5}-\d{3,4}-\d{1,2}", la)) >= 20  # NDC-shaped
    shifted = [la for la in look_all if re.search(r"(?<!\d)(?:21\d\d|2200)(?!\d)", la) and len(la) <= 12]
    assert len(shifted) >= 3000  # shifted (2100-2200) dates are look-alikes
    assert sum(1 for la in look_all if re.fullmatch(r"[\d./]+ (?:mg|mcg|mEq)", la)) >= 10  # doses


def test_main_exists_and_module_contract():
    assert callable(h.main)
    assert list(inspect.signature(h.main).parameters) == ["argv"]
    assert h.__doc__.startswith("Held-out corpus 38: cardiology")
    assert "Written blind" in h.__doc__
    note, look, role = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(look, list) and role in ("heavy", "normal")
