"""Exceptions for runs that cannot go on at all (exit code 3)."""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SHOWN_ITEMS = 8
"""How many texts of a file a message shows (a header's cells, a record's keys)."""
SHOWN_WIDTH = 40
"""How many characters of each: a longer text is cut, with `…`."""


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


@dataclass(frozen=True, slots=True)
class Shown:
    """Texts from a file that a message shows as they are: cells, headers, keys.

    A parameter of a `UserError`, worded by the catalogue as a list ("`Kurskod`,
    `Titel` and 3 more", or "(none)"); the CLI escapes the line for the terminal.
    """

    items: tuple[str, ...]
    more: int = 0
    """How many more there were than `items` holds."""

    @classmethod
    def of(
        cls, texts: Iterable[str], limit: int = SHOWN_ITEMS, width: int = SHOWN_WIDTH
    ) -> Shown:
        """The first `limit` non-blank texts, each cut to `width` characters."""
        filled = [text for text in texts if text]
        cut = tuple(
            text if len(text) <= width else text[: width - 1] + "…"
            for text in filled[:limit]
        )
        return cls(cut, len(filled) - len(cut))


class NotAFileError(OSError):
    """A path that is a pipe, a socket or a device: reading it could block for ever."""


@dataclass(frozen=True, slots=True)
class OsReason:
    """Why the system refused a path (an `OSError`), a parameter of a `UserError`.

    The catalogue words it by its errno's name (`os.EACCES`, `os.EISDIR`, …) in
    the run's language, so a Swedish line never shows the system's English; an
    errno the catalogue has no words for shows the system's own `text`.
    """

    name: str | None
    """The errno's name (`EACCES`), `not-regular` for a pipe or device, or None."""
    text: str
    """The system's own words, shown only when the catalogue has none."""

    @classmethod
    def of(cls, exc: OSError) -> OsReason:
        """The reason of an `OSError`, as the catalogue will word it."""
        text = exc.strerror or str(exc) or type(exc).__name__
        if isinstance(exc, NotAFileError):
            return cls("not-regular", text)
        code = exc.errno
        return cls(errno.errorcode.get(code) if code is not None else None, text)
