"""Dataset profiles: the YAML that says what a dataset release should look like.

A *release profile* (``profiles/<name>.yaml``) names its modules (``profiles/modules/*.yaml``:
tables, columns, keys, links, unit pairs, rules) and adds what differs per release (expected row
counts). Nothing dataset-specific lives in Python: a new dataset is a new YAML. Every section is
validated with pydantic on load (``extra="forbid"``), so a typo in a key is an error that names
the file and the key path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from lqs_clinical import yamlio
from lqs_clinical.errors import UserError
from lqs_clinical.resources import data_path

_TYPE_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 ]*?(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?)\s*(NOT NULL)?\s*$")

# Profile types are SQL spellings; the base types below are what DuckDB reads them as.
_BASE_TYPES = {
    "INTEGER": "INTEGER", "INT": "INTEGER", "SMALLINT": "SMALLINT", "BIGINT": "BIGINT",
    "REAL": "DOUBLE", "FLOAT": "DOUBLE", "DOUBLE PRECISION": "DOUBLE", "DOUBLE": "DOUBLE",
    "NUMERIC": "DOUBLE", "DECIMAL": "DOUBLE",
    "VARCHAR": "VARCHAR", "CHAR": "VARCHAR", "TEXT": "VARCHAR",
    "TIMESTAMP": "TIMESTAMP", "DATE": "DATE", "BOOLEAN": "BOOLEAN",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Column(_Strict):
    name: str
    sql_type: str  # as written in the DDL, e.g. VARCHAR(25)
    not_null: bool = False

    @property
    def base_type(self) -> str:
        """DuckDB type the column is read as (length and precision dropped)."""
        head = self.sql_type.split("(")[0].strip().upper()
        return _BASE_TYPES[head]

    @property
    def is_text(self) -> bool:
        return self.base_type == "VARCHAR"


class Table(_Strict):
    """One table. ``columns`` maps name → "TYPE [NOT NULL]" in the file's column order."""

    name: str = ""
    module: str = ""
    columns: list[Column]
    primary_key: list[str] | None = None
    # Columns whose values identify a row or a person: never exported, used by the guard.
    identifiers: list[str] = Field(default_factory=list)
    # Free-text columns: values never exported; the notes probe may scan them.
    free_text: list[str] = Field(default_factory=list)
    # Public dictionary table (d_items, d_labitems, ICD…): its labels may appear in the bundle.
    dictionary: bool = False
    description: str = ""

    @field_validator("columns", mode="before")
    @classmethod
    def _parse_columns(cls, value: object) -> object:
        if isinstance(value, dict):
            parsed = []
            for name, spec in value.items():
                match = _TYPE_RE.match(str(spec))
                if not match:
                    raise ValueError(f"column {name!r}: type {spec!r} is not 'TYPE' or 'TYPE NOT NULL'")
                head = match.group(1).split("(")[0].strip().upper()
                if head not in _BASE_TYPES:
                    raise ValueError(f"column {name!r}: unknown type {match.group(1)!r}")
                parsed.append({"name": str(name).lower(), "sql_type": match.group(1).upper(),
                               "not_null": bool(match.group(2))})
            return parsed
        return value

    @model_validator(mode="after")
    def _check_names(self) -> Table:
        names = {c.name for c in self.columns}
        for field in ("primary_key", "identifiers", "free_text"):
            for col in getattr(self, field) or []:
                if col not in names:
                    raise ValueError(f"{field}: column {col!r} is not a column of this table")
        return self

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name.lower():
                return col
        return None


class ForeignKey(_Strict):
    """child.columns → parent.parent_columns. ``declared`` False marks a soft (undeclared) link."""

    child: str
    columns: list[str]
    parent: str
    parent_columns: list[str]
    declared: bool = True
    note: str = ""

    @property
    def id(self) -> str:
        return f"{self.child}.{'+'.join(self.columns)}->{self.parent}.{'+'.join(self.parent_columns)}"


