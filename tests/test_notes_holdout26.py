"""Label-integrity tests for held-out corpus 26 (never runs the detector)."""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout26 import LOOKALIKE_TERMS, _plan, holdout26_corpus, holdout26_note

BIG4 = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
NUMBER_WORDS = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
                "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}


@pytest.fixture(scope="module")
def corpora():
    return {seed: holdout26_corpus(seed, 600) for seed in (1, 2, 3)}


def _labelled(notes):
    for note in notes:
        for s, e, cat in note.spans:
            yield note, s, e, cat, note.text[s:e]


def test_deterministic_and_varied():
    a, b = holdout26_note(1, 7), holdout26_note(1, 7)
    assert a == b
    assert holdout26_note(2, 7).text != a.text
    assert holdout26_note(1, 8).text != a.text


def test_identical_across_processes_with_different_hash_seeds():
    code = ("import hashlib; from lqs_clinical.synth.notes_holdout26 import holdout26_corpus; "
            "print(hashlib.sha256(repr([(n.note_type, n.text, n.spans) for n in holdout26_corpus(4, 40)])"
            ".encode()).hexdigest())")
    outs = set()
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(res.stdout.strip())
    assert len(outs) == 1


def test_prefix_stable(corpora):
    assert holdout26_corpus(1, 25) == corpora[1][:25]


def test_span_integrity(corpora):
    for notes in corpora.values():
        for note in notes:
            assert note.note_type in ("discharge", "radiology")
            assert not CONTROL.search(note.text)
            prev_end = 0
            for s, e, cat in note.spans:
                assert 0 <= s < e <= len(note.text)
                assert s >= prev_end, "spans sorted and non-overlapping"
                prev_end = e
                v = note.text[s:e]
                assert v == v.strip() and v
                assert "___" not in v and "\n" not in v
                assert cat in CATEGORIES
            assert note.spans == sorted(note.spans)


def test_shape(corpora):
    for notes in corpora.values():
        types = collections.Counter(n.note_type for n in notes)
        assert 250 <= types["discharge"] <= 350
        with_plants = sum(1 for n in notes if n.spans)
        assert 0.55 * 600 <= with_plants <= 0.60 * 600
        assert all(1000 <= len(n.text) <= 6144 for n in notes)
        assert all("___" in n.text for n in notes)
        assert all(re.search(r"\b21\d\d\b", n.text) for n in notes), "shifted dates present"


def test_plan_modes():
    for seed in (1, 2, 3):
        modes = collections.Counter(_plan(seed, i)[0] for i in range(600))
        assert 20 <= modes["heavy"] <= 40
        for i in range(600):
            mode, cats, _ = _plan(seed, i)
            assert (mode == "plant") == bool(cats)
            assert len(cats) <= 4
    for i in range(80):
        if _plan(1, i)[0] != "plant":
            assert holdout26_note(1, i).spans == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(corpora, seed):
    cnt = collections.Counter(cat for *_, cat, _v in _labelled(corpora[seed]))
    for cat in CATEGORIES:
        floor = 40 if cat in BIG4 else 25
        assert cnt[cat] >= 1.5 * floor, (cat, cnt[cat])


def test_value_conventions(corpora):
    for notes in corpora.values():
        for note, s, _e, cat, v in _labelled(notes):
            before = note.text[max(0, s - 16):s].lower()
            if cat == "DATE_REAL_YEAR":
                years = [int(y) for y in re.findall(r"\d{4}", v)]
                assert len(years) == 1 and 1900 <= years[0] <= 2030, v
                assert not re.search(r"\bexp\b|expir|use by", before), before
            elif cat == "AGE_OVER_89":
                n = NUMBER_WORDS.get(v.lower()) if not v.isdigit() else int(v)
                assert n is not None and n >= 90, v
            elif cat == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
            elif cat in ("PHONE", "FAX"):
                assert 10 <= len(re.sub(r"\D", "", v)) <= 11, v
            elif cat == "SSN":
                assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v), v
            elif cat == "EMAIL":
                assert re.fullmatch(r"[\w.]+@[\w.]+\.\w+", v), v
            elif cat == "URL":
                assert v.startswith("https://") and not any(p in v for p in (".gov", "aad.org")), v
            elif cat == "IP_ADDRESS":
                parts = v.split(".")
                assert len(parts) == 4 and all(0 <= int(p) <= 255 for p in parts), v
            elif cat == "STREET_ADDRESS":
                assert re.match(r"\d+ \S", v), v
            elif cat == "DEVICE_ID" and v.startswith("(01)"):
                assert "(21)" in v, "a UDI is a device identifier only with its serial"
            elif cat == "PERSON":
                assert not v.startswith(("Dr.", "Dr ", "Mr.", "Ms.")), v
            # cue words and titles stay outside the span
            assert not re.search(r"\b(MRN|Fax|Tel|Ph|NPI|DEA|Dr\.|Pager|Member ID|SSN)\b", v), v


def test_lookalikes_present_and_never_labelled(corpora):
    notes = corpora[1]
    joined = "\n".join(n.text for n in notes)
    for term in ("Mohs", "Rinne", "Snellen", "Lund-Mackay", "Hounsfield", "SN60WF", "1-800-222-1222",
                 "CPT 17311", "132/78", "1:100,000", "(17)", "firmware", "Lot", "group"):
        assert term in joined, term
    for notes in corpora.values():
        for note in notes:
            for s, e, _cat in note.spans:
                v = note.text[s:e]
                for term in LOOKALIKE_TERMS:
                    assert term not in v, (term, v)
            # shifted dates, expiry dates, group numbers and model/lot numbers are never inside a span
            for m in re.finditer(r"\b21\d\d-\d\d-\d\d\b|\b(?:exp|Use by|Expires?) [^\n|;)]+|\b[Gg]roup:? [\d-]+"
                                 r"|\b[Ll]ot [A-Z0-9-]+|\(01\)[0-9()A-Z-]+", note.text):
                if m.group().startswith("(01)") and "(21)" in m.group():
                    continue
                for s, e, _cat in note.spans:
                    assert not (s < m.end() and e > m.start()), (m.group(), note.text[s:e])


def test_heavy_notes_overmask_and_carry_nothing():
    heavy = [i for i in range(600) if _plan(1, i)[0] == "heavy"]
    assert heavy
    for i in heavy[:15]:
        note = holdout26_note(1, i)
        assert note.spans == []
        assert note.text.count("___") >= 8
