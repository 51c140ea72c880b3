"""Label tests for held-out corpus 59 (student, school and college health). The detector is never run here."""

from __future__ import annotations

import collections
import hashlib
import os
import re
import subprocess
import sys

import pytest

from lqs_clinical.synth import notes_holdout59 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

SEEDS = (1, 2, 3)
N = 600

# Exact per-category totals over seeds 1-3 x 600 notes (categories come from a Weyl sequence).
EXPECTED_TOTALS = {
    "PHONE": 144, "FAX": 76, "PAGER": 76, "EMAIL": 82, "URL": 76, "IP_ADDRESS": 85, "SSN": 71, "MRN": 82,
    "ACCOUNT": 157, "HEALTH_PLAN": 80, "LICENSE": 79, "ZIP": 73, "STREET_ADDRESS": 82, "DATE_REAL_YEAR": 231,
    "AGE_OVER_89": 70, "DEVICE_ID": 82, "VEHICLE_ID": 65, "PERSON": 318, "LOCATION": 151, "ORGANIZATION": 238,
}


@pytest.fixture(scope="module")
def built() -> dict[int, list[tuple[LabelledNote, list[str], str]]]:
    return {s: [h._build(s, i) for i in range(N)] for s in SEEDS}


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout59_corpus(seed, n):
        m.update(note.note_type.encode())
        m.update(note.text.encode())
        m.update(repr(note.spans).encode())
    return m.hexdigest()


def test_deterministic_same_process():
    for i in (0, 7, 16, 123, 599):
        a, b = h._build(4, i), h._build(4, i)
        assert a[0] == b[0] and a[1] == b[1] and a[2] == b[2]
    assert h.holdout59_note(2, 9) == h.holdout59_note(2, 9)


def test_deterministic_across_processes_and_hash_seeds():
    code = ("from lqs_clinical.synth.notes_holdout59 import holdout59_corpus as c;import hashlib;m=hashlib.sha256()\n"
            "for n in c(5, 40):\n m.update(n.note_type.encode());m.update(n.text.encode());"
            "m.update(repr(n.spans).encode())\nprint(m.hexdigest())")
    outs = set()
    for hs in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.add(res.stdout.strip())
    assert outs == {_digest(5, 40)}


def test_prefix_stable():
    assert h.holdout59_corpus(3, 40) == h.holdout59_corpus(3, 90)[:40]
    assert h.holdout59_corpus(1, 10) == [h.holdout59_note(1, i) for i in range(10)]


def test_note_types_and_lengths(built):
    for s in SEEDS:
        notes = [b[0] for b in built[s]]
        rad = sum(n.note_type == "radiology" for n in notes) / len(notes)
        assert 0.40 <= rad <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_kind_usage(built):
    for s in SEEDS:
        counts = collections.Counter(h.document_kind(s, i) for i in range(N))
        assert set(counts) == set(h.DOCUMENT_KINDS)
        assert min(counts.values()) >= 15
        for i, (note, _, _) in enumerate(built[s]):
            assert note.note_type == h._KINDS[h.document_kind(s, i)][0]


def test_plant_rate_and_heavy(built):
    for s in SEEDS:
        rows = built[s]
        planted = sum(1 for n, _, _ in rows if n.spans)
        assert 0.57 <= planted / N <= 0.59
        heavy = [n for n, _, k in rows if k == "heavy"]
        assert len(heavy) == N // 20
        for n in heavy:
            assert not n.spans
            assert n.text.count("___") >= 25
        for n, _, k in rows:
            assert k in ("heavy", "normal")
            if n.spans:
                assert 1 <= len(n.spans) <= 4


def test_exact_category_totals(built):
    totals = collections.Counter(c for s in SEEDS for n, _, _ in built[s] for _, _, c in n.spans)
    assert set(totals) == set(CATEGORIES)
    assert dict(totals) == EXPECTED_TOTALS


_DATE_RX = re.compile(
    r"\b\d{1,2}/\d{1,2}/(\d{4})\b|\b\d{1,2}\.\d{1,2}\.(\d{4})\b|\b(\d{4})-\d{2}-\d{2}\b|\b\d{1,2}-\d{1,2}-(\d{4})\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (\d{4})\b|"
    r"\b\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?[ -](\d{4})\b",
    re.IGNORECASE)

