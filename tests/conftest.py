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

    os.environ["LQS_CACHE_DIR"] = tempfile.mkdtemp(prefix="lqs-test-cache-")
    if not DEMO.exists():
        raise pytest.UsageError(f"the shared data folder is missing: {DEMO} (tests need ../shared/data)")


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
