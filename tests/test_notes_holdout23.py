"""Label integrity of held-out corpus 23 (medical genetics and neurology). Never runs the detector."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from functools import lru_cache

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout23 import _BLOCK, _block_plan, holdout23_corpus, holdout23_note

SEEDS = (1, 2, 3)
N = 600
LARGE = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")


@lru_cache(maxsize=8)
def _corpus(seed: int) -> tuple[LabelledNote, ...]:
    return tuple(holdout23_corpus(seed, N))


def _digest(notes: list[LabelledNote]) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def _outside(note: LabelledNote, s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b, _ in note.spans)


def _inside_cat(note: LabelledNote, s: int, e: int, cat: str) -> bool:
    return any(a <= s and e <= b and c == cat for a, b, c in note.spans)


# ------------------------------------------------------------------------------------------------
# Determinism
# ------------------------------------------------------------------------------------------------


def test_same_seed_and_index_give_the_same_note():
    assert holdout23_note(1, 7) == holdout23_note(1, 7)
    assert holdout23_note(4, 123) == holdout23_note(4, 123)


def test_notes_differ_across_seeds_and_indices():
    assert holdout23_note(1, 7).text != holdout23_note(2, 7).text
    assert holdout23_note(1, 7).text != holdout23_note(1, 8).text
    texts = {n.text for n in _corpus(1)}
    assert len(texts) == N


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout23 import holdout23_corpus as c; "
            "p = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in c(5, 60)]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode()).hexdigest())")
    digests = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(holdout23_corpus(5, 60))}


def test_prefix_stability():
    assert holdout23_corpus(1, 25) == list(_corpus(1)[:25])
    assert holdout23_corpus(2, 61)[40:] == list(_corpus(2)[40:61])


# ------------------------------------------------------------------------------------------------
# Span integrity
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_span_integrity(seed):
    for note in _corpus(seed):
        assert note.note_type in ("discharge", "radiology")
        last_end = 0
        for s, e, cat in note.spans:
            assert cat in CATEGORIES
            assert 0 <= last_end <= s < e <= len(note.text), (s, e, cat)
            value = note.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            last_end = e
        assert note.spans == sorted(note.spans)
        bad = [ch for ch in note.text if ch != "\n" and unicodedata.category(ch).startswith("C")]
        assert not bad, bad[:5]
        assert len(note.spans) <= 4


@pytest.mark.parametrize("seed", SEEDS)
def test_category_counts_have_margin(seed):
    counts = collections.Counter(cat for n in _corpus(seed) for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in LARGE else 25
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])


@pytest.mark.parametrize("seed", SEEDS)
def test_shape_of_the_corpus(seed):
    notes = _corpus(seed)
    with_plants = sum(1 for n in notes if n.spans)
    assert 0.55 <= with_plants / N <= 0.60
    types = collections.Counter(n.note_type for n in notes)
    assert 0.4 <= types["discharge"] / N <= 0.6
    for n in notes:
        assert 1000 <= len(n.text) and len(n.text.encode()) <= 6144, len(n.text)
        assert "___" in n.text


@pytest.mark.parametrize("seed", SEEDS)
def test_heavily_masked_notes_carry_no_plants(seed):
    notes = _corpus(seed)
    heavy = [i for i in range(N) if _block_plan(seed, i // _BLOCK)[i % _BLOCK] == "heavy"]
    assert len(heavy) == N // 20
    for i in heavy:
        assert notes[i].spans == []
        assert notes[i].text.count("___") >= 12


# ------------------------------------------------------------------------------------------------
# Labelling conventions
# ------------------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-3]\d)(?!\d)")
_FULL_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}-[A-Z][a-z]{2}-\d{4}\b|\b\d{2}\.\d{2}\.\d{4}\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b"
    r"|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b"
    r"|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{2} \d{4}\b")
_AGE_WORDS = {"ninety": 90, "one hundred": 100}


def _all():
    for seed in SEEDS:
        yield from _corpus(seed)


def test_labelled_dates_have_a_real_year_and_shifted_dates_are_never_labelled():
    for note in _all():
        for s, e, cat in note.spans:
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in _YEAR.findall(note.text[s:e])]
                assert years and all(1900 <= y <= 2030 for y in years), note.text[s:e]
                assert not re.search(r"21\d\d", note.text[s:e])
        for m in re.finditer(r"\b21\d\d-\d\d-\d\d\b|\b\d\d/\d\d/21\d\d\b", note.text):
            assert _outside(note, m.start(), m.end()), m.group()


def test_every_unlabelled_real_year_date_is_an_expiry_date():
    for note in _all():
        for m in _FULL_DATE.finditer(note.text):
            year = _YEAR.search(m.group())
            if not year or int(year.group()) > 2030:
                continue
            if _inside_cat(note, m.start(), m.end(), "DATE_REAL_YEAR"):
                continue
            assert _outside(note, m.start(), m.end())
            context = note.text[max(0, m.start() - 12):m.start()].lower()
            assert "exp" in context, note.text[max(0, m.start() - 60):m.end()]


def _age_value(text: str) -> int:
    if text.isdigit():
        return int(text)
    base = 100 if text.startswith("one hundred") else 90
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    tail = text.split("-")[1] if "-" in text else text.split(" and ")[1] if " and " in text else ""
    return base + units.get(tail, 0)


def test_labelled_ages_are_at_least_90_and_unlabelled_ages_are_below_90():
    age_ctx = re.compile(r"\b(\d{2,3})(?=[- ]year[- ]old)|(?:\bd\.|died at|living at|lived to|[Aa]ge) (\d{2,3})\b")
    for note in _all():
        for s, e, cat in note.spans:
            if cat == "AGE_OVER_89":
                assert _age_value(note.text[s:e]) >= 90, note.text[s:e]
        for m in age_ctx.finditer(note.text):
            g = 1 if m.group(1) else 2
            if _outside(note, m.start(g), m.end(g)):
                assert int(m.group(g)) < 90, note.text[max(0, m.start() - 40):m.end() + 20]


def test_cue_words_stay_outside_spans_and_values_have_the_right_shape():
    shapes = {
        "SSN": r"\d{3}[- ]\d{2}[- ]\d{4}",
        "EMAIL": r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+",
        "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}",
        "ZIP": r"\d{5}(?:-\d{4})?",
        "URL": r"https://\S+",
        "AGE_OVER_89": r"\d{2,3}|[a-z -]+",
        "PHONE": r"[+()\d][\d ().+-]{8,}\d",
        "FAX": r"[+()\d][\d ().+-]{8,}\d",
        "PAGER": r"[\d ().+-]{4,}",
    }
    cue = re.compile(r"^(?:Dr\b|MRN|Tel|Fax|Pager|pgr|SSN|NPI|DEA|Phone|Member|ID\b|#)", re.I)
    for note in _all():
        for s, e, cat in note.spans:
            value = note.text[s:e]
            assert not cue.match(value), (cat, value)
            if cat in shapes:
                assert re.fullmatch(shapes[cat], value), (cat, value)
            if cat == "PERSON":
                assert "Dr." not in value and "MD" not in value.split()
            if cat == "STREET_ADDRESS":
                assert re.match(r"\d+ [A-Z]", value), value


_LOOKALIKES = (
    "Parkinson", "Lewy body", "Creutzfeldt-Jakob", "Hunt and Hess", "Glasgow", "Foley", "Whipple", "Babinski",
    "Hoffmann", "Romberg", "Lyme", "Powassan", "West Nile", "Gold Coast", "El Escorial", "Awaji", "Charcot-Marie-Tooth",
    "Huntington", "Dawson", "Virchow-Robin", "Meckel", "Monro", "Wilson disease", "Chiari", "Guillain-Barre",
    "1-800-332-1000", "1-800-222-1222", "1-888-205-2311", "1-888-478-7653", "988 Suicide", "www.ninds.nih.gov",
    "clinicaltrials.gov", "www.omim.org", "ncbi.nlm.nih.gov", "MAGNETOM", "SIGNA", "Percept PC B35200", "Gadavist",
    "NM_0",
    "Keppra", "Xcopri", "Qalsody", "Spinraza", "Nuplazid", "Valtoco", "Blue Cross Blue Shield", "Harvard Pilgrim",
    "Epilepsy Foundation", "ClinVar", "OMIM #", "NCT0", "CPT ", "PMID ", "rs429358", "GRCh38", "p.(",
)


def test_lookalikes_are_never_labelled():
    seen = collections.Counter()
    for note in _all():
        for word in _LOOKALIKES:
            for m in re.finditer(re.escape(word), note.text):
                seen[word] += 1
                assert _outside(note, m.start(), m.end()), (word, note.text[m.start() - 30:m.end() + 30])
        for m in re.finditer(r"[Gg]roup (?:number )?(\S+)", note.text):
            assert _outside(note, m.start(1), m.end(1)), m.group()
        for m in re.finditer(r"\b(?:lot|Lot|REF) (\w+)", note.text):
            assert _outside(note, m.start(1), m.end(1)), m.group()
    assert sum(1 for w in _LOOKALIKES if seen[w]) >= len(_LOOKALIKES) - 8, [w for w in _LOOKALIKES if not seen[w]]


def test_udis_are_labelled_only_with_a_serial():
    udi = re.compile(r"\(01\)\d{14}(?:\(\d\d\)\w+)+|\+H\w+/\$\+\w+")
    n_serial = n_model = 0
    for note in _all():
        for m in udi.finditer(note.text):
            if "(21)" in m.group() or "$+" in m.group():
                n_serial += 1
                assert _inside_cat(note, m.start(), m.end(), "DEVICE_ID"), m.group()
            else:
                n_model += 1
                assert _outside(note, m.start(), m.end()), m.group()
    assert n_serial >= 10 and n_model >= 10


def test_no_unlabelled_identifier_shapes_outside_known_lookalikes():
    hotlines = {"1-800-332-1000", "1-800-222-1222", "1-888-205-2311", "1-888-478-7653"}
    phone = re.compile(r"(?<![\d.])(?:1-)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\d.])")
    for note in _all():
        for m in re.finditer(r"\S+@\S+", note.text):
            assert not _outside(note, m.start(), m.end()), m.group()
        for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", note.text):
            assert not _outside(note, m.start(), m.end()), m.group()
        for m in phone.finditer(note.text):
            if _outside(note, m.start(), m.end()):
                assert m.group() in hotlines, note.text[m.start() - 30:m.end() + 10]
        for m in re.finditer(r"(?<![\w.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w.])", note.text):
            if _outside(note, m.start(), m.end()):
                before = note.text[max(0, m.start() - 9):m.start()]
                assert before.endswith(" v") or "version" in before, before + m.group()
        for m in re.finditer(r"https?://\S+", note.text):
            assert not _outside(note, m.start(), m.end()), m.group()


def test_plants_use_several_layouts_per_category():
    contexts: dict[str, set[str]] = collections.defaultdict(set)
    for note in _corpus(1):
        for s, _e, cat in note.spans:
            line_start = note.text.rfind("\n", 0, s) + 1
            contexts[cat].add(re.sub(r"\W+", " ", note.text[line_start:s]).strip()[:25])
    for cat in CATEGORIES:
        assert len(contexts[cat]) >= 3, (cat, contexts[cat])


def test_every_surrogate_name_place_and_organisation_in_the_text_is_labelled():
    from lqs_clinical.synth import notes_holdout23 as m

    checks = [(name, "PERSON") for name in (*m._FIRST, *m._LAST)]
    checks += [(place, "LOCATION") for place in (*m._TOWNS_US, *m._TOWNS_FOREIGN, *m._COUNTIES, *m._HOODS)]
    checks += [(org, "ORGANIZATION") for pool in m._ORGS.values() for org in pool]
    cat_of = dict(checks)
    alternation = "|".join(re.escape(v) for v in sorted(cat_of, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")
    n_found = 0
    for note in _all():
        for hit in pattern.finditer(note.text):
            n_found += 1
            cat = cat_of[hit.group()]
            context = note.text[hit.start() - 40:hit.end()]
            assert _inside_cat(note, hit.start(), hit.end(), cat), (cat, hit.group(), context)
    assert n_found >= 500
