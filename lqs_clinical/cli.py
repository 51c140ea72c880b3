"""The ``lqs-clinical`` command line (typer).

Errors a user can cause print one line and exit with a documented code (see README); a
traceback means a bug. Long work shows rich progress on a terminal and stays quiet otherwise.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from lqs_clinical import __version__
from lqs_clinical.errors import ExitCode, UserError
from lqs_clinical.runner import DEFAULT_MEMORY_LIMIT

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Profile a local MIMIC-IV copy and export only aggregate, signed evidence.")
err = Console(stderr=True)
out = Console()


class FailOn(StrEnum):
    warn = "warn"
    fail = "fail"


class StageProgress:
    """Progress callback handed to the runner: ``(message, done=None, total=None)``.

    On a terminal (and without --quiet) it shows a rich progress line per stage — a bar when the
    stage knows its total (notes), a pulse otherwise. It always times the check stages, so the
    end summary can say where the run spent its time.
    """

    def __init__(self, show: bool) -> None:
        self.times: dict[str, float] = {}
        self._stage: str | None = None
        self._since = time.monotonic()
        self._bar = None
        self._task = None
        if show:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)

    def __call__(self, message: str, done: int | None = None, total: int | None = None) -> None:
        now = time.monotonic()
        if message != self._stage:
            if self._stage is not None:
                self.times[self._stage] = self.times.get(self._stage, 0.0) + now - self._since
            self._stage, self._since = message, now
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description=message, total=total, completed=done or 0)

    def __enter__(self) -> StageProgress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task("starting…", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        self("done")
        if self._bar is not None:
            self._bar.stop()

    def seconds_by_dimension(self) -> dict[str, float]:
        from lqs_clinical.checks import load_all

        registry = load_all()
        out: dict[str, float] = {}
        for stage, seconds in self.times.items():
            if stage.startswith("check "):
                ctype = registry.get(stage.removeprefix("check "))
                if ctype is not None:
                    out[ctype.dimension] = out.get(ctype.dimension, 0.0) + seconds
            elif stage.startswith("notes"):
                out["de-identification quality"] = out.get("de-identification quality", 0.0) + seconds
        return out


def progress_reporter(quiet: bool) -> StageProgress:
    """Progress shown only on a terminal and without --quiet; stage times are kept either way."""
    return StageProgress(show=not quiet and sys.stderr.isatty())


QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output (also when not a terminal).")]


@app.command()
def profile(
    data_dir: Annotated[Path, typer.Argument(help="The dataset folder, e.g. ~/mimic-iv-3.1 (holding hosp/, icu/).")],
    profile_name: Annotated[str | None, typer.Option("--profile", help="Profile name (see `lqs-clinical profiles`); "
                                                     "default: detected from tables and row counts.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Export folder for evidence.json, report.html, "
                                          "model-card.md. Example: --out out/")] = Path("out"),
    k: Annotated[int, typer.Option("--k", help="Small-cell threshold: counts 1..k-1 are withheld (CMS: 11).")] = 11,
    unsafe_k: Annotated[bool, typer.Option("--unsafe-k", help="Allow --k below 5 (recorded in the bundle).")] = False,
    memory_limit: Annotated[str, typer.Option("--memory-limit", help="DuckDB memory limit; larger work spills "
                                              "to disk. Example: --memory-limit 2GB")] = DEFAULT_MEMORY_LIMIT,
    threads: Annotated[int | None, typer.Option("--threads", min=1,
                                                help="DuckDB threads (default: all cores).")] = None,
    no_hash: Annotated[bool, typer.Option("--no-hash", help="Skip SHA-256 of every file (huge copies); "
                                          "recorded in the bundle.")] = False,
    notes: Annotated[bool | None, typer.Option("--notes/--no-notes", help="Run the residual-identifier probe "
                                               "(default: when note tables are present).")] = None,
    notes_sample: Annotated[str | None, typer.Option("--notes-sample", help="NER-tier sample: N notes per note "
                                                     "type, or 'all'. Default: a stratified sample sized for "
                                                     "±1 percentage-point intervals.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for the notes sample.")] = 0,
    ner_model: Annotated[str | None, typer.Option("--ner-model", help="Installed spaCy pipeline for the NER tier, "
                                                  "e.g. en_core_web_lg.")] = None,
    review_dir: Annotated[Path | None, typer.Option("--review-dir", help="Write a local-only JSONL of hit "
                                                    "locations (no text, mode 0600) here; never inside --out.")] = None,
    sign_key: Annotated[Path | None, typer.Option("--sign-key", help="Ed25519 private key (from `keygen`) "
                                                  "to sign the bundle.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 when any check has this status "
                                                   "or worse (CI gating).")] = None,
    reports: Annotated[bool, typer.Option("--reports/--no-reports", help="Also write report.html and "
                                          "model-card.md.")] = True,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Recompute every check (default: reuse results "
                                           "whose input files and definition are unchanged).")] = False,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Local result cache (never exported); "
                                                   "default $LQS_CACHE_DIR or ~/.cache/lqs-clinical.")] = None,
    split_by: Annotated[str | None, typer.Option("--split-by", help="Write one bundle per site of this "
                                                 "profile-declared site column (e.g. hospitalid for eICU); "
                                                 "sites below k patients are pooled into other-sites/.")] = None,
    skip: Annotated[str | None, typer.Option("--skip", help="Check types not to run, comma-separated (named in "
                                             "the bundle and the report). Example: --skip duplicate_rows "
                                             "(the costliest at full scale; see README)")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Profile DATA_DIR and write the evidence bundle (evidence.json) to --out.

    Example: lqs-clinical profile ~/physionet/mimic-iv-demo/2.2 --out out/
    """
    from lqs_clinical.runner import RunOptions, profile_bundle

    _check_notes_sample(notes_sample)
    options = RunOptions(profile=profile_name, k=k, unsafe_k=unsafe_k, memory_limit=memory_limit,
                         threads=threads, hash_files=not no_hash, notes=notes, notes_sample=notes_sample,
                         seed=seed, ner_model=ner_model, review_dir=review_dir, sign_key=sign_key,
                         cache=not no_cache, cache_dir=cache_dir, skip=_skip_list(skip))
    if split_by is not None:
        from lqs_clinical.split import profile_by_site

        with progress_reporter(quiet) as progress:
            paths = profile_by_site(data_dir, out_dir, options, site_column=split_by, progress=progress,
                                    hold_interrupts=True)
        for item in paths:
            out.print(f"wrote {item}")
        return
    with progress_reporter(quiet) as progress:
        bundle = profile_bundle(data_dir, out_dir, options, progress)
        written = _publish_run(bundle, out_dir, reports=reports)
    if not quiet:
        _summary(bundle, progress)
    for item in written:
        out.print(f"wrote {item}")
    _gate(bundle, fail_on)


