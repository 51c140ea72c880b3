"""Label tests for held-out corpus 89 (medical tourism, med spas, cosmetic procedures). The detector is never run."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from lqs_clinical.synth import notes_holdout89 as h
from lqs_clinical.synth.notes import CATEGORIES, LabelledNote

N = 600
SEEDS = (1, 2, 3)

EXPECTED_TOTALS = {
    "PERSON": 307,
    "ORGANIZATION": 273,
    "DATE_REAL_YEAR": 263,
    "ACCOUNT": 237,
    "LOCATION": 179,
    "PHONE": 162,
    "STREET_ADDRESS": 131,
    "MRN": 129,
    "DEVICE_ID": 114,
    "HEALTH_PLAN": 108,
    "ZIP": 101,
    "LICENSE": 101,
    "AGE_OVER_89": 81,
    "EMAIL": 79,
    "VEHICLE_ID": 78,
    "FAX": 72,
    "IP_ADDRESS": 54,
    "SSN": 51,
    "URL": 50,
    "PAGER": 44,
}


@cache
def _built(seed: int) -> tuple[tuple[LabelledNote, list[str], str], ...]:
    return tuple(h._build(seed, i) for i in range(N))


def _all():
    for seed in SEEDS:
        for i, b in enumerate(_built(seed)):
            yield seed, i, b


def _digest(seed: int, n: int) -> str:
    m = hashlib.sha256()
    for note in h.holdout89_corpus(seed, n):
        m.update(note.note_type.encode())
        m.update(note.text.encode())
        m.update(repr(note.spans).encode())
    return m.hexdigest()


# ------------------------------------------------------------------------------------------- determinism


def test_same_seed_same_note():
    for i in (0, 7, 123, 599):
        a, b = h._build(2, i), h._build(2, i)
        assert a[0].text == b[0].text and a[0].spans == b[0].spans and a[1] == b[1] and a[2] == b[2]
    assert h.holdout89_note(1, 5).text != h.holdout89_note(2, 5).text


def test_prefix_stable():
    a, b = h.holdout89_corpus(4, 40), h.holdout89_corpus(4, 90)
    assert [(n.text, n.spans) for n in a] == [(n.text, n.spans) for n in b[:40]]


def test_across_processes_and_hash_seeds():
    code = "from tests.test_notes_holdout89 import _digest; print(_digest(3, 60))"
    here = _digest(3, 60)
    for hs in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        )
        assert out.stdout.strip() == here


# ------------------------------------------------------------------------------------------- shape of corpus


def test_note_types_and_lengths():
    for seed in SEEDS:
        notes = [b[0] for b in _built(seed)]
        rr = sum(n.note_type == "radiology" for n in notes) / N
        assert 0.40 <= rr <= 0.50
        assert {n.note_type for n in notes} == {"discharge", "radiology"}
        for n in notes:
            assert 1100 <= len(n.text) <= 4500, len(n.text)


def test_every_kind_used():
    assert len(h.DOCUMENT_KINDS) >= 12
    assert set(h.DOCUMENT_KINDS) == set(h._KINDS)
    assert {t for t, _ in h._KINDS.values()} == {"discharge", "radiology"}
    for seed in SEEDS:
        c = Counter(h.document_kind(seed, i) for i in range(N))
        assert set(c) == set(h.DOCUMENT_KINDS)
        assert min(c.values()) >= 15, c
        for i, b in enumerate(_built(seed)):
            assert b[0].note_type == h._KINDS[h.document_kind(seed, i)][0]


def test_plant_rate_and_heavy():
    for seed in SEEDS:
        built = _built(seed)
        planted = sum(bool(b[0].spans) for b in built)
        assert 0.57 <= planted / N <= 0.59, planted
        heavy = [b for b in built if b[2] == "heavy"]
        assert len(heavy) == N // 20
        for note, _, _ in heavy:
            assert not note.spans
            assert note.text.count("___") >= 25
        for note, _, kind in built:
            assert kind in ("heavy", "normal")
            if note.spans:
                assert 1 <= len(note.spans) <= 4


def test_spans_follow_schedule():
    for seed, i, (note, _, _) in _all():
        assert Counter(c for _, _, c in note.spans) == Counter(h._plant_categories(seed, i))


def test_exact_category_totals():
    tot = Counter(c for _, _, (note, _, _) in _all() for _, _, c in note.spans)
    assert dict(tot) == EXPECTED_TOTALS
    assert set(tot) == set(CATEGORIES)


# ------------------------------------------------------------------------------------------- span integrity

_CUE = re.compile(
    r"^(dr\.|dr\s|mrn|fax|tel\.?|sn|s/n|plate|acct|pager|pgr|npi|dob|lic\.?|ssn|member|dea|vin)[\s:#]", re.I
)
_CRED = re.compile(r"[\s,](MD|RN|NP|PA-C|DO|LCSW|RDMS)$")
_Y = r"(?:19\d\d|20[0-2]\d|2030)"


def _ndig(v: str) -> int:
    return sum(ch.isdigit() for ch in v)


def _ok_vehicle(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]{3,16}", v)) and (
        _ndig(v) >= 1 or bool(re.fullmatch(r"X[ABC]-[A-Z]{3}", v))
    )


SHAPES = {
    "PHONE": lambda v: bool(re.fullmatch(r"(\(\+|[+(\d])[\d\s().\-]{5,24}\d", v)) and 7 <= _ndig(v) <= 15,
    "FAX": lambda v: bool(re.fullmatch(r"(\(\+|[+(\d])[\d\s().\-]{5,24}\d", v)) and 7 <= _ndig(v) <= 15,
    "PAGER": lambda v: bool(re.fullmatch(r"[+(\d][\d\s().\-]*\d", v)) and 4 <= _ndig(v) <= 11,
    "EMAIL": lambda v: bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)),
    "URL": lambda v: bool(re.fullmatch(r"(https?://|www\.)\S+", v)),
    "IP_ADDRESS": lambda v: bool(ipaddress.ip_address(v)),
    "SSN": lambda v: bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v)),
    "MRN": lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9.\-/]*", v)) and _ndig(v) >= 5,
    "ACCOUNT": lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 \-/]*[A-Z0-9]", v)) and _ndig(v) >= 1 and len(v) >= 6,
    "HEALTH_PLAN": lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9\-/]*", v)) and _ndig(v) >= 4,
    "LICENSE": lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9.\-]*", v)) and _ndig(v) >= 4,
    "ZIP": lambda v: bool(re.fullmatch(r"\d{5}(-\d{4})?", v)),
    "STREET_ADDRESS": lambda v: bool(re.search(r"\d", v)) and bool(re.search(r"[^\W\d_]", v)) and "\n" not in v,
    "DATE_REAL_YEAR": lambda v: bool(re.search(rf"(?<!\d){_Y}(?!\d)", v)),
    "AGE_OVER_89": lambda v: v.isdigit() and 90 <= int(v) <= 120,
    "DEVICE_ID": lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]*[A-Z0-9]", v)) and _ndig(v) >= 1 and len(v) >= 5,
    "VEHICLE_ID": _ok_vehicle,
    "PERSON": lambda v: bool(re.fullmatch(r"[^\W\d_][^\W\d_ .,'\-]*([ .,'\-]+[^\W\d_]+)*\.?", v)),
    "LOCATION": lambda v: bool(re.fullmatch(r"[^\W\d_][^\W\d_ .'\-]*([ .'\-]+[^\W\d_]+)*", v)),
    "ORGANIZATION": lambda v: bool(re.search(r"[^\W\d_]{3}", v)) and "\n" not in v,
}


def test_span_integrity_and_shapes():
    for seed, i, (note, _, _) in _all():
        prev_end = -1
        for s, e, c in sorted(note.spans):
            assert c in CATEGORIES
            assert 0 <= s < e <= len(note.text)
            assert s >= prev_end, (seed, i, "overlap")
            prev_end = e
            v = note.text[s:e]
            assert v == v.strip() and "\n" not in v, (seed, i, v)
            assert not _CUE.match(v), (seed, i, c, v)
            assert not _CRED.search(v), (seed, i, c, v)
            assert SHAPES[c](v), (seed, i, c, v)
            if c == "DATE_REAL_YEAR":
                assert not re.search(r"(?i)\b(exp|expiry|use by)\b", note.text[max(0, s - 12) : s])


def test_value_diversity():
    vals: dict[str, list[str]] = {}
    for _, _, (note, _, _) in _all():
        for s, e, c in note.spans:
            vals.setdefault(c, []).append(note.text[s:e])
    for c, vs in vals.items():
        distinct = len(set(vs))
        if c == "AGE_OVER_89":
            assert distinct >= 10
        elif c in ("LOCATION", "ORGANIZATION"):
            assert distinct >= 0.4 * len(vs), (c, distinct, len(vs))
        else:
            assert distinct >= 0.85 * len(vs), (c, distinct, len(vs))


def test_many_contexts_per_category():
    """Each category is preceded by many different cue texts (contexts)."""
    ctx: dict[str, set[str]] = {}
    for _, _, (note, _, _) in _all():
        for s, _, c in note.spans:
            ctx.setdefault(c, set()).add(re.sub(r"\s+", " ", note.text[max(0, s - 14) : s]).strip().lower())
    for c in CATEGORIES:
        assert len(ctx[c]) >= 8, (c, len(ctx[c]))


# ------------------------------------------------------------------------------------------- dates and ages

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
_TR = r"(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
_DATES = [
    re.compile(rf"(?<![\w/.\-])\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_Y}(?!\d)"),
    re.compile(rf"(?<![\w/.\-]){_Y}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}(?!\d)"),
    re.compile(rf"\b{_MON}\s+\d{{1,2}},?\s+{_Y}(?!\d)"),
    re.compile(rf"\b\d{{1,2}}[\s\-]+{_MON}[\s\-]+{_Y}(?!\d)"),
    re.compile(rf"\b\d{{1,2}} de {_ES} de {_Y}(?!\d)"),
    re.compile(rf"\b\d{{1,2}} {_TR} {_Y}(?!\d)"),
]
_EXPIRY = re.compile(r"(?i)(exp|expiry|expires|use by)\s*:?\s*$")


def test_real_year_dates_only_where_labelled():
    for seed, i, (note, _, _) in _all():
        dspans = [(s, e) for s, e, c in note.spans if c == "DATE_REAL_YEAR"]
        for rx in _DATES:
            for m in rx.finditer(note.text):
                inside = any(s <= m.start() and m.end() <= e for s, e in dspans)
                if not inside:
                    assert _EXPIRY.search(note.text[max(0, m.start() - 12) : m.start()]), (seed, i, m.group())


_AGES = [
    re.compile(r"\b(\d{2,3})\s*-?\s*(?:year|yr|y/o|yo\b|y\.o\.)"),
    re.compile(r"\b(?:[Aa]ge|AGE|aged)\s*[:|]?\s*(\d{2,3})\b"),
    re.compile(r"\((\d{2,3})\s*yrs\)"),
]


def test_every_age_over_89_labelled():
    for seed, i, (note, _, _) in _all():
        aspans = {(s, e) for s, e, c in note.spans if c == "AGE_OVER_89"}
        found = set()
        for rx in _AGES:
            for m in rx.finditer(note.text):
                if int(m.group(1)) >= 90:
                    assert (m.start(1), m.end(1)) in aspans, (seed, i, m.group())
                    found.add((m.start(1), m.end(1)))
        assert found == aspans, (seed, i)


# ------------------------------------------------------------------------------------------- look-alikes


def test_lookalikes_present_and_never_in_spans():
    used = Counter()
    for seed, i, (note, looks, _) in _all():
        for la in looks:
            assert la and la in note.text, (seed, i, la)
            start = note.text.find(la)
            while start >= 0:
                assert not any(start < e and start + len(la) > s for s, e, _ in note.spans), (seed, i, la)
                start = note.text.find(la, start + 1)
            if la in h.EPONYMS_AND_BRANDS:
                used[la] += 1
    assert len(h.EPONYMS_AND_BRANDS) >= 60
    assert set(used) == set(h.EPONYMS_AND_BRANDS), set(h.EPONYMS_AND_BRANDS) - set(used)


def test_hard_negative_families_present():
    text = "\n".join(b[0].text for b in _built(1))
    for pat in (
        r"\b(?:AA|UA|DL|AM|Y4|VB|CM|AV|TK|B6|NK|WN|F9|TG|G3) \d{2,4}\b",
        r"1-800-FDA-1088",
        r"capital Ankara|"
        r"capital Bogotá|capital Mexico City|capital Santo Domingo|capital San José|capital Bangkok",
        r"\bLOT [A-Z0-9]+",
        r"REF [A-Z0-9\-]+",
        r"Fitzpatrick skin type [IV]+",
        r"\d+ units",
        r"\b21[0-9]{2}\b",
        r"Group [A-Z0-9\-]+",
        r"travel\.state\.gov|fda\.gov",
    ):
        assert re.search(pat, text), pat


def test_no_unlabelled_tollfree_collision():
    """Toll-free numbers are never labelled, except a practice's toll-free fax (FAX)."""
    for seed, i, (note, _, _) in _all():
        for s, e, c in note.spans:
            v = note.text[s:e]
            if re.match(r"^(1-)?\(?8(00|88|77|66|55|44|33)\)?[\s.\-]", v):
                assert c == "FAX", (seed, i, v)


# ------------------------------------------------------------------------------------------- contract


def test_module_contract():
    assert h.__doc__.startswith("Held-out corpus 89:")
    assert "Written blind:" in h.__doc__
    for name in ("holdout89_note", "holdout89_corpus", "document_kind", "main", "_build"):
        assert callable(getattr(h, name))
    assert isinstance(h.DOCUMENT_KINDS, tuple)
    note = h.holdout89_note(1, 0)
    assert isinstance(note, LabelledNote)
    assert note.text == h._build(1, 0)[0].text
    assert len(h.holdout89_corpus(1, 5)) == 5


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