class UnitDictionary(_Strict):
    """Where an item's public label and declared unit live (e.g. d_items.label / unitname)."""

    table: str
    key: str
    label: str
    unit: str | None = None  # dictionary column holding the declared unit, if any
    param_type: str | None = None  # dictionary column holding the value type, if any


class ValueUnit(_Strict):
    """A value column (or several) that should carry a unit in ``unit``."""

    table: str
    values: list[str]  # value columns; a row "has a value" when any is non-NULL and non-empty
    numeric: str | None = None  # the numeric value column, to split numeric vs text values
    unit: str
    item: str | None = None  # item code column (itemid) for the per-item breakdown
    dictionary: UnitDictionary | None = None
    multi_unit: bool = True  # also check items recorded in several units

    @property
    def id(self) -> str:
        return f"{self.table}.{'+'.join(self.values)}/{self.unit}"


class TemporalRule(_Strict):
    """``before`` must not be later than ``after`` (strict: must be earlier).

    Same-table rules name columns of ``table``. Cross-table rules name ``join`` (a parent table
    and the key columns shared with it); columns prefixed ``parent.`` come from the parent.
    """

    id: str
    table: str
    before: str
    after: str
    strict: bool = False
    tolerance_hours: float = 0.0
    join: JoinSpec | None = None
    # Truncate both sides to a date before comparing (e.g. dod is a DATE, intime a TIMESTAMP).
    compare_as_date: bool = False
    description: str = ""


class JoinSpec(_Strict):
    parent: str
    keys: list[str]  # not "on": YAML 1.1 reads that key as a boolean


class DeathConsistency(_Strict):
    table: str
    flag: str
    time: str


class RangeRule(_Strict):
    """Plausible range of ``column`` in ``table`` (rows where ``item`` in ``items``, if given)."""

    id: str
    table: str
    column: str
    low: float | None = None
    high: float | None = None
    item: str | None = None
    items: list[int] | None = None
    label: str = ""


class PopulationColumn(_Strict):
    """A population stratum; counted in distinct ``subject`` of ``table``.

    ``bands`` turns a numeric column into labelled bands (lower bounds, inclusive).
    ``first_by`` picks the first row per subject (e.g. first admission by admittime).
    """

    id: str
    table: str
    column: str
    subject: str = "subject_id"
    bands: list[float] | None = None
    first_by: str | None = None


class QIAttribute(_Strict):
    """One quasi-identifier (or sensitive) attribute, reduced to one value per subject.

    On the subject table it is read directly; on another table either ``first_by`` picks the
    subject's first row (e.g. first admission by admittime) or ``aggregate`` folds all the
    subject's rows (count of admissions, sum of ICU days, max of a flag). ``bands`` (lower
    bounds, inclusive) turns a number into bands before grouping.
    """

    id: str
    table: str
    column: str
    subject: str = "subject_id"
    bands: list[float] | None = None
    first_by: str | None = None
    aggregate: Literal["count", "sum", "max"] | None = None


class QuasiIdentifierSet(_Strict):
    """A quasi-identifier set for the re-identification risk check (equivalence classes)."""

    id: str
    description: str = ""
    subject_table: str = "patients"
    subject: str = "subject_id"
    attributes: list[QIAttribute]
    sensitive: QIAttribute | None = None  # for l-diversity
    l: int = 2  # noqa: E741


class RareCodeSystem(_Strict):
    """A code system whose codes held by fewer than k patients expose those patients."""

    id: str
    table: str
    columns: list[str]  # the code (with its version, if any)
    subject: str = "subject_id"
    subject_table: str = "patients"  # the population (denominator)
    description: str = ""


class NoteTable(_Strict):
    table: str
    text: str
    key: str
    note_type: str | None = None


class Thresholds(_Strict):
    warn: float | None = None
    fail: float | None = None


class _Rules(_Strict):
    """The rule lists a module declares and a resolved profile merges (one definition for both)."""

    foreign_keys: list[ForeignKey] = Field(default_factory=list)
    value_units: list[ValueUnit] = Field(default_factory=list)
    temporal: list[TemporalRule] = Field(default_factory=list)
    death_consistency: list[DeathConsistency] = Field(default_factory=list)
    ranges: list[RangeRule] = Field(default_factory=list)
    population: list[PopulationColumn] = Field(default_factory=list)
    notes: list[NoteTable] = Field(default_factory=list)
    quasi_identifiers: list[QuasiIdentifierSet] = Field(default_factory=list)
    rare_codes: list[RareCodeSystem] = Field(default_factory=list)