def _skip_list(value: str | None) -> frozenset[str]:
    """``--skip a,b`` as a set of names; unknown names are refused by the runner before any work."""
    if value is None:
        return frozenset()
    names = frozenset(part.strip() for part in value.split(",") if part.strip())
    if not names:
        raise UserError(f"--skip {value!r}: name at least one check type, e.g. --skip duplicate_rows")
    return names


def _check_notes_sample(value: str | None) -> None:
    if value is not None and value != "all" and not (value.isdigit() and int(value) > 0):
        raise UserError(f"--notes-sample {value!r}: give a positive number of notes or 'all'")


def _publish_run(bundle, out_dir: Path, *, reports: bool = True) -> list[Path]:
    """The run's commit point: the bundle and its reports are published together, or nothing is.

    Ctrl-C stays ignored afterwards, so an interrupt while the summary prints cannot report
    "no output written" about outputs that exist.
    """
    from lqs_clinical.certify import bundle_text
    from lqs_clinical.publish import publish
    from lqs_clinical.report import render_reports
    from lqs_clinical.runner import BUNDLE_NAME

    pending = [(out_dir / BUNDLE_NAME, bundle_text(bundle))]
    if reports:
        pending += render_reports(bundle, html=out_dir / "report.html", markdown=out_dir / "model-card.md")
    return publish(pending, hold_interrupts=True)


