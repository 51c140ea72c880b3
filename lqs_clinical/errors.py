"""User-facing errors and the documented exit codes.

Every error a user can cause is raised as a ``UserError`` and printed as one line by the CLI;
tracebacks are for bugs only. Messages name files and fields, never data values.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    CHECKS_FAILED = 1  # --fail-on / --fail-on-regression gating
    BAD_INPUT = 2  # bad usage, wrong path, not a MIMIC copy, corrupt file, bad YAML
    GUARD_REFUSED = 3  # the privacy guard refused to write an output
    MISSING_MODEL = 4  # spaCy model (or other optional component) not installed
    VERIFY_HASH = 10  # verify: cert hash does not match the content
    VERIFY_SIGNATURE = 11  # verify: signature invalid, or signed with another key
    VERIFY_GUARD = 12  # verify: content violates the privacy contract
    VERIFY_SCHEMA = 13  # verify: not a valid bundle (schema)
    INTERRUPTED = 130  # Ctrl-C


class UserError(Exception):
    """An error the user can fix; ``str(err)`` is the single line shown to them."""

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


class GuardViolation(UserError):
    """The privacy guard refused an output. The message names the field, never its value."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.GUARD_REFUSED)
