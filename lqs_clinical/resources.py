"""Locate the data folders (profiles/, sql/, pii_rules/, schema/) shipped with the tool.

They live at the repository root so that they read as data, not code; a wheel carries them
under ``lqs_clinical/_data``. An editable install finds them beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """Return the folder ``name`` (e.g. "profiles") from the wheel or the source tree."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} not found beside the lqs_clinical package")