def _summary(bundle, progress: StageProgress | None = None) -> None:
    seconds = progress.seconds_by_dimension() if progress else {}
    table = Table(title=f"{bundle.dataset.title} — profile {bundle.dataset.profile}")
    for col in ("dimension", "checks", "pass", "warn", "fail", "n/a", "indicator", "time"):
        table.add_column(col, justify="left" if col == "dimension" else "right")
    for d in bundle.dimensions:
        spent = seconds.get(d.dimension)
        table.add_row(d.dimension, f"{d.checks:,}", f"{d.passed:,}", f"{d.warned:,}", f"{d.failed:,}",
                      f"{d.not_applicable:,}", "—" if d.indicator is None else f"{d.indicator:.2f}",
                      "—" if spent is None else f"{spent:.1f} s")
    out.print(table)
    out.print(f"run time {bundle.run.duration_s:.1f} s · cert {bundle.cert.hash[:16]}… · "
              f"{'signed' if bundle.cert.signature else 'unsigned'} · indicators are indicative, not audit scores")


def _gate(bundle, fail_on: FailOn | None) -> None:
    if fail_on is None:
        return
    bad = {"fail"} if fail_on is FailOn.fail else {"warn", "fail"}
    n = sum(1 for r in bundle.results if r.status in bad)
    if n:
        err.print(f"{n} check(s) at or above '{fail_on.value}' (--fail-on)")
        raise typer.Exit(ExitCode.CHECKS_FAILED)


