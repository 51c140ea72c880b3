"""The "|" table-column grammar both rule loaders share, and its one shape check."""

from __future__ import annotations

import re

import pytest

from lqs_clinical.errors import UserError
from lqs_clinical.notes.cues import load_cue_rules
from lqs_clinical.notes.rules import load_pattern_rules
from lqs_clinical.notes.table_regex import table_column_of

TABLE = ("| Recipient | Sent | Fax | Pages |\n"
         "|---|---|---|---|\n"
         "| ___ | ___ | 601-233-9023 | 3 |\n")


def test_the_value_under_its_header_is_the_capture_group():
    rx = re.compile(table_column_of({"header": "Fax", "value": r"\d{3}-\d{3}-\d{4}"}, "here"))
    assert [m.group(m.lastindex) for m in rx.finditer(TABLE)] == ["601-233-9023"]
    # a header in another column reads no cell of this shape
    assert not re.search(table_column_of({"header": "Pages", "value": r"\d{3}-\d{3}-\d{4}"}, "here"), TABLE)


def test_without_a_separator_the_first_column_is_a_key_value_table():
    """A two-row table may lack the separator row, but a header in its first column then reads nothing: that is a
    key-value table's label column (corpus 55's "| Employer | ___ |" over "| Employer FEIN | ___ |", round 34)."""
    org = re.compile(table_column_of({"header": "Employer", "value": r"[A-Z][\w ]+"}, "here"))
    assert not org.search("| Occupation | millwright |\n| Employer | ___ |\n| Employer FEIN | ___ |\n")
    assert not org.search("| Employer | Fenwick Bottling Company |\n| Employer FEIN | ___ |\n")
    fax = re.compile(table_column_of({"header": "Fax", "value": r"[\d-]+"}, "here"))
    assert fax.search("| Recipient | Fax |\n| ___ | 601-233-9023 |\n").group(2) == "601-233-9023"
    assert not fax.search("| Fax | Pages |\n| 601-233-9023 | 3 |\n")
    assert fax.search("| Fax | Pages |\n|---|---|\n| 601-233-9023 | 3 |\n").group(1) == "601-233-9023"


@pytest.mark.parametrize("spec", [{"header": "Fax"}, {"header": "Fax", "value": "x", "other": 1}, "Fax"])
def test_a_malformed_table_column_names_where(spec):
    with pytest.raises(UserError, match="^patterns.yaml: rule 'r': a table column needs exactly 'header' and 'value'$"):
        table_column_of(spec, "patterns.yaml: rule 'r'")


def test_both_loaders_reject_a_malformed_table_column(tmp_path):
    (tmp_path / "patterns.yaml").write_text(
        "mask_glue: '_'\nrecognizers:\n  - name: r\n    supported_entity: FAX\n"
        "    patterns:\n      - {name: p, table_column: {header: Fax}}\n")
    with pytest.raises(UserError, match=r"patterns\.yaml: rule 'p': a table column needs exactly"):
        load_pattern_rules(tmp_path)
    (tmp_path / "cues.yaml").write_text(
        "rules:\n  - {name: x, category: PERSON, table_column: {value: '[A-Z]\\w+'}}\n")
    load_cue_rules.cache_clear()
    with pytest.raises(UserError, match=r"cues\.yaml.*a table column needs exactly"):
        load_cue_rules(tmp_path)
    load_cue_rules.cache_clear()
