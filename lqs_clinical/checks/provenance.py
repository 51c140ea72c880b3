"""Provenance: does the local copy match the publisher's checksum list (PhysioNet SHA256SUMS.txt)?

Every file the list names is hashed (streamed SHA-256) and compared. Counts, in files:
matched, mismatched, missing (listed, absent from the copy) and extra (present, not listed;
hidden files and the checksum list itself excepted). numerator = mismatched + missing;
denominator = files listed. Only counts leave: which files differ is visible from the bundle's
own file fingerprints.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lqs_clinical.bundle import Result, Stratum
from lqs_clinical.checks.base import CheckContext, make_result, register
from lqs_clinical.errors import UserError
from lqs_clinical.fingerprint import sha256_file


def read_checksums(path: Path) -> dict[str, str]:
    """``<hex>  <relative path>`` lines (sha256sum format; ``*`` binary marker allowed)."""
    out: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(f"{path}: cannot read the checksum list; re-download it or remove it") from None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(maxsplit=1)
        if len(parts) != 2:
            continue
        digest, name = parts[0].lower(), parts[1].strip().lstrip("*")
        if name.startswith("./"):
            name = name[2:]
        out[PurePosixPath(name).as_posix()] = digest
    return out


def _files(root: Path) -> set[str]:
    out = set()
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        out.add(rel.as_posix())
    return out


@register("provenance", dimension="provenance", kahn="provenance", order=90)
def provenance(ctx: CheckContext) -> list[Result]:
    name = ctx.profile.checksums_file
    root = ctx.dataset.root
    path = root / name if name else None
    if path is None or not path.is_file():
        return [make_result(ctx, check="provenance", id="provenance", table=None, columns=[], numerator=None,
                            denominator=None, unit="files", reason="no_checksums_file")]
    listed = read_checksums(path)
    present = _files(root) - {PurePosixPath(name).as_posix()}
    counts = {"matched": 0, "mismatched": 0, "missing": 0, "extra": len(present - set(listed))}
    for rel, digest in sorted(listed.items()):
        if rel not in present:
            counts["missing"] += 1
            continue
        ctx.tick(f"hashing {rel}")
        counts["matched" if sha256_file(root / rel) == digest else "mismatched"] += 1
    return [make_result(
        ctx, check="provenance", id="provenance", table=None, columns=[],
        numerator=counts["mismatched"] + counts["missing"], denominator=len(listed), unit="files",
        metrics=dict(counts), breakdown=[Stratum(key=k, key_source="fixed", count=v) for k, v in counts.items()])]
