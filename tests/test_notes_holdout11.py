"""Label-integrity tests for the blind held-out corpus 11 (no detector calls)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout11 import holdout11_corpus, holdout11_note

CUE = re.compile(
    r"^(Dr|Mr|Mrs|Ms|MRN|MR|SSN|SS|DOB|Phone|Ph|Tel|Cell|Fax|Pager|Pgr|Beeper|Email|E-mail|NPI|DEA|Acct|Account|"
    r"FIN|Member|ID|Serial|SN|S/N|VIN|Plate|Tag|Zip|Age|Aged|Lic|License|Medicare|Medicaid|Unit|Attending|"
    r"Home|Address|Encounter|Visit|Subscriber|Policy|Signed|RN|MD)\b",
    re.I,
)
WORD_AGES = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
             "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return holdout11_corpus(1, 600)


def _values(notes: list[LabelledNote]):
    for n in notes:
        for s, e, c in n.spans:
            yield n, s, e, c, n.text[s:e]


def test_deterministic_and_varies() -> None:
    a, b = holdout11_note(1, 7), holdout11_note(1, 7)
    assert (a.text, a.spans, a.note_type) == (b.text, b.spans, b.note_type)
    assert holdout11_note(2, 7).text != a.text
    assert holdout11_note(1, 8).text != a.text


def test_deterministic_across_processes() -> None:
    code = ("from lqs_clinical.synth.notes_holdout11 import holdout11_note as h;"
            "import hashlib;n=h(3, 41);print(hashlib.sha256((n.text+repr(n.spans)).encode()).hexdigest())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(k), "PATH": ""}).stdout for k in (0, 1)}
    assert len(outs) == 1


def test_prefix_stable(corpus: list[LabelledNote]) -> None:
    small = holdout11_corpus(1, 25)
    assert [(n.text, n.spans) for n in small] == [(n.text, n.spans) for n in corpus[:25]]


def test_span_integrity(corpus: list[LabelledNote]) -> None:
    for n in corpus:
        assert n.note_type in ("discharge", "radiology")
        assert n.spans == sorted(n.spans)
        for (_s1, e1, _), (s2, _e2, _) in zip(n.spans, n.spans[1:], strict=False):
            assert e1 <= s2
        for s, e, c in n.spans:
            assert 0 <= s < e <= len(n.text)
            assert c in CATEGORIES
            v = n.text[s:e]
            assert v == v.strip(), v
            assert "___" not in v, v
            assert v[0] not in ".,;:)", v
            assert v[-1] not in ",;:(", v
            assert "\x01" not in n.text and "\x02" not in n.text and "\x03" not in n.text


def test_category_counts(corpus: list[LabelledNote]) -> None:
    counts = Counter(c for n in corpus for _s, _e, c in n.spans)
    for cat in CATEGORIES:
        assert counts[cat] >= 25, (cat, counts[cat])
    for cat in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[cat] >= 40, (cat, counts[cat])


def test_note_mix_and_plant_rate(corpus: list[LabelledNote]) -> None:
    kinds = Counter(n.note_type for n in corpus)
    assert 0.45 <= kinds["discharge"] / len(corpus) <= 0.65
    assert kinds["radiology"] > 0
    with_plants = [n for n in corpus if n.spans]
    assert 0.50 <= len(with_plants) / len(corpus) <= 0.65
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    for n in corpus:
        size = len(n.text)
        if n.note_type == "discharge":
            assert 2000 <= size <= 9000
        else:
            assert 400 <= size <= 3000


def test_heavily_masked_notes(corpus: list[LabelledNote]) -> None:
    heavy = [n for n in corpus if n.text.count("___") >= 120]
    assert all(not n.spans for n in heavy)
    assert 0.03 <= len(heavy) / len(corpus) <= 0.08


def test_distractors_never_labelled(corpus: list[LabelledNote]) -> None:
    for _n, _s, _e, cat, v in _values(corpus):
        assert not CUE.match(v), (cat, v)
        if cat == "DATE_REAL_YEAR":
            years = re.findall(r"(?<!\d)(\d{4})(?!\d)", v)
            assert all(1900 <= int(y) <= 2099 for y in years), v
            assert not re.search(r"21\d\d", v), v
            assert re.search(r"\d", v) and not re.fullmatch(r"\d{4}", v), v
        if cat == "AGE_OVER_89":
            age = int(v) if v.isdigit() else WORD_AGES[v.lower()]
            assert age >= 90, v
    # shifted dates and 4-digit bare years do occur in the texts, unlabelled
    text = "\n".join(n.text for n in corpus)
    assert re.search(r"\b21[0-9]{2}-\d\d-\d\d\b", text)
    assert re.search(r"Quit smoking in (19|20)\d\d", text)
    assert re.search(r"\b([1-8]\d) (year old|y/o|yo|y\.o\.)", text)


def test_cues_outside_spans(corpus: list[LabelledNote]) -> None:
    seen = 0
    for n, s, _e, cat, _v in _values(corpus):
        before = n.text[max(0, s - 6):s]
        if cat == "PERSON" and before.endswith("Dr. "):
            seen += 1
    assert seen > 0