@app.command()
def notes(
    data_dir: Annotated[Path, typer.Argument(help="A copy holding note/discharge and note/radiology.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Export folder for evidence.json.")] = Path("out"),
    profile_name: Annotated[str | None, typer.Option("--profile", help="Profile name (default: detected).")] = None,
    k: Annotated[int, typer.Option("--k", help="Small-cell threshold (CMS: 11).")] = 11,
    unsafe_k: Annotated[bool, typer.Option("--unsafe-k", help="Allow --k below 5 (recorded).")] = False,
    notes_sample: Annotated[str | None, typer.Option("--notes-sample", help="NER-tier sample: N notes per note "
                                                     "type, or 'all' (the pattern tier reads every note).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for the stratified sample.")] = 0,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Run the NER tier (names, places, facilities).")] = True,
    ner_model: Annotated[str | None, typer.Option("--ner-model", help="Installed spaCy pipeline, e.g. "
                                                  "en_core_web_lg.")] = None,
    review_dir: Annotated[Path | None, typer.Option("--review-dir", help="Local-only JSONL of hit locations "
                                                    "(mode 0600), outside --out.")] = None,
    sign_key: Annotated[Path | None, typer.Option("--sign-key", help="Ed25519 private key to sign with.")] = None,
    no_hash: Annotated[bool, typer.Option("--no-hash", help="Skip SHA-256 of every file (recorded).")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Run only the residual-identifier probe over the note tables and write its evidence bundle.

    Example: lqs-clinical notes ~/mimic-iv-note --notes-sample 2000 --review-dir ~/phi-review
    """
    from lqs_clinical.runner import RunOptions, profile_bundle

    _check_notes_sample(notes_sample)
    options = RunOptions(profile=profile_name, k=k, unsafe_k=unsafe_k, notes=True, notes_sample=notes_sample,
                         seed=seed, ner=ner, ner_model=ner_model, review_dir=review_dir, sign_key=sign_key,
                         hash_files=not no_hash, only={"residual_phi"}, require_notes=True)
    with progress_reporter(quiet) as progress:
        bundle = profile_bundle(data_dir, out_dir, options, progress)
        written = _publish_run(bundle, out_dir, reports=False)
    if not quiet:
        _summary(bundle, progress)
    for item in written:
        out.print(f"wrote {item}")


@app.command("notes-eval")
def notes_eval(
    seed: Annotated[int, typer.Option("--seed", help="Seed of the labelled evaluation corpus.")] = 1,
    n_notes: Annotated[int, typer.Option("--notes", min=10, help="Labelled notes to generate.")] = 600,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Include the NER tier.")] = True,
    ner_model: Annotated[str | None, typer.Option("--ner-model", help="Installed spaCy pipeline.")] = None,
    pyhealth_dir: Annotated[Path | None, typer.Option("--pyhealth-dir", help="Folder of fully masked sample "
                                                      "notes (false-hit baseline).")] = None,
    corpus: Annotated[str, typer.Option("--corpus", help="Labelled corpus: 'evaluation' (the project's own "
                                        "family) or a held-out corpus written blind by another engineer "
                                        "('holdout', 'holdout2', ...; bench/notes_detector_history.md says "
                                        "which were tuned on).")] = "evaluation",
) -> None:
    """Measure the detectors: per-category recall and precision on a labelled synthetic corpus
    (templates and surrogates never used for calibration), and false hits on fully masked notes.

    Example: lqs-clinical notes-eval --notes 600 --seed 1 --corpus holdout21
    """
    from lqs_clinical.notes.evaluate import evaluate

    result = evaluate(seed, n_notes, ner, ner_model=ner_model, pyhealth_dir=pyhealth_dir, corpus=corpus)
    table = Table(title=f"detector evaluation — corpus {result['family']}, seed {seed}, {n_notes} notes")
    for col in ("category", "planted", "found", "recall", "hits", "precision"):
        table.add_column(col, justify="left" if col == "category" else "right")
    for category, row in result["evaluation"]["per_category"].items():
        table.add_row(category, str(row["planted"]), str(row["found"]), _fmt(row.get("recall")),
                      str(row["hits"]), _fmt(row.get("precision")))
    out.print(table)
    overall = result["evaluation"]
    masked = result["pyhealth_masked"]
    out.print(f"overall recall {_fmt(overall['overall_recall'])}, precision {_fmt(overall['overall_precision'])}, "
              f"false hits/note {overall['false_hits_per_note']}; fully masked samples: "
              f"{masked['false_hits']} false hit(s) in {masked['notes']} notes; "
              f"throughput {result['throughput_chars_per_s']} chars/s")


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


@app.command("profiles")
def list_profiles_cmd() -> None:
    """List the dataset profiles this version knows (releases and add-on modules)."""
    from lqs_clinical.profile_model import list_profiles

    table = Table()
    for col in ("name", "kind", "title", "tables with published counts"):
        table.add_column(col)
    for rel in list_profiles():
        table.add_row(rel.name, rel.kind, rel.title, str(len(rel.expected_rows)))
    out.print(table)


@app.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the synthetic copy into.")],
    patients: Annotated[int, typer.Option("--patients", min=1, help="Number of patients.")] = 100,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: same seed, same bytes.")] = 0,
    scale: Annotated[float | None, typer.Option("--scale", min=0.0, help="Row counts as a fraction of MIMIC-IV "
                                                "3.1's published counts, e.g. 0.01 for 1% (overrides "
                                                "--patients).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv.gz (as PhysioNet ships) or parquet.")] = "csv.gz",
    clean: Annotated[bool, typer.Option("--clean", help="Plant no defects.")] = False,
    notes: Annotated[bool, typer.Option("--notes/--no-notes", help="Also write note/discharge and "
                                        "note/radiology.")] = True,
    quiet: QuietOpt = False,
) -> None:
    """Write a deterministic synthetic MIMIC-IV-shaped copy with planted defects and ground_truth.json.

    Example: lqs-clinical synth /tmp/synth --patients 500 --seed 7
    """
    from lqs_clinical.synth import generate

    if fmt not in ("csv.gz", "parquet"):
        raise UserError(f"--format {fmt!r}: use csv.gz or parquet")
    with progress_reporter(quiet) as progress:
        cb = (lambda stage, done, total: progress(f"synthesising {stage}", done, total)) if not quiet else None
        generate(out_dir, patients=patients, seed=seed, defects=not clean, fmt=fmt, scale=scale, notes=notes,
                 progress=cb)
    out.print(f"wrote {out_dir} (ground truth: {out_dir / 'ground_truth.json'})")


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Export folder.")] = Path("out/demo"),
    quiet: QuietOpt = False,
) -> None:
    """The embedded default: synthesise a small copy in a temp folder and profile it end to end.

    Example: lqs-clinical demo --out out/demo   (then open out/demo/report.html)
    """
    from lqs_clinical.runner import RunOptions, profile_bundle
    from lqs_clinical.synth import generate

    with tempfile.TemporaryDirectory(prefix="lqs-demo-") as tmp, progress_reporter(quiet) as progress:
        data = Path(tmp) / "synthetic-mimic"
        progress("synthesising a 200-patient copy")
        generate(data, patients=200, seed=0, defects=True, fmt="csv.gz", notes=True)
        options = RunOptions(seed=0)
        bundle = profile_bundle(data, out_dir, options, progress)
        written = _publish_run(bundle, out_dir)
    if not quiet:
        _summary(bundle, progress)
    for item in written:
        out.print(f"wrote {item}")


@app.command()
def convert(
    src_dir: Annotated[Path, typer.Argument(help="CSV(.gz) copy, e.g. as downloaded from PhysioNet.")],
    dst_dir: Annotated[Path, typer.Argument(help="Where to write the Parquet copy (same module layout).")],
    profile_name: Annotated[str | None, typer.Option("--profile", help="Profile giving column types "
                                                     "(default: detected).")] = None,
    memory_limit: Annotated[str, typer.Option("--memory-limit", help="DuckDB memory limit.")] = DEFAULT_MEMORY_LIMIT,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="DuckDB threads.")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Convert a CSV(.gz) copy to Parquet (zstd, ~1M-row row groups, profile types); skips done tables.

    Example: lqs-clinical convert ~/mimic-iv-3.1 ~/mimic-iv-3.1-parquet
    """
    from lqs_clinical.convert import convert_copy

    with progress_reporter(quiet) as progress:
        written, skipped = convert_copy(src_dir, dst_dir, profile_name=profile_name, memory_limit=memory_limit,
                                        threads=threads, progress=progress)
    out.print(f"converted {len(written)} table(s), skipped {len(skipped)} already converted → {dst_dir}")


@app.command()
def keygen(
    directory: Annotated[Path, typer.Argument(help="Folder for lqs-signing.key (mode 0600) and lqs-signing.pub.")],
) -> None:
    """Make an Ed25519 key pair for signing bundles.

    Example: lqs-clinical keygen ~/.lqs-keys   then   lqs-clinical profile DATA --sign-key ~/.lqs-keys/lqs-signing.key
    """
    from lqs_clinical.certify import keygen as make_keys

    private, public = make_keys(directory)
    out.print(f"wrote {private} (private, mode 0600) and {public} (give this one to the auditor)")


@app.command()
def verify(
    bundle: Annotated[Path, typer.Argument(help="An evidence.json to check.")],
    public_key: Annotated[Path | None, typer.Option("--public-key", help="The signer's lqs-signing.pub; "
                                                    "without it the embedded key is used.")] = None,
) -> None:
    """Recompute the cert hash, check the signature and re-run the privacy guard.

    Exit 0 only if all hold; 10 hash mismatch, 11 bad signature or other key, 12 guard violation,
    13 not a bundle. Example: lqs-clinical verify out/evidence.json --public-key lqs-signing.pub
    """
    from lqs_clinical.certify import load_public, read_bundle_file, verify_data

    key = load_public(public_key) if public_key else None
    result = verify_data(read_bundle_file(bundle), key)
    sig = "signature valid" if result.cert.signature else "unsigned"
    out.print(f"OK: hash {result.cert.hash[:16]}… matches, {sig}, privacy guard passed")


@app.command()
def report(
    bundle: Annotated[Path, typer.Argument(help="An evidence.json (verified before it is read).")],
    html: Annotated[Path | None, typer.Option("--html", help="Write the offline HTML report here.")] = None,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Write the model-card section here.")] = None,
    public_key: Annotated[Path | None, typer.Option("--public-key", help="Expected signer (lqs-signing.pub).")] = None,
) -> None:
    """Render a bundle as an offline HTML report and/or a model-card Markdown section.

    Reads the bundle only (never the dataset). Example:
    lqs-clinical report out/evidence.json --html out/report.html --markdown out/model-card.md
    """
    from lqs_clinical.certify import load_public, read_bundle_file, verify_data
    from lqs_clinical.report import write_reports

    if html is None and markdown is None:
        html = bundle.with_name("report.html")
        markdown = bundle.with_name("model-card.md")
    verified = verify_data(read_bundle_file(bundle), load_public(public_key) if public_key else None)
    for path in write_reports(verified, html=html, markdown=markdown):
        out.print(f"wrote {path}")


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier bundle (release N, or site A).")],
    new: Annotated[Path, typer.Argument(help="The later bundle (release N+1, or site B).")],
    out_path: Annotated[Path | None, typer.Option("--out", help="Write the diff here: .json, or .html for a "
                                                  "self-contained page. Default: print a summary only.")] = None,
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression", help="Exit 1 when a finding is new "
                                                     "or worsens beyond --threshold (ETL gating).")] = False,
    threshold: Annotated[float, typer.Option("--threshold", min=0.0, help="Rate increase that counts as a "
                                             "regression (0 = any significant worsening).")] = 0.0,
    public_key: Annotated[Path | None, typer.Option("--public-key", help="Expected signer of both bundles.")] = None,
) -> None:
    """Compare two bundles: new / resolved / persisting / changed findings, distribution shift, schema drift.

    Both bundles are verified (hash, signature, guard) first. Example:
    lqs-clinical compare site-a/evidence.json site-b/evidence.json --out diff.html
    """
    from lqs_clinical.certify import load_public
    from lqs_clinical.compare import compare_files, regressions, write_compare

    key = load_public(public_key) if public_key else None
    result = compare_files(old, new, old_key=key, new_key=key, regression_threshold=threshold)
    counts: dict[str, int] = {}
    for finding in result.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    out.print("findings: " + ", ".join(f"{k} {v:,}" for k, v in sorted(counts.items())))
    if out_path is not None:
        write_compare(result, out_path)
        out.print(f"wrote {out_path}")
    if fail_on_regression:
        worse = regressions(result, threshold)
        if worse:
            err.print(f"{len(worse)} regression(s) (--fail-on-regression)")
            raise typer.Exit(ExitCode.CHECKS_FAILED)


