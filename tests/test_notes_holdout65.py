"""Label tests for held-out corpus 65 (animal bites, zoonoses, veterinary exposures).

Only the ground truth is tested here: the detector is never imported or run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lqs_clinical.synth import notes_holdout65 as H
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)
ROOT = Path(__file__).resolve().parents[1]

# Exact per-category totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence).
EXPECTED_TOTALS = {
    "PHONE": 111, "FAX": 97, "PAGER": 109, "EMAIL": 103, "URL": 117, "IP_ADDRESS": 99, "SSN": 116, "MRN": 100,
    "ACCOUNT": 113, "HEALTH_PLAN": 100, "LICENSE": 117, "ZIP": 92, "STREET_ADDRESS": 115, "DATE_REAL_YEAR": 96,
    "AGE_OVER_89": 119, "DEVICE_ID": 108, "VEHICLE_ID": 114, "PERSON": 94, "LOCATION": 112, "ORGANIZATION": 105,
}  # 2,137 spans

_PHONE = r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}"
SHAPES = {
    "PHONE": _PHONE,
    "FAX": _PHONE,
    "PAGER": r"\d{4,6}|\d-\d{4}|\d{3}-\d{3}-\d{4}",
    "EMAIL": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    "URL": r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w@./?=&%-]*)?",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]{0,2}\d{6,10}",
    "ACCOUNT": r"(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9 -]{4,16}",
    "HEALTH_PLAN": r"(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9 -]{6,16}",
    "LICENSE": r"(?=(?:\D*\d){5})[A-Z0-9][A-Z0-9 -]{4,12}",
    "ZIP": r"1[23]\d{3}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d{1,5} [A-Z][A-Za-z0-9.' ]+(?:, (?:Apt|Lot) \w+| Unit \d+)?",
    "DATE_REAL_YEAR": r"(?=.*\b(?:19\d\d|20[0-2]\d|2030)\b)[A-Za-z0-9 ,./-]{8,20}",
    "AGE_OVER_89": r"9\d|10\d",
    "DEVICE_ID": r"(?=(?:\D*\d){3})[A-Z0-9][A-Z0-9-]{5,14}",
    "VEHICLE_ID": r"(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9 -]{4,16}|[A-HJ-NPR-Z0-9]{17}",
    "PERSON": r"[A-Z][A-Za-z'-]*\.?(?:,? [A-Z][A-Za-z'-]*\.?){1,3}",
    "LOCATION": r"[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,3}",
    "ORGANIZATION": r"[A-Z0-9][A-Za-z0-9.'&#-]*(?: [A-Za-z0-9.'&#-]+){1,8}",
}
CUE_START = re.compile(r"(?i)^(?:dr|mrn|mr#|fax|pager|pgr|beeper|acct|sn|s/n|plate|tel|phone|npi|dea|lic|zip|member|"
                       r"ssn|ss#|vin|serial|asset|id|no|#)\b[\s.:#]*")
CRED_END = re.compile(r"(?:,?\s(?:MD|RN|DVM|NP|PA-C|DO))$")
STREET_WORD = re.compile(r"\b(?:Rd|Road|St|Street|Ln|Lane|Ave|Tpke|Way|Dr|Ext|Route|Highway|Rt)\b")
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_PATTERNS = [
    re.compile(r"\b\d{1,2}/\d{1,2}/(\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}-\d{1,2}-(\d{4})\b"),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{4})\b"),
    re.compile(r"(?i)\b" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"),
    re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?[\s-]+" + _MON + r"[\s-]+(\d{4})\b"),
]
AGE_PATTERNS = [
    re.compile(r"\b(\d{2,3})[- ]?(?:years?|yrs?)[- ]old\b"),
    re.compile(r"\b(\d{2,3}) ?(?:yo|y/o|y\.o\.|yrs?)\b"),
    re.compile(r"(?i)\bage[ds]?[:\s]+(\d{2,3})\b"),
    re.compile(r"\b(\d{2,3}) year old\b"),
]


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [H._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    notes = H.holdout65_corpus(seed, n)
    blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes])
    return hashlib.sha256(blob.encode()).hexdigest()


def test_deterministic_in_process() -> None:
    for i in (0, 7, 13, 99, 321):
        a, b = H._build(2, i), H._build(2, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert H.holdout65_note(3, 5) == H._build(3, 5)[0]


def test_deterministic_across_processes_and_hash_seeds() -> None:
    code = ("import hashlib, json; from lqs_clinical.synth import notes_holdout65 as H; "
            "n = H.holdout65_corpus(1, 60); "
            "print(hashlib.sha256(json.dumps([[x.note_type, x.text, x.spans] for x in n]).encode()).hexdigest())")
    want = _digest(1, 60)
    for hs in ("0", "12345", "random"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        assert out == want


def test_prefix_stable() -> None:
    assert H.holdout65_corpus(2, 40) == H.holdout65_corpus(2, 90)[:40]
    assert H.holdout65_corpus(5, 25) == H.holdout65_corpus(5, 60)[:25]


def test_note_types_and_lengths(built) -> None:
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= share <= 0.50, (s, share)
        for i, n in enumerate(notes):
            assert 1100 <= len(n.text) <= 4500, (s, i, len(n.text))


def test_kinds(built) -> None:
    assert len(H.DOCUMENT_KINDS) >= 12
    assert tuple(H._KINDS) == tuple(H.DOCUMENT_KINDS)
    assert {t for t, _ in H._KINDS.values()} == {"discharge", "radiology"}
    for s in SEEDS:
        kinds = Counter(H.document_kind(s, i) for i in range(N))
        assert set(kinds) == set(H.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == H._KINDS[H.document_kind(s, i)][0]


def test_plant_and_heavy_rates(built) -> None:
    for s in SEEDS:
        planted = [b for b in built[s] if b[0].spans]
        assert 342 <= len(planted) <= 354, (s, len(planted))
        heavy = [b for b in built[s] if b[2] == "heavy"]
        assert len(heavy) == N // 20
        for note, _, kind in built[s]:
            assert kind in ("heavy", "normal")
            if kind == "heavy":
                assert not note.spans
                assert note.text.count("___") >= 25
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_category_totals(built) -> None:
    totals = Counter(c for s in SEEDS for note, _, _ in built[s] for _, _, c in note.spans)
    assert set(totals) <= set(CATEGORIES)
    assert {c: totals.get(c, 0) for c in CATEGORIES} == EXPECTED_TOTALS
    assert sum(totals.values()) == 2137


def test_span_integrity(built) -> None:
    for s in SEEDS:
        for i, (note, _, _) in enumerate(built[s]):
            prev_end = -1
            for a, b, cat in note.spans:
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(note.text)
                assert a >= prev_end, (s, i, note.spans)
                prev_end = b
                v = note.text[a:b]
                assert v == v.strip() and "\n" not in v, (s, i, v)
                assert not CUE_START.match(v), (s, i, cat, v)
                assert not CRED_END.search(v), (s, i, cat, v)
                assert re.fullmatch(SHAPES[cat], v), (s, i, cat, v)
                if cat == "STREET_ADDRESS":
                    assert STREET_WORD.search(v), v
                if cat in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", v)
                    area = digits[1:4] if len(digits) == 11 else digits[:3]
                    assert area not in TOLL_FREE, v
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                # a span is a whole token: no letter or digit glued on either side
                if a > 0:
                    assert not note.text[a - 1].isalnum(), (s, i, cat, note.text[a - 5:b])
                if b < len(note.text) and cat != "AGE_OVER_89":
                    assert not note.text[b].isalnum(), (s, i, cat, note.text[a:b + 5])


def test_value_diversity(built) -> None:
    values: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                values[cat].append(note.text[a:b])
    for cat, vs in values.items():
        assert vs, cat
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION", "PERSON"):
            assert distinct >= 0.55 * len(vs), (cat, distinct, len(vs))
        else:
            assert distinct >= 0.9 * len(vs), (cat, distinct, len(vs))
    # many shapes, not one format per category
    for cat in ("PHONE", "DATE_REAL_YEAR", "ACCOUNT", "HEALTH_PLAN", "DEVICE_ID", "VEHICLE_ID", "PERSON"):
        shapes = {re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", v)) for v in values[cat]}
        assert len(shapes) >= 5, (cat, shapes)


def _inside(spans: list[tuple[int, int, str]], a: int, b: int, cat: str | None = None) -> bool:
    return any(s <= a and b <= e and (cat is None or c == cat) for s, e, c in spans)


def test_real_year_dates_only_where_labelled(built) -> None:
    seen = 0
    for s in SEEDS:
        for i, (note, _, _) in enumerate(built[s]):
            t = note.text
            for pat in DATE_PATTERNS:
                for m in pat.finditer(t):
                    year = int(m.group(1))
                    if not 1900 <= year <= 2030:
                        continue
                    if re.search(r"(?i)(?:exp\w*|use[- ]by)[\s.:]*$", t[max(0, m.start() - 12):m.start()]):
                        continue
                    seen += 1
                    assert _inside(note.spans, m.start(), m.end(), "DATE_REAL_YEAR"), (s, i, m.group(0))
    assert seen > 50


def test_every_age_over_89_labelled(built) -> None:
    for s in SEEDS:
        for i, (note, _, _) in enumerate(built[s]):
            for pat in AGE_PATTERNS:
                for m in pat.finditer(note.text):
                    if int(m.group(1)) >= 90:
                        assert _inside(note.spans, m.start(1), m.end(1), "AGE_OVER_89"), (s, i, m.group(0))


def test_lookalikes_never_overlap_spans(built) -> None:
    for s in SEEDS:
        for i, (note, looks, _) in enumerate(built[s]):
            for lk in set(looks):
                assert lk and lk in note.text, (s, i, lk)
                for m in re.finditer(re.escape(lk), note.text):
                    for a, b, cat in note.spans:
                        assert not (m.start() < b and a < m.end()), (s, i, lk, cat, note.text[a:b])


def test_lookalike_vocabulary_used(built) -> None:
    assert len(H.EPONYMS_AND_BRANDS) >= 60
    used = {lk for note, looks, _ in built[1] for lk in looks}
    hit = [x for x in H.EPONYMS_AND_BRANDS if x in used]
    assert len(hit) >= 60, len(hit)
    per_note = [len(looks) for _, looks, _ in built[1]]
    assert sum(per_note) / len(per_note) >= 4
    text = "\n".join(n.text for n, _, _ in built[1])
    for must in ("1-800-222-1222", "www.cdc.gov/rabies", "Exp ", "Microchip", "Tag #", "NDC", "Lot "):
        assert must in text, must


def test_no_toll_free_or_public_site_labelled(built) -> None:
    for s in SEEDS:
        for note, _, _ in built[s]:
            for a, b, cat in note.spans:
                v = note.text[a:b]
                assert "cdc.gov" not in v and "ny.gov" not in v and "usda.gov" not in v
                if cat in ("PHONE", "FAX", "PAGER"):
                    assert not re.match(r"(?:1-)?\(?8(?:00|88|77|66|55|44|33)\)?[- ]", v), v


def test_module_contract() -> None:
    doc = H.__doc__ or ""
    assert doc.startswith("Held-out corpus 65: ")
    assert "Written blind:" in doc
    for kind in H.DOCUMENT_KINDS:
        assert kind in doc
    for word in ("microchip", "rabies tag", "animal-control report", "veterinar"):
        assert word in doc.lower(), word
    assert callable(H.main) and callable(H._build)
    note, looks, kind = H._build(1, 0)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
    for k, (t, fn) in H._KINDS.items():
        assert t in ("discharge", "radiology") and callable(fn), k
    src = Path(H.__file__).read_text()
    assert "hash(" not in src
    assert "lqs_clinical.notes" not in src.replace("lqs_clinical.notes_", "")
