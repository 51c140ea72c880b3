"""The evidence bundle: the only thing that leaves the tool.

A pydantic model, so the bundle has one JSON Schema (exported to ``schema/bundle.schema.json``)
and every consumer — the guard, ``verify``, reports, ``compare`` — reads the same typed shape.
Field names are stable: later versions extend, never rename.

Numbers in ``results`` follow one convention the privacy layer relies on: an ``int`` is a count
(of rows, patients, notes…) and is subject to small-cell suppression; a ``float`` is derived
(rate, interval bound, divergence) and is withheld whenever a count it derives from is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Status = Literal["pass", "warn", "fail", "not_applicable", "error"]
STATUSES: tuple[str, ...] = ("pass", "warn", "fail", "not_applicable", "error")

# Audit dimensions (the LQS rubric) and Kahn framework categories.
DIMENSIONS: tuple[str, ...] = (
    "completeness", "format compliance", "record fidelity", "de-identification quality",
    "population coverage", "provenance",
)
Dimension = Literal["completeness", "format compliance", "record fidelity", "de-identification quality",
                    "population coverage", "provenance"]
KAHN: tuple[str, ...] = (
    "conformance", "conformance (relational)", "conformance (value)", "completeness",
    "plausibility (uniqueness)", "plausibility (temporal)", "plausibility (atemporal)",
    "characterization", "de-identification", "provenance",
)
# What a result's numerator/denominator count. Suppression applies to people-bearing units.
CountUnit = Literal["rows", "patients", "notes", "files", "columns", "tables", "codes", "keys", "items",
                    "classes"]
SUPPRESSIBLE_UNITS: frozenset[str] = frozenset({"rows", "patients", "notes", "keys", "items", "classes"})
# Why a result could not be computed. A closed vocabulary: no free text leaves the tool.
Reason = Literal["table_missing", "column_missing", "parent_missing", "no_expected_count",
                 "no_checksums_file", "read_error", "empty_table", "not_computed"]
# Where a stratum's key comes from; "data" keys are values of a category column and may be
# shown only on strata whose counts pass suppression.
KeySource = Literal["data", "dictionary", "band", "fixed"]
SUPPRESSED_KEY = "(suppressed)"
MISSING_KEY = "(missing)"

Number = int | float | None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Threshold(_Model):
    warn: float | None = None
    fail: float | None = None


class Stratum(_Model):
    """One cell of a breakdown (a category, an item code, a band)."""

    key: str
    key_source: KeySource = "fixed"
    label: str | None = None  # public dictionary label for an item code
    count: int | None = None
    denominator: int | None = None
    rate: float | None = None
    metrics: dict[str, Number] = Field(default_factory=dict)
    suppressed: list[str] = Field(default_factory=list)


class Result(_Model):
    id: str  # stable check-instance id, e.g. "missingness:labevents:hadm_id"
    check: str  # check type
    table: str | None = None
    columns: list[str] = Field(default_factory=list)
    numerator: int | None = None
    denominator: int | None = None
    rate: float | None = None
    threshold: Threshold | None = None
    status: Status
    dimension: Dimension
    kahn: str
    unit: CountUnit = "rows"
    reason: Reason | None = None
    metrics: dict[str, Number] = Field(default_factory=dict)
    breakdown: list[Stratum] = Field(default_factory=list)
    # True when the breakdown's counts add up to a published total (the numerator, or the
    # denominator for population strata): complementary suppression then applies.
    breakdown_total: Literal["numerator", "denominator"] | None = None
    suppressed: list[str] = Field(default_factory=list)


class ToolInfo(_Model):
    name: str
    version: str


class FileFingerprint(_Model):
    name: str  # path relative to the dataset root
    size: int
    format: str
    sha256: str | None = None


class TableInfo(_Model):
    name: str
    module: str
    present: bool
    format: str | None = None
    rows: int | None = None
    expected_rows: int | None = None
    suppressed: list[str] = Field(default_factory=list)


class DatasetInfo(_Model):
    profile: str
    title: str
    dataset: str
    release: str
    modules: list[str]
    attached_profiles: list[str] = Field(default_factory=list)
    detection: Literal["auto", "explicit"] = "auto"
    tables: list[TableInfo] = Field(default_factory=list)
    files: list[FileFingerprint] = Field(default_factory=list)
    file_hashing: Literal["sha256", "skipped"] = "sha256"
    site: str | None = None  # site label when the run was split by a profile-declared site column


class Parameters(_Model):
    k: int
    unsafe_k: bool = False
    memory_limit: str | None = None
    threads: int | None = None
    notes: bool = False
    notes_sample: str | None = None
    seed: int | None = None
    ner_model: str | None = None
    ner_model_version: str | None = None
    notes_calibration: str | None = None  # residual-PHI calibration: "calibration,holdout,...;seed=N"
    split_by: str | None = None
    skipped_checks: list[str] = Field(default_factory=list)  # check types not run at the user's request (--skip)


class RunInfo(_Model):
    started: str  # ISO 8601 UTC of this run (not of any data row)
    duration_s: float


class DimensionSummary(_Model):
    dimension: Dimension
    checks: int
    passed: int
    warned: int
    failed: int
    not_applicable: int
    errors: int
    indicator: float | None = None  # indicative evidence, not an audit score (see dimensions.yaml)
    formula: str | None = None


class Cert(_Model):
    algorithm: Literal["sha256-rfc8785"] = "sha256-rfc8785"
    hash: str
    signature: str | None = None  # base64 Ed25519 signature over the hash (ASCII hex string)
    public_key: str | None = None  # base64 raw Ed25519 public key
    key_id: str | None = None  # first 16 hex of SHA-256 of the public key


class Bundle(_Model):
    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    run: RunInfo
    dataset: DatasetInfo
    parameters: Parameters
    results: list[Result] = Field(default_factory=list)
    dimensions: list[DimensionSummary] = Field(default_factory=list)
    cert: Cert | None = None


def bundle_json_schema() -> dict:
    return Bundle.model_json_schema()


def write_schema(path: Path) -> None:
    path.write_text(json.dumps(bundle_json_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
