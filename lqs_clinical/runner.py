"""One profiling run: discover → views → checks → suppress → guard → certify → atomic write.

The order is the privacy contract's: nothing is written before suppression and the guard have
both passed, and the outputs are published as one set at the very end (``publish``: temp files,
then renames), so a crash or Ctrl-C never leaves a partial, unguarded or half-published set.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from lqs_clinical import TOOL_NAME, __version__
from lqs_clinical import cache as check_cache
from lqs_clinical.bundle import Bundle, DatasetInfo, Parameters, Result, RunInfo, TableInfo, Threshold, ToolInfo
from lqs_clinical.certify import bundle_text, certify, load_private
from lqs_clinical.checks import CheckContext, load_all
from lqs_clinical.checks.base import status_for
from lqs_clinical.csv_copies import CsvCopies
from lqs_clinical.dimensions import summarise
from lqs_clinical.discover import Dataset, register_views, resolve_profile, scan_folder
from lqs_clinical.errors import UserError
from lqs_clinical.fingerprint import fingerprint
from lqs_clinical.guard import guard_bundle
from lqs_clinical.profile_model import Profile
from lqs_clinical.publish import publish
from lqs_clinical.suppress import check_k, suppress_bundle

Progress = Callable[..., None]  # (message, done=None, total=None)
DEFAULT_MEMORY_LIMIT = "800MB"
BUNDLE_NAME = "evidence.json"


@dataclass
class RunOptions:
    profile: str | None = None
    k: int = 11
    unsafe_k: bool = False
    # DuckDB's limit; with it the whole process peaks near 1 GiB (bench/RESULTS.md), and larger
    # work spills to disk instead of growing
    memory_limit: str = DEFAULT_MEMORY_LIMIT
    threads: int | None = None
    hash_files: bool = True
    notes: bool | None = None  # None: run the probe when note tables are present
    notes_sample: str | None = None  # "all" or an integer as text; None = default stratified sample
    seed: int = 0
    ner: bool = True
    ner_model: str | None = None
    review_dir: Path | None = None
    sign_key: Path | None = None
    only: set[str] | None = None  # restrict to these check types (tests, notes-only runs)
    skip: frozenset[str] = frozenset()  # check types the user chose not to run (--skip); named in the bundle
    require_notes: bool = False  # `lqs-clinical notes`: no note table is an input error
    cache: bool = True  # reuse cached check results when inputs and definition are unchanged (--no-cache: False)
    cache_dir: Path | None = None  # default $LQS_CACHE_DIR or ~/.cache/lqs-clinical (--cache-dir)
    materialize_csv: bool = True  # convert each CSV table once to typed Parquet in the spill folder
    convert_ahead: bool = True  # ... and convert the next tables in a second thread meanwhile
    extra: dict = field(default_factory=dict)


def check_skip(skip: frozenset[str]) -> None:
    """Refuse an unknown check type in ``--skip`` before the run (a typo would silently run it)."""
    known = load_all()
    unknown = sorted(set(skip) - set(known))
    if unknown:
        raise UserError(f"--skip {','.join(unknown)}: no such check type; choose from {', '.join(sorted(known))} "
                        "(the notes probe is switched off with --no-notes)")


def connect(memory_limit: str, threads: int | None, spill_dir: Path) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection per run, memory bounded, spilling to a private temp folder."""
    try:
        con = duckdb.connect(":memory:", config={"memory_limit": memory_limit,
                                                 "temp_directory": str(spill_dir),
                                                 **({"threads": threads} if threads else {})})
    except duckdb.Error:
        raise UserError(f"--memory-limit {memory_limit!r} / --threads {threads!r}: not accepted by DuckDB; "
                        "use e.g. --memory-limit 4GB --threads 2") from None
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET enable_progress_bar = false")  # DuckDB's own bar would print on stdout, TTY or not
    return con


