"""Label tests for held-out corpus 81 (agricultural and farmworker health). The detector is never run."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
from functools import cache

from lqs_clinical.synth import notes_holdout81 as h
from lqs_clinical.synth.notes import CATEGORIES

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 169, "AGE_OVER_89": 57, "DATE_REAL_YEAR": 170, "DEVICE_ID": 88, "EMAIL": 53, "FAX": 92,
    "HEALTH_PLAN": 118, "IP_ADDRESS": 80, "LICENSE": 79, "LOCATION": 166, "MRN": 105, "ORGANIZATION": 201,
    "PAGER": 52, "PERSON": 227, "PHONE": 139, "SSN": 60, "STREET_ADDRESS": 106, "URL": 56, "VEHICLE_ID": 86,
    "ZIP": 92,
}

_YEAR = r"(?:19\d\d|20[0-2]\d|2030)"
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
           r"octubre|noviembre|diciembre)")
REAL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}\b|\b{_YEAR}-\d{{1,2}}-\d{{1,2}}\b|"
    rf"\b{_MONTHS}\.? \d{{1,2}},? {_YEAR}\b|\b\d{{1,2}} (?:de )?{_MONTHS}\.?,? (?:de )?{_YEAR}\b")
EXPIRY_CUE = re.compile(r"(?:exp\.?|expiry|expires|vence|use by)\s*$", re.I)
AGE_PATTERNS = (
    re.compile(r"\b(\d{2,3})\s*(?:-\s*)?(?:year[- ]old|years? old|yo\b|y/o|y\.o\.|años|anos)", re.I),
    re.compile(r"\b(?:age|aged|edad)\s*:?\s*(?:\|\s*)?(\d{2,3})\b", re.I),
)
SHAPES = {
    "PHONE": r"(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .\-/]?\d{3}[ .-]?\d{4}",
    "FAX": r"(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .\-/]?\d{3}[ .-]?\d{4}",
    "PAGER": r"(?=(?:\D*\d){4,11}\D*$)[\d() .\-]+",
    "EMAIL": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "URL": r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*",
    "IP_ADDRESS": r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}",
    "MRN": r"(?=.*\d)[A-Z0-9][A-Z0-9-]*",
    "ACCOUNT": r"(?=.*\d)[A-Z0-9][A-Z0-9-]*",
    "HEALTH_PLAN": r"(?=.*\d)[A-Z0-9][A-Z0-9-]*",
    "LICENSE": r"(?=.*\d)[A-Z0-9][A-Z0-9 -]*",
    "ZIP": r"\d{5}(?:-\d{4})?",
    "STREET_ADDRESS": r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][\w ,.]*[A-Za-z0-9]",
    "DATE_REAL_YEAR": rf".*{_YEAR}.*",
    "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"(?=.*\d)[A-Z0-9][A-Z0-9-]*",
    "VEHICLE_ID": r"(?=.*\d)[A-Z0-9][A-Z0-9 -]*[A-Z0-9]",
    "PERSON": r"[^\W\d_][\w'.-]*(?:,? [^\W\d_][\w'.-]*)+",
    "LOCATION": r"[^\W\d_][\w'.-]*(?: [\w'.-]+)*",
    "ORGANIZATION": r"[^\W\d_][\w'&.-]*(?: [\w'&.-]+)*",
}
CUES = re.compile(r"\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra)\.|\b(?:MRN|Fax|FAX|Acct|SN|plate|pager|Pager|Tel|Phone|Cell|cel|"
                  r"Claim|Policy|NPI|DEA|ZIP|Zip|DOB|Email|MD|RN|NP|PA-C|VIN|PIN)\b")


@cache
def built(seed: int, n: int = N):
    return [h._build(seed, i) for i in range(n)]


def _digest(seed: int, n: int) -> str:
    notes = h.holdout81_corpus(seed, n)
    blob = json.dumps([[x.note_type, x.text, x.spans] for x in notes], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def test_deterministic_in_process():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1:] == b[1:]


def test_deterministic_across_processes_and_hash_seeds():
    code = "from tests.test_notes_holdout81 import _digest; print(_digest(3, 80))"
    outs = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(out.stdout.strip())
    assert outs == {_digest(3, 80)}


def test_prefix_stable():
    for seed in SEEDS:
        a, b = h.holdout81_corpus(seed, 40), h.holdout81_corpus(seed, 90)[:40]
        assert [(x.text, x.spans) for x in a] == [(x.text, x.spans) for x in b]


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [x[0] for x in built(seed)]
        rad = sum(x.note_type == "radiology" for x in notes) / N
        assert 0.41 <= rad <= 0.49
        assert {x.note_type for x in notes} == {"discharge", "radiology"}
        for x in notes:
            assert 1100 <= len(x.text) <= 4500


def test_kinds():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        counts = collections.Counter(h.document_kind(seed, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i in range(N):
            assert built(seed)[i][0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        rows = built(seed)
        planted = sum(bool(n.spans) for n, _, _ in rows)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans and n.text.count("___") >= 25
        for n, _, k in rows:
            assert k in ("heavy", "normal")
            assert len(n.spans) == 0 or 1 <= len(n.spans) <= 4


def test_exact_category_totals():
    totals = collections.Counter(c for seed in SEEDS for n, _, _ in built(seed) for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


def test_span_integrity():
    for seed in SEEDS:
        for n, _, _ in built(seed):
            last = 0
            for s, e, c in n.spans:
                assert c in CATEGORIES
                assert last <= s < e <= len(n.text)
                last = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v
                assert not CUES.search(v), (c, v)
                assert re.fullmatch(SHAPES[c], v), (c, v)
                if c == "AGE_OVER_89":
                    assert 90 <= int(v) <= 120
                if c in ("PHONE", "FAX"):
                    digits = re.sub(r"\D", "", v)
                    area = digits[1:4] if len(digits) == 11 else digits[:3]
                    assert area not in ("800", "888", "877", "866", "855", "844", "833")
                if c in ("PERSON", "LOCATION", "ORGANIZATION"):
                    assert v not in ("New York",)
                    assert v not in h.EPONYMS_AND_BRANDS


def test_value_diversity():
    vals: dict[str, list[str]] = collections.defaultdict(list)
    for seed in SEEDS:
        for n, _, _ in built(seed):
            for s, e, c in n.spans:
                vals[c].append(n.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 12
        elif c in ("PERSON", "LOCATION", "ORGANIZATION"):
            assert distinct >= 0.4 * len(vs), c
        else:
            assert distinct >= 0.9 * len(vs), c


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n, _, _ in built(seed):
            dates = [(s, e) for s, e, c in n.spans if c == "DATE_REAL_YEAR"]
            for m in REAL_DATE.finditer(n.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in dates)
                expiry = bool(EXPIRY_CUE.search(n.text[max(0, m.start() - 12):m.start()]))
                assert inside or expiry, (m.group(), n.text[max(0, m.start() - 40):m.end() + 10])
            for s, e in dates:
                assert re.search(_YEAR, n.text[s:e])


def test_shifted_dates_present_and_unlabelled():
    seen = 0
    for n, _, _ in built(1):
        for m in re.finditer(r"\b21\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/21\d\d\b", n.text):
            seen += 1
            assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans)
    assert seen > 300


def test_lookalikes_present_and_never_overlap_spans():
    used = set()
    for seed in SEEDS:
        for n, looks, _ in built(seed):
            assert looks
            for la in looks:
                assert la in n.text
                used.add(la)
                for m in re.finditer(re.escape(la), n.text):
                    assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans), (la, n.text[m.start():])
    eponyms_used = used & set(h.EPONYMS_AND_BRANDS)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert len(eponyms_used) >= 60


def test_every_old_age_labelled():
    labelled = set()
    for seed in SEEDS:
        for n, _, _ in built(seed):
            ages = [(s, e) for s, e, c in n.spans if c == "AGE_OVER_89"]
            for pat in AGE_PATTERNS:
                for m in pat.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        assert (m.start(1), m.end(1)) in ages, n.text[max(0, m.start() - 30):m.end() + 10]
                        labelled.add((seed, n.text[:0], m.start(1), id(n)))
    assert len(labelled) == EXPECTED_TOTALS["AGE_OVER_89"]


def test_toll_free_numbers_unlabelled():
    found = 0
    for n, _, _ in built(1):
        for m in re.finditer(r"1[- ]\(?8(?:00|88|77|66|55|44|33)\)?[- ]\d{3}-\d{4}", n.text):
            found += 1
            assert not any(s < m.end() and m.start() < e for s, e, _ in n.spans)
    assert found > 20


def test_module_contract():
    doc = h.__doc__ or ""
    assert doc.startswith("Held-out corpus 81: ")
    assert "Written blind:" in doc and "Label policy" in doc
    assert callable(h.main) and callable(h.holdout81_note)
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    n = h.holdout81_note(1, 5)
    assert n.text == built(1)[5][0].text
    assert len(h.holdout81_corpus(1, 7)) == 7
    for seed in SEEDS:
        for i in range(N):
            note, looks, kind = built(seed)[i]
            assert isinstance(looks, list) and kind in ("heavy", "normal")
