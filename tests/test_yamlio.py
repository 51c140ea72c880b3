"""yamlio: parsed once per process, re-read when the file changes, callers get their own copy."""

from __future__ import annotations

import os

import pytest
import yaml

from lqs_clinical import yamlio


def test_reread_on_change_and_private_copies(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("a: [1, 2]\n")
    first = yamlio.read(path)
    first["a"].append(3)  # mutating a result must not touch the next caller's
    assert yamlio.read(path) == {"a": [1, 2]}
    path.write_text("a: [1, 2, 9]\n")
    os.utime(path, ns=(1, 1))  # even a same-second rewrite differs in size or mtime
    assert yamlio.read(path) == {"a": [1, 2, 9]}


def test_errors_carry_a_mark(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: [1, 2\nb: 3\n")
    with pytest.raises(yaml.YAMLError) as err:
        yamlio.read(path)
    assert getattr(err.value, "problem_mark", None) is not None
    with pytest.raises(OSError):
        yamlio.read(tmp_path / "missing.yaml")
