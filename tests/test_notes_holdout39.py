"""Labels-only tests for held-out corpus 39 (psychiatry / addiction / C-L).  The detector is never run."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from lqs_clinical.synth import notes_holdout39 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600
ROOT = Path(__file__).resolve().parents[1]

# per-category planted counts over seeds 1-3 x 600 notes, as measured (Weyl-spread, so stable)
EXPECTED = {
    "PHONE": 80, "FAX": 84, "PAGER": 81, "EMAIL": 80, "URL": 82, "IP_ADDRESS": 84, "SSN": 80, "MRN": 80,
    "ACCOUNT": 83, "HEALTH_PLAN": 82, "LICENSE": 79, "ZIP": 82, "STREET_ADDRESS": 84, "DATE_REAL_YEAR": 184,
    "AGE_OVER_89": 81, "DEVICE_ID": 84, "VEHICLE_ID": 80, "PERSON": 300, "LOCATION": 189, "ORGANIZATION": 184,
}

_MON = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE_RE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](\d{{4}})\b|\b(\d{{4}})-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:{_MON})[a-z]*\.? \d{{1,2}}, (\d{{4}})\b|\b\d{{1,2}} (?:{_MON})[a-z]* (\d{{4}})\b"
    rf"|\b\d{{1,2}}-(?:{_MON.upper()})-(\d{{4}})\b")
CUE_START = re.compile(r"^(Dr\.?|MRN|MR#|pager|pgr|beeper|Fax|SN|S/N|serial|plate|VIN|reg|Acct|DEA#?|Lic\.?|"
                       r"license|SSN|SS#|ID|Member|Policy|Group|Tel|cell|Age|DOB|Unit No)\b", re.I)
CUE_ANY = re.compile(r"\b(pager|pgr|beeper|fax|MRN|Acct|DEA|plate|SSN|Lic)\b", re.I)
CRED_END = re.compile(r"[\s,](MD|RN|NP|PMHNP|PMHNP-BC|LICSW|LMHC|PhD|PharmD|OTR/L)$")


@cache
def built(seed: int) -> tuple:
    return tuple(h._build(seed, i) for i in range(N))


def all_built():
    for seed in SEEDS:
        yield from built(seed)


def _digest(notes: list[LabelledNote]) -> str:
    payload = json.dumps([[n.note_type, n.text, n.spans] for n in notes])
    return hashlib.sha256(payload.encode()).hexdigest()


# ---------------------------------------------------------------- contract / determinism


def test_module_contract():
    assert callable(h.main) and callable(h._build) and callable(h.document_kind)
    assert h.__doc__.startswith("Held-out corpus 39:") and "Written blind" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12 and len(set(h.DOCUMENT_KINDS)) == len(h.DOCUMENT_KINDS)
    assert len(h.EPONYMS_AND_BRANDS) >= 40
    note, looks, kind = h._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    assert h.holdout39_note(1, 0) == note


def test_same_seed_index_same_note_and_differs_otherwise():
    for i in (0, 5, 77):
        assert h._build(4, i) == h._build(4, i)
    assert h.holdout39_note(4, 3).text != h.holdout39_note(5, 3).text
    assert h.holdout39_note(4, 3).text != h.holdout39_note(4, 4).text
    texts = [n.text for n in h.holdout39_corpus(9, 60)]
    assert len(set(texts)) == 60


def test_prefix_stability():
    short, long = h.holdout39_corpus(2, 40), h.holdout39_corpus(2, 90)
    assert long[:40] == short
    assert [h.document_kind(2, i) for i in range(40)] == [h.document_kind(2, i) for i in range(40)]


def test_identical_across_processes_and_hash_seeds():
    code = ("import hashlib, json\nfrom lqs_clinical.synth.notes_holdout39 import holdout39_corpus\n"
            "notes = holdout39_corpus(7, 60)\n"
            "print(hashlib.sha256(json.dumps([[n.note_type, n.text, n.spans] for n in notes]).encode()).hexdigest())")
    here = _digest(h.holdout39_corpus(7, 60))
    for hs in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True)
        assert out.stdout.strip() == here


# ---------------------------------------------------------------- shape of the corpus


def test_note_types_lengths_and_kinds():
    types, kinds = Counter(), Counter()
    for seed in SEEDS:
        for i, (note, _, _) in enumerate(built(seed)):
            assert note.note_type in ("discharge", "radiology")
            assert 1100 <= len(note.text) <= 4500
            kind = h.document_kind(seed, i)
            kinds[kind] += 1
            types[note.note_type] += 1
            assert (note.note_type == "radiology") == (kind in h._KINDS_RAD)
    assert set(kinds) == set(h.DOCUMENT_KINDS)
    assert min(kinds.values()) >= 60
    assert 0.43 <= types["radiology"] / (len(SEEDS) * N) <= 0.47  # measured 0.4500


def test_plant_rate_and_heavy_share():
    for seed in SEEDS:
        notes = built(seed)
        planted = sum(1 for n, _, _ in notes if n.spans) / N
        heavy = sum(1 for _, _, k in notes if k == "heavy") / N
        assert 0.55 <= planted <= 0.60, planted  # measured 0.563-0.567
        assert 0.04 <= heavy <= 0.06, heavy  # measured 0.048-0.052
        for note, _, kind in notes:
            assert 0 <= len(note.spans) <= 4
            if kind == "heavy":
                assert not note.spans and note.text.count("___") >= 30
    total = sum(1 for n, _, _ in all_built() if n.spans)
    assert total == 1018


def test_every_category_planted_with_measured_counts():
    counts = Counter(c for n, _, _ in all_built() for _, _, c in n.spans)
    assert set(counts) == set(CATEGORIES)
    assert dict(counts) == EXPECTED
    assert sum(counts.values()) == 2163
    for cat in CATEGORIES:
        assert counts[cat] >= 75
    for big in ("PERSON", "LOCATION", "ORGANIZATION", "DATE_REAL_YEAR"):
        assert counts[big] >= 180


def test_category_values_are_diverse():
    values: dict[str, set] = {c: set() for c in CATEGORIES}
    for n, _, _ in all_built():
        for s, e, c in n.spans:
            values[c].add(n.text[s:e])
    assert len(values["PERSON"]) >= 250
    assert len(values["LOCATION"]) >= 150
    assert len(values["ORGANIZATION"]) >= 150
    assert len(h._FIRST) >= 200 and len(h._LAST) >= 200
    phones = values["PHONE"] | values["FAX"]
    assert any("(" in p for p in phones) and any("." in p for p in phones) and any("x" in p for p in phones)
    assert any("'" in p for p in values["PERSON"]) and any("-" in p for p in values["PERSON"])
    assert any(re.search(r"[A-Z]\.", p) for p in values["PERSON"])


# ---------------------------------------------------------------- span integrity and label policy


def test_span_integrity():
    for note, _, _ in all_built():
        last = 0
        for s, e, c in note.spans:
            assert c in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= last
            last = e
            v = note.text[s:e]
            assert v == v.strip() and v
            assert "___" not in v and "\n" not in v
            assert not CUE_START.match(v), v
            assert not CUE_ANY.search(v), v
            assert not CRED_END.search(v), v
        assert note.spans == sorted(note.spans)


def test_plant_values_match_categories():
    for note, _, _ in all_built():
        for s, e, c in note.spans:
            v = note.text[s:e]
            if c == "AGE_OVER_89":
                assert v.isdigit() and int(v) >= 90
            elif c == "DATE_REAL_YEAR":
                assert any(1900 <= int(y) <= 2030 for y in re.findall(r"(?<!\d)\d{4}(?!\d)", v)), v
            elif c == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", v)
            elif c == "EMAIL":
                assert "@" in v
            elif c == "IP_ADDRESS":
                assert all(0 <= int(p) <= 255 for p in v.split("."))
            elif c == "SSN":
                assert len(re.sub(r"\D", "", v)) == 9


def test_no_unlabelled_real_year_dates():
    for note, looks, _ in all_built():
        for m in DATE_RE.finditer(note.text):
            year = int(next(g for g in m.groups() if g))
            if not 1900 <= year <= 2030:
                continue
            a, b = m.span()
            if any(s <= a and b <= e and c == "DATE_REAL_YEAR" for s, e, c in note.spans):
                continue
            # only an expiry date may carry a real year unlabelled, and it is a look-alike
            assert m.group(0) in looks, note.text[max(0, a - 40):b + 10]
            assert re.search(r"(?i)exp", note.text[max(0, a - 12):a]), note.text[max(0, a - 40):b + 10]


def test_look_alikes_present_and_never_labelled():
    n_looks = 0
    for note, looks, _ in all_built():
        assert len(looks) >= 2
        labelled = {note.text[s:e] for s, e, _ in note.spans}
        for look in looks:
            n_looks += 1
            assert look in note.text
            assert look not in labelled
            start = note.text.find(look)
            while start >= 0:
                assert not any(s < start + len(look) and start < e for s, e, _ in note.spans), look
                start = note.text.find(look, start + 1)
    assert n_looks >= 9000


def test_eponyms_and_brands_used_and_not_labelled():
    seen = set()
    for note, _, _ in all_built():
        for ep in h.EPONYMS_AND_BRANDS:
            if ep in note.text:
                seen.add(ep)
                for s, e, _ in note.spans:
                    assert ep not in note.text[s:e]
    assert seen == set(h.EPONYMS_AND_BRANDS)


def test_masking_present():
    for note, _, _ in all_built():
        assert "___" in note.text