def run_checks(ctx: CheckContext, progress: Progress | None = None, cache: check_cache.CheckCache | None = None,
               hashes: dict[str, str] | None = None) -> list[Result]:
    """Run every registered check type in order; with ``cache`` (and ``ctx.dataset`` a
    ``cache.DatasetView``), reuse a type's results when the tables it read are unchanged."""
    results: list[Result] = []
    recording = cache is not None and isinstance(ctx.dataset, check_cache.DatasetView)
    memo_deps: dict[str, set[str]] = {}
    for ctype in sorted(load_all().values(), key=lambda c: (c.order, c.name)):
        if ctx.options.get("only") and ctype.name not in ctx.options["only"]:
            continue
        if ctype.name in ctx.options.get("skip", ()):
            continue
        if progress:
            progress(f"check {ctype.name}")
        if not recording:
            results.extend(ctype.fn(ctx))
            continue
        assert cache is not None and isinstance(ctx.dataset, check_cache.DatasetView)
        name = f"{ctype.name}:{check_cache.function_hash(ctype.fn)}"
        real = ctx.dataset._dataset
        hit = cache.lookup(name, real, hashes or {})
        if hit is not None:
            cached, delta, _ = hit
            check_cache.merge_options(ctx.options, delta)
            results.extend(cached)
            cache.hits.append(ctype.name)
            continue
        cache.misses.append(ctype.name)
        before = check_cache.public_options(ctx.options)
        tables, con, options = ctx.dataset.tables, ctx.con, ctx.options
        tables.seen.clear()
        ctx.dataset.root_used = False
        ctx.con = check_cache.RecordingConnection(con)  # type: ignore[assignment]
        ctx.options = check_cache.OptionsAccess(options)
        try:
            out = ctype.fn(ctx)
        finally:
            recorder, tracked = ctx.con, ctx.options
            ctx.con, ctx.options = con, options
            options.clear()
            options.update(tracked)
        deps = set(tables.seen) | check_cache.tables_in_sql(recorder.statements, list(real.tables))
        if ctx.dataset.root_used:
            deps.add(check_cache.ROOT)
        for key in tracked.touched:
            deps |= memo_deps.get(key, set())
        for key in tracked.touched:
            memo_deps.setdefault(key, set()).update(deps)
        results.extend(out)
        try:
            cache.store(name, deps, real, hashes or {}, out,
                        check_cache.options_delta(before, check_cache.public_options(ctx.options)))
        except OSError:
            pass  # a read-only or full cache folder never fails the run
    return results


def build_bundle(ctx: CheckContext, results: list[Result], options: RunOptions, started: dt.datetime,
                 t0: float, files, explicit: bool) -> Bundle:
    profile, dataset = ctx.profile, ctx.dataset
    counts = ctx.options.get("row_counts", {})
    tables = [TableInfo(name=name, module=table.module, present=dataset.has(name),
                        format=dataset.tables[name].format if dataset.has(name) else None,
                        rows=counts.get(name), expected_rows=profile.expected_rows.get(name))
              for name, table in profile.tables.items()]
    params = Parameters(k=options.k, unsafe_k=options.unsafe_k, memory_limit=options.memory_limit,
                        threads=options.threads, notes=bool(ctx.options.get("notes_ran")),
                        notes_sample=options.notes_sample, seed=options.seed,
                        ner_model=ctx.options.get("ner_model"), ner_model_version=ctx.options.get("ner_model_version"),
                        notes_calibration=ctx.options.get("notes_calibration"),
                        skipped_checks=sorted(options.skip))
    return Bundle(
        tool=ToolInfo(name=TOOL_NAME, version=__version__),
        run=RunInfo(started=started.strftime("%Y-%m-%dT%H:%M:%SZ"), duration_s=round(time.monotonic() - t0, 3)),
        dataset=DatasetInfo(profile=profile.name, title=profile.title, dataset=profile.dataset,
                            release=profile.release, modules=profile.modules, attached_profiles=profile.attached,
                            detection="explicit" if explicit else "auto", tables=tables, files=files,
                            file_hashing="sha256" if options.hash_files else "skipped"),
        parameters=params, results=results)


def finalize(bundle: Bundle, sign_key: Path | None) -> Bundle:
    """Suppress, summarise, guard, certify — in that order."""
    suppress_bundle(bundle)
    bundle.dimensions = summarise(bundle.results)
    guard_bundle(bundle)
    key = load_private(sign_key) if sign_key else None
    return certify(bundle, key)


def profile_dataset(data_dir: Path, out_dir: Path, options: RunOptions, progress: Progress | None = None,
                    capture: dict | None = None) -> tuple[Bundle, Path]:
    """Profile a copy and write ``out_dir/evidence.json``; return the bundle and its path.

    ``capture`` (tests only) receives deep copies of the results before suppression, so tests
    can assert exact small numbers that the bundle itself must withhold.
    """
    bundle = profile_bundle(data_dir, out_dir, options, progress, capture)
    path = out_dir / BUNDLE_NAME
    publish([(path, bundle_text(bundle))])
    return bundle, path


