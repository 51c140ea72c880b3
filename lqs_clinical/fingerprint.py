"""Dataset fingerprint: every file's name, size, format and streamed SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from lqs_clinical.bundle import FileFingerprint
from lqs_clinical.discover import Dataset

_CHUNK = 1 << 20


_HASHES: dict[tuple[str, int, int], str] = {}


def sha256_file(path: Path) -> str:
    """Streamed SHA-256, remembered per (path, size, mtime) so provenance and the fingerprint
    read a multi-GB file once per run, not twice."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _HASHES:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]


def _format(path: Path) -> str:
    name = path.name.lower()
    for suffix in ("csv.gz", "csv", "parquet"):
        if name.endswith("." + suffix):
            return suffix
    return "other"


def fingerprint(dataset: Dataset, *, hash_files: bool) -> list[FileFingerprint]:
    files = [f for t in dataset.tables.values() for f in t.files]
    files += [f for f in dataset.extra_files if f.suffix.lower() in (".txt", ".csv", ".gz")]
    out = []
    for path in sorted(set(files)):
        out.append(FileFingerprint(name=path.relative_to(dataset.root).as_posix(), size=path.stat().st_size,
                                   format=_format(path), sha256=sha256_file(path) if hash_files else None))
    return out