@app.command("schema")
def schema_cmd(
    path: Annotated[Path | None, typer.Option("--out", help="Write the JSON Schema here instead of stdout.")] = None,
) -> None:
    """Print (or write) the evidence bundle's JSON Schema."""
    import json

    from lqs_clinical.bundle import bundle_json_schema

    text = json.dumps(bundle_json_schema(), indent=2, sort_keys=True) + "\n"
    if path:
        from lqs_clinical.publish import atomic_write_text

        atomic_write_text(path, text)
    else:
        sys.stdout.write(text)


def _version_callback(value: bool) -> None:
    if value:
        out.print(f"lqs-clinical {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Profile a local MIMIC-IV copy and export only aggregate, signed evidence."""


INTERRUPTED_MESSAGE = "interrupted; no output written"


def _fail(message: str, code: int) -> None:
    """One line on stderr (never wrapped: scripts and tests read it), then the exit code."""
    sys.stderr.write("error: " + " ".join(message.split()) + "\n")
    sys.exit(int(code))


def main(argv: list[str] | None = None) -> None:
    """Entry point: one-line errors with documented exit codes, never a traceback for user errors."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    # publication leaves Ctrl-C ignored until the command returns; a caller that runs main() in its
    # own process (tests, notebooks) gets its handler back
    handler = signal.getsignal(signal.SIGINT) if threading.current_thread() is threading.main_thread() else None
    try:
        _main(argv)
    finally:
        if handler is not None:
            signal.signal(signal.SIGINT, handler)


def _main(argv: list[str] | None) -> None:
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="lqs-clinical", standalone_mode=False)
    except UserError as exc:
        _fail(str(exc), exc.code)
    except typer.Exit as exc:
        if exc.exit_code == ExitCode.INTERRUPTED:
            _fail(INTERRUPTED_MESSAGE, ExitCode.INTERRUPTED)
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _fail(INTERRUPTED_MESSAGE, ExitCode.INTERRUPTED)
    except RuntimeError as exc:  # DuckDB reports a Ctrl-C inside a query as "Query interrupted"
        if "interrupt" not in str(exc).lower():
            raise
        _fail(INTERRUPTED_MESSAGE, ExitCode.INTERRUPTED)
    except typer.TyperException as exc:  # usage errors: bad option values, missing arguments
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        hint = f" (see `lqs-clinical {exc.ctx.info_name} --help`)" if getattr(exc, "ctx", None) else ""
        _fail(f"{message}{hint}", ExitCode.BAD_INPUT)
    if code == ExitCode.INTERRUPTED:  # typer turns a Ctrl-C in Python code into a silent exit 130
        _fail(INTERRUPTED_MESSAGE, ExitCode.INTERRUPTED)
    sys.exit(code if isinstance(code, int) else 0)
