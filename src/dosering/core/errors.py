"""Exceptions for runs that cannot go on at all (exit code 3)."""

from __future__ import annotations


class DoseringError(Exception):
    """Base class of dosering's own exceptions."""


class UserError(DoseringError):
    """The command cannot run: a missing path, an unreadable list, a bad option value.

    Never used for problems inside a model: those are findings.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