RULE_SECTIONS: tuple[str, ...] = tuple(_Rules.model_fields)


class ModuleFile(_Rules):
    """A module fragment: tables and the rules that concern them."""

    module: str
    description: str = ""
    tables: dict[str, Table] = Field(default_factory=dict)


class ReleaseFile(_Strict):
    """A release profile: which modules, which published row counts."""

    name: str
    title: str
    dataset: str
    release: str
    kind: Literal["main", "addon"] = "main"
    modules: list[str]
    addons: list[str] = Field(default_factory=list)  # addon profiles attached when present
    expected_rows: dict[str, int] = Field(default_factory=dict)
    checksums_file: str | None = None  # e.g. SHA256SUMS.txt
    subject_column: str = "subject_id"
    site_column: str | None = None
    thresholds: str = "thresholds.yaml"
    # Auto-detection: tables whose row counts identify this release among those with the same
    # tables; a fallback profile is chosen when no release's counts match.
    detect_by: list[str] = Field(default_factory=list)
    detect_fallback: bool = False
    description: str = ""


class Profile(_Rules):
    """A resolved profile: a release plus the contents of its modules (and attached addons)."""

    name: str
    title: str
    dataset: str
    release: str
    kind: str
    addons: list[str] = Field(default_factory=list)
    attached: list[str] = Field(default_factory=list)  # names of addons merged in
    modules: list[str] = Field(default_factory=list)
    tables: dict[str, Table] = Field(default_factory=dict)
    expected_rows: dict[str, int] = Field(default_factory=dict)
    checksums_file: str | None = None
    subject_column: str = "subject_id"
    site_column: str | None = None
    detect_by: list[str] = Field(default_factory=list)
    thresholds: dict[str, Thresholds] = Field(default_factory=dict)
    source_files: list[str] = Field(default_factory=list)

    def threshold(self, check_type: str) -> Thresholds:
        return self.thresholds.get(check_type, Thresholds())

    def attach(self, addon: Profile) -> None:
        """Merge an addon (e.g. MIMIC-IV-Note) into this profile in place."""
        for name, table in addon.tables.items():
            self.tables.setdefault(name, table)
        for field in RULE_SECTIONS:
            getattr(self, field).extend(getattr(addon, field))
        for table, rows in addon.expected_rows.items():
            self.expected_rows.setdefault(table, rows)
        self.modules.extend(m for m in addon.modules if m not in self.modules)
        self.attached.append(addon.name)

    def known_strings(self) -> set[str]:
        """Names the guard may let through: tables, columns, rule ids, module names."""
        out: set[str] = {self.name, self.title, self.dataset, self.release, *self.modules, *self.attached}
        for name, table in self.tables.items():
            out.add(name)
            out.update(c.name for c in table.columns)
        for fk in self.foreign_keys:
            out.add(fk.id)
        for vu in self.value_units:
            out.add(vu.id)
        for rule in (*self.temporal, *self.ranges, *self.population):
            out.add(rule.id)
        for qi in self.quasi_identifiers:
            out.add(qi.id)
            out.update(a.id for a in (*qi.attributes, *([qi.sensitive] if qi.sensitive else [])))
        out.update(rc.id for rc in self.rare_codes)
        return out


TemporalRule.model_rebuild()


def _read_yaml(path: Path) -> dict:
    try:
        data = yamlio.read(path)
    except OSError as exc:
        raise UserError(f"{path}: cannot read profile file ({exc.strerror}); check the path") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise UserError(f"{path}: malformed YAML{where}; fix the syntax and re-run") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: a profile must be a YAML mapping at the top level")
    return data


def _validate(model: type[BaseModel], data: dict, path: Path) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise UserError(f"{path}: invalid profile at key '{loc}': {err['msg']}") from None


