"""YAML reading for the project's data files (profiles, rules, vocabulary).

A run reads the same few dozen files many times (profile detection tries every release, the
guard collects every profile's names): with the pure-Python parser that was seconds of a run.
Files are parsed with libyaml when PyYAML has it, and each file once per process while its size
and modification time are unchanged; callers get their own copy, so they may mutate it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARSED: dict[tuple[str, int, int], Any] = {}


def parse(text: str) -> Any:
    """Parse YAML text safely (raises yaml.YAMLError, with problem_mark, like yaml.safe_load)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (CSafeLoader / SafeLoader)


def read(path: Path) -> Any:
    """Parse a YAML file (OSError / yaml.YAMLError propagate to the caller's message)."""
    path = Path(path)
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _PARSED:
        _PARSED[key] = parse(path.read_text(encoding="utf-8"))
    return copy.deepcopy(_PARSED[key])
