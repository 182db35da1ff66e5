"""The one error of the table reader: a file that cannot be read as a table."""

from __future__ import annotations

from typing import Any

from dosering.core.errors import UserError


class TableError(UserError):
    """A table that cannot be read at all (exit 3): a message key and its params.

    The words come from the catalogue (`i18n`), chosen by the command that reads
    the table; `message` is the key until then.
    """

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
