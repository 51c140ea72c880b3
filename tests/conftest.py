"""Shared fixtures: the real data in ../shared/data (read-only) and copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

# The repository sits beside ../shared (locally and in CI's clean clone).
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEMO = SHARED / "mimic-iv-demo"
DEMO_EXTRAS = SHARED / "mimic-iv-demo-extras"
EICU_DEMO = SHARED / "eicu-demo"
NOTE_SAMPLES = SHARED / "note-shaped-samples" / "pyhealth-synthetic"


def pytest_configure(config):
    # the check-result cache is per user; tests use their own, fresh one (subprocesses inherit it)
    import os
    import tempfile

    cache = tempfile.mkdtemp(prefix="lqs-test-cache-")
    os.environ["LQS_CACHE_DIR"] = cache
    config._lqs_cache_dir = cache
    if not DEMO.exists():
        raise pytest.UsageError(f"the shared data folder is missing: {DEMO} (tests need ../shared/data)")


def pytest_unconfigure(config):
    # the fresh cache is removed again: without this every test run left a folder in /tmp
    cache = getattr(config, "_lqs_cache_dir", None)
    if cache:
        shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A writable copy of the real MIMIC-IV demo."""
    dst = tmp_path / "mimic-iv-demo"
    shutil.copytree(DEMO, dst)
    return dst


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """The real demo profiled once (structured checks only): (bundle, pre-suppression results)."""
    from lqs_clinical.runner import RunOptions, profile_dataset

    out = tmp_path_factory.mktemp("demo-out")
    captured = {}
    bundle, path = profile_dataset(DEMO, out, RunOptions(), capture=captured)
    return bundle, captured["results"], path


STRUCTURED = {"pk_unique", "duplicate_rows", "fk_orphans", "value_without_unit", "multi_unit_items",
              "temporal_order", "death_consistency", "value_range", "population", "provenance"}


def run_pre_suppression(data_dir: Path, profile: str | None, only: set[str]):
    """What runner.profile_dataset does up to the results (before suppression): (ctx, results).

    Exact small numbers (1..10) are withheld in a bundle, so check tests assert on these.
    """
    import tempfile

    from lqs_clinical.checks import CheckContext
    from lqs_clinical.discover import register_views, resolve_profile, scan_folder
    from lqs_clinical.runner import connect, run_checks

    dataset = scan_folder(data_dir)
    with tempfile.TemporaryDirectory(prefix="lqs-test-spill-") as spill:
        con = connect("1GB", 2, Path(spill))
        try:
            prof = resolve_profile(con, dataset, profile)
            register_views(con, dataset, prof)
            ctx = CheckContext(con=con, profile=prof, dataset=dataset, k=11, options={"only": only})
            results = run_checks(ctx)
        finally:
            con.close()
    return ctx, results
