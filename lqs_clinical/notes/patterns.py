"""Pattern tier: identifier patterns over every note, vectorised inside DuckDB (RE2, native code).

One aggregate query per note table: DuckDB streams the text column through ``regexp_extract_all``
for each rule (no Python per note) and returns per-note-type sums only. Hit *locations* are needed
only for the local review file; then a second query returns the keys of notes with a hit and Python
locates the spans in those notes alone (they are few), using the same rules and the same masking.

Speed (bench/notes_patterns.py; tests/test_notes_patterns_fast.py checks every count against one
RE2 pass per rule over every note, with the shipped rules and with rule shapes that take the
fallbacks):

- every note pays one ``regexp_replace`` (it folds mask-glued tokens and, as each glue match holds
  exactly one mask run, also gives the mask count), one RE2 pass for the alternation of all rules,
  a word count, and an over-masking pre-test that starts with a literal ``___`` (RE2 then jumps
  from mask to mask instead of stepping its DFA through every byte);
- a note that matches the alternation (in real MIMIC text almost none does) runs a rule only when
  the rule can match there: a rule whose every match holds one of a few rare literals ("fax", "@",
  "www.") is skipped when the lower-cased note holds none of them; the other rules are pre-tested
  five at a time by their alternation; a category's shadow rules run only when it has a hit;
- DuckDB parallelises a scan by Parquet row group, and a note table converted in one piece is one
  row group: the rows are split into one hash partition per thread (UNION ALL branches run in
  parallel), so every core works whatever the file layout.
"""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

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


# ------------------------------------------------------------ required literals (rule pre-filters)

_MAX_SET = 64  # largest finite string set tracked per regex node
_MAX_LEN = 32
_MAX_GATE = 4  # a rule with more alternative literals than this gets no literal pre-filter...
_MIN_SCORE = 3.5  # ...nor one whose weakest literal is in most notes ("soc" is in "associated")
_GROUP = 5  # rules without a literal pre-filter are pre-tested in alternations of this many
_ALTERNATION = 20  # rules per RE2 alternation in a "does any rule match" test (see _test)
# ... and at most this many characters of regex per alternation: twenty long rules (the table-column rules are 1-2k
# characters each) outgrow RE2's DFA budget where twenty short ones do not (round 37: one such alternation went from
# 0.11 s to 5.0 s over 22 MB of notes when two short rules were added to it, and the whole pattern tier 2.8 s to 9 s)
_ALTERNATION_CHARS = 12_000
# letter weights by English frequency (a literal of common letters is a substring of many words);
# any other sign ("@", "+") weighs 4
_WEIGHT = {**dict.fromkeys("etaoinshr ", 0.5), **dict.fromkeys("dlcumwfgypb", 1.0),
           **dict.fromkeys("vkxjqz", 2.0), **dict.fromkeys("0123456789", 1.2),
           **dict.fromkeys(".,-/:;()'\"", 0.5), "#": 1.0}
# RE2 reads [[:digit:]] as a class, Python's parser as "[[:digit:]" then "]": no analysis of those
_POSIX = re.compile(r"\[:\^?[a-z]+:\]")


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the node can match (lower-cased), when few
    req: frozenset[str] | None  # non-empty strings, one of which every match contains


def _score(lits: frozenset[str] | None) -> float:
    """Selectivity of a literal set: its weakest member's weight (rare signs such as "@" weigh 4)."""
    if not lits or len(lits) > _MAX_GATE:
        return 0.0
    return min(sum(_WEIGHT.get(ch, 4.0) for ch in s) for s in lits)


@lru_cache(maxsize=4096)
def _minimal(lits: frozenset[str]) -> frozenset[str]:
    """Drop a literal that contains another: a note holding it holds the shorter one too."""
    return frozenset(s for s in lits if not any(o != s and o in s for o in lits))


def _best(*sets: frozenset[str] | None) -> frozenset[str] | None:
    """The most selective of the candidate sets (None when no candidate requires anything)."""
    good = [_minimal(s) if len(s) <= 4 * _MAX_GATE else s for s in sets if s and "" not in s]
    return max(good, key=lambda s: (_score(s), -len(s)), default=None)


