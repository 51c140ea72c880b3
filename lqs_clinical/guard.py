"""The privacy guard: the last gate before anything is written, and the heart of ``verify``.

It does not trust the code that built the bundle. It re-validates the bundle against its schema
and then checks every value by where it sits:
- counts: no integer count in 1..k-1 in a people-bearing result unless withheld;
- strings: each must be a known name (profile tables/columns/rule ids, check types, status,
  dimension, Kahn and unit words, file names of the copy, hashes), or a category/dictionary label
  on a stratum whose count passed suppression;
- anywhere: nothing shaped like a row timestamp, a long identifier, an SSN, a phone number or an
  e-mail address outside the few fields whose shape is fixed (hashes, run time).
A violation names the offending field path, never its value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import get_args

from pydantic import ValidationError

from lqs_clinical.bundle import (
    DIMENSIONS,
    KAHN,
    MISSING_KEY,
    STATUSES,
    SUPPRESSED_KEY,
    SUPPRESSIBLE_UNITS,
    Bundle,
    CountUnit,
    KeySource,
    Reason,
)
from lqs_clinical.errors import GuardViolation

_HEX = re.compile(r"^[0-9a-f]{16,128}$")
_B64 = re.compile(r"^[A-Za-z0-9+/=]{40,200}$")
_ISO_RUN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+\->/: ,()%°#'&*\[\]=<]*$")
# Shapes that must never appear in a free position.
_FORBIDDEN = [
    ("a timestamp", re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")),
    ("a date", re.compile(r"\b(19|20|21)\d{2}-\d{2}-\d{2}\b")),
    ("an identifier-like number", re.compile(r"\d{6,}")),
    ("an SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("a phone number", re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
    ("an e-mail address", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
]
_FIXED_WORDS = {
    *STATUSES, *DIMENSIONS, *KAHN, SUPPRESSED_KEY, MISSING_KEY, *get_args(CountUnit), *get_args(KeySource),
    *get_args(Reason), "numerator", "denominator", "auto", "explicit", "sha256", "skipped",
    "sha256-rfc8785", "csv", "csv.gz", "parquet", "all", "other",
}


_KEY = re.compile(r"^[a-z][a-z0-9_]{0,60}$")
_SUPPRESSED_FIELD = re.compile(r"^(metrics\.)?[a-z][a-z0-9_]{0,60}$")
# Parameters the user sets, each checked against the only shape it can have.
_PARAMETER_SHAPES = {
    "parameters.memory_limit": re.compile(r"^\d+(\.\d+)?\s*([KMGT]i?B|[kmgt]i?b)$"),
    "parameters.notes_sample": re.compile(r"^(\d{1,9}|all)$"),
    "parameters.ner_model": re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,60}$"),
    "parameters.ner_model_version": re.compile(r"^\d+\.\d+(\.\d+)?([.\-+][A-Za-z0-9]+)*$"),
    # the corpora the residual-PHI calibration was measured on (names from the code, never from data)
    "parameters.notes_calibration": re.compile(r"^[a-z][a-z0-9]{0,30}(,[a-z][a-z0-9]{0,30}){0,99};seed=\d{1,10}$"),
    "dataset.site": re.compile(r"^(\d{1,5}|other sites)$"),
}
_BAND = re.compile(r"^\d{1,3}(-\d{1,3}|\+)$")


def _walk(value: object, path: str) -> Iterable[tuple[str, object]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not _KEY.match(str(key)):
                raise GuardViolation(f"{path}: a field name is not a plain identifier")
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    else:
        yield path, value


def allowed_strings(extra: Iterable[str] = ()) -> set[str]:
    """Known names: fixed vocabulary, check types, and every profile's names."""
    from lqs_clinical import yamlio
    from lqs_clinical.checks import load_all
    from lqs_clinical.profile_model import list_profiles, load_profile
    from lqs_clinical.resources import data_path

    out = set(_FIXED_WORDS) | set(extra)
    out.update(load_all())
    from lqs_clinical.dimensions import formula_words

    out.update(formula_words())
    vocab = yamlio.read(data_path("profiles") / "vocabulary.yaml")
    for words in vocab.values():
        out.update(str(w) for w in words)
    # fixed labels the notes probe emits: its categories and over-masking pattern names
    rules = yamlio.read(data_path("pii_rules") / "patterns.yaml") or {}
    for entry in rules.get("over_masking", []):
        out.add(str(entry["name"]))
    for entry in rules.get("recognizers", []):
        if "supported_entity" in entry:
            out.add(str(entry["supported_entity"]))
    for release in list_profiles():
        out.update(load_profile(release.name).known_strings())
    return out


