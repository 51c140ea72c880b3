"""Pattern tier: identifier patterns over every note, vectorised inside DuckDB (RE2, native code).

One aggregate query per note table: DuckDB streams the text column through ``regexp_extract_all``
for each rule (no Python per note) and returns per-note-type sums only. Hit *locations* are needed
only for the local review file; then a second query returns the keys of notes with a hit and Python
locates the spans in those notes alone (they are few), using the same rules and the same masking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb

from lqs_clinical.notes.rules import PATTERN_CATEGORIES, PatternRules


def sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class PatternCounts:
    """Aggregates for one note table, per note type (``None`` key when the table has no type column)."""

    notes: dict[str | None, int]
    chars: dict[str | None, int]
    words: dict[str | None, int]
    masks: dict[str | None, int]
    hits: dict[str | None, dict[str, int]]
    affected: dict[str | None, dict[str, int]]
    over_masking: dict[str | None, dict[str, int]]


def _count(expr: str, rx: str) -> str:
    return f"len(regexp_extract_all({expr}, {sql_str(rx)}))"


def _per_note_select(rules: PatternRules, text_col: str) -> tuple[str, list[str], list[str]]:
    """SELECT list computing, per note, hit counts per category (after shadows) and signals.

    Speed: every rule is one RE2 pass, so the per-rule counts run only for notes that match the
    alternation of all rules (one pass; in real MIMIC text almost no note does), and likewise the
    over-masking rules behind one combined pre-test. Word counts split on blanks (no regex).
    """
    t_raw = ident(text_col)
    masked = f"regexp_replace(coalesce({t_raw}, ''), {sql_str(rules.mask_glue)}, '___', 'g')"
    any_rx = "|".join(f"(?:{r.regex})" for r in rules.rules)
    om_rx = "|".join(f"(?:{rx})" for _, rx in rules.over_masking) or "$^"
    cols = []
    cats = []
    for cat in PATTERN_CATEGORIES:
        plus = [_count("t", r.regex) for r in rules.rules if r.category == cat]
        minus = [_count("t", s.regex) for s in rules.shadows if s.category == cat]
        if not plus:
            continue
        expr = " + ".join(plus)
        if minus:
            expr = f"greatest(0, ({expr}) - ({' + '.join(minus)}))"
        cols.append(f"CASE WHEN hit_any THEN {expr} ELSE 0 END AS {ident('c_' + cat)}")
        cats.append(cat)
    om = []
    for i, (_name, rx) in enumerate(rules.over_masking):
        cols.append(f"CASE WHEN om_any THEN {_count('r', rx)} ELSE 0 END AS {ident(f'o_{i}')}")
        om.append(f"o_{i}")
    blanks = "replace(replace(replace(r, chr(10), ' '), chr(13), ' '), chr(9), ' ')"
    cols += [
        f"{_count('r', rules.mask)} AS n_masks",
        f"len(list_filter(string_split({blanks}, ' '), lambda w: w <> '')) AS n_words",
        "length(r) AS n_chars",
    ]
    inner = (
        f"SELECT nt, {', '.join(cols)} FROM (SELECT nt, t, r, regexp_matches(t, {sql_str(any_rx)}) AS hit_any, "
        f"regexp_matches(r, {sql_str(om_rx)}) AS om_any FROM "
        f"(SELECT nt, {masked} AS t, coalesce({t_raw}, '') AS r FROM src))"
    )
    return inner, cats, om


def scan_table(con: duckdb.DuckDBPyConnection, table: str, text_col: str, type_col: str | None,
               rules: PatternRules) -> PatternCounts:
    """Run every pattern rule over every note of ``table`` in one streaming aggregate query."""
    nt = ident(type_col) if type_col else "NULL::VARCHAR"
    src = f"WITH src AS (SELECT {nt} AS nt, {ident(text_col)} FROM {ident(table)})"
    inner, cats, om = _per_note_select(rules, text_col)
    aggs = ["count(*)", "sum(n_chars)", "sum(n_words)", "sum(n_masks)"]
    for c in cats:
        aggs += [f"sum({ident('c_' + c)})", f"count_if({ident('c_' + c)} > 0)"]
    aggs += [f"sum({o})" for o in om]
    q = f"{src} SELECT nt, {', '.join(aggs)} FROM ({inner}) GROUP BY nt ORDER BY nt NULLS FIRST"
    res = con.execute(q).fetchall()
    out = PatternCounts({}, {}, {}, {}, {}, {}, {})
    for row in res:
        key = row[0]
        out.notes[key] = int(row[1])
        out.chars[key] = int(row[2] or 0)
        out.words[key] = int(row[3] or 0)
        out.masks[key] = int(row[4] or 0)
        out.hits[key] = {c: int(row[5 + 2 * i] or 0) for i, c in enumerate(cats)}
        out.affected[key] = {c: int(row[6 + 2 * i] or 0) for i, c in enumerate(cats)}
        base = 5 + 2 * len(cats)
        out.over_masking[key] = {rules.over_masking[i][0]: int(row[base + i] or 0) for i in range(len(om))}
    return out


def notes_with_hits(con: duckdb.DuckDBPyConnection, table: str, text_col: str, key_col: str,
                    rules: PatternRules, chunk: int = 2000) -> Iterator[tuple[str, str]]:
    """Yield (note key, text) of notes with at least one pattern hit, streamed in chunks."""
    any_rx = "|".join(f"(?:{r.regex})" for r in rules.rules)
    masked = f"regexp_replace(coalesce({ident(text_col)}, ''), {sql_str(rules.mask_glue)}, '___', 'g')"
    q = (f"SELECT CAST({ident(key_col)} AS VARCHAR), {ident(text_col)} FROM {ident(table)} "
         f"WHERE regexp_matches({masked}, {sql_str(any_rx)})")
    cur = con.execute(q)
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            break
        yield from rows


# ---------------------------------------------------------------- Python side (hit notes only)

class Locator:
    """Locate pattern hits in one note with Python ``re``; same rules and masking as the SQL tier."""

    def __init__(self, rules: PatternRules) -> None:
        self.glue = re.compile(rules.mask_glue, re.ASCII)
        self.rules = [(r.category, re.compile(r.regex, re.ASCII)) for r in rules.rules]
        self.shadows = [(s.category, re.compile(s.regex, re.ASCII)) for s in rules.shadows]

    def _fold(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """Fold mask-glued tokens to ``___``; return folded text and (folded_pos, delta) breakpoints."""
        parts: list[str] = []
        marks: list[tuple[int, int]] = []
        last = 0
        delta = 0
        flen = 0
        for m in self.glue.finditer(text):
            parts.append(text[last:m.start()])
            flen += m.start() - last
            parts.append("___")
            flen += 3
            delta += (m.end() - m.start()) - 3
            marks.append((flen, delta))
            last = m.end()
        parts.append(text[last:])
        return "".join(parts), marks

    @staticmethod
    def _orig(pos: int, marks: list[tuple[int, int]]) -> int:
        d = 0
        for fpos, delta in marks:
            if fpos <= pos:
                d = delta
            else:
                break
        return pos + d

    @staticmethod
    def _span(m: re.Match) -> tuple[int, int]:
        for g in range(1, (m.re.groups or 0) + 1):
            if m.start(g) >= 0:
                return m.start(g), m.end(g)
        return m.start(), m.end()

    def locate(self, text: str | None) -> list[tuple[int, int, str]]:
        if not text:
            return []
        folded, marks = self._fold(text)
        shadowed: dict[str, set[tuple[int, int]]] = {}
        for cat, rx in self.shadows:
            shadowed.setdefault(cat, set()).update(self._span(m) for m in rx.finditer(folded))
        hits = []
        for cat, rx in self.rules:
            for m in rx.finditer(folded):
                s, e = self._span(m)
                if (s, e) in shadowed.get(cat, ()):
                    shadowed[cat].discard((s, e))
                    continue
                hits.append((self._orig(s, marks), self._orig(e, marks), cat))
        hits.sort()
        return hits