def _info(node, left: frozenset[str]) -> _Info:  # noqa: C901 - one branch per regex operator
    """What is known of the strings ``node`` matches; ``left`` (the exact strings just before it) is
    prefixed to a group's or branch's strings, as the parser factors out common prefixes
    ("ssn|soc" becomes "s(?:sn|oc)"). Other nodes ignore it; their caller prefixes them."""
    op, av = node
    if op is sre_c.LITERAL:
        return _Info(frozenset({chr(av).lower()}), None)
    if op is sre_c.AT:
        return _Info(frozenset({""}), None)
    if op is sre_c.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is sre_c.LITERAL:
                chars.add(chr(iav).lower())
            elif iop is sre_c.RANGE and iav[1] - iav[0] < 8:
                chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
            else:  # NEGATE, CATEGORY, wide ranges
                return _Info(None, None)
        return _Info(frozenset(chars) if 0 < len(chars) <= 4 else None, None)
    if op is sre_c.SUBPATTERN:
        return _seq(av[-1], left)
    if op is sre_c.BRANCH:
        infos = [_seq(alt, left) for alt in av[1]]
        exact = None
        if all(i.exact is not None for i in infos):
            u = frozenset().union(*(i.exact for i in infos))  # type: ignore[misc]
            exact = u if len(u) <= _MAX_SET else None
        reqs = [_best(i.req, i.exact) for i in infos]
        req = frozenset().union(*reqs) if all(r is not None for r in reqs) else None  # type: ignore[misc]
        return _Info(exact, req)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        inner = _seq(sub)
        if lo == 0:
            if hi == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None)
            return _Info(None, None)
        exact = None
        if lo == hi and inner.exact is not None:
            exact = frozenset({""})
            for _ in range(lo):
                exact = _product(exact, inner.exact)
                if exact is None:
                    break
        return _Info(exact, _best(inner.req, inner.exact))
    return _Info(None, None)  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, lookarounds...: no information


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    out = frozenset(x + y for x in a for y in b)
    return out if all(len(s) <= _MAX_LEN for s in out) else None


def _seq(items, left: frozenset[str] = frozenset({""})) -> _Info:
    """A concatenation: contiguous runs of finite nodes multiply out; the best set is required."""
    cands: list[frozenset[str] | None] = []
    cur = left
    whole = True
    for node in items:
        if node[0] in (sre_c.SUBPATTERN, sre_c.BRANCH):  # the group's strings already carry ``cur``
            info = _info(node, cur)
            cands.append(info.req)
            if info.exact is None:
                cur, whole = frozenset({""}), False
            else:
                cur = info.exact
            continue
        info = _info(node, frozenset({""}))
        cands.append(info.req)
        if info.exact is None:
            cands.append(cur)
            cur, whole = frozenset({""}), False
            continue
        nxt = _product(cur, info.exact)
        if nxt is None:
            cands.append(cur)
            nxt, whole = info.exact, False
        cur = nxt
    cands.append(cur)
    return _Info(cur if whole else None, _best(*cands))


@lru_cache(maxsize=256)
def required_literals(regex: str) -> tuple[str, ...] | None:
    """Lower-case strings, one of which is in every match of ``regex`` (case-insensitively), or None.

    Sound for ASCII text only: RE2's case folding also maps ``ſ`` to s and the Kelvin sign to k,
    so callers must not skip a rule on a non-ASCII note because of these literals.
    """
    if _POSIX.search(regex):
        return None
    try:
        parsed = sre_parse.parse(regex, re.ASCII)
    except re.error:
        return None
    info = _seq(list(parsed))
    best = _best(info.req, info.exact)
    if best is None or _score(best) < _MIN_SCORE:
        return None
    return tuple(sorted(best))


