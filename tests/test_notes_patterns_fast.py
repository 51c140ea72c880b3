"""The pattern tier's fast query returns exactly what one RE2 pass per rule over every note returns.

``scan_table`` skips work it can prove useless (literal pre-filters, alternation pre-tests, shadows
only where a category has a hit, one glue replacement for the mask count, hash partitions per
thread). The reference below is the plain definition of every count; the two must agree on any
text, with the shipped rules and with rule shapes that take the fallback paths.
"""

from __future__ import annotations

import dataclasses
import random

import duckdb
import pyarrow as pa
import pytest

from lqs_clinical.notes.patterns import _alternations, _om_pretest, _run_shape, required_literals, scan_table, sql_str
from lqs_clinical.notes.rules import PATTERN_CATEGORIES, load_pattern_rules
from lqs_clinical.synth.notes import labelled_corpus

EDGE = [
    None, "", " ", "\t\n\r", "\x0b\x0c", "a", "__", "___", "______", "ab___cd", "__ab___cd__", "x___y___z",
    "_____ab___", "___-___", "\x01", "a\x01___b ___ body", "_____ disease", "___'s sign", "___ and ___  Scale",
    "Fax: 617-555-1234", "Facsimile 6175551234", "httpſ://example.com/x", "https://www.example.com/a",
    "www.cdc.gov", "see http://who.int/x", "ssn 123-45-6789", "SSN: 123 45 6789", "email jo@x.org",
    "P.O. Box 123", "Rural Route 4", "K\u212a 12 Main St, Boston", "ninety-two year old", "NINETY year old",
    "+44 20 7946 0000", "011 52 33 3812 4567", "call 6175551234", "MRN: 1234567", "tel\u00e9 6175551234",
    "\u00e9617-555-1234", "12 Main St -___ x", "x___5551234567", "Pager #12345", "VIN 1HGCM82633A004352",
    "DOB 04/12/1985", "in 2015-03-04", "92M with", "T 99F with chills", "Account: HAR12345678",
    "Medicare ID 1EG4-TE5-MK73", "MA 02115", "Serial #: AB12345", "192.168.1.1", "fe80::1",
    # the catch-all: alone, after a rule's claim, after a shadowed toll-free number, after a not-identifier
    "Van trip TX-5531208 booked", "Claim #: 44512388; trip 88120-4", "Trip # 1-888-555-0100 (broker)",
    "OR 4 case #: 5531208", "grievance no. GRV-7731205___", "___ work order 88123-4",
]
INSERTS = ["\x01", "\u017f", "\u212a", "\u00e9", "___", "_", "__", "\t", "\r\n", "  ", "@", "www.", "fax ", "FAX",
           "box ", " 617-555-1234 ", "http://a.com ", ".gov", "who.int", "ſ", "K", " ___ body"]


def _texts() -> list[str | None]:
    rng = random.Random(5)
    base = [n.text for n in labelled_corpus(3, 160, "calibration")]

    def mutate(s: str | None) -> str | None:
        if s is None:
            return s
        chars = list(s)
        for _ in range(rng.randint(0, 6)):
            p = rng.randint(0, len(chars))
            if rng.random() < 0.5:
                chars.insert(p, rng.choice(INSERTS + [e for e in EDGE[1:] if e]))
            elif chars:
                chars[p - 1] = chars[p - 1].swapcase()
        return "".join(chars)

    return EDGE + base + [mutate(rng.choice(base + EDGE)) for _ in range(300)]