def profiles_dir() -> Path:
    return data_path("profiles")


def list_profiles(directory: Path | None = None) -> list[ReleaseFile]:
    """Every release profile (top-level YAML except shared thresholds/dimensions files)."""
    directory = directory or profiles_dir()
    out = []
    for path in sorted(directory.glob("*.yaml")):
        data = _read_yaml(path)
        if "modules" not in data:
            continue  # thresholds.yaml, dimensions.yaml and other shared data
        out.append(_validate(ReleaseFile, data, path))
    return out


def _profile_path(name_or_path: str, directory: Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return candidate
    path = directory / f"{name_or_path}.yaml"
    if not path.exists():
        names = ", ".join(r.name for r in list_profiles(directory))
        raise UserError(f"unknown profile {name_or_path!r}; available: {names} (see `lqs-clinical profiles`)")
    return path


def load_profile(name_or_path: str, directory: Path | None = None) -> Profile:
    """Load and validate a release profile with its modules and thresholds."""
    directory = directory or profiles_dir()
    path = _profile_path(name_or_path, directory)
    release: ReleaseFile = _validate(ReleaseFile, _read_yaml(path), path)  # type: ignore[assignment]
    base = path.parent
    profile = Profile(name=release.name, title=release.title, dataset=release.dataset,
                      release=release.release, kind=release.kind, addons=release.addons,
                      expected_rows=dict(release.expected_rows), checksums_file=release.checksums_file,
                      subject_column=release.subject_column, site_column=release.site_column,
                      detect_by=release.detect_by, source_files=[path.name])
    for rel in release.modules:
        mpath = base / rel
        module: ModuleFile = _validate(ModuleFile, _read_yaml(mpath), mpath)  # type: ignore[assignment]
        profile.modules.append(module.module)
        profile.source_files.append(rel)
        for tname, table in module.tables.items():
            if tname in profile.tables:
                raise UserError(f"{mpath}: table {tname!r} is defined twice in profile {release.name}")
            table.name = tname
            table.module = module.module
            profile.tables[tname] = table
        for field in RULE_SECTIONS:
            getattr(profile, field).extend(getattr(module, field))
    for table in profile.expected_rows:
        if table not in profile.tables:
            raise UserError(f"{path}: invalid profile at key 'expected_rows.{table}': no such table")
    tpath = base / release.thresholds
    raw = _read_yaml(tpath)
    thresholds = raw.get("thresholds", raw)
    try:
        profile.thresholds = {k: Thresholds.model_validate(v) for k, v in thresholds.items()}
    except ValidationError as exc:
        err = exc.errors()[0]
        raise UserError(f"{tpath}: invalid thresholds at key '{'.'.join(map(str, err['loc']))}'") from None
    _check_references(profile, path)
    return profile


def _check_references(profile: Profile, path: Path) -> None:
    """Every rule must name tables and columns that the profile defines."""

    def need(table: str, cols: list[str], where: str) -> None:
        t = profile.tables.get(table)
        if t is None:
            raise UserError(f"{path}: {where} names unknown table {table!r}")
        for col in cols:
            if t.column(col) is None:
                raise UserError(f"{path}: {where} names unknown column {table}.{col}")

    for fk in profile.foreign_keys:
        need(fk.child, fk.columns, f"foreign key {fk.id}")
        if profile.kind == "addon" and fk.parent not in profile.tables:
            continue  # an addon's link into the main dataset; checked once attached
        need(fk.parent, fk.parent_columns, f"foreign key {fk.id}")
    for vu in profile.value_units:
        need(vu.table, [*vu.values, vu.unit, *([vu.item] if vu.item else [])], f"value_units {vu.id}")
    for rr in profile.ranges:
        need(rr.table, [rr.column, *([rr.item] if rr.item else [])], f"range {rr.id}")
    for pc in profile.population:
        need(pc.table, [pc.column, pc.subject], f"population {pc.id}")
    for nt in profile.notes:
        need(nt.table, [nt.text, nt.key], f"notes {nt.table}")
