"""Profile a multi-centre copy once per site: ``profile --split-by <site column>``.

One bundle per site that holds at least k distinct subjects (``out_dir/site-<id>/evidence.json``,
the site id recorded in ``bundle.dataset.site``), and one pooled ``other-sites`` bundle for every
smaller site and for rows with no site (never dropped silently). Sites are compared afterwards
with ``compare``; no row-level data crosses sites.

Filtering, not copying: after the dataset's views are registered, each table's ``<table>__raw``
view is redefined over an untouched base view with a filter, and the typed ``<table>`` view (which
selects from ``<table>__raw``) follows. A table is filtered when it reaches the site table through
the profile's foreign keys (e.g. every ``patientunitstayid`` → ``patient.hospitalid``); the chain
is derived from ``foreign_keys``, never from hard-coded names. Parents of the site column (e.g.
``hospital``) are filtered to the site's ids. Tables with no path (public dictionaries) are
shared unfiltered. Everything stays a DuckDB view: a site run streams the files like a full run.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import time
from collections import deque
from pathlib import Path

import duckdb

from lqs_clinical.certify import bundle_text, load_private
from lqs_clinical.checks import CheckContext
from lqs_clinical.discover import Dataset, raw_view_name, read_expression, register_views, resolve_profile, scan_folder
from lqs_clinical.errors import UserError
from lqs_clinical.fingerprint import fingerprint
from lqs_clinical.profile_model import ForeignKey, Profile
from lqs_clinical.publish import publish
from lqs_clinical.runner import Progress, RunOptions, build_bundle, check_skip, connect, finalize, run_checks
from lqs_clinical.suppress import check_k

OTHER_SITES = "other-sites"  # output folder of the pooled bundle
OTHER_SITES_LABEL = "other sites"  # its dataset.site
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _q(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def base_view_name(table: str) -> str:
    return f"{table}__split_base"


def site_table(profile: Profile, dataset: Dataset, site_column: str) -> str:
    """The table that assigns a subject to a site: it holds the site column and the subject
    column (eICU: patient.hospitalid); else the child of a foreign key on the site column."""
    col = site_column.lower()
    candidates = [name for name, t in profile.tables.items()
                  if dataset.has(name) and t.column(col) is not None and t.column(profile.subject_column) is not None]
    if not candidates:
        candidates = [fk.child for fk in profile.foreign_keys
                      if fk.columns == [col] and dataset.has(fk.child)]
    if not candidates:
        raise UserError(f"--split-by {site_column}: no table of profile {profile.name} present in the copy holds "
                        f"both {site_column} and the subject column {profile.subject_column}")
    return sorted(candidates)[0]


def filter_plan(profile: Profile, dataset: Dataset, anchor: str, site_column: str) -> dict[str, ForeignKey | None]:
    """For every present table that reaches ``anchor`` through child→parent foreign keys, the
    first link of its shortest chain (None for the anchor itself)."""
    edges: dict[str, list[ForeignKey]] = {}
    for fk in profile.foreign_keys:
        if dataset.has(fk.child) and dataset.has(fk.parent) and fk.child != fk.parent:
            edges.setdefault(fk.parent, []).append(fk)
    plan: dict[str, ForeignKey | None] = {anchor: None}
    queue = deque([anchor])
    while queue:  # breadth-first from the anchor down to its children: shortest chains
        parent = queue.popleft()
        for fk in sorted(edges.get(parent, []), key=lambda f: (not f.declared, f.id)):
            if fk.child not in plan:
                plan[fk.child] = fk
                queue.append(fk.child)
    return plan


def site_parents(profile: Profile, dataset: Dataset, anchor: str, site_column: str) -> dict[str, str]:
    """Parents of the anchor's site column (eICU: hospital.hospitalid): table → key column."""
    col = site_column.lower()
    return {fk.parent: fk.parent_columns[0] for fk in profile.foreign_keys
            if fk.child == anchor and fk.columns == [col] and len(fk.parent_columns) == 1 and dataset.has(fk.parent)
            and fk.parent != anchor}


def _register_bases(con: duckdb.DuckDBPyConnection, dataset: Dataset) -> None:
    for source in dataset.tables.values():
        select = ", ".join(f"{_q(r)} AS {_q(c)}" for r, c in zip(source.raw_columns, source.columns, strict=True))
        con.execute(f"CREATE OR REPLACE VIEW {_q(base_view_name(source.name))} AS "
                    f"SELECT {select} FROM {read_expression(source)}")


def _apply_filter(con: duckdb.DuckDBPyConnection, dataset: Dataset, plan: dict[str, ForeignKey | None],
                  parents: dict[str, str], anchor: str, site_column: str, sites: list[str] | None,
                  exclude: list[str] | None) -> None:
    """Point every ``<table>__raw`` at its base view, filtered to the given sites.

    ``sites``: keep these site ids; ``exclude``: keep every row whose site is not one of these
    (including a missing site) — the pooled bundle.
    """
    col = _q(site_column.lower())
    ids = ", ".join(_lit(s) for s in (sites if sites is not None else exclude or []))

    def site_pred(column: str) -> str:
        if sites is not None:
            return f"CAST({column} AS VARCHAR) IN ({ids})" if ids else "FALSE"
        if not ids:
            return "TRUE"
        return f"({column} IS NULL OR CAST({column} AS VARCHAR) NOT IN ({ids}))"

    for name in dataset.tables:
        where = None
        if name == anchor:
            where = site_pred(col)
        elif name in plan:
            fk = plan[name]
            assert fk is not None
            cols = ", ".join(_q(c) for c in fk.columns)
            pcols = ", ".join(_q(c) for c in fk.parent_columns)
            where = f"({cols}) IN (SELECT {pcols} FROM {_q(raw_view_name(fk.parent))})"
        elif name in parents:
            key = _q(parents[name])
            where = (f"{key} IN (SELECT {col} FROM {_q(raw_view_name(anchor))})" if sites is None
                     else site_pred(key))
        sql = f"SELECT * FROM {_q(base_view_name(name))}" + (f" WHERE {where}" if where else "")
        con.execute(f"CREATE OR REPLACE VIEW {_q(raw_view_name(name))} AS {sql}")