def _reference(con, table: str, type_col: str | None, rules) -> dict:
    """Every rule, shadow and over-masking rule over every note: the counts' definition."""
    nt = type_col or "NULL::VARCHAR"
    words = ("len(list_filter(string_split(replace(replace(replace(r, chr(10), ' '), chr(13), ' '), chr(9), ' '), "
             "' '), lambda w: w <> ''))")
    cnt = lambda e, rx: f"len(regexp_extract_all({e}, {sql_str(rx)}))"  # noqa: E731
    cols, cats = [], []
    # a deferred pattern counts in the text left when every rule's, shadow's and ruling's matches are masked,
    # block by block (first rule wins); a catch-all rule when the not-identifiers' and deferred patterns'
    # matches are masked too
    td = "t"
    for rx in _alternations(rules.claim_regexes()):
        td = f"regexp_replace({td}, {sql_str(rx)}, ' ___ ', 'g')"
    tc = td
    for rx in _alternations(rules.catch_claim_regexes()):
        tc = f"regexp_replace({tc}, {sql_str(rx)}, ' ___ ', 'g')"
    for cat in PATTERN_CATEGORIES:
        plus = [cnt("t", r.regex) for r in rules.rules if r.category == cat]
        catch = ([cnt(td, r.regex) for r in rules.deferred if r.category == cat]
                 + [cnt(tc, r.regex) for r in rules.catch_all if r.category == cat]) or ["0"]
        if plus:
            minus = [cnt("t", s.regex) for s in rules.shadows if s.category == cat] or ["0"]
            cols.append(f"greatest(0, {' + '.join(plus)} - ({' + '.join(minus)})) + {' + '.join(catch)} "
                        f"AS c{len(cats)}")
            cats.append(cat)
    om = [f"{cnt('r', rx)} AS o{i}" for i, (_, rx) in enumerate(rules.over_masking)]
    aggs = ["count(*)", "sum(length(r))", f"sum({words})", f"sum({cnt('r', rules.mask)})"]
    aggs += [f"sum(c{i}), count_if(c{i} > 0)" for i in range(len(cats))]
    aggs += [f"sum(o{i})" for i in range(len(om))]
    q = (f"SELECT nt, {', '.join(aggs)} FROM (SELECT *, {', '.join(cols + om)} FROM (SELECT nt, r, "
         f"regexp_replace(r, {sql_str(rules.mask_glue)}, '___', 'g') AS t FROM (SELECT {nt} AS nt, "
         f"coalesce(text, '') AS r FROM {table}))) GROUP BY nt")
    out = {}
    for row in con.execute(q).fetchall():
        out[row[0]] = {"notes": row[1], "chars": row[2] or 0, "words": row[3] or 0, "masks": row[4] or 0,
                       "hits": {c: row[5 + 2 * i] or 0 for i, c in enumerate(cats)},
                       "affected": {c: row[6 + 2 * i] or 0 for i, c in enumerate(cats)},
                       "over_masking": {n: row[5 + 2 * len(cats) + i] or 0
                                        for i, (n, _) in enumerate(rules.over_masking)}}
    return out


def _fast(con, table: str, type_col: str | None, rules) -> dict:
    pc = scan_table(con, table, "text", type_col, rules)
    return {k: {"notes": pc.notes[k], "chars": pc.chars[k], "words": pc.words[k], "masks": pc.masks[k],
                "hits": pc.hits[k], "affected": pc.affected[k], "over_masking": pc.over_masking[k]}
            for k in pc.notes}


@pytest.fixture(scope="module")
def notes_con():
    texts = _texts()
    rng = random.Random(9)
    con = duckdb.connect()
    con.register("src", pa.table({"text": pa.array(texts, pa.string()),
                                  "note_type": pa.array([rng.choice(["DS", "RR", None]) for _ in texts], pa.string())}))
    con.execute("CREATE TABLE notes AS SELECT * FROM src")
    return con


SHIPPED = load_pattern_rules()
# shapes that take the fallback paths: a glue whose matches do not map one-to-one to masks, and
# over-masking rules without a common leading mask run
FALLBACK = dataclasses.replace(SHIPPED, mask_glue=r"[A-Za-z0-9_./:#-]*_{3,}[A-Za-z0-9./:#-]*",
                               over_masking=SHIPPED.over_masking + (("x", r"(?i)\bbody\s+_{3,}"),))


@pytest.mark.parametrize("threads", [1, 2, 3])
@pytest.mark.parametrize("rules", [SHIPPED, FALLBACK], ids=["shipped", "fallback"])
def test_fast_scan_equals_reference(notes_con, rules, threads):
    notes_con.execute(f"SET threads={threads}")
    for type_col in ("note_type", None):
        assert _fast(notes_con, "notes", type_col, rules) == _reference(notes_con, "notes", type_col, rules)


