"""The regex of a "|" table's column, shared by the pattern tier's and the NER tier's table rules.

A header cell that names a category ("| Recipient | Fax | Pages |") makes the cell below it, in the same column, an
identifier of that category ("| ___ | 601-233-9023 | 3 |"). Regular expressions cannot count columns, so each rule
needs one branch per column it reads; writing those branches by hand in every rule (ten pattern rules, two cue rules
in round 32) repeated the table grammar twelve times and let the copies drift. The grammar lives here once; a rule
file gives only the header and the value's shape (``table_column: {header: ..., value: ...}``).

The regex is RE2-compatible (the pattern tier runs it in DuckDB): no lookaround, "^" only under a scoped ``m`` flag.
"""

from __future__ import annotations

from lqs_clinical.errors import UserError

# the header may be any of a table's first four cells
COLUMNS = 4
# the rest of the header row, the separator row ("|---|:--:|") and up to six data rows before the one read: one hit per
# table and rule, at the first data row whose cell has the shape. A two-row table may have no separator, but only when
# its header is not in the first column: a key-value table ("| Employer | ___ |" above "| Employer FEIN | ___ |") has
# its labels there, and without a separator its rows would read as a header over data (round 34).
_SEPARATED = r"[ \t]*\|[^\n]*\r?\n[ \t]*\|[ \t]*:?-{3,}[-:| \t]*(?:\r?\n[ \t]*\|[^\n]*){0,6}?"
_BODY = rf"(?:{_SEPARATED}|[ \t]*\|[^\n]*)"


def _cells(k: int) -> str:
    """The k cells before the one read (a cell is anything but "|" and a line break, then "|")."""
    return "" if k == 0 else r"[^|\n]*\|" if k == 1 else rf"(?:[^|\n]*\|){{{k}}}"


def table_column_regex(header: str, value: str) -> str:
    """One branch per column: the header cell (the whole cell) in column k of a row, the value (the whole cell, the
    regex's capture group) in column k of a data row below. ``header`` and ``value`` may use the rule file's
    fragments; the caller expands them."""
    return "|".join(
        rf"(?m:^)[ \t]*\|{_cells(k)}[ \t]*{header}{_BODY if k else _SEPARATED}"
        rf"\r?\n[ \t]*\|{_cells(k)}[ \t]*({value})[ \t]*\|"
        for k in range(COLUMNS))


def table_column_of(spec: object, where: str) -> str:
    """A rule file's ``table_column: {header, value}`` written out; ``where`` names the file and rule for the error.
    Both the pattern tier's loader and the cue loader read this key, so its shape is checked here once."""
    if not isinstance(spec, dict) or set(spec) != {"header", "value"}:
        raise UserError(f"{where}: a table column needs exactly 'header' and 'value'")
    return table_column_regex(str(spec["header"]), str(spec["value"]))