def _run_shape(mask: str, glue: str) -> str | None:
    """The mask character when ``mask`` is ``X{m,}`` and ``glue`` is ``A*X{m,}B*`` with X in neither
    class A nor B: then every glue match holds exactly one maximal run of X of length >= m (the
    classes cannot reach into a run, and greedy ``X{m,}`` takes all of it), so the mask count equals
    the number of glue replacements. None when the rules have another shape."""
    if _POSIX.search(mask) or _POSIX.search(glue):
        return None
    try:
        m = list(sre_parse.parse(mask))
        g = list(sre_parse.parse(glue))
    except re.error:
        return None
    if len(m) != 1 or len(g) != 3 or str(m[0]) != str(g[1]) or m[0][0] is not sre_c.MAX_REPEAT:
        return None
    lo, hi, sub = m[0][1]
    if lo < 1 or hi != sre_c.MAXREPEAT or len(sub) != 1 or sub[0][0] is not sre_c.LITERAL:
        return None
    x = sub[0][1]
    if chr(x).isalnum():
        return None
    for op, av in (g[0], g[2]):
        if op is not sre_c.MAX_REPEAT or av[0] != 0 or av[1] != sre_c.MAXREPEAT or len(av[2]) != 1:
            return None
        cop, items = av[2][0]
        if cop is not sre_c.IN:
            return None
        for iop, iav in items:
            if iop is sre_c.LITERAL and iav != x:
                continue
            if iop is sre_c.RANGE and not (iav[0] <= x <= iav[1]):
                continue
            return None
    return chr(x)


_LEAD = re.compile(r"(\(\?[aiLmsux]+\))?_\{(\d+),\}")