def test_fallback_shapes_are_detected():
    assert _run_shape(SHIPPED.mask, SHIPPED.mask_glue) == "_"
    assert _run_shape(FALLBACK.mask, FALLBACK.mask_glue) is None  # "_" may be glued: no 1:1 mapping
    assert _om_pretest(SHIPPED.over_masking).startswith("(?i)___(?:")
    assert not _om_pretest(FALLBACK.over_masking).startswith("(?i)___")
    assert _om_pretest((("a", "(?i)_{3,}a|_{3,}b"),)) == "(?:(?i)_{3,}a|_{3,}b)"  # top-level "|": left alone
    assert required_literals(r"x[[:digit:]]+") is None  # POSIX class: Python would misread it


def test_required_literals_hold_on_every_match(notes_con):
    """Where a rule (or shadow) matches an ASCII note, the lower-cased note holds one of its literals."""
    con = notes_con
    con.execute(f"CREATE OR REPLACE TEMP TABLE masked AS SELECT regexp_replace(coalesce(text, ''), "
                f"{sql_str(SHIPPED.mask_glue)}, '___', 'g') AS t FROM notes")
    checked = 0
    for r in list(SHIPPED.rules) + list(SHIPPED.shadows):
        lits = required_literals(r.regex)
        if lits is None:
            continue
        has = " OR ".join(f"contains(lower(t), {sql_str(s)})" for s in lits)
        bad, hits = con.execute(f"SELECT coalesce(count_if(NOT ({has})), 0), count(*) FROM masked "
                                f"WHERE strlen(t) = length(t) AND regexp_matches(t, {sql_str(r.regex)})").fetchone()
        assert bad == 0, (r.name, lits)
        checked += hits
    assert checked > 50  # the planted notes exercise the gated rules


def test_no_rule_alternation_outgrows_re2s_fast_engine():
    """"Does any rule match" is tested in alternations of at most _ALTERNATION rules and _ALTERNATION_CHARS
    characters of regex: one alternation of
    all ~120 rules outgrew RE2's DFA budget and fell back to its slow engine (0.6 MB/s instead of
    16-27 MB/s, bench/RESULTS.md section 6), without changing a single count."""
    from lqs_clinical.notes.patterns import _ALTERNATION, _ALTERNATION_CHARS, _blocks, _plan, _test, notes_with_hits

    rules = load_pattern_rules()
    assert len(rules.rules) > _ALTERNATION  # the shipped rules do need splitting
    sql = _test("t", [r.regex for r in rules.rules])
    rxs = [r.regex for r in rules.rules]
    idx = _blocks(rxs)
    assert sql.count("regexp_matches(") == len(idx) >= -(-len(rules.rules) // _ALTERNATION)
    # every rule once, in order; no alternation over the rule or character budget unless one rule alone
    assert [i for blk in idx for i in blk] == list(range(len(rxs)))
    assert all(len(blk) <= _ALTERNATION for blk in idx)
    assert all(len(blk) == 1 or sum(len(rxs[i]) for i in blk) <= _ALTERNATION_CHARS for blk in idx)
    # (round 37: twenty rules of 20k characters fell back to RE2's slow engine; a character budget splits them)
    assert _blocks(["a" * 7000, "b" * 7000, "c", "d" * 20_000, "e"]) == [[0], [1, 2], [3], [4]]
    # the probe's plan keeps one column per alternation (a_0, a_1, ...) instead of OR-ing them
    level = next(level for level in _plan(rules).levels if " AS a_0" in level)
    blocks = [[rxs[i] for i in blk] for blk in idx]
    assert level == "*, " + ", ".join(f"{_test('t', blk)} AS a_{b}" for b, blk in enumerate(blocks))
    assert all(_test("t", blk).count("regexp_matches(") == 1 for blk in blocks)
    con = duckdb.connect()
    con.register("notes", pa.table({"k": ["1", "2"], "text": ["Call 617-555-1234 today.", "No identifiers ___."]}))
    assert [k for k, _ in notes_with_hits(con, "notes", "text", "k", rules)] == ["1"]
