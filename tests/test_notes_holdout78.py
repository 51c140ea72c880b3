"""Label tests for held-out corpus 78 (disability services and benefits). The detector is never run here."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache

from lqs_clinical.synth import notes_holdout78 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "PHONE": 105,
    "FAX": 117,
    "PAGER": 110,
    "EMAIL": 103,
    "URL": 109,
    "IP_ADDRESS": 108,
    "SSN": 107,
    "MRN": 113,
    "ACCOUNT": 114,
    "HEALTH_PLAN": 97,
    "LICENSE": 117,
    "ZIP": 114,
    "STREET_ADDRESS": 115,
    "DATE_REAL_YEAR": 102,
    "AGE_OVER_89": 102,
    "DEVICE_ID": 110,
    "VEHICLE_ID": 115,
    "PERSON": 108,
    "LOCATION": 116,
    "ORGANIZATION": 114,
}  # seeds 1-3 x 600 notes, 2,196 spans

_SHAPES = {
    "PHONE": r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}",
    "FAX": r"(?:\+1 |1-)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}",
    "PAGER": r"\d[\d-]{3,11}\d",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S+",
    "IP_ADDRESS": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"E?[\d-]{7,10}",
    "ACCOUNT": r"[A-Z0-9-]{5,16}",
    "HEALTH_PLAN": r"[A-Z0-9-]{8,16}",
    "LICENSE": r"[A-Z0-9 -]{6,11}",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][\w .,'-]+",
    "DATE_REAL_YEAR": r"[\w ,./-]*\d{4}[\w ,./-]*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9-]{6,20}",
    "VEHICLE_ID": r"[A-Z0-9 -]{6,17}",
    "PERSON": r"[A-Z][A-Za-z.,' -]+",
    "LOCATION": r"[A-Z][A-Za-z. ]+",
    "ORGANIZATION": r"[A-Z][A-Za-z&.,' -]+",
}
_MIN_DIGITS = {"ACCOUNT": 4, "HEALTH_PLAN": 4, "LICENSE": 6, "DEVICE_ID": 4, "PAGER": 4, "VEHICLE_ID": 3}
_CUE_START = re.compile(
    r"(?i)(?:dr|mr|mrs|ms|mrn|fax|sn|s/n|acct|plate|pager|pgr|tel|ph|npi|dea|ssn|zip|lic|serial|vin|ip|tag)\b[.:#]?"
)
_CRED_END = re.compile(r",?\s(?:MD|RN|PT|DO|NP|OTR/L)$")
_DATE_RES = (
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{2}-\d{2}\b"),
    re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (\d{4})\b"),
    re.compile(r"\b\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[ -](\d{4})\b"),
)
_AGE_RES = (
    re.compile(r"\b(\d{2,3})(?:\s?-?\s?(?:years?|yrs?)[- ]old|\s?y\.?o\.?\b|\s?yo\b)"),
    re.compile(r"(?i)\bage[d:]?\s+(\d{2,3})\b"),
)


@cache
def _built(seed: int) -> tuple:
    return tuple(h._build(seed, i) for i in range(N))


def _notes(seed: int) -> list[LabelledNote]:
    return [b[0] for b in _built(seed)]


def _digest(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(repr((n.note_type, n.text, n.spans)).encode())
    return m.hexdigest()


def test_deterministic_same_process_and_prefix_stable():
    assert _digest(h.holdout78_corpus(1, 40)) == _digest(h.holdout78_corpus(1, 40))
    assert _digest(h.holdout78_corpus(2, 40)) == _digest(h.holdout78_corpus(2, 90)[:40])
    assert h.holdout78_note(3, 17).text == _notes(3)[17].text
    assert _digest(h.holdout78_corpus(1, 30)) != _digest(h.holdout78_corpus(2, 30))


def test_deterministic_across_processes_and_hash_seeds():
    code = (
        "import hashlib;from lqs_clinical.synth import notes_holdout78 as h;m=hashlib.sha256()\n"
        "for n in h.holdout78_corpus(1, 60): m.update(repr((n.note_type, n.text, n.spans)).encode())\n"
        "print(m.hexdigest())"
    )
    outs = set()
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.add(res.stdout.strip())
    outs.add(_digest(h.holdout78_corpus(1, 60)))
    assert len(outs) == 1


def test_note_types_lengths_and_kinds():
    for seed in SEEDS:
        notes = _notes(seed)
        rad = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rad <= 0.50
        for n in notes:
            assert n.note_type in ("discharge", "radiology")
            assert 1100 <= len(n.text) <= 4500
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15
        for i, n in enumerate(notes):
            assert h._KINDS[h.document_kind(seed, i)][0] == n.note_type


def test_plant_rate_heavy_and_spans_per_note():
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


def test_exact_category_totals():
    tot = Counter()
    for seed in SEEDS:
        for n in _notes(seed):
            tot.update(c for _, _, c in n.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) == set(CATEGORIES)


def test_span_integrity_and_shapes():
    for seed in SEEDS:
        for n in _notes(seed):
            spans = sorted(n.spans)
            for k, (s, e, c) in enumerate(spans):
                assert 0 <= s < e <= len(n.text)
                assert c in CATEGORIES
                if k + 1 < len(spans):
                    assert e <= spans[k + 1][0]
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert re.fullmatch(_SHAPES[c], v), (c, v)
                if c in _MIN_DIGITS:
                    assert sum(ch.isdigit() for ch in v) >= _MIN_DIGITS[c], (c, v)
                assert not _CUE_START.match(v) or c in ("STREET_ADDRESS",), (c, v)
                assert not _CRED_END.search(v), (c, v)
                assert v[0] not in ":#;,." and v[-1] not in ":#;,", (c, v)
                if c == "AGE_OVER_89":
                    assert int(v) >= 90
                if c == "DATE_REAL_YEAR":
                    years = [int(y) for y in re.findall(r"\b(\d{4})\b", v)]
                    assert years and all(1900 <= y <= 2030 for y in years)
                if c in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", v)
                    assert digits[-10:-7] not in ("800", "888", "877", "866", "855", "844", "833")


def test_value_diversity():
    vals: dict[str, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    for seed in SEEDS:
        for n in _notes(seed):
            for s, e, c in n.spans:
                vals[c].add(n.text[s:e])
                counts[c] += 1
    for c in CATEGORIES:
        if c == "AGE_OVER_89":
            assert len(vals[c]) >= 10
        elif c in ("LOCATION", "ORGANIZATION"):
            assert len(vals[c]) >= 35
        else:
            assert len(vals[c]) >= 0.8 * counts[c], c


def _in_span(n: LabelledNote, s: int, e: int) -> bool:
    return any(s < se and e > ss for ss, se, _ in n.spans)


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n in _notes(seed):
            for rx in _DATE_RES:
                for m in rx.finditer(n.text):
                    if not 1900 <= int(m.group(1)) <= 2030:
                        continue
                    if _in_span(n, m.start(), m.end()):
                        continue
                    before = n.text[max(0, m.start() - 12) : m.start()].lower()
                    assert "exp" in before, n.text[max(0, m.start() - 40) : m.end() + 10]


def test_every_age_over_89_labelled():
    for seed in SEEDS:
        for n in _notes(seed):
            for rx in _AGE_RES:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        s, e = m.span(1)
                        assert (s, e, "AGE_OVER_89") in n.spans, n.text[max(0, s - 30) : e + 20]


def test_lookalikes_present_and_never_overlapping_spans():
    used = set()
    for seed in SEEDS:
        for n, looks, _ in _built(seed):
            for x in looks:
                assert x in n.text
                start = 0
                while (k := n.text.find(x, start)) != -1:
                    assert not _in_span(n, k, k + len(x)), (x, n.text[k - 20 : k + len(x) + 20])
                    start = k + 1
            used.update(x for x in looks if x in h.EPONYMS_AND_BRANDS)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(used) >= 60


def test_masked_claim_numbers_and_public_lines_unlabelled():
    for seed in SEEDS:
        for n in _notes(seed):
            for m in re.finditer(r"(?:SSA claim #|DDS case #?):? ", n.text):
                assert n.text[m.end() : m.end() + 3] == "___"
            for x in ("1-800-772-1213", "800-526-7234", "askjan.org", "www.ada.gov"):
                k = n.text.find(x)
                if k != -1:
                    assert not _in_span(n, k, k + len(x))


def test_module_contract():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert tuple(h._KINDS) == h.DOCUMENT_KINDS
    assert (h.__doc__ or "").startswith("Held-out corpus 78: ")
    assert "Written blind:" in (h.__doc__ or "")
    assert callable(h.main) and callable(h.holdout78_note)
    note, looks, kind = h._build(5, 3)
    assert isinstance(note, LabelledNote) and isinstance(looks, list) and kind in ("heavy", "normal")
