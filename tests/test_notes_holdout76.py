"""Label tests for held-out corpus 76 (health IT: identity, records, portal support).

Only the labelled ground truth is tested here; the detector is never run or imported.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from lqs_clinical.synth import notes_holdout76 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

EXPECTED_TOTALS = {
    "ACCOUNT": 220, "AGE_OVER_89": 79, "DATE_REAL_YEAR": 167, "DEVICE_ID": 80, "EMAIL": 135, "FAX": 70,
    "HEALTH_PLAN": 74, "IP_ADDRESS": 139, "LICENSE": 73, "LOCATION": 76, "MRN": 225, "ORGANIZATION": 139,
    "PAGER": 43, "PERSON": 210, "PHONE": 107, "SSN": 78, "STREET_ADDRESS": 71, "URL": 34, "VEHICLE_ID": 36,
    "ZIP": 75,
}  # seeds 1-3 x 600 notes: 2,131 spans


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _digest(notes: list[LabelledNote]) -> str:
    m = hashlib.sha256()
    for n in notes:
        m.update(n.note_type.encode())
        m.update(n.text.encode())
        m.update(repr(n.spans).encode())
    return m.hexdigest()


# ------------------------------------------------------------------ determinism

def test_same_seed_same_index_is_identical():
    for i in (0, 7, 13, 99, 311):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1:] == b[1:]
    assert h.holdout76_note(1, 5).text != h.holdout76_note(2, 5).text


def test_prefix_stable():
    short, long = h.holdout76_corpus(3, 40), h.holdout76_corpus(3, 90)
    assert [(n.text, n.spans) for n in short] == [(n.text, n.spans) for n in long[:40]]


def test_identical_across_processes_and_hash_seeds():
    code = ("from lqs_clinical.synth.notes_holdout76 import holdout76_corpus;import hashlib\n"
            "m=hashlib.sha256()\n"
            "for n in holdout76_corpus(1, 60):\n"
            "    m.update(n.note_type.encode()); m.update(n.text.encode()); m.update(repr(n.spans).encode())\n"
            "print(m.hexdigest())")
    root = Path(__file__).resolve().parents[1]
    outs = set()
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=str(root))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                             cwd=root)
        outs.add(out.stdout.strip())
    assert len(outs) == 1
    assert outs.pop() == _digest(h.holdout76_corpus(1, 60))


# ------------------------------------------------------------------ shape of the corpus

def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        share = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.42 <= share <= 0.48, share
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kinds_used_and_consistent():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        kinds = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(kinds) == set(h.DOCUMENT_KINDS)
        assert min(kinds.values()) >= 15, kinds
        for i, b in enumerate(_built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy_notes():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(1 for n, _, _ in built if n.spans)
        assert 0.57 <= planted / N <= 0.59, planted / N
        heavy = [n for n, _, k in built if k == "heavy"]
        assert len(heavy) == N // 20
        assert {k for _, _, k in built} == {"heavy", "normal"}
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, _ in built:
            assert len(n.spans) <= 4


def test_per_category_totals():
    totals = Counter(c for seed in SEEDS for n, _, _ in _built(seed) for _, _, c in n.spans)
    assert dict(totals) == EXPECTED_TOTALS
    assert set(totals) == set(CATEGORIES)


# ------------------------------------------------------------------ span integrity

_TOLL = {"800", "888", "877", "866", "855", "844", "833"}
_PHONE = re.compile(r"^(\+1 )?(\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}$")
_SHAPES = {
    "PAGER": re.compile(r"^\d[\d-]{3,12}\d$"),
    "EMAIL": re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    "URL": re.compile(r"^(https?://|www\.)\S+$"),
    "SSN": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "MRN": re.compile(r"^[A-Z]{0,4}-?\d[\d-]{5,}$"),
    "ACCOUNT": re.compile(r"^[A-Z]{0,4}-?\d[\d-]{3,}$"),
    "HEALTH_PLAN": re.compile(r"^(?=.*\d)[A-Z0-9-]{8,14}$"),
    "LICENSE": re.compile(r"^[A-Z]{0,2}\d[\d ]{5,10}(-\d)?$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "STREET_ADDRESS": re.compile(r"^\d{1,5} [A-Z][\w .,#'-]+$"),
    "AGE_OVER_89": re.compile(r"^(9\d|1[01]\d)$"),
    "DEVICE_ID": re.compile(r"^(?=.*\d)[A-Z0-9-]{6,18}$"),
    "VEHICLE_ID": re.compile(r"^(?=.*\d)[A-Z0-9-]{6,17}$"),
    "PERSON": re.compile(r"^[A-Z][A-Za-z'.^-]*([ ,^]+[A-Z][A-Za-z'.^-]*)+$"),
    "LOCATION": re.compile(r"^[A-Z][A-Za-z .'-]+$"),
    "ORGANIZATION": re.compile(r"^[A-Z][A-Za-z0-9 &'.,-]+$"),
}
_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-3]\d)(?!\d)")
_CUES = re.compile(r"\b(MRN|MNR|Acct|Fax|fax|pager|Pager|pgr|beeper|SN|plate|Dr|MD|RN|RHIA|DOB|Tel|Email|emial|EMPI|"
                   r"NPI|DEA|DL|VIN|MBI|CIN|Ticket|ticket|Accession|accession|Asset|Member|ID|Age|age|Unit|No)\b")


def _check_value(value: str, cat: str) -> None:
    if cat in ("PHONE", "FAX"):
        assert _PHONE.match(value), (cat, value)
        digits = re.sub(r"\D", "", value)
        digits = digits[1:] if len(digits) == 11 else digits
        assert digits[:3] not in _TOLL, value
    elif cat == "IP_ADDRESS":
        ipaddress.ip_address(value)
    elif cat == "DATE_REAL_YEAR":
        years = [value[:4]] if re.fullmatch(r"\d{8}", value) else _YEAR.findall(value)
        assert years and all(1900 <= int(y) <= 2030 for y in years), value
    else:
        assert _SHAPES[cat].match(value), (cat, value)


def test_span_integrity():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            last = -1
            for s, e, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= s < e <= len(n.text)
                assert s >= last, "overlapping spans"
                last = e
                v = n.text[s:e]
                assert v == v.strip() and "\n" not in v, repr(v)
                assert cat == "STREET_ADDRESS" or not _CUES.search(v), (cat, v)
                assert v[0] not in ":#" and v[-1] not in ":#),;", v
                assert v[0] != "(" or cat in ("PHONE", "FAX"), v
                _check_value(v, cat)


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, c in n.spans:
                vals.setdefault(c, []).append(n.text[s:e])
    for cat, vs in vals.items():
        distinct = len(set(vs))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 25, (cat, distinct)
        else:
            assert distinct >= 0.95 * len(vs), (cat, distinct, len(vs))


# ------------------------------------------------------------------ unlabelled text

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATES = (
    re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-](\d{4})\b"),
    re.compile(r"\b(\d{4})-\d{1,2}-\d{1,2}\b"),
    re.compile(rf"\b{_MON} \d{{1,2}},? (\d{{4}})\b", re.I),
    re.compile(rf"\b\d{{1,2}}[ -]{_MON}[ -](\d{{4}})\b", re.I),
    re.compile(r"(?<![\dA-Za-z])((?:19\d\d|20[0-3]\d))(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\dA-Za-z])"),
)


def _inside(spans, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b, _ in spans)


def test_real_year_dates_only_where_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for rx in _DATES:
                for m in rx.finditer(n.text):
                    y = int(m.group(1))
                    if not 1900 <= y <= 2030:
                        continue
                    if re.search(r"\bexp", n.text[max(0, m.start() - 14):m.start()], re.I):
                        continue
                    assert _inside(n.spans, m.start(), m.end()), (m.group(0), n.text[m.start() - 40:m.end() + 10])


def test_shifted_dates_present_and_unlabelled():
    shifted = re.compile(r"\b(2[12]\d\d)-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(2[12]\d\d)\b")
    hits = 0
    for n, _, _ in _built(1):
        for m in shifted.finditer(n.text):
            hits += 1
            assert not any(s < m.end() and e > m.start() for s, e, _ in n.spans)
    assert hits > 100


_AGES = (
    re.compile(r"\b(\d{2,3})(?=[- ]?(?:year|yr)s?[- ]old\b|[- ]year\b| ?y/o\b|yo\b| yo\b)"),
    re.compile(r"\b[Aa]ge:?\s+(\d{2,3})\b"),
)


def test_every_age_over_89_is_labelled():
    seen = 0
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for rx in _AGES:
                for m in rx.finditer(n.text):
                    if int(m.group(1)) >= 90:
                        seen += 1
                        assert (m.start(1), m.end(1), "AGE_OVER_89") in n.spans, n.text[m.start() - 30:m.end() + 20]
    assert seen > 50


def test_look_alikes_present_and_clear_of_spans():
    for seed in SEEDS:
        for n, look, _ in _built(seed):
            for la in look:
                assert la in n.text
                for m in re.finditer(re.escape(la), n.text):
                    assert not any(s < m.end() and e > m.start() for s, e, _ in n.spans), la
    text = "\n".join(n.text for n, _, _ in _built(1))
    used = [b for b in h.EPONYMS_AND_BRANDS if b in text]
    assert len(used) >= 60
    all_look = {la for seed in SEEDS for _, look, _ in _built(seed) for la in look}
    for must in ("Epic", "Cerner", "MEDITECH"):
        assert must in all_look
    assert any(re.fullmatch(r"[\d.]+", la) and la.count(".") > 4 for la in all_look)  # OIDs


def test_toll_free_and_public_sites_never_labelled():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for m in re.finditer(r"(1-)?\(?8(00|88|77|66|55|44|33)\)?[ -]\d{3}-\d{4}|www\.[a-z.]+\.gov\S*", n.text):
                assert not any(s < m.end() and e > m.start() for s, e, _ in n.spans)


def test_ehr_vendor_names_not_inside_spans():
    for seed in SEEDS:
        for n, _, _ in _built(seed):
            for s, e, _ in n.spans:
                assert not re.search(r"\b(Epic|Cerner|MEDITECH|Sectra|Visage)\b", n.text[s:e])


# ------------------------------------------------------------------ module contract

def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 76: ")
    assert "Written blind:" in h.__doc__
    for word in ("PERSON is one span per name", "ACCOUNT covers", "Label choices"):
        assert word in h.__doc__
    for kind in h.DOCUMENT_KINDS:
        assert kind in h.__doc__
    assert callable(h.main) and callable(h.holdout76_corpus)
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    n, look, kind = h._build(1, 0)
    assert isinstance(n, LabelledNote) and isinstance(look, list) and kind in ("heavy", "normal")
    assert h.holdout76_note(1, 0).text == n.text
    for i in range(20):
        assert h.document_kind(1, i) in h.DOCUMENT_KINDS