_SHAPES = {
    "PHONE": r"\+?[\d ().-]{10,20}", "FAX": r"\+?[\d ().-]{10,20}", "PAGER": r"[\d ().+-]{4,17}",
    "EMAIL": r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "URL": r"(https?://|www\.|[a-z]+\.com/)\S+",
    "IP_ADDRESS": r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}",
    "SSN": r"\d{3}[- ]?\d{2}[- ]?\d{4}", "MRN": r"[A-Z0-9-]{6,12}", "ACCOUNT": r"[A-Z0-9][A-Z0-9-]{4,16}",
    "HEALTH_PLAN": r"[A-Z0-9][A-Z0-9 ]{6,14}", "LICENSE": r"[A-Z0-9][A-Z0-9 -]{4,19}", "ZIP": r"\d{5}(-\d{4})?",
    "STREET_ADDRESS": r"\d+ [A-Z][A-Za-z ]+[a-z](, Apt \d[A-D]| Unit \d+| Route \d+)?|\d+ State Route \d+",
    "DATE_REAL_YEAR": r".*\b(19\d\d|20[0-3]\d)\b.*", "AGE_OVER_89": r"\d{2,3}",
    "DEVICE_ID": r"[A-Z0-9][A-Z0-9-]{4,14}", "VEHICLE_ID": r"[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}|[A-HJ-NPR-Z0-9]{17}",
    "PERSON": r"(?=.*[A-Z])[A-Za-z][A-Za-z'.\-]*([ ,]+[A-Za-z][A-Za-z'.\-]*)+",
    "LOCATION": r"[A-Z][^\W\d_]+([ -][A-Za-z][^\W\d_]+)*",
    "ORGANIZATION": r"[A-Z][A-Za-z'.&\- ]+[A-Za-z.]",
}
_CUES = ("Dr.", "MRN", "Fax", "fax", "pager", "Pager", "Acct", "SN", "plate", "MD", "RN", "Tel", "DOB", "NPI",
         "DEA", "Lic", "ID", "Phone", "Unit No", "Accession", "tag", "serial")


def test_span_integrity(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            last = 0
            for a, b, cat in sorted(n.spans):
                assert cat in CATEGORIES
                assert 0 <= a < b <= len(n.text) and a >= last
                last = b
                v = n.text[a:b]
                assert v == v.strip() and "\n" not in v, v
                assert re.fullmatch(_SHAPES[cat], v), (cat, v)
                for cue in _CUES:
                    assert not re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![A-Za-z])", v), (cat, v, cue)
                if cat == "DATE_REAL_YEAR":
                    year = int(re.search(r"\b(19\d\d|20\d\d)\b", v).group(1))
                    assert 1900 <= year <= 2030
                if cat == "AGE_OVER_89":
                    assert int(v) >= 90
                if cat in ("PHONE", "FAX"):
                    assert 10 <= sum(ch.isdigit() for ch in v) <= 15


def test_toll_free_only_as_practice_fax(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, b, cat in n.spans:
                if cat == "PHONE":
                    digits = re.sub(r"\D", "", n.text[a:b])
                    assert digits.removeprefix("1")[:3] not in {"800", "888", "877", "866", "855", "844", "833"}


def test_value_diversity(built):
    values = collections.defaultdict(list)
    for s in SEEDS:
        for n, _, _ in built[s]:
            for a, b, cat in n.spans:
                values[cat].append(n.text[a:b])
    for cat, vals in values.items():
        distinct = len(set(vals))
        if cat == "AGE_OVER_89":
            assert distinct >= 12
        elif cat in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 30
        else:
            assert distinct >= 0.6 * len(vals), (cat, distinct, len(vals))


def test_real_year_dates_only_where_labelled(built):
    for s in SEEDS:
        for n, _, _ in built[s]:
            dates = [(a, b) for a, b, c in n.spans if c == "DATE_REAL_YEAR"]
            for m in _DATE_RX.finditer(n.text):
                year = int(next(g for g in m.groups() if g))
                if not 1900 <= year <= 2030:
                    continue
                if any(a <= m.start() and m.end() <= b for a, b in dates):
                    continue
                before = n.text[max(0, m.start() - 25):m.start()].lower()
                assert "exp" in before or "use by" in before, (m.group(0), before)


def test_lookalikes_present_and_never_overlap(built):
    for s in SEEDS:
        for n, looks, _ in built[s]:
            for look in looks:
                assert look in n.text
                for m in re.finditer(re.escape(look), n.text):
                    assert not any(m.start() < b and a < m.end() for a, b, _ in n.spans), (look, n.text[m.start():])


def test_every_old_age_labelled(built):
    rx = re.compile(r"\b(\d{2,3})(?:-| )?(?:year-old|year old|years old|yo\b|y/o|y\.o\.)|"
                    r"\b(?:age|aged|lived to)[: ]\s*(\d{2,3})\b", re.IGNORECASE)
    seen = 0
    for s in SEEDS:
        for n, _, _ in built[s]:
            ages = [(a, b) for a, b, c in n.spans if c == "AGE_OVER_89"]
            for m in rx.finditer(n.text):
                g = 1 if m.group(1) else 2
                if int(m.group(g)) >= 90:
                    seen += 1
                    assert (m.start(g), m.end(g)) in ages, n.text[m.start():m.end()]
    assert seen > 20


def test_module_contract(built):
    assert h.__doc__.startswith("Held-out corpus 59: ")
    assert "Written blind:" in h.__doc__
    assert len(h.DOCUMENT_KINDS) >= 12
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    assert set(h._KINDS) == set(h.DOCUMENT_KINDS)
    for kind in h.DOCUMENT_KINDS:
        assert kind in h.__doc__
    assert len(h.EPONYMS_AND_BRANDS) >= 60 and len(set(h.EPONYMS_AND_BRANDS)) == len(h.EPONYMS_AND_BRANDS)
    corpus_text = "\n".join(n.text for n, _, _ in built[1])
    all_looks = {x for _, looks, _ in built[1] for x in looks}
    for term in h.EPONYMS_AND_BRANDS:
        assert term in corpus_text and term in all_looks, term
    assert callable(h.main) and callable(h.holdout59_note) and callable(h.holdout59_corpus)
    assert isinstance(h.holdout59_note(1, 0), LabelledNote)
