"""Incremental re-runs: each check type's results, cached by its inputs and its definition.

What a check type read is recorded while it runs: every table it looks up in the dataset
(``ctx.dataset.tables`` — ``ctx.present()`` and ``ctx.label()`` go through it), every table
named in the SQL it executes, the dataset root (any other file, e.g. the checksum list), and
the tables behind any private memo (``ctx.options["_…"]``) it reuses from an earlier check
type. The result key of a check type is

    sha256(definition key, fingerprint of each recorded table)

where the *definition key* is the tool and DuckDB versions, the check type's name and the
compiled code of its function, a hash of the check code and SQL templates
(``lqs_clinical/checks/*.py``, ``sql/*.sql``, ``discover.py``, ``bundle.py``), the resolved
profile (JSON), k and the run's extra options; and a table's fingerprint is its
format, columns as spelled in the file, and per file (relative path, size, mtime_ns — and the
SHA-256 when the run hashes files anyway); an absent table fingerprints as absent. The list of
recorded tables is kept per definition key, so a run first looks up what the check type read
last time, fingerprints those tables now, and reuses the results only if all match.

Granularity: per check type × the tables it read. Rewriting one table recomputes exactly the
check types that read it (missingness, schema and uniqueness read every table, so they rerun;
an FK check type reruns because it reads child and parent tables, …); a change of profile, k,
code or tool version recomputes everything.

The cached content is the *pre-suppression* results: the cache lives outside the export
directory (``~/.cache/lqs-clinical``, or ``$LQS_CACHE_DIR``, or ``RunOptions.cache_dir``), in
a folder of mode 0700 with files of mode 0600, and is never exported or referenced by a bundle.
Entries unused for 30 days, and all but the 5,000 most recently used, are pruned after each run.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lqs_clinical import __version__
from lqs_clinical.bundle import Result
from lqs_clinical.discover import Dataset
from lqs_clinical.resources import data_path

ROOT = "*root*"  # dependency on every file under the dataset root
_PACKAGE = Path(__file__).resolve().parent
FORMAT_VERSION = 1
MAX_ENTRIES = 5000  # result files kept (each is one check type's results: KBs)
MAX_AGE_DAYS = 30


def default_cache_dir() -> Path:
    env = os.environ.get("LQS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "lqs-clinical"


def code_hash() -> str:
    """Hash of everything that defines what a check computes (tool and DuckDB versions, code, SQL)."""
    import duckdb

    digest = hashlib.sha256(f"{__version__}\0{duckdb.__version__}".encode())
    files = sorted((_PACKAGE / "checks").glob("*.py")) + sorted(data_path("sql").glob("*.sql"))
    files += [_PACKAGE / "discover.py", _PACKAGE / "bundle.py"]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# recording what a check reads

class TableAccess(dict):
    """``dataset.tables`` that records which tables are looked up (and runs ``on_access`` once
    per present table before it is first used, e.g. to convert a CSV to Parquet)."""

    def __init__(self, tables: dict, on_access: Callable[[str], None] | None = None):
        super().__init__(tables)
        self.seen: set[str] = set()
        self.on_access = on_access
        self._prepared: set[str] = set()

    def _touch(self, key: Any) -> None:
        if isinstance(key, str):
            self.seen.add(key)
            if self.on_access is not None and key not in self._prepared and dict.__contains__(self, key):
                self._prepared.add(key)
                self.on_access(key)

    def _touch_all(self) -> None:
        for key in list(dict.keys(self)):
            self._touch(key)

    def __getitem__(self, key):
        self._touch(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._touch(key)
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._touch(key)
        return super().__contains__(key)

    def __iter__(self) -> Iterator:
        self._touch_all()
        return super().__iter__()

    def keys(self):
        self._touch_all()
        return super().keys()

    def values(self):
        self._touch_all()
        return super().values()

    def items(self):
        self._touch_all()
        return super().items()


class DatasetView:
    """The dataset as a check sees it: table lookups recorded, root access recorded."""

    def __init__(self, dataset: Dataset, tables: TableAccess):
        self._dataset = dataset
        self.tables = tables
        self.root_used = False

    @property
    def root(self) -> Path:
        self.root_used = True
        return self._dataset.root

    @property
    def extra_files(self) -> list[Path]:
        self.root_used = True
        return self._dataset.extra_files

    def has(self, table: str) -> bool:
        return table in self.tables

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dataset, name)


class RecordingConnection:
    """A DuckDB connection that keeps the text of every statement run through it."""

    def __init__(self, con):
        self._con = con
        self.statements: list[str] = []

    def execute(self, sql, *args, **kwargs):
        self.statements.append(str(sql))
        return self._con.execute(sql, *args, **kwargs)

    def sql(self, sql, *args, **kwargs):
        self.statements.append(str(sql))
        return self._con.sql(sql, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def tables_in_sql(statements: list[str], names: list[str]) -> set[str]:
    if not statements or not names:
        return set()
    pattern = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![A-Za-z0-9_])", re.IGNORECASE)
    found: set[str] = set()
    lowered = {n.lower(): n for n in names}
    for sql in statements:
        for m in pattern.finditer(sql):
            found.add(lowered[m.group(1).lower()])
    return found


# ---------------------------------------------------------------------------------------------
# fingerprints

def table_fingerprint(dataset: Dataset, name: str, hashes: dict[str, str]) -> Any:
    if name == ROOT:
        return root_fingerprint(dataset.root, hashes)
    source = dataset.tables.get(name)
    if source is None:
        return None
    files = []
    for path in source.files:
        st = path.stat()
        rel = path.relative_to(dataset.root).as_posix() if path.is_relative_to(dataset.root) else str(path)
        files.append([rel, st.st_size, st.st_mtime_ns, hashes.get(rel)])
    return [source.format, source.raw_columns, files]


def root_fingerprint(root: Path, hashes: dict[str, str] | None = None) -> list:
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        st = path.stat()
        out.append([rel.as_posix(), st.st_size, st.st_mtime_ns, (hashes or {}).get(rel.as_posix())])
    return out


def _sha(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# the store

class CheckCache:
    """Results per check type under ``folder`` (0700), one JSON file (0600) per key."""

    def __init__(self, folder: Path, definition: dict[str, Any]):
        self.folder = Path(folder)
        self.definition = _sha({"format": FORMAT_VERSION, **definition})
        self.hits: list[str] = []
        self.misses: list[str] = []

    def _ensure(self) -> None:
        for sub in (self.folder, self.folder / "deps", self.folder / "results"):
            sub.mkdir(mode=0o700, parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(sub, 0o700)

    def _read(self, path: Path) -> Any:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _write(self, path: Path, value: Any) -> None:
        self._ensure()
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _check_key(self, check: str) -> str:
        return _sha([self.definition, check])

    def _result_key(self, check_key: str, deps: list[str], dataset: Dataset, hashes: dict[str, str]) -> str:
        return _sha([check_key, [[d, table_fingerprint(dataset, d, hashes)] for d in sorted(deps)]])

    def lookup(self, check: str, dataset: Dataset,
               hashes: dict[str, str]) -> tuple[list[Result], dict, set[str]] | None:
        check_key = self._check_key(check)
        deps = self._read(self.folder / "deps" / f"{check_key}.json")
        if not isinstance(deps, list):
            return None
        try:
            key = self._result_key(check_key, deps, dataset, hashes)
        except OSError:
            return None
        path = self.folder / "results" / f"{key}.json"
        entry = self._read(path)
        if not isinstance(entry, dict):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # last use, for prune()
        try:
            results = [Result.model_validate(r) for r in entry["results"]]
        except (KeyError, ValueError):
            return None
        return results, entry.get("options", {}), set(deps)

    def store(self, check: str, deps: set[str], dataset: Dataset, hashes: dict[str, str],
              results: list[Result], options_delta: dict) -> None:
        check_key = self._check_key(check)
        key = self._result_key(check_key, sorted(deps), dataset, hashes)
        self._write(self.folder / "results" / f"{key}.json",
                    {"check": check, "results": [r.model_dump(mode="json") for r in results],
                     "options": options_delta})
        self._write(self.folder / "deps" / f"{check_key}.json", sorted(deps))


    def prune(self, keep: int = MAX_ENTRIES, max_age_days: float = MAX_AGE_DAYS) -> int:
        """Delete result entries unused for ``max_age_days`` and all but the ``keep`` most
        recently used; return how many were deleted. Never fails the run."""
        folder = self.folder / "results"
        try:
            entries = sorted(((p.stat().st_mtime, p) for p in folder.glob("*.json")), reverse=True)
        except OSError:
            return 0
        cutoff = time.time() - max_age_days * 86400
        removed = 0
        for i, (mtime, path) in enumerate(entries):
            if i >= keep or mtime < cutoff:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


def public_options(options: dict) -> dict:
    """The JSON-serialisable, non-private entries of ``ctx.options`` (e.g. row_counts)."""
    out = {}
    for key, value in options.items():
        if key.startswith("_"):
            continue
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            continue
        out[key] = copy.deepcopy(value)
    return out


def options_delta(before: dict, after: dict) -> dict:
    return {k: v for k, v in after.items() if before.get(k) != v}


def merge_options(options: dict, delta: dict) -> None:
    for key, value in delta.items():
        if isinstance(value, dict) and isinstance(options.get(key), dict):
            options[key].update(value)
        else:
            options[key] = value


class OptionsAccess(dict):
    """``ctx.options`` that records which private memo keys (``_…``) a check type touches."""

    def __init__(self, options: dict):
        super().__init__(options)
        self.touched: set[str] = set()

    def _touch(self, key: Any) -> None:
        if isinstance(key, str) and key.startswith("_"):
            self.touched.add(key)

    def __getitem__(self, key):
        self._touch(key)
        return super().__getitem__(key)

    def __setitem__(self, key, value) -> None:
        self._touch(key)
        super().__setitem__(key, value)

    def get(self, key, default=None):
        self._touch(key)
        return super().get(key, default)

    def setdefault(self, key, default=None):
        self._touch(key)
        return super().setdefault(key, default)

    def __contains__(self, key) -> bool:
        self._touch(key)
        return super().__contains__(key)


def _code_bytes(code) -> bytes:
    """A deterministic serialisation of a code object (marshal's output depends on refcounts)."""
    parts = [code.co_code, repr(code.co_names).encode(), repr(code.co_varnames).encode()]
    for const in code.co_consts:
        parts.append(_code_bytes(const) if hasattr(const, "co_code") else repr(const).encode())
    return b"\0".join(parts)


def function_hash(fn: Callable) -> str:
    """The compiled code of a check function (so a replaced function never hits the cache)."""
    code = getattr(fn, "__code__", None)
    body = _code_bytes(code) if code is not None else repr(fn).encode()
    return hashlib.sha256(f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', '')}".encode()
                          + b"\0" + body).hexdigest()
