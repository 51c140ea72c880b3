"""Writing outputs so that a crash or Ctrl-C never leaves a partial one behind.

A run's outputs (the bundle, its reports, one bundle per site) are one set: either the whole set
is published or nothing is. Every file is first written in full to a temporary name in its own
folder; only then are all of them renamed into place, with Ctrl-C held off for those few
renames. ``publish`` is the run's commit point: an interrupt before it leaves no output file, an
interrupt at or after it cannot undo the outputs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

Pending = tuple[Path, str]


def atomic_write_text(path: Path, text: str, mode: int = 0o644) -> None:
    """Write one file through a temp file and a rename: no partial file is ever visible."""
    publish([(path, text)], mode=mode)


def publish(pending: Sequence[Pending], *, mode: int = 0o644, hold_interrupts: bool = False) -> list[Path]:
    """Stage every file, then rename them all; return the paths in the order given.

    ``hold_interrupts`` keeps Ctrl-C ignored after the renames (the CLI sets it: what follows the
    commit point only prints, and an interrupt there would otherwise report "no output written"
    about outputs that exist).
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in pending:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.chmod(tmp, mode)
        with _interrupts_held(keep=hold_interrupts):
            for tmp, path in staged:
                os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    return [path for _, path in staged]


@contextlib.contextmanager
def _interrupts_held(keep: bool) -> Iterator[None]:
    """Ignore SIGINT for the duration (main thread only: signal handlers live there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        if not keep:
            signal.signal(signal.SIGINT, previous)