def guard_bundle(bundle: Bundle | dict, *, extra_allowed: Iterable[str] = ()) -> Bundle:
    """Raise GuardViolation if the bundle could disclose row-level data; return it validated."""
    data = bundle.model_dump(mode="json") if isinstance(bundle, Bundle) else bundle
    try:
        model = Bundle.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise GuardViolation(f"bundle does not match its schema at '{'.'.join(map(str, err['loc']))}'") from None
    k = model.parameters.k
    if k < 1:
        raise GuardViolation("parameters.k must be positive")
    known = allowed_strings(extra_allowed)
    known.update(f.name for f in model.dataset.files)
    known.update({model.tool.name, model.tool.version, model.schema_version})
    for i, result in enumerate(model.results):
        where = f"results[{i}]"
        if not all(part in known for part in result.id.split(":")):
            raise GuardViolation(f"{where}.id: not composed of known names")
        known.add(result.id)
        _check_counts(result.model_dump(), where, k, result.unit in SUPPRESSIBLE_UNITS)
        for j, cell in enumerate(result.breakdown):
            cpath = f"{where}.breakdown[{j}]"
            if cell.key_source == "band" and _BAND.match(cell.key):
                known.add(cell.key)
            if cell.key_source in ("data", "dictionary"):
                if cell.count is None and cell.key != SUPPRESSED_KEY and cell.key_source == "data":
                    raise GuardViolation(f"{cpath}.key: a data category is shown on a withheld cell")
                for label_field in ("key", "label"):
                    value = getattr(cell, label_field)
                    if value is not None:
                        # a dictionary key is a public code (itemid, ICD): long digit runs are normal
                        public_code = cell.key_source == "dictionary" and label_field == "key"
                        _check_free_string(value, f"{cpath}.{label_field}", allow_digits=public_code)
                        known.add(value)
    _check_tool_figures(model)
    data = model.model_dump(mode="json")
    cert = data.pop("cert", None)
    for path, value in _walk(data, ""):
        if isinstance(value, str):
            if path == "run.started" and _ISO_RUN.match(value):
                continue
            shape = _PARAMETER_SHAPES.get(path)
            if shape is not None and shape.match(value):
                continue
            if path.startswith("dataset.files") and path.endswith(".sha256") and _HEX.match(value):
                continue
            if value in known:
                continue
            if ".suppressed[" in path and _SUPPRESSED_FIELD.match(value):
                continue
            raise GuardViolation(f"{path}: string not on the allow-list (not a profile name, check word or "
                                 "suppression-passed label)")
    if cert:
        for key in ("hash", "key_id"):
            if cert.get(key) is not None and not _HEX.match(cert[key]):
                raise GuardViolation(f"cert.{key}: not a hex digest")
        for key in ("signature", "public_key"):
            if cert.get(key) is not None and not _B64.match(cert[key]):
                raise GuardViolation(f"cert.{key}: not base64")
    for i, table in enumerate(model.dataset.tables):
        if table.rows is not None and 1 <= table.rows < k:
            raise GuardViolation(f"dataset.tables[{i}].rows: a count below k={k} is not withheld")
    return model


def _check_tool_figures(model: Bundle) -> None:
    """Suppression lets ``detector_*`` figures stand beside a withheld count because they describe the
    detector, not the data: measured on synthetic text, the same for every table. Hold them to that: a
    proportion, equal across every result of the same check and category."""
    seen: dict[tuple[str, str, str], tuple[float, str]] = {}
    for i, result in enumerate(model.results):
        category = result.id.rsplit(":", 1)[-1]
        for name, value in result.metrics.items():
            if not name.startswith("detector_") or value is None:
                continue
            path = f"results[{i}].metrics.{name}"
            # an int is fine: canonical JSON writes 1.0 as 1
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise GuardViolation(f"{path}: a detector figure must be a proportion")
            first = seen.setdefault((result.check, category, name), (value, path))
            if first[0] != value:
                raise GuardViolation(f"{path}: differs from {first[1]} (a detector figure describes the tool and "
                                     "is the same for every table)")


def _check_free_string(value: str, path: str, allow_digits: bool = False) -> None:
    for what, pattern in _FORBIDDEN:
        if allow_digits and what == "an identifier-like number":
            continue
        if pattern.search(value):
            raise GuardViolation(f"{path}: looks like {what}; labels from the data may not carry it")


def _check_counts(obj: dict, path: str, k: int, people: bool) -> None:
    """Every int in a people-bearing result or in a data-keyed stratum must be 0 or ≥ k."""
    for key in ("numerator", "denominator"):
        value = obj.get(key)
        if people and isinstance(value, int) and 1 <= value < k:
            raise GuardViolation(f"{path}.{key}: a count below k={k} is not withheld")
    for name, value in (obj.get("metrics") or {}).items():
        if people and isinstance(value, int) and not isinstance(value, bool) and 1 <= value < k:
            raise GuardViolation(f"{path}.metrics.{name}: a count below k={k} is not withheld")
    for j, cell in enumerate(obj.get("breakdown") or []):
        cell_people = people or cell.get("key_source") == "data"
        for key in ("count", "denominator"):
            value = cell.get(key)
            if cell_people and isinstance(value, int) and 1 <= value < k:
                raise GuardViolation(f"{path}.breakdown[{j}].{key}: a count below k={k} is not withheld")
        for name, value in (cell.get("metrics") or {}).items():
            if cell_people and isinstance(value, int) and not isinstance(value, bool) and 1 <= value < k:
                raise GuardViolation(f"{path}.breakdown[{j}].metrics.{name}: a count below k={k} is not withheld")


def guard_text(text: str, bundle: Bundle, what: str) -> None:
    """Guard a rendered report (HTML/Markdown): no forbidden shapes beyond what the bundle holds.

    A report is built from the guarded bundle only; this re-checks the rendered text for
    row-level shapes (timestamps, long identifiers, SSN/phone/e-mail) that are not in the bundle.
    """
    data = bundle.model_dump(mode="json")
    allowed_blobs = {str(v) for _, v in _walk(data, "") if isinstance(v, str | int | float)}
    for what_shape, pattern in _FORBIDDEN:
        for match in pattern.finditer(text):
            token = match.group(0)
            if any(token in blob for blob in allowed_blobs):
                continue
            raise GuardViolation(f"{what}: contains {what_shape} that is not in the guarded bundle")
