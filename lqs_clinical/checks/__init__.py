"""Check types. Every module in this package registers its types on import."""

from __future__ import annotations

import importlib
import pkgutil

from lqs_clinical.checks.base import REGISTRY, CheckContext, CheckType, make_result, register

__all__ = ["REGISTRY", "CheckContext", "CheckType", "make_result", "register", "load_all"]


def load_all() -> dict[str, CheckType]:
    """Import every check module (so new types need no edit here) and return the registry."""
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
