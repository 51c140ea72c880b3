"""Held-out notes corpus 4: shape and label integrity only (the detector is never called here)."""

from __future__ import annotations

import re
import sys
import types
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES, LabelledNote
from lqs_clinical.synth.notes_holdout4 import holdout4_corpus, holdout4_note, main

SEED, N = 1, 600


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return holdout4_corpus(SEED, N)


def test_deterministic_by_seed_and_index():
    a, b = holdout4_note(SEED, 17), holdout4_note(SEED, 17)
    assert a.text == b.text and a.spans == b.spans and a.note_type == b.note_type
    assert holdout4_note(2, 17).text != a.text
    assert [n.text for n in holdout4_corpus(SEED, 40)[:15]] == [n.text for n in holdout4_corpus(SEED, 15)]
    # note i is the same whatever was generated before it
    assert holdout4_corpus(SEED, 30)[29].spans == holdout4_note(SEED, 29).spans


def test_spans_are_clean(corpus):
    for n in corpus:
        assert n.note_type in ("discharge", "radiology")
        assert n.spans == sorted(n.spans)
        prev_end = -1
        for s, e, c in n.spans:
            assert c in CATEGORIES
            assert 0 <= s < e <= len(n.text)
            assert s >= prev_end, "spans overlap"
            prev_end = e
            value = n.text[s:e]
            assert value == value.strip() and value
            assert "___" not in value
            assert "\n" not in value
            assert value[-1] not in ".,;:" or re.search(r"\b[A-Z]\.$", value), value  # "Figueroa D." is fine


def test_every_category_planted_often(corpus):
    counts = Counter(c for n in corpus for _, _, c in n.spans)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 20, counts
    for heavy in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[heavy] >= 40, counts


def test_mix_and_plant_share(corpus):
    types_ = Counter(n.note_type for n in corpus)
    assert 0.5 <= types_["discharge"] / N <= 0.7
    with_plants = [n for n in corpus if n.spans]
    assert 0.5 <= len(with_plants) / N <= 0.7
    assert all(1 <= len(n.spans) <= 4 for n in with_plants)
    without = [n for n in corpus if not n.spans]
    assert len(without) >= 150
    heavy = [n for n in without if n.text.count("___") >= 25]
    assert len(heavy) >= 20  # heavily masked notes without any plant


def test_lengths(corpus):
    for n in corpus:
        if n.note_type == "discharge":
            assert 1500 <= len(n.text) <= 9500
            for head in ("Name:", "Unit No:", "Admission Date:", "Discharge Date:", "Service:", "Allergies:",
                         "Chief Complaint:", "History of Present Illness:", "Brief Hospital Course:",
                         "Discharge Medications:", "Discharge Instructions:", "Followup Instructions:"):
                assert head in n.text
        else:
            assert 250 <= len(n.text) <= 2600
            for head in ("EXAMINATION:", "INDICATION:", "COMPARISON:", "IMPRESSION:"):
                assert head in n.text.upper()


def _year(value: str) -> int | None:
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", value)
    return int(m.group(1)) if m else None


def test_dates_and_ages(corpus):
    words = ("ninety", "hundred")
    for n in corpus:
        for s, e, c in n.spans:
            v = n.text[s:e]
            if c == "DATE_REAL_YEAR":
                y = _year(v)
                if y is not None:
                    assert 1900 <= y <= 2030, v
                else:
                    assert re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$", v), v
            if c == "AGE_OVER_89":
                m = re.match(r"\d+", v)
                assert (int(m.group()) >= 90) if m else any(w in v.lower() for w in words), v
    # shifted MIMIC dates (2100-2200) are present as distractors and never labelled
    shifted = sum(len(re.findall(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b", n.text)) for n in corpus)
    assert shifted > 30


_MUST_BE_LABELLED = {
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "ipv4": re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]*\d)"),
    "date": re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b"),
    "long date": re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December)"
                            r" \d{1,2}, (?:19|20)\d\d\b"),
    "vin": re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b"),
}


def test_no_unlabelled_real_looking_identifiers(corpus):
    for n in corpus:
        for name, pat in _MUST_BE_LABELLED.items():
            for m in pat.finditer(n.text):
                if name == "vin" and not re.search(r"[A-Z]", m.group()):
                    continue
                assert any(s <= m.start() and m.end() <= e for s, e, _ in n.spans), (name, m.group())


def test_distractors_present(corpus):
    text = "\n".join(n.text for n in corpus)
    for word in ("Parkinson", "Foley", "Swan-Ganz", "Hunt and Hess", "Murphy sign", "Babinski", "Whipple",
                 "Lewy body", "Bell palsy", "GCS", "Kerley B", "Fleischner", "CHA2DS2-VASc", "QTc", "5,000 units",
                 "Unit No:   ___", "Massachusetts", "Haiti", "BLOOD WBC-", "ICD-10"):
        assert word in text, word


def test_cli_prints_report_with_stub_scoring(monkeypatch, capsys):
    """The CLI wiring, with stand-ins for detection and scoring (no detector is run)."""

    def detect_texts(texts, detector):
        return [[(0, 4, "PERSON", "stub")] for _ in texts]

    def score(notes, hits, cats):
        per = {c: {"planted": 1, "found": 0, "recall": 0.0, "hits": 0, "true_hits": 0, "precision": None}
               for c in cats}
        return {"notes": len(notes), "overall_recall": 0.0, "overall_precision": 0.0, "false_hits": len(notes),
                "false_hits_per_note": 1.0, "per_category": per}

    monkeypatch.setitem(sys.modules, "lqs_clinical.notes.calibrate", types.SimpleNamespace(detect_texts=detect_texts))
    monkeypatch.setitem(sys.modules, "lqs_clinical.notes.evaluate", types.SimpleNamespace(score=score))
    assert main(["--seed", "1", "--n", "12", "--show", "2"]) == 0
    out = capsys.readouterr().out
    assert "overall recall 0.000" in out and "MISSES" in out and "FALSE HITS" in out and "WRONG-CATEGORY" in out
    assert "[[" in out
