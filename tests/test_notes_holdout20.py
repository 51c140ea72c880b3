"""Label integrity of held-out corpus 20 (surgery / perioperative notes). Never runs the detector."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from lqs_clinical.synth.notes import CATEGORIES
from lqs_clinical.synth.notes_holdout20 import holdout20_corpus, holdout20_note

BIG = ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR")
AGE_WORDS = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93, "ninety-four": 94,
             "ninety-five": 95, "ninety-six": 96, "ninety-seven": 97, "ninety-eight": 98, "ninety-nine": 99}
# Non-PHI look-alikes that must never fall inside a labelled span
LOOKALIKES = (
    r"\bLOT \S+", r"\bREF \S+", r"\bEXP \d{4}-\d\d-\d\d", r"\bGTIN \d+", r"\bUDI \S+", r"\(01\)\d{14}",
    r"\b21\d\d-\d\d-\d\d\b", r"\b\d\d/\d\d/21\d\d\b", r"1-800-\S+", r"\b988\b", r"(?<!/)\b\d{2,3}/\d{2,3}\b(?!/)",
    r"\bOR \d+\b", r"\bbay \d+\b", r"\b\d-0 (?:Vicryl|Monocryl|Prolene|PDS|nylon)\b", r"\b\d+(?:\.\d)? x \d+ mm\b",
    r"\bASA (?:I|II|III|IV)\b", r"\bMallampati (?:I|II|III|IV)\b", r"\bsoftware \S+", r"\bgroup \S+",
    r"\bCTDIvol = [\d.]+", r"\bDLP = [\d.]+", r"\bair kerma: [\d.]+", r"\bfluoroscopy time: [\d.]+",
    r"(?:www|https?://)[\w./-]*(?:aaos|fda|cdc)\.(?:org|gov)[\w/]*", r"\b(?:[1-8]\d|\d) year old\b",
    r"\b(?:Blue Cross Blue Shield|Aetna|UnitedHealthcare|Cigna|Medicare|MassHealth)\b",
    r"\b(?:Stryker|Medtronic|Zimmer Biomet|DePuy Synthes|Gore|Integra|Aesculap|Abbott|Siemens)\b",
    r"\b(?:Foley|Glasgow|Hunt and Hess|Parkinson|Lewy body|Whipple|Kocher|Pfannenstiel|Trendelenburg|Mayfield)\b",
)


@pytest.fixture(scope="module")
def corpora() -> dict[int, list]:
    return {seed: holdout20_corpus(seed, 600) for seed in (1, 2, 3)}


def _digest(notes) -> str:
    payload = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in notes]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def test_deterministic_and_varied():
    a, b = holdout20_note(1, 7), holdout20_note(1, 7)
    assert a == b
    assert holdout20_note(2, 7).text != a.text
    assert holdout20_note(1, 8).text != a.text


def test_identical_across_processes():
    code = ("import hashlib, json; from lqs_clinical.synth.notes_holdout20 import holdout20_corpus; "
            "p = [[n.note_type, n.text, [list(s) for s in n.spans]] for n in holdout20_corpus(1, 40)]; "
            "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode()).hexdigest())")
    outs = set()
    for hs in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(res.stdout.strip())
    assert outs == {_digest(holdout20_corpus(1, 40))}


def test_prefix_stable(corpora):
    assert holdout20_corpus(1, 25) == corpora[1][:25]


def test_span_integrity(corpora):
    for notes in corpora.values():
        for n in notes:
            assert n.note_type in ("discharge", "radiology")
            assert all(ch == "\n" or ch.isprintable() for ch in n.text)
            assert "<<" not in n.text and "{" not in n.text
            assert n.spans == sorted(n.spans)
            prev = 0
            for s, e, cat in n.spans:
                assert prev <= s < e <= len(n.text)
                prev = e
                value = n.text[s:e]
                assert value == value.strip() and value
                assert "___" not in value
                assert cat in CATEGORIES


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_category_counts(corpora, seed):
    counts = Counter(cat for n in corpora[seed] for *_, cat in n.spans)
    for cat in CATEGORIES:
        floor = 40 if cat in BIG else 25
        assert counts[cat] >= floor, (cat, counts[cat])
        assert counts[cat] >= 1.5 * floor, (cat, counts[cat])  # designed margin


def test_shape(corpora):
    for notes in corpora.values():
        n = len(notes)
        planted = [x for x in notes if x.spans]
        assert 0.55 * n <= len(planted) <= 0.61 * n
        assert all(1 <= len(x.spans) <= 4 for x in planted)
        types = Counter(x.note_type for x in notes)
        assert 0.4 * n <= types["discharge"] <= 0.6 * n
        assert all(1000 <= len(x.text.encode()) <= 6144 for x in notes)
        heavy = [x for x in notes if not x.spans and x.text.count("___") >= 8]
        assert len(heavy) >= 0.05 * n


def test_value_conventions(corpora):
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                v, before = n.text[s:e], n.text[max(0, s - 45):s]
                if cat == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"\b(\d{4})\b", v)]
                    assert len(years) == 1 and 1900 <= years[0] <= 2030, v
                elif cat == "AGE_OVER_89":
                    assert (int(v) if v.isdigit() else AGE_WORDS[v]) >= 90, v
                elif cat == "PERSON":
                    assert not re.match(r"(?:Dr|Mr|Ms|Mrs)\b", v) and not re.search(r"\d", v), v
                elif cat == "ZIP":
                    assert re.fullmatch(r"\d{5}(?:-\d{4})?", v), v
                elif cat == "SSN":
                    assert re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", v), v
                elif cat == "IP_ADDRESS":
                    assert re.fullmatch(r"(?:\d{1,3}\.){3}\d{1,3}", v), v
                elif cat == "EMAIL":
                    assert re.fullmatch(r"[\w.+-]+@[\w-]+\.[a-z]+", v), v
                elif cat in ("PHONE", "FAX", "PAGER"):
                    assert 5 <= len(re.sub(r"\D", "", v)) <= 11 and not re.search(r"[A-Za-z]", v), v
                elif cat == "DEVICE_ID":
                    assert re.search(r"(?:\bSN|S/N|serial(?: number)?)\s*$", before), before
                elif cat == "MRN":
                    assert re.search(r"(?:MRN|Unit No:)\s*$", before), before
                elif cat == "STREET_ADDRESS":
                    assert re.match(r"\d+ \S", v), v
                elif cat == "VEHICLE_ID":
                    assert re.search(r"(?:plate|VIN)\s*$", before), before


def test_lookalikes_never_labelled(corpora):
    pats = [re.compile(p) for p in LOOKALIKES]
    for notes in corpora.values():
        for n in notes:
            for s, e, cat in n.spans:
                # any look-alike overlapping the span lies inside this window (look-alikes are short)
                lo = max(0, s - 80)
                window = n.text[lo:e + 80]
                for pat in pats:
                    for m in pat.finditer(window):
                        assert not (s < lo + m.end() and lo + m.start() < e), (pat.pattern, m.group(0), cat,
                                                                               n.text[s:e])


def test_out_of_scope_identifiers_absent(corpora):
    banned = re.compile(r"(?i)\baccession\b|\border (?:no|number|#)|\bspecimen (?:no|number|#|id)\b|\bclaim\b"
                        r"|\bstudy (?:id|subject)\b|\bsubject id\b")
    for notes in corpora.values():
        for n in notes:
            assert not banned.search(n.text)


def test_heavily_masked_notes_have_no_plants(corpora):
    # notes without plants still carry the masked identifier contexts
    for notes in corpora.values():
        clean = [n for n in notes if not n.spans]
        assert sum(n.text.count("___") for n in clean) / len(clean) >= 5
