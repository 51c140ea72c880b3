"""Find the tables of a dataset copy and register each as a DuckDB view over its files.

PhysioNet ships module folders (``hosp/``, ``icu/``, ``note/``, ``ed/``) of ``<table>.csv.gz``;
users convert to Parquet, sometimes as folders of parts. All of these, a flat folder, and mixed
formats are accepted. Nothing is loaded: views read the files when a check runs.

CSV is read as text (``all_varchar``) and cast with ``TRY_CAST`` in the view, so a value that
does not parse as its declared type becomes a measurable format-compliance finding instead of
a crash. Column names are matched case-insensitively and exposed in lower case.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from lqs_clinical.errors import UserError
from lqs_clinical.profile_model import Profile, ReleaseFile, list_profiles, load_profile

CSV_OPTIONS = "header=true, all_varchar=true, quote='\"', escape='\"', delim=','"
_SUFFIXES = (".csv.gz", ".csv", ".parquet")


@dataclass
class TableSource:
    name: str  # lower-case table name (the view name)
    module: str  # folder name, "" for a flat copy
    format: str  # "csv.gz" | "csv" | "parquet"
    files: list[Path]
    columns: list[str] = field(default_factory=list)  # lower-case names in file order
    raw_columns: list[str] = field(default_factory=list)  # names as spelled in the file
    # Set by materialize_csv(): the run-private typed Parquet copy the typed view now reads, and
    # per cast column the name of its status column there (NULL: value or NULL in the CSV,
    # 1: empty string, 2: did not parse as the declared type).
    materialized: Path | None = None
    status_columns: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How error messages name the table's files (relative, never data)."""
        first = self.files[0]
        return str(Path(first.parent.name) / first.name) if len(self.files) == 1 else f"{first.parent}/"


@dataclass
class Dataset:
    root: Path
    tables: dict[str, TableSource]
    extra_files: list[Path]  # non-table files (checksums, licences)

    def has(self, table: str) -> bool:
        return table in self.tables


def _table_name(path: Path) -> tuple[str, str] | None:
    name = path.name
    for suffix in _SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)].lower(), suffix.lstrip(".")
    return None


def scan_folder(root: Path) -> Dataset:
    """Find tables in ``root`` and its module sub-folders (one level deep)."""
    if not root.exists():
        raise UserError(f"{root}: no such directory; pass the folder that holds hosp/ and icu/")
    if not root.is_dir():
        raise UserError(f"{root}: not a directory; pass the folder that holds hosp/ and icu/")
    tables: dict[str, TableSource] = {}
    extra: list[Path] = []

    def add(source: TableSource) -> None:
        existing = tables.get(source.name)
        if existing is None or (existing.format != "parquet" and source.format == "parquet"):
            tables[source.name] = source

    def visit(folder: Path, module: str, depth: int) -> None:
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_file():
                parsed = _table_name(entry)
                if parsed:
                    add(TableSource(parsed[0], module, parsed[1], [entry]))
                else:
                    extra.append(entry)
            elif entry.is_dir():
                parts = sorted(entry.rglob("*.parquet"))
                direct_tables = [p for p in entry.iterdir() if p.is_file() and _table_name(p)]
                if parts and not direct_tables:
                    add(TableSource(entry.name.lower(), module, "parquet", parts))
                elif depth == 0:
                    visit(entry, entry.name.lower(), depth + 1)

    visit(root, "", 0)
    return Dataset(root=root, tables=tables, extra_files=extra)