def profile_bundle(data_dir: Path, out_dir: Path, options: RunOptions, progress: Progress | None = None,
                   capture: dict | None = None) -> Bundle:
    """Profile a copy and return the suppressed, guarded, certified bundle; write no output.

    The caller publishes it (with its reports, if any) through ``publish``: nothing reaches
    ``out_dir`` before the whole run has finished. ``out_dir`` is needed only to keep
    ``--review-dir`` outside it.
    """
    check_k(options.k, options.unsafe_k)
    check_skip(options.skip)
    if options.sign_key is not None:
        load_private(options.sign_key)  # fail before the long run, not after it
    if options.review_dir is not None:
        _check_review_dir(options.review_dir, out_dir)
    started = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    dataset = scan_folder(data_dir)
    if not dataset.tables:
        raise UserError(f"{data_dir}: no tables found (expected hosp/*.csv.gz, icu/*.csv.gz or Parquet); "
                        "is this the MIMIC-IV folder?")
    files = None
    hashes: dict[str, str] = {}
    if options.cache and options.hash_files:  # hashed anyway for the bundle: key the cache on content too
        if progress:
            progress("fingerprinting files")
        files = fingerprint(dataset, hash_files=True)
        hashes = {f.name: f.sha256 for f in files if f.sha256}
    with tempfile.TemporaryDirectory(prefix="lqs-spill-") as spill:
        con = connect(options.memory_limit, options.threads, Path(spill))
        try:
            profile = resolve_profile(con, dataset, options.profile)
            if options.require_notes and not any(dataset.has(n.table) for n in profile.notes):
                raise UserError(f"{data_dir}: no note tables found (expected note/discharge.csv.gz or "
                                "note/radiology.csv.gz); nothing was probed")
            register_views(con, dataset, profile)

            copies = CsvCopies(con, dataset, profile, Path(spill) / "tables", progress,
                               ahead=options.convert_ahead) if options.materialize_csv else None
            tables = check_cache.TableAccess(dataset.tables, copies.prepare if copies else None)
            ctx = CheckContext(con=con, profile=profile, dataset=check_cache.DatasetView(dataset, tables),  # type: ignore[arg-type]
                               k=options.k, options={"only": options.only, "skip": options.skip, **options.extra},
                               progress=progress)
            store = None
            if options.cache:
                store = check_cache.CheckCache(
                    options.cache_dir or check_cache.default_cache_dir(),
                    {"code": check_cache.code_hash(), "profile": profile.model_dump(mode="json"), "k": options.k,
                     "unsafe_k": options.unsafe_k, "extra": options.extra})
            try:
                results = run_checks(ctx, progress, cache=store, hashes=hashes)
                results.extend(_run_notes(ctx, profile, dataset, options, progress))
            finally:
                tables.on_access = None
                if copies is not None:
                    copies.close()
            if store is not None:
                store.prune()
                if capture is not None:
                    capture["cache"] = {"hits": list(store.hits), "misses": list(store.misses)}
        finally:
            con.close()
    if files is None:
        if progress:
            progress("fingerprinting files")
        files = fingerprint(dataset, hash_files=options.hash_files)
    if capture is not None:
        capture["results"] = [r.model_copy(deep=True) for r in results]
        capture["profile"] = ctx.profile
    bundle = build_bundle(ctx, results, options, started, t0, files, explicit=options.profile is not None)
    return finalize(bundle, options.sign_key)


def _check_review_dir(review_dir: Path, out_dir: Path) -> None:
    review, out = review_dir.resolve(), out_dir.resolve()
    if review == out or out in review.parents or review in out.parents:
        raise UserError(f"--review-dir {review_dir}: must be outside the export directory {out_dir} "
                        "(hit locations never travel with the bundle)")


def _run_notes(ctx: CheckContext, profile: Profile, dataset: Dataset, options: RunOptions,
               progress: Progress | None) -> list[Result]:
    """Run the residual-identifier probe over the profile's note tables that are present."""
    specs = [n for n in profile.notes if dataset.has(n.table)]
    if not specs or options.notes is False or (options.only and "residual_phi" not in options.only):
        return []
    try:
        from lqs_clinical.notes.probe import run_notes_probe, to_results
    except ImportError:
        return []
    sample: int | str | None = None
    if options.notes_sample == "all":
        sample = "all"
    elif options.notes_sample:
        sample = int(options.notes_sample)
    output = run_notes_probe(ctx.con, specs, sample=sample, seed=options.seed, ner=options.ner,
                             ner_model=options.ner_model, review_dir=options.review_dir, progress=progress,
                             cache_dir=options.cache_dir)
    ctx.options["notes_ran"] = True
    ctx.options["ner_model"] = getattr(output, "ner_model", None)
    ctx.options["ner_model_version"] = getattr(output, "ner_model_version", None)
    ctx.options["notes_calibration"] = getattr(output, "calibration_corpus", None)
    out = []
    for raw in to_results(output):
        check = raw.get("check", "residual_phi")
        if raw.get("status") is None:  # the probe reports aggregates; thresholds are the profile's
            t = profile.threshold(check)
            threshold = Threshold(warn=t.warn, fail=t.fail)
            raw["threshold"] = threshold.model_dump()
            raw["status"] = status_for(raw.get("rate"), threshold) if raw.get("denominator") else "not_applicable"
            if raw["status"] == "not_applicable" and not raw.get("reason"):
                raw["reason"] = "empty_table"
        out.append(Result.model_validate(raw))
    return out
