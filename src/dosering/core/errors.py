"""Exceptions for runs that cannot go on at all (exit code 3)."""

from __future__ import annotations

from typing import Any


class DoseringError(Exception):
    """Base class of dosering's own exceptions."""


class UserError(DoseringError):
    """The command cannot run: a missing path, an unreadable list, a bad option value.

    It carries a catalogue key and its parameters, never words: the CLI boundary
    words it in the run's language (`dosering.i18n.error_text`). A parameter that
    is a `Draft` (a file's first problem) is worded as that finding's message.
    Never used for problems inside a model: those are findings.
    """

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params
