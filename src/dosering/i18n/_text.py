"""The lookup every catalogue shares: a key's text in one language, filled in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Lenient(dict[str, Any]):
    """Parameters for `str.format_map`: a missing one shows as `{name}`."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str | None:
    """The text of `key` in `lang` (Swedish for `sv`, else English), or None."""
    entry = table.get(key)
    if entry is None:
        return None
    return entry[1] if lang == "sv" else entry[0]


def fill(text: str, args: tuple[Any, ...], params: Mapping[str, Any]) -> str:
    """`text` with positional `args` or named `params` filled in (none: as is)."""
    if args:
        return text.format(*args)
    return text.format_map(Lenient(params)) if params else text
