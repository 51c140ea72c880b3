"""Label-integrity tests for held-out corpus 12 (never calls the detector)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from functools import lru_cache

import pytest

from lqs_clinical.synth import notes_holdout12 as h12
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
SEEDS = (1, 2, 3)


@lru_cache(maxsize=8)
def corpus(seed: int, n: int = 600) -> tuple[LabelledNote, ...]:
    return tuple(h12.holdout12_corpus(seed, n))


def digest(notes) -> str:
    h = hashlib.sha256()
    for n in notes:
        h.update(repr((n.note_type, n.text, n.spans)).encode())
    return h.hexdigest()


# -------------------------------------------------------------------------------------------------
# determinism and independence
# -------------------------------------------------------------------------------------------------

def test_same_seed_and_index_give_the_same_note():
    for i in (0, 7, 39, 40, 333):
        a, b = h12.holdout12_note(1, i), h12.holdout12_note(1, i)
        assert (a.note_type, a.text, a.spans) == (b.note_type, b.text, b.spans)


def test_notes_differ_across_seeds_and_indices():
    texts = {h12.holdout12_note(s, i).text for s in SEEDS for i in range(20)}
    assert len(texts) == 60


def test_identical_across_processes_with_different_hash_seeds():
    code = ("from lqs_clinical.synth.notes_holdout12 import holdout12_corpus as c;import hashlib;h=hashlib.sha256()\n"
            "for n in c(1, 45): h.update(repr((n.note_type, n.text, n.spans)).encode())\nprint(h.hexdigest())")
    out = set()
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        out.add(res.stdout.strip())
    assert out == {digest(h12.holdout12_corpus(1, 45))}


def test_prefix_stability():
    assert digest(h12.holdout12_corpus(1, 25)) == digest(corpus(1)[:25])


def test_note_does_not_depend_on_generating_other_notes():
    late = h12.holdout12_note(2, 517)
    corpus(2)
    again = h12.holdout12_note(2, 517)
    assert (late.text, late.spans) == (again.text, again.spans) == (corpus(2)[517].text, corpus(2)[517].spans)


# -------------------------------------------------------------------------------------------------
# span integrity
# -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for n in corpus(seed):
        assert n.note_type in ("discharge", "radiology")
        assert all(ch == "\n" or (ord(ch) >= 32 and ord(ch) != 127) for ch in n.text)
        assert not re.search(r"\[\[|\]\]|[{}]|<[A-Z_]+:", n.text), "unrendered template marker"
        assert n.spans == sorted(n.spans)
        prev_end = 0
        for s, e, cat in n.spans:
            assert cat in CATEGORIES
            assert 0 <= prev_end <= s < e <= len(n.text)
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value and "\n" not in value
            prev_end = e


@pytest.mark.parametrize("seed", SEEDS)
def test_note_shape(seed):
    notes = corpus(seed)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.55 <= with_plants / len(notes) <= 0.60
    assert all(len(n.spans) <= 4 for n in notes)
    assert all(1000 <= len(n.text) <= 6000 for n in notes)
    n_dis = sum(1 for n in notes if n.note_type == "discharge")
    assert 0.4 <= n_dis / len(notes) <= 0.6
    heavy = [n for n in notes if not n.spans and n.text.count("___") >= 12]
    assert len(heavy) >= 0.03 * len(notes)
    assert all("___" in n.text for n in notes)
    shifted = sum(1 for n in notes if re.search(r"\b21\d\d\b", n.text))
    assert shifted >= 0.5 * len(notes)


# -------------------------------------------------------------------------------------------------
# category counts (floors, and the 1.5x design margin)
# -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts(seed):
    counts = h12.category_counts(list(corpus(seed)))
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


# -------------------------------------------------------------------------------------------------
# labelling conventions
# -------------------------------------------------------------------------------------------------

_WORDS = {w: 90 + k for k, w in enumerate(h12._AGE_WORDS)}
_CUES = re.compile(r"(?i)\b(dr|mrn|mr#|phone|cell|fax|pager|pgr|beeper|serial|sn|plate|vin|npi|dea|ssn|ss#|"
                   r"license|cdl|member|policy|acct|account|fin|encounter|zip|chaplain|interpreter|doula|md|rn|np)\b")


def spans_of(cat):
    for seed in SEEDS:
        for n in corpus(seed):
            for s, e, c in n.spans:
                if c == cat:
                    yield n, s, e, n.text[s:e]


def test_labelled_dates_have_a_real_year():
    for _, _, _, v in spans_of("DATE_REAL_YEAR"):
        years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", v)]
        assert len(years) == 1 and 1900 <= years[0] <= 2030, v
        assert re.search(r"[A-Za-z]{3}|\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}", v), f"bare year labelled: {v}"


def test_labelled_ages_are_90_or_more():
    for _, _, _, v in spans_of("AGE_OVER_89"):
        age = int(v) if v.isdigit() else _WORDS[v]
        assert age >= 90, v


def test_shifted_dates_and_lookalikes_are_never_labelled():
    pats = [re.escape(x) for x in h12.LOOKALIKES]
    pats += list((
        r"\b21\d\d-\d\d-\d\d\b", r"\b\d{1,2}/\d{1,2}/21\d\d\b", r"\bCPT \d{5}\b", r"\bgroup [\w-]+", r"\bmodel \w+",
        r"\(lot \w+\)", r"\b(firmware|software) [\w.]+", r"\bBP:? \d{2,3}/\d{2,3}\b", r"\bprotocol code [\w-]+",
        r"\bMoCA \d+/30", r"\b(room|bed|Room) \w+", r"\b[1-8]\d (year old|yo)\b"))
    one = re.compile("|".join(f"(?:{p})" for p in pats))
    seen = 0
    for seed in SEEDS:
        for n in corpus(seed):
            for m in one.finditer(n.text):
                seen += 1
                assert not any(s < m.end() and e > m.start() for s, e, _ in n.spans), (m.group(0), n.spans)
    assert seen > 5000


def test_cue_words_and_titles_stay_outside_spans():
    for seed in SEEDS:
        for n in corpus(seed):
            for s, e, cat in n.spans:
                v = n.text[s:e]
                if cat not in ("ORGANIZATION", "URL", "EMAIL", "STREET_ADDRESS"):
                    assert not _CUES.search(v), (cat, v)


def test_category_value_shapes():
    for _, _, _, v in spans_of("PHONE"):
        assert re.fullmatch(r"[+\d(][\d ().-]+\d", v) and len(re.sub(r"\D", "", v)) >= 10, v
    for cat in ("FAX", "PAGER"):
        for _, _, _, v in spans_of(cat):
            assert re.fullmatch(r"[\d(][\d ().-]*\d", v), v
    for _, _, _, v in spans_of("EMAIL"):
        assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]+", v), v
    for _, _, _, v in spans_of("URL"):
        assert v.startswith(("https://", "www.")) and not any(x in v for x in ("cdc.gov", "samhsa", "988lifeline"))
    for _, _, _, v in spans_of("IP_ADDRESS"):
        octets = [int(x) for x in v.split(".")]
        assert len(octets) == 4 and all(0 <= x <= 255 for x in octets) and octets[0] not in (10, 127, 192), v
    for _, _, _, v in spans_of("SSN"):
        assert len(re.sub(r"\D", "", v)) == 9 and not v.startswith(("000", "666", "9")), v
    for _, _, _, v in spans_of("ZIP"):
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    for _, _, _, v in spans_of("STREET_ADDRESS"):
        assert re.match(r"\d+ ", v), v
    for _, _, _, v in spans_of("VEHICLE_ID"):
        assert re.fullmatch(r"[A-Z0-9]{3,4}[ -]?[A-Z0-9]{3,4}|[A-HJ-NPR-Z0-9]{17}", v), v
    for _, _, _, v in spans_of("PERSON"):
        assert v[0].isalpha() and not v.endswith("'s"), v


def test_person_location_org_values_are_not_eponyms_or_brands():
    bad = {x.lower() for x in h12.LOOKALIKES}
    for cat in ("PERSON", "LOCATION", "ORGANIZATION"):
        for _, _, _, v in spans_of(cat):
            assert not any(b in v.lower() for b in bad), v


def test_every_template_has_one_slot_and_renders():
    ctx = h12._Ctx(h12.random.Random("t"), "F", False, "P")
    for cat, nt, _sec, arches, text in h12._T:
        slots = h12._SLOT_RE.findall(text)
        assert len(slots) == 1, text
        assert h12._SLOT_CAT.get(slots[0][0], slots[0][0]) == cat
        assert nt in "dr" and arches
        for plant in (True, False):
            t, sp = h12._render(text, ctx, plant)
            assert len(sp) == (1 if plant else 0)
            if plant:
                s, e, c = sp[0]
                assert c == cat and "___" not in t[s:e]


def test_every_category_has_a_home_in_both_note_types():
    for cat in CATEGORIES:
        for ntype, arches in (("discharge", "POCMEN"), ("radiology", "uhmstxb")):
            best = max(len(h12._IDX.get((ntype, a, cat), [])) for a in arches)
            assert best >= 3, (cat, ntype)