def _csv_header(path: Path) -> list[str]:
    """Read the header line ourselves: cheap, and a gzip that is not gzip fails clearly here."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            line = handle.readline()
    except (OSError, EOFError, UnicodeDecodeError):
        raise UserError(f"{path}: cannot read the CSV header (file corrupt or not {path.suffix}); "
                        "re-download or re-convert this file") from None
    line = line.rstrip("\r\n")
    if not line:
        raise UserError(f"{path}: empty file (no header row); re-download or re-convert this file")
    return [c.strip().strip('"') for c in line.split(",")]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _file_list(files: list[Path]) -> str:
    return "[" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in files) + "]"


def read_expression(source: TableSource) -> str:
    if source.format == "parquet":
        return f"read_parquet({_file_list(source.files)})"
    return f"read_csv({_file_list(source.files)}, {CSV_OPTIONS})"


def raw_view_name(table: str) -> str:
    return f"{table}__raw"


def register_views(con: duckdb.DuckDBPyConnection, dataset: Dataset, profile: Profile | None) -> None:
    """Create ``<table>__raw`` (as in the files) and ``<table>`` (typed, lower-case) views."""
    for source in dataset.tables.values():
        if source.format == "parquet":
            try:
                desc = con.execute(f"DESCRIBE SELECT * FROM {read_expression(source)}").fetchall()
            except duckdb.Error:
                raise UserError(f"{source.label}: not a readable Parquet file (corrupt or truncated); "
                                "re-convert it with `lqs-clinical convert`") from None
            source.raw_columns = [row[0] for row in desc]
        else:
            source.raw_columns = _csv_header(source.files[0])
        source.columns = [c.lower() for c in source.raw_columns]
        table = profile.tables.get(source.name) if profile else None
        raw_select = ", ".join(f"{_quote(r)} AS {_quote(c)}" for r, c in zip(source.raw_columns, source.columns,
                                                                              strict=True))
        try:  # binding a CSV view sniffs the file: a broken file fails here
            con.execute(f"CREATE OR REPLACE VIEW {_quote(raw_view_name(source.name))} AS "
                        f"SELECT {raw_select} FROM {read_expression(source)}")
        except duckdb.Error as exc:
            raise describe_read_error(exc, source.label) from None
        typed = []
        for col in source.columns:
            spec = table.column(col) if table else None
            if source.format != "parquet" and spec is not None and not spec.is_text:
                typed.append(f"TRY_CAST(NULLIF({_quote(col)}, '') AS {spec.base_type}) AS {_quote(col)}")
            else:
                typed.append(_quote(col))
        con.execute(f"CREATE OR REPLACE VIEW {_quote(source.name)} AS SELECT {', '.join(typed)} "
                    f"FROM {_quote(raw_view_name(source.name))}")


def status_column_name(index: int) -> str:
    return f"__lqs_status_{index}"


def materialize_csv(con: duckdb.DuckDBPyConnection, source: TableSource, profile: Profile | None,
                    folder: Path) -> None:
    """Convert a CSV(.gz) table once into a typed Parquet file in the run's private ``folder``
    and point its typed view at it: "convert once, then every check reads columnar".

    The typed columns are exactly the typed view's (same TRY_CAST), so every check sees the
    same values; for each cast column a tiny status column keeps what the cast loses (empty
    string vs unparsable text), so missingness and type conformance stay exact without
    re-reading the CSV. The ``<table>__raw`` view is left over the CSV. DuckDB streams the COPY,
    so memory stays bounded by ``memory_limit``.
    """
    if source.format == "parquet" or source.materialized is not None:
        return
    table = profile.tables.get(source.name) if profile else None
    select, extra = [], []
    status: dict[str, str] = {}
    for i, col in enumerate(source.columns):
        spec = table.column(col) if table else None
        raw = f"r.{_quote(col)}"
        if spec is not None and not spec.is_text:  # the same TRY_CAST as register_views()
            select.append(f"TRY_CAST(NULLIF({raw}, '') AS {spec.base_type}) AS {_quote(col)}")
            status[col] = status_column_name(i)
            extra.append(f"(CASE WHEN {raw} IS NULL THEN NULL WHEN {raw} = '' THEN 1 "
                         f"WHEN TRY_CAST({raw} AS {spec.base_type}) IS NULL THEN 2 END)::UTINYINT "
                         f"AS {_quote(status[col])}")
        else:
            select.append(f"{raw} AS {_quote(col)}")
    select += extra
    typed, raw_view = _quote(source.name), _quote(raw_view_name(source.name))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{source.module or '_'}__{source.name}.parquet"
    path = "'" + str(target).replace("'", "''") + "'"
    try:
        con.execute(f"COPY (SELECT {', '.join(select)} FROM {raw_view} AS r) TO {path} "
                    "(FORMAT parquet, COMPRESSION zstd)")
    except duckdb.Error as exc:
        if "space left" in str(exc).lower():
            raise UserError(f"{source.label}: no space left in the temporary folder {folder.parent} for its "
                            "one-time Parquet copy; free space or point TMPDIR elsewhere") from None
        raise describe_read_error(exc, source.label) from None
    cols = ", ".join(_quote(c) for c in source.columns)
    con.execute(f"CREATE OR REPLACE VIEW {typed} AS SELECT {cols} FROM read_parquet({path})")
    source.materialized = target
    source.status_columns = status


_LINE_RE = re.compile(r"[Ll]ine:?\s*(\d+)")


def describe_read_error(exc: Exception, what: str) -> UserError:
    """Turn a DuckDB read failure into one line naming the file, never echoing its content.

    DuckDB's CSV errors quote the offending line; that line may hold patient data, so only the
    error class and a line number are kept.
    """
    if isinstance(exc, duckdb.InterruptException):
        raise KeyboardInterrupt from None
    text = str(exc)
    line = _LINE_RE.search(text)
    where = f" near line {line.group(1)}" if line else ""
    kind = type(exc).__name__.replace("Exception", "").replace("Error", "") or "read"
    lowered = text.lower()
    if what.endswith(".parquet") or "parquet" in lowered or "tprotocol" in lowered:
        # (a Parquet file's own pages are compressed too: a zstd/snappy failure there is still a
        # corrupt Parquet file, not a download to repeat; TProtocolException: a page header that no
        # longer parses)
        hint = "the Parquet file is corrupt or truncated; re-convert it with `lqs-clinical convert`"
    elif "gzip" in lowered or "compress" in lowered or "zlib" in lowered:
        hint = "the compressed file is truncated or corrupt; re-download it and check SHA256SUMS.txt"
    elif "magic" in lowered or "footer" in lowered:
        hint = "the Parquet file is corrupt or truncated; re-convert it with `lqs-clinical convert`"
    elif "csv" in lowered or "quote" in lowered or "column" in lowered:
        hint = "the CSV is malformed (broken quoting or a wrong number of fields); re-download or repair it"
    else:
        hint = "the file could not be read; check it is a complete copy"
    return UserError(f"{what}: {kind} error{where}: {hint}")


def _count_rows(con: duckdb.DuckDBPyConnection, source: TableSource) -> int:
    try:
        return int(con.execute(f"SELECT count(*) FROM {read_expression(source)}").fetchone()[0])
    except duckdb.Error as exc:
        raise describe_read_error(exc, source.label) from None


def detect_profile(con: duckdb.DuckDBPyConnection, dataset: Dataset) -> tuple[str, list[str]]:
    """Pick the main release profile and the addons whose tables are present.

    Candidates are main profiles sharing the most tables with the copy; among them, a release
    whose ``detect_by`` table counts match exactly wins; otherwise the ``detect_fallback``
    profile (the schema without published counts).
    """
    releases = list_profiles()
    present = set(dataset.tables)
    mains = [r for r in releases if r.kind == "main"]
    overlap: dict[str, int] = {}
    for rel in mains:
        overlap[rel.name] = len(present & set(load_profile(rel.name).tables))
    best = max(overlap.values(), default=0)
    if best < 3:
        found = ", ".join(sorted(present)[:8]) or "no CSV/Parquet tables"
        raise UserError(f"{dataset.root}: not a MIMIC-IV copy: expected module folders such as hosp/ and icu/ "
                        f"holding patients.csv.gz, admissions.csv.gz, … (found: {found})")
    candidates = [r for r in mains if overlap[r.name] == best or r.detect_fallback]
    counts: dict[str, int] = {}
    chosen: ReleaseFile | None = None
    for rel in candidates:
        if not rel.detect_by or any(t not in present for t in rel.detect_by):
            continue
        ok = True
        for table in rel.detect_by:
            if table not in counts:
                counts[table] = _count_rows(con, dataset.tables[table])
            if counts[table] != rel.expected_rows.get(table):
                ok = False
        if ok:
            chosen = rel
            break
    if chosen is None:
        fallbacks = [r for r in candidates if r.detect_fallback]
        if not fallbacks:
            raise UserError(f"{dataset.root}: no profile matches this copy; pass --profile NAME "
                            "(see `lqs-clinical profiles`)")
        chosen = fallbacks[0]
    return chosen.name, attachable_addons(chosen.name, dataset)


def attachable_addons(profile_name: str, dataset: Dataset) -> list[str]:
    main = load_profile(profile_name)
    out = []
    for addon in main.addons:
        if set(load_profile(addon).tables) & set(dataset.tables):
            out.append(addon)
    return out


def resolve_profile(con: duckdb.DuckDBPyConnection, dataset: Dataset, explicit: str | None) -> Profile:
    if explicit:
        profile = load_profile(explicit)
        addons = attachable_addons(explicit, dataset) if profile.kind == "main" else []
    else:
        name, addons = detect_profile(con, dataset)
        profile = load_profile(name)
    for addon in addons:
        profile.attach(load_profile(addon))
    return profile