def _has_top_level_bar(rx: str) -> bool:
    """Whether ``rx`` is an alternation at its top level (outside groups, classes and escapes)."""
    depth, i, n = 0, 0, len(rx)
    while i < n:
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip a character class ("]" right after "[" or "[^" is a member)
            i += 2 if rx[i + 1:i + 2] == "^" else 1
            i += 1 if rx[i + 1:i + 2] == "]" else 0
            i += 1
            while i < n and rx[i] != "]":
                i += 2 if rx[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _om_pretest(over_masking: tuple[tuple[str, str], ...]) -> str:
    """One regex matching a note iff some over-masking rule does.

    When every rule reads ``FLAGS_{m,}REST`` (same flags, same m), the test is ``FLAGS___(?:REST|...)``:
    ``_{m,}REST`` matches somewhere exactly when m underscores followed by REST do, and a literal
    start lets RE2 skip to the next mask instead of stepping its DFA through every byte.
    """
    rxs = [rx for _, rx in over_masking]
    if not rxs:
        return "$^"
    plain = "|".join(f"(?:{rx})" for rx in rxs)
    heads = [_LEAD.match(rx) for rx in rxs]
    if any(h is None for h in heads) or len({(h.group(1), h.group(2)) for h in heads}) != 1:  # type: ignore[union-attr]
        return plain
    for rx, h in zip(rxs, heads, strict=True):  # REST must be one sequence: no top-level "|", no quantifier
        rest = rx[h.end():]  # type: ignore[union-attr]
        if not rest or rest[0] in "?*+{" or _has_top_level_bar(rest):
            return plain
    flags, m = heads[0].group(1) or "", int(heads[0].group(2))  # type: ignore[union-attr]
    if m < 1:
        return plain
    rests = "|".join(f"(?:{rx[h.end():]})" for rx, h in zip(rxs, heads, strict=True))  # type: ignore[union-attr]
    out = f"{flags}{'_' * m}(?:{rests})"
    try:
        re.compile(out, re.ASCII)
    except re.error:
        return plain
    return out


# ---------------------------------------------------------------------------------- SQL build

@dataclass(frozen=True)
class _Plan:
    levels: tuple[str, ...]  # SELECT lists, innermost first; each reads the previous level
    cats: tuple[str, ...]
    om: tuple[str, ...]


def _count(expr: str, rx: str) -> str:
    return f"len(regexp_extract_all({expr}, {sql_str(rx)}))"


def _blocks(rxs: list[str]) -> list[list[int]]:
    """Consecutive runs of rule indexes for one alternation each: at most ``_ALTERNATION`` rules and
    ``_ALTERNATION_CHARS`` characters of regex (a single longer rule is a block of its own)."""
    blocks: list[list[int]] = []
    size = 0
    for i, rx in enumerate(rxs):
        if not blocks or len(blocks[-1]) >= _ALTERNATION or size + len(rx) > _ALTERNATION_CHARS:
            blocks.append([])
            size = 0
        blocks[-1].append(i)
        size += len(rx)
    return blocks


def _test(expr: str, rxs: list[str]) -> str:
    """SQL for "one of ``rxs`` matches somewhere in ``expr``": one RE2 pass per alternation of at most
    ``_ALTERNATION`` rules and ``_ALTERNATION_CHARS`` characters (:func:`_blocks`), OR-ed.

    RE2 runs an alternation as one DFA while the DFA fits its memory budget; past that it falls back
    to a far slower engine. All ~120 rules in one alternation measured 5.8 s on 1.9 MB of notes, the
    same rules in alternations of 20 0.12 s (``bench/RESULTS.md``, section 6, round 3).
    ``regexp_matches`` stops at the first match; ``regexp_extract``/``_all`` cost 1.5-2x per byte on
    a matching note for the big alternations (they locate the match start)."""
    if not rxs:
        return "false"
    tests = [f"regexp_matches({expr}, {sql_str(rx)})" for rx in _alternations(rxs)]
    return tests[0] if len(tests) == 1 else "(" + " OR ".join(tests) + ")"


_GLOBAL_FLAGS = re.compile(r"\(\?([imsx]+)\)")


def _alternations(rxs: list[str]) -> list[str]:
    """``rxs`` as one regex per :func:`_blocks` block (a lone rule as written). A rule's leading
    ``(?i)`` becomes ``(?i:...)``: RE2 reads either inside a group, Python's ``re`` only the second."""
    out = []
    for blk in _blocks(rxs):
        grp = [rxs[i] for i in blk]
        if len(grp) == 1:
            out.append(grp[0])
            continue
        scoped = []
        for x in grp:
            m = _GLOBAL_FLAGS.match(x)
            scoped.append(f"(?{m.group(1)}:{x[m.end():]})" if m else f"(?:{x})")
        out.append("|".join(scoped))
    return out


# What a claimed match becomes in the text a catch-all rule reads: a mask with a blank on each side, so
# that a claim that ends with its line break ("zip=97650\n") leaves the next line's first word a word
# ("Reservation", not "___Reservation", where no ``\b`` is left before the label)
CLAIM_MASK = " ___ "


def _claimed(expr: str, regexes: list[str]) -> str:
    """SQL for ``expr`` with every match of ``regexes`` masked (:data:`CLAIM_MASK`), block by block in file
    order. With every rule, shadow and ruling on a deferred reading (``claim_regexes``): the text a deferred pattern
    reads; then with the not-identifiers' and deferred patterns' matches (``catch_claim_regexes``), the text a
    catch-all rule reads (Python:
    :meth:`Locator._deferred_and_catch_all`)."""
    for rx in _alternations(regexes):
        expr = f"regexp_replace({expr}, {sql_str(rx)}, {sql_str(CLAIM_MASK)}, 'g')"
    return expr


def _gate(lits: tuple[str, ...] | None) -> str | None:
    """SQL condition "the note may hold a match": one of ``lits`` is in the lower-cased note ``lt``,
    or ``lt`` is NULL (a non-ASCII note, where RE2's case folding reaches beyond ASCII)."""
    if lits is None:
        return None
    return "(lt IS NULL OR " + " OR ".join(f"contains(lt, {sql_str(s)})" for s in lits) + ")"


@lru_cache(maxsize=8)
def _plan(rules: PatternRules) -> _Plan:
    """Per-note SELECT levels: hit counts per category (after shadows), over-masking counts, words, masks."""
    glue = sql_str(rules.mask_glue)
    levels = []
    # masked text t and the mask count; words; over-masking pre-test
    if _run_shape(rules.mask, rules.mask_glue) is not None:
        # glue matches become chr(1): counting those gives the masks, replacing them gives t; a note
        # that holds chr(1) itself takes the plain path
        tm = f"regexp_replace(r, {glue}, chr(1), 'g')"
        l1_mask = (f"CASE WHEN contains(r, chr(1)) THEN regexp_replace(r, {glue}, '___', 'g') "
                   f"ELSE {tm} END AS tm, contains(r, chr(1)) AS has1")
        t_expr = "CASE WHEN has1 THEN tm ELSE replace(tm, chr(1), '___') END"
        n_masks = f"CASE WHEN has1 THEN {_count('r', rules.mask)} ELSE strlen(tm) - strlen(replace(tm, chr(1), '')) END"
    else:
        l1_mask = f"regexp_replace(r, {glue}, '___', 'g') AS tm, false AS has1"
        t_expr = "tm"
        n_masks = _count("r", rules.mask)
    blanks = "replace(replace(replace(r, chr(10), ' '), chr(13), ' '), chr(9), ' ')"
    n_words = f"len(list_filter(string_split({blanks}, ' '), lambda w: w <> ''))"
    levels.append(f"nt, r, length(r) AS n_chars, strlen(r) AS n_bytes, {l1_mask}, {n_words} AS n_words, "
                  f"{_test('r', [_om_pretest(rules.over_masking)])} AS om_any")
    levels.append(f"nt, r, n_chars, n_bytes, om_any, n_words, {n_masks} AS n_masks, {t_expr} AS t")
    # "does any rule match": one column per alternation (_blocks: a_0, a_1, ...), kept apart
    # so that the finer pre-tests below run only under the alternation that matched
    blocks = _blocks([r.regex for r in rules.rules])
    block_of = {i: b for b, blk in enumerate(blocks) for i in blk}
    a_cols = [f"{_test('t', [rules.rules[i].regex for i in blk])} AS a_{b}" for b, blk in enumerate(blocks)]
    hit_any = " OR ".join(f"a_{b}" for b in range(len(blocks))) or "false"
    levels.append(", ".join(["*", *a_cols]))
    # rule pre-filters, under the alternation that matched: literal gates on the lower-cased note (ASCII
    # notes only), alternations of _GROUP rules for the rules without a useful literal (a matching
    # note typically matches 0-2 of those groups, so testing only the groups of its matched
    # alternations skips most group passes)
    gates = [_gate(required_literals(r.regex)) for r in rules.rules]
    cond = {i: f"a_{block_of[i]} AND {g}" for i, g in enumerate(gates) if g is not None}
    ug_cols = []
    for b, blk in enumerate(blocks):
        ungated = [i for i in blk if gates[i] is None]
        for grp in (ungated[k:k + _GROUP] for k in range(0, len(ungated), _GROUP)):
            k = len(ug_cols)
            ug_cols.append(f"CASE WHEN a_{b} THEN {_test('t', [rules.rules[i].regex for i in grp])} "
                           f"ELSE false END AS ug_{k}")
            cond.update({i: f"ug_{k}" for i in grp})
    # deferred patterns and catch-all rules: tested on t (masking claimed text only removes matches),
    # counted on td (the rules', shadows' and rulings' matches masked) and tc (td with the not-identifiers' and
    # deferred patterns' matches masked too)
    deferred = [r.regex for r in rules.deferred]
    catch = deferred + [r.regex for r in rules.catch_all]
    levels.append(", ".join([f"*, CASE WHEN ({hit_any}) AND n_bytes = n_chars THEN lower(t) END AS lt",
                             f"{_test('t', catch)} AS k_any", *ug_cols]))
    rule_cols = []
    for i, r in enumerate(rules.rules):
        rule_cols.append(f"CASE WHEN {cond[i]} THEN {_count('t', r.regex)} ELSE 0 END AS {ident(f'r_{i}')}")
    om = []
    for i, (_name, rx) in enumerate(rules.over_masking):
        rule_cols.append(f"CASE WHEN om_any THEN {_count('r', rx)} ELSE 0 END AS {ident(f'o_{i}')}")
        om.append(f"o_{i}")
    td = f"CASE WHEN k_any THEN {_claimed('t', rules.claim_regexes())} END AS td" if catch else "NULL AS td"
    levels.append(f"nt, n_chars, n_words, n_masks, t, lt, k_any, {td}, " + ", ".join(rule_cols))
    if rules.catch_all and rules.catch_claim_regexes():
        levels.append(f"*, CASE WHEN k_any THEN {_claimed('td', rules.catch_claim_regexes())} END AS tc")
    else:
        levels.append("*, td AS tc")
    cat_cols = []
    cats = []
    for cat in PATTERN_CATEGORIES:
        plus = [ident(f"r_{i}") for i, r in enumerate(rules.rules) if r.category == cat]
        extra = [f"CASE WHEN k_any THEN {_count(col, r.regex)} ELSE 0 END"
                 for col, group in (("td", rules.deferred), ("tc", rules.catch_all))
                 for r in group if r.category == cat]
        if not plus and not extra:
            continue
        if not plus:
            cat_cols.append(f"{' + '.join(extra)} AS {ident('c_' + cat)}")
            cats.append(cat)
            continue
        expr = " + ".join(plus)
        minus = []
        for s in rules.shadows:
            if s.category != cat:
                continue
            g = _gate(required_literals(s.regex))
            minus.append(f"CASE WHEN {g} THEN {_count('t', s.regex)} ELSE 0 END" if g else _count("t", s.regex))
        if minus:
            expr = f"CASE WHEN ({expr}) > 0 THEN greatest(0, ({expr}) - ({' + '.join(minus)})) ELSE 0 END"
        if extra:
            expr = f"{expr} + {' + '.join(extra)}"
        cat_cols.append(f"{expr} AS {ident('c_' + cat)}")
        cats.append(cat)
    levels.append("nt, n_chars, n_words, n_masks, " + ", ".join(cat_cols + [ident(o) for o in om]))
    return _Plan(tuple(levels), tuple(cats), tuple(om))


def _partitions(con: duckdb.DuckDBPyConnection) -> int:
    """One partition per DuckDB thread (at most 8: each partition re-reads the text column)."""
    try:
        n = int(con.execute("SELECT current_setting('threads')").fetchone()[0])  # type: ignore[index]
    except (duckdb.Error, TypeError, ValueError):
        return 1
    return max(1, min(n, 8))


def scan_table(con: duckdb.DuckDBPyConnection, table: str, text_col: str, type_col: str | None,
               rules: PatternRules) -> PatternCounts:
    """Run every pattern rule over every note of ``table`` in one streaming aggregate query."""
    nt = ident(type_col) if type_col else "NULL::VARCHAR"
    text = ident(text_col)
    base = f"SELECT {nt} AS nt, coalesce({text}, '') AS r FROM {ident(table)}"
    parts = _partitions(con)
    if parts > 1:  # one branch per thread: UNION ALL branches run in parallel even over one row group
        src = " UNION ALL ".join(f"{base} WHERE hash(strlen(coalesce({text}, ''))) % {parts} = {i}"
                                 for i in range(parts))
    else:
        src = base
    plan = _plan(rules)
    q = f"({src})"
    for level in plan.levels:
        q = f"(SELECT {level} FROM {q})"
    aggs = ["count(*)", "sum(n_chars)", "sum(n_words)", "sum(n_masks)"]
    for c in plan.cats:
        aggs += [f"sum({ident('c_' + c)})", f"count_if({ident('c_' + c)} > 0)"]
    aggs += [f"sum({o})" for o in plan.om]
    res = con.execute(f"SELECT nt, {', '.join(aggs)} FROM {q} GROUP BY nt ORDER BY nt NULLS FIRST").fetchall()
    out = PatternCounts({}, {}, {}, {}, {}, {}, {})
    cats, om = plan.cats, plan.om
    for row in res:
        key = row[0]
        out.notes[key] = int(row[1])
        out.chars[key] = int(row[2] or 0)
        out.words[key] = int(row[3] or 0)
        out.masks[key] = int(row[4] or 0)
        out.hits[key] = {c: int(row[5 + 2 * i] or 0) for i, c in enumerate(cats)}
        out.affected[key] = {c: int(row[6 + 2 * i] or 0) for i, c in enumerate(cats)}
        base_i = 5 + 2 * len(cats)
        out.over_masking[key] = {rules.over_masking[i][0]: int(row[base_i + i] or 0) for i in range(len(om))}
    return out


def notes_with_hits(con: duckdb.DuckDBPyConnection, table: str, text_col: str, key_col: str,
                    rules: PatternRules, chunk: int = 2000) -> Iterator[tuple[str, str]]:
    """Yield (note key, text) of notes with at least one pattern hit, streamed in chunks."""
    masked = f"regexp_replace(coalesce({ident(text_col)}, ''), {sql_str(rules.mask_glue)}, '___', 'g')"
    q = (f"SELECT CAST({ident(key_col)} AS VARCHAR), {ident(text_col)} FROM {ident(table)} "
         f"WHERE {_test(masked, [r.regex for r in rules.rules + rules.deferred + rules.catch_all])}")
    cur = con.execute(q)
    while True:
        rows = cur.fetchmany(chunk)
        if not rows:
            break
        yield from rows


# ---------------------------------------------------------------- Python side (hit notes only)

def re2_dollar(rx: str) -> str:
    """``rx`` with each ``$`` anchor (outside classes and escapes) written ``\\Z``.

    Without the multi-line flag RE2 (DuckDB) reads ``$`` as the very end of the text; Python's
    ``re`` also matches it just before a final newline, so a rule ending in ``[ \\t]*$`` would find
    one more hit in a note that ends with a line break. ``\\Z`` is RE2's ``$`` in Python. (A rule
    that means "end of line" says so: ``(?:\\r?\\n|$)``.)"""
    out: list[str] = []
    i, n = 0, len(rx)
    while i < n:
        c = rx[i]
        if c == "\\":
            out.append(rx[i:i + 2])
            i += 2
            continue
        if c == "[":  # copy a character class whole ("]" right after "[" or "[^" is a member)
            j = i + (2 if rx[i + 1:i + 2] == "^" else 1)
            j += 1 if rx[j:j + 1] == "]" else 0
            while j < n and rx[j] != "]":
                j += 2 if rx[j] == "\\" else 1
            out.append(rx[i:j + 1])
            i = j + 1
            continue
        out.append("\\Z" if c == "$" else c)
        i += 1
    return "".join(out)


class Locator:
    """Locate pattern hits in one note with Python ``re``; same rules and masking as the SQL tier
    (``$`` compiled as RE2 reads it: see :func:`re2_dollar`)."""

    def __init__(self, rules: PatternRules) -> None:
        self.glue = re.compile(re2_dollar(rules.mask_glue), re.ASCII)
        self.rules = [(r.category, re.compile(re2_dollar(r.regex), re.ASCII)) for r in rules.rules]
        self.shadows = [(s.category, re.compile(re2_dollar(s.regex), re.ASCII)) for s in rules.shadows]
        self.deferred = [(r.category, re.compile(re2_dollar(r.regex), re.ASCII)) for r in rules.deferred]
        self.catch = [(r.category, re.compile(re2_dollar(r.regex), re.ASCII)) for r in rules.catch_all]
        self.claims = ([re.compile(re2_dollar(rx), re.ASCII) for rx in _alternations(rules.claim_regexes())]
                       if self.deferred or self.catch else [])
        self.catch_claims = ([re.compile(re2_dollar(rx), re.ASCII)
                              for rx in _alternations(rules.catch_claim_regexes())] if self.catch else [])

    def _fold(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """Fold mask-glued tokens to ``___``; return folded text and (folded_pos, delta) breakpoints."""
        return self._mask(text, self.glue)

    @staticmethod
    def _mask(text: str, rx: re.Pattern, mask: str = "___") -> tuple[str, list[tuple[int, int]]]:
        """Each match of ``rx`` written ``mask`` (as RE2's global replace does); the new text and its
        (new_pos, delta) breakpoints for :meth:`_orig`."""
        parts: list[str] = []
        marks: list[tuple[int, int]] = []
        last = 0
        delta = 0
        flen = 0
        for m in rx.finditer(text):
            parts.append(text[last:m.start()])
            flen += m.start() - last
            parts.append(mask)
            flen += len(mask)
            delta += (m.end() - m.start()) - len(mask)
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
        hits += [(self._orig(s, marks), self._orig(e, marks), cat)
                 for s, e, cat in self._deferred_and_catch_all(folded)]
        hits.sort()
        return hits

    def _deferred_and_catch_all(self, folded: str) -> list[tuple[int, int, str]]:
        """Deferred and catch-all hits in ``folded`` (folded positions): the deferred patterns' matches in
        the text the rules', shadows' and rulings' claims leave (the SQL tier's ``td``), the catch-all's in
        the text the not-identifiers' and deferred patterns' claims leave too (``tc``), mapped back through
        each masking step."""
        if not any(rx.search(folded) for _, rx in self.deferred + self.catch):
            return []
        text, steps = folded, []
        for rx in self.claims:
            text, marks = self._mask(text, rx, CLAIM_MASK)
            steps.append(marks)
        out = self._found(text, self.deferred, steps)
        if self.catch:
            for rx in self.catch_claims:
                text, marks = self._mask(text, rx, CLAIM_MASK)
                steps.append(marks)
            out += self._found(text, self.catch, steps)
        return out

    def _found(self, text: str, rules: list[tuple[str, re.Pattern]],
               steps: list[list[tuple[int, int]]]) -> list[tuple[int, int, str]]:
        out = []
        for cat, rx in rules:
            for m in rx.finditer(text):
                s, e = self._span(m)
                for marks in reversed(steps):
                    s, e = self._orig(s, marks), self._orig(e, marks)
                out.append((s, e, cat))
        return out
