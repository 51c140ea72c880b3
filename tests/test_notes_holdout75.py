"""Label tests for held-out corpus 75 (hospital security, valuables, workplace violence). The detector is never run."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

from lqs_clinical.synth import notes_holdout75 as m
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, tuple[str, ...], str], ...]:
    return tuple((note, tuple(look), kind) for note, look, kind in (m._build(seed, i) for i in range(N)))


def _digest(seed: int, n: int) -> str:
    h = hashlib.sha256()
    for note in m.holdout75_corpus(seed, n):
        h.update(json.dumps([note.note_type, note.text, note.spans]).encode())
    return h.hexdigest()


def test_deterministic_same_process():
    for i in (0, 7, 123, 599):
        a, b = m._build(2, i), m._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert m.holdout75_note(1, 5).text != m.holdout75_note(2, 5).text


def test_deterministic_across_processes_and_hash_seeds():
    code = ("from tests.test_notes_holdout75 import _digest; print(_digest(3, 60))")
    outs = set()
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        outs.add(out.stdout.strip())
    assert outs == {_digest(3, 60)}


def test_prefix_stable():
    a, b = m.holdout75_corpus(1, 40), m.holdout75_corpus(1, 90)
    assert [(x.text, x.spans) for x in a] == [(x.text, x.spans) for x in b[:40]]


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [x[0] for x in _built(seed)]
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= share <= 0.48
        assert all(n.note_type in ("discharge", "radiology") for n in notes)
        assert all(1100 <= len(n.text) <= 4500 for n in notes)


def test_kinds():
    assert len(m.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in m._KINDS.values()} == {"discharge", "radiology"}
    assert set(m.DOCUMENT_KINDS) == set(m._KINDS)
    for seed in SEEDS:
        counts = Counter(m.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(m.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(_built(seed)):
            assert note.note_type == m._KINDS[m.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in built:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def _totals() -> dict[str, int]:
    c: Counter[str] = Counter()
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            c.update(cat for _, _, cat in n.spans)
    return dict(c)


EXPECTED_TOTALS = {
    "PHONE": 82, "FAX": 79, "PAGER": 83, "EMAIL": 77, "URL": 85, "IP_ADDRESS": 79, "SSN": 74, "MRN": 80,
    "ACCOUNT": 328, "HEALTH_PLAN": 69, "LICENSE": 79, "ZIP": 82, "STREET_ADDRESS": 78, "DATE_REAL_YEAR": 240,
    "AGE_OVER_89": 84, "DEVICE_ID": 141, "VEHICLE_ID": 163, "PERSON": 294, "LOCATION": 152, "ORGANIZATION": 245,
}


def test_exact_category_totals():
    assert _totals() == EXPECTED_TOTALS


_CUES = {"dr", "dr.", "mrn", "mrn:", "pager", "pg", "fax", "fax:", "sn", "plate", "acct", "tel", "ph", "phone",
         "email", "vin", "ssn", "ss#", "dob", "dob:", "badge", "officer", "case", "imei", "serial", "npi", "dea",
         "member", "id", "cin", "zip", "zip:", "age", "age:", "lic", "license", "#", "mr", "mrs", "ms"}
_CREDS = {"md", "rn", "do", "np", "pa", "lpn", "pca"}

_DATE_RES = (
    r"\d{1,2}/\d{1,2}/\d{4}", r"\d{4}-\d{2}-\d{2}", r"\d{1,2}-\d{1,2}-\d{4}",
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}",
    r"\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}",
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2},? \d{4}",
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
)
_DATE_ANY = re.compile(r"(?<![\w/.-])(?:" + "|".join(f"(?:{d})" for d in _DATE_RES) + r")(?![\w/-])")

_SHAPES = {
    "PHONE": r"(?:\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}",
    "FAX": r"(?:\+1 |1-)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}",
    "PAGER": r"[\d-]{4,12}",
    "EMAIL": r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+",
    "URL": r"(?:https?://)?(?:www\.)?[a-z0-9.-]+\.[a-z]{2,}/\S+",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"[A-Z]?[\d-]{6,10}",
    "ACCOUNT": r"[A-Z0-9][A-Z0-9 -]*\d[A-Z0-9-]*",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 -]{6,18}",
    "LICENSE": r"[A-Z0-9][A-Z0-9 -]{5,12}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+[AB]? [A-Z][A-Za-z .]+?(?:,? (?:Apt|Unit) \w+| #\d+)?",
    "DATE_REAL_YEAR": "|".join(_DATE_RES),
    "AGE_OVER_89": r"9\d|1[0-4]\d",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9 -]{4,20}",
    "VEHICLE_ID": r"[A-Z0-9][A-Z0-9 -]{4,16}",
    "PERSON": r"[A-Z][A-Za-z'-]*\.?,? (?:[A-Z]\. )?[A-Z][A-Za-z'-]+",
    "LOCATION": r"[A-Z][A-Za-z-]+(?: [A-Za-z-]+){0,2}",
    "ORGANIZATION": r"[A-Z][A-Za-z0-9'.&# -]*[A-Za-z0-9.]",
}


def _years(value: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", value)]


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            prev_end = -1
            for s, e, cat in sorted(note.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(note.text)
                assert s >= prev_end, "overlapping spans"
                prev_end = e
                v = note.text[s:e]
                assert v == v.strip() and "\n" not in v
                toks = v.lower().split()
                assert toks[0] not in _CUES and toks[-1].strip(",") not in _CREDS, v
                assert re.fullmatch(_SHAPES[cat], v), (cat, v)
                if cat == "DATE_REAL_YEAR":
                    assert all(1900 <= y <= 2030 for y in _years(v))
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                if cat in ("PHONE", "FAX", "PAGER"):
                    assert sum(ch.isdigit() for ch in v) >= 4
                if cat == "PHONE":
                    assert re.sub(r"\D", "", v).lstrip("1")[:3] not in ("800", "888", "877", "866", "855", "844", "833")
                if cat == "LOCATION":
                    assert v not in ("New York", "NY")
                # nothing glued to the span on either side
                if s > 0:
                    assert not (note.text[s - 1].isalnum() and v[0].isalnum()), v
                if e < len(note.text) and not (cat == "AGE_OVER_89" and note.text.startswith("yo", e)):
                    assert not (note.text[e].isalnum() and v[-1].isalnum()), v


def test_diversity_of_values():
    vals: dict[str, list[str]] = {}
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            for s, e, cat in note.spans:
                vals.setdefault(cat, []).append(note.text[s:e])
    assert set(vals) == set(CATEGORIES)
    for cat, vs in vals.items():
        floor = {"LOCATION": 25, "ORGANIZATION": 40, "AGE_OVER_89": 14}.get(cat, int(0.8 * len(vs)))
        assert len(set(vs)) >= min(floor, len(vs)), cat


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            labelled = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
            for mt in _DATE_ANY.finditer(note.text):
                years = _years(mt.group())
                if not any(1900 <= y <= 2030 for y in years):
                    continue
                if re.search(r"(?i)exp\.?\s*$", note.text[max(0, mt.start() - 6):mt.start()]):
                    continue
                assert any(s <= mt.start() and mt.end() <= e for s, e in labelled), mt.group()
            for s, e in labelled:
                assert _DATE_ANY.fullmatch(note.text[s:e])


def test_shifted_dates_present_and_unlabelled():
    seen = 0
    for note, _, _ in _built(1):
        for mt in _DATE_ANY.finditer(note.text):
            if all(2100 <= y <= 2200 for y in _years(mt.group())):
                seen += 1
                assert not any(s < mt.end() and mt.start() < e for s, e, _ in note.spans)
    assert seen > N


def test_lookalikes_never_overlap_spans():
    for seed in SEEDS:
        for note, look, _ in _built(seed):
            assert look
            for la in look:
                k = note.text.find(la)
                assert k >= 0, la
                while k >= 0:
                    assert not any(s < k + len(la) and k < e for s, e, _ in note.spans), la
                    k = note.text.find(la, k + 1)


def test_ages_over_89_labelled():
    pat = re.compile(r"(?i)(?<!\d)(\d{2,3})(?:\s*|-)(?:year|yo\b|y/o|yr)|\bage:?\s*(\d{2,3})\b|\((\d{2,3}) y/o\)")
    for seed in SEEDS:
        for note, _, _ in _built(seed):
            ages = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
            for mt in pat.finditer(note.text):
                g = next(i for i in (1, 2, 3) if mt.group(i))
                if int(mt.group(g)) >= 90:
                    assert (mt.start(g), mt.end(g)) in ages, mt.group()


def test_module_contract():
    doc = m.__doc__ or ""
    assert doc.startswith("Held-out corpus 75: hospital security")
    assert "Written blind:" in doc and "Label policy" in doc
    for kind in m.DOCUMENT_KINDS:
        assert kind in doc
    assert callable(m.main) and callable(m.holdout75_note) and callable(m.holdout75_corpus)
    assert len(m.EPONYMS_AND_BRANDS) >= 60
    used = {la for note, look, _ in _built(1) for la in look}
    assert all(e in used for e in m.EPONYMS_AND_BRANDS)
    note = m.holdout75_note(1, 3)
    assert isinstance(note, LabelledNote)