def site_subjects(con: duckdb.DuckDBPyConnection, anchor: str, site_column: str,
                  subject_column: str) -> list[tuple[str | None, int]]:
    """Distinct subjects per site (local use only: the counts never leave the tool)."""
    sql = (f"SELECT CAST({_q(site_column.lower())} AS VARCHAR) AS site, count(DISTINCT {_q(subject_column)}) "
           f"FROM {_q(base_view_name(anchor))} GROUP BY 1 ORDER BY 1")
    return [(row[0], int(row[1])) for row in con.execute(sql).fetchall()]


def _site_dir(site: str) -> str:
    return "site-" + (_SAFE.sub("_", site) or "_")


def profile_by_site(data_dir: Path, out_dir: Path, options: RunOptions, site_column: str | None = None,
                    progress: Progress | None = None, sites: list[str] | None = None,
                    hold_interrupts: bool = False) -> list[Path]:
    """Write one bundle per site with ≥ k distinct subjects, and one pooled ``other-sites`` bundle
    for the rest; return the written paths (sites in id order, the pooled bundle last).

    ``sites`` restricts the separate bundles to these site ids (each still needs ≥ k subjects);
    every other site is pooled. The bundles are published as one set after the last site (see
    ``publish``; ``hold_interrupts`` as there).
    """
    check_k(options.k, options.unsafe_k)
    check_skip(options.skip)
    if options.sign_key is not None:
        load_private(options.sign_key)
    dataset = scan_folder(data_dir)
    if not dataset.tables:
        raise UserError(f"{data_dir}: no tables found; pass the dataset folder")
    pending: list[tuple[Path, str]] = []  # published together once every site is done
    with tempfile.TemporaryDirectory(prefix="lqs-spill-") as spill:
        con = connect(options.memory_limit, options.threads, Path(spill))
        try:
            profile = resolve_profile(con, dataset, options.profile)
            column = (site_column or profile.site_column or "").lower()
            if not column:
                raise UserError(f"profile {profile.name} declares no site_column; pass --split-by COLUMN")
            register_views(con, dataset, profile)
            _register_bases(con, dataset)
            anchor = site_table(profile, dataset, column)
            plan = filter_plan(profile, dataset, anchor, column)
            parents = site_parents(profile, dataset, anchor, column)
            counts = site_subjects(con, anchor, column, profile.subject_column)
            wanted = {str(s) for s in sites} if sites is not None else None
            big = [s for s, n in counts if s is not None and n >= options.k and (wanted is None or s in wanted)]
            pooled = sum(n for s, n in counts if s is None or s not in big)
            if progress:
                progress(f"{len(big)} sites with at least k={options.k} subjects; pooled: {'yes' if pooled else 'no'}")
            # Published release counts do not apply to one site: row_count reports no_expected_count.
            site_profile = profile.model_copy(deep=True)
            site_profile.expected_rows = {}
            files = fingerprint(dataset, hash_files=options.hash_files)
            groups: list[tuple[str, list[str] | None, list[str] | None]] = [(s, [s], None) for s in big]
            if pooled:
                groups.append((OTHER_SITES_LABEL, None, big))
            for label, sites, exclude in groups:
                if progress:
                    progress(f"site {label}")
                started, t0 = dt.datetime.now(dt.UTC), time.monotonic()
                _apply_filter(con, dataset, plan, parents, anchor, column, sites, exclude)
                ctx = CheckContext(con=con, profile=site_profile, dataset=dataset, k=options.k,
                                   options={"only": options.only, "skip": options.skip, "site_filter": True,
                                            **options.extra},
                                   progress=progress)
                results = run_checks(ctx, progress)
                results.extend(_notes(ctx, site_profile, dataset, options, progress))
                bundle = build_bundle(ctx, results, options, started, t0, files, explicit=options.profile is not None)
                bundle.dataset.site = label
                bundle.parameters.split_by = column
                bundle = finalize(bundle, options.sign_key)
                path = out_dir / (OTHER_SITES if label == OTHER_SITES_LABEL else _site_dir(label)) / "evidence.json"
                pending.append((path, bundle_text(bundle)))
        finally:
            con.close()
    return publish(pending, hold_interrupts=hold_interrupts)


def _notes(ctx: CheckContext, profile: Profile, dataset: Dataset, options: RunOptions,
           progress: Progress | None) -> list:
    from lqs_clinical import runner

    run_notes = getattr(runner, "_run_notes", None)
    return run_notes(ctx, profile, dataset, options, progress) if run_notes else []
